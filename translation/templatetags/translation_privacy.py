"""Where a page's privacy is set, for the admin's status side panel."""

from django import template

from core.privacy import privacy_source

register = template.Library()


@register.simple_tag(takes_context=True)
def english_privacy_source(context, page):
    """The English page whose privacy `page` follows, or None if `page` sets its own.

    `.editable` says whether the person may open it in the editor (a translator may not:
    they are told where privacy is set, without a link that would be refused).
    """
    if page is None or not getattr(page, "pk", None):
        return None
    source = privacy_source(page)
    request = context.get("request")
    if source is not None:
        user = getattr(request, "user", None)
        source.editable = bool(user) and source.permissions_for_user(user).can_edit()
    return source

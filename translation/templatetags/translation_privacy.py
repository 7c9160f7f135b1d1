"""Where a page's privacy is set, for the admin's status side panel."""

from django import template

from core.privacy import privacy_source

register = template.Library()


@register.simple_tag
def english_privacy_source(page):
    """The English page whose privacy `page` follows, or None if `page` sets its own."""
    if page is None or not getattr(page, "pk", None):
        return None
    return privacy_source(page)

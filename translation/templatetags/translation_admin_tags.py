"""Admin template tags of the translation workflow."""

from django import template
from django.conf import settings
from django.urls import reverse

from ..listing import listing_status

register = template.Library()


@register.simple_tag
def translation_status(page):
    """The translation status of a row of the page listing (None for English pages)."""
    if not hasattr(page, "english_synced_at"):
        return None
    return listing_status(page)


@register.simple_tag
def source_link(translation, user):
    """Where the translation editor's link to the source leads `user`: its editor if they
    may edit it, else the live page (read-only); {"url", "editable"}."""
    return page_link(translation.source.get_source_instance(), user)


@register.simple_tag
def page_link(obj, user):
    """A link to a page or snippet for `user`: its editor if they may edit it, else the
    live page as readers see it (read-only); {"url", "editable"}."""
    from wagtail.models import Page

    from ..permissions import user_can_edit_translated_instance

    if user_can_edit_translated_instance(user, obj):
        return {"url": edit_url(obj), "editable": True}
    if isinstance(obj, Page) and obj.live:
        return {"url": obj.url, "editable": False}
    return {"url": "", "editable": False}


@register.simple_tag
def editable_translations(instance, user):
    """[(language name, edit URL)] of the other language versions `user` may edit."""
    from ..permissions import user_can_edit_translated_instance

    return [
        (other.locale.get_display_name(), edit_url(other))
        for other in instance.get_translations().select_related("locale")
        if other.locale_id != instance.locale_id
        and user_can_edit_translated_instance(user, other)
        and other.locale.language_code != settings.LANGUAGE_CODE
    ]


def edit_url(obj):
    from django.contrib.admin.utils import quote
    from wagtail.models import Page

    if isinstance(obj, Page):
        return reverse("wagtailadmin_pages:edit", args=[obj.pk])
    meta = obj._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[quote(obj.pk)])


@register.simple_tag
def offers_bulk_actions(user):
    """Whether the page listing offers `user` bulk actions (not to translators)."""
    from ..permissions import is_translator

    return not is_translator(user)


@register.simple_tag
def copies_deleted_with(page):
    """The language versions of `page` that deleting it deletes too, as the delete view
    decides (`construct_translated_pages_to_cascade_actions`, translation.synctree), in
    language order: [{"language", "title", "translated", "status", "subpages"}]."""
    from wagtail.models import Page

    from ..synctree import translations_to_cascade

    copies = translations_to_cascade([page], "delete").get(page, Page.objects.none())
    return [
        {
            "language": copy.locale.get_display_name(),
            "title": copy.get_admin_display_title(),
            "translated": copy.alias_of_id is None,
            "status": copy.status_string,
            "subpages": copy.get_descendant_count(),
        }
        for copy in copies.select_related("locale").order_by("locale__language_code")
    ]

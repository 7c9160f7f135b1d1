"""Batch look-ups of translations, so a listing never runs one query per linked object.

`page.localized` costs a query per page; a city with twenty networks would cost twenty.
These helpers resolve a whole list in one query and fall back to the object itself where
no live translation exists (the reader then sees the English page, as Wagtail would).
"""

from wagtail.models import Locale, Page


def current_locale():
    """The Locale of the active language (falls back to the default locale)."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def localize_pages(pages, locale=None):
    """Return `pages` (any Page subclasses) replaced by their live translation in `locale`."""
    pages = list(pages)
    locale = locale or current_locale()
    keys = {page.translation_key for page in pages if page.locale_id != locale.id}
    if not keys:
        return pages
    model = type(pages[0])
    queryset = model.objects if issubclass(model, Page) else Page.objects
    translated = {
        page.translation_key: page
        for page in queryset.live().filter(translation_key__in=keys, locale=locale)
    }
    return [translated.get(page.translation_key, page) for page in pages]


def localize_snippets(objects, locale=None):
    """Like localize_pages, for translatable snippets such as PolicyArea."""
    objects = list(objects)
    locale = locale or current_locale()
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.id}
    if not keys:
        return objects
    model = type(objects[0])
    translated = {
        obj.translation_key: obj
        for obj in model.objects.filter(translation_key__in=keys, locale=locale)
    }
    return [translated.get(obj.translation_key, obj) for obj in objects]

"""Batch look-ups of translations, so a listing never runs one query per linked object.

`page.localized` costs a query per page; a city with twenty networks would cost twenty.
`localize` resolves a whole list in one query and falls back to the object itself where
no live translation exists (the reader then sees the English page, as Wagtail would).
"""

from wagtail.models import Page

from .languages import current_locale


def localize(objects, locale=None):
    """Return `objects` (pages or translatable snippets) replaced by their translation.

    Pages are replaced only by a live translation; anything without one stays as it is.
    """
    objects = list(objects)
    locale = locale or current_locale()
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.id}
    if not keys:
        return objects
    model = type(objects[0])
    translations = model.objects.filter(translation_key__in=keys, locale=locale)
    if issubclass(model, Page):
        translations = translations.live()
    translated = {obj.translation_key: obj for obj in translations}
    return [translated.get(obj.translation_key, obj) for obj in objects]

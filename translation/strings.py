"""Translating a page or snippet from a table of strings, through wagtail-localize itself.

Used by the demo content and by tests: the result is linked to its English source exactly
as a translator's work in the translation editor would be.
"""

from wagtail_localize.models import StringTranslation, Translation, TranslationSource


def translate_with_strings(obj, locale, strings, *, publish=True):
    """Translate `obj` into `locale` using `strings` ({English segment: translation}).

    Segments missing from `strings` keep the English text (wagtail-localize's fallback).
    Returns (Translation, [English segments that had no translation]).
    """
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    # The existing translations of this object's strings, in one query instead of one
    # update_or_create (four to six queries) per segment.
    existing = {
        (string_translation.translation_of_id, string_translation.context_id): string_translation
        for string_translation in StringTranslation.objects.filter(
            locale=locale, context__object_id=source.object_id
        )
    }
    missing = []
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = (strings or {}).get(segment.string.data)
        if text is None:
            missing.append(segment.string.data)
            continue
        string_translation = existing.get((segment.string_id, segment.context_id))
        if string_translation is None:
            string_translation = StringTranslation(
                translation_of=segment.string, locale=locale, context=segment.context
            )
        string_translation.data = text
        string_translation.save()
    translation.save_target(publish=publish)
    return translation, missing

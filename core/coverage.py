"""What language a page or snippet is really in: the one answer every surface uses.

The page's notice and `lang` marks, cards and lists, hreflang, the canonical link, the
sitemap, the translation progress report and the admin's page listing all ask
`language_states()`. A version of a page or snippet in a language other than English is:

- NOT_TRANSLATED: an alias of the English page (wagtail-localize's stand-in until it is
  translated), or a translation of which no segment was translated when wagtail-localize
  last wrote it. Readers get English text, so it counts as the alias it still is;
- PARTLY: some segments translated, `missing` of them still in English;
- TRANSLATED: every segment translated; or written by hand: no record from
  wagtail-localize, or edited and published in the page editor after it last wrote it;
- SOURCE: the English version itself.

wagtail-localize fills every segment not yet translated with the English text
("fallback") and keeps no note of it. `record_coverage` notes, each time it writes a
translation (a `TranslationLog`), how many segments the translation had and which still
held English (`core.models.TranslationCoverage`); it cannot be worked out later, once
"Sync from English" has replaced the segments. `language_states` reads those notes in
bulk: one query for a whole listing, whatever its length and languages.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale

SOURCE = "source"
TRANSLATED = "translated"
PARTLY = "partly"
NOT_TRANSLATED = "not_translated"


@dataclass(frozen=True)
class LanguageState:
    """The language of one version of a page or snippet, and of its parts."""

    status: str
    language: str  # the version's own language, e.g. "de"
    source_language: str  # the language its untranslated text is in, e.g. "en"
    segments: int = 0
    missing: int = 0
    parts: dict = field(default_factory=dict)  # {context path: [segments, missing]}

    @property
    def is_translated(self):
        """Written (wholly or partly) in its own language: it counts as that language."""
        return self.status != NOT_TRANSLATED

    @property
    def text_language(self):
        """The language most of its text is in."""
        return self.language if self.is_translated else self.source_language

    def part_language(self, path):
        """(language code, whole) of the text at `path`: a field name ("summary") or a
        StreamField block ("body.<block id>"). `whole` is False for a part of which only
        some segments are translated."""
        if not self.is_translated:
            return self.source_language, True
        if self.status != PARTLY:
            return self.language, True
        total = missing = 0
        prefix = path + "."
        for key, (segments, untranslated) in self.parts.items():
            if key == path or key.startswith(prefix):
                total += segments
                missing += untranslated
        if total and missing == total:
            return self.source_language, True
        return self.language, not missing


_locale_codes = {}


def locale_code(locale_id):
    """The language code of a locale id (every locale is read once per process)."""
    if locale_id not in _locale_codes:
        _locale_codes.clear()
        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _locale_codes.get(locale_id, settings.LANGUAGE_CODE)


def locale_id_of(language_code):
    """The id of the locale of `language_code` (None if there is none)."""
    for _attempt in range(2):
        for locale_id, code in _locale_codes.items():
            if code == language_code:
                return locale_id
        _locale_codes.clear()
        _locale_codes.update(Locale.objects.values_list("pk", "language_code"))
    return None


def resolve_state(language, coverage, *, alias_of_id=None, live_revision_id=None,
                  last_published_at=None):
    """The LanguageState of a version in `language` with its TranslationCoverage (or None).

    The page fields say whether it is an alias, and whether it was edited by hand after
    wagtail-localize last wrote it (its live revision is not the one wagtail-localize made,
    and is newer).
    """
    source = settings.LANGUAGE_CODE
    if language == source:
        return LanguageState(SOURCE, language, source)
    if alias_of_id:
        return LanguageState(NOT_TRANSLATED, language, source)
    if coverage is None or _edited_by_hand(coverage, live_revision_id, last_published_at):
        return LanguageState(TRANSLATED, language, source)
    segments, missing = coverage.segments, coverage.missing
    if not missing:
        status = TRANSLATED
    elif missing >= segments:
        status = NOT_TRANSLATED
    else:
        status = PARTLY
    return LanguageState(status, language, source, segments, missing, coverage.parts)


def _edited_by_hand(coverage, live_revision_id, last_published_at):
    return bool(
        live_revision_id
        and live_revision_id != coverage.revision_id
        and last_published_at
        and last_published_at > coverage.recorded_at
    )


def coverage_for(pairs):
    """{(translation_key, locale_id): TranslationCoverage} for (key, locale id) pairs: one
    query (none for pairs that are all in the source language)."""
    from .models import TranslationCoverage

    pairs = {(key, locale_id) for key, locale_id in pairs
             if locale_code(locale_id) != settings.LANGUAGE_CODE}
    if not pairs:
        return {}
    rows = TranslationCoverage.objects.filter(
        translation_key__in={key for key, _locale in pairs},
        locale_id__in={locale for _key, locale in pairs},
    )
    return {(row.translation_key, row.locale_id): row for row in rows}


def translated_only(pages):
    """`pages` (a Page queryset) without the versions that are not translated yet: aliases,
    and translations of which nothing was translated. Two queries, whatever the number of
    pages; stays a queryset (for paginated surfaces such as the sitemap)."""
    from django.db.models import F, Q

    from .models import TranslationCoverage

    empty = TranslationCoverage.objects.filter(segments__gt=0, missing__gte=F("segments"))
    rows = {(row.translation_key, row.locale_id): row for row in empty}
    if not rows:
        return pages.filter(alias_of__isnull=True)
    keys = Q()
    for key, locale_id in rows:
        keys |= Q(translation_key=key, locale_id=locale_id)
    candidates = pages.filter(keys).values_list(
        "pk", "translation_key", "locale_id", "live_revision_id", "last_published_at"
    )
    excluded = [
        pk
        for pk, key, locale_id, live_revision_id, last_published_at in candidates
        if not resolve_state(
            locale_code(locale_id),
            rows[(key, locale_id)],
            live_revision_id=live_revision_id,
            last_published_at=last_published_at,
        ).is_translated
    ]
    return pages.filter(alias_of__isnull=True).exclude(pk__in=excluded)


def language_states(objects):
    """Set `.language_state` on each page or translatable snippet of `objects` (in any
    languages, mixed) and return the objects as a list. One query at most."""
    objects = [obj for obj in objects if obj is not None]
    coverage = coverage_for(
        (obj.translation_key, obj.locale_id) for obj in objects
        if not hasattr(obj, "language_state")
    )
    for obj in objects:
        if not hasattr(obj, "language_state"):
            obj.language_state = state_of(obj, coverage.get((obj.translation_key, obj.locale_id)))
    return objects


def state_of(obj, coverage):
    return resolve_state(
        locale_code(obj.locale_id),
        coverage,
        alias_of_id=getattr(obj, "alias_of_id", None),
        live_revision_id=getattr(obj, "live_revision_id", None),
        last_published_at=getattr(obj, "last_published_at", None),
    )


def language_state(obj):
    """The LanguageState of one page or snippet (cached on it)."""
    if not hasattr(obj, "language_state"):
        language_states([obj])
    return obj.language_state


def record_coverage(log):
    """Note how much of the translation wagtail-localize just wrote (`log`, a
    TranslationLog) was translated: the segments it had, and which still held the source
    text. Uses the same look-up as wagtail-localize's own fallback (errors count as
    missing)."""
    from wagtail_localize.models import StringSegment

    from .models import TranslationCoverage

    parts = {}
    rows = (
        StringSegment.objects.filter(source_id=log.source_id)
        .annotate_translation(log.locale_id)
        .values_list("context__path", "translation")
    )
    for path, translation in rows:
        segments, missing = parts.get(path, (0, 0))
        parts[path] = [segments + 1, missing + (translation is None)]
    TranslationCoverage.objects.update_or_create(
        translation_key=log.source.object_id,
        locale_id=log.locale_id,
        defaults={
            "revision_id": log.revision_id,
            "segments": sum(segments for segments, _missing in parts.values()),
            "missing": sum(missing for _segments, missing in parts.values()),
            "parts": parts,
            "recorded_at": timezone.now(),
        },
    )

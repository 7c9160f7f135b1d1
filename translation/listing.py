"""The translation status of each row of the admin's page listing (explorer).

The listing's queryset is annotated (hook `construct_explorer_page_queryset`) with the
page's coverage (core.coverage) and with what is needed to tell that English changed
since, so the status column shows, per row and without a query per row, the same status
as the progress report: translated, partly translated (N missing), out of date, not
started.
"""

from types import SimpleNamespace

from django.conf import settings
from django.db.models import Exists, OuterRef, Subquery
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from core.coverage import NOT_TRANSLATED, PARTLY, SOURCE, locale_code, resolve_state
from core.models import TranslationCoverage

from . import progress

COVERAGE_FIELDS = ("segments", "missing", "revision_id", "recorded_at")


def annotate_translation_status(pages):
    coverage = TranslationCoverage.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    )
    english = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    )
    synced = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    )
    return pages.annotate(
        **{f"coverage_{name}": Subquery(coverage.values(name)[:1]) for name in COVERAGE_FIELDS},
        english_published_at=Subquery(english.values("last_published_at")[:1]),
        english_synced_at=Subquery(synced.values("last_updated_at")[:1]),
    )


def annotate_language_left(pages, user):
    """Annotate `own_language_left`: whether `user` may start translating the page into one
    of their languages (not translated there, translation not started; for someone who
    works in every language, any language)."""
    from wagtail.models import Locale
    from wagtail_localize.models import Translation

    from .permissions import ALL_LOCALES, editable_locale_ids

    ids = editable_locale_ids(user)
    translated = Page.objects.filter(
        translation_key=OuterRef(OuterRef("translation_key")),
        locale_id=OuterRef("pk"),
        alias_of__isnull=True,
    )
    started = Translation.objects.filter(
        source__object_id=OuterRef(OuterRef("translation_key")),
        target_locale_id=OuterRef("pk"),
        enabled=True,
    )
    locales = Locale.objects.all() if ids is ALL_LOCALES else Locale.objects.filter(pk__in=ids)
    left = locales.exclude(Exists(translated)).exclude(Exists(started))
    return pages.annotate(own_language_left=Exists(left))


def annotate_translations_to_sync(pages):
    """Annotate `translations_to_sync`: the id of the page's TranslationSource where it has
    enabled translations (wagtail-localize's "Sync translated pages" button), else None,
    for the listing's buttons to tell without a query per row."""
    from wagtail_localize.models import Translation

    enabled = Translation.objects.filter(source=OuterRef("pk"), enabled=True)
    sources = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    ).filter(Exists(enabled))
    return pages.annotate(translations_to_sync=Subquery(sources.values("pk")[:1]))


def annotate_listing_buttons(pages, user):
    """What the translation buttons of each row need (translation.wagtail_hooks)."""
    return annotate_translations_to_sync(annotate_language_left(pages, user))


def listing_status(page):
    """(status, label) of an annotated page of the listing; None for English pages."""
    language = locale_code(page.locale_id)
    coverage = None
    if getattr(page, "coverage_recorded_at", None) is not None:
        coverage = SimpleNamespace(
            parts={}, **{name: getattr(page, f"coverage_{name}") for name in COVERAGE_FIELDS}
        )
    state = resolve_state(
        language,
        coverage,
        alias_of_id=page.alias_of_id,
        live_revision_id=page.live_revision_id,
        last_published_at=page.last_published_at,
    )
    if state.status == SOURCE:
        return None
    item = progress.ProgressItem(
        kind=progress.PAGES, type_name="", title="", status=progress.TRANSLATED, edit_url=""
    )
    item.missing = state.missing
    published, synced = getattr(page, "english_published_at", None), getattr(
        page, "english_synced_at", None
    )
    if state.status == NOT_TRANSLATED:
        item.status = progress.NOT_TRANSLATED
    elif published and synced and published > synced:
        item.status = progress.OUT_OF_DATE
    elif state.status == PARTLY:
        item.status = progress.PARTLY
    return item

"""How far each language is: translated, partly translated, out of date, not started.

For every English page and translatable snippet, and every other language:

- **not started**: readers get the English text: the language has only an alias of the
  English page (or nothing at all, which `manage.py sync_locale_trees` repairs), or a
  translation of which no segment was translated when it was last saved (core.coverage,
  which every reader-facing surface asks too);
- **out of date**: translated, but the English source changed since. Either English
  changed after wagtail-localize last took a copy of it (`TranslationSource`): for a page,
  it was published after `TranslationSource.last_updated_at`; for a snippet, which keeps
  no publication date, it differs from that copy. Or the copy was refreshed ("Sync
  translated pages") after the translation was last saved (`TranslationLog`), and the
  refreshed text has strings not yet translated into the language, or translated but not
  yet published;
- **partly translated**: up to date, but `missing` segments are still in English;
- **translated**: translated and up to date.

A fixed number of queries whatever the size of the site: everything is fetched in bulk and
compared in Python.
"""

import json
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, Max, OuterRef
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    TranslationLog,
    TranslationSource,
)

from core.coverage import NOT_TRANSLATED as NOTHING_TRANSLATED
from core.coverage import PARTLY as PARTLY_TRANSLATED
from core.coverage import coverage_for, locale_code, resolve_state

TRANSLATED = "translated"
PARTLY = "partly"
OUT_OF_DATE = "out_of_date"
NOT_TRANSLATED = "not_translated"
STATUSES = [
    (OUT_OF_DATE, _("Out of date")),
    (PARTLY, _("Partly translated")),
    (NOT_TRANSLATED, _("Not started")),
    (TRANSLATED, _("Translated")),
]
STATUS_LABELS = dict(STATUSES)
PAGES = "pages"
SNIPPETS = "snippets"


@dataclass
class Counts:
    translated: int = 0
    partly: int = 0
    out_of_date: int = 0
    not_translated: int = 0

    @property
    def total(self):
        return self.translated + self.partly + self.out_of_date + self.not_translated

    def add(self, status):
        setattr(self, status, getattr(self, status) + 1)


@dataclass
class ProgressItem:
    kind: str  # PAGES or SNIPPETS
    type_name: str
    title: str
    status: str
    edit_url: str
    sync_url: str = ""
    is_alias: bool = False
    missing: int = 0  # segments still in English in what readers see

    @property
    def status_label(self):
        if self.status == PARTLY:
            return ngettext(
                "Partly translated, %(count)d missing",
                "Partly translated, %(count)d missing",
                self.missing,
            ) % {"count": self.missing}
        return STATUS_LABELS[self.status]


@dataclass
class LanguageProgress:
    locale: Locale
    pages: Counts = field(default_factory=Counts)
    snippets: Counts = field(default_factory=Counts)
    items: list = field(default_factory=list)

    @property
    def language_code(self):
        return self.locale.language_code

    @property
    def language_name(self):
        return self.locale.get_display_name()

    def record(self, item, keep_items):
        getattr(self, item.kind).add(item.status)
        if keep_items:
            self.items.append(item)


def translatable_snippet_models():
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _serialised(instance):
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _with_locale(url, locale):
    return f"{url}?{urlencode({'select_locale': locale.language_code})}"


class ProgressCalculator:
    def __init__(self, language_codes=None, with_items=False):
        self.source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        order = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
        targets = Locale.objects.exclude(pk=self.source.pk)
        if language_codes:
            targets = targets.filter(language_code__in=language_codes)
        self.targets = sorted(
            targets,
            key=lambda locale: (
                order.index(locale.language_code) if locale.language_code in order else 99,
                locale.language_code,
            ),
        )
        self.with_items = with_items
        self.progress = {locale.pk: LanguageProgress(locale) for locale in self.targets}

    def run(self):
        if self.targets:
            self.load_translation_history()
            self.count_pages()
            self.count_snippets()
        return list(self.progress.values())

    def load_translation_history(self):
        """When each translation was last saved, and what is left to apply since.

        One query for the saves and one for the English sources; then, only for the
        translations whose source was synced after they were saved (usually few or none),
        two queries per language: none per page.
        """
        self.logs = {
            (row["source_id"], row["locale_id"]): row["last"]
            for row in TranslationLog.objects.filter(
                source__locale=self.source, locale__in=self.targets
            )
            .values("source_id", "locale_id")
            .annotate(last=Max("created_at"))
        }
        synced = {
            row["id"]: row
            for row in TranslationSource.objects.filter(locale=self.source).values(
                "id", "object_id", "last_updated_at"
            )
        }
        resynced = {}  # locale id -> ids of sources synced after the translation was saved
        for (source_id, locale_id), saved in self.logs.items():
            source = synced.get(source_id)
            if source and source["last_updated_at"] > saved:
                resynced.setdefault(locale_id, set()).add(source_id)
        self.untranslated = set()
        self.last_string_change = {}
        for locale_id, source_ids in resynced.items():
            translated = StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=locale_id,
            )
            rows = (
                StringSegment.objects.filter(source_id__in=source_ids)
                .annotate(done=Exists(translated))
                .filter(done=False)
                .values("source_id")
                .annotate(count=Count("pk"))
            )
            self.untranslated.update((row["source_id"], locale_id) for row in rows)
            keys = [synced[source_id]["object_id"] for source_id in source_ids]
            self.last_string_change.update(
                ((row["context__object_id"], locale_id), row["last"])
                for row in StringTranslation.objects.filter(
                    locale_id=locale_id, context__object_id__in=keys
                )
                .values("context__object_id")
                .annotate(last=Max("updated_at"))
                .values("context__object_id", "last")
            )

    def last_saved(self, source, locale_id):
        return self.logs.get((source["id"], locale_id)) if source else None

    def sync_not_applied(self, source, key, locale_id, saved):
        """English was re-synced after the translation was saved, with work left over."""
        if not source or saved is None or source["last_updated_at"] <= saved:
            return False
        if (source["id"], locale_id) in self.untranslated:
            return True
        last_change = self.last_string_change.get((key, locale_id))
        return last_change is not None and last_change > saved

    # Pages ---------------------------------------------------------------------------

    def count_pages(self):
        english = list(
            Page.objects.filter(locale=self.source, depth__gt=1)
            .order_by("path")
            .values("id", "translation_key", "title", "last_published_at", "content_type_id")
        )
        keys = Page.objects.filter(locale=self.source, depth__gt=1).values("translation_key")
        others = {
            (row["translation_key"], row["locale_id"]): row
            for row in Page.objects.filter(
                locale__in=self.targets, translation_key__in=keys
            ).values(
                "id",
                "translation_key",
                "locale_id",
                "alias_of_id",
                "last_published_at",
                "latest_revision_created_at",
                "live_revision_id",
            )
        }
        self.coverage = coverage_for(
            (row["translation_key"], row["locale_id"]) for row in others.values()
        )
        sources = {
            row["object_id"]: row
            for row in TranslationSource.objects.filter(
                locale=self.source, object_id__in=keys
            ).values("id", "object_id", "last_updated_at")
        }
        type_names = self.page_type_names({row["content_type_id"] for row in english})
        for page in english:
            source = sources.get(page["translation_key"])
            for locale in self.targets:
                target = others.get((page["translation_key"], locale.pk))
                item = self.page_item(page, source, target, locale, type_names)
                self.progress[locale.pk].record(item, self.with_items)

    def page_type_names(self, content_type_ids):
        names = {}
        for content_type_id in content_type_ids:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            names[content_type_id] = str(model._meta.verbose_name) if model else ""
        return names

    def page_item(self, page, source, target, locale, type_names):
        item = ProgressItem(
            kind=PAGES,
            type_name=type_names.get(page["content_type_id"], ""),
            title=page["title"],
            status=NOT_TRANSLATED,
            edit_url="",
        )
        if target is None:
            if self.with_items:
                url = reverse("wagtail_localize:submit_page_translation", args=[page["id"]])
                item.edit_url = _with_locale(url, locale)
            return item
        if self.with_items:
            item.edit_url = reverse("wagtailadmin_pages:edit", args=[target["id"]])
        item.is_alias = bool(target["alias_of_id"])
        state = resolve_state(
            locale.language_code,
            self.coverage.get((page["translation_key"], locale.pk)),
            alias_of_id=target["alias_of_id"],
            live_revision_id=target["live_revision_id"],
            last_published_at=target["last_published_at"],
        )
        item.missing = state.missing
        if state.status == NOTHING_TRANSLATED:
            return item
        item.status = PARTLY if state.status == PARTLY_TRANSLATED else TRANSLATED
        published = page["last_published_at"]
        saved = self.last_saved(source, locale.pk)
        if source:
            needs_sync = bool(published and published > source["last_updated_at"])
            out_of_date = needs_sync or self.sync_not_applied(
                source, page["translation_key"], locale.pk, saved
            )
        else:  # translated without wagtail-localize: compare publication dates
            needs_sync = False
            reflected = target["last_published_at"] or target["latest_revision_created_at"]
            out_of_date = bool(published and reflected and published > reflected)
        if out_of_date:
            item.status = OUT_OF_DATE
            if self.with_items and needs_sync:
                item.sync_url = reverse("wagtail_localize:update_translations", args=[source["id"]])
        return item

    # Snippets ------------------------------------------------------------------------

    def count_snippets(self):
        models = translatable_snippet_models()
        english_by_model = {
            model: list(model.objects.filter(locale=self.source)) for model in models
        }
        keys = [obj.translation_key for objects in english_by_model.values() for obj in objects]
        sources = {
            row["object_id"]: row
            for row in TranslationSource.objects.filter(
                locale=self.source, object_id__in=keys
            ).values("id", "object_id", "last_updated_at", "content_json")
        }
        for model, english in english_by_model.items():
            others = {
                (row["translation_key"], row["locale_id"]): row["pk"]
                for row in model.objects.filter(
                    locale__in=self.targets,
                    translation_key__in=[obj.translation_key for obj in english],
                ).values("pk", "translation_key", "locale_id")
            }
            coverage = coverage_for(others)
            for obj in english:
                source = sources.get(obj.translation_key)
                changed = source is not None and _serialised(obj) != json.loads(
                    source["content_json"]
                )
                for locale in self.targets:
                    target_pk = others.get((obj.translation_key, locale.pk))
                    item = self.snippet_item(model, obj, source, changed, target_pk, locale)
                    self.apply_coverage(item, coverage.get((obj.translation_key, locale.pk)))
                    self.progress[locale.pk].record(item, self.with_items)

    def snippet_item(self, model, obj, source, changed, target_pk, locale):
        meta = model._meta
        item = ProgressItem(
            kind=SNIPPETS,
            type_name=str(meta.verbose_name),
            title=str(obj),
            status=NOT_TRANSLATED,
            edit_url="",
        )
        if target_pk is None:
            if self.with_items:
                url = reverse(
                    "wagtail_localize:submit_snippet_translation",
                    args=[meta.app_label, meta.model_name, quote(obj.pk)],
                )
                item.edit_url = _with_locale(url, locale)
            return item
        if self.with_items:
            item.edit_url = reverse(
                f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit",
                args=[quote(target_pk)],
            )
        item.status = TRANSLATED
        saved = self.last_saved(source, locale.pk)
        if changed or self.sync_not_applied(source, obj.translation_key, locale.pk, saved):
            item.status = OUT_OF_DATE
            if self.with_items and changed:
                item.sync_url = reverse("wagtail_localize:update_translations", args=[source["id"]])
        return item


    @staticmethod
    def apply_coverage(item, coverage):
        """A snippet translation that is up to date may still be partly or not translated."""
        if item.status != TRANSLATED or coverage is None:
            return
        state = resolve_state(locale_code(coverage.locale_id), coverage)
        item.missing = state.missing
        if state.status == NOTHING_TRANSLATED:
            item.status = NOT_TRANSLATED
        elif state.status == PARTLY_TRANSLATED:
            item.status = PARTLY


def translation_progress(language_codes=None, with_items=False):
    """One LanguageProgress per translated language, in the order of settings.LANGUAGES."""
    return ProgressCalculator(language_codes, with_items).run()

"""Abstract page classes that several content apps build on, and the record of how much
of each translation is really translated (`TranslationCoverage`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page

from images.pages import ClearedImagesPage

from .languages import PAGE_SYNCHRONISED_FIELDS


class SectionIndexPage(ClearedImagesPage, Page):
    """A section of the site under the home page (cities, networks, news...): one per
    language tree, a title and a short introduction above its listing."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A sentence or two above the listing: what readers find in this section."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS
    api_fields = [APIField("intro")]

    class Meta:
        abstract = True


class TranslationCoverage(models.Model):
    """How much of a translated page or snippet was really translated when wagtail-localize
    last wrote it: its string segments, and which of them still held the source text.

    Written by `core.coverage.record_coverage` each time wagtail-localize saves a
    translation (one row per translated object, replaced every time), read by
    `core.coverage` for every surface that tells readers and translators what is in which
    language. Kept because it cannot be worked out later: a "Sync from English" replaces
    the source's segments, and a string translated after publishing is not yet live.
    """

    translation_key = models.UUIDField()
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    segments = models.PositiveIntegerField(default=0)
    missing = models.PositiveIntegerField(default=0)
    # {context path: [segments, segments still in the source language]}
    parts = models.JSONField(default=dict)
    recorded_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "locale"], name="unique_translation_coverage"
            )
        ]

    def __str__(self):
        return f"{self.translation_key} ({self.locale_id}): {self.missing}/{self.segments} missing"


class ContentVersion(models.Model):
    """One row: how many times the content readers see has changed (core/cache.py).

    Shared by every process through the database, for caches that are not shared.
    """

    value = models.BigIntegerField(default=0)

    def __str__(self):
        return f"content version {self.value}"

"""Partners: a translatable snippet, and the page that lists them by kind."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.coverage import language_states
from core.languages import PAGE_SYNCHRONISED_FIELDS
from core.localization import localize
from images.clearance import refuse_uncleared_images_by_field
from images.pages import ClearedImagesPage


class PartnerKind(models.TextChoices):
    FUNDER = "funder", _("Funders")
    IMPLEMENTING = "implementing", _("Implementing organisations")
    RESEARCH = "research", _("Research partners")
    COLLABORATION = "collaboration", _("Collaboration partners")


class PartnerQuerySet(models.QuerySet):
    def in_language(self, locale, kind=None):
        """The partners (in `locale` where translated, else in English), by kind and order.

        One query for the source rows and one for their translations (core.localize).
        """
        source = self.filter(locale=Locale.get_default()).select_related("logo")
        if kind:
            source = source.filter(kind=kind)
        return language_states(localize(source.order_by("sort_order", "name"), locale))


class Partner(TranslatableMixin, index.Indexed, models.Model):
    """An organisation in the network behind Moving Cities."""

    name = models.CharField(
        _("name"), max_length=200, help_text=_("The organisation's name as it writes it.")
    )
    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=PartnerKind.choices,
        help_text=_("Decides under which heading the partner is listed."),
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Use the logo only with the organisation's permission."),
    )
    website = models.URLField(_("website"), blank=True, help_text=_("The organisation's site."))
    description = models.TextField(
        _("short text"),
        max_length=600,
        help_text=_("Two or three sentences: who they are and what they do for the project."),
    )
    countries = CountryField(
        _("countries"),
        multiple=True,
        blank=True,
        help_text=_("The countries it works in; leave empty for Europe-wide work."),
    )
    works_with = models.CharField(
        _("networks"),
        max_length=300,
        blank=True,
        help_text=_("City networks or initiatives it works with, e.g. Solidarity Cities."),
    )
    sort_order = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Lower numbers come first within a kind.")
    )

    objects = PartnerQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("description"),
        FieldPanel("countries"),
        FieldPanel("works_with"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("website", overridable=False),
        SynchronizedField("countries", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        """A partner is public as soon as it is saved: its logo needs a credit and a
        licence first (images/clearance.py)."""
        super().clean()
        refuse_uncleared_images_by_field(self)


class PartnersPage(ClearedImagesPage, Page):
    """/<lang>/partners/: every partner, under a heading per kind."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A few sentences on the network behind Moving Cities."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partners page")

    def partner_groups(self):
        """[(kind label, [partners])] in the order of PartnerKind, empty kinds left out."""
        partners = Partner.objects.in_language(self.locale)
        groups = []
        for kind, label in PartnerKind.choices:
            members = [partner for partner in partners if partner.kind == kind]
            if members:
                groups.append((label, members))
        return groups

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["partner_groups"] = self.partner_groups()
        return context

"""City networks (local, national, international) and their index."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock
from core.collation import by_name
from core.coverage import language_states, locale_code
from core.geo import map_points
from core.languages import PAGE_SYNCHRONISED_FIELDS
from core.models import SectionIndexPage
from core.overview import overview
from images.pages import ClearedImagesPage


class NetworkIndexPage(SectionIndexPage):
    subpage_types = ["citypages.NetworkPage"]

    class Meta:
        verbose_name = _("network index")

    def get_context(self, request, *args, **kwargs):
        from .cities import CityPage

        context = super().get_context(request, *args, **kwargs)
        networks = language_states(
            NetworkPage.objects.child_of(self)
            .live()
            .public()
            .order_by(by_name(locale_code(self.locale_id)))
            .defer_streamfields()
        )
        counts = CityPage.objects.live().public().member_counts(networks, self.locale)
        for network in networks:
            network.member_count = counts.get(network.translation_key, 0)
        context["networks"] = networks
        return context


class NetworkPage(ClearedImagesPage, Page):
    SCOPES = [
        ("international", _("International")),
        ("national", _("National")),
        ("regional", _("Regional or local")),
    ]

    acronym = models.CharField(
        _("acronym"),
        max_length=30,
        blank=True,
        help_text=_(
            "The short name, e.g. ICORN; shown after the title and the same in every language."
        ),
    )
    scope = models.CharField(
        _("scope"),
        max_length=20,
        choices=SCOPES,
        default="international",
        help_text=_(
            "Where its member cities are: in several countries, one country or one "
            "region. Shown above the title."
        ),
    )
    founded = models.PositiveSmallIntegerField(
        _("founded in"),
        null=True,
        blank=True,
        help_text=_("The year, four digits, e.g. 2006. Leave empty when unknown."),
    )
    website = models.URLField(
        _("website"),
        blank=True,
        help_text=_("The network's own site, starting with https://."),
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown beside the details, at most 240 by 120 pixels; a logo on a transparent or "
            "white background. Only with the network's permission."
        ),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in listings.")
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("What the network does, how cities join and what members commit to."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    details_panels = [
        MultiFieldPanel(
            [
                FieldPanel("acronym"),
                FieldPanel("scope"),
                FieldPanel("founded"),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("About the network"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(details_panels, heading=_("Details")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("acronym"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("scope"),
    ]
    api_fields = [
        APIField("acronym"),
        APIField("scope"),
        APIField("founded"),
        APIField("website"),
        APIField("summary"),
        APIField("body"),
    ]
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS + [
        SynchronizedField("acronym"),
    ]
    parent_page_types = ["citypages.NetworkIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("network")

    def member_cities(self):
        """The live cities of this page's language that link to this network."""
        from .cities import CityPage

        return (
            CityPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .in_network_key(self.translation_key)
            .order_by(by_name(locale_code(self.locale_id)), "pk")
            .defer_streamfields()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        members = language_states(self.member_cities())
        context["members"] = members
        context["member_points"] = map_points(members, request)
        context["overview"] = overview((city.location, city.featured) for city in members)
        return context

"""Cities: the index with its filters and map, and the city profile."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Exists, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.i18n import PAGE_SYNCHRONISED_FIELDS
from home.models import SectionIndexPage

from ..blocks import CityBodyBlock
from ..geo import LocalLeafletPanel, map_points, parse_point
from ..localization import localize

CITIES_PER_PAGE = 24


class CityPageQuerySet(PageQuerySet):
    """Filters used by the city index, the map, network pages and the open-data API."""

    def in_country(self, code):
        return self.filter(country=code.upper())

    def in_network(self, slug):
        links = CityNetworkMembership.objects.filter(city=OuterRef("pk"), network__slug=slug)
        return self.filter(Exists(links))

    def in_network_key(self, translation_key):
        links = CityNetworkMembership.objects.filter(
            city=OuterRef("pk"), network__translation_key=translation_key
        )
        return self.filter(Exists(links))

    def with_policy_area(self, slug):
        from .approaches import ApproachPage

        approaches = ApproachPage.objects.filter(
            live=True,
            path__startswith=OuterRef("path"),
            depth=OuterRef("depth") + 1,
            policy_area_links__policy_area__slug=slug,
        )
        return self.filter(Exists(approaches))

    def featured_only(self, featured=True):
        return self.filter(featured=featured)

    def with_approach_counts(self):
        """Annotate `approach_count`: the city's live approaches, in one query."""
        from .approaches import ApproachPage

        counts = (
            ApproachPage.objects.filter(
                live=True, path__startswith=OuterRef("path"), depth=OuterRef("depth") + 1
            )
            .order_by()
            .annotate(group=Value(1))
            .values("group")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return self.annotate(approach_count=Coalesce(Subquery(counts), 0))

    def member_counts(self, networks, locale):
        """{network translation_key: number of cities in `locale` linking to it}."""
        keys = [network.translation_key for network in networks]
        rows = (
            CityNetworkMembership.objects.filter(
                city__in=self.filter(locale=locale), network__translation_key__in=keys
            )
            .values("network__translation_key")
            .annotate(total=Count("city", distinct=True))
        )
        return {row["network__translation_key"]: row["total"] for row in rows}


CityPageManager = PageManager.from_queryset(CityPageQuerySet)


class CityIndexPage(SectionIndexPage):
    """All cities, filterable by country, network, policy area and in-depth profiles."""

    subpage_types = ["citypages.CityPage"]

    class Meta:
        verbose_name = _("city index")

    def filtered_cities(self, form):
        cities = CityPage.objects.live().public().filter(locale_id=self.locale_id)
        return form.apply(cities).order_by("title").defer_streamfields()

    def serve(self, request, *args, **kwargs):
        from ..forms import CityFilterForm

        form = CityFilterForm(request.GET or None, locale=self.locale)
        context = self.get_context(request, *args, **kwargs)
        context["filter_form"] = form
        status = 200
        if form.is_bound and not form.is_valid():
            status = 400
            cities = CityPage.objects.none()
        else:
            cities = self.filtered_cities(form)
        paginator = Paginator(cities.with_approach_counts(), CITIES_PER_PAGE)
        page_of_cities = paginator.get_page(request.GET.get("page"))
        context["cities"] = page_of_cities
        context["country_context"] = form.country_context() if status == 200 else None
        context["filter_query"] = form.query_string_without_page() if status == 200 else ""
        return TemplateResponse(
            request, self.get_template(request, *args, **kwargs), context, status=status
        )


class CityPage(Page):
    """A municipality on the map; with `featured`, an in-depth profile."""

    country = CountryField(_("country"))
    location = models.CharField(
        _("location"),
        max_length=250,
        blank=True,
        help_text=_("Click the map or type 'latitude, longitude'. Shared by every language."),
    )
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    featured = models.BooleanField(
        _("in-depth profile"),
        default=False,
        help_text=_("Tick when this city has a full profile; it is highlighted on the map."),
    )
    subtitle = models.CharField(_("subtitle"), max_length=200, blank=True)
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences shown in listings and popups."),
    )
    key_takeaways = StreamField(
        [("takeaway", blocks.CharBlock(label=_("Takeaway"), max_length=300))],
        blank=True,
        verbose_name=_("key takeaways"),
    )
    why_listed = models.TextField(
        _("why listed"),
        blank=True,
        help_text=_("For cities without a profile: in a sentence or two, why the city is listed."),
    )
    report = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("An optional PDF report on this city."),
    )
    body = StreamField(CityBodyBlock(), blank=True, verbose_name=_("body"))
    is_synthetic = models.BooleanField(default=False, editable=False)

    objects = CityPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("subtitle"),
        FieldPanel("summary"),
        FieldPanel("key_takeaways"),
        FieldPanel("body"),
    ]
    place_panels = [
        FieldPanel("country"),
        LocalLeafletPanel("location"),
        FieldPanel("population"),
    ]
    listing_panels = [
        MultiFieldPanel(
            [FieldPanel("featured"), FieldPanel("why_listed"), FieldPanel("report")],
            heading=_("Listing"),
        ),
        InlinePanel(
            "network_links",
            heading=_("Networks"),
            label=_("Network"),
            help_text=_("Only memberships that a public source states."),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Profile")),
            ObjectList(place_panels, heading=_("Place")),
            ObjectList(listing_panels, heading=_("Listing and networks")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("subtitle"),
        index.SearchField("summary"),
        index.SearchField("why_listed"),
        index.SearchField("body"),
        index.FilterField("country"),
        index.FilterField("featured"),
    ]
    api_fields = [
        APIField("country"),
        APIField("location"),
        APIField("lat"),
        APIField("lng"),
        APIField("population"),
        APIField("featured"),
        APIField("subtitle"),
        APIField("summary"),
        APIField("why_listed"),
        APIField("body"),
    ]
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS + [
        SynchronizedField("country", overridable=False),
        SynchronizedField("location", overridable=False),
    ]
    parent_page_types = ["citypages.CityIndexPage"]
    subpage_types = ["citypages.ApproachPage"]

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    @property
    def point(self):
        return parse_point(self.location)

    @property
    def lat(self):
        return self.point[0] if self.point else None

    @property
    def lng(self):
        return self.point[1] if self.point else None

    def map_points(self):
        return map_points([self])

    def member_networks(self):
        """This city's networks, as pages in the city's own language where they exist."""
        links = self.network_links.select_related("network").order_by("sort_order")
        networks = [link.network for link in links if link.network.live]
        return localize(networks, self.locale)

    def live_approaches(self):
        from .approaches import ApproachPage

        return (
            ApproachPage.objects.child_of(self)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
        )

    def country_context(self):
        from .taxonomy import CountryContext

        contexts = CountryContext.objects.filter(country=self.country)
        return contexts.filter(locale_id=self.locale_id).first() or contexts.first()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["approaches"] = self.live_approaches().with_areas(self.locale)
        context["networks"] = self.member_networks()
        context["country_context"] = self.country_context()
        return context


class CityNetworkMembership(Orderable):
    """A city's membership of a network (an inline, because translation ignores M2M fields)."""

    city = ParentalKey(CityPage, related_name="network_links", on_delete=models.CASCADE)
    network = models.ForeignKey(
        "citypages.NetworkPage",
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="city_links",
    )

    panels = [PageChooserPanel("network", "citypages.NetworkPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("network membership")

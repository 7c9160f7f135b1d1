"""Cities: the index with its filters and map, and the city profile."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.fields import ParentalKey
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

from core.cache import cached_per_language
from core.collation import by_name
from core.coverage import language_state, language_states, locale_code
from core.geo import LocalLeafletPanel, map_points, parse_point
from core.languages import PAGE_SYNCHRONISED_FIELDS
from core.localization import localize
from core.models import SectionIndexPage
from core.overview import overview
from core.privacy import not_restricted
from core.seo import full_url
from core.tree import parent_path_expression
from images.pages import ClearedImagesPage

from ..admin_forms import CityPageForm
from ..blocks import CityBodyBlock, TakeawayBlock

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
        """Cities with a live approach in the policy area `slug`.

        The approaches' parent paths form an uncorrelated subquery, which unlike a
        correlated LIKE on paths stays fast with thousands of cities.
        """
        from .approaches import ApproachPage

        approaches = ApproachPage.objects.live().with_policy_area(slug)
        return self.filter(path__in=approaches.annotate(city_path=parent_path_expression())
                           .values("city_path"))

    def matching(self, country=None, network=None, policy_area=None, featured=None):
        """The filters that the listing, the map and the open-data API share.

        A value of None (or "") means "no filter"; `featured` may be True or False.
        """
        cities = self
        if country:
            cities = cities.in_country(country)
        if network:
            cities = cities.in_network(network)
        if policy_area:
            cities = cities.with_policy_area(policy_area)
        if featured is not None:
            cities = cities.filter(featured=featured)
        return cities

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
        order = by_name(locale_code(self.locale_id))
        return cities.matching(**form.filters()).order_by(order, "pk").defer_streamfields()

    def serve_preview(self, request, mode_name):
        """The listing is built in serve() (filters, a 400 for bad ones): so is its preview."""
        return self.serve(request)

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
        page_of_cities = Paginator(cities, CITIES_PER_PAGE).get_page(request.GET.get("page"))
        page_of_cities.object_list = language_states(
            CityPage.with_approach_counts(page_of_cities.object_list)
        )
        context["cities"] = page_of_cities
        context["overview"] = overview(cities.order_by().values_list("location", "featured"))
        context["country_context"] = form.country_context() if status == 200 else None
        context["filter_query"] = form.query_string_without_page() if status == 200 else ""
        return TemplateResponse(
            request, self.get_template(request, *args, **kwargs), context, status=status
        )


class CityPage(ClearedImagesPage, Page):
    """A municipality on the map; with `featured`, an in-depth profile."""

    country = CountryField(
        _("country"),
        help_text=_(
            "Decides the country filter and the country context shown on the city's page. "
            "Shared by every language."
        ),
    )
    location = models.CharField(
        _("location"),
        max_length=250,
        blank=True,
        help_text=_(
            "Find the place by name, click the map, drag the marker or type "
            "'latitude, longitude'. "
            "Required for publishing; shared by every language."
        ),
    )
    population = models.PositiveIntegerField(
        _("population"),
        null=True,
        blank=True,
        help_text=_(
            "Inhabitants as a whole number without separators, e.g. 158000; shown beside the "
            "map. Leave empty when unknown."
        ),
    )
    featured = models.BooleanField(
        _("in-depth profile"),
        default=False,
        help_text=_("Tick when this city has a full profile; it is highlighted on the map."),
    )
    subtitle = models.CharField(
        _("subtitle"),
        max_length=200,
        blank=True,
        help_text=_(
            "One line under the city's name and on its card among the featured cities, "
            "e.g. 'A city of refuge since 2015'."
        ),
    )
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Two or three sentences shown in listings and popups."),
    )
    key_takeaways = StreamField(
        [("takeaway", TakeawayBlock())],
        blank=True,
        verbose_name=_("key takeaways"),
        help_text=_(
            "Three to five points a hurried reader should remember, one sentence each; "
            "shown in a box above the body."
        ),
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
    body = StreamField(
        CityBodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "The profile itself: sections with headings, text, quotes, figures, images, a "
            "timeline, the actors and the sources."
        ),
    )
    is_synthetic = models.BooleanField(default=False, editable=False)

    objects = CityPageManager()
    base_form_class = CityPageForm

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

    def structured_data(self, request):
        """schema.org data for search engines: the city as a Place."""
        data = {
            "@context": "https://schema.org",
            "@type": "Place",
            "name": self.title,
            "url": full_url(self, request),
            "address": {"@type": "PostalAddress", "addressCountry": self.country.code},
        }
        description = self.summary or self.why_listed
        if description:
            data["description"] = description
        if self.point:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": self.point[0],
                "longitude": self.point[1],
            }
        return data

    def next_profile(self):
        """The next in-depth profile in this language, in its alphabetical order (the first
        one after the last), for a reader who wants to read on; None if this is the only one."""
        profiles = list(
            CityPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, featured=True)
            .order_by(by_name(locale_code(self.locale_id)), "pk")
            .defer_streamfields()
        )
        if len(profiles) < 2:
            return None
        index = next((i for i, p in enumerate(profiles) if p.pk == self.pk), -1)
        return language_states([profiles[(index + 1) % len(profiles)]])[0]

    def member_networks(self):
        """This city's networks, as pages in the city's own language where they exist.

        The links are read as the page holds them: in a preview, the unsaved rows of the
        edit form (modelcluster keeps them in memory, where no SQL filter applies).
        """
        from .networks import NetworkPage

        order = [link.network_id for link in self.network_links.order_by("sort_order")]
        networks = NetworkPage.objects.live().filter(pk__in=order).filter(not_restricted())
        networks = sorted(networks, key=lambda network: order.index(network.pk))
        return language_states(localize(networks, self.locale))

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

        context = CountryContext.for_country(self.country, self.locale)
        if context is not None:
            language_state(context)
        return context

    @staticmethod
    def with_approach_counts(cities):
        """Evaluate `cities` (a page of a listing), setting `approach_count` on each.

        One query for the whole page; counting after pagination keeps the last page of a
        long listing as fast as the first.
        """
        from .approaches import ApproachPage

        cities = list(cities)
        counts = ApproachPage.objects.live().children_of_paths([c.path for c in cities])
        counts = counts.count_by_city()
        for city in cities:
            city.approach_count = counts.get(city.path, 0)
        return cities

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # Unsaved changes: computed for this preview alone, never cached for readers.
            context.update(city_surroundings.uncached(self.pk, city=self))
        else:
            context.update(city_surroundings(self.pk, city=self))
        context["overview"] = overview([(self.location, self.featured)], label=self.title)
        return context


@cached_per_language("city_surroundings")
def city_surroundings(city_id, *, city):
    """A profile's approaches, networks and country context: eight queries or so, the same
    for every reader, so cached per language until content changes (core/cache.py)."""
    return {
        "approaches": language_states(city.live_approaches().with_areas(city.locale)),
        "networks": city.member_networks(),
        "country_context": city.country_context(),
        "next_profile": city.next_profile() if city.featured else None,
    }


class CityNetworkMembership(Orderable):
    """A city's membership of a network (an inline, because translation ignores M2M fields)."""

    city = ParentalKey(CityPage, related_name="network_links", on_delete=models.CASCADE)
    network = models.ForeignKey(
        "citypages.NetworkPage",
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        related_name="city_links",
        help_text=_("The city is shown on this network's page and the network on the city's page."),
    )

    panels = [PageChooserPanel("network", "citypages.NetworkPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("network membership")

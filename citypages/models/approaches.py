"""Local approaches (practices) of a city, and the cross-city listing of all approaches."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
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

from core.collation import by_name
from core.coverage import language_states, locale_code
from core.languages import PAGE_SYNCHRONISED_FIELDS
from core.localization import localize
from core.models import SectionIndexPage
from core.seo import full_url
from core.tree import parent_path, parent_path_expression
from images.pages import ClearedImagesPage

from ..blocks import ApproachBodyBlock, ContactBlock

APPROACHES_PER_PAGE = 20


class ApproachPageQuerySet(PageQuerySet):
    def with_policy_area(self, slug):
        links = ApproachPolicyArea.objects.filter(approach=OuterRef("pk"), policy_area__slug=slug)
        return self.filter(Exists(links))

    def children_of_paths(self, city_paths):
        """Approaches whose city (parent page) has one of the given paths."""
        return self.alias(city_path=parent_path_expression()).filter(city_path__in=city_paths)

    def in_country(self, code):
        from .cities import CityPage

        return self.children_of_paths(CityPage.objects.in_country(code).values("path"))

    def in_city(self, slug):
        from .cities import CityPage

        return self.children_of_paths(CityPage.objects.filter(slug=slug).values("path"))

    def matching(self, policy_area=None, country=None, city=None):
        """The filters of the approach listing; None (or "") means "no filter"."""
        approaches = self
        if policy_area:
            approaches = approaches.with_policy_area(policy_area)
        if country:
            approaches = approaches.in_country(country)
        if city:
            approaches = approaches.in_city(city)
        return approaches

    def count_by_city(self):
        """{city path: number of approaches in this queryset under that city}, one query."""
        rows = (
            self.order_by()
            .annotate(city_path=parent_path_expression())
            .values("city_path")
            .annotate(total=Count("pk"))
            .values_list("city_path", "total")
        )
        return dict(rows)

    def with_areas(self, locale):
        """Evaluate, attaching each approach's policy areas in `locale` as `.areas`.

        Two queries in all (the links, then their translations), however many approaches.
        """
        approaches = list(self.prefetch_related("policy_area_links__policy_area"))
        areas = [link.policy_area for a in approaches for link in a.policy_area_links.all()]
        localized = iter(language_states(localize(areas, locale)))
        for approach in approaches:
            approach.areas = [next(localized) for _link in approach.policy_area_links.all()]
        return approaches

    def with_cities_and_areas(self, locale):
        """Like with_areas, also attaching each approach's city as `.city`."""
        from .cities import CityPage

        approaches = self.with_areas(locale)
        paths = {parent_path(approach.path) for approach in approaches}
        cities = {
            city.path: city
            for city in language_states(
                CityPage.objects.filter(path__in=paths).defer_streamfields()
            )
        }
        for approach in approaches:
            approach.city = cities.get(parent_path(approach.path))
        return approaches


ApproachPageManager = PageManager.from_queryset(ApproachPageQuerySet)


class ApproachIndexPage(SectionIndexPage):
    """Every approach across cities, filterable by policy area, country and city."""

    subpage_types = []

    class Meta:
        verbose_name = _("approach index")

    def serve_preview(self, request, mode_name):
        """The listing is built in serve() (filters, a 400 for bad ones): so is its preview."""
        return self.serve(request)

    def serve(self, request, *args, **kwargs):
        from ..forms import ApproachFilterForm

        form = ApproachFilterForm(request.GET or None, locale=self.locale)
        context = self.get_context(request, *args, **kwargs)
        context["filter_form"] = form
        status = 200
        approaches = ApproachPage.objects.live().public().filter(locale_id=self.locale_id)
        if form.is_bound and not form.is_valid():
            status, approaches = 400, approaches.none()
        else:
            approaches = approaches.matching(**form.filters())
        paginator = Paginator(
            approaches.order_by(by_name(locale_code(self.locale_id)), "pk").defer_streamfields(),
            APPROACHES_PER_PAGE,
        )
        page_of_approaches = paginator.get_page(request.GET.get("page"))
        page_of_approaches.object_list = language_states(
            page_of_approaches.object_list.with_cities_and_areas(self.locale)
        )
        context["approaches"] = page_of_approaches
        context["filter_query"] = form.query_string_without_page() if status == 200 else ""
        return TemplateResponse(
            request, self.get_template(request, *args, **kwargs), context, status=status
        )


class ApproachPage(ClearedImagesPage, Page):
    """A local approach: what a city does in one or more policy areas."""

    STATUSES = [("active", _("Active")), ("discontinued", _("Discontinued"))]

    short_title = models.CharField(
        _("short title"),
        max_length=60,
        blank=True,
        help_text=_("Used on map popups and in lists; the title is used when empty."),
    )
    summary = models.TextField(_("summary"), help_text=_("Two sentences shown in listings."))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=STATUSES,
        default="active",
        help_text=_(
            "A discontinued approach stays listed, marked as ended: readers learn from it too."
        ),
    )
    discontinued_year = models.PositiveSmallIntegerField(
        _("discontinued in"),
        null=True,
        blank=True,
        help_text=_("The year the approach ended, if it is discontinued."),
    )
    body = StreamField(
        ApproachBodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Suggested sections: what is inspiring, how it operates, what came of it."),
    )
    contact = StreamField(
        [("contact", ContactBlock())],
        blank=True,
        max_num=1,
        verbose_name=_("contact"),
        help_text=_(
            "Optional: one office or person readers may ask about the approach; shown in the "
            "sidebar beside the text. Only contacts that are public already."
        ),
    )

    objects = ApproachPageManager()

    content_panels = Page.content_panels + [
        FieldPanel("short_title"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("contact"),
    ]
    classification_panels = [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("status"), FieldPanel("discontinued_year")])],
            heading=_("Status"),
        ),
        InlinePanel(
            "policy_area_links", heading=_("Policy areas"), label=_("Policy area"), min_num=1
        ),
        InlinePanel("related_links", heading=_("Related approaches"), label=_("Related approach")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(classification_panels, heading=_("Classification")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("short_title"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("short_title"),
        APIField("summary"),
        APIField("status"),
        APIField("discontinued_year"),
        APIField("body"),
        APIField("contact"),
    ]
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS
    parent_page_types = ["citypages.CityPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("approach")

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.status == "discontinued" and not self.discontinued_year:
            raise ValidationError(
                {"discontinued_year": _("Give the year a discontinued approach ended.")}
            )
        if self.status == "active" and self.discontinued_year:
            raise ValidationError({"discontinued_year": _("An active approach has no end year.")})

    @property
    def display_title(self):
        return self.short_title or self.title

    @cached_property
    def city(self):
        """The city this approach belongs to (its parent page)."""
        return self.get_parent().specific_deferred

    def other_approaches_in_areas(self, areas, limit=5):
        """Other live approaches (any city, this language) sharing a policy area with this one."""
        keys = [area.translation_key for area in areas]
        if not keys:
            return []
        others = (
            ApproachPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .filter(policy_area_links__policy_area__translation_key__in=keys)
            .exclude(pk=self.pk)
            .distinct()
            .order_by(by_name(locale_code(self.locale_id)), "pk")
            .defer_streamfields()
        )
        return language_states(others[:limit])

    def structured_data(self, request):
        """schema.org data for search engines: an article about a practice in a city."""
        city = self.city
        return {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title,
            "description": self.summary,
            "url": full_url(self, request),
            "inLanguage": locale_code(self.locale_id),
            "about": {"@type": "Thing", "name": self.display_title},
            "contentLocation": {
                "@type": "Place",
                "name": city.title,
                "url": full_url(city, request),
                "address": {"@type": "PostalAddress", "addressCountry": city.country.code},
            },
        }

    def related_approaches(self):
        related = [
            link.related
            for link in self.related_links.select_related("related")
            if link.related.live
        ]
        return language_states(localize(related, self.locale))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        links = self.policy_area_links.select_related("policy_area")
        context["areas"] = language_states(
            localize([link.policy_area for link in links], self.locale)
        )
        context["city"] = self.city
        context["related"] = self.related_approaches()
        context["same_areas"] = self.other_approaches_in_areas(context["areas"])
        return context


class ApproachPolicyArea(Orderable):
    """An approach's policy area (an inline, because translation ignores M2M fields)."""

    approach = ParentalKey(ApproachPage, related_name="policy_area_links", on_delete=models.CASCADE)
    policy_area = models.ForeignKey(
        "citypages.PolicyArea",
        verbose_name=_("policy area"),
        on_delete=models.CASCADE,
        related_name="approach_links",
        help_text=_(
            "Readers find the approach under this area in the approach filter and beside the "
            "area's other approaches."
        ),
    )

    panels = [FieldPanel("policy_area")]

    class Meta(Orderable.Meta):
        verbose_name = _("policy area")


class RelatedApproach(Orderable):
    approach = ParentalKey(ApproachPage, related_name="related_links", on_delete=models.CASCADE)
    related = models.ForeignKey(
        ApproachPage,
        verbose_name=_("approach"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "An approach in this or another city that readers should read next; listed in "
            "the sidebar under 'Related approaches'."
        ),
    )

    panels = [PageChooserPanel("related", "citypages.ApproachPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related approach")

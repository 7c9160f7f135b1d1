"""Home page and the site-wide editorial pages: standard pages and news."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.cache import cached_per_language
from core.coverage import language_states
from core.languages import PAGE_SYNCHRONISED_FIELDS
from core.models import SectionIndexPage

NEWS_PER_PAGE = 10


class HomePage(Page):
    """The root of each language's tree: headline figures, the map, featured cities, news."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome shown above the map."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("body")]
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "citypages.CityIndexPage",
        "citypages.ApproachIndexPage",
        "citypages.NetworkIndexPage",
        "home.NewsIndexPage",
        "home.StandardPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from citypages.models import CityIndexPage, CityPage

        context = super().get_context(request, *args, **kwargs)
        cities = CityPage.objects.live().public().filter(locale_id=self.locale_id)
        context["figures"] = headline_figures(self.locale_id)
        context["featured_cities"] = language_states(
            cities.filter(featured=True).order_by("title").defer_streamfields()[:9]
        )
        context["latest_news"] = language_states(
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")
            .defer_streamfields()[:3]
        )
        context["city_index"] = (
            CityIndexPage.objects.live().filter(locale_id=self.locale_id).first()
        )
        return context


class StandardPage(Page):
    """About, methodology, imprint, open data: a title, an introduction and a body."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@cached_per_language("headline_figures")
def headline_figures(locale_id):
    """The home page's figures: four counts over every page, so cached until content changes."""
    from citypages.models import ApproachPage, CityPage, NetworkPage

    cities = CityPage.objects.live().public().filter(locale_id=locale_id)
    return {
        "cities": cities.count(),
        "countries": cities.order_by().values("country").distinct().count(),
        "networks": NetworkPage.objects.live().public().filter(locale_id=locale_id).count(),
        "approaches": ApproachPage.objects.live().public().filter(locale_id=locale_id).count(),
    }


class NewsIndexPage(SectionIndexPage):
    subpage_types = ["home.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        context = super().get_context(request, *args, **kwargs)
        news = (
            NewsPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .defer_streamfields()
        )
        page_of_news = Paginator(news, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        page_of_news.object_list = language_states(page_of_news.object_list)
        context["news"] = page_of_news
        return context


class NewsPage(Page):
    date = models.DateField(_("date"), default=datetime.date.today)
    intro = models.TextField(_("introduction"), help_text=_("Shown in listings."))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("date"), APIField("intro"), APIField("body")]
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

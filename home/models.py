"""Home page and the site-wide editorial pages: standard pages and news."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock
from core.cache import cached_per_language
from core.collation import by_name
from core.coverage import language_states, locale_code
from core.languages import PAGE_SYNCHRONISED_FIELDS
from core.models import SectionIndexPage
from core.overview import overview
from images.pages import ClearedImagesPage
from partners.blocks import PartnerLogosBlock

NEWS_PER_PAGE = 10


class HomePage(ClearedImagesPage, Page):
    """The root of each language's tree: headline figures, the map, featured cities, news."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("A short welcome shown above the map."),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Optional sections between the featured cities and the latest news."),
    )

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
        "partners.PartnersPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from citypages.models import CityPage

        context = super().get_context(request, *args, **kwargs)
        cities = CityPage.objects.live().public().filter(locale_id=self.locale_id)
        context["figures"] = headline_figures(self.locale_id)
        context["featured_cities"] = language_states(
            cities.filter(featured=True)
            .order_by(by_name(locale_code(self.locale_id)))
            .defer_streamfields()[:9]
        )
        context["latest_news"] = language_states(
            NewsPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .order_by("-date", "-pk")
            .defer_streamfields()[:3]
        )
        context.update(home_map(self.locale_id))
        return context


class StandardBodyBlock(BaseStreamBlock):
    """The shared blocks, and the partner-logo grid for the about page."""

    partner_logos = PartnerLogosBlock()


class StandardPage(ClearedImagesPage, Page):
    """About, methodology, imprint, open data: a title, an introduction and a body."""

    intro = models.TextField(
        _("introduction"), blank=True, help_text=_("A sentence or two shown above the body.")
    )
    body = StreamField(
        StandardBodyBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_(
            "The page's text. On the about page, the 'Partner logos' block shows the partners."
        ),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    api_fields = [APIField("intro"), APIField("body")]
    override_translatable_fields = PAGE_SYNCHRONISED_FIELDS
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@cached_per_language("home_map")
def home_map(locale_id):
    """The home page's map without JavaScript (every city's dot) and the way into the list:
    the same for every reader of a language, so cached until content changes."""
    from citypages.models import CityIndexPage, CityPage

    cities = CityPage.objects.live().public().filter(locale_id=locale_id)
    return {
        "overview": overview(cities.order_by().values_list("location", "featured")),
        "city_index": CityIndexPage.objects.live().filter(locale_id=locale_id).first(),
    }


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


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """The news of one language, and its Atom feed at feed/."""

    subpage_types = ["home.NewsPage"]

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import NewsFeed

        return NewsFeed(self, request)(request)

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


class NewsPage(ClearedImagesPage, Page):
    date = models.DateField(
        _("date"),
        default=datetime.date.today,
        help_text=_("Shown with the item; the news list and the feed are ordered by it."),
    )
    intro = models.TextField(_("introduction"), help_text=_("Shown in listings."))
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("The full item, below the introduction."),
    )

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


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(
        label=_("label"), max_length=60, help_text=_("The network's name, e.g. Mastodon.")
    )
    url = blocks.URLBlock(label=_("address"), help_text=_("The full address of the profile."))

    class Meta:
        icon = "link"
        label = _("social link")
        description = _("A link to one of the project's profiles, shown in the footer.")
        preview_value = {"label": "Mastodon", "url": "https://mastodon.social/@movingcities"}


class SiteTextsQuerySet(models.QuerySet):
    def for_locale(self, locale):
        """The texts in `locale`, else in the source language (or None before any exist)."""
        rows = list(self.filter(locale__language_code__in={locale.language_code, "en"}))
        rows.sort(key=lambda row: row.locale_id != locale.pk)
        return rows[0] if rows else None


class SiteTexts(TranslatableMixin, models.Model):
    """The footer and contact texts of the whole site, one set per language.

    A snippet rather than a Wagtail setting because settings are not translatable and
    these texts are: translators work on them in wagtail-localize like on any page.
    """

    footer_text = models.TextField(
        _("footer text"),
        help_text=_("One or two sentences under every page: what Moving Cities is."),
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Shown in the footer for readers to write to.")
    )
    newsletter_url = models.URLField(
        _("newsletter sign-up"),
        blank=True,
        help_text=_("Address of the newsletter sign-up page; leave empty when there is none."),
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        blank=True,
        verbose_name=_("social links"),
        help_text=_("The project's profiles, in the order they are shown."),
    )
    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("imprint page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The legal notice; linked from every page."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("How the site handles personal data; linked from every page and form."),
    )

    objects = SiteTextsQuerySet.as_manager()

    panels = [
        FieldPanel("footer_text"),
        FieldPanel("contact_email"),
        FieldPanel("newsletter_url"),
        FieldPanel("social_links"),
        FieldPanel("imprint_page"),
        FieldPanel("privacy_page"),
    ]
    override_translatable_fields = [SynchronizedField("contact_email")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site-wide texts")
        verbose_name_plural = _("site-wide texts")

    def __str__(self):
        return f"{self._meta.verbose_name} ({self.locale.language_code})"

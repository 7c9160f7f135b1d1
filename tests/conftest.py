"""Shared fixtures. The database is PostgreSQL when DATABASE_URL points at it, else SQLite."""

import json

import pytest
from wagtail.models import Locale, Page
from wagtail.test.utils.wagtail_factories import ImageFactory

from citypages.models import ApproachIndexPage
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from tests.factories import (
    ApproachPageFactory,
    CityPageFactory,
    NetworkPageFactory,
    PolicyAreaFactory,
    add_aliases,
)

LANGUAGE_CODES = ["en", "de", "fr", "el", "it", "pl", "es"]


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site root paths; a rolled-back test must not leak them into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def offline_embeds(monkeypatch):
    """oEmbed providers are outside this machine: publishing never reaches them in tests."""
    from wagtail.embeds import embeds
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def not_found(url, *args, **kwargs):
        raise EmbedNotFoundException(f"offline test: {url}")

    monkeypatch.setattr(embeds, "get_embed", not_found)


@pytest.fixture
def home_pages(db):
    """{language_code: HomePage}; created by the post-migrate set-up, as on a real site."""
    return {
        page.locale.language_code: page
        for page in HomePage.objects.select_related("locale").filter(depth=2)
    }


@pytest.fixture
def english_home(home_pages):
    return home_pages["en"]


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


def translate_page(page, locale, strings=None):
    """Translate `page` into `locale` through wagtail-localize, as a translator would.

    `strings` maps English segments to their translation; segments left out keep the
    English text (wagtail-localize's fallback). Returns the translated page.
    """
    from translation.strings import translate_with_strings

    translate_with_strings(page, locale, strings)
    return page.get_translation(locale).specific


@pytest.fixture
def translated_home_pages(home_pages, locales):
    """The seven home pages, the six non-English ones real translations (not aliases)."""
    english = home_pages["en"]
    return {
        code: english if code == "en" else translate_page(english, locales[code])
        for code in home_pages
    }


def full_body(image):
    """A city body using every block type, in StreamField JSON."""
    return json.dumps(
        [
            {"type": "heading", "value": {"text": "Introduction"}},
            {"type": "paragraph", "value": "<p>The city opened its services to everyone.</p>"},
            {
                "type": "quote",
                "value": {
                    "text": "We help first.",
                    "speaker": "A case worker (demo)",
                    "role": "Illustrative quote",
                },
            },
            {"type": "key_figure", "value": {"value": "2,000", "label": "people (illustrative)"}},
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt": "Abstract shapes",
                    "caption": "An illustration",
                    "credit": "Demo",
                },
            },
            {"type": "embed", "value": {"url": "https://vimeo.com/1", "caption": "Demo embed"}},
            {
                "type": "timeline",
                "value": {
                    "heading": "Milestones",
                    "events": [{"year": 2015, "event": "Declared a refuge"}],
                },
            },
            {
                "type": "actors",
                "value": {
                    "heading": "Who",
                    "actors": [{"name": "Office for Migration", "kind": "municipality", "url": ""}],
                },
            },
            {
                "type": "sources",
                "value": {
                    "heading": "Sources",
                    "items": [
                        {
                            "title": "Council resolution",
                            "publisher": "Council",
                            "year": 2015,
                            "url": "https://example.org/resolution",
                        }
                    ],
                },
            },
        ]
    )


@pytest.fixture
def site_tree(english_home):
    """One page of every type in the English tree, aliased into the six other languages."""
    home = english_home
    image = ImageFactory(title="Demo image")
    area = PolicyAreaFactory(name="Social rights", slug="social-rights")
    network = NetworkPageFactory(title="Solidarity Cities", slug="solidarity-cities")
    city = CityPageFactory(
        title="Berlin",
        slug="berlin",
        country="DE",
        lat=52.52,
        lng=13.40,
        featured=True,
        networks=[network],
        body=full_body(image),
        summary="A featured city.",
    )
    approach = ApproachPageFactory(
        parent=city, title="Welcome office", slug="welcome-office", policy_areas=[area]
    )
    approaches = home.add_child(instance=ApproachIndexPage(title="Approaches", slug="approaches"))
    news_index = home.add_child(instance=NewsIndexPage(title="News", slug="news"))
    news = news_index.add_child(
        instance=NewsPage(title="Launch", slug="launch", intro="We are live.")
    )
    about = home.add_child(instance=StandardPage(title="About", slug="about", intro="Who we are."))
    add_aliases()
    return {
        "home": home,
        "city_index": city.get_parent().specific,
        "city": city,
        "approach": approach,
        "approach_index": approaches,
        "network_index": network.get_parent().specific,
        "network": network,
        "news_index": news_index,
        "news": news,
        "about": about,
        "area": area,
        "image": image,
    }

"""The test site: one small site in seven languages, built once per test session.

Building a seven-language tree costs seconds (every English page gets six aliases);
building it for every test made set-up most of the suite's time. `build()` runs once per
session (per xdist worker) from conftest's `django_db_setup`; every test then runs in a
transaction that is rolled back, and `load()` hands it fresh objects, so a test may
change anything. Browser tests (transactional) get it back through serialized_rollback.

English pages (all published, each aliased into de, fr, el, it, pl, es; nothing
translated, so tests translate what they need):

    home ─┬─ Cities ─┬─ Berlin   DE, featured, every block, Solidarity Cities + Safe Harbours
          │          │    ├─ Welcome office   (Social rights)
          │          │    └─ Shelter          (Reception)
          │          ├─ Potsdam  DE, Safe Harbours
          │          ├─ Lyon     FR, Solidarity Cities
          │          │    └─ Local vote       (Participation)
          │          └─ Valencia ES, no network
          ├─ Approaches
          ├─ Networks ─┬─ Solidarity Cities
          │            └─ Safe Harbours
          ├─ News ─── Launch
          └─ About
"""

import json

from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_factories import ImageFactory

from citypages.models import ApproachIndexPage, PolicyArea
from core.tree import sync_aliases
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from search.documents import index_pages
from tests.factories import (
    ApproachPageFactory,
    CityPageFactory,
    NetworkPageFactory,
    PolicyAreaFactory,
)

LANGUAGE_CODES = ["en", "de", "fr", "el", "it", "pl", "es"]


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


def build():
    """Create the test site in the (empty but for the set-up) test database."""
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(depth=2, locale=english)
    image = ImageFactory(title="Demo image", credit="Moving Cities demo", licence="cc0-1.0")
    social = PolicyAreaFactory(name="Social rights", slug="social-rights")
    reception = PolicyAreaFactory(name="Reception", slug="reception")
    participation = PolicyAreaFactory(name="Participation", slug="participation")
    solidarity = NetworkPageFactory(title="Solidarity Cities", slug="solidarity-cities")
    harbours = NetworkPageFactory(title="Safe Harbours", slug="safe-harbours")
    berlin = CityPageFactory(
        title="Berlin",
        country="DE",
        lat=52.52,
        lng=13.40,
        featured=True,
        networks=[solidarity, harbours],
        body=full_body(image),
        summary="A featured city.",
    )
    CityPageFactory(title="Potsdam", country="DE", lat=52.40, lng=13.07, networks=[harbours])
    lyon = CityPageFactory(title="Lyon", country="FR", lat=45.76, lng=4.84, networks=[solidarity])
    CityPageFactory(title="Valencia", country="ES", lat=39.47, lng=-0.38)
    ApproachPageFactory(parent=berlin, title="Welcome office", policy_areas=[social])
    ApproachPageFactory(parent=berlin, title="Shelter", policy_areas=[reception])
    ApproachPageFactory(parent=lyon, title="Local vote", policy_areas=[participation])
    home.add_child(instance=ApproachIndexPage(title="Approaches", slug="approaches"))
    news_index = home.add_child(instance=NewsIndexPage(title="News", slug="news"))
    news_index.add_child(instance=NewsPage(title="Launch", slug="launch", intro="We are live."))
    home.add_child(instance=StandardPage(title="About", slug="about", intro="Who we are."))
    sync_aliases(english)
    # The site search indexes pages when they are published; these were created in code.
    index_pages(Page.objects.filter(depth__gt=1).specific())


def load():
    """Fresh objects of the test site's English pages and snippets, by name."""
    areas = {area.slug: area for area in PolicyArea.objects.filter(locale__language_code="en")}
    pages = {
        page.url_path: page.specific
        for page in Page.objects.filter(locale__language_code="en", depth__gt=1)
    }
    return {
        "home": pages["/home/"],
        "city_index": pages["/home/cities/"],
        "city": pages["/home/cities/berlin/"],
        "berlin": pages["/home/cities/berlin/"],
        "potsdam": pages["/home/cities/potsdam/"],
        "lyon": pages["/home/cities/lyon/"],
        "valencia": pages["/home/cities/valencia/"],
        "approach": pages["/home/cities/berlin/welcome-office/"],
        "shelter": pages["/home/cities/berlin/shelter/"],
        "local_vote": pages["/home/cities/lyon/local-vote/"],
        "approach_index": pages["/home/approaches/"],
        "network_index": pages["/home/networks/"],
        "network": pages["/home/networks/solidarity-cities/"],
        "solidarity": pages["/home/networks/solidarity-cities/"],
        "harbours": pages["/home/networks/safe-harbours/"],
        "news_index": pages["/home/news/"],
        "news": pages["/home/news/launch/"],
        "about": pages["/home/about/"],
        "area": areas["social-rights"],
        "social": areas["social-rights"],
        "reception": areas["reception"],
        "participation": areas["participation"],
        "image": get_image_model().objects.get(title="Demo image"),
    }


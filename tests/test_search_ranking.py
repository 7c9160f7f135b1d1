"""The order a reader expects: the page named by the query first, title matches next.

Each test runs with both ways of matching: PostgreSQL's full-text search and the plain
matching SQLite uses (portable SQL on folded text, so it runs on PostgreSQL too and CI
checks it there; on SQLite the PostgreSQL runs are skipped).
"""

import pytest
from django.db import connection
from django.utils import translation

from core.tree import create_missing_aliases
from search.query import PlainMatcher, PostgresMatcher, SiteSearch
from tests.factories import ApproachPageFactory, CityPageFactory, publish, translate_page

pytestmark = pytest.mark.django_db

MATCHERS = [
    pytest.param(
        PostgresMatcher,
        id="postgres",
        marks=pytest.mark.skipif(
            connection.vendor != "postgresql", reason="PostgreSQL full-text search"
        ),
    ),
    pytest.param(PlainMatcher, id="plain"),
]
MENTIONS = "Signed the Barcelona Declaration (Barcelone, Βαρκελώνη) with Barcelona, Barcelona."


def urls(locales, code, query, matcher):
    with translation.override(code):
        search = SiteSearch(query, locales[code], matcher=matcher)
        return [document.page.url for document in search.documents(search.hits)]


def both_matchers():
    """The matchers to check here: the plain one always, PostgreSQL's where it runs."""
    if connection.vendor == "postgresql":
        return [PostgresMatcher, PlainMatcher]
    return [PlainMatcher]


def test_a_city_name_finds_the_city_first_in_every_language(
    site_tree, locales, django_capture_on_commit_callbacks
):
    """Barcelona, Βαρκελώνη, Barcelone: the city, then its approach named after it, then
    pages that only mention it (however often). Both matchers in one test: the set-up
    (aliases, two translations) is the slow part."""
    # A long profile that does not repeat its name, an approach and a city that repeat it:
    # relevance alone (ts_rank) would put the city last.
    city = CityPageFactory(title="Barcelona", country="ES", why_listed="A welcoming plan. " * 40)
    create_missing_aliases(city)
    publish(city)
    publish(ApproachPageFactory(parent=city, title="Barcelona, Ciutat Refugi", summary=MENTIONS))
    valencia = site_tree["valencia"]
    valencia.why_listed = MENTIONS
    publish(valencia)
    with django_capture_on_commit_callbacks(execute=True):
        translate_page(city, locales["fr"], {"Barcelona": "Barcelone"})
        translate_page(city, locales["el"], {"Barcelona": "Βαρκελώνη"})

    for matcher in both_matchers():
        english = urls(locales, "en", "Barcelona", matcher)
        assert english == [
            "/en/cities/barcelona/",
            "/en/cities/barcelona/barcelona-ciutat-refugi/",
            "/en/cities/valencia/",
        ], matcher
        # The approach's French and Greek versions are its aliases (made when it was first
        # published), found by their city's name in that language.
        assert urls(locales, "fr", "Barcelone", matcher)[:3] == [
            "/fr/cities/barcelona/",
            "/fr/cities/barcelona/barcelona-ciutat-refugi/",
            "/fr/cities/valencia/",
        ], matcher
        for query in ("Βαρκελώνη", "βαρκελωνη", "Barcelona"):
            assert urls(locales, "el", query, matcher)[:3] == [
                "/el/cities/barcelona/",
                "/el/cities/barcelona/barcelona-ciutat-refugi/",
                "/el/cities/valencia/",
            ], (matcher, query)


@pytest.mark.parametrize("matcher", MATCHERS)
def test_approaches_are_found_by_policy_area_city_and_country(site_tree, locales, matcher):
    assert "/en/cities/berlin/shelter/" in urls(locales, "en", "reception", matcher)
    assert "/en/cities/lyon/local-vote/" in urls(locales, "en", "Lyon", matcher)
    assert urls(locales, "en", "Lyon", matcher)[0] == "/en/cities/lyon/"
    assert set(urls(locales, "en", "France", matcher)) == {
        "/en/cities/lyon/",
        "/en/cities/lyon/local-vote/",
    }
    assert "/de/cities/berlin/welcome-office/" in urls(locales, "de", "Deutschland", matcher)


@pytest.mark.parametrize("matcher", MATCHERS)
def test_cities_are_found_by_their_networks(site_tree, locales, matcher):
    found = urls(locales, "en", "Safe Harbours", matcher)
    assert found[0] == "/en/networks/safe-harbours/"
    assert {"/en/cities/berlin/", "/en/cities/potsdam/"} <= set(found)
    assert "/en/cities/lyon/" not in found

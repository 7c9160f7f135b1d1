"""The content model as editors and readers meet it: tree rules, admin forms, rendering."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.models import TranslationSource

from citypages.models import (
    ApproachIndexPage,
    ApproachPage,
    CityIndexPage,
    CityPage,
    NetworkIndexPage,
    NetworkPage,
)
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from partners.models import PartnersPage
from tests.factories import (
    ApproachPageFactory,
    CityPageFactory,
    NetworkPageFactory,
    PolicyAreaFactory,
    add_aliases,
    translate_page,
)
from tests.world import LANGUAGE_CODES


class TestTreeRules(WagtailPageTestCase):
    def test_home_offers_the_sections(self):
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                CityIndexPage,
                ApproachIndexPage,
                NetworkIndexPage,
                NewsIndexPage,
                StandardPage,
                PartnersPage,
            },
        )

    def test_cities_live_under_the_city_index_and_approaches_under_their_city(self):
        self.assertAllowedSubpageTypes(CityIndexPage, {CityPage})
        self.assertAllowedSubpageTypes(CityPage, {ApproachPage})
        self.assertAllowedParentPageTypes(ApproachPage, {CityPage})
        self.assertCanCreateAt(CityIndexPage, CityPage)
        self.assertCanCreateAt(CityPage, ApproachPage)
        self.assertCanNotCreateAt(HomePage, CityPage)
        self.assertCanNotCreateAt(CityIndexPage, ApproachPage)

    def test_networks_and_news_have_their_own_index(self):
        self.assertAllowedSubpageTypes(NetworkIndexPage, {NetworkPage})
        self.assertAllowedParentPageTypes(NetworkPage, {NetworkIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(ApproachIndexPage, set())


@pytest.mark.django_db
def test_every_page_type_renders_in_every_language(client, site_tree):
    pages = [
        site_tree[key]
        for key in (
            "home",
            "city_index",
            "city",
            "approach",
            "approach_index",
            "network_index",
            "network",
            "news_index",
            "news",
            "about",
        )
    ]
    seen_types = set()
    for page in pages:
        translations = page.get_translations(inclusive=True).select_related("locale")
        assert sorted(t.locale.language_code for t in translations) == sorted(LANGUAGE_CODES)
        for translation in translations:
            response = client.get(translation.url)
            assert response.status_code == 200, translation.url
            code = translation.locale.language_code
            assert f'<html lang="{code}"' in response.content.decode()
        seen_types.add(type(page))
    assert len(seen_types) == 10


@pytest.mark.django_db
def test_city_profile_shows_every_block_and_its_facts(client, site_tree):
    html = client.get("/en/cities/berlin/").content.decode()
    for text in (
        "Introduction",
        "The city opened its services",
        "We help first.",
        "people (illustrative)",
        "Abstract shapes",
        "Declared a refuge",
        "Office for Migration",
        "Council resolution",
        "Welcome office",
        "Solidarity Cities",
        "In-depth profile",
        "Germany",
    ):
        assert text in html, text
    assert 'href="/en/networks/solidarity-cities/"' in html
    assert 'href="/en/cities/berlin/welcome-office/"' in html


@pytest.mark.django_db
def test_approach_page_shows_its_city_areas_and_status(client, site_tree):
    approach = site_tree["approach"]
    approach.status, approach.discontinued_year = "discontinued", 2020
    approach.save_revision().publish()
    html = client.get("/en/cities/berlin/welcome-office/").content.decode()
    assert 'href="/en/cities/berlin/"' in html
    assert "Social rights" in html
    assert "Discontinued in 2020" in html


@pytest.mark.django_db
def test_network_page_lists_and_maps_its_member_cities(client, site_tree):
    html = client.get("/en/networks/safe-harbours/").content.decode()
    assert 'href="/en/cities/berlin/"' in html and 'href="/en/cities/potsdam/"' in html
    assert "/en/cities/lyon/" not in html
    assert 'id="member-points"' in html


def city_with(n, name):
    networks = [NetworkPageFactory(title=f"{name} network {i}") for i in range(n)]
    city = CityPageFactory(title=name, networks=networks)
    area = PolicyAreaFactory(name="Social rights", slug="social-rights")
    for i in range(n):
        ApproachPageFactory(parent=city, title=f"{name} approach {i}", policy_areas=[area])
    return city


def queries_for(client, url):
    client.get(url)  # warm Wagtail's site-root cache, as on a running site
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_city_page_queries_do_not_grow_with_approaches_and_networks(client, site_tree):
    small = city_with(2, "Small")
    large = city_with(20, "Large")
    add_aliases("fr")
    assert queries_for(client, small.url) == queries_for(client, large.url)
    french_small = small.get_translation(Locale.objects.get(language_code="fr"))
    french_large = large.get_translation(Locale.objects.get(language_code="fr"))
    assert queries_for(client, french_small.url) == queries_for(client, french_large.url)


@pytest.mark.django_db
def test_listing_queries_do_not_grow_with_the_number_of_cities(client, site_tree):
    few = queries_for(client, "/en/cities/")
    for i in range(30):
        CityPageFactory(title=f"More {i}")
    assert queries_for(client, "/en/cities/") == few


@pytest.mark.django_db
def test_translated_city_keeps_coordinates_and_links_same_language_networks(client, site_tree):
    french = Locale.objects.get(language_code="fr")
    city, network = site_tree["city"], site_tree["network"]
    translate_page(network, french, {"Solidarity Cities": "Villes solidaires"})
    french_city = translate_page(city, french, {"Berlin": "Berlin (FR)"})
    assert french_city.alias_of_id is None
    assert french_city.location == city.location
    assert french_city.country == city.country
    html = client.get("/fr/cities/berlin/").content.decode()
    assert "Berlin (FR)" in html
    assert '<a href="/fr/networks/solidarity-cities/">Villes solidaires</a>' in html
    # Greek has no translation of the network: the Greek alias is linked, never English.
    html = client.get("/el/cities/berlin/").content.decode()
    assert 'href="/el/networks/solidarity-cities/"' in html
    assert 'href="/en/networks/' not in html


@pytest.mark.django_db
def test_coordinates_country_and_slug_are_never_sent_to_translators(site_tree):
    source, _created = TranslationSource.get_or_create_from_instance(site_tree["city"])
    strings = {s.string.data for s in source.stringsegment_set.select_related("string")}
    assert "Berlin" in strings and "Abstract shapes" in strings
    location = site_tree["city"].location
    assert not any(location in s or s in ("DE", "berlin") for s in strings)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"Berlin", "Potsdam", "Lyon", "Valencia"}),
        ("?country=DE", {"Berlin", "Potsdam"}),
        ("?country=fr", {"Lyon"}),
        ("?network=solidarity-cities", {"Berlin", "Lyon"}),
        ("?network=safe-harbours&country=DE", {"Berlin", "Potsdam"}),
        ("?policy_area=social-rights", {"Berlin"}),
        ("?policy_area=participation", {"Lyon"}),
        ("?featured=true", {"Berlin"}),
        ("?country=DE&featured=on", {"Berlin"}),
    ],
)
def test_city_index_filters_return_the_right_cities(client, site_tree, query, expected):
    response = client.get(f"/en/cities/{query}")
    assert response.status_code == 200
    listed = {city.title for city in response.context["cities"]}
    assert listed == expected


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["?country=XX", "?network=nope", "?policy_area=%00"])
def test_city_index_refuses_unknown_filter_values(client, site_tree, query):
    response = client.get(f"/en/cities/{query}")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


@pytest.mark.django_db
def test_approach_index_filters_by_policy_area_country_and_city(client, site_tree):
    cases = {
        "": {"Welcome office", "Shelter", "Local vote"},
        "?policy_area=participation": {"Local vote"},
        "?policy_area=reception&country=DE": {"Shelter"},
        "?country=DE": {"Welcome office", "Shelter"},
        "?city=lyon": {"Local vote"},
    }
    for query, expected in cases.items():
        response = client.get(f"/en/approaches/{query}")
        assert response.status_code == 200
        assert {a.title for a in response.context["approaches"]} == expected, query
    assert client.get("/en/approaches/?city=atlantis").status_code == 400


@pytest.mark.django_db
def test_home_page_counts_from_the_database(client, site_tree):
    CityPageFactory(title="Lille", country="FR")
    response = client.get("/en/")
    assert response.context["figures"] == {
        "cities": 5,
        "countries": 3,
        "networks": 2,
        "approaches": 3,
    }


@pytest.mark.django_db
def test_print_stylesheet_is_linked(client, site_tree):
    html = client.get("/en/cities/berlin/").content.decode()
    assert 'href="/static/css/print.css" media="print"' in html


@pytest.mark.django_db
def test_no_asset_comes_from_a_cdn(client, site_tree):
    for url in ("/en/", "/en/cities/", "/en/cities/berlin/", "/en/networks/solidarity-cities/"):
        html = client.get(url).content.decode()
        for marker in ("unpkg.com", "cdn.", "jsdelivr", "googleapis"):
            assert marker not in html, (url, marker)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "country", "population", "date"),
    [
        ("en", "Germany", "100,000", "Nov. 1, 2026"),
        ("de", "Deutschland", "100.000", "1. November 2026"),
        ("fr", "Allemagne", "100\u00a0000", "1 novembre 2026"),
        ("pl", "Niemcy", "100\u00a0000", "1 listopada 2026"),
    ],
)
def test_country_names_numbers_and_dates_follow_the_readers_language(
    client, site_tree, code, country, population, date
):
    news = site_tree["news"]
    news.date = datetime.date(2026, 11, 1)
    news.save_revision().publish()
    city_html = client.get(f"/{code}/cities/berlin/").content.decode()
    assert country in city_html
    assert population in city_html
    assert date in client.get(f"/{code}/news/launch/").content.decode()

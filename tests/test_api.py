"""The open-data API: /api/v1/cities.geojson and /api/v1/cities.csv."""

import csv
import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from opendata.formats import CSV_COLUMNS
from tests.factories import (
    ApproachPageFactory,
    CityPageFactory,
    PolicyAreaFactory,
    add_aliases,
    publish,
)

pytestmark = pytest.mark.django_db

GEOJSON = "/api/v1/cities.geojson"
CSV = "/api/v1/cities.csv"


@pytest.fixture(autouse=True)
def fresh_cache():
    """Wagtail caches site root paths and we cache bodies; neither may leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(site_tree):
    """The test site: Berlin (featured, two approaches), Potsdam, Lyon (one approach), Valencia."""
    return site_tree


def translate(page, language_code, strings):
    """Translate `page` through wagtail-localize (replacing its alias) and publish it."""
    locale = type(page.locale).objects.get(language_code=language_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )
    translation.save_target(publish=True)
    return page.get_translation(locale)


def features(client, query=""):
    response = client.get(f"{GEOJSON}?{query}")
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/geo+json")
    return {f["properties"]["name"]: f for f in response.json()["features"]}


def test_every_live_city_with_its_fields(client, world):
    cities = features(client)
    assert sorted(cities) == ["Berlin", "Lyon", "Potsdam", "Valencia"]
    berlin = cities["Berlin"]
    assert berlin["geometry"] == {"type": "Point", "coordinates": [13.4, 52.52]}
    assert berlin["properties"] == {
        "name": "Berlin",
        "url": "http://testserver/en/cities/berlin/",
        "country": "DE",
        "country_name": "Germany",
        "population": 100_000,
        "featured": True,
        "networks": [
            {"slug": "solidarity-cities", "name": "Solidarity Cities"},
            {"slug": "safe-harbours", "name": "Safe Harbours"},
        ],
        "approaches": 2,
    }
    assert cities["Valencia"]["properties"]["networks"] == []
    assert cities["Valencia"]["properties"]["approaches"] == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=DE", ["Berlin", "Potsdam"]),
        ("country=fr", ["Lyon"]),
        ("country=PT", []),
        ("network=safe-harbours", ["Berlin", "Potsdam"]),
        ("network=solidarity-cities&country=FR", ["Lyon"]),
        ("policy_area=social-rights", ["Berlin"]),
        ("policy_area=participation", ["Lyon"]),
        ("featured=true", ["Berlin"]),
        ("featured=false", ["Lyon", "Potsdam", "Valencia"]),
        ("featured=1&network=safe-harbours", ["Berlin"]),
        ("country=&network=", ["Berlin", "Lyon", "Potsdam", "Valencia"]),
    ],
)
def test_filters(client, world, query, expected):
    assert sorted(features(client, query)) == expected


def test_policy_area_counts_only_live_approaches(client, world):
    world["local_vote"].unpublish()
    assert sorted(features(client, "policy_area=participation")) == []
    assert features(client)["Lyon"]["properties"]["approaches"] == 0


def test_only_live_and_public_cities(client, world):
    world["potsdam"].unpublish()
    CityPageFactory(title="Draft town", live=False)
    PageViewRestriction.objects.create(
        page=world["lyon"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert sorted(features(client)) == ["Berlin", "Valencia"]
    PageViewRestriction.objects.create(
        page=world["city_index"], restriction_type=PageViewRestriction.LOGIN
    )
    assert features(client) == {}


def test_names_urls_and_country_names_in_the_requested_language(client, world):
    translate(world["lyon"], "de", {"Lyon": "Lyon (de)"})
    translate(world["harbours"], "de", {"Safe Harbours": "Sichere Häfen"})

    german = features(client, "lang=de")
    assert sorted(german) == ["Berlin", "Lyon (de)", "Potsdam", "Valencia"]
    berlin = german["Berlin"]["properties"]
    assert berlin["url"] == "http://testserver/de/cities/berlin/"
    assert berlin["country_name"] == "Deutschland"
    assert berlin["networks"] == [
        {"slug": "solidarity-cities", "name": "Solidarity Cities"},
        {"slug": "safe-harbours", "name": "Sichere Häfen"},
    ]
    assert berlin["approaches"] == 2, "the approaches' aliases are counted"
    assert german["Lyon (de)"]["properties"]["country_name"] == "Frankreich"
    assert german["Lyon (de)"]["properties"]["url"] == "http://testserver/de/cities/lyon/"
    # The German filter uses the same (synchronised) slugs.
    assert sorted(features(client, "lang=de&network=safe-harbours")) == ["Berlin", "Potsdam"]

    french = features(client, "lang=fr")
    assert french["Berlin"]["properties"]["country_name"] == "Allemagne"
    assert french["Berlin"]["properties"]["url"] == "http://testserver/fr/cities/berlin/"


@pytest.mark.parametrize(
    ("query", "parameter", "a_valid_value"),
    [
        ("lang=xx", "lang", "de"),
        ("country=XX", "country", "DE"),
        ("country=Germany", "country", "FR"),
        ("network=nope", "network", "safe-harbours"),
        ("policy_area=nope", "policy_area", "social-rights"),
        ("featured=maybe", "featured", "true"),
        ("featured=", None, None),
        ("network=%00", "network", "solidarity-cities"),
        ("lang=en%00", "lang", "en"),
        ("country=D%00E", "country", "DE"),
        ("colour=red", "colour", "network"),
        ("lang=en&lang=de", "lang", None),
    ],
)
def test_bad_parameters_get_a_400_listing_the_valid_values(
    client, world, query, parameter, a_valid_value
):
    for url in (GEOJSON, CSV):
        response = client.get(f"{url}?{query}")
        if parameter is None:  # an empty value is no filter
            assert response.status_code == 200
            continue
        assert response.status_code == 400
        assert response["Content-Type"] == "application/json"
        error = response.json()["error"]
        assert error["parameter"] == parameter
        assert error["message"]
        if a_valid_value:
            assert a_valid_value in error["valid"]
        if "%00" in query:
            assert "NUL" in error["message"]


def test_unknown_country_lists_the_countries_with_cities(client, world):
    error = client.get(f"{GEOJSON}?country=XX").json()["error"]
    assert error["with_cities"] == ["DE", "ES", "FR"]


def test_etag_revalidation_and_publishing_changes_it(client, world):
    first = client.get(GEOJSON)
    etag = first["ETag"]
    assert etag.startswith('"') and "max-age" in first["Cache-Control"]
    assert client.get(GEOJSON, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(GEOJSON, HTTP_IF_NONE_MATCH=f"W/{etag}").status_code == 304
    assert client.get(f"{GEOJSON}?lang=de")["ETag"] != etag, "one tag per language"
    assert client.get(CSV)["ETag"] != etag, "one tag per format"

    potsdam = world["potsdam"]
    potsdam.population = 185_000
    publish(potsdam)
    second = client.get(GEOJSON, HTTP_IF_NONE_MATCH=etag)
    assert second.status_code == 200
    assert second["ETag"] != etag
    assert features(client)["Potsdam"]["properties"]["population"] == 185_000

    world["lyon"].unpublish()
    assert client.get(GEOJSON)["ETag"] != second["ETag"]


def test_head_is_allowed_and_other_methods_are_not(client, world):
    assert client.head(GEOJSON).status_code == 200
    assert client.post(GEOJSON).status_code == 405


def test_csv_columns_and_rows(client, world):
    response = client.get(f"{CSV}?lang=de&country=DE")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="moving-cities-de.csv"' in response["Content-Disposition"]
    # A UTF-8 byte order mark starts the file, for Excel: read it as "utf-8-sig".
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert list(rows[0]) == CSV_COLUMNS
    assert rows[0] == {
        "name": "Berlin",
        "country": "DE",
        "country_name": "Deutschland",
        "lat": "52.52",
        "lng": "13.4",
        "population": "100000",
        "featured": "true",
        "networks": "solidarity-cities;safe-harbours",
        "approaches": "2",
        "url": "http://testserver/de/cities/berlin/",
    }
    assert [row["name"] for row in rows] == ["Berlin", "Potsdam"]


def test_a_city_without_coordinates_is_in_the_csv_but_not_on_the_map(client, world):
    CityPageFactory(title="Nowhere", location="")
    assert "Nowhere" not in features(client)
    assert "Nowhere" in client.get(CSV).text


def count_queries(client, url):
    cache.clear()
    Site.get_site_root_paths()  # warm, as on a running site
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


QUERIES = ["", "lang=de", "lang=de&network=safe-harbours&policy_area=social-rights&country=DE"]


def test_query_count_does_not_grow_with_the_number_of_cities(client, world):
    few = {query: count_queries(client, f"{GEOJSON}?{query}") for query in QUERIES}
    area = PolicyAreaFactory(slug="social-rights")
    for n in range(12):
        city = CityPageFactory(
            title=f"Town {n}",
            networks=[world["harbours"], world["solidarity"]],
        )
        ApproachPageFactory(parent=city, title=f"Approach {n}", policy_areas=[area])
    add_aliases("de")
    many = {query: count_queries(client, f"{GEOJSON}?{query}") for query in QUERIES}
    for query in QUERIES:
        (few_queries, few_response), (many_queries, many_response) = few[query], many[query]
        assert len(many_response.json()["features"]) >= len(few_response.json()["features"]) + 12
        assert few_queries == many_queries, query
        assert many_queries <= 5, query


def test_wagtail_page_api_v2_lists_live_pages_by_language(client, world):
    world["valencia"].unpublish()
    response = client.get(
        "/api/v2/pages/", {"type": "citypages.CityPage", "locale": "de", "fields": "country,lat"}
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert sorted(item["title"] for item in items) == ["Berlin", "Lyon", "Potsdam"]
    assert {item["meta"]["locale"] for item in items} == {"de"}
    berlin = next(item for item in items if item["title"] == "Berlin")
    assert berlin["country"] == "DE" and berlin["lat"] == pytest.approx(52.52)

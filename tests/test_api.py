"""The open-data API: /api/v1/cities.geojson and /api/v1/cities.csv."""

import csv
import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from citypages.api import CSV_COLUMNS
from tests.factories import (
    ApproachPageFactory,
    CityIndexPageFactory,
    CityPageFactory,
    NetworkPageFactory,
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
def world(english_home):
    """Four live cities in three countries, two networks, two policy areas, two approaches."""
    harbours = NetworkPageFactory(title="Safe Harbours", slug="safe-harbours")
    solidarity = NetworkPageFactory(title="Solidarity Cities", slug="solidarity-cities")
    social = PolicyAreaFactory(name="Social rights", slug="social-rights")
    reception = PolicyAreaFactory(name="Reception", slug="reception")
    index = CityIndexPageFactory()
    munich = CityPageFactory(
        parent=index,
        title="Munich",
        country="DE",
        lat=48.137,
        lng=11.575,
        featured=True,
        networks=[harbours, solidarity],
    )
    potsdam = CityPageFactory(
        parent=index, title="Potsdam", country="DE", lat=52.40, lng=13.07, networks=[harbours]
    )
    paris = CityPageFactory(
        parent=index, title="Paris", country="FR", lat=48.857, lng=2.352, networks=[solidarity]
    )
    valencia = CityPageFactory(parent=index, title="Valencia", country="ES", lat=39.47, lng=-0.38)
    ApproachPageFactory(parent=munich, title="Health care for all", policy_areas=[social])
    ApproachPageFactory(parent=munich, title="Shelter", policy_areas=[reception])
    ApproachPageFactory(parent=paris, title="City ID", policy_areas=[social])
    return {
        "index": index,
        "munich": munich,
        "potsdam": potsdam,
        "paris": paris,
        "valencia": valencia,
        "harbours": harbours,
        "solidarity": solidarity,
    }


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
    assert sorted(cities) == ["Munich", "Paris", "Potsdam", "Valencia"]
    munich = cities["Munich"]
    assert munich["geometry"] == {"type": "Point", "coordinates": [11.575, 48.137]}
    assert munich["properties"] == {
        "name": "Munich",
        "url": "http://testserver/en/cities/munich/",
        "country": "DE",
        "country_name": "Germany",
        "population": 100_000,
        "featured": True,
        "networks": [
            {"slug": "safe-harbours", "name": "Safe Harbours"},
            {"slug": "solidarity-cities", "name": "Solidarity Cities"},
        ],
        "approaches": 2,
    }
    assert cities["Valencia"]["properties"]["networks"] == []
    assert cities["Valencia"]["properties"]["approaches"] == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=DE", ["Munich", "Potsdam"]),
        ("country=fr", ["Paris"]),
        ("country=PT", []),
        ("network=safe-harbours", ["Munich", "Potsdam"]),
        ("network=solidarity-cities&country=FR", ["Paris"]),
        ("policy_area=social-rights", ["Munich", "Paris"]),
        ("policy_area=reception", ["Munich"]),
        ("featured=true", ["Munich"]),
        ("featured=false", ["Paris", "Potsdam", "Valencia"]),
        ("featured=1&network=safe-harbours", ["Munich"]),
        ("country=&network=", ["Munich", "Paris", "Potsdam", "Valencia"]),
    ],
)
def test_filters(client, world, query, expected):
    assert sorted(features(client, query)) == expected


def test_policy_area_counts_only_live_approaches(client, world):
    approach = world["paris"].get_children().get().specific
    approach.unpublish()
    assert sorted(features(client, "policy_area=social-rights")) == ["Munich"]
    assert features(client)["Paris"]["properties"]["approaches"] == 0


def test_only_live_and_public_cities(client, world):
    world["potsdam"].unpublish()
    CityPageFactory(parent=world["index"], title="Draft town", live=False)
    PageViewRestriction.objects.create(
        page=world["paris"], restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert sorted(features(client)) == ["Munich", "Valencia"]
    PageViewRestriction.objects.create(
        page=world["index"], restriction_type=PageViewRestriction.LOGIN
    )
    assert features(client) == {}


def test_names_urls_and_country_names_in_the_requested_language(client, world):
    add_aliases("de", "fr")
    translate(world["munich"], "de", {"Munich": "München"})
    translate(world["harbours"], "de", {"Safe Harbours": "Sichere Häfen"})

    german = features(client, "lang=de")
    assert sorted(german) == ["München", "Paris", "Potsdam", "Valencia"]
    munich = german["München"]["properties"]
    assert munich["url"] == "http://testserver/de/cities/munich/"
    assert munich["country_name"] == "Deutschland"
    assert munich["networks"] == [
        {"slug": "safe-harbours", "name": "Sichere Häfen"},
        {"slug": "solidarity-cities", "name": "Solidarity Cities"},
    ]
    assert munich["approaches"] == 2, "the approaches' aliases are counted"
    assert german["Paris"]["properties"]["country_name"] == "Frankreich"
    assert german["Paris"]["properties"]["url"] == "http://testserver/de/cities/paris/"
    # The German filter uses the same (synchronised) slugs.
    assert sorted(features(client, "lang=de&network=safe-harbours")) == ["München", "Potsdam"]

    french = features(client, "lang=fr")
    assert french["Munich"]["properties"]["country_name"] == "Allemagne"
    assert french["Munich"]["properties"]["url"] == "http://testserver/fr/cities/munich/"
    assert features(client, "lang=it") == {}, "no Italian pages exist yet"


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

    world["paris"].unpublish()
    assert client.get(GEOJSON)["ETag"] != second["ETag"]


def test_head_is_allowed_and_other_methods_are_not(client, world):
    assert client.head(GEOJSON).status_code == 200
    assert client.post(GEOJSON).status_code == 405


def test_csv_columns_and_rows(client, world):
    response = client.get(f"{CSV}?lang=de&country=DE")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="moving-cities-de.csv"' in response["Content-Disposition"]
    add_aliases("de")
    rows = list(csv.DictReader(io.StringIO(client.get(f"{CSV}?lang=de&country=DE").text)))
    assert list(rows[0]) == CSV_COLUMNS
    assert rows[0] == {
        "name": "Munich",
        "country": "DE",
        "country_name": "Deutschland",
        "lat": "48.137",
        "lng": "11.575",
        "population": "100000",
        "featured": "true",
        "networks": "safe-harbours;solidarity-cities",
        "approaches": "2",
        "url": "http://testserver/de/cities/munich/",
    }
    assert [row["name"] for row in rows] == ["Munich", "Potsdam"]


def test_a_city_without_coordinates_is_in_the_csv_but_not_on_the_map(client, world):
    CityPageFactory(parent=world["index"], title="Nowhere", location="")
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
    add_aliases("de")
    few = {query: count_queries(client, f"{GEOJSON}?{query}") for query in QUERIES}
    area = PolicyAreaFactory(slug="social-rights")
    for n in range(12):
        city = CityPageFactory(
            parent=world["index"],
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
    add_aliases("de")
    world["valencia"].unpublish()
    response = client.get(
        "/api/v2/pages/", {"type": "citypages.CityPage", "locale": "de", "fields": "country,lat"}
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert sorted(item["title"] for item in items) == ["Munich", "Paris", "Potsdam"]
    assert {item["meta"]["locale"] for item in items} == {"de"}
    munich = next(item for item in items if item["title"] == "Munich")
    assert munich["country"] == "DE" and munich["lat"] == pytest.approx(48.137)

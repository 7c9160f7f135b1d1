"""Bad input, generated (hypothesis): whatever a client sends to the open-data APIs or the
search page, and whatever rows a CSV import holds, the answer is never a 500 and an
import writes all its rows or none.

Django's test client re-raises a view's exception, so a 500 fails the property with its
traceback. Kept fast: a few dozen examples each, no deadline (the machine is shared).
"""

import csv
import io
from urllib.parse import urlencode

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citypages.models import CityPage
from opendata.checks import plan_import
from opendata.gazetteer import Gazetteer
from opendata.importing import ImportConflict, apply_import

pytestmark = pytest.mark.django_db

PROPERTY = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text as clients send it: any character, with NUL, controls, quotes, percent signs,
# digits and accents drawn often, since those are what break parsers and databases.
hostile_text = st.text(
    alphabet=st.one_of(
        st.sampled_from("\x00\t\r\n %'\"-9é/."),
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
    ),
    max_size=60,
)
numbers_as_text = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
)
# Values known to have broken something somewhere, mixed into the generated ones.
edge_cases = st.sampled_from(
    ["", "de", "DE", "true", "root", "\x00", "9" * 30, "-1", "2024-13-45", "a" * 300,
     " ".join(["w"] * 300), "%", "'", "../..", "\ud7ff", "١٢٣"]
)
values = st.one_of(edge_cases, hostile_text, numbers_as_text)


def query(names):
    """A query string of up to five parameters, names from `names` or anything."""
    pair = st.tuples(st.one_of(st.sampled_from(names), hostile_text), values)
    return st.lists(pair, max_size=5).map(urlencode)


API_V1_NAMES = ["lang", "country", "network", "policy_area", "featured"]
API_V2_NAMES = [
    "type", "fields", "limit", "offset", "order", "search", "search_operator", "locale",
    "translation_of", "child_of", "descendant_of", "ancestor_of", "site", "title", "slug",
    "show_in_menus", "id", "html_path", "country", "featured", "population", "date",
]
API_V2_ENDPOINTS = [
    "/api/v2/pages/",
    "/api/v2/pages/find/",
    "/api/v2/images/",
    "/api/v2/documents/",
]


@PROPERTY
@given(fmt=st.sampled_from(["geojson", "csv"]), query_string=query(API_V1_NAMES))
def test_api_v1_answers_any_query_with_data_or_a_400(client, site_tree, fmt, query_string):
    response = client.get(f"/api/v1/cities.{fmt}?{query_string}")
    assert response.status_code in (200, 400), query_string
    if response.status_code == 400:
        assert response.json()["error"]["parameter"] is not None


# The parameters Wagtail's API v2 reads (each tried in turn, with anything beside it).
API_V2_PARSED = [
    "search", "search_operator", "locale", "offset", "limit", "order", "fields", "type",
    "child_of", "translation_of", "site", "html_path", "date", "population",
]


@pytest.mark.parametrize("name", API_V2_PARSED)
@settings(PROPERTY, max_examples=8)
@given(
    endpoint=st.sampled_from(API_V2_ENDPOINTS),
    value=values,
    others=query(API_V2_NAMES),
    type_filter=st.sampled_from(["", "type=citypages.CityPage&", "type=home.NewsPage&"]),
)
def test_api_v2_answers_any_query_without_a_server_error(
    client, site_tree, name, endpoint, value, others, type_filter
):
    if not endpoint.startswith("/api/v2/pages/"):
        type_filter = ""
    query_string = f"{type_filter}{urlencode({name: value})}&{others}"
    response = client.get(f"{endpoint}?{query_string}")
    assert response.status_code in (200, 302, 400, 404), (endpoint, query_string)


@PROPERTY
@given(
    language=st.sampled_from(["en", "de", "el", "pl"]),
    search=st.one_of(hostile_text, st.lists(hostile_text, max_size=60).map(" ".join)),
    page=values,
)
def test_search_answers_any_query_without_a_server_error(client, site_tree, language, search, page):
    response = client.get(f"/{language}/search/", {"q": search, "page": page})
    assert response.status_code in (200, 400), (search, page)


# CSV import rows ------------------------------------------------------------------------

COLUMNS = ["name", "country", "lat", "lng", "population", "networks", "featured", "why_listed"]
cell = st.one_of(hostile_text, numbers_as_text)
rows = st.fixed_dictionaries(
    {
        "name": st.one_of(st.sampled_from(["Gent", "Brno", "Berlin", ""]), hostile_text),
        "country": st.one_of(st.sampled_from(["BE", "CZ", "DE", "xx", ""]), cell),
        "lat": st.one_of(st.floats(-95, 95).map(str), cell),
        "lng": st.one_of(st.floats(-185, 185).map(str), cell),
        "population": st.one_of(st.integers(-5, 10**12).map(str), cell),
        "networks": st.one_of(st.sampled_from(["", "safe-harbours", "nope;safe-harbours"]), cell),
        "featured": st.one_of(st.sampled_from(["", "true", "no"]), cell),
        "why_listed": cell,
    }
)


def csv_bytes(records):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(records)
    return out.getvalue().encode("utf-8", "surrogatepass")


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer()


@settings(PROPERTY, max_examples=15)
@given(records=st.lists(rows, min_size=1, max_size=3))
def test_an_import_writes_every_row_or_none(site_tree, gazetteer, records):
    with transaction.atomic():
        before = CityPage.objects.filter(locale__language_code="en").count()
        plan = plan_import(csv_bytes(records), gazetteer=gazetteer)
        if plan.is_valid:
            try:
                apply_import(plan)
            except ImportConflict:
                pass  # two rows naming the same new city: refused, nothing written
            else:
                expected = before + len(plan.rows)
                assert CityPage.objects.filter(locale__language_code="en").count() == expected
                transaction.set_rollback(True)
                return
        else:
            assert plan.file_errors or any(row.errors for row in plan.rows)
        assert CityPage.objects.filter(locale__language_code="en").count() == before
        transaction.set_rollback(True)

"""The results page as a reader meets it: what a result shows, facets, paging, help, bad input."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.documents import index_pages
from search.models import SearchDocument
from tests.factories import CityPageFactory, publish

pytestmark = pytest.mark.django_db


def search(client, language="en", **params):
    return client.get(f"/{language}/search/", params)


def test_a_result_shows_its_type_country_and_an_escaped_highlighted_snippet(client, site_tree):
    valencia = site_tree["valencia"]
    valencia.why_listed = (
        'Shelters <script>alert("x")</script> refugees, 5 < 6 & "more" \ue000forged\ue001.'
    )
    publish(valencia)

    response = search(client, q="refugees")

    html = response.content.decode()
    assert '<p class="search-result__meta">City · Spain</p>' in html
    assert "<mark>refugees</mark>, 5 &lt; 6 &amp; &quot;more&quot;" in html
    assert "<script>alert" not in html
    assert "<mark>forged</mark>" not in html


def test_the_query_is_shown_escaped(client, site_tree):
    response = search(client, q="<script>alert(1)</script>")

    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "query",
    [
        '"unclosed quote',
        '"safe harbours" OR -berlin & | ! :* ( )',
        "'; DROP TABLE search_searchdocument; --",
        "1' OR '1'='1",
        "😀🏙️",
        "\\",
        "x" * 200,
    ],
)
def test_any_query_a_reader_may_type_is_answered(client, site_tree, query):
    documents = SearchDocument.objects.count()

    response = search(client, q=query)

    assert response.status_code == 200
    assert SearchDocument.objects.count() == documents


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "x" * 201}, "at most 200 characters"),
        ({"q": "a\x00b"}, "Null characters are not allowed"),
        ({"q": "Berlin", "type": "planet"}, "Select a valid choice"),
        ({"q": "Berlin", "country": "XX"}, "Select a valid choice"),
        ({"q": "Berlin", "policy_area": "astronomy"}, "Select a valid choice"),
    ],
)
def test_bad_input_gets_a_400_with_a_message(client, site_tree, params, message):
    response = search(client, **params)

    assert response.status_code == 400
    assert message in response.content.decode()


def test_an_empty_query_asks_for_a_word(client, site_tree):
    response = search(client, q="   ")

    assert response.status_code == 200
    assert "Type a word or a name" in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "99999"])
def test_a_bad_page_number_shows_a_page_of_results(client, site_tree, page):
    response = search(client, q="Berlin", page=page)

    assert response.status_code == 200
    assert response.context["results"].paginator.count == 3


def test_facet_counts_equal_the_results_they_lead_to(client, site_tree):
    for params in ({"q": "city"}, {"q": "city", "country": "DE", "type": "approach"}):
        response = search(client, **params)
        facets = response.context["facets"]
        assert any(facet.values for facet in facets)
        for facet in facets:
            for value in facet.values:
                followed = client.get(f"/en/search/?{value.query}")
                if value.selected:  # the link removes this filter
                    continue
                assert followed.status_code == 200
                assert followed.context["results"].paginator.count == value.count, (
                    params,
                    facet.name,
                    value.value,
                )


def test_facets_are_in_the_readers_language(client, site_tree):
    html = search(client, "de", q="Berlin").content.decode()

    assert "Deutschland" in html
    assert "Ansätze" in html


def make_testvilles(count):
    """`count` new English cities named Testville, indexed (as update_index would)."""
    index_pages([CityPageFactory(title=f"Testville {n}", country="DE") for n in range(count)])


def test_results_are_paged_with_queries_that_do_not_grow_with_them(client, site_tree):
    make_testvilles(11)
    search(client, q="Testville")  # Wagtail caches the site's root paths on first use

    with CaptureQueriesContext(connection) as one:
        single = search(client, q="Testville 1", country="DE")
    with CaptureQueriesContext(connection) as many:
        first = search(client, q="Testville", country="DE")
    second = search(client, q="Testville", country="DE", page=2)

    assert len(single.context["results"]) == 1
    assert first.context["results"].paginator.count == 11
    assert len(first.context["results"]) == 10
    assert len(second.context["results"]) == 1
    assert 'href="?q=Testville&amp;country=DE&amp;page=2"' in first.content.decode()
    assert len(many) == len(one), "the same queries for one result and for ten"


def test_nothing_found_offers_spelling_the_map_and_the_approaches(client, site_tree):
    response = search(client, q="Potsdm")

    html = response.content.decode()
    assert response.status_code == 200
    assert 'Did you mean: <a href="?q=Potsdam">Potsdam</a>' in html
    assert 'href="/en/cities/"' in html and 'href="/en/approaches/"' in html


def test_nothing_found_with_filters_offers_to_drop_them(client, site_tree):
    html = search(client, q="Berlin", type="news").content.decode()

    assert 'href="?q=Berlin">Search again without the type' in html


def test_the_language_switcher_keeps_the_search_but_not_the_page(client, site_tree):
    html = search(client, "de", q='Berlin "x"', type="city", page="2").content.decode()

    assert 'href="/fr/search/?q=Berlin+%22x%22&amp;type=city" hreflang="fr"' in html
    assert 'hreflang="fr" href="http://testserver/fr/search/"' in html, "alternates: no query"


def test_the_language_switcher_keeps_listing_filters(client, site_tree):
    html = client.get("/de/cities/", {"country": "DE", "page": "2"}).content.decode()

    assert 'href="/fr/cities/?country=DE" hreflang="fr"' in html

"""Suggestions as you type: city and network names, in the reader's language, as JSON."""

import pytest

pytestmark = pytest.mark.django_db


def suggest(client, query, language="en"):
    return client.get(f"/{language}/search/suggest/", {"q": query})


def titles(response):
    assert response.status_code == 200
    return [(s["title"], s["url"]) for s in response.json()["suggestions"]]


def test_cities_and_networks_are_suggested_from_the_first_letters(client, site_tree):
    assert titles(suggest(client, "pots")) == [("Potsdam", "/en/cities/potsdam/")]
    assert titles(suggest(client, "HARB")) == [("Safe Harbours", "/en/networks/safe-harbours/")]
    assert titles(suggest(client, "shel")) == [], "approaches are not suggested"
    assert titles(suggest(client, "b")) == [], "one letter is too little"


def test_suggestions_lead_to_the_readers_language(client, site_tree):
    response = suggest(client, "ber", "el")

    assert titles(response) == [("Berlin", "/el/cities/berlin/")]
    suggestion = response.json()["suggestions"][0]
    assert suggestion["type"] == "Πόλη"
    assert suggestion["country"] == "Γερμανία"
    assert response.json()["status"] == "1 πρόταση"


def test_names_starting_with_the_text_come_first_and_accents_do_not_matter(client, site_tree):
    from tests.factories import CityPageFactory, publish

    publish(CityPageFactory(title="Łódź", country="PL"))
    publish(CityPageFactory(title="Alt-Lodzburg", country="DE"))

    assert [title for title, _url in titles(suggest(client, "lodz"))] == ["Łódź", "Alt-Lodzburg"]


@pytest.mark.parametrize("query", ["x" * 201, "a\x00b"])
def test_bad_input_gets_a_400_with_a_json_message(client, site_tree, query):
    response = suggest(client, query)

    assert response.status_code == 400
    assert response.json()["error"]


def test_the_search_form_offers_suggestions_and_works_without_them(client, site_tree):
    html = client.get("/en/search/").content.decode()

    assert 'data-suggest-url="/en/search/suggest/"' in html
    assert '<form action="/en/search/" method="get" role="search"' in html
    assert '<script src="/static/search/suggest.js" defer></script>' in html

"""Search understands each language: stemming, accents, and the reader's language only.

Every stemming pair is first checked against PostgreSQL's own `to_tsvector` in our
configuration for that language (the two forms share their lexemes there, and differ
under `simple`), then a reader's query in one form must find a page holding the other.
"""

import pytest
from django.db import connection

from search.text import config_for
from tests.factories import publish, translate_page

pytestmark = pytest.mark.django_db

on_postgres = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming is PostgreSQL's; SQLite matches prefixes"
)

# (language, sentence on the page, the form in it, the form the reader types)
STEMMING_PAIRS = [
    ("en", "Both cities welcome people.", "cities", "city"),
    ("de", "Viele Städte helfen.", "Städte", "Stadt"),
    ("fr", "Les réfugiés sont accueillis.", "réfugiés", "réfugié"),
    ("el", "Οι πρόσφυγες βρίσκουν στέγη.", "πρόσφυγες", "πρόσφυγας"),
    ("it", "I rifugiati trovano casa.", "rifugiati", "rifugiato"),
    ("es", "Las políticas locales ayudan.", "políticas", "política"),
]


def lexemes(config, text):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))", [config, text]
        )
        return set(cursor.fetchone()[0])


@pytest.fixture
def news_in(site_tree, locales, django_capture_on_commit_callbacks):
    """news_in(language, intro): the test site's news item translated, and published.

    wagtail-localize publishes a translation once the transaction commits; the callbacks
    are run here as a commit would.
    """

    def translated(language, intro):
        with django_capture_on_commit_callbacks(execute=True):
            return translate_page(site_tree["news"], locales[language], {"We are live.": intro})

    return translated


@pytest.fixture
def news_everywhere(site_tree):
    """The news item holding `text`, published: its alias in each language follows.

    An alias is indexed in its own language's configuration, so one publish puts the
    text into all seven (cheaper than seven translations, and the same index rows).
    """

    def published(text):
        news = site_tree["news"]
        news.intro = text
        publish(news)
        return "/news/launch/"

    return published


def result_urls(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    results = response.context.get("results")
    return [result.url for result in results] if results is not None else []


@on_postgres
def test_an_inflected_query_finds_a_page_with_another_form(client, news_everywhere):
    path = news_everywhere(" ".join(sentence for _code, sentence, _w, _q in STEMMING_PAIRS))

    for language, sentence, written, query in STEMMING_PAIRS:
        config = config_for(language)
        assert written in sentence
        assert lexemes(config, written) == lexemes(config, query), f"{config} stems them alike"
        assert lexemes("simple", written) != lexemes("simple", query), "the forms really differ"
        assert f"/{language}{path}" in result_urls(client, language, query), (language, query)


ACCENTS = [
    ("el", "Η ΒΑΡΚΕΛΩΝΗ υποδέχεται.", ["Βαρκελωνη", "βαρκελώνη", "ΥΠΟΔΕΧΕΤΑΙ"]),
    ("pl", "Gdańsk, Łódź i Krakow pomagają.", ["Gdansk", "lodz", "Kraków"]),
]


def test_accents_and_case_do_not_matter(client, news_everywhere):
    path = news_everywhere(" ".join(sentence for _code, sentence, _queries in ACCENTS))

    for language, sentence, queries in ACCENTS:
        for query in queries:
            if connection.vendor == "postgresql":
                config = config_for(language)
                assert lexemes(config, query) <= lexemes(config, sentence), (config, query)
            assert f"/{language}{path}" in result_urls(client, language, query), (language, query)


def test_a_german_query_finds_german_pages_only(client, news_in):
    german = news_in("de", "Die Städte öffnen ihre Türen.")
    greek = news_in("el", "Οι πόλεις ανοίγουν τις πόρτες τους.")

    assert result_urls(client, "de", "Städte") == [german.url]
    for language in ("en", "fr", "el", "it", "pl", "es"):
        assert german.url not in result_urls(client, language, "Städte")
    assert result_urls(client, "el", "πόλεις") == [greek.url]
    assert result_urls(client, "de", "πόλεις") == []


def test_untranslated_pages_are_found_in_every_language_and_marked(client, site_tree):
    """An alias shows the English text: found in German, marked as English."""
    response = client.get("/de/search/", {"q": "Potsdam"})

    potsdam = response.context["results"][0]
    assert potsdam.url == "/de/cities/potsdam/"
    html = response.content.decode()
    assert '<a href="/de/cities/potsdam/" lang="en">Potsdam</a>' in html
    assert '<span class="lang-mark" lang="de">Auf Englisch</span>' in html


@on_postgres
def test_a_german_compound_is_found_when_the_word_itself_is_nowhere(client, news_everywhere):
    """German joins words: "Flüchtlinge" should find "Flüchtlingsaufnahme", saying so."""
    path = news_everywhere("Die Flüchtlingsaufnahme der Stadt.")

    response = client.get("/de/search/", {"q": "Flüchtlinge"})

    assert [result.url for result in response.context["results"]] == [f"/de{path}"]
    assert response.context["broadened"]
    assert "<mark>Flüchtlingsaufnahme</mark>" in response.content.decode()

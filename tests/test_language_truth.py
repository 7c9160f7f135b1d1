"""Readers always know what is in which language (core.coverage): an alias or a translation
with nothing translated is presented as English; a partly translated page says so and
marks its English parts; cards and lists mark English items; hreflang, the canonical link
and the sitemap count a version only where its text is translated."""

import re

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from core.coverage import NOT_TRANSLATED, PARTLY, SOURCE, TRANSLATED, language_states
from tests.factories import CityPageFactory, translate_everything
from translation.testing import PASSWORD, make_translator, start_translation

pytestmark = pytest.mark.django_db

# Berlin's German text for 4 of its 21 segments: the title, the summary and two headings.
GERMAN = {
    "Berlin": "Berlin",
    "A featured city.": "Eine Stadt mit Profil.",
    "Introduction": "Einleitung",
    "Milestones": "Meilensteine",
}


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def alternates(soup):
    return {link["hreflang"] for link in soup.find_all("link", rel="alternate", hreflang=True)}


def canonical(soup):
    return soup.find("link", rel="canonical")["href"]


def german(page):
    return page.get_translation(Locale.objects.get(language_code="de")).specific


def test_states_alias_partly_translated_and_written_by_hand(site_tree):
    berlin, lyon = site_tree["berlin"], site_tree["lyon"]
    berlin_de, lyon_de = german(berlin), german(lyon)
    states = {page.pk: page.language_state for page in language_states([berlin, berlin_de])}
    assert states[berlin.pk].status == SOURCE
    assert states[berlin_de.pk].status == NOT_TRANSLATED, "an alias"

    _translation, berlin_de = start_translation(berlin, "de", GERMAN)
    state = language_states([berlin_de])[0].language_state
    assert (state.status, state.missing, state.segments) == (PARTLY, 17, 21)
    quote = next(block for block in berlin_de.body if block.block_type == "quote")
    heading = next(block for block in berlin_de.body if block.block_type == "heading")
    timeline = next(block for block in berlin_de.body if block.block_type == "timeline")
    assert state.part_language("summary") == ("de", True)
    assert state.part_language(f"body.{quote.id}") == ("en", True)
    assert state.part_language(f"body.{heading.id}") == ("de", True)
    assert state.part_language(f"body.{timeline.id}") == ("de", False), "heading only"

    lyon_de = translate_everything(lyon, Locale.objects.get(language_code="de"))
    assert language_states([lyon_de])[0].language_state.status == TRANSLATED

    # Edited and published by hand after wagtail-localize wrote it: the person's text.
    lyon_de.refresh_from_db()
    lyon_de.save_revision().publish()
    lyon_de.refresh_from_db()
    assert language_states([lyon_de])[0].language_state.status == TRANSLATED


def test_starting_a_translation_keeps_the_alias_for_readers(site_tree, client):
    """The reported finding: "Translate this page" put English live under /de/ as German."""
    index = site_tree["city_index"]
    city = CityPageFactory(parent=index, title="Wuppertal", slug="wuppertal", country="DE")
    from translation.synctree import synchronise_locale_trees

    synchronise_locale_trees()
    translator = make_translator("de")
    client.login(username=translator.username, password=PASSWORD)
    german_locale = Locale.objects.get(language_code="de")
    url = reverse("wagtail_localize:submit_page_translation", args=[city.pk])
    assert client.post(url, {"locales": [german_locale.pk]}).status_code == 302
    alias = city.get_translation(german_locale)
    assert alias.alias_of_id == city.pk and alias.live

    # Publishing from the translation editor with nothing translated keeps it an alias too.
    edit = reverse("wagtailadmin_pages:edit", args=[alias.pk])
    assert client.post(edit, {"action": "publish"}).status_code == 302
    alias.refresh_from_db()
    assert alias.alias_of_id == city.pk

    client.logout()
    soup = html_of(client, "/de/cities/wuppertal/")
    assert soup.html["lang"] == "de"
    assert soup.find(class_="notice--untranslated")
    assert soup.find(class_="page-content")["lang"] == "en"
    assert "de" not in alternates(soup)
    assert canonical(soup) == "http://testserver/en/cities/wuppertal/"
    assert "/de/cities/wuppertal/</loc>" not in client.get("/sitemap.xml").content.decode()


def test_a_partly_translated_page_says_so_and_marks_its_english_parts(site_tree, client):
    start_translation(site_tree["berlin"], "de", GERMAN)
    soup = html_of(client, "/de/cities/berlin/")
    notice = soup.find(class_="notice--partly")
    assert notice and "Englisch" in notice.get_text(), "the notice, in German"
    assert not soup.find(class_="notice--untranslated")
    assert soup.find(class_="page-content").get("lang") is None
    assert soup.h1.get("lang") is None and soup.h1.get_text(strip=True) == "Berlin"
    assert soup.find("p", class_="lead").get_text() == "Eine Stadt mit Profil."

    parts = soup.find_all(class_="lang-part")
    english = [part for part in parts if part.get("lang") == "en"]
    assert any("We help first." in part.get_text() for part in english), "the quote"
    for part in english:
        mark = part.find(class_="lang-mark")
        assert mark.get_text() == "Auf Englisch" and mark["lang"] == "de"
    timeline = next(part for part in parts if "Meilensteine" in part.get_text())
    assert timeline.get("lang") is None, "mostly German"
    assert timeline.find(class_="lang-mark").get_text() == "Teilweise auf Englisch"
    heading = soup.find(string="Einleitung")
    assert not heading.find_parent(class_="lang-part"), "translated blocks are left alone"

    assert "de" in alternates(soup)
    assert canonical(soup) == "http://testserver/de/cities/berlin/"
    assert "/de/cities/berlin/</loc>" in client.get("/sitemap.xml").content.decode()


def test_cards_and_lists_mark_english_items(site_tree, client):
    translate_everything(site_tree["city_index"], Locale.objects.get(language_code="el"))
    greek = {"Berlin": "Βερολίνο", "A featured city.": "Πόλη."}
    start_translation(site_tree["berlin"], "el", greek)
    soup = html_of(client, "/el/cities/")
    cards = {card["data-city"]: card for card in soup.select("#city-list .card")}
    berlin, potsdam = cards["berlin"], cards["potsdam"]
    assert berlin.h3.a.get("lang") is None and berlin.h3.get_text(strip=True) == "Βερολίνο"
    assert not berlin.find(class_="lang-mark"), "partly translated, title and summary Greek"
    assert potsdam.h3.a["lang"] == "en"
    assert potsdam.find(class_="lang-mark").get_text() == "Στα αγγλικά"
    assert potsdam.find("p", lang="en"), "the English text of an untranslated city"

    # Menus: an untranslated page keeps its English title, with its `lang`.
    footer = {a.get_text(): a for a in soup.select(".site-footer a")}
    assert footer["About"]["lang"] == "en"

    # On an untranslated page (English, lang="en"), a translated card says it is Greek.
    soup = html_of(client, "/el/networks/")
    assert soup.find(class_="page-content")["lang"] == "en"
    soup = html_of(client, "/el/")
    featured = soup.find("a", string=re.compile("Βερολίνο"))
    assert featured["lang"] == "el"


def test_listing_queries_do_not_grow_with_translated_cards(site_tree, client, settings):
    settings.RESPONSE_CACHE_SECONDS = 0  # count renders, not page-cache hits
    greek = Locale.objects.get(language_code="el")
    translate_everything(site_tree["city_index"], greek)
    client.get("/el/cities/")  # caches (site root paths, locales) warmed as in production
    with CaptureQueriesContext(connection) as few:
        client.get("/el/cities/")
    for number in range(4):
        city = CityPageFactory(title=f"Town {number}", country="GR")
        from translation.synctree import synchronise_locale_trees

        synchronise_locale_trees(language_codes=["el"])
        start_translation(city, "el", {f"Town {number}": f"Πόλη {number}"})
    client.get("/el/cities/")  # menus and filters cached again after the changes
    with CaptureQueriesContext(connection) as many:
        response = client.get("/el/cities/")
    assert response.content.decode().count("lang-mark") >= 4
    assert len(many) == len(few)

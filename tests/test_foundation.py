"""The site skeleton: seven languages, their home pages, redirects and error pages."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from wagtail.models import Locale

from tests.world import LANGUAGE_CODES

pytestmark = pytest.mark.django_db


def test_seven_locales_and_home_pages_exist_after_migrate(home_pages):
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == sorted(LANGUAGE_CODES)
    assert sorted(home_pages) == sorted(LANGUAGE_CODES)
    english = home_pages["en"]
    for page in home_pages.values():
        assert page.translation_key == english.translation_key
        assert page.live


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_home_page_renders_in_its_language_with_all_alternates(client, translated_home_pages, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(rf'<html lang="{code}"', html)
    for other in LANGUAGE_CODES:
        assert f'hreflang="{other}" href="http://testserver/{other}/"' in html
    assert 'href="#main"' in html, "skip link"


def test_untranslated_home_page_says_so_and_points_to_the_english_page(client, home_pages):
    html = client.get("/it/").content.decode()
    with translation.override("it"):
        notice = translation.gettext(
            "This page has not been translated into your language yet, so it is shown in English."
        )
    assert notice.startswith("Questa pagina"), "the notice is in the reader's language"
    assert f'role="note">{notice}</p>' in html
    assert '<html lang="it"' in html
    assert 'hreflang="en" href="http://testserver/en/"' in html
    assert 'hreflang="it"' not in html.split("<body")[0], "an alias is not a translation"
    assert '<link rel="canonical" href="http://testserver/en/">' in html
    assert 'class="page-content" lang="en"' in html


def test_root_redirects_by_accept_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="el-GR,el;q=0.9,en;q=0.5")
    assert response.status_code == 302
    assert response["Location"] == "/el/"


def test_root_redirects_to_english_without_a_known_language(client):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="tlh")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_unknown_language_prefix_is_a_404(client):
    response = client.get("/xx/")
    assert response.status_code == 404


def test_unprefixed_path_redirects_into_the_readers_language(client):
    response = client.get("/search/", HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 302
    assert response["Location"] == "/de/search/"


def test_404_page_is_in_the_readers_language(client):
    response = client.get("/de/diese-seite-gibt-es-nicht/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="de"' in html
    assert "Seite nicht gefunden" in html


def test_500_page_renders_in_the_readers_language(rf):
    from django.template.loader import render_to_string

    with translation.override("fr"):
        html = render_to_string("500.html")
    assert '<html lang="fr"' in html
    assert "Erreur du serveur" in html


def test_language_switcher_leads_to_the_same_page_in_each_language(client):
    html = client.get("/fr/").content.decode()
    for code in LANGUAGE_CODES:
        assert f'<a href="/{code}/" hreflang="{code}" lang="{code}"' in html


def test_search_page_answers_in_each_language(client):
    for code in LANGUAGE_CODES:
        response = client.get(f"/{code}/search/", {"q": "Moving"})
        assert response.status_code == 200


def test_search_refuses_a_nul_byte_with_a_400(client):
    response = client.get("/en/search/", {"q": "a\x00b"})
    assert response.status_code == 400


def test_production_settings_refuse_to_start_without_secrets(monkeypatch):
    import importlib
    import sys

    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/test")
    sys.modules.pop("movingcities.settings.production", None)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY is not set"):
        importlib.import_module("movingcities.settings.production")
    sys.modules.pop("movingcities.settings.production", None)


def test_sitemap_lists_every_language_but_not_untranslated_aliases(client, home_pages, locales):
    from tests.factories import translate_everything, translate_page

    translate_everything(home_pages["en"], locales["de"])
    translate_page(home_pages["en"], locales["fr"])  # converted, nothing translated
    xml = client.get("/sitemap.xml").content.decode()
    assert "/en/</loc>" in xml and "/de/</loc>" in xml
    assert "/it/</loc>" not in xml, "an alias is not listed"
    assert "/fr/</loc>" not in xml, "a translation with nothing translated is not listed"

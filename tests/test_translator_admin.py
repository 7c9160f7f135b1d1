"""A translator's admin offers only what a translator may do, in their language, and shows
the true state of each page."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.models import Locale

from tests.factories import translate_everything
from translation.testing import (
    PASSWORD,
    make_moderator,
    make_translator,
    make_user,
    start_translation,
)

pytestmark = pytest.mark.django_db

RESTRUCTURING = ("/move/", "/copy/", "/delete/", "/unpublish/", "ordering=ord")


@pytest.fixture
def german(client):
    client.login(username=make_translator("de").username, password=PASSWORD)
    return client


@pytest.fixture
def pages(site_tree):
    """German: Berlin partly translated, Lyon translated, the city index translated."""
    de = Locale.objects.get(language_code="de")
    _translation, berlin = start_translation(site_tree["berlin"], "de", {"Berlin": "Berlin"})
    return {
        "home": site_tree["home"].get_translation(de),
        "index": translate_everything(site_tree["city_index"], de),
        "berlin": berlin,
        "lyon": translate_everything(site_tree["lyon"], de),
        "potsdam": site_tree["potsdam"].get_translation(de),
        "potsdam_en": site_tree["potsdam"],
        "social": site_tree["social"],
        "reception": site_tree["reception"],
    }


def links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get("href", "") for a in soup.find_all("a")]


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def test_the_page_listing_offers_a_translator_no_restructuring_and_shows_each_state(
    pages, german
):
    response = german.get(reverse("wagtailadmin_explore", args=[pages["index"].pk]))
    assert response.status_code == 200
    hrefs = links(response)
    assert not [href for href in hrefs if any(part in href for part in RESTRUCTURING)]
    assert b"data-bulk-action-checkbox" not in response.content, "no bulk actions"
    assert reverse("wagtailadmin_pages:edit", args=[pages["berlin"].pk]) in hrefs
    english_index = pages["index"].get_translation(Locale.objects.get(language_code="en"))
    assert reverse("wagtailadmin_explore", args=[english_index.pk]) not in hrefs, (
        "the language menu names only the translator's languages"
    )

    soup = BeautifulSoup(response.content, "html.parser")
    states = {
        row.find("a", href=reverse("wagtailadmin_pages:edit", args=[page.pk])).get_text(
            strip=True
        ): row.find(attrs={"data-translation-status": True}).get_text(strip=True)
        for row in soup.select("tbody tr")
        for page in (pages["berlin"], pages["lyon"], pages["potsdam"])
        if row.find("a", href=reverse("wagtailadmin_pages:edit", args=[page.pk]))
    }
    assert states == {
        "Berlin": "Partly translated, 20 missing",  # 1 of its 21 segments translated
        "Lyon": "Translated",
        "Potsdam": "Not started",
    }

    search = german.get(
        reverse("wagtailadmin_explore", args=[pages["index"].pk]), {"q": "Berlin"}
    )
    assert search.status_code == 200 and b"data-translation-status" in search.content

    # The same on the page header of the editor.
    response = german.get(reverse("wagtailadmin_pages:edit", args=[pages["home"].pk]))
    assert not [href for href in links(response) if any(p in href for p in RESTRUCTURING)]


def test_a_moderator_keeps_restructuring_and_bulk_actions(pages, client):
    client.login(username=make_moderator().username, password=PASSWORD)
    response = client.get(reverse("wagtailadmin_explore", args=[pages["index"].pk]))
    assert b"data-bulk-action-checkbox" in response.content
    assert [href for href in links(response) if "/move/" in href]


def test_a_translator_cannot_take_their_language_offline(pages, german):
    for page in (pages["home"], pages["lyon"]):
        url = reverse("wagtailadmin_pages:unpublish", args=[page.pk])
        assert refused(german.get(url))
        assert refused(german.post(url, {"include_descendants": "on"}))
        page.refresh_from_db()
        assert page.live
    bulk = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "unpublish"])
    response = german.post(f"{bulk}?id={pages['lyon'].pk}", {})
    pages["lyon"].refresh_from_db()
    assert pages["lyon"].live, response.status_code


def test_translate_this_page_is_offered_only_with_a_language_left(pages, german):
    submit = reverse("wagtail_localize:submit_page_translation", args=[pages["potsdam_en"].pk])
    listing = reverse("wagtailadmin_explore", args=[pages["index"].pk])
    alias_screen = links(german.get(reverse("wagtailadmin_pages:edit", args=[pages["potsdam"].pk])))
    assert "/en/cities/potsdam/" in alias_screen, "the English page, read-only"
    assert reverse("wagtailadmin_pages:edit", args=[pages["potsdam_en"].pk]) not in alias_screen
    assert any(href.startswith(submit) for href in links(german.get(listing)))
    lyon_submit = reverse("wagtail_localize:submit_page_translation", args=[pages["lyon"].pk])
    assert not any(href.startswith(lyon_submit) for href in links(german.get(listing)))

    german.post(submit, {"locales": [pages["potsdam"].locale_id]})
    assert not any(href.startswith(submit) for href in links(german.get(listing))), (
        "started: Edit opens the translation editor"
    )
    response = german.get(reverse("wagtailadmin_pages:edit", args=[pages["potsdam"].pk]))
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_snippet_listings_and_choosers_open_in_the_translators_language(pages, german, client):
    listing = reverse("wagtailsnippets_citypages_policyarea:list")
    response = german.get(listing)
    assert response.status_code == 302 and response["Location"].endswith("?locale=de")
    assert german.get(listing + "?locale=").status_code == 200, "all languages on request"

    # "Translate" only for a policy area not yet in German.
    social, reception = pages["social"], pages["reception"]
    start_translation(social, "de", {"Social rights": "Soziale Rechte"})
    hrefs = links(german.get(listing + "?locale=en"))
    submit = "/admin/localize/submit/snippet/citypages/policyarea/{}/"
    assert submit.format(reception.pk) in [href.split("?")[0] for href in hrefs]
    assert submit.format(social.pk) not in [href.split("?")[0] for href in hrefs]

    chooser = reverse("wagtailadmin_choose_page_search")
    response = german.get(chooser, {"q": "Harbours", "page_type": "citypages.networkpage"})
    chosen = [page.locale.language_code for page in response.context["pages"]]
    assert chosen == ["de"], "one network, in German, not seven"

    admin = make_user("admin-user")
    admin.is_superuser = True
    admin.save()
    client.force_login(admin)
    assert client.get(listing).status_code == 200


def test_the_translation_editor_opens_the_english_page_read_only(pages, german):
    response = german.get(reverse("wagtailadmin_pages:edit", args=[pages["berlin"].pk]))
    hrefs = links(response)
    assert "/en/cities/berlin/" in hrefs, "the English page as readers see it"
    english_edit = reverse("wagtailadmin_pages:edit", args=[pages["berlin"].alias_of_id or 0])
    assert english_edit not in hrefs
    for other in Locale.objects.exclude(language_code__in=["de"]):
        translation = pages["berlin"].get_translation_or_none(other)
        if translation is not None:
            assert reverse("wagtailadmin_pages:edit", args=[translation.pk]) not in hrefs

"""The Greek translator translates a city page in wagtail-localize's editor, publishes it,
and readers see the Greek text on the Greek page."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.admin_login import sign_in
from tests.factories import CityPageFactory
from translation.synctree import synchronise_locale_trees
from translation.testing import make_translator, start_translation

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SUMMARY = "A port city where newcomers find a home."
GREEK_SUMMARY = "Μια πόλη-λιμάνι όπου οι νεοφερμένοι βρίσκουν σπίτι."


@pytest.fixture
def greek_city(site_tree):
    """Thessaloniki in English; in Greek a wagtail-localize translation, nothing translated yet."""
    index = site_tree["city_index"]
    city = CityPageFactory(
        parent=index, title="Thessaloniki", slug="thessaloniki", country="GR", summary=SUMMARY
    )
    synchronise_locale_trees()
    _translation, greek = start_translation(index, "el")
    _translation, greek = start_translation(city, "el")
    return greek


def test_greek_translator_translates_and_publishes_a_city(live_server, page, greek_city):
    translator = make_translator("el")

    sign_in(page, live_server.url, translator.username)

    page.goto(f"{live_server.url}/admin/pages/{greek_city.pk}/edit/")
    segment = page.locator("li.incomplete").filter(has_text=SUMMARY)
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill(GREEK_SUMMARY)
    segment.get_by_role("button", name="Save").click()
    saved = page.locator("li.complete").filter(has_text=GREEK_SUMMARY)
    expect(saved).to_be_visible()
    expect(saved.get_by_role("button", name="Edit")).to_be_visible()

    page.get_by_role("button", name=re.compile("Publish in")).click()
    expect(page.get_by_text(re.compile("Published 'Thessaloniki' in"))).to_be_visible()

    page.goto(f"{live_server.url}/el/cities/thessaloniki/")
    expect(page.locator("html")).to_have_attribute("lang", "el")
    expect(page.get_by_text(GREEK_SUMMARY)).to_be_visible()

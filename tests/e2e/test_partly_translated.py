"""The German translator starts translating a city, translates part of it and publishes;
the reader sees the German text, the English parts marked and the notice; the progress
report says "partly translated, N missing"."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from translation.testing import PASSWORD, make_translator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SUMMARY = "A featured city."
GERMAN_SUMMARY = "Eine Stadt mit ausführlichem Profil."


def test_german_translator_publishes_a_partly_translated_city(live_server, page, site_tree):
    translator = make_translator("de")
    alias = site_tree["berlin"].get_translation(Locale.objects.get(language_code="de"))

    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label(re.compile("username", re.IGNORECASE)).fill(translator.username)
    page.get_by_label(re.compile("password", re.IGNORECASE)).fill(PASSWORD)
    page.get_by_role("button", name=re.compile("sign in", re.IGNORECASE)).click()
    page.wait_for_url(f"{live_server.url}/admin/")

    # Converting: the alias offers "Translate this page"; the form offers German only.
    page.goto(f"{live_server.url}/admin/pages/{alias.pk}/edit/")
    page.get_by_role("link", name="Translate this page").click()
    expect(page.get_by_label("Deutsch")).to_be_checked()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{alias.pk}/edit/")
    page.wait_for_load_state("networkidle")

    # Readers still get the alias: English, said so, until translated text is published.
    reader = page.context.new_page()
    reader.goto(f"{live_server.url}/de/cities/berlin/")
    expect(reader.locator(".notice--untranslated")).to_be_visible()
    expect(reader.locator(".page-content")).to_have_attribute("lang", "en")

    # The translation editor: one segment translated, then published.
    segment = page.locator("li.incomplete").filter(has_text=SUMMARY)
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill(GERMAN_SUMMARY)
    expect(segment.locator("textarea")).to_have_value(GERMAN_SUMMARY)
    segment.get_by_role("button", name="Save").click()
    expect(page.locator("li.complete").filter(has_text=GERMAN_SUMMARY)).to_be_visible()
    page.get_by_role("button", name=re.compile("Publish in")).click()
    expect(page.get_by_text(re.compile("Published 'Berlin' in"))).to_be_visible()

    reader.goto(f"{live_server.url}/de/cities/berlin/")
    expect(reader.locator("html")).to_have_attribute("lang", "de")
    expect(reader.get_by_text(GERMAN_SUMMARY)).to_be_visible()
    expect(reader.locator(".notice--partly")).to_be_visible()
    expect(reader.locator(".notice--partly")).to_contain_text("Englisch")
    quote = reader.locator('.lang-part[lang="en"]').filter(has_text="We help first.")
    expect(quote).to_be_visible()
    expect(quote.locator(".lang-mark")).to_have_text("Auf Englisch")

    # The translator's report: partly translated, and how much is missing.
    page.goto(f"{live_server.url}/admin/reports/translation-progress/de/?status=partly")
    row = page.locator("tr").filter(has_text="Berlin")
    expect(row).to_contain_text("Partly translated, 20 missing")

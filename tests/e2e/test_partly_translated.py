"""The German translator starts translating a city, translates part of it and publishes;
the reader sees the German text, the English parts marked and the notice; the progress
report says "partly translated, N missing"."""

import re

import pytest
from playwright.sync_api import expect
from wagtail.models import Locale

from tests.e2e.admin_login import sign_in
from translation.testing import make_translator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SUMMARY = "A featured city."
GERMAN_SUMMARY = "Eine Stadt mit ausführlichem Profil."


def test_german_translator_publishes_a_partly_translated_city(live_server, page, site_tree):
    translator = make_translator("de")
    alias = site_tree["berlin"].get_translation(Locale.objects.get(language_code="de"))

    sign_in(page, live_server.url, translator.username)

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
    # The React editor may render the segment once more just after it opens, emptying a
    # box filled too early: type again until the text stays, as a person would.
    box = segment.locator("textarea")
    for _attempt in range(3):
        box.fill(GERMAN_SUMMARY)
        page.wait_for_timeout(300)
        if box.input_value() == GERMAN_SUMMARY:
            break
    expect(box).to_have_value(GERMAN_SUMMARY)
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

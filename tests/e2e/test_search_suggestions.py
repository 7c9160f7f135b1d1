"""A reader searches: results and suggestions pass axe; a suggestion is picked by keyboard."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.test_accessibility import serious_violations

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_results_and_suggestions_by_keyboard_and_without_a_suggestion(live_server, page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/en/search/?q=Berlin")
    expect(page.get_by_role("link", name="Berlin", exact=True)).to_be_visible()
    assert serious_violations(page) == [], "results page with facets"

    box = page.get_by_role("combobox", name="Search the site")
    box.fill("")
    box.press_sequentially("pots", delay=30)
    option = page.get_by_role("option", name=re.compile("Potsdam"))
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("status").filter(has_text="1 suggestion")).to_have_count(1)
    assert serious_violations(page) == [], "open list of suggestions"

    box.press("Escape")
    expect(option).to_be_hidden()
    box.press("ArrowDown")
    expect(option).to_have_attribute("aria-selected", "true")
    box.press("Enter")
    page.wait_for_url(f"{live_server.url}/en/cities/potsdam/")

    page.goto(f"{live_server.url}/en/search/")
    box = page.get_by_role("combobox", name="Search the site")
    box.fill("Potsdam")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/en/search/\?q=Potsdam$"))
    expect(page.get_by_role("link", name="Potsdam", exact=True)).to_be_visible()
    assert errors == []

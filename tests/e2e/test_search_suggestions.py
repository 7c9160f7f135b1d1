"""A reader types a city's name, picks a suggestion with the keyboard, and lands on it."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_suggestions_while_typing_and_the_plain_form(live_server, page):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/en/search/")
    box = page.get_by_role("combobox", name="Search the site")

    box.press_sequentially("pots", delay=30)
    option = page.get_by_role("option", name=re.compile("Potsdam"))
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(page.get_by_role("status").filter(has_text="1 suggestion")).to_have_count(1)

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

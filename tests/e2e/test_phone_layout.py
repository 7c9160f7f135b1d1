"""A phone reader's first screen (390×844): a compact header with a menu button, the map on
the home page's first screen, a profile's facts before its text."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_phone_header_menu_map_and_facts(live_server, phone_page, site_tree):
    page = phone_page
    page.goto(f"{live_server.url}/en/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] <= 80, header  # one row: brand and menu button
    assert page.locator("[data-map]").bounding_box()["y"] < 844 - 150  # the map shows
    search = page.locator(".site-nav").get_by_role("link", name="Search", exact=True)
    assert not search.is_visible()
    menu = page.get_by_role("button", name="Menu")
    menu.tap()
    assert menu.get_attribute("aria-expanded") == "true"
    search.wait_for()
    assert page.locator(".language-switcher").is_visible()
    page.keyboard.press("Escape")
    assert menu.get_attribute("aria-expanded") == "false"

    page.goto(f"{live_server.url}/en/cities/berlin/")
    facts = page.locator("dl.facts").bounding_box()
    text = page.locator(".prose").bounding_box()
    assert facts["y"] < text["y"] and facts["y"] < 844, (facts, text)

"""A reader changes language with the switcher and lands on the same page."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_switch_from_german_to_polish(live_server, page):
    page.goto(f"{live_server.url}/de/")
    assert page.locator("html").get_attribute("lang") == "de"
    page.get_by_role("navigation", name="Sprache").get_by_role("link", name="Polski").click()
    page.wait_for_url(f"{live_server.url}/pl/")
    assert page.locator("html").get_attribute("lang") == "pl"

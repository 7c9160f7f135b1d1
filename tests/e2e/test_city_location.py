"""An editor who publishes a new city without placing it on the map is stopped."""

import re

import pytest
from playwright.sync_api import expect

from citypages.models import CityPage
from tests.e2e.admin_login import sign_in
from translation.testing import make_moderator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_publishing_a_city_without_a_location_is_refused(live_server, page, site_tree):
    moderator = make_moderator()
    sign_in(page, live_server.url, moderator.username)

    index = site_tree["city_index"]
    page.goto(f"{live_server.url}/admin/pages/add/citypages/citypage/{index.pk}/")
    page.locator("#id_title").fill("Audithausen")
    page.get_by_role("tab", name="Place").click()
    page.locator("#id_country").select_option("DE")
    page.locator("button.w-dropdown__toggle.button").click()  # the footer's "more actions"
    page.get_by_role("button", name=re.compile("^Publish")).click()

    page.get_by_role("tab", name="Place").click()
    expect(page.get_by_text("Place the city on the map before publishing")).to_be_visible()
    # Refused means not published; the admin may still keep the form as a draft in the
    # background (a draft may wait for its location: tests/test_city_location.py).
    assert not CityPage.objects.live().filter(title="Audithausen").exists()


def test_an_editor_finds_wuppertal_by_name_and_publishes_it_there(live_server, page, site_tree):
    moderator = make_moderator()
    sign_in(page, live_server.url, moderator.username)

    index = site_tree["city_index"]
    page.goto(f"{live_server.url}/admin/pages/add/citypages/citypage/{index.pk}/")
    page.locator("#id_title").fill("Wuppertal")
    page.get_by_role("tab", name="Place").click()
    page.locator("#id_country").select_option("DE")
    page.get_by_label("Find a place by name").fill("Wuppertal")
    page.get_by_role("button", name="Find", exact=True).click()
    page.locator(".place-search__results button").first.click()
    page.locator("button.w-dropdown__toggle.button").click()  # the footer's "more actions"
    page.get_by_role("button", name=re.compile("^Publish")).click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/"))

    city = CityPage.objects.get(title="Wuppertal", locale__language_code="en")
    assert city.live
    assert abs(city.lat - 51.26) < 0.05 and abs(city.lng - 7.15) < 0.05

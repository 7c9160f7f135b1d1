"""The city's location picker in the admin, as an editor uses it.

A new city starts with no location and says so; a click on the map places it; a city
without a location cannot be published. Autosave is off (`without_autosave`): these tests
save when they mean to.
"""

import re

import pytest
from playwright.sync_api import expect

from citypages.models import CityPage
from core.geo import parse_point
from tests.e2e.admin_login import sign_in
from translation.testing import make_moderator

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("without_autosave"),
]

EMPTY_NOTE = "No location yet: search a place, click the map or type 'latitude, longitude'."


def open_new_city_form(page, live_server, site_tree, title):
    sign_in(page, live_server.url, make_moderator().username)
    index = site_tree["city_index"]
    page.goto(f"{live_server.url}/admin/pages/add/citypages/citypage/{index.pk}/")
    page.locator("#id_title").fill(title)
    page.get_by_role("tab", name="Place").click()
    page.locator("#id_country").select_option("DE")


def wait_for_map(page):
    """The picker lays its map out once the tab showing it is visible."""
    page.locator("#id_location_map[data-sized]").wait_for()


def publish(page):
    page.locator("button.w-dropdown__toggle.button").click()  # the footer's "more actions"
    page.get_by_role("button", name=re.compile("^Publish")).click()


def test_a_new_city_shows_no_marker_and_stores_nothing(live_server, page, site_tree):
    open_new_city_form(page, live_server, site_tree, "Audithausen")
    wait_for_map(page)

    expect(page.get_by_text(EMPTY_NOTE)).to_be_visible()
    expect(page.locator("#id_location_map .leaflet-marker-icon")).to_have_count(0)
    expect(page.locator("#id_location_latlng")).to_have_value("")
    expect(page.locator("#id_location")).to_have_value("")


def test_a_click_on_the_map_places_the_city_and_is_saved(live_server, page, site_tree):
    open_new_city_form(page, live_server, site_tree, "Audithausen")
    wait_for_map(page)

    # An empty picker is centred on settings.MAP_CENTRE; click the middle of the map.
    page.locator("#id_location_map").click()

    expect(page.locator("#id_location_map .leaflet-marker-icon")).to_have_count(1)
    expect(page.get_by_text(EMPTY_NOTE)).to_be_hidden()
    page.get_by_role("button", name="Save draft").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))

    city = CityPage.objects.get(title="Audithausen", locale__language_code="en")
    lat, lng = parse_point(city.get_latest_revision_as_object().location)
    assert abs(lat - 50.0) < 0.5 and abs(lng - 10.0) < 0.5


def test_an_existing_city_shows_its_marker_and_clearing_removes_it(live_server, page, site_tree):
    sign_in(page, live_server.url, make_moderator().username)
    city = site_tree["berlin"]
    page.goto(f"{live_server.url}/admin/pages/{city.pk}/edit/")
    page.get_by_role("tab", name="Place").click()
    wait_for_map(page)

    marker = page.locator("#id_location_map .leaflet-marker-icon")
    expect(marker).to_have_count(1)
    lat, lng = city.lat, city.lng
    box = page.locator("#id_location_latlng")
    assert [round(float(part), 4) for part in box.input_value().split(",")] == [
        round(lat, 4),
        round(lng, 4),
    ]

    box.fill("")
    expect(marker).to_have_count(0)
    expect(page.get_by_text(EMPTY_NOTE)).to_be_visible()
    expect(page.locator("#id_location")).to_have_value("")


def test_publishing_a_city_without_a_location_is_refused(live_server, page, site_tree):
    open_new_city_form(page, live_server, site_tree, "Audithausen")
    publish(page)

    page.get_by_role("tab", name="Place").click()
    expect(page.get_by_text("Place the city on the map before publishing")).to_be_visible()
    assert not CityPage.objects.filter(title="Audithausen").exists()


def test_an_editor_finds_wuppertal_by_name_and_publishes_it_there(live_server, page, site_tree):
    open_new_city_form(page, live_server, site_tree, "Wuppertal")
    page.get_by_label("Find a place by name").fill("Wuppertal")
    page.get_by_role("button", name="Find", exact=True).click()
    page.locator(".place-search__results button").first.click()
    publish(page)
    page.wait_for_url(re.compile(r"/admin/pages/\d+/"))

    city = CityPage.objects.get(title="Wuppertal", locale__language_code="en")
    assert city.live
    assert abs(city.lat - 51.26) < 0.05 and abs(city.lng - 7.15) < 0.05

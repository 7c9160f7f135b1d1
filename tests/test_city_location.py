"""A city is published only with a place on the map (an empty one would vanish from it)."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from citypages.models import CityPage

pytestmark = pytest.mark.django_db


def city_form(location, action):
    return nested_form_data(
        {
            "title": "Audithausen",
            "slug": "audithausen",
            "country": "DE",
            "location": location,
            "population": "",
            "subtitle": "",
            "summary": "",
            "why_listed": "A demo town.",
            "report": "",
            "key_takeaways": streamfield([]),
            "body": streamfield([]),
            "network_links": inline_formset([]),
            "comments": inline_formset([]),
            action: "1",
        }
    )


def add_city(client, site_tree, location, action):
    index = site_tree["city_index"]
    url = reverse("wagtailadmin_pages:add", args=["citypages", "citypage", index.pk])
    return client.post(url, city_form(location, action))


def test_publishing_a_city_without_a_location_is_refused(admin_client, site_tree):
    response = add_city(admin_client, site_tree, "", "action-publish")
    assert response.status_code == 200
    assert "Place the city on the map before publishing" in response.content.decode()
    assert not CityPage.objects.filter(slug="audithausen").exists()


def test_a_draft_may_wait_for_its_location_and_a_placed_city_is_published(
    admin_client, site_tree
):
    assert add_city(admin_client, site_tree, "", "action-save").status_code == 302
    draft = CityPage.objects.get(slug="audithausen", locale__language_code="en")
    assert not draft.live
    draft.delete()
    point = "SRID=4326;POINT(7.18 51.26)"
    assert add_city(admin_client, site_tree, point, "action-publish").status_code == 302
    assert CityPage.objects.get(slug="audithausen", locale__language_code="en").live


def test_the_picker_finds_a_place_by_name_in_the_offline_gazetteer(admin_client, client):
    url = reverse("opendata_place_search")
    response = admin_client.get(url, {"q": "Wuppertal", "country": "DE"})
    assert response.status_code == 200
    [first, *_others] = response.json()["results"]
    assert first["name"] == "Wuppertal"
    assert abs(first["lat"] - 51.26) < 0.1 and abs(first["lng"] - 7.18) < 0.1
    assert admin_client.get(url, {"q": "Wuppertal"}).status_code == 400  # no country
    assert admin_client.get(url, {"q": "", "country": "DE"}).status_code == 400
    assert client.get(url, {"q": "Wuppertal", "country": "DE"}).status_code == 302  # login

"""The search index stays current: publish, unpublish, restrict, move, rename, delete.

A reader's search is the judge: each test asks /<lang>/search/ what it finds.
"""

import pytest
from django.core.management import call_command
from wagtail.models import Page, PageViewRestriction

from home.models import NewsPage
from search.models import SearchDocument
from tests.factories import publish

pytestmark = pytest.mark.django_db


def found(client, query, language="en"):
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    return [result.url for result in response.context["results"]]


def test_publishing_makes_a_page_findable_at_once_and_unpublishing_removes_it(
    client, site_tree
):
    news = site_tree["news_index"].add_child(
        instance=NewsPage(title="Zebra crossings", slug="zebra", intro="Stripes.", live=False)
    )
    assert found(client, "zebra") == []

    publish(news)
    assert found(client, "zebra") == ["/en/news/zebra/"]

    news.save_revision()  # a draft: its text is not searchable before it is published
    news.intro = "Unicorns."
    news.save_revision()
    assert found(client, "unicorns") == []

    news.unpublish()
    assert found(client, "zebra") == []


def test_a_restricted_page_and_its_subpages_cannot_be_found(client, site_tree):
    berlin = site_tree["berlin"]
    assert "/en/cities/berlin/" in found(client, "Berlin")

    PageViewRestriction.objects.create(
        page=berlin, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert found(client, "Berlin") == []
    assert found(client, "Shelter") == [], "an approach under the restricted city"
    assert found(client, "Potsdam") == ["/en/cities/potsdam/"]


def test_a_restriction_on_a_german_page_hides_it_in_german(client, site_tree, locales):
    german = site_tree["potsdam"].get_translation(locales["de"])
    PageViewRestriction.objects.create(
        page=german, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert found(client, "Potsdam", "de") == []


def test_renaming_a_city_renames_it_in_its_approaches(client, site_tree):
    lyon = site_tree["lyon"]
    lyon.title = "Lugdunum"
    publish(lyon)

    assert found(client, "Lugdunum") == ["/en/cities/lyon/", "/en/cities/lyon/local-vote/"]
    assert "/de/cities/lyon/local-vote/" in found(client, "Lugdunum", "de"), "aliases follow"
    assert "/en/cities/lyon/local-vote/" not in found(client, "Lyon")


def test_renaming_a_network_finds_its_member_cities_by_the_new_name(client, site_tree):
    harbours = site_tree["harbours"]
    harbours.title = "Ports of Refuge"
    publish(harbours)

    assert set(found(client, "Ports of Refuge")) == {
        "/en/networks/safe-harbours/",
        "/en/cities/berlin/",
        "/en/cities/potsdam/",
    }
    assert "/en/cities/potsdam/" not in found(client, "Harbours")


def test_renaming_a_policy_area_finds_its_approaches_by_the_new_name(client, site_tree):
    reception = site_tree["reception"]
    reception.name = "Sanctuary"
    reception.save()

    assert found(client, "Sanctuary") == ["/en/cities/berlin/shelter/"]


def test_deleting_a_network_forgets_its_name_in_member_cities(
    client, site_tree, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site_tree["harbours"].delete()

    assert found(client, "Harbours") == []


def test_a_moved_approach_is_found_by_its_new_city(client, site_tree):
    shelter = site_tree["shelter"]
    assert "/en/cities/berlin/shelter/" in found(client, "Germany")

    shelter.move(site_tree["lyon"], pos="last-child")

    assert "/en/cities/lyon/shelter/" in found(client, "France")
    assert "/en/cities/lyon/shelter/" not in found(client, "Germany")


def test_update_index_rebuilds_every_language(client, site_tree):
    SearchDocument.objects.all().delete()
    assert found(client, "Potsdam") == []

    call_command("update_index", backend_name="pages", verbosity=0)

    pages = Page.objects.filter(depth__gt=1)
    assert SearchDocument.objects.count() == pages.count()
    configs = dict(
        SearchDocument.objects.filter(page__slug="potsdam").values_list(
            "locale__language_code", "config"
        )
    )
    assert configs == {
        "en": "mc_english",
        "de": "mc_german",
        "fr": "mc_french",
        "el": "mc_greek",
        "it": "mc_italian",
        "pl": "mc_polish",
        "es": "mc_spanish",
    }
    assert found(client, "Potsdam", "pl") == ["/pl/cities/potsdam/"]

"""Editors find cities by country and profile, and approaches by policy area and country,
in flat admin listings (Cities, Approaches); a translator lists their language only."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from citypages.models import CityIndexPage, CityPage
from translation.testing import PASSWORD, make_editor, make_moderator, make_translator

pytestmark = pytest.mark.django_db


def listed(client, listing, **filters):
    """(title, language) of every page the listing shows with these filters."""
    response = client.get(reverse(f"{listing}:index"), filters)
    assert response.status_code == 200
    return sorted((page.title, page.locale.language_code) for page in response.context["pages"])


def titles(client, listing, **filters):
    return sorted(title for title, _language in listed(client, listing, **filters))


@pytest.fixture
def editor(client):
    client.login(username=make_editor().username, password=PASSWORD)
    return client


def test_the_listings_are_in_the_admin_menu(editor, site_tree):
    menu = editor.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("city_listing:index") in menu
    assert reverse("approach_listing:index") in menu


def test_cities_by_country_and_profile(editor, site_tree):
    assert titles(editor, "city_listing") == ["Berlin", "Lyon", "Potsdam", "Valencia"]
    assert titles(editor, "city_listing", country="DE") == ["Berlin", "Potsdam"]
    assert titles(editor, "city_listing", featured="true") == ["Berlin"]
    assert titles(editor, "city_listing", featured="false", country="DE") == ["Potsdam"]
    assert titles(editor, "city_listing", country="FR", featured="true") == []


def test_the_country_filter_offers_only_countries_with_cities(editor, site_tree):
    response = editor.get(reverse("city_listing:index"))
    choices = dict(response.context["filters"].form.fields["country"].choices)
    assert set(choices) - {""} == {"DE", "FR", "ES"}
    assert choices["DE"] == "Germany"


def test_approaches_by_policy_area_and_by_their_citys_country(editor, site_tree):
    everything = ["Local vote", "Shelter", "Welcome office"]
    assert titles(editor, "approach_listing") == everything
    assert titles(editor, "approach_listing", policy_area="reception") == ["Shelter"]
    assert titles(editor, "approach_listing", country="FR") == ["Local vote"]
    assert titles(editor, "approach_listing", country="DE") == ["Shelter", "Welcome office"]
    assert titles(editor, "approach_listing", country="DE", policy_area="participation") == []


def test_filters_and_the_admin_search_work_together(editor, site_tree):
    assert titles(editor, "city_listing", country="DE", q="Pots") == ["Potsdam"]
    assert titles(editor, "approach_listing", country="DE", q="Shel") == ["Shelter"]


def test_an_unknown_filter_value_is_named_in_the_filters(editor, site_tree):
    response = editor.get(reverse("city_listing:index"), {"country": "XX"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_a_translator_lists_only_their_language(client, site_tree):
    client.login(username=make_translator("el").username, password=PASSWORD)
    cities = listed(client, "city_listing")
    assert cities == [("Berlin", "el"), ("Lyon", "el"), ("Potsdam", "el"), ("Valencia", "el")]
    assert listed(client, "approach_listing", policy_area="reception") == [("Shelter", "el")]
    assert listed(client, "city_listing", country="DE", locale="en") == []


def test_a_moderator_lists_every_language_and_narrows_to_one(admin_client, site_tree):
    berlins = listed(admin_client, "city_listing", featured="true")
    assert {language for _title, language in berlins} == {"en", "de", "fr", "el", "it", "pl", "es"}
    assert listed(admin_client, "city_listing", featured="true", locale="pl") == [("Berlin", "pl")]


def listing_queries(client, url):
    assert client.get(url).status_code == 200  # warms per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.parametrize("role", ["moderator", "editor", "translator"])
def test_listings_ask_no_query_per_row(client, site_tree, role):
    """Found at 1,000 cities (bench/admin_trial.py): each row of Cities, Approaches and the
    explorer asked wagtail-localize's buttons three queries, and an editor's Delete button
    two more; a page of 50 cities took 277. Now the same count for 4 and for 24 rows."""
    user = {
        "moderator": lambda: make_moderator(),
        "editor": lambda: make_editor(),
        "translator": lambda: make_translator("de"),
    }[role]()
    client.login(username=user.username, password=PASSWORD)
    language = "de" if role == "translator" else "en"
    index = CityIndexPage.objects.get(locale__language_code=language)
    urls = [
        reverse("city_listing:index"),
        reverse("city_listing:index") + "?featured=false",
        reverse("approach_listing:index"),
        reverse("wagtailadmin_explore", args=[index.pk]),
    ]
    call_command("generate_cities", count=2, seed=1, aliases=True, approaches=2, verbosity=0)
    small = {url: listing_queries(client, url) for url in urls}
    call_command("generate_cities", count=20, seed=2, aliases=True, approaches=10, verbosity=0)
    large = {url: listing_queries(client, url) for url in urls}
    assert small == large


def test_a_deep_page_annotates_only_its_own_rows(admin_client, site_tree):
    """Found at 1,000 cities: the last of 196 pages took 3.4 s, the first 0.5 s, because
    PostgreSQL computes a row's subqueries (buttons, translation status) for every row that
    OFFSET skips. The query that pages through the cities selects ids only."""
    call_command("generate_cities", count=60, seed=3, verbosity=0)
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get(reverse("city_listing:index"), {"p": 2, "locale": "en"})
    assert response.status_code == 200
    assert len(response.context["pages"]) == 64 - 50
    paging = [q["sql"] for q in queries.captured_queries if "OFFSET" in q["sql"]]
    assert paging and not any("EXISTS" in sql for sql in paging)


@pytest.mark.parametrize("role", ["moderator", "translator"])
def test_the_rows_offer_the_translation_buttons_wagtail_localize_would(client, site_tree, role):
    """The buttons made from the listing's annotations are the ones wagtail-localize's hook
    (with our "a language left" rule) makes asking per row: Translate, and Sync for a
    page with a translation started."""
    from wagtail.models import Page

    from translation.testing import start_translation
    from translation.wagtail_hooks import translation_buttons

    start_translation(site_tree["berlin"], "fr", publish=False)
    start_translation(site_tree["potsdam"], "de")  # nothing left for a German translator
    user = make_moderator() if role == "moderator" else make_translator("de")
    client.login(username=user.username, password=PASSWORD)
    rows = client.get(reverse("city_listing:index")).context["pages"]
    offered = {}
    for row in rows:
        annotated = sorted(button.url for button in translation_buttons(row, user))
        plain = Page.objects.get(pk=row.pk)
        asked = sorted(button.url for button in translation_buttons(plain, user))
        assert annotated == asked, row
        offered[(row.title, row.locale.language_code)] = annotated
    sync = reverse("wagtail_localize:update_translations", args=[0]).rsplit("0/", 1)[0]
    if role == "moderator":
        assert any(url.startswith(sync) for url in offered[("Berlin", "en")])
    else:
        assert offered[("Potsdam", "de")] == [] and offered[("Lyon", "de")]


def test_an_editors_delete_button_answers_as_wagtail_does(site_tree):
    """can_delete answered from the row (translation.patches) for an editor: a live city
    is refused, a draft city without subpages allowed, a draft with a live approach below
    refused (asked of Wagtail, as before)."""
    from wagtail.models import Page

    from translation import patches

    editor = make_editor()
    drafts = CityPage.objects.filter(locale__language_code="en")
    draft_leaf, draft_parent = drafts.filter(numchild=0)[0], drafts.filter(numchild__gt=0)[0]
    Page.objects.filter(pk__in=[draft_leaf.pk, draft_parent.pk]).update(live=False)
    live = drafts.filter(live=True).exclude(pk__in=[draft_leaf.pk, draft_parent.pk])[0]
    upstream = patches.upstream("wagtail.models.pages:PagePermissionTester.can_delete")
    answers = {}
    for name, page in [("live", live), ("draft leaf", draft_leaf), ("draft parent", draft_parent)]:
        page.refresh_from_db()
        tester = page.permissions_for_user(editor)
        answers[name] = tester.can_delete()
        assert answers[name] == upstream(tester), name
    assert answers == {"live": False, "draft leaf": True, "draft parent": False}

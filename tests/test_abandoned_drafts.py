"""A "new city" form left half-filled: what it leaves, how to go back to it, how it is cleared.

Wagtail 8 saves the add form in the background (autosave), which creates the page as a
draft. A draft gets no language copies before it is first published (translation.synctree);
starting the same city again points to the draft (core.wagtail_hooks); and
`purge_abandoned_drafts` clears drafts nobody came back to (translation.drafts).
"""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, Workflow

from citypages.models import CityPage
from tests.test_city_location import city_form

pytestmark = pytest.mark.django_db

POINT = "SRID=4326;POINT(7.18 51.26)"
OTHER_LANGUAGES = ["de", "el", "es", "fr", "it", "pl"]


def add_url(site_tree):
    return reverse(
        "wagtailadmin_pages:add", args=["citypages", "citypage", site_tree["city_index"].pk]
    )


def languages_of(page):
    return sorted(
        Page.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .values_list("locale__language_code", flat=True)
    )


def autosave(client, site_tree, location=""):
    """The add form as Wagtail's autosave posts it: a draft save that expects JSON."""
    return client.post(
        add_url(site_tree), city_form(location, "action-save"), HTTP_ACCEPT="application/json"
    )


def test_an_autosaved_new_city_is_a_draft_without_language_copies(admin_client, site_tree):
    response = autosave(admin_client, site_tree)
    assert response.status_code == 200 and response.json()["success"]

    draft = CityPage.objects.get(slug="audithausen", locale__language_code="en")
    assert not draft.live
    assert languages_of(draft) == []


def test_publishing_the_draft_gives_it_its_language_copies(admin_client, site_tree):
    autosave(admin_client, site_tree)
    draft = CityPage.objects.get(slug="audithausen", locale__language_code="en")
    edit = reverse("wagtailadmin_pages:edit", args=[draft.pk])

    response = admin_client.post(edit, city_form(POINT, "action-publish"))

    assert response.status_code == 302
    assert languages_of(draft) == OTHER_LANGUAGES
    german = CityPage.objects.get(translation_key=draft.translation_key, locale__language_code="de")
    assert german.alias_of_id == draft.pk and german.live


def test_a_city_published_at_once_gets_its_language_copies(admin_client, site_tree):
    assert (
        admin_client.post(add_url(site_tree), city_form(POINT, "action-publish")).status_code == 302
    )
    assert (
        languages_of(CityPage.objects.get(slug="audithausen", locale__language_code="en"))
        == OTHER_LANGUAGES
    )


@pytest.mark.parametrize("slug", ["audithausen", ""], ids=["slug", "slug left to the title"])
def test_starting_the_city_again_points_to_its_draft(admin_client, site_tree, slug):
    autosave(admin_client, site_tree)
    draft = CityPage.objects.get(slug="audithausen", locale__language_code="en")
    form = city_form("", "action-save")
    form["slug"] = slug
    form["country"] = ""  # still being filled in: nothing is created either way

    response = admin_client.post(add_url(site_tree), form)

    assert response.status_code == 200
    html = response.content.decode()
    assert "“Audithausen” was started here before and never published" in html
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in html
    assert "Continue editing it" in html
    assert CityPage.objects.filter(slug="audithausen").count() == 1  # no copies either


def test_a_slug_taken_by_a_published_city_gets_no_pointer_to_a_draft(admin_client, site_tree):
    form = city_form("", "action-save")
    form["slug"] = site_tree["berlin"].slug
    html = admin_client.post(add_url(site_tree), form).content.decode()
    assert "is already in use" in html
    assert "never published" not in html


def draft_city(index, title, days_ago):
    """A never-published city whose latest revision is `days_ago` days old."""
    city = CityPage(title=title, slug=title.lower(), country="DE", live=False)
    index.add_child(instance=city)
    revision = city.save_revision()
    edited = timezone.now() - timedelta(days=days_ago)
    type(revision).objects.filter(pk=revision.pk).update(created_at=edited)
    Page.objects.filter(pk=city.pk).update(latest_revision_created_at=edited)
    city.refresh_from_db()
    return city


def test_purge_deletes_old_abandoned_drafts_and_their_copies(site_tree):
    index = site_tree["city_index"]
    abandoned = draft_city(index, "Abandonville", days_ago=40)
    # An alias, as wagtail-localize made for every draft before translation.synctree.
    abandoned.copy_for_translation(Locale.objects.get(language_code="de"), alias=True)
    draft_city(index, "Recentburg", days_ago=2)
    reviewed = draft_city(index, "Reviewstadt", days_ago=40)
    Workflow.objects.get(name="Editorial review").start(reviewed, user=None)
    unpublished = draft_city(index, "Unpublishedheim", days_ago=40)
    Page.objects.filter(pk=unpublished.pk).update(first_published_at=timezone.now())
    # A translation saved as a draft, never published, of a published city: not abandoned.
    french = site_tree["potsdam"].get_translation(Locale.objects.get(language_code="fr"))
    Page.objects.filter(pk=french.pk).update(
        alias_of=None,
        live=False,
        first_published_at=None,
        latest_revision_created_at=timezone.now() - timedelta(days=40),
    )

    dry = StringIO()
    call_command("purge_abandoned_drafts", "--older-than", "30", "--dry-run", stdout=dry)
    assert "Would delete “Abandonville”" in dry.getvalue()
    assert "copies in de" in dry.getvalue()
    assert CityPage.objects.filter(title="Abandonville").count() == 2

    out = StringIO()
    call_command("purge_abandoned_drafts", "--older-than", "30", stdout=out)

    assert "Deleted “Abandonville”" in out.getvalue()
    assert not CityPage.objects.filter(translation_key=abandoned.translation_key).exists()
    remaining = set(
        CityPage.objects.filter(locale__language_code="en").values_list("title", flat=True)
    )
    assert {"Recentburg", "Reviewstadt", "Unpublishedheim", "Berlin"} <= remaining
    assert Page.objects.filter(pk=french.pk).exists()


def test_purge_keeps_published_pages_and_refuses_a_zero_age(site_tree):
    before = Page.objects.count()
    out = StringIO()
    call_command("purge_abandoned_drafts", "--older-than", "1", stdout=out)
    assert Page.objects.count() == before
    assert "No draft older than 1 days" in out.getvalue()
    with pytest.raises(CommandError):
        call_command("purge_abandoned_drafts", "--older-than", "0")


def test_the_dry_run_asks_no_query_per_draft(site_tree):
    """Found with 100 abandoned imported drafts (bench/admin_trial.py): four queries per
    draft (two for its subpages, one for its copies, one for the languages following
    English). Now the same count for 2 drafts and for 8, each with a German copy."""
    index = site_tree["city_index"]
    german = Locale.objects.get(language_code="de")

    def add_drafts(names):
        for name in names:
            draft_city(index, name, days_ago=40).copy_for_translation(german, alias=True)

    def dry_run():
        out = StringIO()
        with CaptureQueriesContext(connection) as queries:
            call_command("purge_abandoned_drafts", "--older-than", "30", "--dry-run", stdout=out)
        return len(queries), out.getvalue().count("copies in de")

    add_drafts(["Adorf", "Bdorf"])
    small = dry_run()
    add_drafts(["Cdorf", "Ddorf", "Edorf", "Fdorf", "Gdorf", "Hdorf"])
    large = dry_run()
    assert (small[1], large[1]) == (2, 8)
    assert small[0] == large[0]

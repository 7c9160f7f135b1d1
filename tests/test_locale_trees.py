"""Every English page exists in the six other languages, and stays so when editors
create, copy, move or delete pages; `sync_locale_trees` repairs anything else."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.actions.move_page import MovePageAction
from wagtail.models import Locale, Page

from tests.factories import CityPageFactory
from translation.testing import make_translator, start_translation

pytestmark = pytest.mark.django_db

OTHER_LANGUAGES = ["de", "fr", "el", "it", "pl", "es"]


@pytest.fixture
def admin_client(client):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    return client


@pytest.fixture
def cities(site_tree):
    """Lyon with its approach "Local vote", and Potsdam, in every language."""
    return {
        "index": site_tree["city_index"],
        "lyon": site_tree["lyon"],
        "potsdam": site_tree["potsdam"],
        "approach": site_tree["local_vote"],
    }


def versions(page):
    """{language code: the page's version in that language} (alias or translation)."""
    return {
        version.locale.language_code: version
        for version in Page.objects.filter(translation_key=page.translation_key).select_related(
            "locale"
        )
    }


def parent_key(page):
    return page.get_parent().translation_key


def test_sync_locale_trees_creates_missing_aliases_and_is_idempotent(site_tree):
    index = site_tree["city_index"]
    city = CityPageFactory(parent=index, title="Gent", slug="gent", country="BE")
    assert set(versions(city)) == {"en"}

    out = io.StringIO()
    call_command("sync_locale_trees", stdout=out)
    assert "de: created alias of /home/cities/gent/ (Gent)" in out.getvalue()
    assert "6 aliases created, 0 pages moved." in out.getvalue()  # one in each language
    for code, version in versions(city).items():
        if code != "en":
            assert version.alias_of_id == city.pk
            assert parent_key(version) == index.translation_key

    out = io.StringIO()
    call_command("sync_locale_trees", stdout=out)
    assert "0 aliases created, 0 pages moved." in out.getvalue()
    assert out.getvalue().count(": in sync") == len(OTHER_LANGUAGES)


def test_dry_run_changes_nothing(site_tree):
    city = CityPageFactory(title="Gent", slug="gent", country="BE")
    out = io.StringIO()
    call_command("sync_locale_trees", "--dry-run", stdout=out)
    assert "would create alias of /home/cities/gent/" in out.getvalue()
    assert set(versions(city)) == {"en"}


def test_copying_a_page_in_the_admin_aliases_the_copy_and_its_subpages(cities, admin_client):
    lyon = cities["lyon"]
    response = admin_client.post(
        reverse("wagtailadmin_pages:copy", args=[lyon.pk]),
        {
            "new_title": "Lyon (copy)",
            "new_slug": "lyon-copy",
            "new_parent_page": cities["index"].pk,
            "copy_subpages": "on",
            "publish_copies": "on",
        },
    )
    assert response.status_code == 302
    copy = Page.objects.get(slug="lyon-copy", locale__language_code="en")
    copied_approach = copy.get_children().get()
    for page in (copy, copied_approach):
        assert set(versions(page)) == {"en", *OTHER_LANGUAGES}
        for code, version in versions(page).items():
            if code != "en":
                assert version.alias_of_id == page.pk
                assert parent_key(version) == parent_key(page)


def test_moving_a_page_moves_its_translations_and_aliases(cities, admin_client):
    approach, potsdam = cities["approach"], cities["potsdam"]
    _translation, french_approach = start_translation(approach, "fr", {"Local vote": "Vote local"})
    response = admin_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[approach.pk, potsdam.pk])
    )
    assert response.status_code == 302
    approach.refresh_from_db()
    assert approach.get_parent().pk == potsdam.pk
    for code, version in versions(approach).items():
        assert parent_key(version) == potsdam.translation_key, code
        assert version.get_parent().locale.language_code == code
    french_approach.refresh_from_db()
    assert french_approach.title == "Vote local"
    assert french_approach.alias_of_id is None


def test_a_move_made_in_code_is_followed_too(cities):
    approach, potsdam = cities["approach"], cities["potsdam"]
    approach.move(potsdam, pos="last-child")
    for code, version in versions(approach).items():
        assert parent_key(version) == potsdam.translation_key, code


def test_deleting_an_english_page_deletes_its_versions_in_other_languages(cities, admin_client):
    approach = cities["approach"]
    start_translation(approach, "de")
    keys = approach.translation_key
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[approach.pk]))
    assert response.status_code == 302
    assert not Page.objects.filter(translation_key=keys).exists()


def confirmation_rows(html):
    """The rows of the delete confirmation's "deleted with it" table, as lists of cell texts."""
    section = html.split('id="copies-deleted-heading"', 1)[1].split("</section>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", section, flags=re.S)[1:]  # after the header
    return [
        [
            " ".join(re.sub(r"<[^>]+>", " ", cell).split())
            for cell in re.findall(r"<td>(.*?)</td>", row, flags=re.S)
        ]
        for row in rows
    ]


def test_the_delete_confirmation_lists_every_language_version_deleted_with_it(cities, admin_client):
    lyon = cities["lyon"]
    start_translation(lyon, "fr", {"Lyon": "Lyon-sur-Rhône"})
    url = reverse("wagtailadmin_pages:delete", args=[lyon.pk])

    rows = confirmation_rows(admin_client.get(url).content.decode())

    expected = []
    for code in sorted(OTHER_LANGUAGES):
        locale = Locale.objects.get(language_code=code)
        if code == "fr":
            french = lyon.get_translation(locale)  # published, with a draft left by the editor
            expected.append(
                [
                    locale.get_display_name(),
                    "Lyon-sur-Rhône",
                    "Translation and 1 subpage",
                    french.status_string,
                ]
            )
        else:
            expected.append(
                [
                    locale.get_display_name(),
                    "Lyon",
                    "Alias of this page (not translated) and 1 subpage",
                    "live",
                ]
            )
    assert rows == expected

    assert admin_client.post(url).status_code == 302
    assert not Page.objects.filter(translation_key=lyon.translation_key).exists()
    assert not Page.objects.filter(translation_key=cities["approach"].translation_key).exists()


def test_a_translator_cannot_reach_the_delete_confirmation(cities, client):
    lyon = cities["lyon"]
    client.force_login(make_translator("de"))
    german = lyon.get_translation(Locale.objects.get(language_code="de"))
    for page in (lyon, german):
        response = client.get(reverse("wagtailadmin_pages:delete", args=[page.pk]))
        assert response.status_code in (302, 403), page.locale
        assert b"copies-deleted-heading" not in response.content
    assert Page.objects.filter(translation_key=lyon.translation_key).count() == 7


def test_sync_locale_trees_moves_a_misplaced_translation_back(cities):
    german = Locale.objects.get(language_code="de")
    approach = cities["approach"].get_translation(german)
    wrong_parent = cities["potsdam"].get_translation(german)
    MovePageAction(approach, wrong_parent, pos="last-child").execute(skip_permission_checks=True)
    out = io.StringIO()
    call_command("sync_locale_trees", stdout=out)
    assert "de: moved" in out.getvalue()
    approach.refresh_from_db()
    assert parent_key(approach) == cities["lyon"].translation_key

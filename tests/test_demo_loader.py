"""The demo loader, on the small dataset in tests/data/demo/ (the real demo takes a minute).

English pages are created and published, the other languages get aliases, the pages and
snippets marked `translated` are translated through wagtail-localize with the PO files'
strings, and a second run creates nothing.
"""

import io
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation

from citypages.models import ApproachPage, CityPage, NetworkPage, PolicyArea
from home.models import HomePage, NewsPage, StandardPage

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parent / "data" / "demo"
OTHER_LANGUAGES = ["de", "fr", "el", "it", "pl", "es"]


def load(capture_on_commit):
    """Run the command on the test dataset; wagtail-localize publishes translations on
    commit, so the callbacks run as they would outside the test's transaction."""
    out = io.StringIO()
    with capture_on_commit(execute=True):
        call_command(
            "load_demo_content",
            content_dir=DATA / "content",
            locale_dir=DATA / "locale",
            stdout=out,
            stderr=io.StringIO(),
        )
    return out.getvalue()


def empty_the_site():
    """The site as `migrate` leaves it: seven home pages, nothing below them, no snippets
    and no images."""
    Page.objects.filter(depth__gt=2).delete()
    PolicyArea.objects.all().delete()
    get_image_model().objects.all().delete()


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """The test dataset loaded once for the module, inside a transaction rolled back at its
    end; each test still runs in its own savepoint, so what a test changes is undone."""
    with django_db_blocker.unblock(), transaction.atomic():
        empty_the_site()
        yield load(TestCase.captureOnCommitCallbacks)
        transaction.set_rollback(True)


def versions(page):
    """{language code: page} of `page` in every language (alias or translation)."""
    return {
        version.locale.language_code: version.specific
        for version in Page.objects.filter(translation_key=page.translation_key).select_related(
            "locale"
        )
    }


def english(model, **filters):
    return model.objects.get(locale__language_code="en", **filters)


def test_english_pages_are_created_and_published(loaded):
    assert "10 pages created" in loaded
    home = english(HomePage, depth=2)
    assert home.intro == "<p>Cities that welcome.</p>"
    assert [page.slug for page in home.get_children()] == [
        "cities",
        "approaches",
        "networks",
        "news",
        "about",
    ]
    gdansk = english(CityPage, slug="gdansk")
    assert gdansk.live and gdansk.live_revision_id and gdansk.featured
    assert gdansk.subtitle == "A model for integration"
    assert [link.network.slug for link in gdansk.network_links.all()] == ["solidarity-cities"]
    image = next(block.value for block in gdansk.body if block.block_type == "image")
    assert image["image"].title == "Gdańsk: an abstract harbour"
    # Drawn by demo/images.py: honestly credited, and so publishable (images/clearance.py).
    assert image["image"].credit == "Moving Cities demo (generated illustration)"
    assert image["image"].get_licence_display() == "CC0 1.0"
    assert get_image_model().objects.count() == 1
    approach = english(ApproachPage, slug="gdansk-integration-model")
    assert approach.get_parent().pk == gdansk.pk and approach.live_revision_id
    assert [link.policy_area.slug for link in approach.policy_area_links.all()] == ["social-rights"]
    assert english(CityPage, slug="ghent").why_listed == "A member of Solidarity Cities."
    assert english(NewsPage, slug="launch").date.isoformat() == "2026-01-20"
    assert english(StandardPage, slug="about").live


def test_other_languages_get_aliases(loaded):
    network = english(NetworkPage, slug="solidarity-cities")
    about = english(StandardPage, slug="about")
    ghent = english(CityPage, slug="ghent")
    for page in (network, about, ghent):
        copies = versions(page)
        assert set(copies) == {"en", *OTHER_LANGUAGES}
        for code in OTHER_LANGUAGES:
            if page == ghent and code == "it":
                continue  # named "Gand" in Italian (city_names.yaml)
            assert copies[code].alias_of_id == page.pk, (page.slug, code)
            assert copies[code].get_parent().locale.language_code == code


def test_cities_carry_their_established_names(loaded, client):
    """city_names.yaml: a translation of the title alone; slug and other texts shared."""
    italian = versions(english(CityPage, slug="ghent"))["it"]
    assert italian.alias_of_id is None and italian.live
    assert italian.title == "Gand"
    assert italian.url_path == "/home-it/cities/ghent/"  # slugs are synchronised
    assert italian.why_listed == "A member of Solidarity Cities."  # still English, marked
    assert versions(english(CityPage, slug="ghent"))["fr"].alias_of_id is not None
    api = client.get("/api/v1/cities.geojson?lang=it").json()
    assert "Gand" in [feature["properties"]["name"] for feature in api["features"]]
    html = client.get("/it/cities/ghent/").content.decode()
    assert "Gand</h1>" in html and "In inglese" in html


def test_translated_content_carries_the_po_translations(loaded):
    gdansk = versions(english(CityPage, slug="gdansk"))
    german = gdansk["de"]
    assert german.alias_of_id is None and german.live
    assert german.title == "Danzig"
    assert german.subtitle == "Ein Modell für Integration"
    assert german.summary == "The city adopted an integration model."  # not in de.po
    assert "Danzig ist eine Hafenstadt." in str(german.body)
    assert german.url_path == "/home-de/cities/gdansk/"  # slugs are synchronised
    assert Translation.objects.filter(
        source__object_id=german.translation_key, target_locale__language_code="de"
    ).exists()

    approach = versions(english(ApproachPage, slug="gdansk-integration-model"))
    assert approach["de"].title == "Das Integrationsmodell"
    assert approach["fr"].title == "Le modèle d'intégration"
    assert approach["fr"].alias_of_id is None
    assert approach["es"].alias_of_id is not None  # no es.po: an alias

    area = PolicyArea.objects.get(slug="social-rights", locale__language_code="de")
    assert area.name == "Soziale Rechte"
    assert not PolicyArea.objects.filter(locale__language_code="es").exists()
    # Pages not marked `translated` stay aliases, even where a PO file exists.
    assert versions(english(StandardPage, slug="about"))["de"].alias_of_id is not None
    assert "No demo translations for es." in loaded


def test_second_run_creates_nothing(loaded, django_capture_on_commit_callbacks):
    pages = Page.objects.count()
    german = versions(english(CityPage, slug="gdansk"))["de"]
    again = load(django_capture_on_commit_callbacks)
    assert "Demo content: 0 pages created, 0 aliases created, 0 translations saved" in again, again
    assert Page.objects.count() == pages
    german.refresh_from_db()
    assert german.title == "Danzig" and german.alias_of_id is None


def test_demo_admin_account(loaded):
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("movingcities")


def test_a_page_missing_in_one_language_is_aliased_again(
    loaded, django_capture_on_commit_callbacks
):
    versions(english(CityPage, slug="ghent"))["fr"].delete()
    assert "1 aliases created" in load(django_capture_on_commit_callbacks)
    assert versions(english(CityPage, slug="ghent"))["fr"].alias_of_id is not None
    assert Locale.objects.count() == 7

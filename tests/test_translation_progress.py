"""Translation progress: per language, translated / partly translated / out of date / not
started, in the admin (dashboard panel and report) and on the command line."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from tests.factories import CityPageFactory, PolicyAreaFactory
from translation.progress import Counts, translation_progress
from translation.testing import PASSWORD, make_translator, make_user, start_translation

pytestmark = pytest.mark.django_db

LANGUAGES = ["de", "fr", "el", "it", "pl", "es"]


# The test site has 16 English pages and 3 policy areas (tests/world.py).
PAGES, SNIPPETS = 16, 3


WHY = "Listed for its welcoming policies."


@pytest.fixture
def site(site_tree):
    """French: the city index and one policy area translated, Lyon partly (its title);
    German: Lyon translated; everything else in every language an alias (not started)."""
    index, lyon, area = site_tree["city_index"], site_tree["lyon"], site_tree["social"]
    start_translation(index, "fr", {"Cities": "Villes"})
    _translation, lyon_fr = start_translation(lyon, "fr", {"Lyon": "Lyon (fr)"})
    start_translation(lyon, "de", {"Lyon": "Lyon", WHY: "Wegen seiner Willkommenspolitik."})
    start_translation(area, "fr", {"Social rights": "Droits sociaux"})
    return {"index": index, "lyon": lyon, "potsdam": site_tree["potsdam"], "lyon_fr": lyon_fr,
            "area": area}


def by_language(**kwargs):
    return {progress.language_code: progress for progress in translation_progress(**kwargs)}


def test_counts_on_a_small_tree(site):
    progress = by_language()
    assert list(progress) == LANGUAGES  # in the order of settings.LANGUAGES
    assert progress["fr"].pages == Counts(translated=1, partly=1, not_translated=PAGES - 2)
    assert progress["fr"].snippets == Counts(translated=1, out_of_date=0, not_translated=2)
    assert progress["de"].pages == Counts(translated=1, out_of_date=0, not_translated=PAGES - 1)
    assert progress["de"].snippets == Counts(translated=0, out_of_date=0, not_translated=3)
    for code in ("el", "it", "pl", "es"):
        assert progress[code].pages == Counts(translated=0, out_of_date=0, not_translated=PAGES)
        assert progress[code].snippets.total == SNIPPETS


def test_a_published_change_to_english_makes_translations_out_of_date(site):
    lyon = site["lyon"]
    lyon.summary = "A new summary written by an editor."
    lyon.save_revision().publish()
    progress = by_language()
    assert progress["fr"].pages == Counts(translated=1, out_of_date=1, not_translated=PAGES - 2)
    assert progress["de"].pages == Counts(translated=0, out_of_date=1, not_translated=PAGES - 1)

    # Syncing alone is not enough: the translator must translate and save again.
    start_translation(lyon, "fr")  # the translation still reflects the old source
    assert by_language()["fr"].pages.out_of_date == 1
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get_for_instance(lyon)
    source.update_from_db()
    assert by_language()["fr"].pages.out_of_date == 1
    # Translated in the editor but not yet published: still out of date.
    segment = source.stringsegment_set.get(string__data="A new summary written by an editor.")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=Locale.objects.get(language_code="fr"),
        context=segment.context,
        data="Un nouveau résumé.",
    )
    assert by_language()["fr"].pages.out_of_date == 1
    start_translation(lyon, "fr", {"A new summary written by an editor.": "Un nouveau résumé."})
    progress = by_language()
    assert progress["fr"].pages == Counts(translated=1, partly=1, not_translated=PAGES - 2)
    assert progress["de"].pages.out_of_date == 1


def test_a_draft_is_not_a_change(site):
    site["lyon"].summary = "Draft"
    site["lyon"].save_revision()
    assert by_language()["fr"].pages.out_of_date == 0


def test_a_changed_english_snippet_makes_its_translations_out_of_date(site):
    area = site["area"]
    area.description = "Now with a description."
    area.save()
    assert by_language()["fr"].snippets == Counts(translated=0, out_of_date=1, not_translated=2)


def test_the_number_of_queries_does_not_grow_with_the_site(site):
    with CaptureQueriesContext(connection) as small:
        translation_progress(with_items=True)
    for number in range(5):
        city = CityPageFactory(title=f"Town {number}", country="FR")
        start_translation(city, "it", {f"Town {number}": f"Città {number}", WHY: "Accogliente."})
        PolicyAreaFactory(name=f"Area {number}")
    with CaptureQueriesContext(connection) as large:
        translation_progress(with_items=True)
    assert len(large) == len(small)
    assert by_language()["it"].pages.translated == 5


def test_items_link_to_the_translation_editor(site):
    items = by_language(language_codes=["fr"], with_items=True)["fr"].items
    lyon = next(item for item in items if item.title == "Lyon")
    assert lyon.edit_url == reverse("wagtailadmin_pages:edit", args=[site["lyon_fr"].pk])
    potsdam = next(item for item in items if item.title == "Potsdam")
    assert potsdam.is_alias and potsdam.status == "not_translated"
    area = next(item for item in items if item.kind == "snippets")
    assert area.edit_url.startswith("/admin/snippets/citypages/policyarea/edit/")


def test_translation_status_command_prints_one_row_per_language(site):
    out = io.StringIO()
    call_command("translation_status", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].split() == [
        "language",
        "pages_translated",
        "pages_partly",
        "pages_out_of_date",
        "pages_not_translated",
        "pages_total",
        "snippets_translated",
        "snippets_partly",
        "snippets_out_of_date",
        "snippets_not_translated",
        "snippets_total",
    ]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:]}
    assert list(rows) == LANGUAGES
    assert rows["fr"] == ["1", "1", "0", "14", "16", "1", "0", "0", "2", "3"]
    assert rows["de"] == ["1", "0", "0", "15", "16", "0", "0", "0", "3", "3"]

    out = io.StringIO()
    call_command("translation_status", "fr", "--pages", stdout=out)
    assert "fr\tPartly translated, 1 missing\tcity\tLyon" in out.getvalue().splitlines()


def test_report_and_dashboard_panel(site, client):
    translator = make_translator("fr")
    client.login(username=translator.username, password=PASSWORD)
    response = client.get(reverse("translation_progress"))
    assert response.status_code == 200
    assert "Translation progress" in response.content.decode()
    french_url = reverse("translation_progress_language", args=["fr"])
    assert f'href="{french_url}?status=out_of_date&amp;kind=pages"' in response.content.decode()

    site["lyon"].save_revision().publish()
    response = client.get(french_url)  # out of date, by default
    content = response.content.decode()
    assert response.status_code == 200
    edit_url = reverse("wagtailadmin_pages:edit", args=[site["lyon_fr"].pk])
    assert f'href="{edit_url}"' in content
    assert "Lyon" in content

    response = client.get(french_url + "?status=not_translated&kind=pages")
    assert "Potsdam" in response.content.decode()

    # The dashboard panel itself (the sidebar's Reports menu links the report as well).
    dashboard = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = dashboard.find(id="translation-progress-section")
    assert panel is not None, "the dashboard shows the translation progress panel"
    assert panel.find("a", href=reverse("translation_progress"))
    assert panel.find("a", href=f"{french_url}?status=out_of_date&kind=pages")


def test_report_needs_the_translation_permission(site, client):
    user = make_user("reader-of-admin")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.login(username=user.username, password=PASSWORD)
    response = client.get(reverse("translation_progress"))
    assert response.status_code in (302, 403)
    assert reverse("translation_progress") not in client.get("/admin/").content.decode()

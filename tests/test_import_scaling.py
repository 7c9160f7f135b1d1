"""Imports that scale: the gazetteer's choices, the same city under another name, bulk
pages that Wagtail treats as its own, and the admin import as a background task."""

import io
import re

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, PageLogEntry, ReferenceIndex

from citypages.models import CityPage
from opendata.checks import plan_import
from opendata.gazetteer import Gazetteer
from opendata.models import CityImport
from opendata.tasks import run_city_import
from tests.factories import CityPageFactory

pytestmark = pytest.mark.django_db

HEADER = "name,country,lat,lng,population,networks,featured,why_listed\n"
URL = "/admin/import-cities/"


# The gazetteer ----------------------------------------------------------------------------


def test_a_city_far_larger_than_its_namesakes_is_chosen_and_the_choice_reported():
    gazetteer = Gazetteer()
    munster = gazetteer.resolve("Münster", "DE")
    assert munster.place.population > 300_000 and munster.others == 3
    assert "by far the largest of 4 places" in munster.note
    halle = gazetteer.resolve("Halle", "DE")
    assert halle.place.name == "Halle (Saale)", "found by its alternate name, 11× the next"
    assert gazetteer.resolve("Riace", "IT").note == "", "a single place needs no note"


def test_an_ambiguous_name_lists_the_largest_candidates_first():
    with pytest.raises(ValueError) as error:
        Gazetteer().locate("Neustadt", "DE")
    message = str(error.value)
    assert "largest first: Neustadt an der Weinstraße" in message
    found = re.findall(r"pop\. ([\d,]+)", message)
    populations = [int(p.replace(",", "")) for p in found]
    assert populations == sorted(populations, reverse=True) and len(populations) == 5


def test_local_and_english_names_lead_to_the_same_place():
    gazetteer = Gazetteer()
    for local, english, country in [
        ("Köln", "Cologne", "DE"),
        ("München", "Munich", "DE"),
        ("Warszawa", "Warsaw", "PL"),
        ("Αθήνα", "Athens", "GR"),
        ("Napoli", "Naples", "IT"),
        ("Göteborg", "Gothenburg", "SE"),
    ]:
        assert gazetteer.locate(local, country) == gazetteer.locate(english, country), local


# The same city under another name -----------------------------------------------------------


@pytest.fixture
def cologne(site_tree):
    return CityPageFactory(title="Cologne", slug="cologne", country="DE",
                           location="SRID=4326;POINT(6.95 50.94)")


def test_a_city_already_listed_under_another_name_is_reported(cologne):
    plan = plan_import(HEADER + "Köln,DE,,,,,,\n")
    assert not plan.is_valid
    (error,) = plan.bad_rows[0].errors
    assert error.startswith("Already listed as “Cologne” (0.") and "--update" in error


def test_with_update_the_other_name_updates_the_listed_city(cologne, tmp_path):
    path = tmp_path / "cities.csv"
    path.write_text(HEADER + "Köln,DE,,,1084000,,,\n", encoding="utf-8")
    out = io.StringIO()
    call_command("import_cities", str(path), "--update", stdout=out)
    assert "the same place as “Cologne”" in out.getvalue()
    assert "0 cities created" in out.getvalue() and "1 updated" in out.getvalue()
    cologne.refresh_from_db()
    assert (cologne.title, cologne.population) == ("Cologne", 1_084_000)
    assert not CityPage.objects.filter(title="Köln").exists()


def test_two_rows_for_one_place_are_reported(site_tree):
    plan = plan_import(HEADER + "Cologne,DE,,,,,,\nKöln,DE,50.9333,6.95,,,,\n")
    errors = {row.line: row.errors for row in plan.rows}
    assert errors[2] == []
    assert errors[3][0].startswith("The same place as line 2 (Cologne, ")


# Bulk pages are real Wagtail pages -------------------------------------------------------------


def test_bulk_imported_cities_have_revisions_history_search_and_references(tmp_path, site_tree):
    path = tmp_path / "cities.csv"
    path.write_text(HEADER + "Hamburg,DE,53.55,9.99,,safe-harbours,,Port city\nMünster,DE,,,,,,\n",
                    encoding="utf-8")
    call_command("import_cities", str(path), stdout=io.StringIO())
    assert Page.find_problems() == ([], [], [], [], []), "the tree stays consistent"
    hamburg = CityPage.objects.get(title="Hamburg", locale__language_code="en")
    revision = hamburg.live_revision
    assert revision is not None and revision == hamburg.latest_revision
    restored = revision.as_object()
    assert [link.network.slug for link in restored.network_links.all()] == ["safe-harbours"]
    actions = set(PageLogEntry.objects.filter(page=hamburg).values_list("action", flat=True))
    assert actions == {"wagtail.create", "wagtail.publish"}
    german = CityPage.objects.get(translation_key=hamburg.translation_key,
                                  locale__language_code="de")
    assert german.alias_of_id == hamburg.pk and german.live and not german.has_unpublished_changes
    results = CityPage.objects.live().filter(locale=german.locale).search("Hamburg")
    assert [page.pk for page in results] == [german.pk], "aliases are searchable in their language"
    network = site_tree["harbours"]
    usage = ReferenceIndex.get_references_to(network).values_list("object_id", flat=True)
    assert str(hamburg.pk) in set(usage), "the network's usage counts the new city"
    munster = CityPage.objects.get(title="Münster", locale__language_code="en")
    assert munster.point[0] == pytest.approx(51.96, abs=0.05)


# The admin import as a background task -------------------------------------------------------


@pytest.fixture
def editor(site_tree):
    return User.objects.create_superuser("importer", "importer@example.org", "secret-pass")


def preview(client, text):
    upload = SimpleUploadedFile("cities.csv", text.encode(), content_type="text/csv")
    response = client.post(URL, {"file": upload})
    assert response.context["payload"], response.context["plan"].error_lines()
    return response.context["payload"]


@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def test_confirming_answers_at_once_and_a_worker_does_the_import(client, editor):
    client.force_login(editor)
    payload = preview(client, HEADER + "Hamburg,DE,53.55,9.99,,,,\nMünster,DE,,,,,,\n")
    response = client.post(URL, {"payload": payload})
    job = CityImport.objects.get()
    assert response.status_code == 302 and job.status == CityImport.Status.QUEUED
    assert not CityPage.objects.filter(title="Hamburg").exists(), "queued, not done in the request"
    waiting = client.get(response["Location"])
    assert "Waiting to start" in waiting.text and "data-import-running" in waiting.text
    assert "you may leave this page" in waiting.text

    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.get()  # what `manage.py db_worker` picks up
    assert queued.task_path == "opendata.tasks.run_city_import"
    run_city_import.call(*queued.args_kwargs["args"])
    job.refresh_from_db()
    assert job.status == CityImport.Status.DONE, job.messages
    assert (job.created_count, job.alias_count) == (2, 12)
    done = client.get(response["Location"]).text
    assert "2 cities created and published" in done and "data-import-running" not in done
    assert "Münster" in done and "by far the largest" in done, "the choice is reported"


def test_a_failed_write_leaves_nothing_and_a_retry_imports_once(client, editor, monkeypatch):
    client.force_login(editor)
    payload = preview(client, HEADER + "Hamburg,DE,53.55,9.99,,,,\nBremen,DE,53.08,8.80,,,,\n")
    before = Page.objects.count()

    def crash(*args, **kwargs):
        raise RuntimeError("worker killed mid-write")

    monkeypatch.setattr("opendata.importing.bulk_save_revisions", crash)
    client.raise_request_exception = False
    client.post(URL, {"payload": payload})
    job = CityImport.objects.get()
    assert job.status == CityImport.Status.FAILED
    assert Page.objects.count() == before, "all or nothing"
    failed = client.get(f"{URL}{job.pk}/").text
    assert "Nothing was imported." in failed and "the team has been told" in failed

    monkeypatch.undo()
    CityImport.objects.filter(pk=job.pk).update(status=CityImport.Status.QUEUED)
    assert run_city_import.call(job.pk) == CityImport.Status.DONE
    assert run_city_import.call(job.pk) == CityImport.Status.DONE, "a second run is a no-op"
    assert CityPage.objects.filter(title="Hamburg").count() == 7
    assert Page.objects.count() == before + 14


def test_a_city_added_after_the_preview_fails_the_import_with_a_reason(client, editor):
    client.force_login(editor)
    payload = preview(client, HEADER + "Bremen,DE,53.08,8.80,,,,\n")
    CityPageFactory(title="Bremen", country="DE", location="SRID=4326;POINT(8.80 53.08)")
    response = client.post(URL, {"payload": payload}, follow=True)
    assert "Nothing was imported." in response.text
    assert "already listed" in response.text


def test_the_locale_tree_sync_is_handed_to_the_task_worker(site_tree):
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import Locale
    from wagtail_localize.synctree import synchronize_tree

    from translation.jobs import DjangoTasksJobBackend

    english, german = Locale.objects.get(language_code="en"), Locale.objects.get(
        language_code="de")
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        DjangoTasksJobBackend({}).enqueue(synchronize_tree, [english, german], {})
        task = DBTaskResult.objects.get()
    assert task.task_path == "translation.jobs.synchronise_locale_tree"
    assert task.args_kwargs["args"] == [english.pk, german.pk]


def test_a_crash_mid_write_leaves_nothing_from_the_command_either(monkeypatch, site_tree):
    from opendata.importing import apply_import

    plan = plan_import(HEADER + "Hamburg,DE,53.55,9.99,,,,\nBremen,DE,53.08,8.80,,,,\n")
    before = Page.objects.count()

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("opendata.importing.bulk_save_revisions", crash)
    with pytest.raises(RuntimeError):
        apply_import(plan)
    assert Page.objects.count() == before


def test_a_second_run_arriving_after_the_first_wrote_never_undoes_it(client, editor):
    """A duplicate run (a retry, a second worker) that starts once the first has written."""
    client.force_login(editor)
    payload = preview(client, HEADER + "Hamburg,DE,53.55,9.99,,,,\n")
    client.post(URL, {"payload": payload})
    job = CityImport.objects.get()
    assert job.status == CityImport.Status.DONE
    CityImport.objects.filter(pk=job.pk).update(status=CityImport.Status.INDEXING)
    late = CityImport.objects.get(pk=job.pk)
    from opendata.tasks import check_and_write

    assert check_and_write(late).status == CityImport.Status.INDEXING, "not set back to checking"
    assert run_city_import.call(job.pk) == CityImport.Status.DONE
    assert CityPage.objects.filter(title="Hamburg").count() == 7

"""CSV import of cities: `manage.py import_cities` and the admin's upload/preview/confirm."""

import io

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import GroupPagePermission, Locale, Page, WorkflowPage

from citypages.models import CityNetworkMembership, CityPage
from core.geo import parse_point
from opendata.checks import plan_import
from opendata.gazetteer import Gazetteer
from opendata.importing import ImportConflict, apply_import
from opendata.models import CityImport
from tests.factories import CityPageFactory, NetworkPageFactory
from tests.world import LANGUAGE_CODES

pytestmark = pytest.mark.django_db

HEADER = "name,country,lat,lng,population,networks,featured,why_listed\n"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def site(site_tree):
    """The test site without Potsdam (in no language), and with a network "Eurocities"."""
    for version in Page.objects.filter(translation_key=site_tree["potsdam"].translation_key):
        version.delete()
    NetworkPageFactory(title="Eurocities", slug="eurocities")
    return {"index": site_tree["city_index"], "berlin": site_tree["berlin"]}


def write(tmp_path, text, name="cities.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_cities", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot():
    return Page.objects.count(), CityPage.objects.count()


GOOD_AND_BAD = (
    HEADER
    + "Hamburg,DE,53.55,9.99,1841000,safe-harbours,true,Port city\n"  # line 2: good
    + "Atlantis,DE,,,,,,\n"  # line 3: unknown place
    + "Leipzig,DE,51.34,12.37,600000,eurocities;no-such-network,,\n"  # line 4: network
    + '"Bremen",DE,95,8.8,"lots",,perhaps,\n'  # line 5: lat, population, featured
    + "Hamburg,DE,53.55,9.99,,,,\n"  # line 6: duplicate of line 2
    + "Berlin,DE,,,,,,\n"  # line 7: exists, no --update
)


def test_good_and_bad_rows_write_nothing_and_name_every_bad_line(tmp_path, site):
    before = snapshot()
    with pytest.raises(CommandError, match="5 of 6 rows are invalid; nothing was imported"):
        run(write(tmp_path, GOOD_AND_BAD))
    assert snapshot() == before


def test_the_report_gives_line_numbers_and_reasons(site):
    plan = plan_import(GOOD_AND_BAD.encode())
    assert not plan.is_valid
    errors = {row.line: " ".join(row.errors) for row in plan.bad_rows}
    assert sorted(errors) == [3, 4, 5, 6, 7]
    assert "No place called “Atlantis” found in DE" in errors[3]
    assert "no-such-network" in errors[4] and "eurocities, safe-harbours" in errors[4]
    assert "lat must be between" in errors[5]
    assert "not a whole number" in errors[5]
    assert "featured must be true or false" in errors[5]
    assert "same city as on line 2" in errors[6]
    assert "already listed" in errors[7]
    lines = plan.error_lines()
    assert lines[0].startswith("Line 3 (Atlantis): ")


def test_the_command_prints_every_bad_line_to_stderr(tmp_path, site, capsys):
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_cities", write(tmp_path, GOOD_AND_BAD), stderr=err)
    for line in (3, 4, 5, 6, 7):
        assert f"Line {line} (" in err.getvalue()
    assert "Line 2 (" not in err.getvalue()


def test_dry_run_writes_nothing(tmp_path, site):
    before = snapshot()
    out, _err = run(write(tmp_path, HEADER + "Hamburg,DE,53.55,9.99,,,,\n"), "--dry-run")
    assert "Dry run: 1 cities to create, 0 to update. Nothing was written." in out
    assert snapshot() == before


def test_import_creates_published_cities_with_aliases_in_every_language(tmp_path, site):
    csv_text = (
        HEADER
        + "Hamburg,DE,53.55,9.99,1841000,safe-harbours;eurocities,true,Port city\n"
        + "Gdańsk,pl,54.35,18.65,,,,\n"
    )
    out, _err = run(write(tmp_path, csv_text))
    assert "2 cities created (with 12 aliases in other languages), 0 updated" in out
    hamburg = CityPage.objects.get(title="Hamburg", locale__language_code="en")
    assert hamburg.live and hamburg.live_revision_id and hamburg.last_published_at
    assert hamburg.point == (53.55, 9.99)
    assert (hamburg.population, hamburg.featured) == (1841000, True)
    assert hamburg.why_listed == "Port city"
    assert [link.network.slug for link in hamburg.network_links.order_by("sort_order")] == [
        "safe-harbours",
        "eurocities",
    ]
    gdansk = CityPage.objects.get(title="Gdańsk", locale__language_code="en")
    assert gdansk.slug == "gdansk" and gdansk.country.code == "PL"
    for city in (hamburg, gdansk):
        versions = CityPage.objects.filter(translation_key=city.translation_key)
        assert sorted(versions.values_list("locale__language_code", flat=True)) == sorted(
            LANGUAGE_CODES
        )
        for alias in versions.exclude(pk=city.pk):
            assert alias.alias_of_id == city.pk and alias.live
    german = hamburg.get_translation(Locale.objects.get(language_code="de"))
    assert german.url == "/de/cities/hamburg/"


def test_update_changes_cities_instead_of_duplicating_them(tmp_path, site):
    berlin = site["berlin"]
    path = write(tmp_path, HEADER + "berlin,DE,,,3700000,eurocities,true,\n")
    with pytest.raises(CommandError):
        run(path)
    out, _err = run(path, "--update")
    assert "0 cities created" in out and "1 updated" in out
    assert CityPage.objects.filter(title__iexact="berlin", locale__language_code="en").count() == 1
    berlin.refresh_from_db()
    assert berlin.title == "Berlin", "the name in the file only matches"
    assert berlin.population == 3_700_000 and berlin.featured
    assert berlin.point == (52.52, 13.40), "blank coordinates keep the location"
    assert berlin.why_listed == "Listed for its welcoming policies.", "blank cell kept"
    assert [link.network.slug for link in berlin.network_links.all()] == ["eurocities"]
    assert berlin.live_revision_id, "the update is published as a revision"


def test_a_city_added_between_check_and_import_stops_the_whole_import(site):
    plan = plan_import(HEADER + "Hamburg,DE,53.55,9.99,,,,\nBremen,DE,53.08,8.80,,,,\n")
    assert plan.is_valid
    CityPageFactory(title="Bremen", country="DE")
    before = snapshot()
    with pytest.raises(ImportConflict, match="Line 3 \\(Bremen\\)"):
        apply_import(plan)
    assert snapshot() == before, "Hamburg (line 2) was rolled back too"


def test_geocoding_potsdam_lands_near_52_40_13_07(site):
    lat, lng = Gazetteer().locate("Potsdam", "DE")
    assert lat == pytest.approx(52.40, abs=0.02)
    assert lng == pytest.approx(13.07, abs=0.02)
    plan = plan_import(HEADER + "Potsdam,DE,,,,,,\n")
    assert plan.is_valid, plan.error_lines()
    (row,) = plan.rows
    assert row.location_source == "geocoded"
    assert (round(row.lat, 2), round(row.lng, 2)) == (52.40, 13.07)


def test_geocoding_small_towns_alternate_names_and_ambiguity(site):
    gazetteer = Gazetteer()
    riace = gazetteer.locate("Riace", "IT")  # about 600 inhabitants
    assert riace == pytest.approx((38.42, 16.48), abs=0.05)
    assert gazetteer.locate("München", "DE") == pytest.approx((48.14, 11.58), abs=0.05)
    assert gazetteer.locate("warszawa", "PL") == pytest.approx((52.23, 21.01), abs=0.05)
    with pytest.raises(ValueError, match="ambiguous"):
        gazetteer.locate("Neustadt", "DE")
    with pytest.raises(ValueError, match="No place called"):
        gazetteer.locate("Potsdam", "FR")


def test_imported_location_is_stored_as_wagtailgeowidget_expects(tmp_path, site):
    run(write(tmp_path, HEADER + "Potsdam,DE,,,,,,\n"))
    potsdam = CityPage.objects.get(title="Potsdam", locale__language_code="en")
    assert potsdam.location.startswith("SRID=4326;POINT(")
    assert parse_point(potsdam.location) == pytest.approx((52.40, 13.07), abs=0.02)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"name,population\nBerlin,1\n", "lacks the column(s) country"),
        (b"", "The file is empty"),
        (HEADER.encode(), "no rows"),
        ("name,country\nKöln,DE\n".encode("latin-1"), "not UTF-8"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_whole(site, data, message):
    plan = plan_import(data)
    assert not plan.is_valid
    assert message in " ".join(plan.file_errors)


def test_semicolon_separated_files_and_a_byte_order_mark(site):
    text = "\ufeffname;country;lat;lng;networks\nHamburg;DE;53,55;9,99;safe-harbours\n"
    plan = plan_import(text.encode("utf-8"))
    assert plan.is_valid, plan.error_lines()
    assert (plan.rows[0].lat, plan.rows[0].lng) == (53.55, 9.99)


# The admin -----------------------------------------------------------------------------------

URL = "/admin/import-cities/"


def make_user(name, index, *page_permissions):
    user = User.objects.create_user(name, f"{name}@example.org", "secret-pass")
    group = Group.objects.create(name=f"group-{name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in page_permissions:
        GroupPagePermission.objects.create(
            group=group,
            page=index,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    user.groups.add(group)
    return user


def upload(client, text, update=False):
    data = {"file": SimpleUploadedFile("cities.csv", text.encode(), content_type="text/csv")}
    if update:
        data["update"] = "on"
    return client.post(URL, data)


def test_admin_upload_preview_and_confirm_as_an_editor(client, site):
    editor = make_user("editor", site["index"], "add_page", "change_page", "publish_page")
    client.force_login(editor)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert URL in menu, "the menu offers the import"

    page = client.get(URL)
    assert page.status_code == 200
    assert "name,country,lat,lng,population,networks,featured,why_listed" in page.text

    before = snapshot()
    bad = upload(client, GOOD_AND_BAD)
    assert bad.status_code == 200
    html = bad.text
    assert 'data-line="3"' in html and "No place called “Atlantis” found in DE" in html
    assert "5 of 6 rows have problems" in html
    assert 'name="payload"' not in html, "no confirmation for a bad file"
    assert snapshot() == before

    good = upload(client, HEADER + "Potsdam,DE,,,,safe-harbours,,\nHamburg,DE,53.55,9.99,,,,\n")
    assert "All 2 rows are ready: 2 to create, 0 to update." in good.text
    assert "52.39886, 13.06566" in good.text and "looked up (GeoNames)" in good.text
    assert snapshot() == before, "the preview writes nothing"
    payload = good.context["payload"]

    done = client.post(URL, {"payload": payload})
    job = CityImport.objects.get()
    assert done.status_code == 302
    assert done["Location"] == reverse("opendata_import_status", args=[job.pk])
    potsdam = CityPage.objects.get(title="Potsdam", locale__language_code="en")
    assert potsdam.live and potsdam.owner == editor
    assert CityPage.objects.filter(translation_key=potsdam.translation_key).count() == 7
    assert potsdam.network_links.get().network.slug == "safe-harbours"

    status = client.get(done["Location"])
    assert "2 cities created and published, 0 updated." in status.text
    assert "data-import-running" not in status.text, "a finished import stops reloading"
    assert reverse("wagtailadmin_explore", args=[site["index"].pk]) in status.text
    assert "cities.csv" in client.get(URL).text, "the import page lists the editor's imports"

    again = client.post(URL, {"payload": payload}, follow=True)
    assert "already started" in again.text, "confirming twice imports once"
    assert CityImport.objects.count() == 1
    assert CityPage.objects.filter(title="Potsdam", locale__language_code="en").count() == 1


def test_admin_update_through_the_preview(client, site):
    client.force_login(make_user("mod", site["index"], "add_page", "change_page", "publish_page"))
    preview = upload(client, HEADER + "Berlin,DE,,,3700000,,,\n", update=True)
    assert "1 to update" in preview.text
    client.post(URL, {"payload": preview.context["payload"]})
    site["berlin"].refresh_from_db()
    assert site["berlin"].population == 3_700_000


def test_editor_without_publish_permission_creates_drafts_in_review(client, site):
    client.force_login(make_user("writer", site["index"], "add_page", "change_page"))
    preview = upload(client, HEADER + "Hamburg,DE,53.55,9.99,,,,\n")
    assert "saved as drafts and submitted for review" in preview.text
    client.post(URL, {"payload": preview.context["payload"]})
    hamburg = CityPage.objects.get(title="Hamburg", locale__language_code="en")
    assert not hamburg.live and hamburg.latest_revision_id
    assert hamburg.workflow_in_progress, "tests/test_import_review.py follows it further"


def test_without_a_review_workflow_an_editors_cities_stay_drafts(client, site):
    WorkflowPage.objects.all().delete()
    client.force_login(make_user("writer", site["index"], "add_page", "change_page"))
    preview = upload(client, HEADER + "Hamburg,DE,53.55,9.99,,,,\n")
    assert "they will be saved as drafts" in preview.text
    done = client.post(URL, {"payload": preview.context["payload"]})
    hamburg = CityPage.objects.get(title="Hamburg", locale__language_code="en")
    assert not hamburg.live and not hamburg.workflow_in_progress
    assert "someone who may publish must publish them" in client.get(done["Location"]).text


def test_users_who_cannot_add_cities_cannot_import(client, site):
    client.force_login(make_user("reader", site["index"]))
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert URL not in client.get(reverse("wagtailadmin_home")).text
    client.logout()
    assert client.get(URL).status_code == 302  # to the login page


def test_a_tampered_payload_is_refused(client, site):
    client.force_login(make_user("editor", site["index"], "add_page", "publish_page"))
    before = snapshot()
    response = client.post(URL, {"payload": "bogus"}, follow=True)
    assert "The preview has expired" in response.text
    assert snapshot() == before


# Synthetic cities for benchmarks ------------------------------------------------------------


def test_generate_cities_is_deterministic_marked_and_removable(site, client):
    from opendata.management.commands.generate_cities import Command

    NetworkPageFactory(title="Extra network", slug="extra-network")
    out = io.StringIO()
    call_command("generate_cities", count=12, seed=3, aliases=True, stdout=out)
    assert "Created 12 synthetic cities (seed 3) and 72 aliases." in out.getvalue()
    synthetic = CityPage.objects.filter(is_synthetic=True, locale__language_code="en")
    first = list(synthetic.order_by("path").values_list("title", "country", "location"))
    assert len(first) == 12 and all(title.startswith("Synthetic ") for title, *_ in first)
    assert Page.find_problems() == ([], [], [], [], []), "the page tree stays consistent"
    assert CityPage.objects.filter(is_synthetic=True, locale__language_code="de").count() == 12
    links = CityNetworkMembership.objects.filter(city__is_synthetic=True)
    assert links.filter(city__locale__language_code="en").exists(), "linked to real networks"
    assert (
        links.filter(city__locale__language_code="de").count()
        == links.filter(city__locale__language_code="en").count()
    ), "aliases keep their networks"

    geojson = client.get("/api/v1/cities.geojson?lang=pl").json()
    names = [feature["properties"]["name"] for feature in geojson["features"]]
    assert len([n for n in names if n.startswith("Synthetic ")]) == 12, "aliases are live"
    assert client.get(synthetic.first().url).status_code == 200

    Command().clear()
    assert not CityPage.objects.filter(is_synthetic=True).exists()
    assert Page.find_problems() == ([], [], [], [], [])
    call_command("generate_cities", count=12, seed=3, stdout=io.StringIO())
    again = list(synthetic.order_by("path").values_list("title", "country", "location"))
    assert again == first, "the same seed gives the same cities"
    assert CityPage.objects.filter(title="Berlin").exists(), "real cities are never touched"

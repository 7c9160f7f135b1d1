"""A moderator imports cities for a colleague to review, in Chromium, from upload to the report."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from citypages.models import CityPage
from tests.e2e.admin_login import sign_in
from translation.testing import make_moderator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CSV = (
    "name,country,lat,lng,population,networks,featured,why_listed\n"
    "Reviewtown North,DE,47.60,10.00,,,,\n"
    "Reviewtown South,DE,47.40,10.00,,,,\n"
)


def test_a_moderator_submits_an_import_for_review(live_server, page, site_tree):
    importer = make_moderator()
    colleague = make_moderator("moderator-2")
    sign_in(page, live_server.url, importer.username)

    page.goto(f"{live_server.url}/admin/import-cities/")
    page.get_by_label("CSV file").set_input_files(
        {"name": "towns.csv", "mimeType": "text/csv", "buffer": CSV.encode()}
    )
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_label("Publish the cities now")).to_be_checked()
    page.get_by_label("Submit them for review").check()  # keyboard-reachable radio
    page.get_by_role("button", name="Import these cities").click()

    expect(page.get_by_text("2 cities entered review")).to_be_visible()
    page.get_by_role("link", name="See them in the workflow report").click()
    expect(page.get_by_role("link", name="Reviewtown North")).to_be_visible()
    expect(page.get_by_role("link", name="Reviewtown South")).to_be_visible()

    towns = CityPage.objects.filter(title__startswith="Reviewtown", locale__language_code="en")
    assert towns.count() == 2 and not towns.filter(live=True).exists()
    assert [message.to for message in mail.outbox] == [[colleague.email]]
    assert mail.outbox[0].subject == "moderator imported 2 cities for review"

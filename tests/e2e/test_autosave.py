"""Wagtail 8's autosave on the "new city" form, as an editor who walks away meets it.

The first background save creates the city as a draft: with no language copies (they
come when it is first published). Starting the same city again is stopped by the slug the
draft holds, with a way back to the draft.

Wagtail's form watcher (w-unsaved) takes the form as it is two seconds after loading as
its starting point: edits made before then are never autosaved, edits made after are, a
moment later. The test waits for that starting point (the form's `w-unsaved:watch-edits`
event) and then for the save itself (the form turning into the draft's edit form)
instead of sleeping.
"""

import pytest
from playwright.sync_api import expect
from wagtail.models import Page

from citypages.models import CityPage
from tests.e2e.admin_login import sign_in
from translation.testing import make_moderator

WATCH_EDITS = """
document.addEventListener("w-unsaved:watch-edits", () => { window.editsWatched = true; });
"""


def is_successful_autosave(response):
    """The add form's background save that created the page (one made between the two
    edits, without the country, is refused with a 400 and followed by another)."""
    request = response.request
    return request.method == "POST" and "/admin/pages/add/" in request.url and response.ok


pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_abandoned_new_city_is_a_draft_without_copies_and_a_retry_leads_back_to_it(
    live_server, page, site_tree
):
    sign_in(page, live_server.url, make_moderator().username)
    page.add_init_script(WATCH_EDITS)
    add_url = f"{live_server.url}/admin/pages/add/citypages/citypage/{site_tree['city_index'].pk}/"
    page.goto(add_url)
    page.wait_for_function("window.editsWatched === true")
    with page.expect_response(is_successful_autosave) as autosave:
        page.locator("#id_title").fill("Wuppertal")
        page.get_by_role("tab", name="Place").click()
        page.locator("#id_country").select_option("DE")  # required even for a draft
    assert autosave.value.json()["success"]
    draft = CityPage.objects.get(title="Wuppertal")
    assert not draft.live
    assert Page.objects.filter(translation_key=draft.translation_key).count() == 1

    page.goto(add_url)  # the editor starts again
    page.locator("#id_title").fill("Wuppertal")
    page.get_by_role("button", name="Save draft").click()

    expect(
        page.get_by_text("“Wuppertal” was started here before and never published")
    ).to_be_visible()
    page.get_by_role("link", name="Continue editing it").click()
    page.wait_for_url(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    assert CityPage.objects.filter(title="Wuppertal").count() == 1

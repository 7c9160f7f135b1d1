"""In Chromium, under the admin's Content-Security-Policy: the block picker of a city's
body shows each block's description and a preview with the site's styles."""

import pytest
from playwright.sync_api import expect

from tests.e2e.admin_login import sign_in
from translation.testing import make_editor

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_an_editor_sees_a_blocks_preview_before_picking_it(live_server, csp_page, site_tree):
    page = csp_page
    violations = []
    page.on("console", lambda m: violations.append(m.text) if "Security" in m.text else None)
    editor = make_editor()
    sign_in(page, live_server.url, editor.username)
    berlin = site_tree["berlin"]
    page.goto(f"{live_server.url}/admin/pages/{berlin.pk}/edit/")

    page.locator("#panel-child-profile-body-section button.c-sf-add-button").first.click()
    option = page.get_by_role("option", name="Key figure")
    expect(option).to_be_visible()
    page.locator(".w-combobox__option-row", has=option).locator(
        ".w-combobox__option-preview"
    ).click()
    preview = page.locator(".w-combobox-preview")
    expect(preview).to_contain_text("A single striking number with what it counts.")
    frame = page.frame_locator(".w-combobox-preview__iframe")
    expect(frame.locator(".block-key_figure")).to_contain_text("2,000")
    page.screenshot(path="/tmp/picker3.png")
    assert violations == []

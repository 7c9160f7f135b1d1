"""The Content-Security-Policy holds in a real browser: every public page type, the admin's
city editor (with its map) and wagtail-localize's translation editor load without a single
`securitypolicyviolation` event or CSP error in the console, and their scripts run."""

import re

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from tests.e2e.admin_login import sign_in
from translation.testing import PASSWORD, start_translation

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PUBLIC_PAGES = [
    "/en/",
    "/en/cities/",
    "/en/cities/berlin/",
    "/en/cities/berlin/welcome-office/",
    "/en/approaches/",
    "/en/networks/",
    "/en/networks/solidarity-cities/",
    "/en/news/",
    "/en/news/launch/",
    "/en/about/",
    "/en/search/?q=Berlin",
    "/en/no-such-page/",
]

# Recorded in every document before its own scripts run.
LISTEN = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  const where = `${event.sourceFile}:${event.lineNumber}`;
  window.__cspViolations.push(
    `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${where})`
  );
});
"""


def watch(page):
    """Collect CSP violations (events and console errors) for the pages `page` visits."""
    seen = []
    page.add_init_script(LISTEN)
    page.on(
        "console",
        lambda message: seen.append(f"console: {message.text}")
        if re.search(r"Content[ -]Security[ -]Policy", message.text, re.IGNORECASE)
        else None,
    )
    return seen


def violations(page, seen):
    return seen + page.evaluate("window.__cspViolations || []")


def test_public_pages_load_under_the_policy(live_server, csp_page, site_tree):
    page = csp_page
    seen = watch(page)
    failures = {}
    for path in PUBLIC_PAGES:
        response = page.goto(live_server.url + path)
        policy = response.headers["content-security-policy"]
        script_src = re.search(r"script-src ([^;]*)", policy).group(1)
        assert "unsafe" not in script_src, (path, script_src)
        page.wait_for_load_state("load")
        found = violations(page, seen)
        if found:
            failures[path] = list(found)
        seen.clear()
        if path in ("/en/", "/en/cities/", "/en/cities/berlin/"):
            # The map's scripts, allowed by their nonce, ran: Leaflet drew the map.
            assert "'nonce-" in script_src, path
            expect(page.locator(".leaflet-container").first).to_be_visible()
    assert failures == {}


def test_admin_city_editor_and_translation_editor_load_under_the_policy(
    live_server, csp_page, site_tree
):
    page = csp_page
    get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    _translation, lyon_de = start_translation(site_tree["lyon"], "de", {"Lyon": "Lyon (de)"})
    seen = watch(page)

    sign_in(page, live_server.url, "root")
    assert violations(page, seen) == [], "dashboard"

    berlin = site_tree["berlin"]
    response = page.goto(f"{live_server.url}/admin/pages/{berlin.pk}/edit/")
    assert "'unsafe-inline'" in response.headers["content-security-policy"]
    page.get_by_role("tab", name="Place").click()
    expect(page.locator(".leaflet-container").first).to_be_visible()  # the location picker
    page.get_by_role("tab", name="Listing and networks").click()
    page.get_by_role("button", name=re.compile("Add network", re.IGNORECASE)).click()
    assert violations(page, seen) == [], "city editor"

    page.goto(f"{live_server.url}/admin/pages/{lyon_de.pk}/edit/")
    # wagtail-localize's React editor rendered the segments and its publish button.
    expect(page.get_by_text("Lyon (de)").first).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("Publish in"))).to_be_visible()
    assert violations(page, seen) == [], "translation editor"

    # An editor browsing the site sees Wagtail's user bar under the reader pages' policy.
    page.goto(f"{live_server.url}/en/cities/berlin/")
    expect(page.locator("wagtail-userbar")).to_be_attached()
    page.wait_for_load_state("load")
    assert violations(page, seen) == [], "user bar"

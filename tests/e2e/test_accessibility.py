"""axe in Chromium: no serious or critical WCAG violations on the main page types."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from wagtail.models import Locale

from tests.factories import translate_page

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PATHS = [  # every page type
    "/{lang}/",
    "/{lang}/cities/",
    "/{lang}/cities/berlin/",
    "/{lang}/cities/potsdam/",
    "/{lang}/cities/berlin/welcome-office/",
    "/{lang}/networks/",
    "/{lang}/networks/solidarity-cities/",
    "/{lang}/approaches/",
    "/{lang}/news/",
    "/{lang}/news/launch/",
    "/{lang}/about/",
    "/{lang}/search/?q=berlin",
]
SERIOUS = {"serious", "critical"}


def serious_violations(page):
    results = Axe().run(page, options={"runOnly": ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]})
    return [
        (violation["id"], violation["impact"], [n["target"] for n in violation["nodes"]][:3])
        for violation in results.response["violations"]
        if violation["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("lang", ["en", "el"])
def test_main_pages_have_no_serious_accessibility_violations(live_server, page, site_tree, lang):
    greek = Locale.objects.get(language_code="el")
    translate_page(
        site_tree["city"], greek, {"Berlin": "Βερολίνο", "A featured city.": "Μια πόλη."}
    )
    failures = {}
    for path in PATHS:
        url = live_server.url + path.format(lang=lang)
        response = page.goto(url)
        assert response.status == 200, url
        page.wait_for_load_state("networkidle")
        violations = serious_violations(page)
        if violations:
            failures[url] = violations
    assert failures == {}


def test_keyboard_user_reaches_the_content_with_the_skip_link(live_server, page, site_tree):
    page.goto(f"{live_server.url}/en/cities/berlin/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"

"""Browser tests: Playwright for Python driving Debian's Chromium against live_server.

Outside CI a missing Chromium skips these tests with a message; under CI=true it fails.
Every request that leaves this machine (map tiles, anything else) is aborted, so the tests
prove the site works with only what it serves itself.

The `page` and `phone_page` fixtures let Playwright evaluate test code in the page
(`wait_for_function` with a string, axe) despite the Content-Security-Policy, which forbids
`eval`; `csp_page` keeps the policy in force, for tests/e2e/test_content_security_policy.py.
"""

import os
import re
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
LOCAL_ONLY = re.compile(r"^(?!https?://(localhost|127\.0\.0\.1)[:/])")

# Playwright's sync API runs an event loop in this thread; the ORM calls in our tests are
# still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _chromium_missing_reason():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -r requirements-dev.txt)"
    return None


@pytest.fixture(scope="session")
def browser(django_db_setup):
    reason = _chromium_missing_reason()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Starting Playwright switches this thread to another context, where Django opens new
    # database connections; hand them the snapshot that serialized_rollback restores.
    serialized = {
        connection.alias: connection._test_serialized_contents
        for connection in connections.all(initialized_only=True)
        if hasattr(connection, "_test_serialized_contents")
    }
    with sync_playwright() as playwright:
        for alias, contents in serialized.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def new_page(browser, **options):
    context = browser.new_context(**options)
    context.route(LOCAL_ONLY, lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(15_000)
    return context, page


@pytest.fixture
def csp_page(browser):
    """A desktop page under the site's own Content-Security-Policy, as readers get it."""
    context, page = new_page(browser, viewport={"width": 1280, "height": 900})
    yield page
    context.close()


@pytest.fixture
def page(browser):
    context, page = new_page(browser, viewport={"width": 1280, "height": 900}, bypass_csp=True)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser):
    context, page = new_page(
        browser,
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
        bypass_csp=True,
    )
    yield page
    context.close()


@pytest.fixture(autouse=True)
def quiet_database_after_test():
    """When a browser test ends, the browser may still have a request in the live server
    (an admin page's background fetch). Its transaction would deadlock with the database
    flush that ends a transactional test, so it is ended first; its page is gone anyway."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def without_autosave(settings):
    """Wagtail 8 saves a page form in the background (on the add form, that creates the
    page as a draft) once it differs from the form as it was two seconds after loading.
    A test that filled the form at once and clicked on after those two seconds set off a
    save that could still be running, and create a draft, as the test ended. Tests of
    something else turn autosave off and save when they mean to; the autosave's own test
    waits for it instead (tests/e2e/test_autosave.py)."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0

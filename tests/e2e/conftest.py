"""Browser tests: Playwright for Python driving Debian's Chromium against live_server.

Outside CI a missing Chromium skips these tests with a message; under CI=true it fails.
Every request that leaves this machine (map tiles, anything else) is aborted, so the tests
prove the site works with only what it serves itself.
"""

import os
import re
import shutil

import pytest
from django.db.backends.base.creation import BaseDatabaseCreation

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


def _deserialize_without_tree_sync(original):
    """Restore serialized test data without wagtail-localize re-syncing trees mid-restore.

    Browser tests use serialized_rollback; saving a restored LocaleSynchronization row
    fires wagtail-localize's post_save tree sync (it ignores `raw`), which would create
    alias pages in the middle of the restore.
    """

    def deserialize(self, data):
        from django.db.models.signals import post_save
        from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

        post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
        try:
            return original(self, data)
        finally:
            post_save.connect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)

    return deserialize


BaseDatabaseCreation.deserialize_db_from_string = _deserialize_without_tree_sync(
    BaseDatabaseCreation.deserialize_db_from_string
)


def _chromium_missing_reason():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        return f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -r requirements-dev.txt)"
    return None


@pytest.fixture(scope="session")
def browser():
    reason = _chromium_missing_reason()
    if reason:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"Browser tests cannot run under CI: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.route(LOCAL_ONLY, lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(
        viewport={"width": 390, "height": 844},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    context.route(LOCAL_ONLY, lambda route: route.abort())
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()

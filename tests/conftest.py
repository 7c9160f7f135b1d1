"""Shared fixtures. The database is PostgreSQL when DATABASE_URL points at it, else SQLite.

The test site (tests/world.py) is built once per session; each test runs in a rolled-back
transaction on top of it and gets fresh objects from the `site_tree` fixture.
"""

import pytest
from django.db import connections
from wagtail.models import Locale, Page

from home.models import HomePage
from tests import world
from tests.factories import translate_everything


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Build the test site once, and make it what transactional tests restore."""
    with django_db_blocker.unblock():
        world.build()
        for connection in connections.all(initialized_only=True):
            connection._test_serialized_contents = connection.creation.serialize_db_to_string()


def _transactional(item):
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction"))


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """A browser test (transactional) ends by emptying the database; a plain test after it
    (the order pytest-xdist gives a worker) needs the test site back: restore it at once."""
    yield
    if nextitem is None or not _transactional(item) or _transactional(nextitem):
        return
    from pytest_django.plugin import blocking_manager_key

    with item.config.stash[blocking_manager_key].unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site root paths; a rolled-back test must not leak them into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """A test that switches the language (a request, a command) must not pass it on."""
    yield
    from django.utils import translation

    translation.deactivate()


@pytest.fixture(autouse=True)
def offline_embeds(monkeypatch):
    """oEmbed providers are outside this machine: publishing never reaches them in tests."""
    from wagtail.embeds import embeds
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def not_found(url, *args, **kwargs):
        raise EmbedNotFoundException(f"offline test: {url}")

    monkeypatch.setattr(embeds, "get_embed", not_found)


@pytest.fixture
def site_tree(db):
    """The test site's English pages and snippets by name (see tests/world.py)."""
    return world.load()


@pytest.fixture
def home_pages(db):
    """{language_code: HomePage}; created by the post-migrate set-up, as on a real site."""
    return {
        page.locale.language_code: page
        for page in HomePage.objects.select_related("locale").filter(depth=2)
    }


@pytest.fixture
def english_home(home_pages):
    return home_pages["en"]


@pytest.fixture
def locales(db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def translated_home_pages(home_pages, locales):
    """The seven home pages, the six non-English ones complete translations (not aliases)."""
    english = home_pages["en"]
    return {
        code: english if code == "en" else translate_everything(english, locales[code])
        for code in home_pages
    }

"""Shared fixtures. The database is PostgreSQL when DATABASE_URL points at it, else SQLite."""

import pytest
from wagtail.models import Locale, Page

from home.models import HomePage

LANGUAGE_CODES = ["en", "de", "fr", "el", "it", "pl", "es"]


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

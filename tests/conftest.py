"""Shared fixtures. The database is PostgreSQL when DATABASE_URL points at it, else SQLite."""

import pytest
from wagtail.models import Locale, Page

from home.models import HomePage

LANGUAGE_CODES = ["en", "de", "fr", "el", "it", "pl", "es"]


@pytest.fixture(autouse=True)
def clear_cache():
    """Wagtail caches site root paths; a rolled-back test must not leak them into the next."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def offline_embeds(monkeypatch):
    """oEmbed providers are outside this machine: publishing never reaches them in tests."""
    from wagtail.embeds import embeds
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def not_found(url, *args, **kwargs):
        raise EmbedNotFoundException(f"offline test: {url}")

    monkeypatch.setattr(embeds, "get_embed", not_found)


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


def translate_page(page, locale, strings=None):
    """Translate `page` into `locale` through wagtail-localize, as a translator would.

    `strings` maps English segments to their translation; segments left out keep the
    English text (wagtail-localize's fallback). Returns the translated page.
    """
    from wagtail_localize.models import StringTranslation, Translation, TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = (strings or {}).get(segment.string.data)
        if text is not None:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )
    translation.save_target(publish=True)
    return page.get_translation(locale).specific


@pytest.fixture
def translated_home_pages(home_pages, locales):
    """The seven home pages, the six non-English ones real translations (not aliases)."""
    english = home_pages["en"]
    return {
        code: english if code == "en" else translate_page(english, locales[code])
        for code in home_pages
    }

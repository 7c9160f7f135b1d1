"""The site's languages, and the translation rules every page type shares.

English is the source language; the others are translations (or aliases of English
pages until translated). The list itself lives in settings.LANGUAGES.
"""

from django.conf import settings
from wagtail.models import Locale
from wagtail_localize.fields import SynchronizedField

# Slugs stay the English ones in every language: addresses, API filters and links keep
# working across languages, and two translations never clash under one parent.
PAGE_SYNCHRONISED_FIELDS = [SynchronizedField("slug", overridable=False)]


def language_codes():
    """Every site language code, source language first: ["en", "de", ...]."""
    return [code for code, _name in settings.LANGUAGES]


def translated_language_codes():
    """The language codes other than the source language."""
    return [code for code in language_codes() if code != settings.LANGUAGE_CODE]


def source_locale():
    """The Locale of the source language (English)."""
    return Locale.objects.get(language_code=settings.LANGUAGE_CODE)


def current_locale():
    """The Locale of the active language (falls back to the default locale)."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()

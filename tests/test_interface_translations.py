"""Every interface string is translated, in every language, and the catalogues compile."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


def catalogue(code):
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("code", LANGUAGES)
def test_catalogue_is_fully_translated_without_fuzzy_entries(code):
    po = catalogue(code)
    live = [entry for entry in po if not entry.obsolete]
    assert live, f"{code}: empty catalogue"
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"{code}: {len(untranslated)} untranslated: {untranslated[:5]}"
    assert fuzzy == [], f"{code}: {len(fuzzy)} fuzzy: {fuzzy[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_placeholders_survive_translation(code):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}")
    for entry in catalogue(code):
        if entry.obsolete:
            continue
        expected = sorted(placeholder.findall(entry.msgid_plural or entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            found = sorted(placeholder.findall(text))
            # A singular form may spell the number out ("one result"), never add one.
            assert set(found) <= set(expected), (code, entry.msgid, text)
            if not entry.msgid_plural:
                assert found == expected, (code, entry.msgid, text)


def test_compiled_catalogues_are_in_use():
    with translation.override("pl"):
        assert translation.gettext("Skip to main content") != "Skip to main content"

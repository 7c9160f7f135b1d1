"""Every interface string is translated, in every language, and the catalogues compile."""

from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
# What `make messages-extract` leaves out (keep the two in step).
EXTRACT_IGNORE = [".venv/*", "static/*", "media/*", "node_modules/*"]


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


def test_every_marked_string_is_extracted_and_no_stale_one_kept(tmp_path, settings, monkeypatch):
    """The catalogues match the code: `make messages-extract` was run after the last change."""
    import shutil

    from django.core.management import call_command

    # makemessages writes beside the code it reads: let it read a copy of the code.
    source = tmp_path / "source"
    skip = shutil.ignore_patterns(
        ".*", "locale", "static", "media", "node_modules", "__pycache__", "var", "backups"
    )
    shutil.copytree(settings.BASE_DIR, source, ignore=skip)
    monkeypatch.chdir(source)
    settings.LOCALE_PATHS = [source / "extracted"]
    call_command("makemessages", locale=["de"], ignore_patterns=EXTRACT_IGNORE, verbosity=0)
    po = polib.pofile(str(source / "extracted/de/LC_MESSAGES/django.po"))
    extracted = {entry.msgid for entry in po if entry.msgid}
    committed = {entry.msgid for entry in catalogue("de") if not entry.obsolete and entry.msgid}
    assert sorted(extracted - committed) == [], "marked in the code, missing from locale/"
    assert sorted(committed - extracted) == [], "in locale/, no longer in the code"


def test_compiled_catalogues_are_in_use():
    with translation.override("pl"):
        assert translation.gettext("Skip to main content") != "Skip to main content"

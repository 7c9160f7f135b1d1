"""The demo's data files hang together, without a database (a full load takes a minute).

Every YAML file parses, every reference resolves and every PO file is clean: no fuzzy or
empty entries, and no translation of a segment that the English content no longer has.
The tests run on the real demo and on the small dataset of the loader's own test.
"""

from pathlib import Path

import polib
import pytest
from wagtail_localize.strings import extract_strings

from demo.content import CONTENT_DIR, LOCALE_DIR, DemoContent, po_files, read_yaml
from demo.loader import SECTION_MODELS, slugify_city

TEST_DATA = Path(__file__).resolve().parent / "data" / "demo"
DATASETS = {
    "demo": (CONTENT_DIR, LOCALE_DIR),
    "test-data": (TEST_DATA / "content", TEST_DATA / "locale"),
}


@pytest.fixture(params=DATASETS, scope="module")
def dataset(request):
    """(DemoContent, locale directory) of one dataset."""
    content_dir, locale_dir = DATASETS[request.param]
    return DemoContent.from_directory(content_dir), locale_dir


def blocks(content):
    """Every StreamField block of every page, with the page it belongs to."""
    pages = content.pages
    for page in [pages["home"], *pages["standard_pages"], *pages["news"], *content.networks]:
        for block in page.get("body", []):
            yield page.get("slug", "home"), block
    for city, profile in content.profiles.items():
        for block in profile.get("body", []):
            yield city, block
    for _city, approach in content.approaches:
        for block in approach.get("body", []):
            yield approach["slug"], block


def test_every_data_file_parses():
    for path in sorted(Path(CONTENT_DIR).rglob("*.yaml")):
        assert read_yaml(path), path
    content = DemoContent.from_directory()
    assert content.cities and content.profiles and content.pages["standard_pages"]


def test_profiles_belong_to_featured_cities(dataset):
    content, _locale_dir = dataset
    cities = {city["name"]: city for city in content.cities}
    assert set(content.profiles) <= set(cities), "a profile's city is missing from cities.yaml"
    featured = {name for name, city in cities.items() if city["featured"]}
    assert featured == set(content.profiles), "featured cities and profiles differ"


def test_slugs_are_unique(dataset):
    content, _locale_dir = dataset
    city_slugs = [slugify_city(city["name"]) for city in content.cities]
    approach_slugs = [approach["slug"] for _city, approach in content.approaches]
    for slugs in (city_slugs, approach_slugs, [n["slug"] for n in content.networks]):
        assert len(slugs) == len(set(slugs)), slugs


def test_references_resolve(dataset):
    content, _locale_dir = dataset
    networks = {network["slug"] for network in content.networks}
    areas = {area["slug"] for area in content.policy_areas}
    approaches = {approach["slug"] for _city, approach in content.approaches}
    for city in content.cities:
        assert set(city.get("networks", [])) <= networks, city["name"]
    for _city, approach in content.approaches:
        assert approach["policy_areas"], approach["slug"]
        assert set(approach["policy_areas"]) <= areas, approach["slug"]
        assert set(approach.get("related", [])) <= approaches, approach["slug"]
        assert approach["slug"] not in approach.get("related", []), approach["slug"]
    images = content.images
    for where, block in blocks(content):
        assert set(block) == {"type", "value"}, where
        if block["type"] == "image":
            assert block["value"]["image"] in images, f"{where}: image key not defined"
    sections = [section["type"] for section in content.pages["sections"]]
    assert sorted(sections) == sorted(SECTION_MODELS)


def english_segments(content):
    """Every string of the content to be translated, as wagtail-localize extracts it.

    A rich-text value (HTML) yields its text segments; any other string counts whole.
    That is generous (slugs and addresses count too), but a segment that the content no
    longer has is never in it.
    """
    translated = [*content.policy_areas]
    pages = content.pages
    for page in [pages["home"], *pages["sections"], *pages["standard_pages"]]:
        if page.get("translated"):
            translated.append(page)
    for profile in content.profiles.values():
        if profile.get("translated"):
            translated.extend([profile, *profile.get("approaches", [])])
    translated.append(content.site)  # site texts, partners page, country context
    segments = set()

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            segments.add(value)
            if "<" in value:
                _template, strings = extract_strings(value)
                segments.update(string.data for string, _attrs in strings)

    walk(translated)
    return segments


def test_po_files_are_clean_and_current(dataset):
    content, locale_dir = dataset
    files = po_files(locale_dir)
    assert files
    segments = english_segments(content)
    for code, path in files.items():
        po = polib.pofile(str(path))
        assert po.metadata.get("Language") == code, path
        assert not po.fuzzy_entries(), f"{path}: fuzzy entries"
        assert not po.untranslated_entries(), f"{path}: empty entries"
        assert not po.obsolete_entries(), f"{path}: obsolete entries"
        stale = [entry.msgid for entry in po if entry.msgid not in segments]
        assert not stale, f"{path}: no longer in the English content: {stale}"


def test_demo_po_files_translate_the_same_segments():
    """Each language translates the same English segments (the demo's six languages)."""
    files = po_files(LOCALE_DIR)
    assert set(files) == {"de", "fr", "el", "it", "pl", "es"}
    msgids = {
        code: {entry.msgid for entry in polib.pofile(str(path))} for code, path in files.items()
    }
    assert all(ids == msgids["de"] for ids in msgids.values())


def test_city_names_name_demo_cities_in_our_languages():
    """demo/content/city_names.yaml: every entry is a demo city, every language ours."""
    content = DemoContent.from_directory()
    cities = {city["name"] for city in content.cities}
    assert set(content.city_names) <= cities
    for names in content.city_names.values():
        assert set(names) <= {"de", "fr", "el", "it", "pl", "es"}
        assert all(isinstance(name, str) and name.strip() for name in names.values())
    assert content.names_in("it")["Naples"] == "Napoli"
    assert content.names_in("pl")["Warsaw"] == "Warszawa"
    assert content.names_in("el")["Munich"] == "Μόναχο"
    assert "Berlin" not in content.names_in("de")  # the same name: the page stays an alias

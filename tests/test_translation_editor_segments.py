"""The translation editor works for every page type and every block.

Every page type is built with every block its body offers, then submitted for translation
the way wagtail-localize does it (TranslationSource). Translators must be offered every
piece of text readers see, and nothing that is not language: coordinates, country codes,
addresses on the web, e-mail addresses, slugs, choices and numbers stay shared (web
addresses and images may be overridden per language, but are not text to translate).

Deliberate choices: names of people (quote speakers) and organisations (actors, contacts,
source publishers) are offered, because Greek transliterates them and organisations often
have an established name in each language; a key figure's value ("2,000") is offered,
because digit grouping differs between languages ("2.000", "2 000").
"""

import html
import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from citypages.models import (
    ApproachPage,
    CityPage,
    CountryContext,
    NetworkPage,
    PolicyArea,
)
from home.models import NewsPage, StandardPage

pytestmark = pytest.mark.django_db

LINK = "https://example.org/report"
PROMOTE = {"seo_title": "Promote SEO title", "search_description": "Promote search description"}
CONTACT = {
    "name": "Contact name",
    "role": "Contact role",
    "organisation": "Contact organisation",
    "email": "contact@example.org",
    "url": "https://contact.example.org/",
}
NEVER_OFFERED = [
    "https://",
    "@example.org",
    "SRID=4326",
    "POINT(",
    "municipality",
    "international",
    "active",
    "2015",
    "2019",
]


def rich_text(text):
    return f'<p>{text} with <a href="{LINK}">a link</a>.</p>'


def base_blocks(image):
    return [
        {"type": "heading", "value": {"text": "Heading text"}},
        {"type": "paragraph", "value": rich_text("Paragraph text")},
        {
            "type": "quote",
            "value": {"text": "Quote text", "speaker": "Quote speaker", "role": "Quote role"},
        },
        {"type": "key_figure", "value": {"value": "2,000", "label": "Key figure label"}},
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "alt": "Image alt text",
                "caption": "Image caption",
                "credit": "Image credit",
            },
        },
        {
            "type": "embed",
            "value": {"url": "https://vimeo.com/76979871", "caption": "Embed caption"},
        },
    ]


def city_blocks(image):
    """Lists written in the plain format that imports and the demo loader use."""
    return base_blocks(image) + [
        {
            "type": "timeline",
            "value": {
                "heading": "Timeline heading",
                "events": [{"year": 2015, "event": "Timeline event"}],
            },
        },
        {
            "type": "actors",
            "value": {
                "heading": "Actors heading",
                "actors": [
                    {"name": "Actor name", "kind": "municipality", "url": "https://actor.example/"}
                ],
            },
        },
        {
            "type": "sources",
            "value": {
                "heading": "Sources heading",
                "items": [
                    {
                        "title": "Source title",
                        "publisher": "Source publisher",
                        "year": 2019,
                        "url": "https://source.example/",
                    }
                ],
            },
        },
    ]


BASE_STRINGS = [
    "Heading text",
    "Paragraph text with",
    "Quote text",
    "Quote speaker",
    "Quote role",
    "2,000",
    "Key figure label",
    "Image alt text",
    "Image caption",
    "Image credit",
    "Embed caption",
]
CITY_STRINGS = BASE_STRINGS + [
    "Timeline heading",
    "Timeline event",
    "Actors heading",
    "Actor name",
    "Sources heading",
    "Source title",
    "Source publisher",
]
CONTACT_STRINGS = ["Contact name", "Contact role", "Contact organisation"]


@pytest.fixture
def image(db):
    return get_image_model().objects.create(title="Test image", file=get_test_image_file())


@pytest.fixture
def pages(site_tree, image):
    """One page of every type, each with every field and block it has."""
    home = site_tree["home"]
    home.intro = rich_text("Home intro")
    home.body = json.dumps(base_blocks(image))
    home.seo_title, home.search_description = PROMOTE["seo_title"], PROMOTE["search_description"]
    home.save()

    def add(parent, page):
        for name, value in PROMOTE.items():
            setattr(page, name, value)
        parent.add_child(instance=page)
        return page

    def index(key):
        """The test site's index page `key`, with an introduction and promote fields."""
        page = site_tree[key]
        page.intro = rich_text("Index")
        for name, value in PROMOTE.items():
            setattr(page, name, value)
        page.save()
        return page

    city_index = index("city_index")
    network_index = index("network_index")
    news_index = index("news_index")
    city = add(
        city_index,
        CityPage(
            title="Page title",
            slug="page-slug",
            country="DE",
            location="SRID=4326;POINT(13.400000 52.520000)",
            population=3_600_000,
            featured=True,
            subtitle="City subtitle",
            summary="City summary",
            why_listed="City why listed",
            key_takeaways=json.dumps([{"type": "takeaway", "value": "City takeaway"}]),
            body=json.dumps(city_blocks(image)),
        ),
    )
    return {
        "home": home,
        "standard": add(
            home,
            StandardPage(
                title="Page title",
                slug="standard-page",
                intro="Standard intro",
                body=json.dumps(base_blocks(image)),
            ),
        ),
        "news_index": news_index,
        "news": add(
            news_index,
            NewsPage(
                title="Page title",
                slug="news-item",
                intro="News intro",
                body=json.dumps(base_blocks(image)),
            ),
        ),
        "city_index": city_index,
        "city": city,
        "approach_index": index("approach_index"),
        "approach": add(
            city,
            ApproachPage(
                title="Page title",
                slug="approach-slug",
                short_title="Approach short title",
                summary="Approach summary",
                status="active",
                body=json.dumps(city_blocks(image) + [{"type": "contact", "value": CONTACT}]),
                contact=json.dumps([{"type": "contact", "value": CONTACT}]),
            ),
        ),
        "network_index": network_index,
        "network": add(
            network_index,
            NetworkPage(
                title="Page title",
                slug="network-slug",
                acronym="NWK",
                scope="international",
                founded=2015,
                website="https://network.example.org/",
                logo=image,
                summary="Network summary",
                body=json.dumps(base_blocks(image)),
            ),
        ),
    }


EXPECTED = {
    "home": ["Home intro", *BASE_STRINGS],
    "standard": ["Standard intro", *BASE_STRINGS],
    "news_index": ["Index"],
    "news": ["News intro", *BASE_STRINGS],
    "city_index": ["Index"],
    "city": [
        "City subtitle",
        "City summary",
        "City why listed",
        "City takeaway",
        *CITY_STRINGS,
    ],
    "approach_index": ["Index"],
    "approach": [
        "Approach short title",
        "Approach summary",
        *CITY_STRINGS,
        *CONTACT_STRINGS,
    ],
    "network_index": ["Index"],
    "network": ["Network summary", *BASE_STRINGS],
}


def offered_strings(obj):
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    return [segment.string.data for segment in source.stringsegment_set.select_related("string")]


def overridable_paths(obj):
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    return [segment.context.path for segment in source.overridablesegment_set.all()]


def is_offered(expected, strings):
    return any(string == expected or string.startswith(expected) for string in strings)


def test_every_text_of_every_page_type_is_offered(pages):
    problems = {}
    for name, texts in EXPECTED.items():
        page = pages[name]
        strings = offered_strings(page)
        expected = [page.title, *PROMOTE.values(), *texts]
        missing = [text for text in expected if not is_offered(text, strings)]
        if missing:
            problems[name] = missing
    assert not problems, f"not offered to translators: {problems}"


def test_no_code_address_or_identifier_is_offered_as_text(pages):
    problems = {}
    for name in EXPECTED:
        page = pages[name]
        wrong = [
            string
            for string in offered_strings(page)
            if string in (page.slug, "DE", "NWK", "3600000")
            or any(marker in string for marker in NEVER_OFFERED)
        ]
        if wrong:
            problems[name] = wrong
    assert not problems, f"offered to translators but not language: {problems}"


def test_links_in_rich_text_are_overridable_not_text(pages):
    paths = overridable_paths(pages["standard"])
    assert any(path.endswith(f"'{LINK}'") for path in paths)


def test_coordinates_and_country_are_not_even_overridable(pages):
    paths = overridable_paths(pages["city"])
    assert not [path for path in paths if path in ("location", "country", "slug")]


def test_web_addresses_and_images_can_be_overridden_per_language(pages):
    paths = overridable_paths(pages["network"])
    assert "website" in paths
    assert "logo" in paths
    approach_paths = overridable_paths(pages["approach"])
    assert any(path.endswith(".email") for path in approach_paths)
    assert any(path.endswith(".image") for path in approach_paths)


def test_plain_lists_written_by_code_are_stored_in_the_block_format(pages):
    """Otherwise wagtail-localize would skip timeline events, actors and sources."""
    raw = list(pages["city"].body.raw_data)
    timeline = next(block for block in raw if block["type"] == "timeline")
    event = timeline["value"]["events"][0]
    assert event["type"] == "item" and event["id"]
    assert event["value"]["event"] == "Timeline event"


def test_snippets_offer_their_text_only(db):
    english = Locale.objects.get(language_code="en")
    area = PolicyArea.objects.create(
        name="Area name", slug="area-slug", description="Area description", locale=english
    )
    strings = offered_strings(area)
    assert strings == ["Area name", "Area description"]
    context = CountryContext.objects.create(
        country="IT", text="<p>Context text</p>", locale=english
    )
    assert offered_strings(context) == ["Context text"]
    assert "country" not in overridable_paths(context)


def editor_props(response):
    match = re.search(r'data-props="([^"]*)"', response.content.decode())
    assert match, "no translation editor on the page"
    return json.loads(html.unescape(match.group(1)))


def test_the_translation_editor_shows_every_segment_of_every_page_type(pages, client):
    """The editor itself (not only the extraction) offers the texts, for every type."""
    admin = get_user_model().objects.create_superuser("admin-editor", "a@example.org", "pw")
    client.force_login(admin)
    french = Locale.objects.get(language_code="fr")
    problems = {}
    for name, texts in EXPECTED.items():  # parents before children
        page = pages[name]
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translation = Translation.objects.create(source=source, target_locale=french)
        translation.save_target()
        target = page.get_translation(french)
        response = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk]))
        assert response.status_code == 200, name
        segments = editor_props(response)["segments"]
        shown = [segment["source"] for segment in segments if segment["type"] == "string"]
        missing = [text for text in [page.title, *texts] if not is_offered(text, shown)]
        if missing:
            problems[name] = missing
    assert not problems, f"missing in the editor: {problems}"

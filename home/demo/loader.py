"""Builds the demo site from the data modules beside this file. Idempotent.

English pages are created and published first; the six other languages then receive
aliases (wagtail-localize's synchronised trees), and the pages listed in `translated.py`
are translated through wagtail-localize's own translation objects, so that they stay
linked to their English source exactly as a translator's work would.
"""

import importlib
import io
import json
import random
from contextlib import contextmanager
from dataclasses import dataclass, field

from anyascii import anyascii
from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.db import transaction
from django.db.models.signals import post_save
from django.utils.text import slugify
from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.synctree import synchronize_tree

from citypages.models import (
    ApproachIndexPage,
    ApproachPage,
    ApproachPolicyArea,
    CityIndexPage,
    CityNetworkMembership,
    CityPage,
    NetworkIndexPage,
    NetworkPage,
    PolicyArea,
    RelatedApproach,
)
from core.geo import format_point
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from home.setup import ensure_site_structure
from translation.strings import translate_with_strings

from . import approaches, cities, networks, pages, policy_areas, profiles, translated

IMAGE_CREDIT = "Generated illustration, Moving Cities demo"
SECTION_PAGES = [
    # (model, slug, title, intro, show in menus)
    (
        CityIndexPage,
        "cities",
        "Cities",
        "<p>Every municipality on our map, with filters by country, network and policy area. "
        "Cities with an in-depth profile are highlighted.</p>",
        True,
    ),
    (
        ApproachIndexPage,
        "approaches",
        "Approaches",
        "<p>Local approaches in six policy areas: what cities do, how it works and what came "
        "of it.</p>",
        True,
    ),
    (
        NetworkIndexPage,
        "networks",
        "Networks",
        "<p>The local, national and international networks through which cities act together.</p>",
        True,
    ),
    (NewsIndexPage, "news", "News", "<p>News from the Moving Cities team (demo).</p>", True),
]


@dataclass
class Report:
    created: int = 0
    translated: int = 0
    missing: list = field(default_factory=list)


def publish(page):
    page.save_revision().publish()
    return page


def child_by_slug(parent, slug):
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page else None


def add_page(parent, instance, report):
    """Create and publish `instance` under `parent` unless a page with its slug exists."""
    existing = child_by_slug(parent, instance.slug)
    if existing is not None:
        return existing
    parent.add_child(instance=instance)
    report.created += 1
    return publish(instance)


def stream(blocks, images):
    """Data-module blocks -> StreamField JSON, with image keys replaced by image ids."""
    raw = []
    for block_type, value in blocks:
        if block_type == "image":
            value = {**value, "image": images[value["image"]].pk}
        raw.append({"type": block_type, "value": value})
    return json.dumps(raw)


def generated_image(key, title, seed_text):
    """An abstract illustration made with Pillow (the demo ships no photographs)."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    rng = random.Random(seed_text)
    width, height = 1200, 800
    base = tuple(rng.randint(30, 120) for _ in range(3))
    canvas = PILImage.new("RGB", (width, height), base)
    draw = ImageDraw.Draw(canvas)
    for _ in range(14):
        colour = tuple(min(255, c + rng.randint(40, 150)) for c in base)
        x, y = rng.randint(-200, width), rng.randint(-200, height)
        r = rng.randint(60, 320)
        draw.ellipse([x, y, x + r, y + r], fill=colour)
    for i in range(0, width, 40):
        draw.line([(i, height), (i + 300, height - 300)], fill=(255, 255, 255), width=1)
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=80)
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"demo-{key}.jpg")
    image.save()
    return image


@contextmanager
def search_index_updates_paused():
    """Disconnect modelsearch's per-save indexing for the duration of a bulk load."""
    models = [
        m for m in search_index.get_indexed_models() if getattr(m, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    try:
        yield
    finally:
        for model in models:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout or io.StringIO()
        self.report = Report()
        self.images = {}

    def log(self, message):
        self.stdout.write(message)

    def run(self):
        """Load everything in one transaction, then index it for search and usage counts.

        Per-save search and reference indexing would make up most of the load time; doing
        it once at the end gives the same index in a fraction of it.
        """
        with disable_reference_index_auto_update(), search_index_updates_paused():
            with transaction.atomic():
                self.load()
        call_command("rebuild_references_index", stdout=io.StringIO())
        call_command("update_index", stdout=io.StringIO())
        self.log(
            f"Demo content: {self.report.created} pages created, "
            f"{self.report.translated} translations saved, "
            f"{len(self.report.missing)} segments without a translation."
        )
        return self.report

    def load(self):
        ensure_site_structure()
        self.english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.home = HomePage.objects.get(locale=self.english, depth=2)
        self.load_home()
        self.load_policy_areas()
        self.sections = {row[1]: self.load_section(*row) for row in SECTION_PAGES}
        self.load_standard_pages()
        self.load_networks()
        self.load_cities()
        self.load_approaches()
        self.load_news()
        # Aliases first, then translations: translating an alias keeps it live, whereas a
        # page translated from scratch starts as a draft (SYNC_LIVE_STATUS_ON_TRANSLATE).
        self.sync_other_languages()
        self.translate()

    # English source content -------------------------------------------------------

    def load_home(self):
        home = self.home
        if not home.intro:
            home.intro = f"<p>{pages.HOME['intro']}</p>"
            home.body = stream(pages.HOME.get("body", []), self.images)
            publish(home)

    def load_policy_areas(self):
        self.policy_areas = {}
        for position, area in enumerate(policy_areas.POLICY_AREAS):
            obj, _created = PolicyArea.objects.get_or_create(
                slug=area["slug"],
                locale=self.english,
                defaults={
                    "name": area["name"],
                    "description": area["description"],
                    "sort_order": position,
                },
            )
            self.policy_areas[area["slug"]] = obj

    def load_section(self, model, slug, title, intro, in_menu):
        return add_page(
            self.home,
            model(title=title, slug=slug, intro=intro, show_in_menus=in_menu),
            self.report,
        )

    def load_standard_pages(self):
        for data in pages.STANDARD_PAGES:
            add_page(
                self.home,
                StandardPage(
                    title=data["title"],
                    slug=data["slug"],
                    intro=data.get("intro", ""),
                    body=stream(data.get("body", []), self.images),
                    show_in_menus=data["slug"] == "about",
                ),
                self.report,
            )

    def load_networks(self):
        self.networks = {}
        index = self.sections["networks"]
        for data in networks.NETWORKS:
            body = [("paragraph", f"<p>{text}</p>") for text in data["body"]]
            self.networks[data["slug"]] = add_page(
                index,
                NetworkPage(
                    title=data["title"],
                    slug=data["slug"],
                    acronym=data["acronym"],
                    scope=data["scope"],
                    founded=data["founded"],
                    website=data["website"],
                    summary=data["summary"],
                    body=stream(body, {}),
                ),
                self.report,
            )

    def profile_images(self, city_name, body):
        for block_type, value in body:
            if block_type == "image" and value["image"] not in self.images:
                key = value["image"]
                self.images[key] = generated_image(
                    key, f"{city_name}: {value.get('alt', key)}"[:255], key
                )

    def load_cities(self):
        self.cities = {}
        index = self.sections["cities"]
        for data in cities.CITIES:
            profile = profiles.PROFILES.get(data["name"], {})
            self.profile_images(data["name"], profile.get("body", []))
            slug = slugify_city(data["name"])
            city = child_by_slug(index, slug)
            if city is None:
                city = CityPage(
                    title=data["name"],
                    slug=slug,
                    country=data["country"],
                    location=format_point(data["lat"], data["lng"]),
                    population=data.get("population"),
                    featured=data["featured"],
                    why_listed=data.get("why_listed", ""),
                    subtitle=profile.get("subtitle", ""),
                    summary=profile.get("summary", ""),
                    key_takeaways=json.dumps(
                        [
                            {"type": "takeaway", "value": text}
                            for text in profile.get("key_takeaways", [])
                        ]
                    ),
                    body=stream(profile.get("body", []), self.images),
                )
                for position, network_slug in enumerate(data["networks"]):
                    city.network_links.add(
                        CityNetworkMembership(
                            network=self.networks[network_slug], sort_order=position
                        )
                    )
                index.add_child(instance=city)
                publish(city)
                self.report.created += 1
            self.cities[data["name"]] = city

    def load_approaches(self):
        self.approaches = {}
        for data in approaches.APPROACHES:
            city = self.cities[data["city"]]
            approach = child_by_slug(city, data["slug"])
            if approach is None:
                contact = (
                    [{"type": "contact", "value": data["contact"]}] if data.get("contact") else []
                )
                approach = ApproachPage(
                    title=data["title"],
                    slug=data["slug"],
                    short_title=data["short_title"],
                    summary=data["summary"],
                    status=data["status"],
                    discontinued_year=data.get("discontinued_year"),
                    body=stream(data["body"], self.images),
                    contact=json.dumps(contact),
                )
                for position, area_slug in enumerate(data["policy_areas"]):
                    approach.policy_area_links.add(
                        ApproachPolicyArea(
                            policy_area=self.policy_areas[area_slug], sort_order=position
                        )
                    )
                city.add_child(instance=approach)
                publish(approach)
                self.report.created += 1
            self.approaches[data["slug"]] = approach
        for data in approaches.APPROACHES:
            approach = self.approaches[data["slug"]]
            if data.get("related") and not approach.related_links.exists():
                for position, slug in enumerate(data["related"]):
                    approach.related_links.add(
                        RelatedApproach(related=self.approaches[slug], sort_order=position)
                    )
                publish(approach)

    def load_news(self):
        index = self.sections["news"]
        for data in pages.NEWS:
            add_page(
                index,
                NewsPage(
                    title=data["title"],
                    slug=data["slug"],
                    date=data["date"],
                    intro=data["intro"],
                    body=stream(data.get("body", []), {}),
                ),
                self.report,
            )

    # Other languages ---------------------------------------------------------------

    def sync_other_languages(self):
        for locale in Locale.objects.exclude(pk=self.english.pk):
            synchronize_tree(self.english, locale)

    def objects_to_translate(self):
        yield from self.policy_areas.values()
        yield self.home
        yield from self.sections.values()
        about = child_by_slug(self.home, "about")
        if about:
            yield about
        for name in translated.TRANSLATED_CITIES:
            city = self.cities[name]
            yield city
            yield from ApproachPage.objects.child_of(city).specific()

    def translate(self):
        for locale in Locale.objects.exclude(pk=self.english.pk):
            module = f"{__package__}.translations.{locale.language_code}"
            try:
                strings = importlib.import_module(module).STRINGS
            except ModuleNotFoundError:
                self.log(f"No demo translations for {locale.language_code}.")
                continue
            for obj in self.objects_to_translate():
                self.translate_object(obj, locale, strings)

    def translate_object(self, obj, locale, strings):
        """Translate one page or snippet through wagtail-localize, unless already done."""
        translation_obj = obj.get_translation_or_none(locale)
        if translation_obj is not None and not getattr(translation_obj, "alias_of_id", None):
            return
        _translation, missing = translate_with_strings(obj, locale, strings)
        self.report.missing.extend((locale.language_code, text) for text in missing)
        self.report.translated += 1


def slugify_city(name):
    return slugify(anyascii(name))

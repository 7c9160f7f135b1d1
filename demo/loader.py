"""Builds the demo site from the data files in demo/content/ and demo/locale/. Idempotent.

English pages are created and published first; the six other languages then receive
aliases (wagtail-localize's synchronised trees), and the pages and snippets marked
`translated` in the content are translated through wagtail-localize's own translation
objects with the strings of the PO files, so that they stay linked to their English
source exactly as a translator's work would.

A page whose slug exists under its parent is left alone, as is a translation that exists.
A second run therefore creates nothing; it then also skips rebuilding the search and
reference indexes, so it takes seconds.
"""

import io
import json
from dataclasses import dataclass, field

from anyascii import anyascii
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail_localize.models import Translation

from citypages.models import (
    ApproachIndexPage,
    ApproachPage,
    ApproachPolicyArea,
    CityIndexPage,
    CityNetworkMembership,
    CityPage,
    CountryContext,
    NetworkIndexPage,
    NetworkPage,
    PolicyArea,
    RelatedApproach,
)
from core.geo import format_point
from core.tree import alias_missing_pages
from home.models import HomePage, NewsIndexPage, NewsPage, SiteTexts, StandardPage
from home.setup import ensure_site_structure
from partners.models import PartnersPage
from translation.strings import translate_with_strings

from .content import CONTENT_DIR, LOCALE_DIR, DemoContent, po_files, read_translations
from .images import generated_image
from .indexes import search_index_updates_paused

SECTION_MODELS = {
    "cities": CityIndexPage,
    "approaches": ApproachIndexPage,
    "networks": NetworkIndexPage,
    "news": NewsIndexPage,
}


@dataclass
class Report:
    created: int = 0  # English pages
    aliased: int = 0
    translated: int = 0  # pages and snippets, counted once per language
    other: int = 0  # images, policy areas and the home page's content
    missing: list = field(default_factory=list)  # (language code, English segment)

    @property
    def changed(self):
        return bool(self.created or self.aliased or self.translated or self.other)


def publish(page, clean=True):
    """Publish `page`'s current state as a new revision.

    `clean=False` skips validating the page a second time right after `add_child` did.
    """
    page.save_revision(clean=clean).publish()


def children(parent):
    """{slug: specific page} of `parent`'s children (one query per page type)."""
    return {page.slug: page for page in parent.get_children().specific()}


def stream(blocks, images):
    """StreamField JSON of data-file blocks, with image keys replaced by image ids."""
    raw = []
    for block in blocks:
        value = block["value"]
        if block["type"] == "image":
            value = {**value, "image": images[value["image"]].pk}
        raw.append({"type": block["type"], "value": value})
    return json.dumps(raw)


def slugify_city(name):
    return slugify(anyascii(name))


class DemoLoader:
    """Loads the content of `content_dir` and the translations of `locale_dir`."""

    def __init__(self, stdout=None, content_dir=CONTENT_DIR, locale_dir=LOCALE_DIR):
        self.stdout = stdout or io.StringIO()
        self.content = DemoContent.from_directory(content_dir)
        self.locale_dir = locale_dir
        self.report = Report()

    def log(self, message):
        self.stdout.write(message)

    def run(self):
        """Load everything in one transaction, then index it for search and usage counts.

        Per-save search and reference indexing would make up most of the load time; doing
        it once at the end gives the same index in a fraction of it, and when nothing was
        created the indexes are up to date already.
        """
        with disable_reference_index_auto_update(), search_index_updates_paused():
            with transaction.atomic():
                self.load()
        if self.report.changed:
            call_command("rebuild_references_index", stdout=io.StringIO())
            call_command("update_index", stdout=io.StringIO())
        self.log(
            f"Demo content: {self.report.created} pages created, "
            f"{self.report.aliased} aliases created, "
            f"{self.report.translated} translations saved, "
            f"{len(self.report.missing)} segments without a translation."
        )
        return self.report

    def load(self):
        ensure_site_structure(sync_trees=False)  # aliasing follows the pages, counted
        self.english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.other_locales = list(Locale.objects.exclude(pk=self.english.pk))
        self.home = HomePage.objects.get(locale=self.english, depth=2)
        self.images = self.load_images()
        self.load_home()
        self.policy_areas = self.load_policy_areas()
        home_children = children(self.home)
        self.sections = self.load_sections(home_children)
        self.standard_pages = self.load_standard_pages(home_children)
        self.networks = self.load_networks()
        self.cities = self.load_cities()
        self.approaches = self.load_approaches()
        self.load_news()
        self.partners_page = self.load_partners_page(children(self.home))
        self.site_texts = self.load_site_texts()
        self.country_contexts = self.load_country_contexts()
        # Aliases first, then translations: translating an alias keeps it live and in its
        # place in the tree, whereas a page translated from scratch starts as a draft.
        for locale in self.other_locales:
            self.report.aliased += alias_missing_pages(self.english, locale)
        self.translate()

    def add_page(self, parent, existing, page, publish_now=True):
        """Create `page` under `parent` unless `existing` (parent's children) has its slug.

        Returns (page, created).
        """
        if page.slug in existing:
            return existing[page.slug], False
        parent.add_child(instance=page)
        self.report.created += 1
        if publish_now:
            publish(page, clean=False)
        return page, True

    # English source content -------------------------------------------------------

    def load_images(self):
        images = {}
        for key, title in self.content.images.items():
            images[key], created = generated_image(key, title)
            self.report.other += created
        return images

    def load_home(self):
        home, data = self.home, self.content.pages["home"]
        if not home.intro:
            home.title = data["title"]
            home.intro = data["intro"]
            home.body = stream(data.get("body", []), self.images)
            publish(home)
            self.report.other += 1

    def load_policy_areas(self):
        areas = {}
        for position, data in enumerate(self.content.policy_areas):
            areas[data["slug"]], created = PolicyArea.objects.get_or_create(
                slug=data["slug"],
                locale=self.english,
                defaults={
                    "name": data["name"],
                    "description": data["description"],
                    "sort_order": position,
                },
            )
            self.report.other += created
        return areas

    def load_sections(self, existing):
        """{section type: index page}"""
        return {
            data["type"]: self.add_page(
                self.home,
                existing,
                SECTION_MODELS[data["type"]](
                    title=data["title"],
                    slug=data["slug"],
                    intro=data.get("intro", ""),
                    show_in_menus=data.get("show_in_menus", False),
                ),
            )[0]
            for data in self.content.pages["sections"]
        }

    def load_standard_pages(self, existing):
        return {
            data["slug"]: self.add_page(
                self.home,
                existing,
                StandardPage(
                    title=data["title"],
                    slug=data["slug"],
                    intro=data.get("intro", ""),
                    body=stream(data.get("body", []), self.images),
                    show_in_menus=data.get("show_in_menus", False),
                ),
            )[0]
            for data in self.content.pages["standard_pages"]
        }

    def load_networks(self):
        index = self.sections["networks"]
        existing = children(index)
        return {
            data["slug"]: self.add_page(
                index,
                existing,
                NetworkPage(
                    title=data["title"],
                    slug=data["slug"],
                    acronym=data.get("acronym", ""),
                    scope=data["scope"],
                    founded=data.get("founded"),
                    website=data.get("website", ""),
                    summary=data["summary"],
                    body=stream(data.get("body", []), self.images),
                ),
            )[0]
            for data in self.content.networks
        }

    def load_cities(self):
        index = self.sections["cities"]
        existing = children(index)
        cities = {}
        for data in self.content.cities:
            slug = slugify_city(data["name"])
            if slug in existing:
                cities[data["name"]] = existing[slug]
                continue
            profile = self.content.profiles.get(data["name"], {})
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
            for position, network_slug in enumerate(data.get("networks", [])):
                city.network_links.add(
                    CityNetworkMembership(network=self.networks[network_slug], sort_order=position)
                )
            cities[data["name"]], _created = self.add_page(index, existing, city)
        return cities

    def load_approaches(self):
        """Create the approaches, then link related ones and publish each new one once.

        Related approaches may be listed before they exist (in a later profile), so an
        approach is published only when all are in place, instead of twice.
        """
        approaches, new, existing = {}, [], {}
        for city_name, data in self.content.approaches:
            city = self.cities[city_name]
            if city.pk not in existing:
                existing[city.pk] = children(city)
            contact = [{"type": "contact", "value": data["contact"]}] if data.get("contact") else []
            approach = ApproachPage(
                title=data["title"],
                slug=data["slug"],
                short_title=data["short_title"],
                summary=data["summary"],
                status=data["status"],
                discontinued_year=data.get("discontinued_year"),
                body=stream(data.get("body", []), self.images),
                contact=json.dumps(contact),
            )
            for position, area_slug in enumerate(data["policy_areas"]):
                approach.policy_area_links.add(
                    ApproachPolicyArea(
                        policy_area=self.policy_areas[area_slug], sort_order=position
                    )
                )
            approach, created = self.add_page(city, existing[city.pk], approach, publish_now=False)
            approaches[data["slug"]] = approach
            if created:
                new.append((approach, data.get("related", [])))
        for approach, related in new:
            for position, slug in enumerate(related):
                approach.related_links.add(
                    RelatedApproach(related=approaches[slug], sort_order=position)
                )
            publish(approach, clean=False)
        return approaches

    def load_news(self):
        index = self.sections["news"]
        existing = children(index)
        for data in self.content.pages["news"]:
            self.add_page(
                index,
                existing,
                NewsPage(
                    title=data["title"],
                    slug=data["slug"],
                    date=data["date"],
                    intro=data["intro"],
                    body=stream(data.get("body", []), self.images),
                ),
            )

    def load_partners_page(self, existing):
        data = self.content.site.get("partners_page")
        if data is None:
            return None
        page = PartnersPage(title=data["title"], slug=data["slug"], intro=data["intro"])
        return self.add_page(self.home, existing, page)[0]

    def load_site_texts(self):
        data = self.content.site.get("site_texts")
        texts = SiteTexts.objects.filter(locale=self.english).first()
        if texts is None and data is not None:
            texts = SiteTexts.objects.create(
                locale=self.english,
                footer_text=data["footer_text"],
                imprint_page=self.standard_pages.get(data["imprint"]),
                privacy_page=self.standard_pages.get(data["privacy"]),
            )
            self.report.other += 1
        return texts

    def load_country_contexts(self):
        """A demo-marked context for every country with demo cities (never overwritten)."""
        if "country_context" not in self.content.site:
            return []
        countries = sorted({city["country"] for city in self.content.cities})
        existing = set(
            CountryContext.objects.filter(locale=self.english).values_list("country", flat=True)
        )
        text = self.content.site["country_context"]
        for country in countries:
            if country not in existing:
                CountryContext.objects.create(locale=self.english, country=country, text=text)
                self.report.other += 1
        return list(CountryContext.objects.filter(locale=self.english, country__in=countries))

    # Other languages ---------------------------------------------------------------

    def objects_to_translate(self):
        """The policy areas and every page marked `translated`, parents before children."""
        pages = self.content.pages
        yield from self.policy_areas.values()
        if self.site_texts is not None:
            yield self.site_texts
        yield from self.country_contexts
        if pages["home"].get("translated"):
            yield self.home
        for data in pages["sections"]:
            if data.get("translated"):
                yield self.sections[data["type"]]
        for data in pages["standard_pages"]:
            if data.get("translated"):
                yield self.standard_pages[data["slug"]]
        if self.partners_page is not None:
            yield self.partners_page
        for city_name, profile in self.content.profiles.items():
            if profile.get("translated"):
                yield self.cities[city_name]
                for approach in profile.get("approaches", []):
                    yield self.approaches[approach["slug"]]

    def translate(self):
        objects = list(self.objects_to_translate())
        keys = [obj.translation_key for obj in objects]
        keys += [city.translation_key for city in self.cities.values()]  # city_names.yaml
        # (translation key, locale) of every translation that exists or was started; an
        # alias is no translation yet, but stays one while nothing of it is translated
        # (translation.patches.keep_aliases_until_translated).
        translated = {
            *Page.objects.filter(translation_key__in=keys, alias_of__isnull=True).values_list(
                "translation_key", "locale_id"
            ),
            *PolicyArea.objects.filter(translation_key__in=keys).values_list(
                "translation_key", "locale_id"
            ),
            *SiteTexts.objects.filter(translation_key__in=keys).values_list(
                "translation_key", "locale_id"
            ),
            *CountryContext.objects.filter(translation_key__in=keys).values_list(
                "translation_key", "locale_id"
            ),
            *Translation.objects.filter(source__object_id__in=keys).values_list(
                "source__object_id", "target_locale_id"
            ),
        }
        files = po_files(self.locale_dir)
        for locale in self.other_locales:
            names = self.content.names_in(locale.language_code)
            if locale.language_code not in files:
                self.log(f"No demo translations for {locale.language_code}.")
                strings = {}
            else:
                # The curated city names win over a PO file's title, so every surface
                # names a city alike.
                strings = {**read_translations(files[locale.language_code]), **names}
                for obj in objects:
                    if (obj.translation_key, locale.pk) in translated:
                        continue
                    _translation, missing = translate_with_strings(obj, locale, strings)
                    self.report.missing.extend((locale.language_code, text) for text in missing)
                    self.report.translated += 1
            self.translate_city_names(locale, names, translated)

    def translate_city_names(self, locale, names, translated):
        """Give every city with an established name in `locale` (city_names.yaml) that name,
        as a translation of its title; its other texts stay English (and marked so)."""
        for english_name, local_name in names.items():
            city = self.cities.get(english_name)
            if city is None or (city.translation_key, locale.pk) in translated:
                continue
            translate_with_strings(city, locale, {english_name: local_name})
            translated.add((city.translation_key, locale.pk))
            self.report.translated += 1

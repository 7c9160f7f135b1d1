"""Factories for the page types and snippets of `citypages`, built on the wagtail-factories package.

Pages land in the English tree by default: a CityPageFactory() creates (or reuses) the
English CityIndexPage under the English home page that `migrate` creates. Other languages
get aliases with `add_aliases(locale)`, exactly as wagtail-localize's tree sync makes them.

    berlin = CityPageFactory(title="Berlin", country="DE", lat=52.52, lng=13.40,
                             networks=[eurocities], featured=True)
    ApproachPageFactory(parent=berlin, policy_areas=[area])
"""

import factory
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail_factories import PageFactory

from citypages.models import (
    ApproachPage,
    ApproachPolicyArea,
    CityIndexPage,
    CityNetworkMembership,
    CityPage,
    NetworkIndexPage,
    NetworkPage,
    PolicyArea,
)
from core.geo import format_point
from core.tree import sync_aliases
from home.models import HomePage


def english_locale():
    return Locale.objects.get(language_code="en")


def english_home():
    return HomePage.objects.get(depth=2, locale__language_code="en")


def add_aliases(*language_codes):
    """Give every English page an alias in each language (default: all) lacking a version."""
    locales = Locale.objects.filter(language_code__in=language_codes) if language_codes else None
    sync_aliases(english_locale(), locales)


def publish(page):
    """Publish a new revision of `page` (sets last_published_at, updates its aliases)."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


class SectionIndexFactory(PageFactory):
    """An index page directly under the English home; reused if it exists already."""

    parent = factory.LazyFunction(english_home)

    class Meta:
        abstract = True
        django_get_or_create = ("parent", "slug")


class CityIndexPageFactory(SectionIndexFactory):
    title = "Cities"
    slug = "cities"

    class Meta:
        model = CityIndexPage


class NetworkIndexPageFactory(SectionIndexFactory):
    title = "Networks"
    slug = "networks"

    class Meta:
        model = NetworkIndexPage


class NetworkPageFactory(PageFactory):
    parent = factory.SubFactory(NetworkIndexPageFactory)
    title = factory.Sequence(lambda n: f"Network {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    acronym = ""
    scope = "international"
    summary = factory.LazyAttribute(lambda obj: f"{obj.title} connects cities.")

    class Meta:
        model = NetworkPage


class CityPageFactory(PageFactory):
    """A city; `lat`/`lng` become its location, `networks` its memberships (in order)."""

    parent = factory.SubFactory(CityIndexPageFactory)
    title = factory.Sequence(lambda n: f"City {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    country = "DE"
    location = factory.LazyAttribute(lambda obj: format_point(obj.lat, obj.lng))
    population = 100_000
    featured = False
    why_listed = "Listed for its welcoming policies."

    class Params:
        lat = 52.0
        lng = 13.0

    class Meta:
        model = CityPage
        skip_postgeneration_save = True

    @factory.post_generation
    def networks(obj, create, extracted, **kwargs):
        if not create or not extracted:
            return
        for position, network in enumerate(extracted):
            CityNetworkMembership.objects.create(city=obj, network=network, sort_order=position)


class PolicyAreaFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Policy area {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    description = ""
    sort_order = factory.Sequence(int)
    locale = factory.LazyFunction(english_locale)

    class Meta:
        model = PolicyArea
        django_get_or_create = ("slug", "locale")


class ApproachPageFactory(PageFactory):
    """An approach under its city; `policy_areas` (PolicyArea objects) become its links."""

    parent = factory.SubFactory(CityPageFactory)
    title = factory.Sequence(lambda n: f"Approach {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.title))
    short_title = ""
    summary = "What the city does, in two sentences."
    status = "active"

    class Meta:
        model = ApproachPage
        skip_postgeneration_save = True

    @factory.post_generation
    def policy_areas(obj, create, extracted, **kwargs):
        if not create:
            return
        for position, area in enumerate(extracted or []):
            ApproachPolicyArea.objects.create(approach=obj, policy_area=area, sort_order=position)


def translate_page(page, locale, strings=None):
    """Translate `page` into `locale` through wagtail-localize, as a translator would.

    `strings` maps English segments to their translation; segments left out keep the
    English text (wagtail-localize's fallback). Returns the translated page.
    """
    from translation.strings import translate_with_strings

    translate_with_strings(page, locale, strings)
    return page.get_translation(locale).specific


def translate_everything(page, locale):
    """A complete translation of `page` into `locale`: every segment translated (as itself,
    so the text reads the same)."""
    from wagtail_localize.models import TranslationSource

    source, _created = TranslationSource.get_or_create_from_instance(page)
    strings = {
        segment.string.data: segment.string.data
        for segment in source.stringsegment_set.select_related("string")
    }
    return translate_page(page, locale, strings)

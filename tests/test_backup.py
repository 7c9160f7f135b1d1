"""`make backup` / `make restore`: a round trip on PostgreSQL gives the same site back.

Backs up the test database (the session's test site) and a media file, restores both into
a new database named after the test database (`<name>_restore`, as if the original had
been dropped) and a new media folder, and asks the restored site for the same pages.
"""

import importlib.util
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


def backup_script():
    spec = importlib.util.spec_from_file_location("backup_script", ROOT / "scripts" / "backup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the CI round trip is on PostgreSQL")
def test_backup_drop_restore_gives_the_same_pages_and_media(tmp_path, client, site_tree):
    script = backup_script()
    db = connection.settings_dict
    restored_db = {**db, "NAME": f"{db['NAME']}_restore"}
    media, restored_media = tmp_path / "media", tmp_path / "restored-media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "probe.txt").write_text("report of 2024")
    probe_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "movingcities.settings.test",
        "DATABASE_URL": postgres_url(restored_db["NAME"]),
        "TEST_MEDIA_ROOT": str(restored_media),
    }
    try:
        folder = script.backup(tmp_path / "backups", db, media)
        manifest = json.loads((folder / "manifest.json").read_text())
        assert manifest["database"]["file"] == "database.dump"
        assert "citypages" in manifest["migrations"]
        script.restore(folder, restored_db, restored_media)  # creates the database
        answers = json.loads(run(probe_env, "-c", PROBE % (URLS,)))
    finally:
        import psycopg

        with psycopg.connect(postgres_url("postgres"), autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{restored_db["NAME"]}" WITH (FORCE)')

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

"""The production stack: health, errors that reach people, and the switches past one machine.

Settings for outside services are loaded in a child process under a chosen environment
(as the production server would load them) and asked which backend they chose; no
outside service is contacted.
"""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.test import override_settings

from movingcities.settings import services

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parent.parent


# Health ------------------------------------------------------------------------------------


def test_health_answers_without_a_language_prefix_and_lists_its_checks(client):
    response = client.get("/health/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200, response.content
    checks = response.json()
    assert set(checks.values()) == {"OK"}
    names = " ".join(checks)
    for name in ("Database", "Cache", "Storage", "PendingMigrations"):
        assert name in names
    assert "DNS" not in names and "Mail" not in names, "no checks that fail offline"
    assert "no-cache" in response["Cache-Control"]


def test_health_fails_while_migrations_are_pending(client, monkeypatch):
    from movingcities import health

    code = health.migrations_in_code() | {("citypages", "9999_future")}
    monkeypatch.setattr(health, "migrations_in_code", lambda: code)
    response = client.get("/health/?format=json")
    assert response.status_code == 500
    failing = [value for key, value in response.json().items() if "PendingMigrations" in key]
    assert failing == ["Unavailable: 1 unapplied migration(s): citypages.9999_future"]
    assert client.get("/health/ready/?format=json").status_code == 500, "not ready either"


# Errors reach people --------------------------------------------------------------------------


@override_settings(ADMINS=[("Ops", "ops@example.org")])
def test_a_500_mails_the_admins(client, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("the search index is on fire")

    monkeypatch.setattr("search.views.render", broken)
    client.raise_request_exception = False
    response = client.get("/en/search/?q=x")
    assert response.status_code == 500
    assert [message.to for message in mail.outbox] == [["ops@example.org"]]
    assert "the search index is on fire" in mail.outbox[0].body


def test_log_lines_are_json_with_the_request(rf):
    from movingcities.logs import JsonFormatter

    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1, "Not Found: %s",
                               ("/x/",), None)
    record.request = rf.get("/en/cities/?country=DE")
    record.status_code = 404
    line = json.loads(JsonFormatter().format(record))
    assert line["level"] == "ERROR" and line["logger"] == "django.request"
    assert line["message"] == "Not Found: /x/"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/en/cities/?country=DE", 404)


def test_gunicorn_access_log_is_one_json_object_per_request():
    from datetime import timedelta

    from gunicorn.config import Config

    from movingcities.gunicorn_log import JsonLogger

    config = Config()
    config.set("accesslog", "-")
    logger = JsonLogger(config)
    lines = []
    logger.access_log.handlers = []
    logger.access_log.addHandler(logging.Handler())
    logger.access_log.handlers[0].emit = lambda record: lines.append(record.getMessage())

    class Response:
        status, sent = "200 OK", 512

    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/de/", "HTTP_USER_AGENT": 'say "hi"'}
    logger.access(Response(), None, environ, timedelta(milliseconds=12.5))
    entry = json.loads(lines[0])
    assert entry["status"] == 200 and entry["path"] == "/de/" and entry["duration_ms"] == 12.5
    assert entry["user_agent"] == 'say "hi"'


# A stopped Redis --------------------------------------------------------------------------------

DEAD_REDIS = {
    "default": {
        "BACKEND": "movingcities.cache.ForgivingRedisCache",
        "LOCATION": "redis://127.0.0.1:8109/2",  # nothing listens there
        "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
    }
}


def test_pages_are_served_when_redis_is_down_and_the_error_is_logged(client, caplog, site_tree):
    from django.core.cache import caches

    from movingcities.cache import ForgivingRedisCache

    with override_settings(CACHES=DEAD_REDIS):
        ForgivingRedisCache._down_until = 0.0
        caches["default"].get("warm-up")  # first failure: logged
        with caplog.at_level(logging.ERROR, logger="movingcities.cache"):
            ForgivingRedisCache._down_until = 0.0
            assert caches["default"].get("anything", "fallback") == "fallback"
            assert caches["default"].set("key", "value") is None
        assert "Cache unavailable" in caplog.text
        assert client.get("/en/cities/").status_code == 200
        assert client.get("/api/v1/cities.geojson").status_code == 200
        ForgivingRedisCache._down_until = 0.0
        assert client.get("/health/?format=json").status_code == 500, "monitoring is told"
        ready = client.get("/health/ready/?format=json")
        assert ready.status_code == 200, "load balancers keep sending readers"
        assert "Cache" not in " ".join(ready.json())
    ForgivingRedisCache._down_until = 0.0


# Past one machine: the settings choose the right backends -----------------------------------

PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.core.cache import caches
from django.core.files.storage import default_storage
from django_tasks import task_backends
from modelsearch.backends import get_search_backend
from wagtail.contrib.frontend_cache.utils import get_backends
from django.apps import apps
import sentry_sdk
default_storage._setup()
print(json.dumps({
    "cache": type(caches["default"]).__name__,
    "sessions": settings.SESSION_ENGINE,
    "storage": type(default_storage._wrapped).__name__,
    "bucket": getattr(default_storage._wrapped, "bucket_name", None),
    "endpoint": getattr(default_storage._wrapped, "endpoint_url", None),
    "search": type(get_search_backend()).__name__,
    "cdn": sorted(type(b).__name__ for b in get_backends().values())
        if apps.is_installed("wagtail.contrib.frontend_cache") else [],
    "tasks": type(task_backends["default"]).__name__,
    "sentry": bool(sentry_sdk.get_client().dsn),
    "conn_health_checks": settings.DATABASES["default"]["CONN_HEALTH_CHECKS"],
    "conn_max_age": settings.DATABASES["default"]["CONN_MAX_AGE"],
}))
"""


SERVICE_VARIABLES = ("REDIS_URL", "S3_BUCKET", "SEARCH_URL", "CDN_PURGE_URL", "SENTRY_DSN",
                     "TASK_BACKEND", "CLOUDFLARE_API_TOKEN", "CLOUDFRONT_DISTRIBUTION_ID")


def production_settings(**env):
    base = {key: value for key, value in os.environ.items() if key not in SERVICE_VARIABLES}
    base.update(
        DJANGO_SETTINGS_MODULE="movingcities.settings.production",
        SECRET_KEY="test-" + "x" * 50,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/unused",
        **env,
    )
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=base,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_one_box_needs_no_outside_service(monkeypatch):
    import importlib

    for name in SERVICE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SECRET_KEY", "test-" + "x" * 50)
    monkeypatch.setenv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/unused")
    for module in ("movingcities.settings.base", "movingcities.settings.production"):
        sys.modules.pop(module, None)
    try:
        chosen = importlib.import_module("movingcities.settings.production")
    finally:
        for module in ("movingcities.settings.base", "movingcities.settings.production"):
            sys.modules.pop(module, None)
    assert chosen.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    assert chosen.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    assert chosen.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")
    assert chosen.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "wagtail.search.backends.database"
    assert chosen.WAGTAILFRONTENDCACHE == {}
    assert "wagtail.contrib.frontend_cache" not in chosen.INSTALLED_APPS
    assert chosen.TASKS["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend", (
        "production hands work to db_worker"
    )
    assert chosen.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    assert chosen.DATABASES["default"]["CONN_MAX_AGE"] == 60


def test_many_boxes_switch_every_service_on_from_the_environment():
    chosen = production_settings(
        REDIS_URL="redis://cache.internal:6379/0",
        S3_BUCKET="movingcities-media",
        S3_ENDPOINT_URL="https://s3.example.net",
        S3_ACCESS_KEY_ID="id",
        S3_SECRET_ACCESS_KEY="secret",
        SEARCH_URL="opensearch+https://search:secret@search.internal:9200",
        CDN_PURGE_URL="http://varnish.internal:6081",
        CLOUDFLARE_API_TOKEN="token",
        CLOUDFLARE_ZONE_ID="zone",
        SENTRY_DSN="https://public@sentry.example.net/1",
        TASK_BACKEND="immediate",
    )
    assert chosen["cache"] == "ForgivingRedisCache"
    assert chosen["sessions"] == "django.contrib.sessions.backends.cached_db"
    assert chosen["storage"] == "S3Storage"
    assert (chosen["bucket"], chosen["endpoint"]) == ("movingcities-media", "https://s3.example.net")
    assert chosen["search"] == "OpenSearch3SearchBackend"
    assert chosen["cdn"] == ["CloudflareBackend", "HTTPBackend"]
    assert chosen["sentry"] is True
    assert chosen["tasks"] == "ImmediateBackend"


def test_search_url_chooses_opensearch_or_elasticsearch_and_refuses_anything_else():
    default = {
        "default": {"BACKEND": "wagtail.search.backends.database"},
        "pages": {"BACKEND": "search.backend", "AUTO_UPDATE": False},
    }
    assert services.search_backends({}, default) is default
    elastic = services.search_backends({"SEARCH_URL": "elasticsearch+http://es:9200/"}, default)
    assert elastic["default"]["BACKEND"] == "modelsearch.backends.elasticsearch9"
    assert elastic["default"]["URLS"] == ["http://es:9200/"]
    assert elastic["pages"] == default["pages"], "readers' search stays per language"
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="SEARCH_URL"):
        services.search_backends({"SEARCH_URL": "solr://x"}, default)


def test_cloudfront_purging_and_an_unknown_task_backend(monkeypatch):
    backends = services.frontend_cache({"CLOUDFRONT_DISTRIBUTION_ID": "E123"})
    assert backends["cloudfront"]["BACKEND"].endswith("CloudfrontBackend")
    from django.core.exceptions import ImproperlyConfigured

    from movingcities.settings.base import task_settings

    monkeypatch.setenv("TASK_BACKEND", "celery")
    with pytest.raises(ImproperlyConfigured, match="TASK_BACKEND"):
        task_settings()

"""The site knows its own address (the Site record follows PUBLIC_BASE_URL; a deploy check
refuses localhost), sends strict headers (CSP with nonces, Permissions-Policy), and
answers /robots.txt, /favicon.ico and /.well-known/security.txt."""

import re

import pytest
from django.core.checks import run_checks
from wagtail.models import Site

from home.setup import ensure_site_address
from security import checks

pytestmark = pytest.mark.django_db

PUBLIC = "https://movingcities.example"


def test_migrate_points_the_site_at_the_public_address(client, site_tree, settings):
    settings.PUBLIC_BASE_URL = PUBLIC
    ensure_site_address()  # what every `migrate` runs (home.setup, post_migrate)
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("movingcities.example", 443)
    assert site.root_url == PUBLIC
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{PUBLIC}/de/cities/</loc>" not in sitemap  # aliases are not listed
    assert f"<loc>{PUBLIC}/en/cities/berlin/</loc>" in sitemap
    assert "localhost" not in sitemap
    api = client.get("/api/v2/pages/?type=citypages.CityPage&fields=html_url").json()
    assert api["items"][0]["meta"]["html_url"].startswith(f"{PUBLIC}/")
    robots = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots

    settings.PUBLIC_BASE_URL = "http://127.0.0.1:8000"
    ensure_site_address()
    site.refresh_from_db()
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)


def test_deploy_checks_refuse_local_addresses_and_missing_mail(settings):
    settings.PUBLIC_BASE_URL = settings.WAGTAILADMIN_BASE_URL = "http://localhost"
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = ""
    ids = {message.id for message in run_checks(include_deployment_checks=True)}
    assert {"security.E001", "security.E003"} <= ids

    settings.PUBLIC_BASE_URL = settings.WAGTAILADMIN_BASE_URL = PUBLIC
    settings.EMAIL_HOST = "smtp.example.org"
    assert checks.check_public_address() == []
    assert checks.check_email() == []
    # With the database: the Site record must say the same (migrate makes it so).
    errors = checks.check_public_address(databases=["default"])
    assert [error.id for error in errors] == ["security.E002"]
    ensure_site_address()
    assert checks.check_public_address(databases=["default"]) == []


def test_reader_pages_have_a_strict_policy_with_a_nonce(client, site_tree):
    response = client.get("/en/cities/")
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    script_src = directives["script-src"].split()
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    nonce = re.search(r"'nonce-([^']+)'", directives["script-src"]).group(1)
    html = response.content.decode()
    assert f'nonce="{nonce}"' in html  # on the page's script tags
    assert re.findall(r"<script(?![^>]*(?:src=|application/json))[^>]*>", html) == []
    assert directives["object-src"] == "'none'"
    assert directives["frame-ancestors"] == "'self'"
    assert "http://tiles.invalid" in directives["img-src"]  # MAP_TILE_URL's origin
    assert client.get("/en/cities/")["Content-Security-Policy"] != policy  # a fresh nonce
    permissions = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "browsing-topics=()"):
        assert feature in permissions
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_the_admin_has_its_own_policy(client):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "object-src 'none'" in policy and "'nonce-" not in policy


def test_robots_favicon_and_security_txt(client, settings):
    robots = client.get("/robots.txt")
    assert robots["Content-Type"] == "text/plain; charset=utf-8"
    text = robots.content.decode()
    assert "User-agent: *" in text and "Disallow: /de/search/" in text
    assert "Sitemap: http://localhost/sitemap.xml" in text
    assert "/admin" not in text  # the admin's path is not advertised

    favicon = client.get("/favicon.ico", follow=True)
    assert favicon.status_code == 200
    assert b"".join(favicon.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert 'rel="icon"' in client.get("/en/").content.decode()

    settings.SECURITY_CONTACT = "mailto:security@movingcities.example"
    security = client.get("/.well-known/security.txt").content.decode()
    assert "Contact: mailto:security@movingcities.example" in security
    assert re.search(r"^Expires: 20\d\d-\d\d-\d\dT\d\d:\d\d:\d\dZ$", security, re.MULTILINE)
    assert "Preferred-Languages: en, de, fr, el, it, pl, es" in security
    assert "Canonical: http://localhost/.well-known/security.txt" in security
    settings.SECURITY_CONTACT = ""
    settings.ADMINS = [("Ops", "ops@movingcities.example")]
    assert "Contact: mailto:ops@movingcities.example" in client.get(
        "/.well-known/security.txt"
    ).content.decode()

"""Real-size trial of one privacy for every language (README, "Private pages").

On a database with the demo content and `generate_cities --count 1000 --seed 1 --aliases`
(about 8,000 pages in seven languages), inside a transaction that is rolled back:
restrict ten English cities through the admin's privacy dialog, then time the repair
pass and the surfaces that must leave them out, with their SQL query counts.

    DATABASE_URL=postgres://…/big DJANGO_SETTINGS_MODULE=movingcities.settings.dev \\
        python scripts/privacy_trial.py [--baseline]

With --baseline nothing is restricted: the same surfaces, for comparison.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "movingcities.settings.dev")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from wagtail.models import Page, PageViewRestriction  # noqa: E402

from citypages.models import CityPage  # noqa: E402
from core.privacy import synchronise_view_restrictions  # noqa: E402


class Rollback(Exception):
    pass


def timed(label, function):
    with CaptureQueriesContext(connection) as queries:
        start = time.perf_counter()
        result = function()
        elapsed = time.perf_counter() - start
    print(f"{label:<58} {elapsed * 1000:8.1f} ms {len(queries):6d} queries")
    return result


def main():
    client = Client(HTTP_HOST="localhost")
    cities = list(
        CityPage.objects.filter(locale__language_code="en", is_synthetic=True).order_by("path")[
            :10
        ]
    )
    before = PageViewRestriction.objects.count()
    print(f"pages: {Page.objects.count()}, restrictions before: {before}")
    admin = get_user_model().objects.create_superuser("trial-admin", "t@example.org", "x-123456")
    client.force_login(admin)
    for number, city in enumerate([] if "--baseline" in sys.argv else cities):
        url = reverse("wagtailadmin_pages:set_privacy", args=[city.pk])
        response = timed(
            f"restrict city {number + 1} (admin dialog, copied to 6 versions)",
            lambda url=url: client.post(url, {"restriction_type": "password", "password": "p"}),
        )
        assert response.status_code == 200
    client.logout()
    print(f"restrictions after: {PageViewRestriction.objects.count()}")
    changed = timed(
        "synchronise_view_restrictions() (migrate, sync_locale_trees)",
        synchronise_view_restrictions,
    )
    assert changed == []
    slugs = {city.slug for city in cities}
    for label, url in [
        ("German city listing, page 1", "/de/cities/"),
        ("German city listing, page 40", "/de/cities/?page=40"),
        ("German home (figures)", "/de/"),
        ("open data CSV, lang=de", "/api/v1/cities.csv?lang=de"),
        ("open data GeoJSON, lang=el", "/api/v1/cities.geojson?lang=el"),
        ("API v2 German cities, offset 5000", "/api/v2/pages/?locale=de&offset=5000"),
        ("API v2 search, 32 words", "/api/v2/pages/?search=" + "+".join(["city"] * 32)),
        ("sitemap.xml", "/sitemap.xml"),
    ]:
        response = timed(label, lambda url=url: client.get(url))
        assert response.status_code == 200, (url, response.status_code)
        if ("csv" in url or "geojson" in url) and "--baseline" not in sys.argv:
            body = response.content.decode("utf-8-sig")
            assert not any(f"/cities/{slug}/" in body for slug in slugs), url
    raise Rollback


if __name__ == "__main__":
    try:
        with transaction.atomic():
            main()
    except Rollback:
        print("rolled back")

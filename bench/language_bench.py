"""Real-size check of the language-truth surfaces (issue "Honest about language").

Run against a database holding the demo content and generated cities, e.g.

    DATABASE_URL=postgres://…/big DJANGO_SETTINGS_MODULE=movingcities.settings.test \\
        .venv/bin/python bench/language_bench.py

(after `migrate`, `load_demo_content` and `generate_cities --count 1000 --seed 1 --aliases`).
It translates the titles of 40 generated cities into German (partly translated pages),
then prints, per surface, the SQL queries and the median time of 5 requests: the German
city listing (first and last page), the sitemap, the admin page listing of the German city
index as a German translator, and the translation progress. Changes the database (the
40 translations); run it on a throw-away one.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "movingcities.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from citypages.models import CityIndexPage, CityPage  # noqa: E402
from translation.progress import translation_progress  # noqa: E402
from translation.testing import PASSWORD, make_translator, start_translation  # noqa: E402

RUNS = 5



def measure(label, action):
    action()  # warm caches, as in production
    times = []
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        action()
    for _run in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    print(f"{label:<48} {len(queries):>5} queries  {statistics.median(times) * 1000:>7.0f} ms")


def main():
    german = Locale.objects.get(language_code="de")
    synthetic = CityPage.objects.filter(locale__language_code="en", is_synthetic=True)
    for city in synthetic.order_by("path")[:40]:
        alias = city.get_translation_or_none(german)
        if alias is not None and alias.alias_of_id:
            start_translation(city, "de", {city.title: f"{city.title} (de)"})
    cities = CityPage.objects.filter(locale=german).live().count()
    print(f"{Page.objects.count()} pages; {cities} German cities\n")

    client = Client(HTTP_HOST="127.0.0.1")
    pages = (cities + 23) // 24
    measure("GET /de/cities/ (page 1)", lambda: client.get("/de/cities/"))
    measure(f"GET /de/cities/?page={pages} (last)", lambda: client.get(f"/de/cities/?page={pages}"))
    measure("GET /sitemap.xml", lambda: client.get("/sitemap.xml"))

    user = make_translator("de", "bench-translator-de") if not _exists() else _user()
    translator = Client(HTTP_HOST="127.0.0.1")
    translator.login(username=user.username, password=PASSWORD)
    index = CityIndexPage.objects.get(locale=german)
    url = reverse("wagtailadmin_explore", args=[index.pk])
    measure("GET admin page listing, German cities (translator)", lambda: translator.get(url))
    measure("translation_progress() (all languages)", lambda: translation_progress())


def _user():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username="bench-translator-de")


def _exists():
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(username="bench-translator-de").exists()


if __name__ == "__main__":
    main()

"""Fast at any size: query budgets, the response cache and its invalidation, the wire.

Query budgets are counted with the full-response cache off (RESPONSE_CACHE_SECONDS=0)
and the per-language fragments warm, as on a running site after its first reader: every
public page type and the APIs at most BUDGET queries, the same for small and large data.
"""

import gzip
import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from citypages.models import CityPage
from tests.factories import PolicyAreaFactory, add_aliases

BUDGET = 12

PAGES = [
    "/{lang}/",
    "/{lang}/cities/",
    "/{lang}/cities/berlin/",
    "/{lang}/cities/berlin/welcome-office/",
    "/{lang}/approaches/",
    "/{lang}/networks/",
    "/{lang}/networks/solidarity-cities/",
    "/{lang}/news/",
    "/{lang}/news/launch/",
    "/{lang}/about/",
    "/{lang}/search/?q=berlin",
]
APIS = ["/api/v1/cities.geojson", "/api/v1/cities.csv", "/api/v2/pages/?type=citypages.CityPage"]


@pytest.fixture
def uncached(settings):
    settings.RESPONSE_CACHE_SECONDS = 0


def queries_for(client, url):
    assert client.get(url).status_code == 200, url  # warms fragments and page look-ups
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def urls_of(site_tree):
    paths = {page.url for page in CityPage.objects.filter(slug="berlin")}
    assert paths  # the world's Berlin
    return paths


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "el"])
def test_every_public_page_stays_within_the_query_budget(client, site_tree, uncached, lang):
    over = {}
    for pattern in PAGES:
        url = pattern.format(lang=lang)
        count = queries_for(client, url)
        if count > BUDGET:
            over[url] = count
    assert not over, f"over {BUDGET} queries: {over}"


@pytest.mark.django_db
def test_the_apis_stay_within_the_query_budget(client, site_tree, uncached):
    over = {url: n for url in APIS if (n := queries_for(client, url)) > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"


@pytest.mark.django_db
def test_queries_do_not_grow_with_cities_or_approaches(client, site_tree, uncached):
    """10 and then 40 more cities, 2 and then 20 more approaches, all with aliases in
    every language (bulk, as generate_cities writes them; 1,000 would cost the suite too
    much time: `make bench` runs 1,000): the same counts, last pages included."""
    urls = [
        "/en/",
        "/de/",
        "/en/cities/",
        "/en/cities/?page=2",
        "/el/cities/?page=2",
        "/en/approaches/",
        "/en/approaches/?page=2",
        "/en/networks/solidarity-cities/",
        "/en/cities/synthetic-1-1/",
        "/el/cities/synthetic-1-1/",
        "/api/v1/cities.geojson",
        "/api/v2/pages/?type=citypages.ApproachPage",
    ]
    PolicyAreaFactory(name="Extra area", slug="extra-area")
    call_command("generate_cities", count=10, seed=1, aliases=True, approaches=2, verbosity=0)
    small = {url: queries_for(client, url) for url in urls}
    call_command("generate_cities", count=30, seed=2, aliases=True, approaches=18, verbosity=0)
    large = {url: queries_for(client, url) for url in urls}
    assert small == large


def page_html(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response


@pytest.mark.django_db
def test_a_cached_page_gets_a_fresh_nonce_that_its_header_allows(client, site_tree):
    first = page_html(client, "/en/")
    second = page_html(client, "/en/")
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    nonces = set(re.findall(r'nonce="([^"]+)"', second.content.decode()))
    header = re.findall(r"'nonce-([^']+)'", second["Content-Security-Policy"])
    assert len(nonces) == 1 and nonces == set(header)
    assert nonces != set(re.findall(r'nonce="([^"]+)"', first.content.decode()))


@pytest.mark.django_db
def test_editors_and_posts_are_never_served_from_the_cache(client, site_tree, admin_user):
    page_html(client, "/en/cities/")
    assert page_html(client, "/en/cities/")["X-Cache"] == "hit"
    client.force_login(admin_user)
    response = page_html(client, "/en/cities/")
    assert "X-Cache" not in response
    assert "public" not in response.get("Cache-Control", "")


@pytest.mark.django_db
def test_browsers_revalidate_and_get_304_until_content_changes(client, site_tree):
    response = page_html(client, "/en/cities/")
    assert (
        "must-revalidate" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
    )
    etag = response["ETag"]
    assert client.get("/en/cities/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    city = site_tree["berlin"]
    city.title = "Berlin (renamed)"
    city.save_revision().publish()
    again = client.get("/en/cities/", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 200 and "Berlin (renamed)" in again.content.decode()


@pytest.mark.django_db
def test_html_geojson_and_csv_leave_compressed(client, site_tree):
    for url in ["/en/", "/api/v1/cities.geojson", "/api/v1/cities.csv"]:
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response["Content-Encoding"] == "gzip", url
        assert gzip.decompress(response.content)


LANGS = ["en", "de", "fr", "el", "it", "pl", "es"]


def warm(client, urls):
    for url in urls:
        client.get(url)


@pytest.mark.django_db
def test_a_new_city_shows_at_once_everywhere_in_every_language(client, site_tree):
    """Published: home figures, index, network members, search, the APIs, in seven languages."""
    from tests.factories import CityPageFactory

    urls = [f"/{lang}/" for lang in LANGS] + [f"/{lang}/cities/" for lang in LANGS]
    urls += [
        "/en/networks/solidarity-cities/",
        "/api/v1/cities.geojson",
        "/api/v2/pages/?type=citypages.CityPage",
    ]
    warm(client, urls)
    before = {lang: client.get(f"/{lang}/").content.decode() for lang in LANGS}
    CityPageFactory(
        title="Zaragoza", slug="zaragoza", country="ES", networks=[site_tree["solidarity"]]
    )
    add_aliases()
    for lang in LANGS:
        assert client.get(f"/{lang}/").content.decode() != before[lang], lang
        assert "Zaragoza" in client.get(f"/{lang}/cities/").content.decode(), lang
    assert "Zaragoza" in client.get("/en/networks/solidarity-cities/").content.decode()
    assert "Zaragoza" in client.get("/api/v1/cities.geojson").content.decode()
    assert "Zaragoza" in client.get("/api/v2/pages/?type=citypages.CityPage").content.decode()


@pytest.mark.django_db
def test_unpublish_move_and_restriction_show_at_once(client, site_tree):
    lyon = site_tree["lyon"]
    urls = [f"/{lang}/cities/" for lang in LANGS] + ["/en/search/?q=lyon", "/api/v1/cities.csv"]
    warm(client, urls)
    assert "Lyon" in client.get("/fr/cities/").content.decode()
    PageViewRestriction.objects.create(page=lyon, restriction_type="login")
    for url in urls:
        assert "/cities/lyon/" not in client.get(url).content.decode(), url
    PageViewRestriction.objects.filter(page=lyon).delete()
    assert "/cities/lyon/" in client.get("/de/cities/").content.decode()
    lyon.get_latest_revision_as_object().unpublish()
    for url in urls[:7]:
        assert "/cities/lyon/" not in client.get(url).content.decode(), url


@pytest.mark.django_db
def test_moving_a_page_shows_at_once(client, site_tree):
    welcome = site_tree["approach"]
    warm(client, ["/en/cities/berlin/", "/en/cities/potsdam/"])
    welcome.move(site_tree["potsdam"], pos="last-child")
    assert "welcome-office" not in client.get("/en/cities/berlin/").content.decode()
    assert (
        "/en/cities/potsdam/welcome-office/" in client.get("/en/cities/potsdam/").content.decode()
    )
    assert client.get("/en/cities/potsdam/welcome-office/").status_code == 200
    old = client.get("/en/cities/berlin/welcome-office/")  # Wagtail's redirect on move
    assert old.status_code == 301 and old["Location"] == "/en/cities/potsdam/welcome-office/"


@pytest.mark.django_db
def test_a_locale_change_is_a_content_change(client, site_tree):
    from core.cache import content_version

    before = content_version()
    Locale.objects.get(language_code="pl").save()
    assert content_version() != before

"""No URL gives a 500: API v2's parameters are checked (400s), hostile addresses on every
listing answer 4xx or a normal page, machine paths are never redirected into a language,
and the read-only APIs send CORS headers for GET."""

import pytest
from django.contrib.auth import get_user_model
from wagtail_localize.models import Translation

from translation.testing import start_translation

pytestmark = pytest.mark.django_db

# Listings that read query parameters, and one page of each other kind that ignores them.
LISTINGS = ["/de/cities/", "/fr/approaches/", "/en/news/", "/pl/search/"]
OTHER_PAGES = ["/en/", "/el/networks/solidarity-cities/", "/it/cities/berlin/"]
HUGE = "9" * 40

# Query strings a scanner or a spammer sends: NUL bytes, huge and negative numbers,
# repeated parameters, overlong and non-UTF-8 values, traversal, hundreds of parameters.
HOSTILE_QUERIES = [
    "page=%00&q=%00&country=%00&network=%00&policy_area=%00&city=%00&featured=%00&%00=1",
    f"page={HUGE}&q={'x' * 5000}&network={'a' * 2000}&featured={HUGE}",
    "page=-1&page=2&page=3&country=DE&country=FR&q=a&q=b",
    "q=" + "+".join(["word"] * 300) + "&policy_area=%ff%fe&city=../../etc/passwd",
    "&".join(f"p{n}=1" for n in range(500)),
]


HOSTILE_PATHS = [
    "/xx/",  # unknown language
    "/zz-zz/cities/",
    "/en-us/cities/",
    "/en/cities/%00/",  # encoded NUL
    "/en/%00",
    "/en/%ff%fe/",  # not UTF-8
    "/en/../../etc/passwd",  # traversal
    "/en/..%2f..%2fmanage.py",
    "/static/../manage.py",
    "/static/..%2f..%2fmanage.py",
    "/documents/..%2f..%2f/",
    "/media/../db.sqlite3",
    "/%2e%2e/%2e%2e/etc/passwd",
    "/en/cities/" + "a" * 3000 + "/",  # overlong slug
    "/en/" + "/".join(["deep"] * 200) + "/",
    "/en//cities//berlin//",
    "/api/v1/cities.geojson/%00",
    "/api/v2/pages/%00/",
    "/api/v2/pages/" + HUGE + "/",
    "/.well-known/%00",
    "/sitemap.xml?p=%00",
    "/sitemap.xml?page=" + HUGE,
]


def test_no_hostile_address_gives_a_server_error(client, site_tree):
    for path in HOSTILE_PATHS:
        response = client.get(path)
        assert response.status_code < 500, path
        assert response.status_code != 200 or path.startswith("/sitemap.xml"), path
    for listing in LISTINGS:
        for query in HOSTILE_QUERIES:
            response = client.get(f"{listing}?{query}")
            assert response.status_code in (200, 400), (listing, query[:80])
    for other in OTHER_PAGES:
        response = client.get(f"{other}?{'&'.join(HOSTILE_QUERIES[:4])}")
        assert response.status_code == 200, other


API_V2_FINDINGS = [
    "/api/v2/pages/?search=%00",
    "/api/v2/pages/?locale=%00",
    "/api/v2/pages/find/?html_path=%00",
    "/api/v2/pages/?offset=99999999999999999999",
    "/api/v2/pages/?search=" + "+".join(f"w{n}" for n in range(250)),
    "/api/v2/pages/?search=" + "x" * 500,
    "/api/v2/pages/?search=a&search_operator=xor",
    "/api/v2/pages/?type=home.NewsPage&date=not-a-date",
    "/api/v2/pages/?type=home.NewsPage&date=2024-13-45",
    "/api/v2/pages/?site=%00",
    "/api/v2/pages/?locale=xx",
    "/api/v2/pages/?limit=1&limit=2",
    "/api/v2/pages/?fields=" + "a(" * 600,
    "/api/v2/images/?offset=99999999999999999999",
    "/api/v2/images/?search=%00",
    "/api/v2/documents/?search=%00",
    "/api/v2/documents/find/?id=%00",
    "/api/v2/pages/find/?id=",
    "/api/v2/pages/find/?id=Berlin",
    "/api/v2/images/find/?id=-1",
    "/api/v2/pages/?id=99999999999999999999",
]


def test_api_v2_answers_bad_parameters_with_a_400(client, site_tree):
    for url in API_V2_FINDINGS:
        response = client.get(url)
        assert response.status_code == 400, url
        assert response["Content-Type"] == "application/json", url
        assert response.json()["message"], url
    # Good parameters still work; JSON only (no browsable HTML API).
    response = client.get("/api/v2/pages/?locale=de&search=Berlin&offset=0&limit=5")
    assert response.status_code == 200
    assert client.get("/api/v2/pages/?format=api").status_code == 404


def test_machine_paths_are_never_redirected_into_a_language(client, site_tree, settings):
    for path in ("/api/nothing/", "/api/v1/nothing.csv", "/documents/999999/x.pdf",
                 "/sitemap.xml/extra", "/robots.txt/x", "/.well-known/nothing"):
        response = client.get(path)
        assert response.status_code == 404, path
    # A 404 inside the admin, e.g. machine translation without a machine translator.
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw-123456")
    client.force_login(admin)
    translation, _page = start_translation(site_tree["lyon"], "de", {})
    assert isinstance(translation, Translation)
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
    response = client.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
    assert response.status_code == 404
    assert client.get("/admin/no-such-admin-page/").status_code == 404
    # Reader paths without a language still go to the reader's language.
    assert client.get("/cities/")["Location"] == "/en/cities/"


def test_read_only_apis_send_cors_headers_and_pages_do_not(client, site_tree):
    origin = {"HTTP_ORIGIN": "https://newsroom.example"}
    for url in ("/api/v1/cities.geojson", "/api/v1/cities.csv", "/api/v2/pages/"):
        response = client.get(url, **origin)
        assert response["Access-Control-Allow-Origin"] == "*", url
        assert "Access-Control-Allow-Credentials" not in response, url
    assert "ETag" in client.get("/api/v1/cities.csv", **origin)["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v2/pages/", HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET", **origin
    )
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in client.get("/en/cities/", **origin)

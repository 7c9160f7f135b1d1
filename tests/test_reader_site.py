"""What readers and the apps they share pages in notice, in every language: names sorted in
the reader's alphabet, local city names, the page's own description and sharing tags,
schema.org data, sitemap alternates, the map without JavaScript, links between pages."""

import json
import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from core.collation import sort_key
from core.overview import overview
from tests.factories import ApproachPageFactory, CityPageFactory, translate_page

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


CARD_TITLE = re.compile(
    r'<li class="card"[^>]*>.*?<h3><a [^>]*>(?:<span[^>]*>.*?</span>)?([^<]+)</a>', re.S
)


def listed(html):
    """The city names of a listing's cards, in order."""
    return CARD_TITLE.findall(html)


def index_in(site_tree, code):
    return site_tree["city_index"].get_translation(Locale.objects.get(language_code=code))


def test_polish_listing_and_api_sort_the_polish_way(client, site_tree):
    polish = index_in(site_tree, "pl")
    for name in ("Wrocław", "Łódź", "Olsztyn", "Lublin", "Zabrze", "Żory", "Źrebce"):
        CityPageFactory(parent=polish, title=name, country="PL", lat=51.0, lng=19.0)
    expected = ["Lublin", "Łódź", "Olsztyn", "Wrocław", "Zabrze", "Źrebce", "Żory"]
    html = client.get("/pl/cities/?country=PL").content.decode()
    assert listed(html) == expected
    api = client.get("/api/v1/cities.geojson?lang=pl&country=PL").json()
    assert [f["properties"]["name"] for f in api["features"]] == expected


def test_greek_listing_puts_greek_names_first_in_greek_order(client, site_tree):
    greek = index_in(site_tree, "el")
    for name in ("Ζυρίχη", "Άμστερνταμ", "Αθήνα", "Ωραιόκαστρο"):
        CityPageFactory(parent=greek, title=name, country="GR", lat=40.0, lng=22.0)
    html = client.get("/el/cities/").content.decode()
    assert listed(html) == [
        "Αθήνα", "Άμστερνταμ", "Ζυρίχη", "Ωραιόκαστρο", "Berlin", "Lyon", "Potsdam", "Valencia",
    ]


def test_sqlite_sort_key_follows_each_language():
    """The key behind the SQLite collations (no ICU there)."""
    def order(names, language):
        return sorted(names, key=lambda name: sort_key(name, language))

    assert order(["Wrocław", "Łódź", "Lyon", "Olsztyn", "Lublin"], "pl") == [
        "Lublin", "Lyon", "Łódź", "Olsztyn", "Wrocław"
    ]
    assert order(["Berlin", "Ζυρίχη", "Αθήνα", "Άμστερνταμ"], "el") == [
        "Αθήνα", "Άμστερνταμ", "Ζυρίχη", "Berlin"
    ]
    assert order(["Zurich", "Örebro", "Épinay", "Oslo", "Eindhoven"], "en") == [
        "Eindhoven", "Épinay", "Örebro", "Oslo", "Zurich"
    ]
    assert order(["Oviedo", "Ñandú", "Nantes"], "es") == ["Nantes", "Ñandú", "Oviedo"]


def test_a_translated_city_name_shows_in_listing_page_and_api(client, site_tree):
    italian = Locale.objects.get(language_code="it")
    berlino = translate_page(site_tree["berlin"], italian, {"Berlin": "Berlino"})
    assert berlino.slug == "berlin"  # slugs stay synchronised
    assert "Berlino" in listed(client.get("/it/cities/").content.decode())
    assert "<h1" in (page := client.get("/it/cities/berlin/").content.decode())
    assert re.search(r"<h1[^>]*>(<span[^>]*>.*?</span>)?Berlino</h1>", page)
    api = client.get("/api/v1/cities.geojson?lang=it").json()
    assert "Berlino" in [f["properties"]["name"] for f in api["features"]]


def meta(html, key):
    match = re.search(r'<meta (?:property|name)="' + re.escape(key) + r'" content="([^"]*)"', html)
    return match and match.group(1)


def test_pages_describe_themselves_for_sharing(client, site_tree):
    home = client.get("/en/").content.decode()
    assert "<title>Moving Cities</title>" in home  # not "Moving Cities · Moving Cities"
    city = client.get("/en/cities/lyon/").content.decode()
    assert "<title>Lyon · Moving Cities</title>" in city
    assert meta(city, "description") == site_tree["lyon"].why_listed
    assert meta(city, "description") != meta(home, "description")
    assert meta(city, "og:title") == "Lyon · Moving Cities"
    assert meta(city, "og:description") == site_tree["lyon"].why_listed
    assert meta(city, "og:url") == "http://testserver/en/cities/lyon/"
    assert meta(city, "og:image").startswith("http://testserver/static/img/og-default")
    assert meta(city, "og:locale") == "en_GB"
    assert meta(city, "twitter:card") == "summary_large_image"
    assert meta(city, "twitter:image") == meta(city, "og:image")
    assert meta(client.get("/el/cities/lyon/").content.decode(), "og:locale") == "el_GR"


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    return json.loads(match.group(1)) if match else None


def test_cities_and_approaches_carry_schema_org_data(client, site_tree):
    place = json_ld(client.get("/en/cities/lyon/").content.decode())
    assert place["@type"] == "Place" and place["name"] == "Lyon"
    assert place["address"]["addressCountry"] == "FR"
    assert place["geo"] == {"@type": "GeoCoordinates", "latitude": 45.76, "longitude": 4.84}
    article = json_ld(client.get("/en/cities/lyon/local-vote/").content.decode())
    assert article["@type"] == "Article" and article["contentLocation"]["name"] == "Lyon"
    assert article["url"] == "http://testserver/en/cities/lyon/local-vote/"
    assert json_ld(client.get("/en/").content.decode()) is None


def test_json_ld_cannot_be_broken_out_of(client, site_tree):
    city = site_tree["lyon"]
    city.why_listed = "</script><script>alert(1)</script>"
    city.save_revision().publish()
    html = client.get("/en/cities/lyon/").content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["description"] == city.why_listed


def test_sitemap_links_the_translated_versions_of_a_page(client, site_tree):
    german = Locale.objects.get(language_code="de")
    translate_page(site_tree["lyon"], german, {"Lyon": "Lyon"})
    root = ET.fromstring(client.get("/sitemap.xml").content)
    alternates = {}

    def path(url):
        return re.sub(r"^https?://[^/]+", "", url)

    for url in root.iter(f"{SITEMAP}url"):
        links = url.findall(f"{XHTML}link")
        alternates[path(url.find(f"{SITEMAP}loc").text)] = {
            link.get("hreflang"): path(link.get("href")) for link in links
        }
    assert alternates["/en/cities/lyon/"] == {
        "en": "/en/cities/lyon/", "x-default": "/en/cities/lyon/", "de": "/de/cities/lyon/",
    }
    assert alternates["/de/cities/lyon/"]["en"] == "/en/cities/lyon/"
    # A page only in English (its other versions are aliases) names no alternates.
    assert alternates["/en/cities/potsdam/"] == {}
    assert "/fr/cities/lyon/" not in alternates


def test_the_map_has_a_labelled_overview_without_javascript(client, site_tree):
    for url in ("/en/", "/en/cities/", "/en/cities/berlin/", "/en/networks/solidarity-cities/"):
        html = client.get(url).content.decode()
        box = html[html.index("data-map"):]
        box = box[: box.index("</svg>")]
        assert 'class="map-overview"' in box, url
        assert re.search(r"<title[^>]*>[^<]+</title>", box), url
        assert box.count("<circle") >= 1, url
    index = client.get("/en/cities/").content.decode()
    assert "Overview of where the 4 cities lie in Europe" in index
    assert 'href="#city-list-heading"' in index
    home = client.get("/en/").content.decode()
    assert 'class="map-overview__link"><a href="/en/cities/"' in home


def test_overview_draws_close_cities_once_and_skips_places_outside_europe():
    drawn = overview([
        ("SRID=4326;POINT(13.4105 52.5244)", True),
        ("SRID=4326;POINT(13.4106 52.5245)", False),  # the same pixel
        ("SRID=4326;POINT(-74.0 40.7)", False),  # New York: outside the frame
        ("", False),
    ])
    assert drawn["count"] == 4 and len(drawn["dots"]) == 1 and drawn["dots"][0].featured


def test_profiles_link_to_the_next_profile_and_approaches_to_their_area(client, site_tree):
    CityPageFactory(title="Amsterdam", featured=True, country="NL", lat=52.37, lng=4.9)
    html = client.get("/en/cities/berlin/").content.decode()
    assert re.search(r'rel="next"[^>]*>Next in-depth profile: Amsterdam', html)  # wraps round
    other = ApproachPageFactory(
        parent=site_tree["lyon"], title="Open welcome desk", policy_areas=[site_tree["social"]]
    )
    html = client.get(site_tree["approach"].url).content.decode()
    section = html[html.index("Other approaches in this policy area"):]
    assert other.title in section[:600]
    assert site_tree["shelter"].title not in section[:600]  # another policy area


# Queries per page type with this additions (overview, next profile, other
# approaches in the area, sitemap alternates): before them, 26 29 24 21 14 on home, profile,
# approach, network page and sitemap. Issue 15 brings the pages down to its budget; these
# ceilings keep what this issue added from growing with the data.
QUERY_CEILINGS = {
    "/en/": 27, "/el/": 37, "/en/cities/": 26, "/el/cities/": 38, "/en/cities/berlin/": 31,
    "/el/cities/berlin/": 45, "/en/cities/berlin/welcome-office/": 26, "/en/approaches/": 27,
    "/en/networks/": 22, "/en/networks/solidarity-cities/": 21, "/sitemap.xml": 17,
}


def test_page_types_stay_within_their_query_ceilings(client, site_tree):
    for name in ("Amsterdam", "Utrecht", "Swansea"):
        CityPageFactory(title=name, featured=True, country="NL", lat=52.0, lng=5.0)
    for url, ceiling in QUERY_CEILINGS.items():
        client.get(url)  # warm Wagtail's site-root cache, as on a running site
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) <= ceiling, (url, len(queries))

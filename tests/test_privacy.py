"""One privacy for every language (core/privacy.py): a view restriction set on an English
page holds for each of its language versions, aliases and translations alike, on every
surface a reader or a program can reach: the page, listings, home figures, network
members, filters, the map's data (API v1), API v2, the sitemap and search."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction

from core.privacy import synchronise_view_restrictions
from core.tree import create_missing_aliases
from tests.factories import CityPageFactory
from tests.world import LANGUAGE_CODES
from translation.testing import PASSWORD, make_moderator, make_translator, start_translation

pytestmark = pytest.mark.django_db

SECRET = "only-for-the-team"
BODY_TEXT = "The city opened its services to everyone."


def restrict(client, page, restriction_type, **data):
    """Set a page's privacy through the admin's privacy dialog, as an editor would."""
    response = client.post(
        reverse("wagtailadmin_pages:set_privacy", args=[page.pk]),
        {"restriction_type": restriction_type, **data},
    )
    assert response.status_code == 200, response.content
    assert response.json()["step"] == "set_privacy_done", response.json()
    return response


def refused(response):
    """Wagtail's admin answers PermissionDenied with a 403, or a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def versions(page):
    """{language code: page} for every language version of `page`."""
    return {
        version.locale.language_code: version
        for version in Page.objects.filter(translation_key=page.translation_key).select_related(
            "locale"
        )
    }


def signatures(page):
    """{language code: [(type, password, group names)]}: the restrictions of each version."""
    result = {}
    for code, version in versions(page).items():
        result[code] = sorted(
            (r.restriction_type, r.password, tuple(sorted(g.name for g in r.groups.all())))
            for r in PageViewRestriction.objects.filter(page=version)
        )
    return result


@pytest.fixture
def moderator(client):
    user = make_moderator()
    client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def private_berlin(site_tree, moderator):
    """Berlin translated into German (an alias in the other languages) before a moderator
    made the English page private with a password: the case the issue found."""
    berlin = site_tree["berlin"]
    start_translation(berlin, "de", {"Berlin": "Berlin (de)"})
    restrict(moderator, berlin, "password", password=SECRET)
    moderator.logout()
    return berlin


def test_a_private_english_page_is_private_in_every_language_on_every_surface(
    client, private_berlin
):
    berlin_versions = versions(private_berlin)
    expected = [("password", SECRET, ())]
    assert signatures(private_berlin) == {code: expected for code in LANGUAGE_CODES}
    for code, version in berlin_versions.items():
        assert version.get_view_restrictions().exists(), code
        assert not Page.objects.filter(pk=version.pk).public().exists(), code

    # The page and its subpages ask for the password in every language.
    pages = [(code, "cities/berlin/") for code in LANGUAGE_CODES]
    pages += [(code, "cities/berlin/welcome-office/") for code in ("en", "de", "fr")]
    for code, path in pages:
        response = client.get(f"/{code}/{path}")
        assert response.status_code == 200, (code, path)
        assert b'name="password"' in response.content, (code, path)
        assert BODY_TEXT.encode() not in response.content, (code, path)

    # Listings, home figures, network members and filters: source, translation, alias.
    for code in ("en", "de", "fr"):
        cities = client.get(f"/{code}/cities/").content.decode()
        assert "/cities/potsdam/" in cities and "/cities/berlin/" not in cities, code
        home = client.get(f"/{code}/")
        assert home.context["figures"]["cities"] == 3, code
        assert home.context["figures"]["approaches"] == 1, code  # only Lyon's
        assert not any(c.slug == "berlin" for c in home.context["featured_cities"]), code
        network = client.get(f"/{code}/networks/solidarity-cities/").content.decode()
        assert "/cities/lyon/" in network and "/cities/berlin/" not in network, code
        approaches = client.get(f"/{code}/approaches/").content.decode()
        assert "local-vote" in approaches and "welcome-office" not in approaches, code
        assert 'value="berlin"' not in approaches, code  # the city filter
        results = client.get(f"/{code}/search/?q=Berlin").content.decode()
        assert "/cities/berlin/" not in results, code

    # Open data (the map's source), both formats, every language.
    for code in LANGUAGE_CODES:
        geojson = client.get(f"/api/v1/cities.geojson?lang={code}").json()
        slugs = {feature["properties"]["url"].split("/")[-2] for feature in geojson["features"]}
        assert slugs == {"potsdam", "lyon", "valencia"}, code
        csv_text = client.get(f"/api/v1/cities.csv?lang={code}").content.decode("utf-8-sig")
        assert "/cities/berlin/" not in csv_text and "52.52" not in csv_text, code

    # API v2: no version by id, in listings or found by its address (aliases included).
    for code in ("en", "de", "fr"):
        version = berlin_versions[code]
        assert client.get(f"/api/v2/pages/{version.pk}/").status_code == 404, code
        listing = client.get(f"/api/v2/pages/?locale={code}&type=citypages.CityPage").json()
        assert version.pk not in {item["id"] for item in listing["items"]}, code
        assert listing["meta"]["total_count"] == 3, code
        found = client.get(f"/api/v2/pages/find/?html_path=/{code}/cities/berlin/")
        assert found.status_code == 404, code

    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/cities/potsdam/" in sitemap and "/cities/berlin/" not in sitemap

    # The password opens the German translation (each version asks for it once).
    german = berlin_versions["de"]
    url = reverse(
        "wagtailcore_authenticate_with_password",
        args=[german.view_restrictions.get().pk, german.pk],
    )
    response = client.post(url, {"password": SECRET, "return_url": "/de/cities/berlin/"})
    assert response.status_code == 302
    assert BODY_TEXT.encode() in client.get("/de/cities/berlin/").content


def test_a_private_network_is_neither_named_nor_offered(client, site_tree, moderator):
    restrict(moderator, site_tree["harbours"], "login")
    moderator.logout()
    response = client.get("/de/networks/safe-harbours/")  # readers are sent to log in
    assert response.status_code == 302
    assert response["Location"].startswith("/de/_util/login/?next=/de/networks/safe-harbours/")
    geojson = client.get("/api/v1/cities.geojson?lang=fr").json()
    for feature in geojson["features"]:
        assert "safe-harbours" not in {n["slug"] for n in feature["properties"]["networks"]}
    page = client.get("/de/cities/berlin/").content.decode()
    assert "/networks/solidarity-cities/" in page and "/networks/safe-harbours/" not in page
    listing = client.get("/it/cities/").content.decode()
    assert 'value="safe-harbours"' not in listing
    response = client.get("/api/v1/cities.csv?network=safe-harbours")
    assert response.status_code == 400
    assert "safe-harbours" not in response.json()["error"]["valid"]


def test_changes_and_removal_follow_in_every_language(site_tree, moderator):
    berlin = site_tree["berlin"]  # aliased in every language: a translation is no different
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")
    restrict(moderator, berlin, "groups", groups=[editors.pk, moderators.pk])
    expected = [("groups", "", ("Editors", "Moderators"))]
    assert signatures(berlin) == {code: expected for code in LANGUAGE_CODES}

    restrict(moderator, berlin, "groups", groups=[moderators.pk])
    expected = [("groups", "", ("Moderators",))]
    assert signatures(berlin) == {code: expected for code in LANGUAGE_CODES}

    restrict(moderator, berlin, "login")
    assert signatures(berlin) == {code: [("login", "", ())] for code in LANGUAGE_CODES}

    restrict(moderator, berlin, "none")
    assert signatures(berlin) == {code: [] for code in LANGUAGE_CODES}
    assert Page.objects.filter(translation_key=berlin.translation_key).public().count() == 7


def test_new_aliases_and_translations_start_private(site_tree, moderator):
    city = CityPageFactory(parent=site_tree["city_index"], title="Gent", slug="gent")
    restrict(moderator, city, "login")
    create_missing_aliases(city)  # as wagtail-localize does when an editor creates a page
    assert signatures(city) == {code: [("login", "", ())] for code in LANGUAGE_CODES}
    _translation, gent_de = start_translation(city, "de", {"Gent": "Gent (de)"})
    assert gent_de.alias_of_id is None
    assert signatures(city)["de"] == [("login", "", ())]


def test_repair_brings_a_version_back_in_step(private_berlin):
    german = versions(private_berlin)["de"]
    PageViewRestriction.objects.filter(page=german).delete()  # as if set before this fix
    assert synchronise_view_restrictions(dry_run=True) == [german]
    assert PageViewRestriction.objects.filter(page=german).count() == 0
    out = io.StringIO()
    call_command("sync_locale_trees", stdout=out)
    assert "de: gave /home-de/cities/berlin/ (Berlin (de)) the privacy of its English page" in (
        out.getvalue()
    )
    assert "privacy: 1 pages brought in step with English." in out.getvalue()
    assert signatures(private_berlin)["de"] == [("password", SECRET, ())]
    assert synchronise_view_restrictions() == []


def test_deleting_the_english_page_leaves_orphaned_versions_private(private_berlin):
    german = versions(private_berlin)["de"]
    Page.objects.filter(pk=private_berlin.pk).delete()
    assert PageViewRestriction.objects.filter(page=german).exists()


def test_privacy_is_changed_on_the_english_page_only(client, private_berlin):
    """A translator (or anyone) sees that a German page is private and where that is set,
    and cannot change it there; on the English page a moderator can."""
    german = versions(private_berlin)["de"]
    translator = make_translator("de")
    client.login(username=translator.username, password=PASSWORD)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).content.decode()
    assert "Not visible to the public" in edit
    source = BeautifulSoup(edit, "html.parser").find(attrs={"data-privacy-source": True})
    assert source.get_text(strip=True) == "Set on the English page"
    assert source.name == "span", "no link to an editor the translator would be refused"
    privacy_url = reverse("wagtailadmin_pages:set_privacy", args=[german.pk])
    assert refused(client.get(privacy_url))
    assert refused(client.post(privacy_url, {"restriction_type": "none"}))
    assert signatures(private_berlin)["de"] == [("password", SECRET, ())]

    moderator = make_moderator("moderator-2")
    client.login(username=moderator.username, password=PASSWORD)
    assert refused(client.get(privacy_url))
    german_edit = client.get(reverse("wagtailadmin_pages:edit", args=[german.pk])).content
    source = BeautifulSoup(german_edit, "html.parser").find(attrs={"data-privacy-source": True})
    assert source.name == "a" and source["href"] == reverse(
        "wagtailadmin_pages:edit", args=[private_berlin.pk]
    ), "a moderator is led to the English page"
    english = client.get(reverse("wagtailadmin_pages:edit", args=[private_berlin.pk]))
    assert "Set on the English page" not in english.content.decode()
    assert "Change privacy" in english.content.decode()


def test_a_page_without_an_english_version_sets_its_own_privacy(site_tree, moderator):
    german_home = Page.objects.get(depth=2, locale__language_code="de")
    german_only = german_home.add_child(
        instance=Page(title="Nur auf Deutsch", slug="nur-deutsch", locale=german_home.locale)
    )
    restrict(moderator, german_only, "login")
    assert german_only.view_restrictions.count() == 1
    assert Locale.objects.filter(pk=german_only.locale_id, language_code="de").exists()

""""Add your city": what a municipality sends, what bots cannot, and what editors do with it."""

import time
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Comment

from citypages.models import CityPage
from contributions.forms import sign_timestamp
from contributions.models import ANONYMISED, CitySuggestion
from core.geo import parse_point
from translation.testing import make_editor, make_moderator, make_translator

pytestmark = pytest.mark.django_db

URL = "/en/add-your-city/"


def form_data(**changes):
    data = {
        "kind": "new",
        "city_name": "Wuppertal",
        "country": "DE",
        "organisation": "Seebrücke Wuppertal",
        "contact_name": "Ada Muster",
        "email": "ada@example.org",
        "networks": "Safe Harbours",
        "statement_url": "https://www.wuppertal.de/decision",
        "message": "The council joined the Safe Harbours in 2019.",
        "consent": "on",
        "homepage": "",
        "started": sign_timestamp(time.time() - 60),
    }
    data.update(changes)
    return data


@pytest.fixture
def team(db):
    return make_editor(), make_moderator()


def test_the_form_is_there_in_every_language(client, site_tree):
    for code in ["en", "de", "fr", "el", "it", "pl", "es"]:
        response = client.get(f"/{code}/add-your-city/")
        assert response.status_code == 200, code
        assert f'lang="{code}"' in response.content.decode()
    assert 'href="/en/add-your-city/"' in client.get("/en/").content.decode()


def test_a_valid_suggestion_is_stored_and_the_team_is_told(client, site_tree, team):
    response = client.post("/de/add-your-city/", form_data())
    assert response.status_code == 302
    assert response["Location"] == "/de/add-your-city/thanks/"
    suggestion = CitySuggestion.objects.get()
    assert (suggestion.city_name, suggestion.country.code, suggestion.language) == (
        "Wuppertal",
        "DE",
        "de",
    )
    assert suggestion.status == CitySuggestion.Status.NEW
    [message] = mail.outbox
    assert sorted(message.to) == ["editor@example.org", "moderator@example.org"]
    assert "Wuppertal" in message.subject
    assert f"/admin/snippets/contributions/citysuggestion/edit/{suggestion.pk}/" in message.body
    assert "Seebrücke Wuppertal" in message.body


def test_an_invalid_suggestion_is_shown_again_in_the_readers_language(client, site_tree):
    response = client.post(
        "/fr/add-your-city/", form_data(email="not-an-address", consent="", city_name="")
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Seebrücke Wuppertal" in html  # the input is kept
    assert "Saisissez une adresse e-mail valide." in html  # Django's French message
    assert 'aria-invalid' in html or "field--error" in html
    assert not CitySuggestion.objects.exists()
    assert not mail.outbox


def test_the_honeypot_drops_a_bot_without_a_word(client, site_tree):
    response = client.post(URL, form_data(homepage="http://spam.example"))
    assert response.status_code == 302  # looks like success to the bot
    assert not CitySuggestion.objects.exists()
    assert not mail.outbox


def test_the_time_trap_refuses_a_form_sent_at_once(client, site_tree):
    response = client.post(URL, form_data(started=sign_timestamp()))
    assert response.status_code == 400
    assert "faster than a person" in response.content.decode()
    assert not CitySuggestion.objects.exists()


def test_a_forged_time_stamp_is_refused(client, site_tree):
    response = client.post(URL, form_data(started=str(int(time.time()) - 600)))
    assert response.status_code == 400
    assert not CitySuggestion.objects.exists()


def test_the_rate_limit_counts_per_client_address(client, site_tree, settings):
    settings.SUGGESTION_RATE_LIMIT = 2
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    settings.TRUSTED_PROXY_COUNT = 1
    first = {"HTTP_X_FORWARDED_FOR": "203.0.113.7"}
    for _attempt in range(2):
        assert client.post(URL, form_data(), **first).status_code == 302
    refused = client.post(URL, form_data(), **first)
    assert refused.status_code == 429
    assert CitySuggestion.objects.count() == 2
    # Another client behind the same proxy is not affected.
    other = client.post(URL, form_data(), HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert other.status_code == 302


def test_bots_caught_by_the_honeypot_count_towards_the_limit(client, site_tree, settings):
    settings.SUGGESTION_RATE_LIMIT = 1
    client.post(URL, form_data(homepage="x"))
    assert client.post(URL, form_data()).status_code == 429
    assert not CitySuggestion.objects.exists()


def suggestion(**fields):
    values = {
        "city_name": "Wuppertal",
        "country": "DE",
        "organisation": "Seebrücke Wuppertal",
        "contact_name": "Ada Muster",
        "email": "ada@example.org",
        "message": "Joined the Safe Harbours.",
        "consent": True,
        "language": "en",
        "status": CitySuggestion.Status.ACCEPTED,
    }
    values.update(fields)
    return CitySuggestion.objects.create(**values)


def test_an_accepted_suggestion_becomes_a_placed_draft_city(client, site_tree, team):
    editor, _moderator = team
    item = suggestion()
    client.force_login(editor)
    url = reverse("contributions_convert", args=[item.pk])
    assert client.get(url).status_code == 200
    response = client.post(url)
    city = CityPage.objects.get(title="Wuppertal", locale__language_code="en")
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[city.pk])
    assert not city.live and city.has_unpublished_changes
    assert city.get_parent().pk == site_tree["city_index"].pk
    lat, lng = parse_point(city.location)
    assert abs(lat - 51.26) < 0.1 and abs(lng - 7.18) < 0.1  # from the gazetteer
    assert "Seebrücke Wuppertal" in Comment.objects.get(page=city).text
    item.refresh_from_db()
    assert item.city_id == city.pk
    # A second conversion is refused rather than making a duplicate.
    client.post(url)
    assert CityPage.objects.filter(title="Wuppertal").count() == 1


def test_a_correction_becomes_a_draft_edit_of_the_listed_city(client, site_tree, team):
    editor, _moderator = team
    berlin = site_tree["berlin"]
    item = suggestion(kind="correction", city=berlin, city_name="Berlin")
    client.force_login(editor)
    client.post(reverse("contributions_convert", args=[item.pk]))
    berlin.refresh_from_db()
    assert berlin.live and berlin.has_unpublished_changes
    assert "Safe Harbours" in Comment.objects.get(page=berlin).text


def test_a_suggestion_must_be_accepted_and_new_to_convert(client, site_tree, team):
    editor, _moderator = team
    client.force_login(editor)
    waiting = suggestion(status=CitySuggestion.Status.NEW)
    client.post(reverse("contributions_convert", args=[waiting.pk]))
    listed = suggestion(city_name="Berlin")  # already a city of that slug
    client.post(reverse("contributions_convert", args=[listed.pk]), follow=True)
    assert not CityPage.objects.filter(title="Wuppertal").exists()
    assert CityPage.objects.filter(slug="berlin", locale__language_code="en").count() == 1


def test_translators_and_strangers_cannot_see_suggestions(client, site_tree):
    item = suggestion()
    listing = reverse("wagtailsnippets_contributions_citysuggestion:list")
    convert = reverse("contributions_convert", args=[item.pk])
    assert client.get(listing).status_code == 302  # to the login page
    client.force_login(make_translator("de"))
    assert client.get(listing).status_code in (302, 403)
    assert client.post(convert).status_code in (302, 403)  # Wagtail: back to the dashboard
    assert not CityPage.objects.filter(title="Wuppertal").exists()


def test_editors_find_suggestions_by_status_and_name(client, site_tree, team):
    suggestion(city_name="Wuppertal", status=CitySuggestion.Status.NEW)
    suggestion(city_name="Leipzig", organisation="Leipzig hilft", status="rejected")
    client.force_login(team[0])
    listing = reverse("wagtailsnippets_contributions_citysuggestion:list")
    html = client.get(listing, {"status": "new"}).content.decode()
    assert "Wuppertal" in html and "Leipzig" not in html
    html = client.get(listing, {"q": "Leipzig"}).content.decode()
    assert "Leipzig" in html and "Wuppertal" not in html
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 suggestion waits for a decision." in dashboard


def test_purge_anonymises_only_suggestions_decided_long_ago(site_tree):
    old = suggestion(city_name="Old")
    CitySuggestion.objects.filter(pk=old.pk).update(
        decided_at=timezone.now() - timedelta(days=100)
    )
    recent = suggestion(city_name="Recent")
    waiting = suggestion(city_name="Waiting", status=CitySuggestion.Status.NEW)
    CitySuggestion.objects.filter(pk=waiting.pk).update(
        created_at=timezone.now() - timedelta(days=400)
    )
    call_command("purge_suggestions", "--older-than", "90")
    old.refresh_from_db()
    recent.refresh_from_db()
    waiting.refresh_from_db()
    assert (old.contact_name, old.email, old.message, old.anonymised) == (
        ANONYMISED,
        "removed@invalid",
        "",
        True,
    )
    assert old.city_name == "Old"  # what was suggested stays, who suggested it goes
    assert recent.email == "ada@example.org"
    assert waiting.email == "ada@example.org"

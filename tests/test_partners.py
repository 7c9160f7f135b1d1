"""The partners page lists the network behind the project by kind, in the reader's language."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from core.tree import create_missing_aliases
from partners.models import Partner, PartnersPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(site_tree):
    english = Locale.objects.get(language_code="en")
    funder = Partner.objects.create(
        locale=english,
        name="Example Foundation (demo)",
        kind="funder",
        website="https://foundation.example",
        description="Funds the platform (demo).",
        countries=["DE"],
    )
    research = Partner.objects.create(
        locale=english,
        name="Example University (demo)",
        kind="research",
        description="Researches city profiles (demo).",
        works_with="Solidarity Cities",
    )
    german = funder.copy_for_translation(Locale.objects.get(language_code="de"))
    german.name = "Beispielstiftung (Demo)"
    german.description = "Finanziert die Plattform (Demo)."
    german.save()
    page = PartnersPage(title="Partners", slug="partners")
    site_tree["home"].add_child(instance=page)
    page.save_revision().publish()
    create_missing_aliases(page)
    return funder, research


def test_the_partners_page_groups_partners_by_kind_in_the_readers_language(client, partners):
    html = client.get("/de/partners/").content.decode()
    assert "Beispielstiftung (Demo)" in html
    assert "Example Foundation" not in html
    funders, research = html.index("Geldgeber"), html.index("Forschungspartner")
    assert funders < html.index("Beispielstiftung") < research
    assert html.index("Example University (demo)") > research
    assert 'lang="en"' in html  # the untranslated partner is marked as English
    assert "Deutschland" in html and "Solidarity Cities" in html


def test_the_about_page_shows_a_partner_logo_grid(client, site_tree, partners):
    about = site_tree["about"]
    about.body = json.dumps(
        [{"type": "partner_logos", "value": {"heading": "Funded by", "kind": "funder"}}]
    )
    about.save_revision().publish()
    html = client.get("/en/about/").content.decode()
    assert "Funded by" in html and 'href="https://foundation.example"' in html
    assert "Example University" not in html


def test_an_editor_creates_the_partners_page_in_the_admin(admin_client, site_tree):
    home = site_tree["home"]
    url = reverse("wagtailadmin_pages:add", args=["partners", "partnerspage", home.pk])
    data = nested_form_data(
        {
            "title": "Partners",
            "slug": "partners",
            "intro": rich_text("<p>The network behind the project.</p>"),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )
    assert admin_client.post(url, data).status_code == 302
    assert PartnersPage.objects.get(locale__language_code="en").live

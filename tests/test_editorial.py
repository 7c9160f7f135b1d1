"""The editorial side: the review workflow, the news feeds and the site-wide texts."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale

from home.models import NewsPage, SiteTexts
from translation.testing import (
    make_editor,
    make_moderator,
    start_translation,
    submit_news_for_review,
)

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_an_editors_page_goes_through_editorial_review_to_publication(client, site_tree):
    editor, moderator = make_editor(), make_moderator()
    news = site_tree["news"]
    assert news.get_workflow().name == "Editorial review"
    german = news.get_translation(Locale.objects.get(language_code="de"))
    assert german.get_workflow() is None  # translators publish their own language

    response = submit_news_for_review(client, editor, news, "Launch, revised")
    assert response.status_code == 302, response.content.decode()[-2000:]
    news.refresh_from_db()
    assert news.title == "Launch"  # not published by the editor
    [notice] = [message for message in mail.outbox if message.to == [moderator.email]]
    assert "Launch, revised" in notice.subject or "Launch, revised" in notice.body

    mail.outbox.clear()
    client.force_login(moderator)
    state = news.current_workflow_task_state
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[news.pk, "approve", state.pk]
    )
    response = client.post(approve, {"comment": "Good."})
    assert response.status_code in (200, 302)
    news.refresh_from_db()
    assert news.live and news.title == "Launch, revised"
    assert [message.to for message in mail.outbox] == [[editor.email]]


def feed(client, code):
    response = client.get(f"/{code}/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)  # raises on XML that is not well formed


def test_the_news_feed_is_atom_in_each_language_with_the_latest_first(client, site_tree):
    older = NewsPage(title="Older", slug="older", date=datetime.date(2020, 1, 1), intro="Old.")
    site_tree["news_index"].add_child(instance=older)
    older.save_revision().publish()
    start_translation(site_tree["news"], "fr", {"Launch": "Lancement"})
    english = feed(client, "en")
    assert english.get(XML_LANG) == "en"
    titles = [entry.findtext(f"{ATOM}title") for entry in english.iter(f"{ATOM}entry")]
    assert titles[0] == "Launch" and "Older" in titles

    french = feed(client, "fr")
    assert french.get(XML_LANG) == "fr"
    entries = {e.findtext(f"{ATOM}title"): e for e in french.iter(f"{ATOM}entry")}
    assert entries["Lancement"].get(XML_LANG) == "fr"
    assert entries["Lancement"].find(f"{ATOM}link").get("href").startswith("http://")
    assert "/fr/news/" in entries["Lancement"].find(f"{ATOM}link").get("href")
    home = client.get("/fr/").content.decode()
    assert 'type="application/atom+xml"' in home and 'href="/fr/news/feed/"' in home


def test_a_restricted_news_item_stays_out_of_the_feed(client, site_tree):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=site_tree["news"], restriction_type="password", password="x"
    )
    titles = [e.findtext(f"{ATOM}title") for e in feed(client, "en").iter(f"{ATOM}entry")]
    assert "Launch" not in titles


def test_the_footer_shows_the_site_texts_of_the_readers_language(client, site_tree):
    english = SiteTexts.objects.create(
        locale=Locale.objects.get(language_code="en"),
        footer_text="Moving Cities footer in English.",
        contact_email="team@example.org",
        newsletter_url="https://example.org/newsletter",
        social_links=[("link", {"label": "Mastodon", "url": "https://social.example/@mc"})],
        privacy_page=site_tree["about"],
    )
    german = english.copy_for_translation(Locale.objects.get(language_code="de"))
    german.footer_text = "Moving Cities auf Deutsch."
    german.save()
    html = client.get("/de/").content.decode()
    assert "Moving Cities auf Deutsch." in html
    assert 'href="mailto:team@example.org"' in html
    assert "https://social.example/@mc" in html and "https://example.org/newsletter" in html
    assert 'href="/de/about/"' in html  # the privacy page in the reader's language
    french = client.get("/fr/").content.decode()
    assert '<p lang="en">Moving Cities footer in English.</p>' in french  # marked as English

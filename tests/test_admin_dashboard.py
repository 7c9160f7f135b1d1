"""The dashboard tells each person what waits for them: a moderator the pages submitted to
"Editorial review" (Wagtail's own panel, which our workflow feeds), an editor their pages
in review, and the team the suggestions waiting (contributions' panel)."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from translation.testing import (
    make_editor,
    make_moderator,
    make_translator,
    submit_news_for_review,
)

pytestmark = pytest.mark.django_db


def submit_for_review(client, editor, news):
    response = submit_news_for_review(client, editor, news, "Launch, revised for review")
    assert response.status_code == 302


def dashboard_panel(client, user, heading):
    """The text of the dashboard panel under `heading`, or None when it is not shown."""
    client.force_login(user)
    page = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    for title in page.find_all(["h2", "h3"]):
        if title.get_text(strip=True).startswith(heading):
            return title.find_parent("section").get_text(" ", strip=True)
    return None


def test_a_moderators_dashboard_lists_the_pages_awaiting_review(client, site_tree):
    editor, moderator = make_editor(), make_moderator()
    assert dashboard_panel(client, moderator, "Awaiting your review") is None

    submit_for_review(client, editor, site_tree["news"])

    panel = dashboard_panel(client, moderator, "Awaiting your review")
    assert panel is not None
    assert "Launch, revised for review" in panel
    assert "Approve" in panel and "Request changes" in panel  # decided from the dashboard


def test_the_editor_sees_their_page_in_review_and_a_translator_nothing(client, site_tree):
    editor = make_editor()
    submit_for_review(client, editor, site_tree["news"])

    mine = dashboard_panel(client, editor, "Your pages and snippets in a workflow")
    assert mine is not None and "Launch, revised for review" in mine
    translator = make_translator("el")
    assert dashboard_panel(client, translator, "Awaiting your review") is None

"""A moderator who approves a page with an uncredited image from the dashboard is told
which image to credit, and nothing is published (images/clearance.py, images/middleware.py).
"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Workflow

from home.models import NewsPage
from tests.e2e.admin_login import sign_in
from translation.testing import make_editor, make_moderator

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_approving_with_a_comment_from_the_dashboard_names_the_image_to_credit(
    live_server, page, site_tree
):
    editor, moderator = make_editor(), make_moderator()
    photo = get_image_model().objects.create(title="Harbour at dawn", file=get_test_image_file())
    news = site_tree["news"]
    news.body = [("image", {"image": photo, "alt": "A harbour", "caption": "", "credit": ""})]
    news.title = "Launch, with a picture"
    news.save_revision(user=editor)
    Workflow.objects.get(name="Editorial review").start(news, editor)

    sign_in(page, live_server.url, moderator.username)
    page.get_by_role("button", name="Actions").first.click()
    page.get_by_role("button", name="Approve with comment").click()
    page.get_by_label("Comment", exact=True).fill("Looks good.")
    page.get_by_role("dialog").get_by_role("button", name=re.compile("Approve")).click()

    message = page.locator(".messages").get_by_text(
        re.compile("Give these images a credit and a licence before publishing")
    )
    expect(message).to_be_visible()
    page.get_by_role("link", name="“Harbour at dawn”").click()
    page.wait_for_url(f"{live_server.url}/admin/images/{photo.pk}/")
    news = NewsPage.objects.get(pk=news.pk)
    assert news.title == "Launch" and news.workflow_in_progress

"""No image on a public page without its credit and licence, and readers see both.

Issue 13: an image needs a credit and a licence before a page (or a partner) showing it
is published, whichever way it is published; drafts may use any image. Every public
image carries its credit line, with translated labels.
"""

import importlib
from types import SimpleNamespace

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.models import Image as WagtailImage
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import NewsPage
from images.models import LICENCE_URLS, Licence
from partners.models import Partner
from translation.testing import make_editor, make_moderator

pytestmark = pytest.mark.django_db

REFUSAL = "Give these images a credit and a licence before publishing"


@pytest.fixture
def photo(db):
    """An image uploaded without credit or licence, as editors often do first."""
    return get_image_model().objects.create(
        title="Harbour at dawn", file=get_test_image_file()
    )


def credit(image, who="Jane Doe", licence=Licence.CC_BY):
    image.credit, image.licence = who, licence
    image.save()


def news_form(image, action, **extra):
    return nested_form_data(
        {
            "title": "Launch, with a picture",
            "slug": "launch",
            "date": "2026-01-15",
            "intro": "The site is online.",
            "body": streamfield(
                [("image", {"image": image.pk, "alt": "A harbour", "caption": "", "credit": ""})]
            ),
            "comments": inline_formset([]),
            action: "1",
            **extra,
        }
    )


def edit_news(client, news, image, action, **extra):
    url = reverse("wagtailadmin_pages:edit", args=[news.pk])
    return client.post(url, news_form(image, action, **extra))


def image_ids_on_live_page(news):
    news = NewsPage.objects.get(pk=news.pk)
    return [block.value["image"].pk for block in news.body if block.block_type == "image"]


def test_publishing_a_page_with_an_uncredited_image_is_refused_until_it_is_credited(
    admin_client, site_tree, photo
):
    news = site_tree["news"]
    response = edit_news(admin_client, news, photo, "action-publish")
    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSAL in html and "Harbour at dawn" in html
    assert image_ids_on_live_page(news) == []  # nothing published, nothing saved
    assert not news.revisions.filter(content__title="Launch, with a picture").exists()

    # A draft may use it.
    assert edit_news(admin_client, news, photo, "action-save").status_code == 302
    assert NewsPage.objects.get(pk=news.pk).title == "Launch"

    # The image edit form is where the message sends the editor.
    edit_image = reverse("wagtailimages:edit", args=[photo.pk])
    form = admin_client.get(edit_image).content.decode()
    assert 'name="credit"' in form and 'name="licence"' in form and 'name="source_url"' in form
    response = admin_client.post(
        edit_image,
        {
            "title": photo.title,
            "collection": photo.collection_id,
            "credit": "Jane Doe",
            "licence": Licence.CC_BY,
            "source_url": "https://photos.example/harbour",
            "tags": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert edit_news(admin_client, news, photo, "action-publish").status_code == 302
    assert image_ids_on_live_page(news) == [photo.pk]


def test_submitting_for_review_with_an_uncredited_image_is_refused(client, site_tree, photo):
    client.force_login(make_editor())
    news = site_tree["news"]
    response = edit_news(client, news, photo, "action-submit")
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    news.refresh_from_db()
    assert not news.workflow_in_progress


def submitted_with(news, image, editor):
    """A revision using `image` in review, sent without the editor's form (as an
    image's credit might also be removed after submission)."""
    news.body = [("image", {"image": image, "alt": "A harbour", "caption": "", "credit": ""})]
    news.title = "Launch, with a picture"
    news.save_revision(user=editor)
    Workflow.objects.get(name="Editorial review").start(news, editor)
    return NewsPage.objects.get(pk=news.pk)


def test_approving_in_the_workflow_is_refused_while_an_image_is_uncredited(
    client, site_tree, photo
):
    editor, moderator = make_editor(), make_moderator()
    news = submitted_with(site_tree["news"], photo, editor)
    client.force_login(moderator)
    state = news.current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[news.pk, "approve", state.pk])

    response = client.post(approve, {"comment": "Good."}, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSAL in html
    assert reverse("wagtailimages:edit", args=[photo.pk]) in html  # a link to fix it
    news = NewsPage.objects.get(pk=news.pk)
    assert news.title == "Launch" and image_ids_on_live_page(news) == []
    assert news.workflow_in_progress  # still waiting for a moderator, nothing lost

    # Approving from the page editor is refused by its form.
    response = edit_news(
        client,
        news,
        photo,
        "action-workflow-action",
        **{"workflow-action-name": "approve", "workflow-action-extra-data": "{}"},
    )
    assert response.status_code == 200 and REFUSAL in response.content.decode()
    assert NewsPage.objects.get(pk=news.pk).title == "Launch"

    credit(photo)
    state = NewsPage.objects.get(pk=news.pk).current_workflow_task_state
    approve = reverse("wagtailadmin_pages:workflow_action", args=[news.pk, "approve", state.pk])
    assert client.post(approve, {"comment": "Good."}).status_code in (200, 302)
    news = NewsPage.objects.get(pk=news.pk)
    assert news.live and news.title == "Launch, with a picture"
    assert image_ids_on_live_page(news) == [photo.pk]


def test_a_partner_with_an_uncredited_logo_is_not_saved(admin_client, site_tree, photo):
    url = reverse("wagtailsnippets_partners_partner:add") + "?locale=en"
    data = {
        "name": "Harbour Alliance (demo)",
        "kind": "funder",
        "logo": photo.pk,
        "website": "https://harbour.example",
        "description": "Funds harbour projects (demo).",
        "works_with": "",
        "sort_order": "0",
        "locale": Locale.objects.get(language_code="en").pk,
    }
    response = admin_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert REFUSAL in html
    assert reverse("wagtailimages:edit", args=[photo.pk]) in html
    assert not Partner.objects.filter(name="Harbour Alliance (demo)").exists()

    credit(photo, "Harbour Alliance", Licence.PERMISSION)
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert Partner.objects.get(name="Harbour Alliance (demo)").logo == photo


def test_scripts_cannot_publish_an_uncredited_image_either(site_tree, photo):
    """The refusal sits in publish() itself, the gate of every other writer."""
    from images.clearance import ImagesNotCleared

    news = site_tree["news"]
    news.body = [("image", {"image": photo, "alt": "A harbour", "caption": "", "credit": ""})]
    revision = news.save_revision()
    with pytest.raises(ImagesNotCleared) as refused:
        revision.publish()
    assert refused.value.images == [photo]
    assert image_ids_on_live_page(news) == []


def test_readers_see_credit_and_licence_with_translated_labels(client, site_tree):
    image = site_tree["image"]  # credited "Moving Cities demo", CC0, in tests/world.py
    image.source_url = "https://demo.example/source"
    image.save()
    english = client.get("/en/cities/berlin/").content.decode()
    caption = english.split('<figure class="block-image">', 1)[1].split("</figure>", 1)[0]
    assert "<figcaption>" in caption
    # The block's own credit wording ("Demo") overrides the image's; the licence is the image's.
    assert 'Image: <a href="https://demo.example/source" rel="noopener">Demo</a> · ' in caption
    assert f'<a href="{LICENCE_URLS[Licence.CC0]}" rel="license noopener">CC0 1.0</a>' in caption

    greek = client.get("/el/cities/berlin/").content.decode()
    caption = greek.split('<figure class="block-image">', 1)[1].split("</figure>", 1)[0]
    assert "Εικόνα:" in caption and "CC0 1.0" in caption


def test_logos_carry_their_credit_too(client, site_tree):
    network = site_tree["network"]
    logo = get_image_model().objects.create(
        title="Solidarity Cities logo",
        file=get_test_image_file(),
        credit="Solidarity Cities",
        licence=Licence.PERMISSION,
    )
    network.logo = logo
    network.save_revision().publish()
    html = client.get("/en/networks/solidarity-cities/").content.decode()
    figure = html.split('<figure class="network-logo">', 1)[1].split("</figure>", 1)[0]
    assert "<figcaption>" in figure
    assert "Logo: Solidarity Cities · Used with permission, all rights reserved" in figure
    greek = client.get("/el/networks/solidarity-cities/").content.decode()
    assert "Λογότυπο:" in greek


def test_the_images_api_shows_credit_and_licence_of_cleared_images_only(client, site_tree, photo):
    listing = client.get("/api/v2/images/").json()
    by_title = {item["title"]: item for item in listing["items"]}
    assert "Harbour at dawn" not in by_title  # no credit yet: not public
    demo = by_title["Demo image"]
    assert demo["credit"] == "Moving Cities demo"
    assert demo["licence"] == {
        "code": "cc0-1.0",
        "name": "CC0 1.0",
        "url": "https://creativecommons.org/publicdomain/zero/1.0/",
    }
    credit(photo, licence=Licence.PUBLIC_DOMAIN)
    detail = client.get(f"/api/v2/images/{photo.pk}/").json()
    assert detail["licence"] == {"code": "public-domain", "name": "Public domain", "url": None}


def test_the_migration_copies_wagtails_images_with_their_ids_and_tags():
    """A site from before the custom model keeps its images (images/migrations/0002)."""
    migration = importlib.import_module("images.migrations.0002_copy_wagtail_images")
    old = WagtailImage.objects.create(id=9001, title="Old photo", file=get_test_image_file())
    old.tags.add("harbour")
    state = MigrationExecutor(connection).loader.project_state(
        ("images", "0002_copy_wagtail_images")
    )
    # copy_images only reads `schema_editor.connection`; SQLite allows no real schema
    # editor inside the test's transaction.
    migration.copy_images(state.apps, SimpleNamespace(connection=connection))

    Image = get_image_model()
    copied = Image.objects.get(pk=9001)
    assert (copied.title, copied.file.name) == ("Old photo", old.file.name)
    assert (copied.width, copied.height, copied.file_hash) == (old.width, old.height, old.file_hash)
    assert [tag.name for tag in copied.tags.all()] == ["harbour"]
    assert not copied.is_cleared  # credit and licence are for editors to add
    newer = Image.objects.create(title="Uploaded after", file=get_test_image_file())
    assert newer.pk > 9001  # the id sequence moved past the copied ids


def test_editors_find_the_images_still_to_credit_in_a_report(client, site_tree, photo):
    get_image_model().objects.create(
        title="Quay at dusk", file=get_test_image_file(), credit="Jane Doe", licence=Licence.CC0
    )
    client.force_login(make_editor())
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("images_to_credit") in html  # in the Reports menu
    html = client.get(reverse("images_to_credit")).content.decode()
    assert reverse("wagtailimages:edit", args=[photo.pk]) in html and "Harbour at dawn" in html
    assert "credit, licence" in html
    assert "Quay at dusk" not in html
    credit(photo)
    assert "Harbour at dawn" not in client.get(reverse("images_to_credit")).content.decode()


def test_an_image_on_a_published_page_keeps_its_credit_and_licence(admin_client, site_tree):
    image = site_tree["image"]  # on the published Berlin page (tests/world.py)
    edit_image = reverse("wagtailimages:edit", args=[image.pk])
    form = {"title": image.title, "collection": image.collection_id, "tags": ""}
    response = admin_client.post(edit_image, {**form, "credit": "", "licence": ""})
    assert response.status_code == 200
    assert "This image is shown on published content (“Berlin”" in response.content.decode()
    image.refresh_from_db()
    assert image.is_cleared
    assert (
        admin_client.post(
            edit_image, {**form, "credit": "Someone else", "licence": Licence.CC_BY_SA}
        ).status_code
        == 302
    )

"""Editors preview every page type before publishing, and every block before picking it.

Pages: the admin's own preview as an editor uses it (the edit form posted to the preview
address, then the preview opened), in English; and a translator's preview of a Greek
translation in wagtail-localize's editor. Blocks: Wagtail 8's block picker previews
(/admin/block-preview/), for every block an editor can add to any StreamField of ours.
"""

import json
from html import unescape

import pytest
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.models import Locale, get_page_models
from wagtail.snippets.models import get_snippet_models
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)
from wagtail_localize.models import Translation

from citypages.models import (
    ApproachIndexPage,
    ApproachPage,
    CityIndexPage,
    CityPage,
    NetworkIndexPage,
    NetworkPage,
)
from home.models import HomePage, NewsIndexPage, NewsPage, StandardPage
from partners.models import PartnersPage
from tests.factories import add_aliases, english_home, translate_everything

OUR_APPS = {"core", "home", "citypages", "partners", "contributions"}

# One English page of each type in the test site (tests/world.py), by title.
PAGE_TITLES = {
    HomePage: None,
    StandardPage: "About",
    NewsIndexPage: "News",
    NewsPage: "Launch",
    CityIndexPage: None,
    CityPage: "Berlin",
    ApproachIndexPage: "Approaches",
    ApproachPage: "Welcome office",
    NetworkIndexPage: None,
    NetworkPage: "Solidarity Cities",
    PartnersPage: "Partners",
}


def test_every_page_type_is_previewed_here():
    ours = {m for m in get_page_models() if m._meta.app_label in OUR_APPS}
    assert ours == set(PAGE_TITLES)


def english_page(model):
    if model is PartnersPage and not PartnersPage.objects.exists():
        english_home().add_child(instance=PartnersPage(title="Partners", slug="partners"))
        add_aliases()
    pages = model.objects.filter(locale__language_code="en")
    if PAGE_TITLES[model]:
        pages = pages.filter(title=PAGE_TITLES[model])
    return pages.get()


def stream_data(model):
    """The StreamFields' part of the edit form, which the browser builds in JavaScript
    (so it is not in the page's HTML): a heading and a paragraph in the body, the others
    empty."""
    fields = {}
    for field in model._meta.get_fields():
        if isinstance(field, StreamField):
            blocks = []
            if field.name == "body":
                blocks = [
                    ("heading", {"text": "A section only in the preview"}),
                    ("paragraph", rich_text("<p>Written but not saved.</p>")),
                ]
            fields[field.name] = streamfield(blocks)
    return nested_form_data(fields)


@pytest.mark.parametrize("model", list(PAGE_TITLES), ids=lambda m: m.__name__)
def test_an_editor_previews_unsaved_changes(admin_client, site_tree, model):
    page = english_page(model)
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert edit.status_code == 200
    data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
    data.update(stream_data(model))
    data["title"] = f"Previewed {model.__name__}"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])

    checked = admin_client.post(preview_url, data)
    assert json.loads(checked.content) == {"is_valid": True, "is_available": True}
    preview = admin_client.get(preview_url)

    assert preview.status_code == 200
    html = preview.content.decode()
    assert f"Previewed {model.__name__}" in html  # the unsaved title, not the live page
    if hasattr(page, "body"):
        assert "A section only in the preview" in html
    assert '<html lang="en"' in html
    page.refresh_from_db()
    assert page.title != f"Previewed {model.__name__}"  # a preview saves nothing


def test_a_preview_shows_unsaved_networks_and_readers_never_see_them(
    admin_client, client, site_tree
):
    """A city's networks are cached for readers; a preview without them must not be."""
    berlin = site_tree["berlin"]
    edit = admin_client.get(reverse("wagtailadmin_pages:edit", args=[berlin.pk]))
    data = querydict_from_html(edit.content.decode(), form_id="page-edit-form")
    data.update(stream_data(CityPage))
    data["network_links-0-DELETE"] = "1"  # Solidarity Cities, the first of two
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[berlin.pk])
    admin_client.post(preview_url, data)

    preview = admin_client.get(preview_url).content.decode()
    assert "Safe Harbours" in preview and "Solidarity Cities" not in preview

    live = client.get(berlin.url).content.decode()
    assert "Safe Harbours" in live and "Solidarity Cities" in live


@pytest.mark.parametrize("model", list(PAGE_TITLES), ids=lambda m: m.__name__)
def test_a_translator_previews_a_greek_translation(admin_client, site_tree, model):
    page = english_page(model)
    greek = Locale.objects.get(language_code="el")
    translated = translate_everything(page, greek)
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=greek
    )

    preview = admin_client.get(
        reverse("wagtail_localize:preview_translation", args=[translation.pk])
    )

    assert preview.status_code == 200
    html = preview.content.decode()
    assert '<html lang="el"' in html
    assert translated.title in html


def editor_blocks():
    """Every block an editor can pick in a StreamField of our page types and snippets."""
    models = [m for m in get_page_models() + get_snippet_models() if m._meta.app_label in OUR_APPS]
    blocks = {}
    for model in models:
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for name, block in field.stream_block.child_blocks.items():
                    blocks[f"{model.__name__}.{field.name}.{name}"] = block
    return blocks


def test_every_block_in_the_picker_has_a_description_and_a_preview():
    blocks = editor_blocks()
    assert {"CityPage.body.image", "StandardPage.body.partner_logos"} <= set(blocks)
    assert [name for name, block in blocks.items() if not block.get_description()] == []
    assert [name for name, block in blocks.items() if not block.is_previewable] == []


@pytest.mark.parametrize("name", sorted(editor_blocks()))
def test_the_block_preview_renders(admin_client, site_tree, name):
    block = editor_blocks()[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/css/site.css" in html  # shown with the site's own styles
    rendered = unescape(html.split("<main>", 1)[1])
    assert unescape(block.render(block.get_preview_value())).strip()[:40] in rendered

"""Every field an editor fills in explains itself: what it is for, where it shows, its form.

Walks the edit panels of every page type and every snippet of our apps, as the admin
builds them (panels, then the form field each panel renders, then inline panels' child
forms), and names each field that would be shown without a help text.
"""

from wagtail.admin.panels import FieldPanel, InlinePanel, PanelGroup
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

OUR_APPS = {"core", "home", "citypages", "partners", "contributions"}

# Wagtail's own scheduling fields (Settings tab): the only fields of Wagtail's that it shows
# without a help text; their labels ("Go-live date/time", "Expiry date/time") say it all,
# and they are Wagtail's strings, translated by Wagtail. Every other field of Wagtail's
# (title, slug, SEO, menus) has Wagtail's own help text and is checked like ours.
WAGTAIL_PAGE_FIELDS = {"go_live_at", "expire_at"}


def our_page_models():
    return [m for m in get_page_models() if m._meta.app_label in OUR_APPS]


def our_snippet_models():
    return [m for m in get_snippet_models() if m._meta.app_label in OUR_APPS]


def fields_without_help(panel, form_class, where):
    """(where, field name) for every field `panel` shows without a help text."""
    missing = []
    if isinstance(panel, FieldPanel):
        field = form_class.base_fields.get(panel.field_name)
        help_text = panel.help_text or (field.help_text if field is not None else "")
        if not str(help_text).strip():
            missing.append(f"{where}.{panel.field_name}")
    elif isinstance(panel, InlinePanel):
        child_form = form_class.formsets[panel.relation_name].form
        missing += fields_without_help(
            panel.child_edit_handler, child_form, f"{where}.{panel.relation_name}"
        )
    elif isinstance(panel, PanelGroup):
        for child in panel.children:
            missing += fields_without_help(child, form_class, where)
    return missing


def test_the_walk_covers_every_page_type_and_snippet():
    """If a model is added to an app, the test below looks at it too."""
    pages = {m.__name__ for m in our_page_models()}
    snippets = {m.__name__ for m in our_snippet_models()}
    assert {"CityPage", "ApproachPage", "HomePage", "PartnersPage", "NewsPage"} <= pages
    assert len(pages) == 11
    assert snippets == {"PolicyArea", "CountryContext", "Partner", "SiteTexts", "CitySuggestion"}


def test_every_editor_facing_field_has_a_help_text():
    missing = []
    for model in our_page_models():
        handler = model.get_edit_handler()
        missing += fields_without_help(handler, handler.get_form_class(), model.__name__)
    for model in our_snippet_models():
        handler = model.snippet_viewset.get_edit_handler()
        missing += fields_without_help(handler, handler.get_form_class(), model.__name__)
    missing = [name for name in missing if name.rsplit(".", 1)[1] not in WAGTAIL_PAGE_FIELDS]
    assert missing == []

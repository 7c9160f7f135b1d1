"""Admin: the suggestions inbox (snippet listing, filters, search), its conversion action
and the dashboard panel that counts what waits."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from .admin_views import convert_suggestion
from .models import CitySuggestion


class SuggestionEditView(EditView):
    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.status == CitySuggestion.Status.ACCEPTED and (
            self.object.kind == CitySuggestion.Kind.CORRECTION or self.object.city_id is None
        ):
            buttons.append(
                Button(
                    _("Create draft page"),
                    url=reverse("contributions_convert", args=[self.object.pk]),
                    icon_name="doc-empty-inverse",
                    priority=5,
                )
            )
        return buttons


class CitySuggestionViewSet(SnippetViewSet):
    model = CitySuggestion
    edit_view_class = SuggestionEditView
    icon = "mail"
    menu_label = _("City suggestions")
    menu_name = "city-suggestions"
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["city_name", "country", "kind", "organisation", "status", "created_at"]
    list_filter = ["status", "kind", "country", "language"]
    search_fields = ["city_name", "organisation", "contact_name", "email", "message"]
    ordering = ["-created_at"]
    panels = [
        FieldPanel(
            "status",
            help_text=_(
                "Accepted and saved, a suggestion offers 'Create draft page' in the menu at the "
                "top; reject what is not for the map. Decided ones lose their personal data later."
            ),
        ),
        FieldPanel(
            "kind",
            help_text=_("A new city for the map, or a correction to a city already listed."),
        ),
        "city",
        FieldPanel(
            "city_name",
            help_text=_("As the sender wrote it; check the spelling before creating a page."),
        ),
        FieldPanel("country", help_text=_("The country the sender chose.")),
        FieldPanel(
            "organisation",
            help_text=_("Who the sender speaks for: check it before relying on the suggestion."),
        ),
        FieldPanel(
            "contact_name",
            help_text=_("Personal data: only for answering the sender; never published."),
        ),
        FieldPanel(
            "email",
            help_text=_("Personal data: only for answering the sender; never published."),
        ),
        FieldPanel(
            "networks",
            help_text=_("Networks the sender names: add a membership only if a source states it."),
        ),
        FieldPanel(
            "statement_url",
            help_text=_("The sender's evidence: open it and cite it in the page's sources."),
        ),
        FieldPanel(
            "message",
            help_text=_("The sender's words; for a correction, what they say is wrong."),
        ),
        "editor_notes",
    ]


register_snippet(CitySuggestionViewSet)


@hooks.register("register_admin_urls")
def register_conversion_url():
    return [
        path(
            "contributions/suggestions/<int:pk>/convert/",
            convert_suggestion,
            name="contributions_convert",
        )
    ]


class SuggestionsPanel(Component):
    """Dashboard: how many suggestions wait for a decision."""

    name = "suggestions_waiting"
    order = 90
    template_name = "contributions/admin/dashboard_panel.html"

    def __init__(self, count):
        self.count = count

    def get_context_data(self, parent_context=None):
        url = reverse("wagtailsnippets_contributions_citysuggestion:list")
        return {"count": self.count, "url": url}


@hooks.register("construct_homepage_panels")
def add_suggestions_panel(request, panels):
    if request.user.has_perm("contributions.change_citysuggestion"):
        panels.append(SuggestionsPanel(CitySuggestion.objects.waiting().count()))

"""Admin registration of the translatable snippets, with useful list columns and filters."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_views import OwnLanguageIndexView

from .models import CountryContext, PolicyArea


class PolicyAreaViewSet(SnippetViewSet):
    model = PolicyArea
    index_view_class = OwnLanguageIndexView
    icon = "tag"
    menu_label = _("Policy areas")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["sort_order"]


class CountryContextViewSet(SnippetViewSet):
    model = CountryContext
    index_view_class = OwnLanguageIndexView
    icon = "globe"
    menu_label = _("Country context")
    list_display = ["country", "locale"]
    list_filter = ["locale", "country"]


class TaxonomyGroup(SnippetViewSetGroup):
    items = (PolicyAreaViewSet, CountryContextViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyGroup)

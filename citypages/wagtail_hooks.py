"""Admin registration of the translatable snippets, with useful list columns and filters,
and the flat listings of cities and approaches (admin_listings)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.admin_views import OwnLanguageIndexView

from .admin_listings import ApproachListingViewSet, CityListingViewSet
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


@hooks.register("register_admin_viewset")
def register_city_listing():
    return CityListingViewSet("city_listing")


@hooks.register("register_admin_viewset")
def register_approach_listing():
    return ApproachListingViewSet("approach_listing")

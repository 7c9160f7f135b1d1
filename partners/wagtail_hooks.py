"""Admin: the partners snippet listing, filterable by kind and language."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_views import OwnLanguageIndexView

from .models import Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    index_view_class = OwnLanguageIndexView
    icon = "group"
    menu_label = _("Partners")
    menu_name = "partners"
    list_display = ["name", "kind", "locale"]
    list_filter = ["kind", "locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(PartnerViewSet)

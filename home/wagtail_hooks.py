"""Admin: the site-wide texts (footer, contact, social links), one set per language."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_views import OwnLanguageIndexView

from .models import SiteTexts


class SiteTextsViewSet(SnippetViewSet):
    model = SiteTexts
    index_view_class = OwnLanguageIndexView
    icon = "doc-full"
    menu_label = _("Site-wide texts")
    menu_name = "site-texts"
    list_display = ["__str__", "contact_email", "locale"]
    list_filter = ["locale"]


register_snippet(SiteTextsViewSet)

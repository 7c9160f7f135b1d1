"""Admin entries of the open-data app: the city import's address and menu item, and the
gazetteer search of the location picker."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_import import CityImportStatusView, CityImportView, import_permissions
from .place_search import place_search


class CityImportMenuItem(MenuItem):
    def is_shown(self, request):
        return import_permissions(request.user)[0]


@hooks.register("register_admin_urls")
def register_import_url():
    return [
        path("import-cities/", CityImportView.as_view(), name="opendata_import_cities"),
        path(
            "import-cities/<int:pk>/",
            CityImportStatusView.as_view(),
            name="opendata_import_status",
        ),
        path("places/search/", place_search, name="opendata_place_search"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return CityImportMenuItem(
        gettext_lazy("Import cities"),
        reverse("opendata_import_cities"),
        name="import-cities",
        icon_name="upload",
        order=250,
    )

"""Admin: the "Images to credit" report (images/views.py) under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from .views import UncreditedImagesReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/images-to-credit/",
            UncreditedImagesReportView.as_view(),
            name="images_to_credit",
        ),
        path(
            "reports/images-to-credit/results/",
            UncreditedImagesReportView.as_view(results_only=True),
            name="images_to_credit_results",
        ),
    ]


class ImageEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        policy = policy_registry.get_by_type(get_image_model())
        return policy.user_has_permission(request.user, "change")


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ImageEditorsMenuItem(
        _("Images to credit"),
        reverse("images_to_credit"),
        name="images-to-credit",
        icon_name="image",
        order=1100,
    )

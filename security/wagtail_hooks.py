"""Admin hooks: the locked-out logins page, in the Settings menu for those who may unlock."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import LockoutsView
from .lockouts import user_may_unlock


@hooks.register("register_admin_urls")
def register_lockout_urls():
    return [path("security/lockouts/", LockoutsView.as_view(), name="security_lockouts")]


class LockoutsMenuItem(MenuItem):
    def is_shown(self, request):
        return user_may_unlock(request.user)


@hooks.register("register_settings_menu_item")
def register_lockouts_menu_item():
    return LockoutsMenuItem(
        _("Locked-out logins"), reverse("security_lockouts"), icon_name="lock", order=900
    )

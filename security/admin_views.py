"""Settings → Locked-out logins: moderators see who is locked out and unlock them."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import WagtailAdminTemplateMixin

from .lockouts import ADDRESS, KINDS, USERNAME, current_lockouts, unlock, user_may_unlock


class LockoutsView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "security/lockouts.html"
    page_title = gettext_lazy("Locked-out logins")
    header_icon = "lock"

    def dispatch(self, request, *args, **kwargs):
        if not user_may_unlock(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["usernames"] = current_lockouts(USERNAME)
        context["addresses"] = current_lockouts(ADDRESS)
        context["failure_limit"] = settings.AXES_FAILURE_LIMIT
        return context

    def post(self, request, *args, **kwargs):
        kind, value = request.POST.get("kind"), request.POST.get("value", "")
        if kind not in KINDS or not value or "\x00" in value:
            messages.error(request, _("Nothing to unlock."))
        else:
            unlock(kind, value)
            if kind == USERNAME:
                message = _("“%(value)s” may log in again.")
            else:
                message = _("Logins from %(value)s are possible again.")
            messages.success(request, message % {"value": value})
        return redirect("security_lockouts")

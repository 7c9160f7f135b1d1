"""django-csp's middleware, with one policy for reader pages and another for the admin."""

from functools import cached_property

from csp.middleware import CSPMiddleware
from django.conf import settings

from .csp import is_admin_path, with_derived_sources


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """Sends CONTENT_SECURITY_POLICY on reader pages (and the APIs), and
    ADMIN_CONTENT_SECURITY_POLICY under the admin's path; both with the origins of
    tiles, static and media files added (security/csp.py).

    A view may still adjust its policy with django-csp's decorators.
    """

    @cached_property
    def policies(self):
        return {
            "public": with_derived_sources(settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]),
            "admin": with_derived_sources(settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]),
        }

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None:
            area = "admin" if is_admin_path(request.path_info) else "public"
            parts.config = self.policies[area]
        return parts

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SecurityConfig(AppConfig):
    """Trustworthy in public: login lockouts and their unlocking, the security headers,
    the deploy checks on the site's address and e-mail, robots.txt and security.txt."""

    name = "security"
    verbose_name = _("Security")

    def ready(self):
        from . import checks  # noqa: F401 (registers the deploy checks)

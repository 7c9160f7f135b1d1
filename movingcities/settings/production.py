"""Production: secrets and the database must come from the environment, or we refuse to start."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

for required in ("SECRET_KEY", "DATABASE_URL"):
    if not os.environ.get(required):
        raise ImproperlyConfigured(
            f"{required} is not set. Production settings need it in the environment "
            "(see README.md, 'Configuration')."
        )

DEBUG = False
SECRET_KEY = os.environ["SECRET_KEY"]
DEMO_ADMIN = None

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# Trustworthy in public (README, "Security"): mail must be configured (security.checks),
# and browsers fetch everything over HTTPS.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):  # noqa: F405
    _policy["DIRECTIVES"]["upgrade-insecure-requests"] = SECURE_SSL_REDIRECT

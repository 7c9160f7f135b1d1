"""Production: secrets and the database must come from the environment, or we refuse to start."""

import os

from django.core.exceptions import ImproperlyConfigured

from . import services
from .base import *  # noqa: F403
from .base import DATABASES, LOGGING, env_bool, task_settings

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
    "default": services.media_storage(os.environ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
# Only `make serve` on loopback (plain HTTP) turns this off.
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)

# Trustworthy in public (README, "Security"): mail must be configured (security.checks),
# and browsers fetch everything over HTTPS.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
for _policy in (CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY):  # noqa: F405
    _policy["DIRECTIVES"]["upgrade-insecure-requests"] = SECURE_SSL_REDIRECT

# --- Production stack (issue 10): database, tasks, logs, errors ----------------------------
# Keep connections for a minute, and check one before reuse, so that a restarted
# PostgreSQL costs the requests in flight and not every request after it.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# Behind PgBouncer in transaction pooling mode, server-side cursors must be off.
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env_bool("DB_DISABLE_SERVER_SIDE_CURSORS")

# Background work goes to `manage.py db_worker` unless TASK_BACKEND=immediate.
TASKS = task_settings("database")

# One JSON object per log line (request logs, errors), for whatever collects the logs;
# Django's mail to ADMINS on a 500 stays on (its default "django" logger).
LOGGING = {
    **LOGGING,
    "formatters": {"json": {"()": "movingcities.logs.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
}

if os.environ.get("SENTRY_DSN"):
    from movingcities.logs import init_sentry

    init_sentry(os.environ)

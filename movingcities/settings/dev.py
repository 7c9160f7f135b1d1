"""Local development: debug on, a fixed throw-away secret, SQLite unless DATABASE_URL is set."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-moving-cities")
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# The demo admin account (created by load_demo_content only in this environment).
DEMO_ADMIN = {"username": "admin", "password": "movingcities", "email": "admin@example.org"}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

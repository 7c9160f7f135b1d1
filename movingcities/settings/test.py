"""Tests: fast password hashing, memory cache and no outside services but the database."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", "/tmp/movingcities-test-media")
# Tiles come from an address that is never contacted in tests (browser tests block it).
MAP_TILE_URL = "http://tiles.invalid/{z}/{x}/{y}.png"
GEO_WIDGET_LEAFLET_TILE_LAYER = MAP_TILE_URL
DEMO_ADMIN = {"username": "admin", "password": "movingcities", "email": "admin@example.org"}
# Serve static files straight from the apps' folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Trustworthy in public: the Site keeps the address tests expect; login throttling is off
# except in the tests that switch it on (Django's test client logs in without a request,
# which django-axes refuses).
PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL = "http://localhost"
AXES_ENABLED = False

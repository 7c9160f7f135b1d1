"""The client's IP address, as the proxy in front of the site reports it.

Behind a proxy every request comes from the proxy's address, so login throttling by
address would lock out everyone at once, or no one. The proxy names the client in a
header; which header, and how many proxies of ours stand in front, is configuration
(CLIENT_IP_HEADER, TRUSTED_PROXY_COUNT), because a header that no proxy of ours sets is
whatever the client wants it to be.
"""

import ipaddress

from django.conf import settings


def meta_name(header):
    """'X-Forwarded-For' -> 'HTTP_X_FORWARDED_FOR' (how Django names it in request.META)."""
    return "HTTP_" + header.strip().upper().replace("-", "_")


def valid_ip(value):
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request):
    """REMOTE_ADDR; or, with CLIENT_IP_HEADER set, the address our proxies put in it.

    X-Forwarded-For lists addresses left to right, each proxy appending the address it
    received the request from: with TRUSTED_PROXY_COUNT proxies of ours, the client is
    that many places from the right; anything further left may be forged. A malformed
    or missing entry falls back to REMOTE_ADDR.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    header = getattr(settings, "CLIENT_IP_HEADER", "")
    if not header:
        return remote
    addresses = [item for item in request.META.get(meta_name(header), "").split(",") if item]
    count = max(int(getattr(settings, "TRUSTED_PROXY_COUNT", 1)), 1)
    if len(addresses) < count:
        return remote
    return valid_ip(addresses[-count]) or remote

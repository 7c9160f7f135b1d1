"""Who is locked out of the admin now, and unlocking them (django-axes' records).

django-axes counts failed logins per username and, separately, per address
(AXES_LOCKOUT_PARAMETERS); either reaching AXES_FAILURE_LIMIT within the cool-off time
locks logins out. A moderator who knows that a locked-out editor is who they say can
unlock them without waiting.
"""

from dataclasses import dataclass

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone

USERNAME = "username"
ADDRESS = "ip_address"
KINDS = (USERNAME, ADDRESS)


@dataclass
class Lockout:
    kind: str  # USERNAME or ADDRESS
    value: str
    failures: int
    until: object  # datetime, or None when locked until unlocked


def current_lockouts(kind):
    """Usernames (or addresses) locked out now, the most recent first."""
    cool_off = get_cool_off()
    attempts = AccessAttempt.objects.filter(**{f"{kind}__isnull": False})
    if kind == USERNAME:
        attempts = attempts.exclude(username="")
    if cool_off:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    rows = (
        attempts.values(kind)
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last")
    )
    return [
        Lockout(kind, row[kind], row["failures"], row["last"] + cool_off if cool_off else None)
        for row in rows
    ]


def unlock(kind, value):
    """Forget the failed attempts of a username or an address. Returns how many."""
    if kind == USERNAME:
        return reset(username=value)
    if kind == ADDRESS:
        return reset(ip=value)
    raise ValueError(kind)


def user_may_unlock(user):
    return user.is_active and (user.is_superuser or user.has_perm("axes.delete_accessattempt"))


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the page shown instead of the login form (HTTP 429)."""
    from django.shortcuts import render

    cool_off = get_cool_off(request)
    minutes = round(cool_off.total_seconds() / 60) if cool_off else None
    return render(
        request,
        "security/lockout.html",
        {"cooloff_minutes": minutes, "failure_limit": settings.AXES_FAILURE_LIMIT},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )

"""/health/ and /health/ready/: what monitors and load balancers ask this server.

django-health-check runs the checks in settings.HEALTH_CHECKS (database, cache, storage
and, defined here, pending migrations) and answers 200 when all pass, 500 otherwise, as
HTML, JSON (`Accept: application/json` or `?format=json`) or text: for monitoring.
/health/ready/ runs HEALTH_CHECKS_READY, the same without the cache: the site serves
pages without Redis (movingcities/cache.py), so a load balancer asking it keeps serving
while Redis is down, and a monitor asking /health/ still raises the alarm. The library's
default list also resolves DNS and opens an SMTP connection, which fail on a server
without either, so the lists are explicit.
"""

import dataclasses
import functools

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView


@functools.cache
def migrations_in_code():
    """Every migration the code on disk has, read once per process (the code cannot change
    under a running process; reading it costs most of a second)."""
    return frozenset(MigrationLoader(None, ignore_no_migrations=True).graph.nodes)


@dataclasses.dataclass
class PendingMigrations(HealthCheck):
    """Fails while the code expects migrations the database has not had (a half deploy).

    One query per probe: the migrations recorded as applied, against those of the code.
    """

    alias: str = DEFAULT_DB_ALIAS

    def run(self):
        connection = connections[self.alias]
        try:
            applied = set(MigrationRecorder(connection).applied_migrations())
        finally:
            if not connection.in_atomic_block:
                connection.close()  # checks run in a short-lived thread of their own
        pending = sorted(migrations_in_code() - applied)
        if pending:
            names = ", ".join(f"{app}.{name}" for app, name in pending[:5])
            raise ServiceUnavailable(f"{len(pending)} unapplied migration(s): {names}")


def health_view(checks=None):
    return HealthCheckView.as_view(checks=checks or settings.HEALTH_CHECKS)

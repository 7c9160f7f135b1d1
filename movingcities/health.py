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

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from health_check.base import HealthCheck
from health_check.exceptions import ServiceUnavailable
from health_check.views import HealthCheckView


@dataclasses.dataclass
class PendingMigrations(HealthCheck):
    """Fails while the code expects migrations the database has not had (a half deploy)."""

    alias: str = DEFAULT_DB_ALIAS

    def run(self):
        connection = connections[self.alias]
        try:
            executor = MigrationExecutor(connection)
            plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
        finally:
            if not connection.in_atomic_block:
                connection.close()  # checks run in a short-lived thread of their own
        if plan:
            names = ", ".join(f"{m.app_label}.{m.name}" for m, _backwards in plan[:5])
            raise ServiceUnavailable(f"{len(plan)} unapplied migration(s): {names}")


def health_view(checks=None):
    return HealthCheckView.as_view(checks=checks or settings.HEALTH_CHECKS)

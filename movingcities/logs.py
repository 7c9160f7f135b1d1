"""Logs a machine can read, and errors that reach people.

Every log line is one JSON object (time, level, logger, message, and for request logs the
method, path and status), so a log collector can filter by field. Django mails the ADMINS
on each 500 through its default "django" logger; with SENTRY_DSN set, errors also go to
Sentry (without personal data unless SENTRY_SEND_PII=true).
"""

import json
import logging
from datetime import UTC, datetime

# Attributes every LogRecord has; anything else was passed in `extra` and is kept.
STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        request = getattr(record, "request", None)
        if request is not None and hasattr(request, "method"):
            entry.update(method=request.method, path=request.get_full_path())
        if getattr(record, "status_code", None) is not None:
            entry["status"] = record.status_code
        for key, value in vars(record).items():
            if key not in STANDARD and key not in ("request", "status_code") and key not in entry:
                entry[key] = value if isinstance(value, str | int | float | bool) else str(value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def init_sentry(env):
    """Send errors (and a sample of traces, SENTRY_TRACES_SAMPLE_RATE) to Sentry."""
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=env["SENTRY_DSN"],
        integrations=[DjangoIntegration()],
        environment=env.get("SENTRY_ENVIRONMENT", "production"),
        release=env.get("SENTRY_RELEASE") or None,
        traces_sample_rate=float(env.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=env.get("SENTRY_SEND_PII", "").lower() == "true",
    )

"""gunicorn's access log as one JSON object per request, for a log collector to filter.

gunicorn's own format string cannot escape quotes inside a user agent or a path, so the
line is built with json.dumps here from the same request and response.
"""

import json
from datetime import UTC, datetime

from gunicorn.glogging import Logger


class JsonLogger(Logger):
    def access(self, resp, req, environ, request_time):
        if not (self.cfg.accesslog or self.cfg.logconfig or self.cfg.syslog):
            return
        entry = {
            "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "logger": "gunicorn.access",
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "query": environ.get("QUERY_STRING") or None,
            "status": int(str(resp.status).split(None, 1)[0]),
            "bytes": getattr(resp, "sent", None),
            "duration_ms": round(request_time.total_seconds() * 1000, 1),
            "remote": environ.get("REMOTE_ADDR"),
            "request_id": environ.get("HTTP_X_REQUEST_ID"),
            "user_agent": environ.get("HTTP_USER_AGENT"),
        }
        try:
            self.access_log.info(json.dumps({k: v for k, v in entry.items() if v is not None}))
        except Exception:
            self.exception("Failed to write the access log")

"""gunicorn's settings for Moving Cities (read automatically from the project directory).

`make serve` and production both use it: `gunicorn movingcities.wsgi`. Every value can be
changed from the environment (README, "Configuration"). Threads let a worker answer other
readers while one request waits on the database; the timeout ends a worker stuck for longer
(the heavy work, imports and re-indexing, runs in `manage.py db_worker`, never here);
workers are replaced after a number of requests so a slow leak cannot grow forever.
"""

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# A worker takes only as many connections as it has threads; the rest wait in the shared
# listen queue for whichever worker is free first, so a worker that dies loses only the
# requests it was answering. (Behind a proxy each connection carries one request.)
worker_connections = int(os.environ.get("GUNICORN_WORKER_CONNECTIONS", threads))
keepalive = 2
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
# One JSON object per request on standard output (movingcities/gunicorn_log.py).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None  # empty: no access log
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
logger_class = "movingcities.gunicorn_log.JsonLogger"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
proc_name = "movingcities"
# gunicorn's control socket (gunicornc) lives at one path per user; several instances on
# one machine would fight over it, and nothing here uses it.
control_socket_disable = True

#!/usr/bin/env bash
# `make serve`: the production stack on this machine, on loopback. Production settings,
# gunicorn (gunicorn.conf.py), WhiteNoise for static files, PostgreSQL from DATABASE_URL,
# Redis from REDIS_URL if set, and a background-task worker (`manage.py db_worker`) beside
# the web server. Prepares first: translations, migrations, static files, the gazetteer.
# Stops both processes on Ctrl-C or SIGTERM. Used by `make soak` and the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}

: "${DATABASE_URL:?Set DATABASE_URL to a PostgreSQL database, e.g. postgres://postgres@127.0.0.1:5432/movingcities}"
export DJANGO_SETTINGS_MODULE=movingcities.settings.production
# A key made up for this run unless one is given (sessions end when the server stops).
export SECRET_KEY="${SECRET_KEY:-$($PY -c 'import secrets; print(secrets.token_urlsafe(50))')}"
# Plain HTTP on loopback: no redirect to HTTPS, cookies without the Secure flag.
export SECURE_SSL_REDIRECT="${SECURE_SSL_REDIRECT:-false}"
export SECURE_COOKIES="${SECURE_COOKIES:-false}"
export BIND="${HOST:-127.0.0.1}:${PORT:-8000}"

if [ "${SERVE_PREPARE:-1}" = 1 ]; then
  $PY manage.py compile_translations >/dev/null
  $PY manage.py migrate --noinput
  $PY manage.py collectstatic --noinput --verbosity 0
  $PY manage.py build_gazetteer
fi

pids=()
stop() { trap - EXIT INT TERM; kill -TERM "${pids[@]}" 2>/dev/null || true; wait; }
trap stop EXIT INT TERM

if [ "${SERVE_WORKER:-1}" = 1 ]; then
  # Restarted when it stops (e.g. PostgreSQL went away), as a service manager would.
  ( trap 'kill -TERM $child 2>/dev/null; exit 0' TERM
    while true; do $PY manage.py db_worker --interval 1 & child=$!; wait $child; sleep 1; done ) &
  pids+=($!)
fi
.venv/bin/gunicorn movingcities.wsgi &
web=$!
pids+=($web)
echo "Serving http://$BIND/ (production settings; Ctrl-C stops)"
wait "$web"

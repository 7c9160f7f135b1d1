#!/usr/bin/env bash
# `make lighthouse`: Lighthouse (mobile, simulated throttling) against the production stack
# serving the benchmark database that `make bench` built (1,000 cities on the map).
# Starts scripts/serve.sh on BENCH_PORT+1 with Redis, audits home and a featured city,
# and writes the one-line summaries to bench/results/lighthouse-<time>.txt (JSON reports
# beside them). LIGHTHOUSE: the runner script (default /work/shared/tools/lighthouse.sh,
# which installs Lighthouse from npm and drives Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
LIGHTHOUSE=${LIGHTHOUSE:-/work/shared/tools/lighthouse.sh}
PORT=$(( ${BENCH_PORT:-8150} + 1 ))
export DATABASE_URL=${BENCH_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/movingcities_bench}
export REDIS_URL=${BENCH_REDIS_URL:-redis://127.0.0.1:6379/15}
export PORT HOST=127.0.0.1 SERVE_WORKER=0 GUNICORN_ACCESS_LOG= SERVE_PREPARE=${SERVE_PREPARE:-1}
export ALLOWED_HOSTS=localhost,127.0.0.1 PUBLIC_BASE_URL=http://127.0.0.1:$PORT
export EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out=bench/results/lighthouse-$stamp
mkdir -p "$out"
setsid scripts/serve.sh >"$out/server.log.txt" 2>&1 &
server=$!
trap 'kill -TERM -- -$server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  curl -fs "http://127.0.0.1:$PORT/health/ready/" >/dev/null && break
  sleep 1
done
for path in /en/ /en/cities/berlin/ /en/cities/; do
  curl -fs "http://127.0.0.1:$PORT$path" >/dev/null  # the first reader fills the caches
  "$LIGHTHOUSE" "http://127.0.0.1:$PORT$path" "$out" | tee -a "$out.txt"
done
rm -f "$out"/*.log && gzip -9f "$out"/*.json && sed -i 's#\.json$#.json.gz#' "$out.txt"
echo "Written: $out.txt (reports: $out/*.json.gz; server log: $out/server.log.txt)"

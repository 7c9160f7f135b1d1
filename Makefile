# Moving Cities: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup test lint bench bench-geojson bench-all bench-search lighthouse messages messages-extract clean serve worker \
	backup restore soak bench-import bench-admin

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

messages: $(VENV)/.installed
	$(MANAGE) compile_translations

## After changing interface strings: update locale/*/LC_MESSAGES/django.po, then translate them
messages-extract: $(VENV)/.installed
	$(MANAGE) makemessages -l de -l fr -l el -l it -l pl -l es --no-location \
		--ignore=".venv/*" --ignore="static/*" --ignore="media/*" --ignore="node_modules/*"

setup: $(VENV)/.installed messages
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo_content

## Set up (venv, requirements, database, demo content) and serve http://127.0.0.1:8000/
run: setup
	$(MANAGE) runserver $(HOST):$(PORT)

## Run the whole test suite, browser tests included (DATABASE_URL picks PostgreSQL),
## in TEST_WORKERS processes (pytest-xdist; each test file stays in one process)
TEST_WORKERS ?= 2
test: $(VENV)/.installed messages
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(MANAGE) makemigrations --check --dry-run

## The production stack under wrk: every page type uncached and cached against a static
## file, RSS per worker, bytes on the wire (about 3 min; README, "Performance targets")
bench: $(VENV)/.installed messages
	$(PY) bench/http_bench.py $(BENCH_ARGS)

## Lighthouse (mobile) against the production stack on the database `make bench` built
lighthouse: $(VENV)/.installed messages
	bench/lighthouse.sh

## The GeoJSON's queries, size and time at 100 and 1,000 cities in each language
bench-geojson: $(VENV)/.installed messages
	DJANGO_SETTINGS_MODULE=movingcities.settings.test $(PY) bench/geojson_bench.py

## Every benchmark: pages, GeoJSON, search and import
bench-all: bench bench-geojson bench-search bench-import

## Search latency (p50/p95) with 1,000 cities in seven languages (PostgreSQL via DATABASE_URL)
bench-search: $(VENV)/.installed messages
	DJANGO_SETTINGS_MODULE=movingcities.settings.test $(PY) bench/search_bench.py $(BENCH_ARGS)

# --- Production stack (README, "Production stack"; docs/deployment.md) ------------------

## The production stack on loopback: gunicorn + db_worker, production settings, DATABASE_URL
serve: $(VENV)/.installed
	HOST=$(HOST) PORT=$(PORT) scripts/serve.sh

## Only the background-task worker (imports, search indexing, tree sync)
worker: $(VENV)/.installed
	$(MANAGE) db_worker

## Back up the database and media to $(BACKUP_DIR)/<time>/ (pg_dump -Fc, or SQLite's backup API)
BACKUP_DIR ?= backups
backup: $(VENV)/.installed
	$(PY) scripts/backup.py backup --into $(BACKUP_DIR)

## Restore BACKUP=backups/<time> into DATABASE_URL's database and MEDIA_ROOT (replaces them)
restore: $(VENV)/.installed
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<time>"; exit 2; }
	$(PY) scripts/backup.py restore $(BACKUP)

## Faults and load against a private PostgreSQL + Redis + the production stack (about 4 min)
soak: $(VENV)/.installed messages
	$(PY) scripts/soak.py

## The import benchmark alone: 1,000 real rows through import_cities and the admin
bench-import: $(VENV)/.installed
	$(PY) bench/import_bench.py

## The admin at real size (1,000 cities, a 300-row import in review, 300 images to credit)
## as superuser, editor and German translator: status, queries, time (bench/admin_trial.py)
bench-admin: $(VENV)/.installed messages
	$(PY) bench/admin_trial.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 media static .pytest_cache

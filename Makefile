# Moving Cities: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run setup test lint bench bench-search messages messages-extract clean

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

## Run the whole test suite, browser tests included (DATABASE_URL picks PostgreSQL)
test: $(VENV)/.installed messages
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports
	$(MANAGE) makemigrations --check --dry-run

bench: $(VENV)/.installed messages
	DJANGO_SETTINGS_MODULE=movingcities.settings.test $(PY) scripts/bench.py
	$(MAKE) bench-search

## Search latency (p50/p95) with 1,000 cities in seven languages (PostgreSQL via DATABASE_URL)
bench-search: $(VENV)/.installed messages
	DJANGO_SETTINGS_MODULE=movingcities.settings.test $(PY) scripts/bench_search.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 media static .pytest_cache

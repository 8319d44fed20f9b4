# Idésluss: `make demo` to run the site with demo content, `make test` to run every check.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
DEV := DJANGO_SETTINGS_MODULE=config.settings.dev
# Test processes per database pass (pytest-xdist, README "Tests"); 0 runs the tests in this process.
# `loadgroup` keeps the tests marked with one xdist_group (the two-server test) on one worker;
# --no-loadscope-reorder keeps the order of tests/conftest.py (demo-content tests last).
PYTEST_WORKERS ?= 0
PYTEST := $(VENV)/bin/pytest -n $(PYTEST_WORKERS) --dist loadgroup --no-loadscope-reorder

.PHONY: demo install html-checker system-packages messages lint audit checks test test-sqlite test-postgres bench bench-search lock makemessages clean

demo: install messages
	$(DEV) $(PY) manage.py migrate --noinput
	$(DEV) $(PY) manage.py load_demo_content
	@echo "Serving the site on http://$(HOST):$(PORT)/ (stop with Ctrl+C)"
	@# Scheduled publishing and e-mail retries run beside the server and stop with it.
	$(DEV) $(PY) manage.py run_scheduled_jobs & trap 'kill $$!' EXIT; \
	$(DEV) $(PY) manage.py runserver $(HOST):$(PORT)

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --require-hashes -r requirements.lock
	touch $@

# The Nu HTML Checker (vnu.jar) for the tests, pinned with its hash in package-lock.json; its
# install script (it may download a Java runtime) is skipped: the checker runs on Debian's Java.
html-checker: node_modules/.installed

node_modules/.installed: package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

# Debian packages the commands need: gettext always; Chromium, PostgreSQL and Redis for the
# tests, Java and npm for the HTML checker.
system-packages:
	scripts/ensure-system-packages.sh gettext

messages: install system-packages
	$(DEV) $(PY) manage.py compilemessages --ignore=$(VENV) -v0

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: install messages
	scripts/ensure-system-packages.sh gettext chromium postgresql redis-server default-jre-headless npm
	$(MAKE) html-checker
	@# The two database passes run at the same time, one per core, and the static checks beside
	@# them (mostly waiting for Django to start and for the vulnerability service); each job's
	@# output is printed together when it ends. make stops at a failure once the running jobs end.
	$(MAKE) --output-sync=target -j3 checks test-sqlite test-postgres

# What needs no database: ruff, the dependency audit, Django's system checks, no missing migration.
checks: lint audit
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# Known vulnerabilities in the pinned dependencies (pip-audit); only a notice when no
# vulnerability service can be reached.
audit: install
	$(PY) scripts/audit_dependencies.py requirements.lock

test-sqlite: install
	$(PYTEST)

# The browser tests and the checks of the demo content itself run once, in the SQLite pass (the
# database `make demo` serves): what they check (pages, forms, keyboard, axe-core, what the demo
# holds) does not depend on the database; what does (search, row locks, several servers, query
# counts, loading the demo twice) has its own tests, which run here.
test-postgres: install
	scripts/with-postgres.sh $(PYTEST) -m "not e2e and not demo_check"

# Benchmarks (measurements, not tests; README "Performance"). `make bench`: every kind of page,
# cached and uncached, under gunicorn with the production settings, PostgreSQL and Redis, against
# a minimal view, then the hit ratio under one write a second and 100 concurrent submitters
# (benchmarks/pages.py, benchmarks/load.py), then the catalogue on PostgreSQL (benchmarks/catalogue.py). `make bench-search`: search
# alone with SEARCH_PAGES pages per language (the search issue asks for 10000).
SEARCH_PAGES ?= 1000
bench: install messages
	scripts/ensure-system-packages.sh postgresql wrk redis-server
	scripts/with-postgres.sh $(PY) benchmarks/pages.py
	scripts/with-postgres.sh $(PY) benchmarks/catalogue.py

bench-search: install messages
	scripts/ensure-system-packages.sh postgresql
	scripts/with-postgres.sh $(PY) benchmarks/search.py --pages $(SEARCH_PAGES)

# Re-pin the dependencies after changing pyproject.toml.
lock: install
	$(VENV)/bin/pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml --extra test --python-version 3.11 \
		--generate-hashes --quiet -o requirements.lock

# Collect new interface strings into locale/sv/LC_MESSAGES/django.po (then translate them).
makemessages: install
	$(DEV) $(PY) manage.py makemessages -l sv --ignore=$(VENV) --ignore=staticfiles --no-obsolete

clean:
	rm -rf $(VENV) staticfiles node_modules

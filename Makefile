# Stable targets: other tooling calls install, run, test and bench.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
FLASK := $(BIN)/flask --app app

.PHONY: install run serve test bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# axe-core for the browser tests; only the tests need npm, not `make run`.
AXE := tests/browser/node_modules/axe-core/axe.min.js
$(AXE): tests/browser/package.json
	cd tests/browser && npm ci --no-audit --no-fund --silent
	touch $(AXE)

# A real OpenID Connect provider (npm oidc-provider) for the sign-on tests.
OIDC_PROVIDER := tests/oidc/node_modules/oidc-provider/package.json
$(OIDC_PROVIDER): tests/oidc/package.json tests/oidc/package-lock.json
	cd tests/oidc && npm ci --no-audit --no-fund --silent
	touch $(OIDC_PROVIDER)

run: install
	$(FLASK) init-db
	$(FLASK) demo-data
	$(FLASK) run --host 127.0.0.1 --port 5000

# Production serving (README, "In productie"): gunicorn, settings from the environment
# (BIND, WORKERS, THREADS, DATABASE_URL, SEARCH_INDEX_DIR, SECRET_KEY, ...). Run
# `flask --app app init-db` once per upgrade before starting the servers. APP_ENV=production
# (the default here) refuses to start without SECRET_KEY.
serve: install
	APP_ENV=$${APP_ENV:-production} $(BIN)/gunicorn -c gunicorn.conf.py 'app:create_app()'

test: install $(AXE) $(OIDC_PROVIDER)
	$(BIN)/pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m tests.bench $(BENCH)

lint: install
	$(BIN)/ruff check app briefings search_index tests

clean:
	rm -rf $(VENV) tests/browser/node_modules tests/oidc/node_modules

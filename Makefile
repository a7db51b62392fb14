# Screener: `make run` and `make test` work on a fresh Linux machine with Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench lock clean translations ts postgres

UI_SOURCES := $(wildcard src/screener/ui/*.py)
TS := translations/screener_kk.ts translations/screener_ru.ts
QM := $(TS:.ts=.qm)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

run: $(STAMP) $(QM)
	$(BIN)/screener

# compiled UI translations (.qm) are built from the .ts sources, never committed
translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# refresh the .ts files from the source (English is the source language)
ts: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts $(TS)

# PostgreSQL for the central database's tests (Debian's package, installed when missing);
# the tests start and stop their own throwaway server. `make run` never needs it.
postgres:
	@sh tests/ensure_postgres.sh

test: $(STAMP) $(QM) lint postgres
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests --ignore=tests/bench

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

bench: $(STAMP) postgres
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bench --benchmark-enable -p no:randomly -q -s

lock: $(STAMP)
	$(BIN)/python -m pip freeze --all --exclude-editable | grep -v -E '^(pip|wheel)==' | grep -v "^screener" > requirements.lock.new
	@{ echo '# Exact versions tested (pip freeze). Update with: make lock'; cat requirements.lock.new; } > requirements.lock
	@rm requirements.lock.new

clean:
	rm -rf $(VENV) build dist src/*.egg-info

# Screener: `make run` and `make test` work on a fresh Linux machine with Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test coverage lint bench soak lock clean translations ts postgres package package-test package-windows package-windows-test

# the Linux bundle (PyInstaller one-folder, packaging/screener.spec), rebuilt when an input changes
BUNDLE := dist/screener/screener
PACKAGE_INPUTS := $(shell find src forms indicators packaging -type f -not -name '*.pyc' 2>/dev/null) \
	translations/messages.yaml translations/languages.json pyproject.toml requirements.lock

UI_SOURCES := $(wildcard src/screener/ui/*.py)
TS := translations/screener_kk.ts translations/screener_ru.ts
QM := $(TS:.ts=.qm)

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@# sqlcipher3 (one wheel for Linux and Windows) replaced sqlcipher3-binary: both are the module sqlcipher3
	@$(BIN)/python -m pip uninstall --quiet --yes sqlcipher3-binary 2>/dev/null || true
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# the licences of everything the app includes (the About dialog links to it; the bundles carry
# their own, written by packaging/screener.spec from the Python that builds them)
NOTICES := THIRD-PARTY-NOTICES.txt
$(NOTICES): $(STAMP) packaging/notices.py $(wildcard packaging/licenses/*)
	$(BIN)/python packaging/notices.py $@ >/dev/null

# Qt's xcb platform plugin in the venv: its system libraries are checked (and installed when we may)
XCB_PLUGIN = $$($(BIN)/python -c 'import os, PySide6; print(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "plugins", "platforms", "libqxcb.so"))')

run: $(STAMP) $(QM) $(NOTICES)
	@sh packaging/ensure_qt_libs.sh $(XCB_PLUGIN)
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

test: $(STAMP) $(QM) $(NOTICES) lint postgres
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests --ignore=tests/bench --ignore=tests/package --ignore=tests/package_windows

# branch coverage of the suite `make test` runs, for screener.core and screener.ui (report in the terminal)
coverage: $(STAMP) $(QM) $(NOTICES) postgres
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m coverage run --branch --source=src/screener -m pytest tests --ignore=tests/bench --ignore=tests/package --ignore=tests/package_windows -q
	$(BIN)/python -m coverage report --include='src/screener/core/*' --skip-covered --sort=cover
	$(BIN)/python -m coverage report --include='src/screener/ui/*' --skip-covered --sort=cover

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

bench: $(STAMP) $(QM) $(BUNDLE) postgres
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/bench --benchmark-enable -p no:randomly -q -s

# crash soak (1,000 SIGKILLs over autosave, backup, restore, re-key, migration) and fuzz (1,000 mutated
# form files, 1,000 malformed answer inputs); prints the figures, fails unless all are clean (short: make test)
soak: $(STAMP) $(QM)
	nice -n 10 $(BIN)/python -m tests.soak --kills 1000 --forms 1000 --answers 1000 --jobs 3

# one lock for Linux and Windows: the Windows-only packages (PyInstaller's pefile, pywin32-ctypes)
# are pure Python and installed on Linux too, so pip freeze lists every line
lock: $(STAMP)
	{ echo '# Exact versions tested (pip freeze), the same for Linux and Windows. Update with: make lock'; \
	  $(BIN)/python -m pip freeze --all --exclude-editable | grep -v -E '^(pip|wheel)==' | grep -v "^screener"; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

# `make package`: dist/screener/ (run dist/screener/screener) and dist/screener-VERSION-linux-ARCH.tar.gz
package: $(BUNDLE)

$(BUNDLE): $(STAMP) $(QM) $(PACKAGE_INPUTS)
	@sh packaging/ensure_qt_libs.sh $(XCB_PLUGIN) --required
	rm -rf dist/screener build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/screener.spec
	cp packaging/screener.desktop packaging/screener.png packaging/install-linux.sh dist/screener/
	cp dist/screener/_internal/THIRD-PARTY-NOTICES.txt dist/screener/
	rm -f dist/screener-*-linux-*.tar.gz
	tar -C dist --sort=name --owner=0 --group=0 --numeric-owner -czf \
	  dist/screener-$$($(BIN)/python -c 'import screener; print(screener.__version__)')-linux-$$(uname -m).tar.gz screener
	@ls -l dist/*.tar.gz
	@touch $@

# build the bundle, install it from its tar.gz outside the repository with a clean environment,
# run --self-test, open and upgrade an old store, reinstall over it; prints sizes and timings
package-test: $(BUNDLE)
	$(BIN)/python -m pytest tests/package -p no:randomly -q -s

# `make package-windows`: the Windows bundle (dist/windows/screener/), the signed per-user installer
# dist/screener-VERSION-windows-x64-setup.exe and the signed MSI, built here under Wine
# (packaging/windows/; the Debian tools are installed when missing: packaging/windows/ensure_tools.sh)
WINDOWS_BUILT := dist/windows/.built
package-windows: $(WINDOWS_BUILT)

$(WINDOWS_BUILT): $(STAMP) $(QM) $(PACKAGE_INPUTS)
	@sh packaging/windows/ensure_tools.sh
	rm -f $@
	nice -n 5 $(BIN)/python packaging/windows/build.py
	@touch $@

# install the setup silently under Wine into a clean prefix, --self-test, an old store upgraded,
# the next build over it, uninstall (data kept); then the same with the MSI
package-windows-test: $(WINDOWS_BUILT)
	$(BIN)/python -m pytest tests/package_windows -p no:randomly -q -s

clean:
	rm -rf $(VENV) build dist src/*.egg-info

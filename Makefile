# Stay Planner: `make run` and `make test` set everything up from the locked
# dependencies in requirements/ (`make lock` refreshes them on purpose).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
UV := $(VENV)/bin/uv
STAMP := $(VENV)/.installed
DEMO := resources/demo/anna-2023.stayplan
LOCK := requirements/dev.txt
# uv installs the locked set; its own version is the one the lock names.
UV_VERSION = $(shell sed -n 's/^uv==\([0-9.]*\).*/\1/p' $(LOCK))
export UV_PYTHON_DOWNLOADS := never

.PHONY: run test lint bench package system-tools clean translations i18n-update lock

$(STAMP): $(LOCK) pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(UV) pip sync --quiet --python $(PY) --require-hashes $(LOCK)
	$(UV) pip install --quiet --python $(PY) --no-deps -e .
	touch $(STAMP)

# Re-resolve every dependency from pyproject.toml's ranges to today's newest
# versions, for every platform (--universal), with hashes. Review the diff, run
# `make test`, commit requirements/ with a message saying what moved and why.
UV_COMPILE = $(UV) pip compile pyproject.toml --universal --python-version 3.11 \
	--generate-hashes --custom-compile-command "make lock" --upgrade --quiet
lock: $(STAMP)
	$(UV_COMPILE) -o requirements/runtime.txt
	$(UV_COMPILE) --extra dev -o requirements/dev.txt

run: $(STAMP) translations
	$(VENV)/bin/stay-planner $(DEMO)

lint: $(STAMP)
	$(PY) -m ruff check planner tests bench
	$(PY) -m mypy

test: $(STAMP) system-tools lint translations
	$(PY) -m pytest

# Debian tools some tests use (validators, PDF rendering). Installed when this
# is a Debian-like machine where we may (root); tests that need a missing one
# say so and skip.
SYSTEM_TOOLS := desktop-file-validate:desktop-file-utils appstreamcli:appstream \
	pdftoppm:poppler-utils xmllint:libxml2-utils update-mime-database:shared-mime-info
system-tools:
	@missing=""; for pair in $(SYSTEM_TOOLS); do \
	  command -v $${pair%%:*} >/dev/null 2>&1 || missing="$$missing $${pair#*:}"; done; \
	if [ -n "$$missing" ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing:$$missing"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing \
	    >/dev/null) || echo "could not install$$missing; the tests that need them skip"; \
	fi

package: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --distpath dist --workpath build packaging/stay-planner.spec
	dist/stay-planner/stay-planner --version

# Translations: resources/i18n/*.ts are the sources (committed), the
# .qm files the window loads are built from them (not committed).
I18N := resources/i18n
TS := $(I18N)/stay_planner_ru.ts $(I18N)/stay_planner_kk.ts
QM := $(TS:.ts=.qm)
# _() marks the command line's messages (planner/i18n.py reads them from the .ts);
# strings passed through a module's one-argument _tr = qt_translator("Context") land,
# like them, in the unnamed context, which the window's translator falls back to
# (planner/ui/appearance.py). The summary's texts are QT_TRANSLATE_NOOP("Summary", …).
LUPDATE := $(VENV)/bin/pyside6-lupdate -extensions py -tr-function-alias tr+=_,tr+=_tr,tr+=_plural \
	-locations relative -no-obsolete
I18N_SOURCES := planner/ui planner/report planner/cli.py planner/cli_exchange.py \
	planner/cli_planning.py planner/cli_report.py planner/cli_rules.py planner/cli_guard.py \
	planner/cli_deadlines.py planner/limits.py planner/storage planner/api.py planner/api_base.py \
	planner/api_deadlines.py planner/api_judge.py planner/wording.py

translations: $(QM)

$(I18N)/%.qm: $(I18N)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n-update: $(STAMP)
	$(LUPDATE) $(I18N_SOURCES) -ts $(TS)

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis

# Stay Planner: `make run` and `make test` set everything up from pyproject.toml.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO := resources/demo/anna-2023.stayplan

.PHONY: run test lint bench package system-tools clean translations i18n-update

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

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

# Translations (issue 8): resources/i18n/*.ts are the sources (committed), the
# .qm files the window loads are built from them (not committed).
I18N := resources/i18n
TS := $(I18N)/stay_planner_ru.ts $(I18N)/stay_planner_kk.ts
QM := $(TS:.ts=.qm)
# _() marks the command line's messages (planner/i18n.py reads them from the .ts);
# strings passed through one-argument _tr() wrappers land, like them, in the unnamed
# context, which the window's translator falls back to (planner/ui/appearance.py).
LUPDATE := $(VENV)/bin/pyside6-lupdate -extensions py -tr-function-alias tr+=_,tr+=_tr \
	-locations relative -no-obsolete
I18N_SOURCES := planner/ui planner/report planner/cli.py planner/cli_exchange.py \
	planner/cli_planning.py planner/cli_report.py planner/storage planner/api.py

translations: $(QM)

$(I18N)/%.qm: $(I18N)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

i18n-update: $(STAMP)
	$(LUPDATE) $(I18N_SOURCES) -ts $(TS)

bench: $(STAMP)
	$(PY) -m bench

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis

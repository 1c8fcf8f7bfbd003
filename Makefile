# Two commands set everything up on a fresh machine (Python 3.11+):
#   make run   - the kiosk, with a local reference central API beside it
#   make test  - lint, type checks and the whole test suite (the central's on SQLite and PostgreSQL)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-dates lint typecheck pytest soak bench dist dist-check install-check lock screenshots translations qm clean venv

$(STAMP): pyproject.toml requirements/dev.txt scripts/bootstrap.sh
	bash scripts/bootstrap.sh "$(PYTHON)" "$(VENV)" requirements/dev.txt
	touch $(STAMP)

venv: $(STAMP)

QM := $(patsubst %.ts,%.qm,$(wildcard translations/kiosk_*.ts))

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/python scripts/translations.py build

qm: $(QM)

translations: $(STAMP)
	$(BIN)/python scripts/translations.py update

# `make run` opens the kiosk in a window for development; `make run RUN_ARGS=` opens it full-screen.
# It is a demonstration (KIOSK_DEMO=true: a DEMO banner on every screen and receipt, and without
# central_url a local reference central API beside it); `make run KIOSK_DEMO=false` with a central_url
# configured runs without the banner.
RUN_ARGS ?= --windowed
KIOSK_DEMO ?= true

run: $(STAMP) $(QM)
	KIOSK_DEMO=$(KIOSK_DEMO) $(BIN)/kiosk run $(RUN_ARGS)

test: $(STAMP) lint typecheck pytest test-dates

# The date-sensitive tests again with the clock at other days (libfaketime): nothing depends on today.
test-dates: $(STAMP) $(QM)
	bash scripts/test_dates.sh $(BIN)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy kiosk/core kiosk/offline_queue

pytest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --soak -m soak $(PYTEST_ARGS)

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks $(BENCH_ARGS)

# The one-folder installer dist/kiosk/ (build_installer.spec, docs/INSTALL.md), built with the locked
# PyInstaller from the locked packages (requirements/dev.txt), and its self-test.
dist: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN build_installer.spec

# The bundle's self-test, then what it holds: fonts, .qm files, schedules, districts; no server.
dist-check: dist
	QT_QPA_PLATFORM=offscreen dist/kiosk/kiosk --self-test
	KIOSK_BUNDLE=dist/kiosk $(BIN)/python -m pytest -q -p no:cacheprovider tests/install/test_install_bundle.py

# A terminal installed from the source tree: a fresh venv with requirements/kiosk.txt and the wheel only
# (no server, no tools); its self-test, and a receipt printed as a raster (scripts/check_install.py).
install-check: $(STAMP) $(QM)
	$(PYTHON) scripts/check_install.py

# Re-pin requirements/*.txt after changing the dependencies in pyproject.toml (needs PyPI).
lock: $(STAMP)
	$(BIN)/python scripts/lock.py

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/receipt_samples.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

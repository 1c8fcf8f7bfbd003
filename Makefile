# Two commands set everything up on a fresh machine (Python 3.11+):
#   make run   - the kiosk, with a local reference central API beside it
#   make test  - lint, type checks and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

export QT_QPA_PLATFORM ?= $(if $(DISPLAY)$(WAYLAND_DISPLAY),,offscreen)

.PHONY: run test test-dates lint typecheck pytest soak bench dist dist-check screenshots translations qm clean venv

$(STAMP): pyproject.toml scripts/bootstrap.sh
	bash scripts/bootstrap.sh "$(PYTHON)" "$(VENV)"
	touch $(STAMP)

venv: $(STAMP)

QM := $(patsubst %.ts,%.qm,$(wildcard translations/kiosk_*.ts))

translations/%.qm: translations/%.ts $(STAMP)
	$(BIN)/python scripts/translations.py build

qm: $(QM)

translations: $(STAMP)
	$(BIN)/python scripts/translations.py update

# `make run` opens the kiosk in a window for development; `make run RUN_ARGS=` opens it full-screen.
RUN_ARGS ?= --windowed

run: $(STAMP) $(QM)
	$(BIN)/kiosk run $(RUN_ARGS)

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

# The one-folder installer dist/kiosk/ (build_installer.spec, docs/INSTALL.md), and its self-test.
dist: $(STAMP) $(QM)
	$(BIN)/python -c "import PyInstaller" 2>/dev/null || $(BIN)/pip install pyinstaller
	$(BIN)/pyinstaller --noconfirm --log-level WARN build_installer.spec

dist-check: dist
	QT_QPA_PLATFORM=offscreen dist/kiosk/kiosk --self-test

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/receipt_samples.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

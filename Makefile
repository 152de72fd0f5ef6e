# hoptac: `make run` and `make test` set everything up from nothing (Python 3.11 and this lock file).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
WAREHOUSE ?= warehouse/hoptac.duckdb
SHARED ?= ../shared
INBOX ?= inbox

export PREFECT_HOME ?= $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED ?= false

.PHONY: install run test lint eval train train-figures bench ui serve stop status lock clean browser ui-check

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/hoptac run seeds --warehouse $(WAREHOUSE)

test: install browser
	$(BIN)/python -m pytest

# Headless Chromium for the browser check (Debian's package; we run as root there). Without it the
# browser test is skipped, never failed.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  (command -v apt-get >/dev/null 2>&1 && (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null 2>&1) || \
	  echo "no Chromium could be installed: the browser test will be skipped"

# The service in a real browser: start it, drop the seeds in its inbox, screenshot the run and the report.
ui-check: install browser
	$(BIN)/python bench/ui_check.py --out warehouse/screenshots

lint: install
	$(BIN)/ruff check flows transforms expectations warehouse tests bench
	$(BIN)/mypy flows transforms expectations warehouse

eval: install
	$(BIN)/python bench/eval.py --shared $(SHARED)

# The learned models from the gold of seeds, dev and dev2 (deterministic; each prints its cross-validated score):
# the meeting decision model, then the figure model.
train: install
	$(BIN)/python -m flows.train --shared $(SHARED)
	$(BIN)/python bench/train_figures.py --shared $(SHARED)

train-figures: install  # the figure model (transforms/models/figures.json) from seeds, dev and dev2 gold
	$(BIN)/python bench/train_figures.py --shared $(SHARED)

bench: install
	$(BIN)/python bench/bench.py --corpus $(SHARED)/corpus/baomoi-2017.tar.gz

ui: install
	$(BIN)/prefect server start

# The service: Prefect server (UI on 127.0.0.1:4200), the inbox deployment and the inbox watcher.
serve: install
	$(BIN)/python -m flows.service start --inbox $(INBOX) --warehouse $(WAREHOUSE)

stop: install
	$(BIN)/python -m flows.service stop

status: install
	$(BIN)/python -m flows.service status

lock:
	rm -rf /tmp/hoptac-lock && $(PYTHON) -m venv /tmp/hoptac-lock
	/tmp/hoptac-lock/bin/pip install -q . '.[dev]' setuptools
	/tmp/hoptac-lock/bin/pip freeze --exclude hoptac > requirements.lock

clean:
	rm -rf $(VENV) .prefect warehouse/*.duckdb warehouse/*.wal

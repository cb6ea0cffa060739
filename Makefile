# Two commands on a fresh machine with only python3: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := .tools
UV := $(TOOLS)/bin/uv
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 120
export UV_PROJECT_ENVIRONMENT := $(CURDIR)/.venv

.PHONY: setup run test fuzz bench eval lint clean
.PHONY: setup run test bench eval lint clean train-quotes

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/pip install --quiet uv==$(UV_VERSION)

# The environment is exactly the lock file; --frozen fails rather than re-resolve.
setup: $(UV)
	$(UV) sync --frozen --all-extras

run: setup
	$(UV) run --frozen newsfacts run seeds --out output

test: setup
	$(UV) run --frozen pytest

# The fuzz test of hostile inputs over many more generated folders than `make test` runs.
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz $(UV) run --frozen pytest tests/fuzz -p no:cacheprovider --hypothesis-show-statistics

bench: setup
	$(UV) run --frozen python -m bench

# Every gold set in ../shared, one accuracy table, written to ACCURACY.md.
eval: setup
	$(UV) run --frozen python -m bench.accuracy

# Retrain the quote speaker model on ../shared/benchmarks/polnear-train (bench/train_quotes.py
# --leave-one-set-out measures what the own dev sets would add); writes
# transforms/quotes/speaker_model.json (see transforms/quotes/speaker_model.md).
train-quotes: setup
	$(UV) run --frozen python -m bench.train_quotes

lint: setup
	$(UV) run --frozen ruff check .

clean:
	rm -rf .venv $(TOOLS) .prefect output/*/ output/newsfacts.duckdb

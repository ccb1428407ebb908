# luytre: two commands do all setup on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOME_DEMO ?= .luytre-demo

.PHONY: demo test bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

## Build the reference experts, start a node on 127.0.0.1:8470 and show it answering (Ctrl-C stops it).
demo: $(VENV)/.installed
	$(VENV)/bin/luytre demo --home $(HOME_DEMO)

## Run the whole test suite.
test: $(VENV)/.installed
	$(PY) -m pytest

## Run the benchmarks in bench/ (loopback only; see bench/README.md).
bench: $(VENV)/.installed
	$(PY) bench/ask_throughput.py
	$(PY) bench/router_latency.py
	$(PY) bench/routing.py --set dev

clean:
	rm -rf $(VENV) $(HOME_DEMO) .pytest_cache tests/artifacts

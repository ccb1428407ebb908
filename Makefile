# luytre: two commands do all setup on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOME_DEMO ?= .luytre-demo
# Flower (federated training) runs in its own environment beside $(VENV): see requirements-flower.txt.
FLOWER_VENV ?= $(VENV)-flower

.PHONY: demo test bench clean flower-env

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $@

$(FLOWER_VENV)/.installed: requirements-flower.txt pyproject.toml
	$(PYTHON) -m venv $(FLOWER_VENV)
	$(FLOWER_VENV)/bin/python -m pip install --quiet -r requirements-flower.txt
	$(FLOWER_VENV)/bin/python -m pip install --quiet --no-deps -e .
	touch $@

## Create Flower's environment for `luytre federate` (also made by `make test`).
flower-env: $(FLOWER_VENV)/.installed

## Build the reference experts, start a node on 127.0.0.1:8470 and show it answering (Ctrl-C stops it).
demo: $(VENV)/.installed
	$(VENV)/bin/luytre demo --home $(HOME_DEMO)

## Lint, type-check, then run the whole test suite on two workers, one test file each at a time, the longest
## first (tests/conftest.py); the Flower environment first: the federated-training test.
test: $(VENV)/.installed $(FLOWER_VENV)/.installed
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy
	LUYTRE_FLOWER_ENV=$(abspath $(FLOWER_VENV)) $(PY) -m pytest -n 2 --dist loadfile --no-loadscope-reorder

## Run the benchmarks in bench/ (loopback only; see bench/README.md).
bench: $(VENV)/.installed
	$(PY) bench/ask_throughput.py
	$(PY) bench/router_latency.py
	$(PY) bench/routing.py --set dev

clean:
	rm -rf $(VENV) $(FLOWER_VENV) $(HOME_DEMO) .pytest_cache tests/artifacts

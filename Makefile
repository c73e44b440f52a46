# plansvar: `make demo` installs and runs the main job; `make test` installs and runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PLANSVAR := $(VENV)/bin/plansvar

.PHONY: install demo test clean

install: $(VENV)/.installed

# NOTE: torch==2.13.0 first: it is the CPU build on this machine's disk; without it pip would pull a multi-GB CUDA build
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev]"
	touch $@

demo: install
	$(PLANSVAR) ingest
	$(PLANSVAR) stats
	$(PLANSVAR) ask "What did municipalities say about fasttilknyttede læger?"
	$(PLANSVAR) ask "Hvilke høringssvar førte til ændringer i teksten?"
	$(PLANSVAR) draft "Gribskov Kommune"

test: install
	$(PY) -m pytest

clean:
	rm -rf $(VENV) .plansvar .pytest_cache

# plansvar: `make demo` installs and runs the main job; `make test` installs, lints and runs the tests.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PLANSVAR := $(VENV)/bin/plansvar
PIP := $(PY) -m pip install -q -c constraints.txt

.PHONY: install demo test lint chromium constraints test-seed clean

install: $(VENV)/.installed

# NOTE: torch==2.13.0 first: it is the CPU build on this machine's disk; without it pip would pull a multi-GB CUDA build.
# constraints.txt pins every package to the version the suite passed with (`make constraints` renews it).
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PIP) torch==2.13.0
	$(PIP) -e ".[dev]"
	touch $@

demo: install
	$(PLANSVAR) ingest
	$(PLANSVAR) stats
	$(PLANSVAR) ask "What did municipalities say about fasttilknyttede læger?"
	$(PLANSVAR) ask "Hvilke høringssvar førte til ændringer i teksten?"
	$(PLANSVAR) draft "Gribskov Kommune"
	@echo
	@echo "Web page: run '$(PLANSVAR) serve' and open http://127.0.0.1:8080/ (ask, browse the høringsnotat, overview, drafts)"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Debian's Chromium for the web page's browser tests (tests/test_web.py drives /usr/bin/chromium with Playwright; never
# `playwright install`, which downloads a browser). It says so before apt-get runs, and runs it only as root; not root,
# no apt-get or a failed install: a note, and those tests skip saying why (CI=true: they fail).
chromium:
	@if command -v chromium >/dev/null 2>&1; then \
	  echo "chromium: $$(command -v chromium) is installed (the browser tests in tests/test_web.py use it)"; \
	elif [ "$$(id -u)" != 0 ]; then \
	  echo "note: chromium is missing and this is not root, so it is not installed; the browser tests in tests/test_web.py will skip (as root: make chromium, or apt-get install chromium)"; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
	  echo "note: chromium is missing and there is no apt-get; the browser tests in tests/test_web.py will skip"; \
	else \
	  echo "installing Debian's chromium with apt-get (root) for the browser tests in tests/test_web.py"; \
	  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium; } \
	    || echo "note: apt-get could not install chromium; the browser tests in tests/test_web.py will skip"; \
	fi

# NOTE: -n 2 (pytest-xdist): the 2 cores of the machines here; one worker embeds the corpus, the other takes the
# vectors from the shared cache (tests/conftest.py)
test: lint chromium
	$(PY) -m pytest -n 2 --dist loadscope

# the corpus's passage vectors (e5 and MiniLM) the suite's embedding cache starts from; renew after a parser or corpus
# change (tests/test_bench_and_cache.py says when)
test-seed: install
	$(PY) scripts/seed_test_embeddings.py

# the installed versions, as constraints for the next install (torch without its +cpu label: see above)
constraints: install
	{ echo "# pip constraints: the versions plansvar's suite passed with (make constraints)"; \
	  $(PY) -m pip freeze --exclude plansvar --exclude pip | sed 's/^torch==\(.*\)+cpu$$/torch==\1/'; } > constraints.txt

clean:
	rm -rf $(VENV) .plansvar .pytest_cache .ruff_cache

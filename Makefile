# newsdigest — the two commands a user needs are `make site` and `make test`.
# Both create .venv and install the project into it when pyproject.toml changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SEEDS  ?= seeds
OUT    ?= site
ARGS   ?=

SITE_STAMP := $(VENV)/.stamp-site
TEST_STAMP := $(VENV)/.stamp-test

.PHONY: site test test-fast eval bench clean help email serve

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(SITE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(SITE_STAMP)

site: $(SITE_STAMP)  ## build the digest from $(SEEDS)/ into $(OUT)/
	$(BIN)/digest build --seeds $(SEEDS) --out $(OUT) $(ARGS)

email: $(SITE_STAMP)  ## build the site, then render the email into $(OUT)/email/ (ARGS="--dry-run" or "--send")
	$(BIN)/digest build --seeds $(SEEDS) --out $(OUT)
	$(BIN)/digest email --seeds $(SEEDS) --out $(OUT) $(ARGS)

serve: $(SITE_STAMP)  ## preview on http://127.0.0.1:8000/, rebuilding when seeds/, templates/ or generator/ change (ARGS="--port 9000")
	$(BIN)/digest serve --seeds $(SEEDS) --out $(OUT) $(ARGS)

test: $(TEST_STAMP)  ## run every test (slow and browser tests included)
	$(BIN)/python -m pytest $(ARGS)

test-fast: $(TEST_STAMP)  ## run the fast tests only
	$(BIN)/python -m pytest -m "not slow and not browser" $(ARGS)

EVAL_STAMP := $(VENV)/.stamp-eval

$(EVAL_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,eval]'
	@touch $@ $(TEST_STAMP) $(SITE_STAMP)

eval: $(EVAL_STAMP)  ## measure accuracy against the external data in ../shared/data (not part of make test)
	$(BIN)/python -m evaluation $(ARGS)

BENCH_STAMP := $(VENV)/.stamp-bench

$(BENCH_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	@touch $@ $(SITE_STAMP)

bench: $(BENCH_STAMP)  ## time 1,000 and 10,000 real articles against Pelican and Hugo (ARGS="--sizes 200,1000")
	$(BIN)/python -m bench $(ARGS)

clean:  ## remove the build output, caches and the virtual environment
	rm -rf $(OUT) .cache .pytest_cache .hypothesis $(VENV) *.egg-info

# The two commands a newcomer needs: `make run` and `make test`. Both set up first (idempotent).
PORT ?= 8000
HOST ?= 127.0.0.1
PYTEST_ARGS ?=

.PHONY: setup run test test-all lint bench lock ci clean

setup:
	@bash scripts/setup.sh

run: setup
	.venv/bin/communs serve --host $(HOST) --port $(PORT)

# pytest's exit status 5 means it collected no tests: a failure, said in words
PYTEST = status=0; .venv/bin/python -m pytest $(1) $(PYTEST_ARGS) || status=$$?; \
	if [ $$status -eq 5 ]; then echo "make: pytest collected no tests (exit status 5)" >&2; fi; exit $$status

# the 25 slowest tests are listed at the end, so that a run over the ~15 min budget says what to mark `slow`
test: setup
	@$(call PYTEST,--durations=25)

test-all: setup
	@$(call PYTEST,-m '')

# Static checks: ruff (lint and format) and mypy (configured in pyproject.toml); the tools come from the lock.
lint: setup
	.venv/bin/ruff check communs tests bench scripts
	.venv/bin/ruff format --check communs tests bench scripts
	.venv/bin/mypy

bench: setup
	.venv/bin/python bench/gateway.py

# Rewrite requirements-lock.txt (every version and sha256) from pyproject.toml; LOCK_ARGS=--upgrade to move pins.
lock:
	uv pip compile pyproject.toml --extra test --extra fleet --generate-hashes --universal --python-version 3.11 \
		--custom-compile-command "make lock" $(LOCK_ARGS) -o requirements-lock.txt

# what CI runs: the committed HEAD cloned into an empty temporary folder, set up there, then `make test`
ci:
	bash .ci/run

clean:
	rm -rf .venv build *.egg-info .pytest_cache .mypy_cache .ruff_cache

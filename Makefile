# The two commands a newcomer needs: `make run` and `make test`. Both set up first (idempotent).
PORT ?= 8000
HOST ?= 127.0.0.1
PYTEST_ARGS ?=

.PHONY: setup run test test-all bench lock clean

setup:
	@bash scripts/setup.sh

run: setup
	.venv/bin/communs serve --host $(HOST) --port $(PORT)

test: setup
	.venv/bin/python -m pytest $(PYTEST_ARGS)

test-all: setup
	.venv/bin/python -m pytest -m '' $(PYTEST_ARGS)

bench: setup
	.venv/bin/python bench/gateway.py

# Rewrite requirements-lock.txt (every version and sha256) from pyproject.toml; LOCK_ARGS=--upgrade to move pins.
lock:
	uv pip compile pyproject.toml --extra test --generate-hashes --universal --python-version 3.11 \
		--custom-compile-command "make lock" $(LOCK_ARGS) -o requirements-lock.txt

clean:
	rm -rf .venv build *.egg-info .pytest_cache

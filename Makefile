# The two commands a newcomer needs: `make run` and `make test`. Both set up first (idempotent).
PORT ?= 8000
HOST ?= 127.0.0.1
PYTEST_ARGS ?=

.PHONY: setup run test test-all bench ci clean

setup:
	@bash scripts/setup.sh

run: setup
	.venv/bin/communs serve --host $(HOST) --port $(PORT)

# pytest's exit status 5 means it collected no tests: a failure, said in words
PYTEST = status=0; .venv/bin/python -m pytest $(1) $(PYTEST_ARGS) || status=$$?; \
	if [ $$status -eq 5 ]; then echo "make: pytest collected no tests (exit status 5)" >&2; fi; exit $$status

test: setup
	@$(call PYTEST,)

test-all: setup
	@$(call PYTEST,-m '')

bench: setup
	.venv/bin/python bench/gateway.py

# what CI runs: the committed HEAD cloned into an empty temporary folder, set up there, then `make test`
ci:
	bash .ci/run

clean:
	rm -rf .venv build *.egg-info .pytest_cache

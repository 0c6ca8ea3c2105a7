# Set-up on a fresh machine is two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint format typecheck importcheck bench package clean forms-check

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): $(STAMP) pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)
	QT_QPA_PLATFORM= $(BIN)/dpia-wizard $(FILE)

test: $(TEST_STAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy app/core
	$(BIN)/dpia forms check forms
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench

format: $(TEST_STAMP)
	$(BIN)/ruff format app tests bench
	$(BIN)/ruff check --fix app tests bench

typecheck: $(TEST_STAMP)
	$(BIN)/mypy app/core

importcheck: $(TEST_STAMP)
	$(BIN)/lint-imports

forms-check: $(STAMP)
	$(BIN)/dpia forms check forms

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

package: $(TEST_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/dpia.spec
	bash packaging/smoke_test.sh dist/dpia-wizard

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .benchmarks

# Set-up on a fresh machine is two commands: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

export QT_QPA_PLATFORM ?= offscreen

# One compiled interface translation per Qt Linguist source (translations/dpia_wizard_<code>.ts).
TS := $(wildcard translations/*.ts)
QM := $(patsubst translations/%.ts,app/ui/i18n/%.qm,$(TS))

.PHONY: language-screenshots lock run test lint format typecheck importcheck bench package clean forms-check translations lupdate mutation

# Every install (run, test, package, CI) takes the exact, hash-checked set in requirements.lock;
# pyproject.toml keeps ranges for the wheel. `make lock` refreshes the lock from those ranges.
$(STAMP): requirements.lock pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

$(TEST_STAMP): $(STAMP)
	touch $@

lock:
	$(PYTHON) -m venv .venv-lock
	.venv-lock/bin/python -m pip install --quiet uv
	.venv-lock/bin/uv pip compile pyproject.toml --extra test --generate-hashes --universal \
		--python-version 3.11 --quiet -o requirements.lock
	rm -rf .venv-lock

# Qt Linguist: compile each interface translation (build output, not committed).
app/ui/i18n/%.qm: translations/%.ts $(STAMP)
	mkdir -p app/ui/i18n
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Collect new self.tr() texts into every .ts file, then compile them.
lupdate: $(STAMP)
	sh translations/build.sh

# The README's pictures of the wizard in each language but English (rerun after translating the data).
SHOT_SCENARIO := tests/fixtures/scenarios/supermarket_watchlist_nl.dpia
language-screenshots: $(STAMP) $(QM)
	for lang in $$($(BIN)/python -c "from app.core.languages import language_codes; print(*language_codes()[1:])"); do \
		rm -rf build/screenshots/$$lang; \
		$(BIN)/dpia-wizard --lang $$lang $(SHOT_SCENARIO) --screenshots build/screenshots/$$lang >/dev/null && \
		cp build/screenshots/$$lang/12_risks.png docs/screenshots/wizard_risks_$$lang.png || exit 1; \
	done

run: $(STAMP) $(QM)
	QT_QPA_PLATFORM= $(BIN)/dpia-wizard $(FILE)

test: $(TEST_STAMP) $(QM)
	$(BIN)/ruff check app tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy --strict app/core app/report
	$(BIN)/dpia forms check forms
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check app tests bench
	$(BIN)/ruff format --check app tests bench

format: $(TEST_STAMP)
	$(BIN)/ruff format app tests bench
	$(BIN)/ruff check --fix app tests bench

typecheck: $(TEST_STAMP)
	$(BIN)/mypy --strict app/core app/report

importcheck: $(TEST_STAMP)
	$(BIN)/lint-imports

forms-check: $(STAMP)
	$(BIN)/dpia forms check forms

# Mutation testing of the engine's combining logic (pyproject.toml [tool.mutmut]); slow (~20 min on 2 cores),
# so not part of `make test`. Prints the surviving mutants and the share killed (timeouts count as killed).
mutation: $(TEST_STAMP)
	rm -rf mutants
	$(BIN)/mutmut run --max-children 2
	$(BIN)/mutmut export-cicd-stats
	$(BIN)/mutmut results
	$(BIN)/python -c "import json; s = json.load(open('mutants/mutmut-cicd-stats.json')); \
	k = s['killed'] + s['timeout']; print(f\"mutation score: {k}/{s['total']} killed ({100 * k / s['total']:.1f}%),\", \
	s['survived'], 'survived,', s['no_tests'], 'without tests')"

bench: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

package: $(TEST_STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/dpia.spec
	bash packaging/smoke_test.sh dist/dpia-wizard

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .benchmarks mutants

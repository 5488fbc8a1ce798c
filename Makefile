# The two commands of a fresh machine: `make run` and `make test`. Both build .venv first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint format samples bench fuzz clean

# The bytecode is compiled ahead, as `pip install .` would: an editable install leaves it to the
# first run, and where PYTHONDONTWRITEBYTECODE is set every run compiles every module again.
# So are the rule patterns' regex programs (cleaners/regex.py), when a module has changed.
PROGRAMS := cleaners/patterns.sre

install: $(STAMP) $(PROGRAMS)
	@$(BIN)/python -m compileall -q cleaners cli

$(PROGRAMS): $(STAMP) $(shell find cleaners -name '*.py')
	@$(BIN)/python -c 'from cleaners.regex import install_programs; install_programs()'

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "boilerstrip needs Python >= 3.11: set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

# Clean the bundled samples into out/ and print a summary.
run: install
	$(BIN)/boilerstrip clean samples/input -o out --summary

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Regenerate the committed sample outputs after a deliberate change to the rules.
samples: install
	rm -rf samples/output.tmp
	$(BIN)/boilerstrip clean samples/input -o samples/output.tmp --report /dev/null --quiet --removals full
	rm -rf samples/output && mv samples/output.tmp samples/output

# Speed, measured, not tested: the text way on the T1 dumps beside trafilatura, then corpus
# runs on the H pages beside the trafilatura CLI (whole processes, medians); then the sidecars'
# size on the T1 dumps in each --removals mode, against the input's.
bench: install
	$(BIN)/python bench/textway.py
	$(BIN)/python bench/corpus.py
	$(BIN)/python bench/passes.py
	$(BIN)/python bench/sidecars.py

# Fuzz clean() for a bounded time (not in CI): installs the fuzz extra (atheris) first.
# FUZZ_SECONDS=600 for a longer run; a crash leaves its input in fuzz/crash-*.
FUZZ_SECONDS ?= 60
fuzz: install
	$(BIN)/python -m pip install --quiet -e '.[dev,fuzz]'
	$(BIN)/python fuzz/clean_fuzz.py -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 \
		-artifact_prefix=fuzz/ -seed_inputs=$$(find samples/input tests/data/html -type f | paste -sd, -)

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache *.egg-info

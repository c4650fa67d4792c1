# 销售助手 — the two commands that matter are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: run test lint bench eval install clean models item-filter

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml constraints.txt | $(PY)
	$(PY) -m pip install --quiet -c constraints.txt -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/crm-assistant init --warm
	$(VENV)/bin/crm-assistant kb ingest --quiet
	$(VENV)/bin/crm-assistant serve

test: $(STAMP)
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports --no-logo


bench: $(STAMP)
	$(PY) -m benchmarks

models: $(STAMP)  # refit the packaged classifiers after editing their training data
	$(PY) -c "from assistant.agents.offline.classifier import package; print(package())"
	$(PY) -m evals.compliance_training_data --package
	$(PY) -c "from assistant.summaries.classifier import package; print(package())"

item-filter: $(STAMP)  # rebuild the item filter's table from the spent blind sets (~15 min), cross-validate, refit both filters
	$(PY) -m evals.summaries_filter_table
	$(PY) -m evals.summaries_filter_cv --package
	$(PY) -m evals.summaries_need_filter_cv --package

eval: $(STAMP)
	$(PY) -m evals

clean:
	rm -rf $(VENV) data/*.db data/chroma

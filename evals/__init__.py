"""Quality evaluations over the labelled datasets in `evals/datasets/`; run with `make eval`."""

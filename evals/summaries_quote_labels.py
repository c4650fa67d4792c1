"""How the sentence classifier alone labels the expected quotes of the spent summaries sets (a one-minute proxy).

Each expected item's quote is labelled on its own (no context, no rules after the classifier) with the
current sentence model and :func:`~assistant.summaries.clauses.decide`; a quote counts as read right when
its label belongs to the item's section (a need quote labelled ``need``, a progress quote ``agreement``,
``concession`` or ``done``, a risk quote any ``risk:*``, a step quote ``next_step``). It is no summary score —
the rules after the classifier and the filters change much — but it moves with the model and takes a
minute, where the pooled scorer (:mod:`evals.summaries_pooled`) takes fifteen: use it to compare candidate
training data before refitting the filters. Spent sets only (in-sample dev data). Usage::

    python -m evals.summaries_quote_labels [--sets summaries_blind20 summaries_blind21]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable

import numpy as np

from evals.eval_summaries import load_cases
from evals.summaries_pooled import DATASETS, spent_sets

SECTION_LABELS = {
    "needs": ("need",),
    "progress": ("agreement", "concession", "done"),
    "next_steps": ("next_step",),
}
SECTIONS = ("needs", "progress", "risks", "next_steps")


def read_right(section: str, label: str) -> bool:
    """Whether ``label`` (a sentence label) belongs to ``section`` (a summary section)."""
    return label.startswith("risk:") if section == "risks" else label in SECTION_LABELS[section]


def quotes_of(names: Iterable[str]) -> list[tuple[str, str, str]]:
    """(section, quote, language) of every expected item of the named sets, in file order."""
    cases = [case for name in names for case in load_cases(DATASETS / f"{name}.jsonl")]
    return [(sec, item["quote"], case["language"]) for case in cases for sec in SECTIONS for item in case["expected"][sec]]


def hit_rates(rows: list[tuple[str, str, str]], labels: list[str]) -> dict[str, float]:
    """Share of quotes read right per section, and per section and language (``needs/zh``)."""
    seen, right = Counter(), Counter()
    for (section, _, lang), label in zip(rows, labels, strict=True):
        for key in (section, f"{section}/{lang}"):
            seen[key] += 1
            right[key] += read_right(section, label)
    return {key: round(right[key] / seen[key], 3) for key in sorted(seen)}


def main() -> None:
    """Label every expected quote of the chosen spent sets and print the hit rates as JSON."""
    from assistant.summaries.classifier import probabilities
    from assistant.summaries.clauses import decide
    from assistant.summaries.offline_learned import MIN_PROB

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="*", default=None)
    args = ap.parse_args()
    rows = quotes_of(args.sets or spent_sets())
    probs = probabilities([q for _, q, _ in rows]) if rows else np.zeros((0, 0))
    print(json.dumps(hit_rates(rows, [decide(p, MIN_PROB) for p in probs]), indent=1))


if __name__ == "__main__":
    main()

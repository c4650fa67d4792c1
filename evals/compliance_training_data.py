"""Build the second stage's training file from hand-written seeds and templates.

``python -m evals.compliance_training_data`` reads
``assistant/compliance/data/training_seeds.yaml`` and then every other
``training_seeds_*.yaml`` beside it in name order (hand-written sentences by label,
language and kind, plus slot templates; see :func:`merge`) and writes
``assistant/compliance/data/training.jsonl``: every hand-written sentence, then up to
``max`` fillings of each template drawn with a fixed seed. With ``--package`` it also fits
the classifier and the mention gate and writes ``classifier_model.npz`` and ``mention_model.npz``
(and their keys) beside the data. Sentences that also appear in
``evals/datasets/compliance_dev.jsonl`` are dropped, so the dev figures stay a check.
The output is deterministic: the same seeds give the same file (and the same cache key).
"""

from __future__ import annotations

import itertools
import json
import random
import string
import sys
from pathlib import Path
from typing import Any

import yaml

from assistant.compliance.classifier import LABELS, TRAINING, package
from assistant.compliance.mention import package as package_gate
from evals.eval_compliance import DEV

SEEDS = TRAINING.with_name("training_seeds.yaml")
RANDOM_SEED = 15


class SeedError(ValueError):
    """The seed file names an unknown label or slot."""


def merge(specs: list[dict[str, Any]]) -> dict[str, Any]:
    """Join seed files into one spec.

    Hand-written lists of the same label, language and kind are concatenated, slots extended
    (a later file may use an earlier file's slots), templates appended in order.
    """
    out: dict[str, Any] = {"hand": {}, "slots": {}, "templates": []}
    for spec in specs:
        for label, langs in (spec.get("hand") or {}).items():
            for lang, kinds in langs.items():
                for kind, texts in kinds.items():
                    out["hand"].setdefault(label, {}).setdefault(lang, {}).setdefault(kind, []).extend(texts)
        for name, values in (spec.get("slots") or {}).items():
            out["slots"].setdefault(name, []).extend(v for v in values if v not in out["slots"][name])
        out["templates"] += spec.get("templates") or []
    return out


def seed_files() -> list[Path]:
    """Return the seed files in the order they are read: the main one, then the others by name."""
    return [SEEDS, *sorted(p for p in SEEDS.parent.glob("training_seeds_*.yaml"))]


def fillings(template: str, slots: dict[str, list[str]], limit: int, rng: random.Random) -> list[str]:
    """Return up to ``limit`` distinct fillings of ``template`` (a ``str.format`` string over ``slots``)."""
    names = [n for _, n, _, _ in string.Formatter().parse(template) if n]
    unknown = [n for n in names if n not in slots]
    if unknown:
        raise SeedError(f"template {template!r} names unknown slots {unknown}")
    names = list(dict.fromkeys(names))
    combos = list(itertools.product(*(slots[n] for n in names)))
    rng.shuffle(combos)
    return [template.format(**dict(zip(names, c, strict=True))) for c in combos[:limit]]


def build(spec: dict[str, Any], exclude: set[str]) -> list[dict[str, str]]:
    """Expand the seeds into labelled rows (hand-written first, then templates; duplicates dropped)."""
    rng = random.Random(RANDOM_SEED)
    rows: list[dict[str, str]] = []
    seen = set(exclude)

    def add(text: str, label: str, lang: str, kind: str, source: str) -> None:
        if label not in LABELS:
            raise SeedError(f"unknown label {label!r} (known: {', '.join(LABELS)})")
        if text in seen:
            return
        seen.add(text)
        rows.append({"id": f"tr-{len(rows) + 1:04d}", "text": text, "label": label, "language": lang,
                     "kind": kind, "source": source})  # fmt: skip

    for label, langs in spec["hand"].items():
        for lang, kinds in langs.items():
            for kind, texts in kinds.items():
                for text in texts:
                    add(str(text), label, lang, kind, "hand")
    slots = {k: [str(x) for x in v] for k, v in spec["slots"].items()}
    for t in spec["templates"]:
        for text in fillings(t["text"], slots, int(t["max"]), rng):
            add(text, t["label"], t["lang"], t["kind"], "template")
    return rows


def main() -> int:
    """Write ``training.jsonl`` and print the counts by label."""
    spec = merge([yaml.safe_load(p.read_text(encoding="utf-8")) for p in seed_files()])
    dev = {json.loads(line)["text"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()}
    rows = build(spec, dev)
    TRAINING.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["label"]] = counts.get(r["label"], 0) + 1
    clean = counts.get("clean", 0)
    print(f"{len(rows)} rows, clean {clean} ({clean / len(rows):.0%}): {counts}")
    if "--package" in sys.argv[1:]:
        print(f"packaged model: {package()}")
        print(f"packaged mention gate: {package_gate()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

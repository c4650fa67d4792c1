"""Choose the embedding stage's threshold and margin on the tuning half of the dev set.

``python -m evals.compliance_tune`` embeds the dev rows the first stage leaves clean and
that pass a gate, plus the clean seed sentences, then grids threshold × margin: the pair
with the most extra catches on the tuning half (odd ids) and no false alert on its clean
rows or on ``compliance_clean.jsonl`` wins (on a tie: the widest margin, then the middle of the tied thresholds). The other half (even ids) is reported as a
check, and the pair is written by hand into ``assistant/compliance/data/exemplars.yaml``.
"""

from __future__ import annotations

from assistant.compliance.lexicon import PACKAGED_DIR, load_lexicon
from assistant.compliance.matcher import Matcher
from assistant.compliance.semantic import Verdict, get_stage
from evals.compliance_scoring import load_rows
from evals.eval_compliance import DEV, _load

THRESHOLDS = [round(0.86 + 0.0025 * i, 4) for i in range(33)]
MARGINS = [0.0, 0.005, 0.01, 0.02, 0.03]


def _verdicts(texts: list[str], matcher: Matcher) -> list[Verdict | None]:
    stage = get_stage()
    out: list[Verdict | None] = []
    for text in texts:
        categories = [] if matcher.scan(text).hits else stage.gated(text)
        out.append(stage.verdict(text, categories) if categories else None)
    return out


def main() -> None:
    """Print the grid's best pair and its figures on both halves."""
    matcher = Matcher(load_lexicon([PACKAGED_DIR]))
    stage = get_stage()
    rows = load_rows(DEV)
    seeds = [str(r["text"]) for r in _load("compliance_clean.jsonl")]
    verdicts = _verdicts([r.text for r in rows], matcher)
    seed_verdicts = _verdicts(seeds, matcher)

    def counts(t: float, m: float, half: int) -> tuple[int, int]:
        gain = false = 0
        for row, v in zip(rows, verdicts, strict=True):
            if v is None or int(row.id.split("-")[1]) % 2 != half or not stage.fires(v, t, m):
                continue
            gain += row.violating
            false += not row.violating
        return gain, false

    feasible = []
    for t in THRESHOLDS:
        for m in MARGINS:
            gain, false = counts(t, m, 1)
            seed_false = sum(1 for v in seed_verdicts if v is not None and stage.fires(v, t, m))
            if false == 0 and seed_false == 0:
                feasible.append((gain, m, t))
    top = max(feasible)[:2]  # most catches, then the widest margin
    ties = sorted(t for gain, m, t in feasible if (gain, m) == top)
    gain, m, t = top[0], top[1], ties[len(ties) // 2]  # the middle threshold of the tied range
    print(f"tuning half (odd ids): threshold {t} margin {m}: {gain} extra catches, 0 false alerts")
    check_gain, check_false = counts(t, m, 0)
    print(f"check half (even ids): {check_gain} extra catches, {check_false} false alerts")
    print(f"gated dev rows: {sum(v is not None for v in verdicts)} of {len(rows)}")


if __name__ == "__main__":
    main()

"""Quote-overlap scoring of summaries: the way the held-out summary set is scored.

Each expected item has a short ``statement`` and a verbatim ``quote`` (a unique substring of
the text); next steps also carry ``owner`` (we/customer) and ``due`` (ISO date or null), risks
a ``kind``. A produced item matches an expected item of the same section when one of its
evidence quotes overlaps the expected quote's span; matching is one-to-one (greedy, in the
produced order), so a duplicate item is an unmatched one. Matched next steps are also checked
for owner and due date.

Usage: ``python -m evals.summaries_overlap --dataset PATH`` (JSONL: ``id``, ``text``,
``today``, optional ``we_names`` and ``language``, ``expected`` with the four sections).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from assistant.summaries.schema import SalesSummary
from assistant.summaries.service import summarize_text

SECTIONS = ("needs", "progress", "risks", "next_steps")


def load(path: Path) -> list[dict[str, Any]]:
    """Read the cases of a JSONL file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def summarize(case: dict[str, Any]) -> SalesSummary:
    """Summarise one case with the offline engine."""
    return summarize_text(
        case["text"],
        today=dt.date.fromisoformat(case["today"]),
        engine="offline",
        language=case.get("language"),
        we_names=tuple(case.get("we_names", ())),
    )


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.find(quote)
    if start < 0:
        raise ValueError(f"expected quote not in the text: {quote!r}")
    return start, start + len(quote)


def match_section(text: str, produced: list[Any], expected: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Return the (produced index, expected index) pairs that match, one-to-one."""
    spans = [_span(text, e["quote"]) for e in expected]
    used: set[int] = set()
    pairs = []
    for i, item in enumerate(produced):
        for j, (a, b) in enumerate(spans):
            if j not in used and any(q.start < b and a < q.end for q in item.quotes):
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def score_case(case: dict[str, Any], summary: SalesSummary) -> dict[str, Any]:
    """Count per section (matched, produced, expected) plus wrong owners and due dates."""
    out: dict[str, Any] = {"wrong_owner": [], "wrong_due": []}
    for section in SECTIONS:
        produced, expected = getattr(summary, section), case["expected"].get(section, [])
        pairs = match_section(case["text"], produced, expected)
        out[section] = (len(pairs), len(produced), len(expected))
        out[f"{section}_missed"] = [
            e["quote"] for j, e in enumerate(expected) if j not in {p[1] for p in pairs}
        ]
        out[f"{section}_extra"] = [
            produced[i].text for i in range(len(produced)) if i not in {p[0] for p in pairs}
        ]
        if section == "next_steps":
            for i, j in pairs:
                step, e = produced[i], expected[j]
                if step.owner != e["owner"]:
                    out["wrong_owner"].append(e["quote"])
                if (step.due.isoformat() if step.due else None) != e.get("due"):
                    out["wrong_due"].append(e["quote"])
    return out


def score(cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Precision and recall per section over ``cases``, wrong owners and due dates."""
    totals = {s: [0, 0, 0] for s in SECTIONS}
    wrong = [0, 0]
    for case in cases:
        result = score_case(case, summarize(case))
        for s in SECTIONS:
            totals[s] = [a + b for a, b in zip(totals[s], result[s], strict=True)]
        wrong[0] += len(result["wrong_owner"])
        wrong[1] += len(result["wrong_due"])
    scores: dict[str, Any] = {"cases": len(cases)}
    for s, (m, p, e) in totals.items():
        scores[f"{s}_precision"] = round(m / p, 3) if p else 1.0
        scores[f"{s}_recall"] = round(m / e, 3) if e else 1.0
    scores["wrong_owners"], scores["wrong_due_dates"] = wrong
    return scores


def main(argv: list[str] | None = None) -> None:
    """Score ``--dataset`` and print the figures (``--verbose``: misses and extras per case)."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, required=True)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    cases = load(args.dataset)
    if args.verbose:
        for case in cases:
            result = score_case(case, summarize(case))
            print(case["id"], json.dumps(result, ensure_ascii=False, indent=1))
    print(json.dumps(score(cases), ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

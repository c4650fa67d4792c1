"""Per-section precision and recall of the summariser on labelled sales conversations.

Usage: ``python -m evals.eval_summaries [--dataset PATH] [--catalog PATH]`` (default: the
in-sample development set). Fields read from each JSONL line: ``id``, ``text``, ``today``
(ISO date), optional ``language`` and ``previous`` (a saved summary), and ``expected`` with
``needs`` [{topic, status?}], ``risks`` [{category, severity?}], ``progress`` [{kind, by?}],
``next_steps`` [{owner, due?}], ``key_facts`` [{kind, value}] and ``sentiment``. A need is one
point of the conversation and may cover several topics (``aspects``); it matches a label of
any of them. Besides
precision/recall per section it reports *wrong owners* (a predicted next step whose due
date matches a labelled one but whose owner does not), *wrong due dates* (owner matches,
due differs) and the share of verbatim quotes.

Progress labels follow issue 14's definition: progress is movement — an agreement with its
values, a concession, samples received, an approval, an order placed, a payment made, a price
offered with its value. A promise still to keep ("我下周三前把报价单发给您", "I'll send the PI
tomorrow") and a planned meeting are next steps, not progress; the development and holdout
sets were relabelled that way (earlier labels counted ``commitment``/``meeting`` and promised
quotes, samples and payments as progress). One item per point: "下周二给他们寄样品，月底前出正式报价"
is two next steps (two actions, two due dates), relabelled so in ``zh_visit_notes``.

Datasets: ``evals/datasets/summaries.jsonl`` (the development set the lexicons were tuned
on) and ``summaries_holdout.jsonl`` (written and labelled before looking at the engine's
output on it); one conversation a line: ``text``, ``today``,
optional ``previous`` summary, and the ``expected`` needs / risks / progress / next steps /
key facts / sentiment) and ``summaries_catalog.jsonl`` (the products to match). An item
matches a label on its key fields: need ``topic`` (and ``status`` when labelled), risk
``category``, progress ``kind`` (and ``by``), next step ``owner`` and ``due``, key fact
``kind`` and ``value``. Also reported: risk severity and need-status accuracy on matched
items, sentiment accuracy, and quotes that are not verbatim (must be 0).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.summaries.catalog import Catalog, CatalogProduct
from assistant.summaries.schema import SalesSummary
from assistant.summaries.service import summarize_text

DATASETS = Path(__file__).parent / "datasets"
FIELDS = ("needs", "risks", "progress", "next_steps", "key_facts")
KEYS: dict[str, Callable[[dict[str, Any]], tuple]] = {
    "needs": lambda d: (d["topic"],),
    "risks": lambda d: (d["category"],),
    "progress": lambda d: (d["kind"],),
    "next_steps": lambda d: (d["owner"], d.get("due")),
    "key_facts": lambda d: (d["kind"], d["value"]),
}


def load_cases(path: Path = DATASETS / "summaries.jsonl") -> list[dict[str, Any]]:
    """Read the labelled conversations."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_catalog(path: Path = DATASETS / "summaries_catalog.jsonl") -> Catalog:
    """Read the evaluation catalogue (products) plus the shipped competitor list."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Catalog.from_products(CatalogProduct(**r) for r in rows)


def summarize_case(case: dict[str, Any], catalog: Catalog, engine: str = "offline") -> SalesSummary:
    """Summarise one labelled case with ``engine``."""
    previous = SalesSummary.model_validate(case["previous"]) if case.get("previous") else None
    return summarize_text(
        case["text"],
        today=dt.date.fromisoformat(case["today"]),
        catalog=catalog,
        previous=previous,
        engine=engine,
        language=case.get("language"),
    )


def _predicted(summary: SalesSummary, field: str) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in getattr(summary, field)]


def match_field(
    field: str, predicted: list[dict], expected: list[dict]
) -> tuple[int, int, list[tuple[dict, dict]]]:
    """Return (predicted items matching a label, labels found, matched pairs) for one field."""
    key = KEYS[field]

    def same(p: dict, e: dict) -> bool:  # a need of several topics (one point) matches any of them
        if field == "needs":
            return e["topic"] in (p["topic"], *p.get("aspects", ()))
        return key(p) == key(e)

    pairs: list[tuple[dict, dict]] = []
    found = sum(1 for e in expected if any(same(p, e) for p in predicted))
    correct = 0
    for p in predicted:
        hit = next((e for e in expected if same(p, e)), None)
        if hit is not None:
            correct += 1
            pairs.append((p, hit))
    return correct, found, pairs


def run(engine: str = "offline") -> dict[str, float | int | str]:
    """Evaluate ``engine`` on the development set and the held-out set (prefixed ``holdout_``)."""
    scores = score_cases(load_cases(), engine)
    holdout = score_cases(load_cases(DATASETS / "summaries_holdout.jsonl"), engine)
    scores.update({f"holdout_{k}": v for k, v in holdout.items() if k != "engine"})
    return scores


def wrong_steps(predicted: list[dict], expected: list[dict]) -> tuple[int, int]:
    """(wrong owners, wrong due dates) among predicted next steps that miss every label.

    A miss whose due date equals a labelled step's while its owner differs is a wrong owner;
    a miss whose owner equals a labelled undated-or-dated step's while its due differs is a
    wrong due date (each predicted step counts at most once).
    """
    owners = dues = 0
    for p in predicted:
        if any(KEYS["next_steps"](p) == KEYS["next_steps"](e) for e in expected):
            continue
        if p.get("due") and any(e.get("due") == p.get("due") and e["owner"] != p["owner"] for e in expected):
            owners += 1
        elif p.get("due") and any(
            e["owner"] == p["owner"] and e.get("due") not in (None, p.get("due")) for e in expected
        ):
            dues += 1
    return owners, dues


def score_cases(
    cases: list[dict[str, Any]], engine: str = "offline", catalog: Catalog | None = None
) -> dict[str, float | int | str]:
    """Per-field precision/recall and extra scores of ``engine`` on ``cases``."""
    catalog = catalog or load_catalog()
    owners_dues = [0, 0]
    quotes_total = 0
    totals = {f: [0, 0, 0, 0] for f in FIELDS}  # correct predicted, predicted, found labels, labels
    severity = [0, 0]
    status = [0, 0]
    sentiment = [0, 0]
    bad_quotes = 0
    for case in cases:
        summary = summarize_case(case, catalog, engine)
        bad_quotes += len(summary.verify_against(case["text"]))
        quotes_total += len(summary.all_quotes())
        wo, wd = wrong_steps(_predicted(summary, "next_steps"), case["expected"].get("next_steps", []))
        owners_dues[0] += wo
        owners_dues[1] += wd
        for field in FIELDS:
            pred, exp = _predicted(summary, field), case["expected"].get(field, [])
            correct, found, pairs = match_field(field, pred, exp)
            t = totals[field]
            t[0], t[1], t[2], t[3] = t[0] + correct, t[1] + len(pred), t[2] + found, t[3] + len(exp)
            for p, e in pairs:
                if field == "risks" and "severity" in e:
                    severity[0] += p["severity"] == e["severity"]
                    severity[1] += 1
                if field == "needs" and "status" in e:
                    status[0] += p["status"] == e["status"]
                    status[1] += 1
        if "sentiment" in case["expected"]:
            sentiment[0] += summary.sentiment.label == case["expected"]["sentiment"]
            sentiment[1] += 1
    scores: dict[str, float | int | str] = {"engine": engine, "cases": len(cases)}
    for field, (cp, np_, fl, nl) in totals.items():
        scores[f"{field}_precision"] = round(cp / np_, 3) if np_ else 1.0
        scores[f"{field}_recall"] = round(fl / nl, 3) if nl else 1.0
    scores["risk_severity_accuracy"] = round(severity[0] / severity[1], 3) if severity[1] else 1.0
    scores["need_status_accuracy"] = round(status[0] / status[1], 3) if status[1] else 1.0
    scores["sentiment_accuracy"] = round(sentiment[0] / sentiment[1], 3) if sentiment[1] else 1.0
    scores["non_verbatim_quotes"] = bad_quotes
    scores["verbatim_quotes"] = round(1 - bad_quotes / quotes_total, 3) if quotes_total else 1.0
    scores["wrong_owners"], scores["wrong_due_dates"] = owners_dues
    return scores


def main(argv: list[str] | None = None) -> None:
    """Score the offline engine on ``--dataset PATH`` (default: the development set)."""
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=DATASETS / "summaries.jsonl")
    ap.add_argument("--catalog", type=Path, default=DATASETS / "summaries_catalog.jsonl")
    ap.add_argument("--engine", default="offline")
    args = ap.parse_args(argv)
    scores = score_cases(load_cases(args.dataset), args.engine, load_catalog(args.catalog))
    print(json.dumps({"dataset": str(args.dataset), **scores}, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()

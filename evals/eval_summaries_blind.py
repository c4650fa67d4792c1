"""Score the summariser once on a blind held-out set in the ``summaries_blind`` shape (issue 14).

The set (``datasets/summaries_blind.jsonl``, see its README) was written by someone who had not
read ``assistant/summaries/``: each expected item is a short ``statement`` resting on a verbatim
``quote`` (unique in the text); next steps add ``owner`` (``us``/``customer``) and ``due``
(ISO date or null); risks add a ``kind``. The summariser is run as a rep would run it: the
rep's display name is ours (``--as``), so is every other user of the demo company (reps, managers
and QA, as :meth:`Directory.from_crm` reads them), the customer's company is theirs, the demo
catalogue is the product list, and ``today`` is the case's date.

Matching is by evidence, not by wording, so neither side's phrasing matters: a produced item
matches an expected item **of the same section** when one of its quotes overlaps the expected
quote's span by at least ``min(4, len(quote))`` characters. Each expected item is matched by at
most one produced item and each produced item matches at most one expected item (maximum
bipartite matching), so a duplicate item costs precision and one item covering two points finds
only one. Reported per section: precision (matched produced / produced) and recall (matched
expected / expected); items that overlap an expected item of another section (wrong section);
for matched next steps, wrong owners and wrong due dates; quotes that are not verbatim. For
follow-ups (``previous``), last time's next steps are checked as done / overdue / open against
``expected_changes``, and dropped needs and resolved risks are counted. The writer names last
time's steps in its own words with notes ("寄躺椅样品（2026-12-07已收到）"), so each is tied to the
previous step it shares most words (en) or character pairs (zh) with (:func:`previous_step_for`).

Never tune the summariser on the set: this module only reads it. ``-v`` prints every miss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from assistant.crm.demo_people import people, product_rows
from assistant.summaries.catalog import Catalog, CatalogProduct
from assistant.summaries.learned_risks import RISK_CATEGORY
from assistant.summaries.schema import Need, NextStep, Quote, Risk, SalesSummary
from assistant.summaries.service import summarize_text
from assistant.summaries.speakers import Directory, Person

DATASETS = Path(__file__).parent / "datasets"
SECTIONS = ("needs", "progress", "risks", "next_steps")
OWNERS = {"us": "we", "we": "we", "customer": "customer"}


def demo_catalog() -> Catalog:
    """Return the demo company's products (the names the set's writer used) and the competitor list."""
    rows, _, _ = product_rows()
    return Catalog.from_products(
        CatalogProduct(r["sku"], r["name_zh"], r["name_en"], r["category"]) for r in rows
    )


def _stub_quote(text: str) -> list[Quote]:
    return [Quote(text=text, start=0, end=len(text))]


def risk_kind(statement: str) -> tuple[str | None, str]:
    """Split a set's ``"kind: statement"`` risk string into its kind (``None`` if unknown) and statement."""
    kind, sep, rest = statement.partition(":")
    return (kind.strip(), rest.strip()) if sep and kind.strip() in RISK_CATEGORY else (None, statement)


def previous_summary(prev: dict[str, Any], language: str, today: dt.date) -> SalesSummary:
    """Turn the case's ``previous`` statements into a saved summary (a risk's ``kind:`` is its category)."""
    needs = [Need(text=s, topic="other", quotes=_stub_quote(s)) for s in prev.get("needs", [])]
    risks = []
    for s in prev.get("risks", []):
        kind, text = risk_kind(s)
        category = RISK_CATEGORY[kind] if kind else "price"
        risks.append(Risk(text=text, category=category, severity="medium", quotes=_stub_quote(text)))  # type: ignore[arg-type]
    steps = [
        NextStep(
            text=s["statement"],
            action=s["statement"],
            owner=OWNERS.get(s.get("owner", ""), "unknown"),
            due=dt.date.fromisoformat(s["due"]) if s.get("due") else None,
            quotes=_stub_quote(s["statement"]),
        )
        for s in prev.get("next_steps", [])
    ]
    return SalesSummary(
        engine="offline", language="en" if language == "en" else "zh", conversation_date=today,
        needs=needs, risks=risks, next_steps=steps,
    )  # fmt: skip


def case_directory(case: dict[str, Any]) -> Directory:
    """Who is who as the CLI's ``--as``/``--customer`` would see it: the rep first, then the demo users."""
    _, users, _ = people(0)
    ours = tuple(Person(u["display_name"], u["email"], u["role"], u["role"] == "manager") for u in users)
    return Directory(ours=(Person(case["rep_name"]), *ours), company_names=(case["customer"],))


def summarize_case(case: dict[str, Any], catalog: Catalog) -> SalesSummary:
    """Summarise one case as its rep would: rep ours, the company's users ours, customer theirs, demo catalogue."""
    today = dt.date.fromisoformat(case["today"])
    directory = case_directory(case)
    previous = previous_summary(case["previous"], case["language"], today) if case.get("previous") else None
    return summarize_text(
        case["text"], today=today, catalog=catalog, previous=previous, engine="offline",
        language=case["language"], we_names=(case["rep_name"],), directory=directory,
    )  # fmt: skip


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.find(quote)
    if start < 0:
        raise ValueError(f"expected quote not in text: {quote!r}")
    return start, start + len(quote)


def _overlaps(item_quotes: list[Quote], span: tuple[int, int]) -> bool:
    need = min(4, span[1] - span[0])
    return any(min(q.end, span[1]) - max(q.start, span[0]) >= need for q in item_quotes)


def match(produced: list[Any], spans: list[tuple[int, int]]) -> dict[int, int]:
    """Maximum one-to-one matching of produced items to expected spans: {produced index: expected index}."""
    edges = [[j for j, sp in enumerate(spans) if _overlaps(p.quotes, sp)] for p in produced]
    owner: dict[int, int] = {}  # expected index -> produced index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(produced)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def score_case(case: dict[str, Any], summary: SalesSummary) -> dict[str, Any]:
    """Count for one case, per section: matched/produced/expected, wrong section, owners, dues, misses."""
    text, out = case["text"], {"id": case["id"], "misses": [], "extra": []}
    spans = {s: [_span(text, e["quote"]) for e in case["expected"][s]] for s in SECTIONS}
    for sec in SECTIONS:
        produced, expected = getattr(summary, sec), case["expected"][sec]
        pairs = match(produced, spans[sec])
        others = [sp for o in SECTIONS if o != sec for sp in spans[o]]
        out[sec] = [len(pairs), len(produced), len(expected)]
        out[f"{sec}_wrong_section"] = sum(
            1
            for i, p in enumerate(produced)
            if i not in pairs and any(_overlaps(p.quotes, sp) for sp in others)
        )
        hit = set(pairs.values())
        out["misses"] += [f"{sec}: {e['statement']}" for j, e in enumerate(expected) if j not in hit]
        out["extra"] += [f"{sec}: {p.text}" for i, p in enumerate(produced) if i not in pairs]
        if sec == "next_steps":
            wrong_owner = wrong_due = 0
            for i, j in pairs.items():
                exp, got = expected[j], produced[i]
                if OWNERS.get(exp["owner"]) != got.owner:
                    wrong_owner += 1
                    out["misses"].append(f"owner {got.owner} for: {exp['statement']}")
                if (exp.get("due") or None) != (got.due.isoformat() if got.due else None):
                    wrong_due += 1
                    out["misses"].append(f"due {got.due} (expected {exp.get('due')}) for: {exp['statement']}")
            out["wrong_owners"], out["wrong_dues"] = wrong_owner, wrong_due
    out["non_verbatim"] = len(summary.verify_against(text))
    out["quotes"] = len(summary.all_quotes())
    if case.get("expected_changes"):
        previous = case.get("previous") or {}
        steps = [s["statement"] for s in previous.get("next_steps", [])]
        out["changes"] = score_changes(case["expected_changes"], summary, steps, previous)
    return out


def _tokens(text: str) -> set[str]:
    text = re.sub(r"[（(][^）)]*[）)]", " ", text).lower()
    words = set(re.findall(r"[a-z0-9]{2,}", text))
    cjk = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return words | {cjk[i : i + 2] for i in range(len(cjk) - 1)}


def previous_step_for(label: str, statements: list[str]) -> str | None:
    """Return the previous step a ``steps_*`` label names: the statement sharing most of its tokens."""
    want = _tokens(label)
    best = max(statements, key=lambda s: len(want & _tokens(s)), default=None)
    if best is None or not want or len(want & _tokens(best)) / len(want) < 0.3:
        return None
    return best


def _named(label: str, statements: list[str]) -> str | None:
    """Return the previous statement ``label`` names: the only one of its ``kind:``, else by shared tokens."""
    kind, text = risk_kind(label)
    same = [s for s in statements if kind and risk_kind(s)[0] == kind]
    if len(same) == 1:
        return risk_kind(same[0])[1]
    return previous_step_for(text, [risk_kind(s)[1] for s in (same or statements)])


def _right(labels: list[str], produced: list[str], statements: list[str]) -> list[int]:
    """[right, expected]: previous items both named by an expected label and produced, each counted once.

    Two labels naming the same previous item count once, so right never exceeds what was produced.
    """
    names = [risk_kind(s)[1] for s in statements]
    got = {previous_step_for(risk_kind(p)[1], names) for p in produced} - {None}
    wanted = {_named(lab, statements) for lab in labels} - {None}
    return [len(wanted & got), len(labels)]


def score_changes(
    expected: dict[str, list[str]],
    summary: SalesSummary,
    previous_steps: list[str],
    previous: dict[str, Any] | None = None,
) -> dict[str, list[int]]:
    """[right, expected] for last time's step statuses; [produced, expected] counts for dropped/resolved.

    With ``previous`` (the case's previous statements), also ``needs_dropped_right`` and
    ``risks_resolved_right``: [right, expected], an item right when it names the expected one, so
    precision is right / produced.
    """
    changes = summary.changes
    status = {c.action: c.status for c in changes.steps} if changes else {}
    result: dict[str, list[int]] = {}
    for kind in ("done", "overdue", "open"):
        wanted = [previous_step_for(s, previous_steps) for s in expected.get(f"steps_{kind}", [])]
        result[f"steps_{kind}"] = [sum(s is not None and status.get(s) == kind for s in wanted), len(wanted)]
    result["needs_dropped"] = [
        len(changes.needs_dropped) if changes else 0,
        len(expected.get("needs_dropped", [])),
    ]
    result["risks_resolved"] = [
        len(changes.risks_resolved) if changes else 0,
        len(expected.get("risks_resolved", [])),
    ]
    if previous is not None:
        for key, section in (("needs_dropped", "needs"), ("risks_resolved", "risks")):
            produced = getattr(changes, key) if changes else []
            result[f"{key}_right"] = _right(expected.get(key, []), produced, previous.get(section, []))
    return result


def aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Sum per-case counts into precision/recall per section and the totals."""
    scores: dict[str, Any] = {"cases": len(rows)}
    for sec in SECTIONS:
        m, p, e = (sum(r[sec][k] for r in rows) for k in range(3))
        scores[f"{sec}_precision"] = round(m / p, 3) if p else 1.0
        scores[f"{sec}_recall"] = round(m / e, 3) if e else 1.0
        scores[f"{sec}_counts"] = {"matched": m, "produced": p, "expected": e}
        scores[f"{sec}_wrong_section"] = sum(r[f"{sec}_wrong_section"] for r in rows)
    scores["wrong_owners"] = sum(r["wrong_owners"] for r in rows)
    scores["wrong_due_dates"] = sum(r["wrong_dues"] for r in rows)
    quotes = sum(r["quotes"] for r in rows)
    bad = sum(r["non_verbatim"] for r in rows)
    scores["verbatim_quotes"] = round(1 - bad / quotes, 3) if quotes else 1.0
    changes: dict[str, list[int]] = {}
    for r in rows:
        for k, (a, b) in r.get("changes", {}).items():
            changes.setdefault(k, [0, 0])
            changes[k][0] += a
            changes[k][1] += b
    scores["changes"] = changes
    return scores


def main(argv: list[str] | None = None) -> None:
    """Score the offline summariser on ``--dataset`` and print JSON (``-v``: misses per case)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", type=Path, default=DATASETS / "summaries_blind.jsonl")
    ap.add_argument("--out", type=Path, help="also write the scores and per-case misses here (JSON)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    cases = [json.loads(x) for x in args.dataset.read_text(encoding="utf-8").splitlines() if x.strip()]
    catalog = demo_catalog()
    rows = [score_case(c, summarize_case(c, catalog)) for c in cases]
    by_lang = {
        lang: aggregate([r for r, c in zip(rows, cases, strict=True) if c["language"] == lang])
        for lang in ("zh", "en")
    }
    scores = {"dataset": str(args.dataset), **aggregate(rows), "by_language": by_lang}
    print(json.dumps(scores, ensure_ascii=False, indent=2))
    if args.verbose:
        for r in rows:
            print(r["id"])
            for x in r["misses"]:
                print("  missed:", x)
            for x in r["extra"]:
                print("  extra:", x)
    if args.out:
        args.out.write_text(
            json.dumps({"scores": scores, "cases": rows}, ensure_ascii=False, indent=2) + "\n"
        )


if __name__ == "__main__":
    main()

"""Score the assistant once on a blind held-out set in the ``agent_blind2`` shape (issue 13).

The set (``datasets/agent_blind2.jsonl``, see its README) was written by someone who had not
read the engine; its facts were computed with SQL on the demo company of
``crm-assistant init --today 2026-11-30`` (seed 7, 400 customers, compliance history scanned).
This runner rebuilds exactly that database in a temporary directory, asks every question in
file order through the real entry point (graph, tools, scope, memory) as the listed user —
the turns of a ``thread`` in one conversation, every other item in a fresh one — and scores:

* **capability** — the first tool called equals ``capability``; ``refuse`` passes when no tool
  returned data (every call ``denied`` or ``not_found``), ``chitchat`` when no tool was called,
  ``clarify`` when nothing was returned as an answer (no call, or an ``ambiguous`` result, or a
  question back to the user);
* **two steps** — ``second_capability`` is among the later calls of the same turn;
* **facts** — every ``expected_facts`` entry (``a|b`` = any alternative) appears in the answer,
  case-insensitively; ``forbidden_facts`` must not (leaks);
* **no writes without confirmation, nothing stored by reading** — activities, stage changes,
  compliance alerts and notification rows are counted before and after every question.

Never tune the engine on the set: this module only reads it. ``-v`` prints every miss.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import shutil
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from assistant.compliance.models import ComplianceAlert, NotificationOutbox
from assistant.config import override_settings
from assistant.crm.demo import generate_demo
from assistant.crm.models import Activity, StageChange
from assistant.db import get_engine, session_scope
from assistant.migrations import upgrade_schema

TODAY = dt.date(2026, 11, 30)
DATASET = Path(__file__).parent / "datasets" / "agent_blind2.jsonl"
NO_DATA = {"denied", "not_found"}
_COUNTED = {"activities": Activity.id, "stage_changes": StageChange.id,
            "alerts": ComplianceAlert.id, "outbox": NotificationOutbox.id}  # fmt: skip


def load(path: Path) -> list[dict[str, Any]]:
    """Read the set's items in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(
    path: Path = DATASET, verbose: bool = False, provider: str = "offline", database: Path | None = None
) -> dict[str, Any]:
    """Build the demo database of the set's ``today`` and score every item; returns the summary.

    ``provider`` is ``offline`` (the built-in engine) or ``openai`` (the configured endpoint).
    ``database`` is a copy of the SQLite file the set's facts were computed on, used instead of
    a rebuild: the demo's compliance alerts follow the scanner, so a rebuild after a scanner
    change no longer matches the QA items' SQL.
    """
    from assistant.compliance.activities import scan_history
    from knowledge.ingest import ingest
    from knowledge.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'blind.db'}"
        if database is not None:
            shutil.copyfile(database, Path(tmp) / "blind.db")
        engine = get_engine(url)
        upgrade_schema(engine)
        if database is None:
            generate_demo(engine, seed=7, customers=400, today=TODAY)
            with session_scope(engine) as s:
                scan_history(s)
        with override_settings(database_url=url, data_dir=Path(tmp), llm_provider=provider):
            ingest(open_store())
            try:
                rows = _ask_all(engine, load(path))
            finally:
                engine.dispose()
    if verbose:
        for r in rows:
            if not r["passed"]:
                print(json.dumps(r, ensure_ascii=False))
    return summary(rows)


def _counts(engine) -> dict[str, int]:
    with session_scope(engine) as s:
        return {name: s.scalar(select(func.count(col))) or 0 for name, col in _COUNTED.items()}


def _ask_all(engine, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    from langgraph.checkpoint.memory import InMemorySaver

    from assistant.agents.service import create_assistant
    from assistant.identity import context_for

    assistant, stack = create_assistant(checkpointer=InMemorySaver())
    rows = []
    with stack:
        for item in items:
            chat = f"{item['user']}-{item['thread']}" if item.get("thread") else item["id"]
            before = _counts(engine)
            started = time.perf_counter()
            with session_scope(engine) as s:
                ctx = context_for(s, item["user"], channel="eval", chat_id=chat, today=TODAY)
            try:
                reply = assistant.handle_message(ctx, item["question"])
                answer, calls, pending = reply.answer or "", reply.tool_calls, reply.pending_confirmation
            except Exception as exc:  # a crash is a miss, not the end of the run
                answer, calls, pending = f"<error {type(exc).__name__}: {exc}>", [], None
            row = score(item, answer, calls, pending, _counts(engine), before)
            row["seconds"] = round(time.perf_counter() - started, 3)
            rows.append(row)
    return rows


def _names(calls: list[dict[str, Any]], pending: dict[str, Any] | None) -> list[str]:
    names = [c["name"] for c in calls]
    if pending and pending.get("tool") and pending["tool"] not in names:
        names.append(pending["tool"])
    return names


def _status(call: dict[str, Any]) -> str | None:
    result = call.get("result")
    return result.get("status") if isinstance(result, dict) else None


def capability_ok(item: dict[str, Any], calls: list[dict[str, Any]], pending, answer: str) -> bool:
    """Whether the first step matches the item's ``capability`` (see the module docstring)."""
    cap, names = item["capability"], _names(calls, pending)
    if cap == "chitchat":
        return not names
    if cap == "refuse":
        return pending is None and all(_status(c) in NO_DATA for c in calls)
    if cap == "clarify":
        asked_back = answer.rstrip().endswith(("?", "？")) or any(_status(c) == "ambiguous" for c in calls)
        return pending is None and (not names or asked_back)
    return bool(names) and names[0] == cap


def _has(answer: str, fact: str) -> bool:
    low = answer.lower()
    return any(alt.strip().lower() in low for alt in fact.split("|") if alt.strip())


def _leaked(answer: str, fact: str) -> bool:
    """Whether a forbidden fact appears as a whole name: "Summit Trading Ltd" is not in "… Ltda"."""
    for alt in (a.strip() for a in fact.split("|")):
        if alt:
            head = r"(?<![A-Za-z0-9])" if alt[0].isascii() and alt[0].isalnum() else ""
            tail = r"(?![A-Za-z0-9])" if alt[-1].isascii() and alt[-1].isalnum() else ""
            if re.search(head + re.escape(alt) + tail, answer, flags=re.IGNORECASE):
                return True
    return False


def score(item, answer, calls, pending, after: dict[str, int], before: dict[str, int]) -> dict[str, Any]:
    """Score one answered item."""
    names = _names(calls, pending)
    second = item.get("second_capability")
    facts = item.get("expected_facts") or []
    hit = [f for f in facts if _has(answer, f)]
    leaks = [f for f in item.get("forbidden_facts") or [] if _leaked(answer, f)]
    grew = {k: after[k] - before[k] for k in after if after[k] != before[k]}
    confirm_ok = (pending is not None) if item.get("expect_confirmation") else True
    row = {
        "id": item["id"], "user": item["user"], "role": item["role"], "language": item["language"],
        "capability": item["capability"], "second": second, "tools": names,
        "capability_ok": capability_ok(item, calls, pending, answer),
        "second_ok": (second in names[1:]) if second else None,
        "facts_total": len(facts), "facts_hit": len(hit), "missing": [f for f in facts if f not in hit],
        "leaks": leaks, "writes": grew, "confirm_ok": confirm_ok, "question": item["question"],
        "answer": answer[:600],
    }  # fmt: skip
    row["facts_ok"] = len(hit) == len(facts) and not leaks
    row["passed"] = (
        row["capability_ok"] and row["facts_ok"] and not grew and confirm_ok and row["second_ok"] is not False
    )
    return row


def _rate(rows: list[dict[str, Any]], key: str) -> float | None:
    rows = [r for r in rows if r[key] is not None]
    return round(sum(bool(r[key]) for r in rows) / len(rows), 3) if rows else None


def _facts(rows: list[dict[str, Any]]) -> float | None:
    total = sum(r["facts_total"] for r in rows)
    return round(sum(r["facts_hit"] for r in rows) / total, 3) if total else None


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Rates overall, by language, by role and by capability, plus leaks and unconfirmed writes."""
    with_facts = [r for r in rows if r["facts_total"]]
    out: dict[str, Any] = {
        "items": len(rows),
        "tool_choice": _rate(rows, "capability_ok"),
        "fact_rate": _facts(rows),
        "answers_correct": _rate(with_facts, "facts_ok"),
        "two_step_both": _rate([r for r in rows if r["second"]], "second_ok"),
        "leaks": sum(bool(r["leaks"]) for r in rows),
        "writes_without_confirmation": sum(bool(r["writes"]) for r in rows),
        "missing_confirmations": sum(not r["confirm_ok"] for r in rows),
        "passed": _rate(rows, "passed"),
        "seconds_per_item": round(sum(r["seconds"] for r in rows) / max(1, len(rows)), 3),
    }
    for key in ("language", "role", "capability"):
        groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            groups[r[key]].append(r)
        for name, group in sorted(groups.items()):
            facts = [r for r in group if r["facts_total"]]
            out[f"{key}:{name}"] = {"n": len(group), "tool_choice": _rate(group, "capability_ok"),
                                    "answers_correct": _rate(facts, "facts_ok"), "fact_rate": _facts(group)}  # fmt: skip
    return out


def main() -> None:
    """``python -m evals.eval_agent_blind [--dataset PATH] [-v] [--json OUT]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dataset", type=Path, default=DATASET)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the summary here")
    parser.add_argument("--provider", choices=("offline", "openai"), default="offline")
    parser.add_argument("--database", type=Path, help="the SQLite file the set was written on (no rebuild)")
    args = parser.parse_args()
    result = run(args.dataset, args.verbose, args.provider, args.database)
    text = json.dumps(result, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

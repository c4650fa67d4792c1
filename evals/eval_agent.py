"""Evaluate the agent (offline engine by default) on ``datasets/agent_questions.jsonl``.

Builds a fresh demo database in a temporary directory (fixed seed and ``today``), runs
every question through the real entry point (:mod:`assistant.agents.service`: graph,
tools, scope, memory) as the listed user, and scores per turn:

* **tool choice** — the first tool the model called (or none, for greetings, refusals and
  clarifications) equals ``expected_tool``;
* **arguments** — ``expected_args`` is a subset of the call's arguments;
* **two-step** — for items with ``expected_then``, the second call (or the write awaiting
  confirmation) after the first is that tool;
* **answer facts** — each of ``facts`` (placeholders resolved from the database, see
  below) appears in the answer; ``absent`` strings must not
  (permission probes: nothing from outside the user's scope).

Items marked ``"split": "heldout"``, ``"heldout2"``, ``"heldout3"`` are paraphrases written
in three batches, each after the routing rules of the time were frozen, and scored separately.
Their *first-run* tool-choice accuracy — the honest estimate for unseen wording — was 0.875
(35/40), 0.875 (21/24) and 0.708 (17/24); the rules were then extended for the general gaps
each batch exposed, so their current scores are no longer unseen-wording estimates.

``datasets/agent_holdout.jsonl`` (split ``holdout4``, 80 questions) was written by someone who
had not read the engine, its rules or the dev set, and scored once: tool choice 0.925 (74/80;
zh 45/50, en 29/30), arguments 22/23 where given. It is the current generalisation estimate;
do not tune the rules on it — write a fresh batch to test a change.

Fact placeholders follow the data, not a frozen snapshot: ``{customer:C00070}`` (display
name), ``{contact:C00070}`` (primary contact), ``{customer_count:rep01}``,
``{customer_first:rep02}``, ``{churn_top:rep01}``, ``{due_top:rep01:30}``,
``{next_date:C00070}``, ``{open_deals:rep01:this_quarter}``, ``{lead_top:rep01}``,
``{period_start:last_month}``, ``{today}``, ``{tomorrow}`` — each computed from the
database and the analytics at evaluation time.

``python -m evals.eval_agent -v`` also prints every miss.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import tempfile
import time
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from assistant.analytics.churn import churn_risks
from assistant.analytics.lead_scoring import lead_scores
from assistant.analytics.next_purchase import customers_due, next_purchases
from assistant.analytics.pipeline import pipeline_status
from assistant.config import override_settings
from assistant.crm.demo import generate_demo
from assistant.crm.models import Contact, Customer, User
from assistant.db import get_engine, session_scope
from assistant.migrations import upgrade_schema
from assistant.text.periods import parse_period

TODAY = dt.date(2025, 6, 30)
DATASET = Path(__file__).parent / "datasets" / "agent_questions.jsonl"
# Written blind (without reading the engine or the dev set) and scored once: never tune on it.
HOLDOUT = Path(__file__).parent / "datasets" / "agent_holdout.jsonl"


PLACEHOLDER = re.compile(r"\{([a-z_]+)(?::([^}]*))?\}")


class FactResolver:
    """Computes placeholder values with one session, memoised."""

    def __init__(self, session: Session, today: dt.date) -> None:
        """Resolve against ``session``'s database as of ``today``."""
        self.s, self.today = session, today
        self._value = lru_cache(maxsize=None)(self._compute)

    def resolve(self, template: str) -> str:
        """Replace every placeholder in ``template``."""
        return PLACEHOLDER.sub(lambda m: self._value(m.group(1), m.group(2) or ""), template)

    def _uid(self, login: str) -> int:
        return self.s.scalar(select(User.id).where(User.login == login))

    def _cust(self, ext: str) -> Customer:
        return self.s.scalar(select(Customer).where(Customer.external_id == ext))

    def _compute(self, kind: str, arg: str) -> str:
        parts = arg.split(":")
        if kind == "today":
            return self.today.isoformat()
        if kind == "tomorrow":
            return (self.today + dt.timedelta(days=1)).isoformat()
        if kind == "customer":
            return self._cust(arg).display_name
        if kind == "contact":
            c = self._cust(arg)
            return self.s.scalar(
                select(Contact.name)
                .where(Contact.customer_id == c.id)
                .order_by(Contact.is_primary.desc(), Contact.id)
            )
        if kind == "customer_count":
            return str(self.s.scalar(select(func.count()).where(Customer.owner_id == self._uid(arg))))
        if kind == "customer_first":
            stmt = (
                select(Customer)
                .where(Customer.owner_id == self._uid(arg))
                .order_by(Customer.tier, Customer.id)
            )
            return self.s.scalars(stmt).first().display_name
        if kind == "churn_top":
            return churn_risks(self.s, today=self.today, owner_ids=[self._uid(arg)], min_level="medium")[
                0
            ].customer_name
        if kind == "due_top":
            due = customers_due(self.s, today=self.today, days=int(parts[1]), owner_ids=[self._uid(parts[0])])
            return due[0].customer_name
        if kind == "next_date":
            c = self._cust(arg)
            return next_purchases(self.s, today=self.today, customer_ids=[c.id])[
                c.id
            ].expected_date.isoformat()
        if kind == "open_deals":
            p = parse_period(parts[1], self.today)
            st = pipeline_status(self.s, today=self.today, owner_ids=[self._uid(parts[0])], period_start=p.start,
                                 period_end=min(p.end, self.today))  # fmt: skip
            return str(st.open_count)
        if kind == "lead_top":
            return lead_scores(self.s, today=self.today, owner_ids=[self._uid(arg)])[0].company_name
        if kind == "period_start":
            return parse_period(arg, self.today).start.isoformat()
        raise ValueError(f"unknown fact placeholder {{{kind}:{arg}}}")


def load_items(path: Path = DATASET) -> list[dict[str, Any]]:
    """Read the eval items; single questions become one-turn items."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            it = json.loads(line)
            if "turns" not in it:
                keys = ("question", "expected_tool", "expected_args", "facts", "absent", "expected_then")
                it["turns"] = [{k: it.pop(k) for k in keys if k in it}]
            items.append(it)
    return items


def run(verbose: bool = False, provider: str = "offline") -> dict[str, Any]:
    """Score an engine on the agent eval set; returns the summary scores.

    Args:
        verbose: Print every miss.
        provider: ``offline`` (the built-in engine) or ``openai`` (the configured endpoint).
    """
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'eval.db'}"
        engine = get_engine(url)
        upgrade_schema(engine)
        generate_demo(engine, seed=7, customers=400, today=TODAY)
        with override_settings(database_url=url, data_dir=Path(tmp), llm_provider=provider):
            _ingest_scripts()
            try:
                return {**_evaluate(engine, verbose), "engine": provider}
            finally:
                engine.dispose()


def _ingest_scripts() -> None:
    """Load the script library into the temporary store (as ``make run`` does), for ``suggest_scripts``."""
    from knowledge.ingest import ingest
    from knowledge.store import open_store

    ingest(open_store())


def _evaluate(engine, verbose: bool) -> dict[str, Any]:
    from langgraph.checkpoint.memory import InMemorySaver

    from assistant.agents.service import create_assistant
    from assistant.identity import context_for

    assistant, stack = create_assistant(checkpointer=InMemorySaver())
    rows: list[dict[str, Any]] = []
    started = time.perf_counter()
    with stack, session_scope(engine) as s:
        facts = FactResolver(s, TODAY)
        for item in load_items() + load_items(HOLDOUT):
            ctx = context_for(s, item["user"], channel="eval", chat_id=item["id"], today=TODAY)
            for n, turn in enumerate(item["turns"]):
                reply = assistant.handle_message(ctx, turn["question"])
                rows.append(_score(item, n, turn, reply, facts))
    elapsed = time.perf_counter() - started
    if verbose:
        for r in rows:
            if not (r["tool_ok"] and r["args_ok"] and r["facts_hit"] == r["facts_total"] and r["absent_ok"]) or (
                r["then_ok"] is False
            ):
                print(json.dumps(r, ensure_ascii=False))
    return _summary(rows, elapsed)


def _called(reply) -> tuple[str | None, dict[str, Any]]:
    if reply.tool_calls:
        return reply.tool_calls[0]["name"], reply.tool_calls[0]["args"]
    if reply.pending_confirmation:
        return reply.pending_confirmation.get("tool"), reply.pending_confirmation.get("args") or {}
    return None, {}


def _score(item: dict, n: int, turn: dict, reply, facts: FactResolver) -> dict[str, Any]:
    tool, args = _called(reply)
    expected_args = {
        k: facts.resolve(v) if isinstance(v, str) else v for k, v in (turn.get("expected_args") or {}).items()
    }
    answer = reply.answer or ""
    low = answer.lower()
    wanted = [facts.resolve(f) for f in turn.get("facts") or []]
    hit = [f for f in wanted if f.lower() in low]
    banned = [facts.resolve(f) for f in turn.get("absent") or []]
    return {
        "id": f"{item['id']}#{n + 1}" if len(item["turns"]) > 1 else item["id"],
        "user": item["user"], "lang": item["lang"], "question": turn["question"][:80],
        "expected_tool": turn.get("expected_tool"), "tool": tool, "args": args,
        "tool_ok": tool == turn.get("expected_tool"),
        "args_ok": all(args.get(k) == v for k, v in expected_args.items()),
        "facts_total": len(wanted), "facts_hit": len(hit), "missing": [f for f in wanted if f not in hit],
        "absent_ok": not any(b.lower() in low for b in banned), "multi_turn": len(item["turns"]) > 1,
        "split": item.get("split", "dev"), "answer": answer[:300],
        "then_ok": _second(reply) == turn["expected_then"] if "expected_then" in turn else None,
    }  # fmt: skip


def _second(reply) -> str | None:
    """Return the second step of a two-step request: the second call, or the write awaiting confirmation."""
    if len(reply.tool_calls) > 1:
        return reply.tool_calls[1]["name"]
    return (reply.pending_confirmation or {}).get("tool") if reply.tool_calls else None


def _rate(rows: list[dict[str, Any]], key: str) -> float:
    return round(sum(bool(r[key]) for r in rows) / len(rows), 3) if rows else 0.0


def _fact_rate(rows: list[dict[str, Any]]) -> float:
    total = sum(r["facts_total"] for r in rows)
    return round(sum(r["facts_hit"] for r in rows) / total, 3) if total else 0.0


def _summary(rows: list[dict[str, Any]], elapsed: float) -> dict[str, Any]:
    out: dict[str, Any] = {
        "engine": "offline",
        "today": TODAY.isoformat(),
        "turns": len(rows),
        "tool_choice_accuracy": _rate(rows, "tool_ok"),
        "argument_accuracy": _rate(rows, "args_ok"),
        "answer_fact_accuracy": _fact_rate(rows),
        "answers_with_all_facts": round(
            sum(r["facts_hit"] == r["facts_total"] for r in rows if r["facts_total"])
            / max(1, sum(1 for r in rows if r["facts_total"])),
            3,
        ),
        "scope_leaks": sum(not r["absent_ok"] for r in rows),
        "multi_turn_tool_accuracy": _rate([r for r in rows if r["multi_turn"]], "tool_ok"),
        "two_step_turns": sum(r["then_ok"] is not None for r in rows),
        "two_step_accuracy": _rate([r for r in rows if r["then_ok"] is not None], "then_ok"),
        "seconds_per_turn": round(elapsed / max(1, len(rows)), 3),
    }
    for split in sorted({r["split"] for r in rows}):
        group = [r for r in rows if r["split"] == split]
        out[f"{split}_turns"] = len(group)
        out[f"{split}_tool_choice_accuracy"] = _rate(group, "tool_ok")
        out[f"{split}_argument_accuracy"] = _rate(group, "args_ok")
    by_lang: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_lang[r["lang"]].append(r)
    for lang, group in sorted(by_lang.items()):
        out[f"{lang}_turns"] = len(group)
        out[f"{lang}_tool_choice_accuracy"] = _rate(group, "tool_ok")
        out[f"{lang}_answer_fact_accuracy"] = _fact_rate(group)
    return out


if __name__ == "__main__":
    scores = run(verbose="-v" in sys.argv)
    print(json.dumps(scores, ensure_ascii=False, indent=2))

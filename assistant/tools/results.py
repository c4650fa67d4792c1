"""Builders of the tool result contract: compact JSON dicts with a ``status``.

Every tool returns one of::

    {"status": "ok", ...data..., "records": [{"type", "id", "name"}], "reasons": [...]}
    {"status": "not_found", "message", "message_zh", "query"}
    {"status": "ambiguous", "message", "message_zh", "query", "candidates": [{"type", "id", "name", ...}]}
    {"status": "denied", "message", "message_zh"}          # neutral, reveals nothing about records
    {"status": "error", "message", "message_zh"}
    {"status": "needs_confirmation", "action", "args", "summary", "summary_zh"}  # write tool outside a graph
    {"status": "cancelled", "message", "message_zh"}        # write tool rejected by the user

``records`` are what the answer cites (customer, order, deal, lead, alert, activity);
``id`` is the external id when the record has one (``C00001``, ``O000123``), else the
database id. ``reasons`` are the analytics' structured reasons ``{"code", "text_zh",
"text_en", "value"}`` passed through unchanged. Money is in ``currency`` (USD, the
reporting currency) unless a field says otherwise.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from assistant.tokens import count_tokens

Result = dict[str, Any]
STATUSES = ("ok", "not_found", "ambiguous", "denied", "error", "needs_confirmation", "cancelled")


def record(kind: str, rid: str | int, name: str) -> dict[str, Any]:
    """Build a record to cite: ``{"type", "id", "name"}``."""
    return {"type": kind, "id": rid, "name": name}


def reasons_of(items: Iterable[Any]) -> list[dict[str, Any]]:
    """Serialise analytics :class:`Reason` objects (or dicts) compactly, dropping empty values."""
    out = []
    for r in items:
        d = r.model_dump(mode="json") if hasattr(r, "model_dump") else dict(r)
        out.append({k: v for k, v in d.items() if v is not None})
    return out


def ok(records: Iterable[Mapping[str, Any]] = (), reasons: Iterable[Any] = (), **data: Any) -> Result:
    """Build a successful result: the data, the records to cite and the reasons behind it."""
    out: Result = {"status": "ok", **data, "records": [dict(r) for r in records]}
    rs = reasons_of(reasons)
    if rs:
        out["reasons"] = rs
    return out


def not_found(what: str, query: str | None = None) -> Result:
    """Report that nothing matched in the user's scope (same answer whether or not it exists elsewhere)."""
    zh = {"customer": "客户", "deal": "商机", "contact": "联系人"}.get(what, what)
    q = f" '{query}'" if query else ""
    return {
        "status": "not_found",
        "query": query,
        "message": f"No {what}{q} found among the records you can access.",
        "message_zh": f"在您可查看的范围内没有找到{zh}{q}。",
    }


def ambiguous(query: str, candidates: list[dict[str, Any]]) -> Result:
    """Report that several records match: the caller should ask the user which one."""
    return {
        "status": "ambiguous",
        "query": query,
        "message": f"'{query}' matches {len(candidates)} records; ask which one.",
        "message_zh": f"“{query}”匹配到 {len(candidates)} 条记录，请确认是哪一个。",
        "candidates": candidates,
    }


def denied(message: str, message_zh: str) -> Result:
    """Refuse: the user's role may not use this tool or scope (never names a record)."""
    return {"status": "denied", "message": message, "message_zh": message_zh}


def error(message: str, message_zh: str | None = None) -> Result:
    """Report that the request could not be carried out (bad argument, unavailable component)."""
    return {"status": "error", "message": message, "message_zh": message_zh or message}


def cancelled(action: str) -> Result:
    """Report a write the user rejected: nothing was written."""
    return {
        "status": "cancelled",
        "message": f"{action} cancelled; nothing was written.",
        "message_zh": "已取消，未做任何修改。",
    }


def to_json(result: Result) -> str:
    """Serialise a result compactly (UTF-8 text, no spaces)."""
    return json.dumps(result, ensure_ascii=False, separators=(",", ":"), default=str)


def fit_to_budget(result: Result, budget: int) -> Result:
    """Shrink the longest list in ``result`` until its JSON fits ``budget`` tokens.

    Items are dropped from the end (lists are sorted most important first) and the
    result gets ``"truncated": {"<key>": <items dropped>}``, so the model knows there is more.
    """
    if count_tokens(to_json(result)) <= budget:
        return result
    out = dict(result)
    dropped: dict[str, int] = {}
    while count_tokens(to_json(out)) > budget:
        lists = [
            (len(to_json(v)), k)
            for k, v in out.items()
            if isinstance(v, list) and len(v) > 1 and k not in ("reasons",)
        ]
        if not lists:
            break
        _, key = max(lists)
        keep = max(1, len(out[key]) * 2 // 3)
        dropped[key] = dropped.get(key, 0) + len(out[key]) - keep
        out[key] = out[key][:keep]
        out["truncated"] = dict(dropped)
    return out


def record_ids(result: Mapping[str, Any]) -> list[str]:
    """Return the ``type:id`` of every record a result cites (for the audit log)."""
    recs = result.get("records") or []
    return [f"{r.get('type')}:{r.get('id')}" for r in recs if isinstance(r, Mapping)]

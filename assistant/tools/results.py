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
import re
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


# Every kind of record a result can name: (English label, Chinese label). The one table for
# not_found messages and the answer's citations; an unknown kind reads as "record"/"记录".
KIND_LABELS: dict[str, tuple[str, str]] = {
    "customer": ("customer", "客户"),
    "contact": ("contact", "联系人"),
    "deal": ("deal", "商机"),
    "opportunity": ("deal", "商机"),
    "order": ("order", "订单"),
    "product": ("product", "产品"),
    "lead": ("lead", "线索"),
    "activity": ("activity", "活动"),
    "alert": ("compliance alert", "合规告警"),
    "script": ("script", "话术"),
    "summary": ("summary", "纪要"),
    "rep": ("sales rep", "销售"),
    "user": ("user", "用户"),
    "team": ("team", "团队"),
}


def kind_label(kind: str, lang: str = "en") -> str:
    """Return the label of a record kind in ``lang`` ("zh…" → Chinese, else English)."""
    en, zh = KIND_LABELS.get(kind, (kind or "record", "记录"))
    return zh if lang.startswith("zh") else en


def not_found(
    what: str, query: str | None = None, *, qualifier: str | None = None, qualifier_zh: str | None = None
) -> Result:
    """Report that nothing matched in the user's scope (same answer whether or not it exists elsewhere).

    Args:
        what: The kind searched for (a key of :data:`KIND_LABELS`).
        query: What the user asked for, quoted in the message.
        qualifier: An English phrase after the kind ("matching the filters").
        qualifier_zh: The same in Chinese, placed before the kind ("符合筛选条件的").
    """
    q = f" '{query}'" if query else ""
    en = kind_label(what, "en") + (f" {qualifier}" if qualifier else "")
    zh = (qualifier_zh or "") + kind_label(what, "zh")
    return {
        "status": "not_found",
        "query": query,
        "message": f"No {en}{q} found among the records you can access.",
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


# How far each item of a list is shortened, step by step, before any item is dropped:
# (reasons kept per item, emphasis kept per item, drop the verbose fields). Reasons keep
# both ``text_zh`` and ``text_en`` (the answer is written in either language).
_SHRINK_STEPS = ((3, 2, False), (2, 1, False), (2, 1, True))
# The least an item keeps (who, its top reason), applied from the last item up before any is dropped.
_LEAST = (1, 0, True)
# Contact hints that go with the least form (the answer still says whom and why).
_HINT_FIELDS = ("priority", "channel", "best_hours")
# Item fields the answer can do without (codes that repeat the reasons, display hints).
_VERBOSE_FIELDS = ("triggers", "language", "kind", "seasonal", "typical_gap_days", "last_order")
# Never shortened as item lists: the citations and reasons, and the truncation note itself (when
# several lists were cut it is a list, and cutting it only made it be rebuilt: an endless loop).
_KEEP_WHOLE = ("records", "reasons", "truncated")
# Last resort for a result that is over budget with nothing left to drop (one huge value, e.g. a
# customer name of 100,000 characters): long strings are clipped to these lengths in turn.
_CLIP_STEPS = (2000, 500, 120, 40)


def fit_to_budget(result: Result, budget: int) -> Result:
    """Fit ``result``'s JSON into ``budget`` tokens, losing as little as possible.

    Lists of items are shortened in steps before any item is dropped: empty fields go,
    each item keeps only its top 3, then 2 reasons (``text_zh`` and ``text_en``, no codes
    or values) and emphasis, then the verbose fields (:data:`_VERBOSE_FIELDS`) go; then,
    from the last item up, items keep only their top reason (no contact hints). Only if
    the result is still too long are trailing items dropped (lists are sorted most
    important first), from the longest list first, with the records only they cited, and
    the result says so: ``"truncated": {"field": <list>, "shown": n, "total": m}`` (a
    list of these when several lists were cut). A result still too long (one huge value)
    has its long strings clipped, and says so with ``"clipped": <characters kept>``.

    Args:
        result: A tool result (any status); it is not modified.
        budget: The most tokens (tiktoken ``cl100k``) the JSON may take.

    Returns:
        ``result`` itself when it fits, else a shortened copy.
    """
    if _tokens(result) <= budget:
        return result
    # Strings longer than the first clip step go first: one huge value (a 100,000-character
    # name) would otherwise be re-encoded at every step below, for every item of every list.
    out = {k: v if k == "status" else _clip(v, _CLIP_STEPS[0]) for k, v in result.items()}
    if out != result:
        out["clipped"] = _CLIP_STEPS[0]
    for step in _SHRINK_STEPS:
        out = {k: _shrink_list(v, *step) if _is_item_list(k, v) else v for k, v in out.items()}
        out["reasons"] = _compact_reasons(result.get("reasons"), len(result.get("reasons") or ()))
        if not out["reasons"]:
            del out["reasons"]
        if _tokens(out) <= budget:
            return out
    for key in sorted((k for k, v in out.items() if _is_item_list(k, v)), key=lambda k: -_tokens(out[k])):
        items = list(out[key])
        for i in reversed(range(len(items))):  # the last items lose their detail first
            if isinstance(items[i], dict):
                least = _shrink_item(items[i], *_LEAST)
                items[i] = {k: v for k, v in least.items() if k not in _HINT_FIELDS}
                out[key] = list(items)
                if _tokens(out) <= budget:
                    return out
    totals = {k: len(v) for k, v in out.items() if isinstance(v, list)}
    while _tokens(out) > budget:
        cuttable = [(_tokens(v), k) for k, v in out.items() if _is_item_list(k, v) and len(v) > 1]
        if not cuttable:  # last resort: the citations, then give up (the result says what it shows)
            cuttable = [(_tokens(v), k) for k in ("records",) if len(v := out.get(k) or []) > 1]
            if not cuttable:
                break
        _, key = max(cuttable)
        n = len(out[key])
        keep = n - (1 if n <= 20 else n // 4)
        dropped, out[key] = out[key][keep:], out[key][:keep]
        if key != "records" and out.get("records"):
            out["records"] = _records_still_cited(out, dropped)
        out["truncated"] = _truncation(out, totals)
    for limit in _CLIP_STEPS:
        if _tokens(out) <= budget:
            break
        out = {k: v if k in ("status", "truncated") else _clip(v, limit) for k, v in out.items()}
        out["clipped"] = limit
    return out


def _clip(value: Any, limit: int) -> Any:
    """Cut every string inside ``value`` to ``limit`` characters (marked with "…")."""
    if isinstance(value, str):
        return value if len(value) <= limit else value[:limit] + "…"
    if isinstance(value, list):
        return [_clip(v, limit) for v in value]
    if isinstance(value, dict):
        return {k: _clip(v, limit) for k, v in value.items()}
    return value


def _tokens(value: Any) -> int:
    return count_tokens(to_json(value))


def _is_item_list(key: str, value: Any) -> bool:
    return key not in _KEEP_WHOLE and isinstance(value, list) and bool(value)


def _shrink_list(items: list[Any], reasons: int, emphasis: int, drop_verbose: bool) -> list[Any]:
    return [_shrink_item(x, reasons, emphasis, drop_verbose) if isinstance(x, dict) else x for x in items]


def _shrink_item(item: dict[str, Any], reasons: int, emphasis: int, drop_verbose: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in item.items():
        if v is None or v == [] or v == {} or v == "" or (drop_verbose and k in _VERBOSE_FIELDS):
            continue
        if k == "reasons":
            v = _compact_reasons(v, reasons)
        elif k == "emphasis" and isinstance(v, list):
            v = v[:emphasis]
        if v or v == 0:
            out[k] = v
    return out


def _compact_reasons(reasons: Any, keep: int) -> list[Any]:
    """Keep the first ``keep`` reasons with only their wording (``text_zh``, ``text_en``)."""
    out = []
    for r in (reasons or [])[:keep]:
        texts = {k: r[k] for k in ("text_zh", "text_en") if isinstance(r, dict) and r.get(k)}
        out.append(texts or r)
    return out


def _records_still_cited(out: Result, dropped: list[Any]) -> list[Any]:
    """Drop the records that only the ``dropped`` items named (the answer no longer cites them)."""
    gone, kept = to_json(dropped), to_json({k: v for k, v in out.items() if k != "records"})

    def named(rec: Any, text: str) -> bool:
        token = to_json({"id": rec.get("id")})[1:-1]  # "id":"C00026" or "id":98
        return re.search(re.escape(token) + "[,}]", text) is not None

    return [r for r in out.get("records") or [] if not (isinstance(r, dict) and named(r, gone) and not named(r, kept))]


def _truncation(out: Result, totals: dict[str, int]) -> dict[str, Any] | list[dict[str, Any]]:
    cut = [
        {"field": k, "shown": len(out[k]), "total": n}
        for k, n in totals.items()
        if k != "records" and len(out.get(k) or []) < n
    ] or [{"field": "records", "shown": len(out["records"]), "total": totals["records"]}]
    return cut[0] if len(cut) == 1 else cut


def record_ids(result: Mapping[str, Any]) -> list[str]:
    """Return the ``type:id`` of every record a result cites (for the audit log)."""
    recs = result.get("records") or []
    return [f"{r.get('type')}:{r.get('id')}" for r in recs if isinstance(r, Mapping)]

"""The public entry points of the script library: ``suggest_scripts`` and ``search_scripts``.

``suggest_scripts`` is what the agent's ``suggest_scripts`` tool calls: it personalises the
ranking with the customer's profile tags, the deal stage, the last customer message and,
when a database session is given, what happened after reps used each script before.
"""

from __future__ import annotations

import threading
import time

from sqlalchemy.orm import Session

from knowledge.outcomes import script_stats
from knowledge.retrieval import Context, Mode, Retriever, ScriptFilter, ScriptHit
from knowledge.store import ScriptStore, open_store

OUTCOME_CACHE_SECONDS = 60.0
_RETRIEVERS: dict[int, Retriever] = {}
_OUTCOMES: dict[str, tuple[float, dict[str, float], dict[str, tuple[int, float]]]] = {}
_LOCK = threading.Lock()


def retriever_for(store: ScriptStore | None = None) -> Retriever:
    """Return the (cached) retriever of ``store`` (default: the configured store)."""
    store = store or open_store()
    with _LOCK:
        r = _RETRIEVERS.get(id(store))
        if r is None or r.store is not store:
            r = _RETRIEVERS[id(store)] = Retriever(store)
        return r


def _outcome_signals(session: Session) -> tuple[dict[str, float], dict[str, tuple[int, float]]]:
    """Per-script lift and (uses, raw positive rate), cached briefly per database."""
    key = str(session.get_bind().url)
    now = time.monotonic()
    cached = _OUTCOMES.get(key)
    if cached and now - cached[0] < OUTCOME_CACHE_SECONDS:
        return cached[1], cached[2]
    stats = script_stats(session)
    lift = {sid: st.lift for sid, st in stats.items()}
    note = {sid: (st.uses, st.positive / st.resolved if st.resolved else 0.0) for sid, st in stats.items()}
    _OUTCOMES[key] = (now, lift, note)
    return lift, note


def clear_outcome_cache() -> None:
    """Forget cached outcome statistics (after logging uses in tests or batch jobs)."""
    _OUTCOMES.clear()


def suggest_scripts(
    query: str,
    *,
    scenario: str | None = None,
    stage: str | None = None,
    language: str | None = None,
    customer_tags: list[str] | None = None,
    last_customer_message: str | None = None,
    k: int = 3,
    session: Session | None = None,
    store: ScriptStore | None = None,
) -> list[ScriptHit]:
    """Suggest the scripts a rep could send next, best first.

    Args:
        query: The rep's question ("客户嫌贵怎么回？") or any description of the situation.
        scenario: Only this scenario (e.g. ``"price_objection"``); default any.
        stage: The deal's stage; scripts for that stage rank higher, scripts for other stages lower.
        language: Only scripts in this language (``"zh"``/``"en"``); default any, preferring the
            language of the last customer message (else of the query).
        customer_tags: The customer's profile tags (``price_sensitive``, ``quality_first``,
            ``fast_delivery``, ``long_term``...); scripts written for that type rank higher.
        last_customer_message: What the customer last wrote; searched together with ``query``.
        k: How many scripts to return.
        session: A CRM session; when given, scripts whose past use was followed by progress
            (stage advanced, order, win) rank higher and the reason says so.
        store: The script store; default the configured one.

    Returns:
        Up to ``k`` hits with id, title, scenario, language, text, score and a short reason.

    Raises:
        ValueError: Neither ``query`` nor ``last_customer_message`` has text, or ``k`` < 1.
    """
    lift, note = _outcome_signals(session) if session is not None else ({}, {})
    context = Context(
        customer_tags=tuple(customer_tags or ()),
        stage=stage,
        last_customer_message=last_customer_message,
        outcome_lift=lift,
        outcome_note=note,
    )
    filters = ScriptFilter(scenario=scenario, language=language)
    return retriever_for(store).search(query, filters=filters, context=context, k=k)


def search_scripts(
    query: str,
    *,
    scenario: str | None = None,
    stage: str | None = None,
    language: str | None = None,
    tags: list[str] | None = None,
    k: int = 5,
    mode: Mode = "fused",
    store: ScriptStore | None = None,
) -> list[ScriptHit]:
    """Search the library with hard filters only (the ``kb search`` command, evaluations).

    Args:
        query: Free text, Chinese or English.
        scenario: Only this scenario.
        stage: Only scripts valid in this deal stage.
        language: Only this language.
        tags: Only scripts carrying all these tags.
        k: How many hits.
        mode: ``"fused"`` (default), ``"vector"`` or ``"keyword"`` only.
        store: The script store; default the configured one.
    """
    filters = ScriptFilter(scenario=scenario, stage=stage, language=language, tags=tuple(tags or ()))
    return retriever_for(store).search(query, filters=filters, k=k, mode=mode)

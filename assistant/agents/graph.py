"""The agent graph, wired: ``call_model`` ⇄ ``tools`` until the model answers without tool calls.

:func:`build_graph` returns the *uncompiled* builder; compile it at the edge with a
checkpointer (:mod:`assistant.agents.checkpoint`) — tests compile a fresh one with an
in-memory saver. The run context (:class:`AssistantContext`) is the graph's context schema.
"""

from __future__ import annotations

from collections.abc import Sequence

from langchain_core.language_models import BaseChatModel
from langchain_core.tools import BaseTool
from langgraph.graph import START, StateGraph

from assistant.agents.nodes import make_call_model, make_run_tools, route_after_model
from assistant.agents.state import AgentState
from assistant.identity import AssistantContext


def build_graph(model: BaseChatModel, tools: Sequence[BaseTool] | None = None) -> StateGraph:
    """Return the uncompiled graph for ``model`` and ``tools`` (default: every assistant tool)."""
    if tools is None:
        from assistant.tools import all_tools

        tools = all_tools()
    builder = StateGraph(AgentState, context_schema=AssistantContext)
    builder.add_node("call_model", make_call_model(model, tools))
    builder.add_node("tools", make_run_tools(tools))
    builder.add_edge(START, "call_model")
    builder.add_conditional_edges("call_model", route_after_model, ["tools", "__end__"])
    builder.add_edge("tools", "call_model")
    return builder

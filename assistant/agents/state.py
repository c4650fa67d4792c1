"""The graph state: the conversation's messages (persisted per conversation by the checkpointer)."""

from __future__ import annotations

from typing import Annotated, TypedDict

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages


class AgentState(TypedDict):
    """Messages of one conversation; ``add_messages`` appends (and replaces by id)."""

    messages: Annotated[list[AnyMessage], add_messages]

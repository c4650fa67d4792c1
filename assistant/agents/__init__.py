"""The agent: run context, LangGraph state/nodes/graph, memory, checkpointer and the entry point.

* :class:`~assistant.identity.AssistantContext` — who asks, from where, when.
* :func:`~assistant.agents.graph.build_graph` — the uncompiled graph builder.
* :func:`~assistant.agents.service.handle_message` / :func:`~assistant.agents.service.confirm`
  — the one entry point channels call; :class:`~assistant.agents.service.AgentReply`.
* :func:`~assistant.agents.models.build_chat_model` — offline engine or :mod:`assistant.llm`'s LLM.
"""

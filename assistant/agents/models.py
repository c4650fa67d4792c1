"""Which chat model the agent runs on: the built-in offline engine or an OpenAI-compatible LLM.

``LLM_PROVIDER=offline`` (the default) builds the deterministic offline engine;
``LLM_PROVIDER=openai`` asks :func:`assistant.llm.build_openai_chat_model`, the one place an
LLM client is constructed.
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from assistant.config import Settings, get_settings
from assistant.llm import build_openai_chat_model


def build_chat_model(settings: Settings | None = None) -> BaseChatModel:
    """Build the chat model the agent runs on, according to ``LLM_PROVIDER``."""
    s = settings or get_settings()
    if s.llm_provider == "openai":
        return build_openai_chat_model(s)
    from assistant.agents.offline import OfflineChatModel

    return OfflineChatModel()

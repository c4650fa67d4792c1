"""Model construction, in exactly one place.

``LLM_PROVIDER=openai`` builds ``langchain_openai.ChatOpenAI`` for any OpenAI-compatible
endpoint (OpenAI, DeepSeek, Qwen/DashScope, vLLM, Ollama, llama.cpp server).
``LLM_PROVIDER=offline`` (the default) builds the built-in deterministic engine.
"""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel

from assistant.config import Settings, get_settings


class ModelConfigError(RuntimeError):
    """The configured model provider cannot be built (missing endpoint, key or model name)."""


def build_openai_chat_model(settings: Settings | None = None, *, temperature: float = 0.0) -> BaseChatModel:
    """Build the OpenAI-compatible chat model from settings (timeouts and retries included).

    Raises:
        ModelConfigError: when no model name is configured.
    """
    from langchain_openai import ChatOpenAI

    s = settings or get_settings()
    if not s.llm_model:
        raise ModelConfigError("LLM_MODEL must name a model when LLM_PROVIDER=openai")
    key = s.openai_api_key.get_secret_value() or "not-needed"  # local servers often need no key
    return ChatOpenAI(
        model=s.llm_model,
        base_url=s.openai_base_url,
        api_key=key,
        timeout=s.llm_timeout_s,
        max_retries=s.llm_max_retries,
        temperature=temperature,
    )


def build_chat_model(settings: Settings | None = None) -> BaseChatModel:
    """Build the chat model the agent runs on, according to ``LLM_PROVIDER``."""
    s = settings or get_settings()
    if s.llm_provider == "openai":
        return build_openai_chat_model(s)
    from assistant.agents.offline import OfflineChatModel

    return OfflineChatModel()

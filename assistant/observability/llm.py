"""Count the tokens an LLM endpoint reports, with a LangChain callback the model factory attaches."""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.outputs import LLMResult

from assistant.observability.metrics import record_tokens


class TokenUsageCallback(BaseCallbackHandler):
    """Add each response's reported input/output tokens to ``crm_llm_tokens`` for ``model``."""

    def __init__(self, model: str) -> None:
        self.model = model

    def on_llm_end(self, response: LLMResult, **kwargs: Any) -> None:
        """Read the usage of a finished call (message ``usage_metadata``, else ``llm_output``)."""
        input_tokens = output_tokens = 0
        for generations in response.generations:
            for gen in generations:
                usage = getattr(getattr(gen, "message", None), "usage_metadata", None) or {}
                input_tokens += int(usage.get("input_tokens", 0))
                output_tokens += int(usage.get("output_tokens", 0))
        if not (input_tokens or output_tokens):
            usage = (response.llm_output or {}).get("token_usage") or {}
            input_tokens = int(usage.get("prompt_tokens", 0))
            output_tokens = int(usage.get("completion_tokens", 0))
        record_tokens(self.model, input_tokens=input_tokens, output_tokens=output_tokens)

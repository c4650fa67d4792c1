"""Language-model outages as one clear error: the endpoint is down, refused, timed out or failed.

The agent's entry point translates the client libraries' exceptions into :class:`ModelUnavailable`
so every channel can say what is wrong (and how to fall back to the offline engine) without
quoting keys or tracebacks.
"""

from __future__ import annotations


class ModelUnavailable(RuntimeError):
    """The language model endpoint could not answer (down, refused, timed out, returned an error)."""


def model_outage(exc: BaseException) -> ModelUnavailable | None:
    """Return a :class:`ModelUnavailable` for an endpoint failure (never quoting keys), else None."""
    import httpx
    import openai

    if isinstance(exc, openai.APIStatusError):
        why = f"it answered HTTP {exc.status_code}"
    elif isinstance(exc, openai.APITimeoutError | httpx.TimeoutException):
        why = "it timed out (LLM_TIMEOUT_S)"
    elif isinstance(exc, openai.APIError | httpx.HTTPError):
        why = "it cannot be reached"
    else:
        return None
    return ModelUnavailable(
        f"the language model endpoint (OPENAI_BASE_URL) failed: {why}. "
        "Check that it is running, or set LLM_PROVIDER=offline."
    )


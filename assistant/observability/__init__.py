"""Observability: request ids, one JSON log line per request and per task, Prometheus metrics.

* :mod:`.context` — the request id of the current request or task (a ``contextvars`` variable).
* :mod:`.events` — one JSON line per event on the ``crm.events`` logger.
* :mod:`.metrics` — the Prometheus metrics and their exposition (multiprocess mode when
  ``PROMETHEUS_MULTIPROC_DIR`` is set).
* :mod:`.asgi` — the ASGI middleware (``X-Request-ID``, request log and metrics) and ``/metrics``.
* :mod:`.tasks` — huey hooks: the request id follows a message into its task; a log line and
  latency/failure metrics per task.
* :mod:`.llm` — a LangChain callback that counts the tokens an LLM reports.

It sits just above the configuration in the layers, so every layer (tools, the LLM factory,
channels) may report to it; it imports nothing of the assistant's own.
"""

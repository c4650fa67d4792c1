"""Prometheus metrics of the server and the workers, exposed at ``GET /metrics``.

Several processes (``serve --workers N``, gunicorn) behind one port must share their counts:
when ``PROMETHEUS_MULTIPROC_DIR`` names a directory (empty at start, one per host), prometheus_client
keeps each process's values in files there and :func:`exposition` adds them up. Without it, the
process's own registry is exposed. A ``crm-assistant worker`` serves its task metrics on
``METRICS_PORT`` (:func:`serve_worker_metrics`).
"""

from __future__ import annotations

import os
from pathlib import Path

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
    start_http_server,
)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
_multiproc_dir = os.environ.get(MULTIPROC_ENV)
if _multiproc_dir:  # the directory must exist before the first value is created
    Path(_multiproc_dir).mkdir(parents=True, exist_ok=True)

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0)

HTTP_REQUESTS = Counter(
    "crm_http_requests", "HTTP requests answered, by method, route template and status code.",
    ["method", "route", "status"],
)
HTTP_SECONDS = Histogram(
    "crm_http_request_duration_seconds", "Time to answer an HTTP request, by method and route template.",
    ["method", "route"], buckets=LATENCY_BUCKETS,
)
TASK_SECONDS = Histogram(
    "crm_task_duration_seconds", "Time a queue task ran, by task name and outcome (ok, retry, failed).",
    ["task", "outcome"], buckets=LATENCY_BUCKETS,
)
TASK_FAILURES = Counter(
    "crm_task_failures", "Queue task runs that raised, by task name; final=true when no retry is left.",
    ["task", "final"],
)
TOOL_CALLS = Counter(
    "crm_tool_calls", "Agent tool calls, by tool name and outcome (ok, denied, not_found, error, …).",
    ["tool", "outcome"],
)
LLM_TOKENS = Counter(
    "crm_llm_tokens", "Tokens an LLM endpoint reported, by model and kind (input, output).",
    ["model", "kind"],
)


def observe_http(method: str, route: str, status: int, seconds: float) -> None:
    """Count one answered HTTP request and its duration."""
    HTTP_REQUESTS.labels(method, route, str(status)).inc()
    HTTP_SECONDS.labels(method, route).observe(seconds)


def observe_task(task: str, outcome: str, seconds: float) -> None:
    """Record one task run: its duration by outcome, and a failure unless it succeeded."""
    TASK_SECONDS.labels(task, outcome).observe(seconds)
    if outcome != "ok":
        TASK_FAILURES.labels(task, "true" if outcome == "failed" else "false").inc()


def record_tool_call(tool: str, outcome: str) -> None:
    """Count one audited tool call."""
    TOOL_CALLS.labels(tool, outcome).inc()


def record_tokens(model: str, *, input_tokens: int, output_tokens: int) -> None:
    """Count the tokens one LLM call used (as the endpoint reported them)."""
    if input_tokens:
        LLM_TOKENS.labels(model, "input").inc(input_tokens)
    if output_tokens:
        LLM_TOKENS.labels(model, "output").inc(output_tokens)


def multiprocess_dir() -> str | None:
    """Return the multiprocess directory when multiprocess mode is on."""
    return os.environ.get(MULTIPROC_ENV) or None


def registry() -> CollectorRegistry:
    """Return the registry to expose: all processes' values in multiprocess mode, else this process's."""
    if multiprocess_dir():
        merged = CollectorRegistry()
        multiprocess.MultiProcessCollector(merged)
        return merged
    return REGISTRY


def exposition() -> tuple[bytes, str]:
    """Return the metrics in the Prometheus text format and its content type."""
    return generate_latest(registry()), CONTENT_TYPE_LATEST


def serve_worker_metrics(port: int | None = None) -> int | None:
    """Serve ``/metrics`` on ``port`` (default ``METRICS_PORT``) in a thread; returns the port or None."""
    if port is None:
        raw = os.environ.get("METRICS_PORT", "").strip()
        if not raw:
            return None
        port = int(raw)
    start_http_server(port, registry=registry())
    return port

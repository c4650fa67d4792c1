"""The request middleware: X-Request-ID, one JSON line per request, HTTP metrics at /metrics."""

from __future__ import annotations

from fastapi import FastAPI, HTTPException
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from assistant.observability.asgi import instrument
from assistant.observability.context import current_request_id

from .conftest import Lines


def _app() -> FastAPI:
    app = instrument(FastAPI())

    @app.get("/items/{item_id}")
    def item(item_id: int) -> dict[str, object]:
        return {"item": item_id, "seen_id": current_request_id()}  # a sync route: runs in the thread pool

    @app.get("/boom")
    def boom() -> None:
        raise HTTPException(status_code=418, detail="teapot")

    return app


def _count(route: str, status: str) -> float:
    return REGISTRY.get_sample_value(
        "crm_http_requests_total", {"method": "GET", "route": route, "status": status}
    ) or 0.0


def test_each_response_carries_a_request_id_that_the_handler_saw(events: Lines) -> None:
    client = TestClient(_app())
    r = client.get("/items/7")
    rid = r.headers["X-Request-ID"]
    assert len(rid) == 32 and r.json()["seen_id"] == rid
    (line,) = [ln for ln in events.of("http_request") if ln["request_id"] == rid]
    assert line["route"] == "/items/{item_id}" and line["path"] == "/items/7" and line["status"] == 200
    assert line["method"] == "GET" and line["ms"] >= 0 and line["ts"].endswith("+00:00")


def test_a_callers_safe_id_is_kept_and_an_unsafe_one_replaced() -> None:
    client = TestClient(_app())
    assert client.get("/items/1", headers={"X-Request-ID": "gw-42.a"}).headers["X-Request-ID"] == "gw-42.a"
    bad = client.get("/items/1", headers={"X-Request-ID": "x\" onload=alert(1)"}).headers["X-Request-ID"]
    assert bad != "x\" onload=alert(1)" and len(bad) == 32


def test_requests_are_counted_by_route_template_and_status() -> None:
    client = TestClient(_app())
    before_ok, before_teapot = _count("/items/{item_id}", "200"), _count("/boom", "418")
    before_404 = _count("unmatched", "404")
    client.get("/items/1")
    client.get("/items/2")
    client.get("/boom")
    client.get("/no/such/page")
    assert _count("/items/{item_id}", "200") == before_ok + 2
    assert _count("/boom", "418") == before_teapot + 1
    assert _count("unmatched", "404") == before_404 + 1


def test_metrics_endpoint_exposes_the_prometheus_text_format() -> None:
    client = TestClient(_app())
    client.get("/items/3")
    r = client.get("/metrics")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/plain")
    body = r.text
    for name in ("crm_http_requests_total", "crm_http_request_duration_seconds_bucket",
                 "crm_task_duration_seconds", "crm_tool_calls_total", "crm_llm_tokens_total"):
        assert f"# TYPE {name.removesuffix('_total').removesuffix('_bucket')}" in body, name
    assert 'route="/items/{item_id}"' in body

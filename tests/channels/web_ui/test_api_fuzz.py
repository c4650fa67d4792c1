"""Property-based fuzzing of the JSON API with schemathesis against the app's own OpenAPI schema: no 5xx.

Bounded and derandomised (the same examples every CI run; explore more with a larger MAX_EXAMPLES
locally): a few examples per operation, no deadline per example, and the run is logged in (a
real session cookie and CSRF token) so the handlers themselves are reached, not just the 401s.
"""

from __future__ import annotations

import os

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import login

MAX_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "8"))


def test_api_fuzz_finds_no_server_errors(app, client: TestClient) -> None:
    token = login(client, "rep01")
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [op.ok() for op in schema.get_all_operations()]
    ops = [op for op in operations if op.path.startswith("/api/") and not op.path.startswith("/api/stream")]
    assert {"/api/ask", "/api/confirm", "/api/upload", "/api/jobs/{inbound_id}"} <= {op.path for op in ops}
    failures: list[str] = []
    for op in ops:

        @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(case=op.as_strategy(), data=st.data())
        def run(case, data) -> None:
            kwargs = case.as_transport_kwargs(base_url="http://testserver", headers={"X-CSRF-Token": token})
            kwargs.pop("cookies", None)
            response = client.request(**{k: v for k, v in kwargs.items() if k in (
                "method", "url", "headers", "params", "json", "data", "files", "content")})
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code}")

        run()
    assert not failures, failures[:5]

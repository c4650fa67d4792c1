"""huey hooks: the request id reaches the task, one JSON line and latency/failure metrics per run."""

from __future__ import annotations

import pytest
from huey import MemoryHuey
from prometheus_client import REGISTRY

from assistant.observability.context import bound_request_id, current_request_id
from assistant.observability.tasks import instrument_huey, task_request_id

from .conftest import Lines


def _sample(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_a_task_runs_under_the_request_id_it_was_queued_with(events: Lines) -> None:
    huey = instrument_huey(MemoryHuey("obs-test", immediate=True))
    seen: list[str | None] = []

    @huey.task(name="obs_echo")
    def echo(n: int, request_id: str | None = None) -> int:
        seen.append(current_request_id())
        return n

    before = _sample("crm_task_duration_seconds_count", {"task": "obs_echo", "outcome": "ok"})
    with bound_request_id("req-abc"):
        echo(5, request_id=task_request_id())
    assert seen == ["req-abc"]
    assert current_request_id() is None  # nothing leaks out of the task
    line = events.of("task")[-1]
    assert line["task"] == "obs_echo" and line["outcome"] == "ok" and line["request_id"] == "req-abc"
    assert line["args"] == [5]
    assert _sample("crm_task_duration_seconds_count", {"task": "obs_echo", "outcome": "ok"}) == before + 1


def test_a_task_queued_outside_a_request_gets_its_own_id(events: Lines) -> None:
    huey = instrument_huey(MemoryHuey("obs-test2", immediate=True))
    seen: list[str | None] = []

    @huey.task(name="obs_periodic_like")
    def job() -> None:
        seen.append(current_request_id())

    job()
    assert seen[0] is not None and seen[0].startswith("task-")
    assert events.of("task")[-1]["request_id"] == seen[0]


def test_failures_are_counted_and_marked_final_when_no_retry_is_left(events: Lines) -> None:
    huey = instrument_huey(MemoryHuey("obs-test3", immediate=True))

    @huey.task(name="obs_fails", retries=1)
    def fails() -> None:
        raise RuntimeError("platform down")

    retry_before = _sample("crm_task_failures_total", {"task": "obs_fails", "final": "false"})
    final_before = _sample("crm_task_failures_total", {"task": "obs_fails", "final": "true"})
    result = fails()
    with pytest.raises(Exception, match="platform down"):
        result.get()
    outcomes = [ln["outcome"] for ln in events.of("task") if ln["task"] == "obs_fails"]
    assert outcomes == ["retry", "failed"]
    assert "RuntimeError: platform down" in events.of("task")[-1]["error"]
    assert _sample("crm_task_failures_total", {"task": "obs_fails", "final": "false"}) == retry_before + 1
    assert _sample("crm_task_failures_total", {"task": "obs_fails", "final": "true"}) == final_before + 1

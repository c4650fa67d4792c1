"""Tool calls and LLM tokens reach their metrics; several processes add up in multiprocess mode."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from langchain_core.messages import AIMessage
from langchain_core.outputs import ChatGeneration, LLMResult
from prometheus_client import REGISTRY
from pydantic import SecretStr
from sqlalchemy import Engine

from assistant.config import override_settings
from assistant.llm import build_openai_chat_model
from assistant.observability.llm import TokenUsageCallback
from assistant.tools import base
from assistant.tools.schemas import TOOL_ARGS

ROOT = Path(__file__).resolve().parents[2]


def _sample(name: str, labels: dict[str, str]) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def test_an_audited_tool_call_is_counted_by_name_and_outcome(engine: Engine) -> None:
    tool = sorted(TOOL_ARGS)[0]
    before = _sample("crm_tool_calls_total", {"tool": tool, "outcome": "denied"})
    result = base.execute(tool, lambda call, args: {"status": "ok"}, None, {})  # no identity: denied
    assert result["status"] == "denied"
    assert _sample("crm_tool_calls_total", {"tool": tool, "outcome": "denied"}) == before + 1


def test_reported_llm_tokens_are_counted_by_model_and_kind() -> None:
    callback = TokenUsageCallback("qwen-test")
    before_in = _sample("crm_llm_tokens_total", {"model": "qwen-test", "kind": "input"})
    before_out = _sample("crm_llm_tokens_total", {"model": "qwen-test", "kind": "output"})
    message = AIMessage(content="ok", usage_metadata={"input_tokens": 120, "output_tokens": 30, "total_tokens": 150})
    callback.on_llm_end(LLMResult(generations=[[ChatGeneration(message=message)]]))
    callback.on_llm_end(LLMResult(generations=[[]], llm_output={"token_usage": {"prompt_tokens": 5,
                                                                               "completion_tokens": 2}}))
    assert _sample("crm_llm_tokens_total", {"model": "qwen-test", "kind": "input"}) == before_in + 125
    assert _sample("crm_llm_tokens_total", {"model": "qwen-test", "kind": "output"}) == before_out + 32


def test_the_one_chat_model_factory_attaches_the_token_counter() -> None:
    with override_settings(llm_provider="openai", openai_base_url="http://127.0.0.1:9/v1",
                           openai_api_key=SecretStr("k"), llm_model="deepseek-chat"):
        model = build_openai_chat_model()
    counters = [c for c in model.callbacks or [] if isinstance(c, TokenUsageCallback)]
    assert [c.model for c in counters] == ["deepseek-chat"]


_CHILD = """
import sys
from assistant.observability import metrics
metrics.record_tool_call("search_customers", "ok")
metrics.observe_task("process_inbound", "ok", 0.2)
if sys.argv[1] == "read":
    sys.stdout.write(metrics.exposition()[0].decode())
"""


def test_several_processes_add_up_in_multiprocess_mode(tmp_path: Path) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path / "metrics"), "PYTHONPATH": str(ROOT)}
    for _ in range(2):
        subprocess.run([sys.executable, "-c", _CHILD, "write"], env=env, check=True, timeout=120)
    out = subprocess.run([sys.executable, "-c", _CHILD, "read"], env=env, check=True, timeout=120,
                         capture_output=True, text=True).stdout
    assert 'crm_tool_calls_total{outcome="ok",tool="search_customers"} 3.0' in out
    assert 'crm_task_duration_seconds_count{outcome="ok",task="process_inbound"} 3.0' in out
    assert len(list((tmp_path / "metrics").glob("*.db"))) >= 3  # one file set per process

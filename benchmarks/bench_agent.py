"""Agent figures: prompt + tool-schema token count, and offline ``ask`` latency on the demo data.

Latency is one full ``handle_message`` (offline engine → tools → analytics → rendered
answer, SQLite checkpointer, audit rows) per question, process start excluded, over a
mix of rep and manager questions. Datasets: the 400-customer demo (target p95 < 300 ms)
and, unless ``quick``, the 10000-customer dataset shared with ``bench_analytics``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from langchain_core.utils.function_calling import convert_to_openai_tool
from sqlalchemy import select

from assistant.agents.nodes import system_prompt
from assistant.agents.service import close_default_assistants, default_assistant
from assistant.config import override_settings
from assistant.crm.demo import generate_demo
from assistant.crm.models import Customer, User
from assistant.db import get_engine, session_scope
from assistant.identity import AssistantContext, context_for
from assistant.migrations import upgrade_schema
from assistant.tokens import count_tokens
from assistant.tools import all_tools

TODAY = dt.date(2025, 6, 30)
CACHE = Path("data/bench")
QUESTIONS = ("哪些客户有流失风险？", "本季度管道情况", "下个月销售预测", "今天该联系谁？", "{customer}最近怎么样？",
             "有哪些高分线索？", "哪些客户下个月要补货？", "给{customer}推荐什么产品？")


def prompt_tokens() -> dict[str, int]:
    """Token counts (tiktoken, offline cl100k) of the system prompt and the tool schemas the model is sent."""
    ctx = AssistantContext(1, "rep01", "rep", 1, "zh", "cli", "bench", TODAY)
    schemas = json.dumps([convert_to_openai_tool(t) for t in all_tools()], ensure_ascii=False, separators=(",", ":"))
    return {"system": count_tokens(system_prompt(ctx)), "tools": count_tokens(schemas)}


def _demo_400() -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    path = (CACHE / "agent_400.db").resolve()
    ready = path.with_suffix(".ready")
    if not ready.exists():
        for p in CACHE.glob("agent_400.db*"):
            p.unlink()
        engine = get_engine(f"sqlite:///{path}")
        upgrade_schema(engine)
        generate_demo(engine, seed=7, customers=400, today=TODAY)
        ready.write_text(TODAY.isoformat())
    return path


def ask_latency(source: Path, runs: int) -> tuple[float, float]:
    """p50/p95 milliseconds of ``handle_message`` over the question mix for rep01 and mgr01.

    Runs on a copy of ``source``: every question writes audit rows, and the cached
    datasets are shared with other benchmarks, so they must stay as built.
    """
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        shutil.copyfile(source, db)
        return _ask_latency(f"sqlite:///{db}", Path(tmp), runs)


def _ask_latency(url: str, data_dir: Path, runs: int) -> tuple[float, float]:
    engine = get_engine(url)
    with override_settings(database_url=url, data_dir=data_dir, llm_provider="offline"):
        with session_scope(engine) as s:
            rep, mgr = (context_for(s, login, today=TODAY) for login in ("rep01", "mgr01"))
            uid = s.scalar(select(User.id).where(User.login == "rep01"))
            name = s.scalar(select(Customer.name_zh).where(Customer.owner_id == uid, Customer.name_zh.is_not(None)))
        assistant = default_assistant()
        questions = [(ctx, q.format(customer=name)) for q in QUESTIONS for ctx in (rep, mgr)]
        for ctx, q in questions:  # warm up imports and caches
            assistant.handle_message(ctx, q, conversation_id=uuid.uuid4().hex)
        samples = []
        for i in range(runs):
            ctx, q = questions[i % len(questions)]
            t = time.perf_counter()
            assistant.handle_message(ctx, q, conversation_id=uuid.uuid4().hex)
            samples.append((time.perf_counter() - t) * 1000)
        close_default_assistants()
    engine.dispose()
    samples.sort()
    return statistics.median(samples), samples[min(len(samples) - 1, round(0.95 * (len(samples) - 1)))]


def run(quick: bool) -> list[dict]:
    """Measure token counts and ask latency (``quick``: demo data only, fewer runs)."""
    tokens = prompt_tokens()
    rows: list[dict] = [
        {"name": "system prompt tokens", "value": tokens["system"], "unit": "tokens"},
        {"name": "tool schemas tokens (16 tools)", "value": tokens["tools"], "unit": "tokens"},
        {"name": "system + tools tokens", "value": tokens["system"] + tokens["tools"], "unit": "tokens"},
    ]
    p50, p95 = ask_latency(_demo_400(), 32 if quick else 96)
    rows += [{"name": "offline ask p50 (demo 400)", "value": round(p50, 1), "unit": "ms"},
             {"name": "offline ask p95 (demo 400)", "value": round(p95, 1), "unit": "ms", "target": 300}]
    if not quick:
        from benchmarks.bench_analytics import dataset

        p50, p95 = ask_latency(Path(dataset(10000).url.database), 48)
        rows += [{"name": "offline ask p50 (10000 customers)", "value": round(p50, 1), "unit": "ms"},
                 {"name": "offline ask p95 (10000 customers)", "value": round(p95, 1), "unit": "ms"}]
    return rows


if __name__ == "__main__":
    for row in run(quick=True):
        print(row)

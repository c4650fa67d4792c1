"""The one quality table of `make eval` / `make bench`: targets, pass/fail, new metrics, two providers."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

import benchmarks.__main__ as bench_main
import evals.__main__ as eval_main
from evals.report import parse_target, render, target_for, verdict


@pytest.mark.parametrize(
    ("value", "target", "expected"),
    [(0.96, ">= 0.95", "pass"), (0.94, ">= 0.95", "FAIL"), (420, "< 500 ms", "pass"), (510, "< 500 ms", "FAIL"),
     (0, "== 0", "pass"), (1, "0", "FAIL"), (250, 300, "pass"), (31.0, "mean 31.7 ms", ""),
     (5, "minutes, not hours", ""), ("text", ">= 1", ""), (1.0, None, ""), (True, ">= 1", "")],
)
def test_targets_are_judged_only_when_they_are_bounds(value: object, target: object, expected: str) -> None:
    assert verdict(value, target) == expected


def test_a_bare_number_is_an_upper_bound_and_globs_match_whole_names() -> None:
    assert parse_target("1024") == ("<=", 1024.0) and parse_target("<= 0.6 (= RTF 0.3)") is None
    targets = {"recall_*": ">= 0.9", "recall_noise": ">= 0.99"}
    assert target_for("recall_noise", targets) == ">= 0.99"  # an exact key wins
    assert target_for("recall_homophone", targets) == ">= 0.9"
    assert target_for("baseline_recall_homophone", targets) is None


def _fake_suite(monkeypatch: pytest.MonkeyPatch, name: str, run: object) -> None:
    module = types.ModuleType(f"evals.{name}")
    setattr(module, "run", run)  # noqa: B010 - a module built at run time
    monkeypatch.setitem(sys.modules, f"evals.{name}", module)


def test_eval_prints_one_table_with_both_providers_side_by_side(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def summaries(engine: str = "offline") -> dict[str, object]:
        base = {"engine": engine, "needs_recall": 0.9 if engine == "offline" else 0.7}
        return base | ({"new_metric_nobody_targets": 3} if engine == "llm" else {})

    def agent() -> dict[str, object]:  # pins its engine: no second column
        return {"tool_choice_accuracy": 0.97}

    def broken() -> dict[str, object]:
        raise RuntimeError("dataset missing")

    _fake_suite(monkeypatch, "eval_summaries", summaries)
    _fake_suite(monkeypatch, "eval_agent", agent)
    _fake_suite(monkeypatch, "eval_zbroken", broken)
    monkeypatch.setattr(eval_main, "_suites", lambda selected: ["eval_agent", "eval_summaries", "eval_zbroken"])
    monkeypatch.setattr(eval_main, "RESULTS", tmp_path)
    monkeypatch.setattr(eval_main, "endpoint_configured", lambda: True)
    monkeypatch.setattr(eval_main, "_openai_column",
                        lambda names: eval_main.run_suites(names, "openai", llm_only=True))
    code = eval_main.main([])
    out = capsys.readouterr().out
    assert code == 1  # a suite crashed
    header = out.splitlines()[0].split()
    assert header[:4] == ["suite", "metric", "offline", "openai"] and "(openai)" in header
    line = next(ln for ln in out.splitlines() if "needs_recall" in ln).split()
    assert line == ["eval_summaries", "needs_recall", "0.9", "0.7", ">=", "0.8", "pass", "FAIL"]
    assert any("new_metric_nobody_targets" in ln for ln in out.splitlines())
    agent_line = next(ln for ln in out.splitlines() if "tool_choice_accuracy" in ln).split()
    assert agent_line[2:4] == ["0.97", "n/a"]
    assert any(ln.split()[:2] == ["eval_agent", "skipped"] for ln in out.splitlines())
    assert "dataset missing" in out and "crashed: eval_zbroken" in out
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["columns"]["openai"]["eval_summaries"]["needs_recall"] == 0.7
    assert json.loads((tmp_path / "eval_summaries.json").read_text())["needs_recall"] == 0.9
    assert not (tmp_path / "eval_zbroken.json").exists()


def test_bench_prints_one_table_for_all_modules(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = {"bench_a": [{"name": "ask p95", "value": 120.0, "unit": "ms", "target": "< 300 ms"},
                        {"name": "memory", "value": 900, "unit": "MB", "target": "<= 512"}],
            "bench_b": [{"name": "throughput", "value": 10.6, "unit": "q/s"}]}
    for name, result in rows.items():
        module = types.ModuleType(f"benchmarks.{name}")
        setattr(module, "run", lambda quick, _r=result: _r)  # noqa: B010 - a module built at run time
        monkeypatch.setitem(sys.modules, f"benchmarks.{name}", module)
    monkeypatch.setattr(bench_main, "_modules", lambda selected: list(rows))
    monkeypatch.setattr(bench_main, "RESULTS", tmp_path)
    assert bench_main.main(["--quick"]) == 0
    assert bench_main.main(["--quick", "--strict"]) == 1  # the memory target is missed
    out = capsys.readouterr().out
    assert out.count("benchmark  ") == 2  # one table per run, not one per module
    assert "1/2 targets met" in out
    assert json.loads((tmp_path / "bench_a.json").read_text())["rows"][0]["value"] == 120.0
    assert json.loads((tmp_path / "report.json").read_text())["targets"] == 2


def test_render_aligns_numbers_right() -> None:
    text = render(["metric", "value"], [["a", 1.0], ["longer", 12.5]])
    assert text.splitlines()[2] == "a           1" and text.splitlines()[3] == "longer   12.5"


def test_transcription_error_rate_counts_words_in_english_and_characters_in_chinese() -> None:
    from evals.eval_voice import _tokens, edit_distance

    ref, hyp = _tokens("The price is too high.", "en"), _tokens("the prize is too high", "en")
    assert edit_distance(ref, hyp) == 1 and len(ref) == 5
    ref, hyp = _tokens("我们明天开会。", "zh"), _tokens("我们明天开飞,", "zh")
    assert (edit_distance(ref, hyp), len(ref)) == (1, 6)
    assert edit_distance([], ["a"]) == 1 and edit_distance(["a", "b"], ["b"]) == 1


def test_held_out_suites_run_only_when_named_in_full(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("eval_agent", "eval_agent_blind", "eval_scripts"):
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(eval_main, "HERE", tmp_path)
    assert eval_main._suites([]) == ["eval_agent", "eval_scripts"]
    assert eval_main._suites(["agent"]) == ["eval_agent"]
    assert eval_main._suites(["eval_agent_blind"]) == ["eval_agent_blind"]

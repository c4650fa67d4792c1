"""The second stage: first-stage hits and refusals are never re-checked; the exemplars stay gated."""

from __future__ import annotations

from assistant.compliance import semantic
from assistant.compliance.semantic import deep_scan, get_stage


def test_gates_pick_cue_messages_only() -> None:
    stage = get_stage()
    assert "guarantee" in stage.gated("这次审核您放一百个心，过不了我负责")
    assert "private_deal" in stage.gated("这笔款走我老婆的卡，比走公司快")
    assert stage.gated("好的，明天下午三点开会") == []
    assert stage.gated("Thanks, see you at the meeting") == []


def test_first_stage_hits_and_gateless_messages_are_not_embedded(monkeypatch) -> None:
    def boom(*_: object) -> None:
        raise AssertionError("embedded a message that did not need it")

    monkeypatch.setattr(semantic.SemanticStage, "verdict", boom)
    assert deep_scan("这个认证我们包过").hits[0].rule == "lexicon"
    assert deep_scan("好的，明天下午三点开会").hits == ()


def test_model_failure_falls_back_to_the_first_stage(monkeypatch) -> None:
    def broken(*_: object) -> None:
        raise RuntimeError("no model")

    monkeypatch.setattr("assistant.compliance.classifier.embed", broken)
    assert deep_scan("这次审核您放一百个心，过不了我负责").hits == ()
    assert deep_scan("这个认证我们包过").hits[0].rule == "lexicon"


def test_a_refusal_is_not_second_guessed(monkeypatch) -> None:
    def boom(*_: object) -> None:
        raise AssertionError("embedded a refusal")

    monkeypatch.setattr("assistant.compliance.classifier.embed", boom)
    assert deep_scan("我们公司严禁飞单，所有订单都走系统").hits == ()
    assert deep_scan("ok").hits == ()


def test_a_reworded_violation_is_caught_and_a_clean_one_is_not() -> None:
    stage = get_stage()
    hit = deep_scan("Trust me, your shipment will sail through customs, I'll make sure of it").hits
    assert hit and hit[0].rule in {"classifier", "semantic"} and hit[0].category == "guarantee"
    v = stage.verdict("Passing the inspection depends on the third-party lab", ["guarantee"])
    assert not stage.fires(v)

"""A step the speaker hands to their own factory or colleague ("我让工厂出…报告") is the speaker's side's step."""

from __future__ import annotations

from assistant.summaries.speakers_commitments import commitment_kind


def test_we_ask_our_factory_is_our_own_step() -> None:
    assert commitment_kind("我让车间补一份盐雾检测报告") == "self"
    assert commitment_kind("我们让工厂重新做一批 您先别退货") == "self"
    assert commitment_kind("我叫技术出个安装说明") == "self"


def test_asking_the_addressee_stays_a_request() -> None:
    assert commitment_kind("我让您先确认一下数量") == "request"
    assert commitment_kind("您先别挂出去") == "request"

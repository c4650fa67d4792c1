"""Owners of next steps follow who committed, not who asked."""

from __future__ import annotations

import pytest

from assistant.summaries.speakers import Directory, Person, attribute
from assistant.summaries.speakers_commitments import commitment_kind, commitment_owner
from assistant.text.conversation import Party, Sentence, parse_conversation


def _s(text: str, role: Party = "customer", speaker: str | None = "X") -> Sentence:
    return Sentence(start=0, end=len(text), text=text, speaker=speaker, role=role)


@pytest.mark.parametrize(
    ("text", "role", "owner"),
    [
        ("下周三前把报价单发我", "customer", "we"),
        ("你们下周能把样品寄过来吗", "customer", "we"),
        ("您什么时候发给我们？", "customer", "we"),
        ("我们争取下周三之前把框架协议草稿发给您", "we", "we"),
        ("好的，我明天给你答复", "we", "we"),
        ("我们这边确认后回复您", "customer", "customer"),
        ("让我问一下老板", "customer", "customer"),
        ("麻烦周五前确认一下合同", "we", "customer"),
        ("I will escalate this and send you a written proposal by tomorrow 12:00 UK.", "we", "we"),
        ("Please send me the test report by Friday.", "customer", "we"),
        ("Could you let me know the lead time?", "we", "customer"),
        ("Let me check with the factory and get back to you tomorrow morning.", "we", "we"),
        ("We'll place the order next week.", "customer", "customer"),
        ("Please note we will ship on Friday.", "we", "we"),
    ],
)
def test_owner_is_who_committed(text: str, role: Party, owner: str) -> None:
    c = commitment_owner(_s(text, role), role)
    assert c.owner == owner, (text, c)
    assert c.addressee == ("we" if role == "customer" else "customer")


def test_a_threat_is_conditional() -> None:
    c = commitment_owner(_s("Otherwise we will have to review our supplier list for 2027."), "customer")
    assert c.conditional and c.owner == "customer" and c.kind == "self"
    assert commitment_owner(_s("不然我们只能换供应商了"), "customer").conditional


def test_unknown_speaker_gives_an_unknown_owner_and_no_cue_keeps_the_speakers_side() -> None:
    assert commitment_owner(_s("下周三前把报价单发我", "unknown"), "unknown").owner == "unknown"
    assert commitment_kind("样品不错") == "none"
    assert commitment_owner(_s("样品不错", "customer")).owner == "customer"


def test_attribution_names_the_addressee_of_a_request() -> None:
    parsed = parse_conversation("陈晨：王总好\n王总：下周三前把报价单发我")
    result = attribute(parsed, Directory(ours=(Person("陈晨"),)))
    c = result.commitment(result.parsed.sentences[-1])
    assert (c.owner, c.owner_name, c.kind) == ("we", "陈晨", "request")


def test_reporting_to_ones_own_boss_is_no_request() -> None:
    from assistant.summaries.speakers_commitments import commitment_kind

    assert commitment_kind("这个我定不了，要报给我们蒋总批，批下来我再回复你") == "self"
    assert commitment_kind("报价单发给我们老板看看") == "request"


@pytest.mark.parametrize(
    "text",
    [
        "后天上午我再跟仓库确认能不能先发一半",
        "下午再问问车间可不可以加个班",
        "明天跟物流核实是否可以走专线",
    ],
)
def test_checking_whether_is_no_request(text: str) -> None:
    """"确认能不能…" asks a third party whether, on the speaker's own errand: the speaker's step."""
    assert commitment_kind(text) != "request", text
    assert commitment_owner(_s(text, "we"), "we").owner == "we"


def test_checking_with_a_third_party_keeps_the_speakers_side() -> None:
    """Our rep's "明早再跟供应商确认能不能提前发" after our own promise stays ours."""
    text = "明早再跟供应商确认能不能提前发"
    assert commitment_owner(_s(text, "we"), "we", lead="那我下午把清单发您，").owner == "we"


def test_asking_the_addressee_to_check_is_still_a_request() -> None:
    assert commitment_owner(_s("您问问老板能不能月底前定下来", "we"), "we").owner == "customer"


@pytest.mark.parametrize("text", ["周四前确认可不可以排产哈", "辛苦跟财务商量一下能不能先开发票", "帮我们问问能否加急"])
def test_checking_whether_without_you_is_still_asked_of_the_addressee(text: str) -> None:
    """With no first-person subject, or with a polite request word, "确认能不能…" still asks the addressee."""
    assert commitment_kind(text) == "request", text


def test_asking_a_third_party_whether_they_can_give_us_something_is_our_own_errand() -> None:
    text = "I will also send the Intertek quotation and ask whether they can give us an earlier test slot"
    assert commitment_kind(text) == "self"
    assert commitment_owner(_s(text, "we"), "we").owner == "we"
    assert commitment_kind("Can you give us an earlier slot?") == "request"


def test_a_dated_clause_of_a_chat_line_split_by_spaces_decides_over_an_undated_request() -> None:
    text = "行 今天我让财务把定金打过去 合同你发我"
    assert commitment_kind(text) == "self"
    assert commitment_owner(_s(text, "customer"), "customer").owner == "customer"


def test_asking_for_time_is_the_speakers_own_step() -> None:
    text = "I'll take 345 to the owner, so give me until Monday."
    assert commitment_kind(text) == "self"
    assert commitment_kind("give me a few days to check") != "request"
    assert commitment_kind("give me your best price by Monday") == "request"


def test_imperatives_that_ask_the_addressee_stay_requests() -> None:
    assert commitment_kind("Check if they can send us the samples by Friday.") == "request"
    assert commitment_kind("Ask whether they can give us an earlier test slot.") == "request"
    assert commitment_kind("Send me a bit more info on the seals by Friday.") == "request"


def test_asking_the_addressee_to_ask_a_third_party_stays_a_request() -> None:
    assert commitment_kind("We would like you to ask whether they can give us an earlier slot.") == "request"
    assert commitment_kind("Could we ask whether they can give us an earlier slot?") != "self"

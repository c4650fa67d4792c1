"""Owners of next steps read clause by clause (summ22): mixed asks and promises, cue-less clauses, minutes."""

from __future__ import annotations

from assistant.summaries.owners import step_owner
from assistant.summaries.speakers_clauses import clause_side, clause_sides, continue_subjects
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.text.conversation import Sentence


def _s(text: str, role: str = "we", start: int = 0, **kw: object) -> Sentence:
    return Sentence(start=start, end=start + len(text), text=text, role=role, **kw)  # type: ignore[arg-type]


def test_the_dated_clause_decides_between_an_ask_and_a_promise() -> None:
    assert commitment_kind("有问题的那几件您拍个视频给我，我明天就安排重新发货") == "self"
    assert commitment_kind("You send me the serial numbers, I will ship the spare parts tomorrow") == "self"


def test_an_undated_promise_beats_the_ask_that_follows_it() -> None:
    assert commitment_kind("那我回去跟厂里商量一下，您最好把型号发给我") == "self"


def test_would_like_is_a_wish_not_a_promise() -> None:
    assert commitment_kind("We would also like a free spare kit, please confirm.") == "request"
    assert commitment_kind("We would send the drawings tomorrow.") == "self"


def test_a_third_person_giving_to_the_speaker_asks_nobody() -> None:
    assert commitment_kind("样衣还在打版师那边，他说下周二才能给我") == "none"


def test_a_clause_without_a_cue_continues_the_ask_before_it() -> None:
    part = _s("下周五前要完成验厂", role="customer", start=20)
    assert step_owner(part, "好的，清单我发您，你们得先把资料准备好，") == "we"
    assert step_owner(part) == "customer"


def test_a_clause_of_minutes_naming_our_person_is_ours() -> None:
    text = "王工提出包装须改成木箱，我方库存不够，小周负责下周三前补齐木箱。"
    s = _s(text, role="customer", party_source="subject")
    sides = clause_sides(s, lambda t: "we" if t.startswith("小周") else None)
    assert sides == ((text.index("我方"), "we"),)
    unit = _s(text[text.index("小周") :], role="customer", start=text.index("小周"), party_source="subject",
              clause_sides=sides)  # fmt: skip
    assert clause_side(unit) == "we"
    assert step_owner(unit) == "we"


def test_a_sentence_naming_nobody_continues_the_subject_before_it() -> None:
    source = "Mark explained the delay and said the mould is fixed. New samples will be shipped by 3 May."
    first = Sentence(0, 53, source[:53], role="we", party_source="subject")
    second = Sentence(54, len(source), source[54:], role="unknown")
    out = continue_subjects([first, second], source)
    assert out[1].role == "unknown" and clause_side(out[1]) == "we" and step_owner(out[1]) == "we"


def test_a_clause_with_its_own_subject_or_after_a_whether_keeps_its_speaker() -> None:
    assert step_owner(_s("我出差回来再盖章", role="customer", start=8), "合同先发我，") == "customer"
    part = _s("周四给孙总回个话", role="we", start=20)
    assert step_owner(part, "那我们回去核一下成本，10%的折扣能不能给，") == "we"


def test_a_clause_asking_the_customer_or_naming_their_boss_is_theirs() -> None:
    text = "李经理说定金比例太低，要求客户先付三成，孙总答应周三前付款。"
    s = _s(text, role="we", party_source="subject")
    sides = clause_sides(s, lambda t: "customer" if t.startswith("孙总") else None)
    assert sides == ((text.index("要求客户"), "customer"),)

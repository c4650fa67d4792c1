"""A speaker's own commitment to consult someone before answering is a next step, beside any risk it states."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.summaries.owners import party_of
from assistant.summaries.schema import NextStep, Quote
from assistant.summaries.step_consults import consult_due, consult_owner, consults, fold_consults
from assistant.summaries.steps_answered import answered
from assistant.text.conversation import parse_conversation


@pytest.mark.parametrize(
    "text",
    [
        "账期九十天这个我得回去跟财务总监商量。",
        "那这个条件我也一起带回去请示。",
        "单价我回去再跟老板争取一下",
        "八万二我先报上去。",
        "认证加急的事我去跟检测机构确认一下",
        "这个要回去请示分管领导",
        "我回去跟校长汇报一下价格。",
        "I'll check 45 days open account with our finance team.",
        "Let me run it by my manager and come back to you.",
        "I'll take it to our board on the 12th and let you know.",
        "The warranty extension I'll have to check with legal.",
        "ok i gotta run it past my boss",
    ],
)
def test_a_speakers_own_consultation_is_read(text: str) -> None:
    assert consults(text)


@pytest.mark.parametrize(
    "text",
    [
        "我上周来之前跟公司申请过了。",  # told as done
        "价格已经跟经理请示了。",
        "你回去跟领导商量一下吧。",  # the other side asked to
        "刘工说这个要回去请示总工，暂时答复不了。",  # someone else's, reported
        "你问过你们财务吗？",  # a question
        "还有一件事要跟您说一下，我下月调岗。",  # telling the other side, no consultation
        "3.5元我没法报上去。",  # refused
        "五百套的话我跟经理申请一下，看能不能做到二十八。",  # an offer pending approval: progress
        "I checked with finance yesterday.",
        "Let me ask you one more thing.",
    ],
)
def test_done_reported_refused_or_asked_consultations_are_not(text: str) -> None:
    assert not consults(text)


def _sentence(text: str, needle: str):
    parsed = parse_conversation(text, today=dt.date(2030, 5, 6))
    return parsed, next(s for s in parsed.sentences if needle in s.text)


def test_at_once_is_due_the_day_it_is_said_and_a_submission_the_deciding_meetings_day() -> None:
    parsed, s = _sentence("客户：接头漏水了。\n销售：这是焊接问题，我马上跟车间说。", "马上")
    assert consult_due(s, parsed.sentences, dt.date(2030, 5, 6)).date == dt.date(2030, 5, 6)
    text = "客户：六十五先报上去。超过五十万的采购要总经理办公会审批，下周三开。\n销售：好的。"
    parsed, s = _sentence(text, "报上去")
    assert consult_due(s, parsed.sentences, dt.date(2030, 5, 6)).date == dt.date(2030, 5, 15)


def _step(text: str, start: int, due: dt.date | None = None, owner: str = "we") -> NextStep:
    q = Quote(text=text, start=start, end=start + len(text))
    return NextStep(text=text, action=text, owner=owner, due=due, quotes=[q])  # type: ignore[arg-type]


def test_a_consultation_joins_the_answer_promised_right_after_it() -> None:
    text = "客户：能月结吗？\n销售：月结我得问下老板。\n客户：好。\n销售：明天中午前回您。"
    parsed = parse_conversation(text, today=dt.date(2030, 5, 6))
    ask, reply = (next(s for s in parsed.sentences if k in s.text) for k in ("问下老板", "回您"))
    steps = [_step(ask.text, ask.start), _step(reply.text, reply.start, dt.date(2030, 5, 7))]
    out = fold_consults(steps, parsed.sentences)
    assert len(out) == 1 and [q.text for q in out[0].quotes] == [reply.text, ask.text]


def test_an_answer_with_its_own_consultation_is_another_point() -> None:
    text = "Us: Let me talk to our finance director.\nThem: OK.\nUs: I'll ask the lab for a slot and tell you by Friday."
    parsed = parse_conversation(text, today=dt.date(2030, 5, 6))
    ask, reply = (next(s for s in parsed.sentences if k in s.text) for k in ("finance", "lab"))
    steps = [_step(ask.text, ask.start), _step(reply.text, reply.start, dt.date(2030, 5, 10))]
    assert len(fold_consults(steps, parsed.sentences)) == 2


def test_the_speaker_owns_their_consultation_even_when_it_asks_for_something_for_them() -> None:
    text = "客户：太晚了。\n销售：I'll ask the factory whether they can give us earlier slots."
    _, s = _sentence(text, "factory")
    assert party_of(s) == "we" and consult_owner(s, "customer") == "we"


def test_a_consultation_answered_later_by_its_side_is_kept() -> None:
    text = (
        "Amy 2030-05-06 10:00\nCan you do 340?\nBo 2030-05-06 10:05\n340 I can't promise; I will ask my director tomorrow.\n"
        "Bo 2030-05-07 09:00\nMy director approved 340 for this order."
    )
    parsed, s = _sentence(text, "ask my director")
    assert answered(s, parsed)


def test_a_consultation_stated_beside_a_credit_risk_is_also_a_step() -> None:
    """The learned engine's own steps (before the item filter, which judges them like any other)."""
    from assistant.summaries.catalog import Catalog
    from assistant.summaries.offline_learned import summarize_offline

    text = (
        "客户：尾款我们要等项目验收后半年再付。\n"
        "销售：尾款等半年这个我得回去跟财务商量。\n"
        "客户：行，你们商量好了告诉我。"
    )
    parsed = parse_conversation(text, today=dt.date(2030, 5, 6))
    summary = summarize_offline(
        parsed, today=dt.date(2030, 5, 6), catalog=Catalog.from_products([]), language="zh"
    )
    assert any("跟财务商量" in q.text and s.owner == "we" for s in summary.next_steps for q in s.quotes)


def test_a_third_party_named_as_the_one_who_consults_is_not_the_speakers_step() -> None:
    assert not consults("领导回去研究一下。")
    assert not consults("这个方案厂里再研究一下")
    assert consults("这个我得回去跟领导商量一下")


@pytest.mark.parametrize(
    "text",
    [
        "I'll talk to you again next Thursday.",
        "We will discuss it with you on Wednesday.",
        "Let me go back to your point about the freight.",
        "I'll speak with you after lunch.",
        "We can check with you tomorrow morning.",
    ],
)
def test_talking_to_the_other_side_is_no_consultation(text: str) -> None:
    """Whom the speaker talks to is the other side: a call or a topic, not someone consulted before answering."""
    assert not consults(text)


def test_talking_to_ones_own_side_still_is() -> None:
    assert consults("I'll talk to our plant manager tomorrow.")
    assert consults("We will discuss it with our board on Wednesday.")


def test_a_consultation_joins_its_sides_answer_after_the_other_side_has_spoken() -> None:
    """The other side's lines in between do not count: the same side's answer two turns later is the answer."""
    text = (
        "客户：单价还是高了，我得跟总经理汇报。\n"
        "销售：理解。\n销售：那我先把合同草稿准备好。\n销售：交货期按二十天算可以吗？\n"
        "客户：交期没问题。\n客户：周四总经理回来我让他给你回话。"
    )
    parsed = parse_conversation(text, today=dt.date(2030, 5, 6))
    ask, reply = (next(s for s in parsed.sentences if k in s.text) for k in ("汇报", "回话"))
    steps = [
        _step(ask.text, ask.start, owner="customer"),
        _step(reply.text, reply.start, dt.date(2030, 5, 9), owner="customer"),
    ]
    out = fold_consults(steps, parsed.sentences)
    assert len(out) == 1 and {q.text for q in out[0].quotes} == {ask.text, reply.text}


def test_a_consultation_keeps_apart_from_an_answer_many_lines_later() -> None:
    lines = "\n".join(f"客户：第{i}个问题说完了。" for i in range(4))
    text = f"客户：单价我得跟总经理汇报。\n{lines}\n客户：周四给你回话。"
    parsed = parse_conversation(text, today=dt.date(2030, 5, 6))
    ask, reply = (next(s for s in parsed.sentences if k in s.text) for k in ("汇报", "回话"))
    steps = [
        _step(ask.text, ask.start, owner="customer"),
        _step(reply.text, reply.start, dt.date(2030, 5, 9), owner="customer"),
    ]
    assert len(fold_consults(steps, parsed.sentences)) == 2


def test_a_later_answer_that_closes_another_request_of_its_sentence_is_not_the_consultations() -> None:
    """"…申请提上去，明天中午前回复" answers its own submission, not a check said turns before it."""
    text = (
        "销售：检测的事我再问问实验室能不能提前。\n客户：好。\n客户：账期要六十天。\n客户：这是底线。\n"
        "销售：好，我今天就把账期的申请提上去，明天中午前给您回复。"
    )
    parsed = parse_conversation(text, today=dt.date(2030, 5, 6))
    ask = next(s for s in parsed.sentences if "实验室" in s.text)
    whole = next(s for s in parsed.sentences if "回复" in s.text)
    k = whole.text.index("明天")
    reply = whole.text[k:]
    steps = [_step(ask.text, ask.start), _step(reply, whole.start + k, dt.date(2030, 5, 7))]
    assert len(fold_consults(steps, parsed.sentences)) == 2

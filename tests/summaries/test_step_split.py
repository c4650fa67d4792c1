"""A sentence that commits to two dated actions gives two next steps, each with its own due date."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.step_due_pick import step_due
from assistant.summaries.step_split import split_steps
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

REF = dt.date(2027, 5, 4)  # a Tuesday


def _parts(text: str) -> list[tuple[str, dt.date | None]]:
    s = Sentence(start=10, end=10 + len(text), text=text, speaker="孔令辉", role="we")
    out = []
    for part, own in split_steps(s, [d for d in find_dates(text, REF) if d.date >= REF]):
        assert text[part.start - 10 : part.end - 10] == part.text  # verbatim span of the sentence
        due = step_due(own, part.text, REF)
        out.append((part.text, due.date if due else None))
    return out


def test_two_dated_actions_are_two_steps() -> None:
    assert _parts("我今天先把打样申请提上去，后天上午前给您回复。") == [
        ("我今天先把打样申请提上去", REF),
        ("后天上午前给您回复。", dt.date(2027, 5, 6)),
    ]
    assert _parts("I'll chase the carrier today and send you the tracking number by Thursday.") == [
        ("I'll chase the carrier today", REF),
        ("send you the tracking number by Thursday.", dt.date(2027, 5, 6)),
    ]


def test_one_action_a_condition_or_a_remark_stays_one_step() -> None:
    assert _parts("周五有点赶🙈 我问下车间 明天告诉你") == [
        ("周五有点赶🙈 我问下车间 明天告诉你", dt.date(2027, 5, 5))
    ]
    assert len(_parts("本周五前付款的话，我们5月20号能出货")) == 1
    assert len(_parts("下周要开会，你们最好下周四之前把报价给到")) == 1


def test_a_second_verb_after_and_keeps_the_speaker_and_its_own_date() -> None:
    assert _parts("I'll email the signed contract today, and call back about the freight tomorrow.") == [
        ("I'll email the signed contract today", REF),
        ("call back about the freight tomorrow.", dt.date(2027, 5, 5)),
    ]
    assert len(_parts("I'll check with the bank today and come back to you tomorrow.")) == 1


def test_a_thousands_comma_does_not_cut_a_clause() -> None:
    """"USD 48,900 today" keeps its figure and its date together, so the first action is still dated."""
    assert _parts(
        "I will send the updated invoice for USD 48,900 today so that finance can log it, "
        "and I will check with the mill tomorrow whether the run can be shortened."
    ) == [
        ("I will send the updated invoice for USD 48,900 today so that finance can log it", REF),
        ("and I will check with the mill tomorrow whether the run can be shortened.", dt.date(2027, 5, 5)),
    ]


def test_a_colleague_sent_on_a_date_is_a_step_of_its_own() -> None:
    """Our colleague's dated visit beside the rep's own dated answer: two steps, two due dates (Tue 4 May)."""
    assert _parts("行，我们技术主管老贺周五下午去你们车间看一下设备，报价后天给您。") == [
        ("行，我们技术主管老贺周五下午去你们车间看一下设备", dt.date(2027, 5, 7)),
        ("报价后天给您。", dt.date(2027, 5, 6)),
    ]
    assert _parts("Our service engineer will be at your plant on Friday, and I'll send the revised quote tomorrow.") == [
        ("Our service engineer will be at your plant on Friday", dt.date(2027, 5, 7)),
        ("and I'll send the revised quote tomorrow.", dt.date(2027, 5, 5)),
    ]


def test_a_colleague_named_in_passing_does_not_split_a_step() -> None:
    assert len(_parts("我们经理说了周五前一定给您回复。")) == 1
    assert len(_parts("Our manager says we can confirm the slot by Friday.")) == 1
    for text in (
        "我明天把图纸发您，我们工程师周三去不了了。",  # cannot come: no step
        "我明天把合同发您，我们工厂周五到期的那批先排。",
        "我明天把清单发您，我们员工周五到岗后就排产。",
        "我今天把样品寄出，我们师傅明天到别的客户那里装机。",  # another customer's site
        "我今天把报价发您，我们经理下周去广州出差。",
    ):
        assert len(_parts(text)) == 1, text


def test_and_our_engineer_starts_a_step_of_its_own() -> None:
    assert _parts("I'll send the drawings today and our engineer will visit your site on Friday.") == [
        ("I'll send the drawings today", REF),
        ("our engineer will visit your site on Friday.", dt.date(2027, 5, 7)),
    ]


def test_a_named_colleague_taking_or_sending_engineers_on_a_date_is_a_step_of_its_own() -> None:
    assert _parts("后天卢建平带工程师到门店逐台检查，整改报告这周五前发您。") == [
        ("后天卢建平带工程师到门店逐台检查", dt.date(2027, 5, 6)),
        ("整改报告这周五前发您。", dt.date(2027, 5, 7)),
    ]
    assert len(_parts("周四派师傅上门，安装方案明天发您。")) == 2
    assert len(_parts("我明天把图纸发您，带工程师的事以后再说。")) == 1  # no day of its own: no step

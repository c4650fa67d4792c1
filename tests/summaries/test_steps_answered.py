"""A promise to come back with an answer, kept in the same dated export (:mod:`steps_answered`)."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.service import summarize_text
from assistant.summaries.steps_answered import answered
from assistant.text.conversation import parse_conversation
from evals.eval_summaries_blind import demo_catalog

TODAY = dt.date(2028, 3, 15)
KEPT = """甘露（冷丰冷链）  2028-03-13 16:30
你们能到一万一千八的话我就好往上报。
葛文韬  2028-03-13 16:48
一万一千八我今天批不下来，明天上午回您。
葛文韬  2028-03-14 11:10
甘主管，领导同意了，十台一万一千八成交。
"""
OPEN = """甘露（冷丰冷链）  2028-03-13 16:30
你们能到一万一千八的话我就好往上报。
葛文韬  2028-03-13 16:48
一万一千八我今天批不下来，明天上午回您。
甘露（冷丰冷链）  2028-03-14 09:10
好的，等你消息。
"""
SAME_DAY = """Nora Vance  2028-03-13 10:02
Can you do 4.10 per unit?
Wei Lin  2028-03-13 10:15
I will check with my director and get back to you tomorrow.
Wei Lin  2028-03-13 10:20
Also, the catalogue is attached.
"""


def _steps(text: str) -> list[str]:
    summary = summarize_text(
        text,
        today=TODAY,
        catalog=demo_catalog(),
        engine="offline",
        language="zh",
        we_names=("葛文韬", "Wei Lin"),
    )
    return [q.text for s in summary.next_steps for q in s.quotes]


def test_a_reply_promise_answered_on_a_later_day_is_no_open_step() -> None:
    assert not any("回您" in q for q in _steps(KEPT))


def test_a_reply_promise_still_unanswered_stays_open() -> None:
    assert any("回您" in q for q in _steps(OPEN))


def test_a_later_message_the_same_day_does_not_answer_a_promise_for_tomorrow() -> None:
    parsed = parse_conversation(SAME_DAY, we_names=("Wei Lin",), today=TODAY)
    promise = next(s for s in parsed.sentences if "get back" in s.text)
    assert not answered(promise, parsed)


def test_a_promise_without_a_topic_is_answered_by_nothing() -> None:
    text = "销售：明天上午回您。\n销售：领导同意了。"
    parsed = parse_conversation(text, we_names=("销售",), today=TODAY)
    assert not answered(parsed.sentences[0], parsed)


def test_a_call_answers_a_promise_when_the_topic_is_settled_later() -> None:
    text = "客户：账期能不能九十天？\n销售：九十天账期我得请示经理，明天给您答复。\n客户：好。\n销售：经理批了，九十天账期可以。"
    parsed = parse_conversation(text, today=TODAY)
    promise = next(s for s in parsed.sentences if "答复" in s.text)
    assert answered(promise, parsed)


def test_a_later_word_of_another_topic_settles_nothing() -> None:
    text = "销售：九十天账期我得请示经理，明天给您答复。\n销售：样品已经寄出了，没问题。"
    parsed = parse_conversation(text, today=TODAY)
    assert not answered(parsed.sentences[0], parsed)


def test_an_answer_still_pending_keeps_the_promise_open() -> None:
    text = "销售：交期我问下工厂，明天回您。\n销售：另外我们X200的交期一般是30天，这次要看排产，我确认了再说。"
    parsed = parse_conversation(text, today=TODAY)
    assert not answered(parsed.sentences[0], parsed)


def _promise(text: str, needle: str):
    parsed = parse_conversation(text, today=TODAY)
    return next(s for s in parsed.sentences if needle in s.text), parsed


def test_the_consulted_person_approving_later_answers_the_promise() -> None:
    """"我跟总监商量下，明天回复" … "总监批了：…": the answer came, though it shares no word with the price asked."""
    text = (
        "苗青  2028-03-13 15:00\n报价还是高，能不能再便宜点？\n"
        "葛文韬  2028-03-13 15:20\n运费的事我跟总监商量下，明天给您回复。\n"
        "葛文韬  2028-03-14 10:05\n总监批了：二十台以上每台九千八。\n"
    )
    promise, parsed = _promise(text, "商量")
    assert answered(promise, parsed)
    text_en = (
        "Nora Vance  2028-03-13 10:02\nThe freight is too high.\n"
        "Wei Lin  2028-03-13 10:15\nLet me check with my director and get back to you tomorrow.\n"
        "Wei Lin  2028-03-14 09:40\nMy director approved it, so we cover the freight above 20 units.\n"
    )
    promise, parsed = _promise(text_en, "director")
    assert answered(promise, parsed)


def test_the_consulted_person_only_named_later_answers_nothing() -> None:
    text = (
        "苗青  2028-03-13 15:00\n报价还是高。\n"
        "葛文韬  2028-03-13 15:20\n运费的事我跟总监商量下，明天给您回复。\n"
        "葛文韬  2028-03-14 10:05\n总监今天出差了，还没回复我。\n"
    )
    promise, parsed = _promise(text, "商量")
    assert not answered(promise, parsed)

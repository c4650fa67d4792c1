"""Owners and due dates of next steps: a promise after a request, event-tied dues, the other side's people."""

from __future__ import annotations

import datetime as dt

from assistant.summaries.service import summarize_text
from assistant.summaries.speakers_commitments import commitment_kind

THU = dt.date(2027, 6, 10)  # a Thursday


def _steps(chat: str, today: dt.date = THU) -> list[tuple[str, str, dt.date | None]]:
    summary = summarize_text(chat, today=today, engine="offline", we_names=("邵文杰", "Mia Chen"))
    return [(n.owner, " ".join(q.text for q in n.quotes), n.due) for n in summary.next_steps]


def test_the_speakers_own_action_after_finishing_another_is_a_promise() -> None:
    assert commitment_kind("我看完明天给意见") == "self"
    assert commitment_kind("我们盖好章就寄回") == "self"
    assert commitment_kind("我觉得好看") == "none"


def test_passing_something_up_to_the_speakers_own_boss_is_the_speakers_step() -> None:
    assert commitment_kind("这个折扣太大了，我得汇报给我们老板") == "self"
    assert commitment_kind("账期的事我回去反馈给我们经理") == "self"
    assert commitment_kind("把报价发给我们经理") == "request"  # asks the other side to send it
    assert commitment_kind("下周前把样品寄给我们") == "request"


def test_the_customers_promise_after_asking_us_is_the_customers() -> None:
    chat = (
        "邵文杰：孟总，报价单我改好了。\n"
        "孟建国：行。你先把报价单今天发我，我签完字后天寄回。\n"
        "邵文杰：好的，下午发您。\n"
    )
    steps = _steps(chat)
    theirs = [(due) for owner, quote, due in steps if "后天" in quote]
    assert theirs == [dt.date(2027, 6, 12)]
    assert all(owner == "customer" for owner, quote, _ in steps if "后天" in quote)


def _due(text: str, earlier: str = "", said: dt.date = THU) -> dt.date | None:
    from assistant.summaries.step_dues import part_due
    from assistant.text.conversation import Sentence
    from assistant.text.dates import find_dates

    whole = earlier + text
    s = Sentence(start=0, end=len(whole), text=whole, speaker="Mia Chen", role="we")
    part = Sentence(start=len(earlier), end=len(whole), text=text, speaker="Mia Chen", role="we")
    dates = [d for d in find_dates(whole, said) if d.date >= said]
    own = [d for d in find_dates(text, said) if d.date >= said]
    found = part_due(part, own, (s, dates), [s], said)
    return found.date if found else None


def test_the_day_of_an_event_dated_earlier_in_the_sentence_is_the_due() -> None:
    assert _due(
        "I'll send you the bill of lading the day the vessel sails.",
        "The containers are booked for 18 June; ",
    ) == dt.date(2027, 6, 18)
    assert _due(
        "the packing list goes out the day the trucks arrive.", "Loading is set for Monday, "
    ) == dt.date(2027, 6, 14)
    assert _due("装柜那天我把装箱单发您。", "货柜订在6月22号，") == dt.date(2027, 6, 22)
    assert _due("发货当天给您提单号。", "下周三发货，") == dt.date(2027, 6, 16)
    assert _due("we'll have the samples ready by then.", "The fair opens on 2 July, ") == dt.date(2027, 7, 2)
    assert _due("在那之前我把样品准备好。", "展会7月2号开，") == dt.date(2027, 7, 2)
    assert (
        _due("I'll send the bill of lading the day the vessel sails.") is None
    )  # no date said for the sailing


def test_right_after_the_chat_is_the_day_it_was_said() -> None:
    assert _due("I'll email you the certificate right after this call.") == THU
    assert _due("I'll send the drawings straight after our meeting.") == THU
    assert _due("聊完马上把证书发您。") == THU
    assert _due("开完会我就把图纸发给您。") == THU
    assert _due("I'll email you the certificate after the trade fair.") is None  # an event of unknown date


def test_people_a_customer_introduces_as_theirs_are_the_customers_once_the_customer_is_placed() -> None:
    from assistant.summaries.speakers import Directory, Person, attribute
    from assistant.text.conversation import parse_conversation

    chat = (
        "Mia Chen: Hi Sven, thanks for making time.\n"
        "Sven Aalto: No problem. Our project manager Petra and engineer Jonas will join the call next week.\n"
        "Jonas: I will send you the wiring diagram by Monday.\n"
        "Petra: We need the quote before the board meets.\n"
        "Mia Chen: Thanks, I will send the datasheet by Friday.\n"
    )  # Sven is placed only by Mia's greeting; his "our" then places Petra and Jonas
    sides = attribute(parse_conversation(chat), Directory(ours=(Person("Mia Chen"),))).sides
    assert [sides[n][0] for n in ("Sven Aalto", "Jonas", "Petra")] == ["customer"] * 3
    zh = (
        "邵文杰：邹总，样品已经寄出了。\n"
        "邹总：收到了。我们周经理和杭工下周一起过来看厂。\n"
        "杭工：我周五前把检验标准发给你们。\n"
        "周经理：价格还得再谈。\n"
        "邵文杰：好的，我明天把行程发您。\n"
    )  # 邹总 is placed as a titled person none of ours; his "我们" then places 杭工
    sides = attribute(parse_conversation(zh), Directory(ours=(Person("邵文杰"),))).sides
    assert [sides[n][0] for n in ("邹总", "周经理", "杭工")] == ["customer"] * 3


def test_a_step_after_an_event_dated_in_an_earlier_sentence_is_due_that_day() -> None:
    from assistant.summaries.step_dues import event_due
    from assistant.text.conversation import parse_conversation

    def due(chat: str) -> dt.date | None:
        sentences = parse_conversation(chat).sentences
        found = event_due(sentences[-1].text, sentences, sentences[-1], THU)
        return found.date if found else None

    zh = "邵文杰：那就这样，你们评审会定在6月18号？\n孟建国：对，今天先到这。\n孟建国：评审会一结束我就给你打电话。"
    assert due(zh) == dt.date(2027, 6, 18)
    en = "Mia Chen: So the board meeting is on 24 June?\nSven Aalto: Yes.\nSven Aalto: I'll call you right after the board meeting."
    assert due(en) == dt.date(2027, 6, 24)
    assert due("Sven Aalto: I'll call you right after the board meeting.") is None  # never dated

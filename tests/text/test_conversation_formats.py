"""Parsing the formats reps paste: email threads, WhatsApp, Teams, WeCom, call transcripts, emoji chats."""

from __future__ import annotations

import datetime as dt

from assistant.text.conversation import parse_conversation
from assistant.text.conversation_headers import header_sender, is_date_line, parse_sender, parse_wrote
from assistant.text.dates import find_dates

OUTLOOK = """From: Grace Lin  25 Nov 2026 14:22
To: Oliver Hart <oliver@northwind-home.co.uk>
Subject: RE: late container

Dear Oliver,
Apologies for the delay. I will escalate this and send you a written plan by tomorrow 12:00 UK.

Kind regards,
Grace Lin
Export Sales

-----Original Message-----
From: Oliver Hart <oliver@northwind-home.co.uk>
Sent: Monday, November 24, 2026 5:40 PM
To: Grace Lin <grace@hengda-tex.cn>; Sam Cole <sam@hengda-tex.cn>
Subject: late container

Grace,
The second container is two weeks late. Otherwise we will have to look at other suppliers for 2027.
Thanks,
Oliver
"""

GMAIL = """Hi Paula,
The swatches left our warehouse today.
Ben

On Mon, 24 Nov 2026 at 09:10, Paula Reyes <paula@casa-viva.es> wrote:
> Ben, can you send the swatches before Friday?
> We need them for our buyer meeting.
>
> On Fri, 21 Nov 2026, Ben Xu <ben@hengda-tex.cn> wrote:
> > Dear Paula, the price is 4.20 USD FOB.
> > Ben
"""

REPEATED = """From: Ben Xu <ben@hengda-tex.cn>
Date: 2026-11-26 10:00

The price is 4.20 USD FOB.

-----Original Message-----
From: Ben Xu <ben@hengda-tex.cn>
Date: 2026-11-21 10:00

The price is 4.20 USD FOB. Lead time is 30 days.
"""


def _check_offsets(text: str) -> None:
    for s in parse_conversation(text).sentences:
        assert text[s.start : s.end] == s.text


def test_date_on_the_from_line_is_not_part_of_the_name() -> None:
    parsed = parse_conversation(OUTLOOK, we_names=("Grace Lin",))
    _check_offsets(OUTLOOK)
    assert parsed.speakers == ["Grace Lin", "Oliver Hart"]
    grace = [s for s in parsed.sentences if s.speaker == "Grace Lin"]
    assert all(s.role == "we" and s.date == dt.date(2026, 11, 25) for s in grace)
    assert grace[-1].timestamp == "2026-11-25 14:22"
    assert grace[0].address == "grace@hengda-tex.cn"  # from the To: line of the quoted email
    assert not any("Export Sales" in s.text or "Kind regards" in s.text for s in parsed.sentences)


def test_original_message_belongs_to_its_author_and_time() -> None:
    parsed = parse_conversation(OUTLOOK, we_names=("Grace Lin",))
    threat = next(s for s in parsed.sentences if "other suppliers" in s.text)
    assert (threat.speaker, threat.role, threat.quoted) == ("Oliver Hart", "customer", True)
    assert threat.date == dt.date(2026, 11, 24) and threat.timestamp == "2026-11-24 17:40"
    assert threat.address == "oliver@northwind-home.co.uk"


def test_nested_quotes_keep_each_author_and_an_unsigned_reply_goes_to_its_signer() -> None:
    parsed = parse_conversation(GMAIL)
    _check_offsets(GMAIL)
    by_text = {s.text: s for s in parsed.sentences}
    assert by_text["Ben, can you send the swatches before Friday?"].speaker == "Paula Reyes"
    assert by_text["Dear Paula, the price is 4.20 USD FOB."].speaker == "Ben Xu"
    assert by_text["Dear Paula, the price is 4.20 USD FOB."].date == dt.date(2026, 11, 21)
    assert by_text["The swatches left our warehouse today."].speaker == "Ben Xu"  # signed "Ben"
    assert "Ben" not in by_text


def test_quoted_text_repeating_an_earlier_message_is_skipped() -> None:
    texts = [s.text for s in parse_conversation(REPEATED).sentences]
    assert texts == ["The price is 4.20 USD FOB.", "Lead time is 30 days."]


def test_whatsapp_export_day_first_dates_and_relative_dates_from_the_message() -> None:
    text = (
        "[24.11.26, 09:14] Paula Reyes: 2,000 is too many for us. Can you do 1,000?\n"
        "[24.11.26, 09:20] Ben Xu: Let me check and get back to you tomorrow morning.\n"
        "03/12/2026, 10:02 - Ben Xu: We can do 1,000 at 4.35.\n"
    )
    parsed = parse_conversation(text, we_names=("Ben Xu",))
    _check_offsets(text)
    assert [s.speaker for s in parsed.sentences] == ["Paula Reyes"] * 2 + ["Ben Xu"] * 2
    promise = parsed.sentences[2]
    assert promise.date == dt.date(2026, 11, 24) and promise.role == "we"
    assert find_dates(promise.text, promise.date)[0].date == dt.date(2026, 11, 25)  # not "today"
    assert parsed.sentences[3].date == dt.date(2026, 12, 3)
    assert parsed.kind == "chat" and parsed.last_date == dt.date(2026, 12, 3)


def test_teams_headers_with_am_pm_and_a_date_divider() -> None:
    text = "Monday, 24 Nov 2026\nGrace Lin 2:05 PM\nThe certificate comes next week.\nOliver Hart 2:07 PM\nFine.\n"
    parsed = parse_conversation(text)
    assert [(s.speaker, s.timestamp) for s in parsed.sentences] == [
        ("Grace Lin", "2026-11-24 14:05"),
        ("Oliver Hart", "2026-11-24 14:07"),
    ]


def test_wecom_export_and_honorific_customer() -> None:
    text = "陈静 2026-11-24 10:15\n王总您好，报价单我整理好了\n王总 2026-11-24 10:20\n下周三前把报价单发我\n"
    parsed = parse_conversation(text, we_names=("陈静",))
    assert [(s.speaker, s.role) for s in parsed.sentences] == [("陈静", "we"), ("王总", "customer")]
    ask = parsed.sentences[1]
    assert find_dates(ask.text, ask.date)[0].date == dt.date(2026, 12, 2)  # 下周三 after Tue 24 Nov


def test_call_transcript_speaker_numbers_are_a_call() -> None:
    text = "Speaker 1: 您好，我是恒达的小徐。\nSpeaker 2: 你们的价格太高了。\n说话人1：我们明天给您回复。"
    parsed = parse_conversation(text)
    assert parsed.kind == "call"
    assert [s.speaker for s in parsed.sentences] == ["Speaker 1", "Speaker 2", "说话人1"]
    assert parsed.sentences[0].role == "we" and parsed.sentences[1].role == "customer"


def test_emoji_nicknames_are_speakers_but_fields_are_not() -> None:
    text = "🌸Mia：杯子要1000个\n小徐🍀：好的，刻字费另算\n价格：3.5元\nNote: engraving extra\n🌸Mia：不是说好包含的吗？"
    parsed = parse_conversation(text)
    _check_offsets(text)
    assert [s.speaker for s in parsed.sentences] == ["🌸Mia", "小徐🍀", "小徐🍀", "小徐🍀", "🌸Mia"]
    assert parsed.sentences[2].text == "价格：3.5元"


def test_header_helpers() -> None:
    assert parse_sender('"Lin, Grace" <grace@hengda-tex.cn>').address == "grace@hengda-tex.cn"
    s = parse_sender("Grace Lin  Tue, 25 Nov 2026 14:22")
    assert (s.name, s.date, s.time) == ("Grace Lin", dt.date(2026, 11, 25), "14:22")
    assert parse_sender("Oliver Hart 11/25/2026 2:22 PM").date == dt.date(2026, 11, 25)
    w = parse_wrote("在 2026年11月24日 下午3:10，陈静 写道：")
    assert w is not None and (w.name, w.date, w.time) == ("陈静", dt.date(2026, 11, 24), "15:10")
    assert header_sender("明天 10:00") is None  # a time, not a sender
    assert is_date_line("—— 2026年11月24日 ——") and not is_date_line("我们2026年11月24日发货")


def test_bracketed_month_day_and_time_before_the_speaker() -> None:
    parsed = parse_conversation(
        "[03-02 09:15] 周明：数量要800个。\n[03-02 09:20] 王磊：好的。", we_names=("王磊",)
    )
    assert [(s.speaker, s.timestamp is not None) for s in parsed.sentences] == [
        ("周明", True),
        ("王磊", True),
    ]
    assert header_sender("价格是12-15 14:02的") is None


def test_a_field_label_in_an_email_body_is_not_a_new_speaker() -> None:
    text = "From: Li Hua <li@acme.cn>\nTo: Grace <g@nw.com>\n\nDear Grace,\n\nConfirmed: the price holds.\nI will send it today."
    parsed = parse_conversation(text)
    assert {s.speaker for s in parsed.sentences} == {"Li Hua"}


def test_meeting_notes_with_a_time_field_keep_their_speakers() -> None:
    text = "会议记录\n时间：2026-03-02 14:00\n地点：三楼会议室\n\n周明：数量要800个。\n王磊：好的，明天报价。"
    assert [s.speaker for s in parse_conversation(text).sentences][-2:] == ["周明", "王磊"]


def test_the_date_heading_meeting_notes_is_the_day_of_every_sentence() -> None:
    text = "会议纪要：2026年3月2日（周一）下午，客户会议室\n参会：我方 王磊\n\n周明：报价明天发我。"
    parsed = parse_conversation(text)
    assert {s.date for s in parsed.sentences} == {dt.date(2026, 3, 2)}


def test_a_clause_before_a_colon_is_not_a_speaker() -> None:
    notes = (
        "会议纪要\n我方：周倩（销售）\n客户方：采购部孔德明经理\n"
        "孔德明经理补充：彩盒要用350克白卡。\n"
        "品控部另外要求每批随货附检测报告：每500箱抽检一次。\n"
        "会后补充：样品周五寄出。\n"
    )
    speakers = {s.speaker for s in parse_conversation(notes).sentences}
    assert "品控部另外要求每批随货附检测报告" not in speakers  # nine or more characters: a clause
    assert "会后补充" not in speakers  # a field of the notes
    assert "孔德明经理补充" in speakers  # short enough to be a label; its roster person decides the side


def test_chat_headers_without_a_year_take_the_conversation_year() -> None:
    import datetime as dt

    from assistant.text.conversation import parse_conversation

    text = (
        "邓工 12-30 16:20\n样品收到了\n孔令辉 01-02 09:05\n好的，我明天把报价发您\n[01-02 09:10] 邓工：行\n"
    )
    parsed = parse_conversation(text, today=dt.date(2027, 1, 3))
    days = {s.text: s.date for s in parsed.sentences}
    assert days["样品收到了"] == dt.date(2026, 12, 30)  # a December day before a January today
    assert days["好的，我明天把报价发您"] == dt.date(2027, 1, 2)
    assert days["行"] == dt.date(2027, 1, 2)
    assert parse_conversation(text).sentences[0].date is None  # no today: no guessed year


def test_a_field_line_inside_a_headed_chat_message_stays_the_senders() -> None:
    from assistant.text.conversation import parse_conversation

    text = "邓工 12-30 16:20\n颜色我们定了：蓝色2000本\n孔令辉 12-30 16:25\n收到\n"
    parsed = parse_conversation(text)
    assert [(s.speaker, s.text) for s in parsed.sentences] == [
        ("邓工", "颜色我们定了：蓝色2000本"),
        ("孔令辉", "收到"),
    ]


def test_headings_of_call_notes_are_dropped_and_bulleted_names_kept() -> None:
    from assistant.text.conversation import parse_conversation

    text = "Call notes: Acme, Tue 4 May 2027\n- Delivery: goods by the end of June.\n- Nora: confirm the colours by Friday.\n三、付款：月结六十天\n"
    texts = [(s.speaker, s.text) for s in parse_conversation(text).sentences]
    assert (None, "goods by the end of June.") in texts
    assert (None, "- Nora: confirm the colours by Friday.") in texts
    assert (None, "月结六十天") in texts


def test_a_time_range_opening_a_line_is_no_sender() -> None:
    """"9:30 to 11:30 works for us." continues the message before it; its "11:30" is no "name: text" colon."""
    chat = "[09:12] Rosa Klein: Which slot do you prefer?\n[09:15] Tao Ming: Any morning this week.\n9:30 to 11:30 works for us.\n"
    parsed = parse_conversation(chat)
    assert [(s.speaker, s.text) for s in parsed.sentences] == [
        ("Rosa Klein", "Which slot do you prefer?"),
        ("Tao Ming", "Any morning this week."),
        ("Tao Ming", "9:30 to 11:30 works for us."),
    ]
    assert parse_conversation("[10:01] 客户：500个，下周要\n").sentences[0].speaker == "客户"  # "客户：500" stays a sender
    plain = parse_conversation("Rosa Klein: Which slot?\nTao Ming: Any morning.\nBetween 9:30 and 11:30 is best.\n")
    assert [s.speaker for s in plain.sentences] == ["Rosa Klein", "Tao Ming", "Tao Ming"]
    tight = parse_conversation("客户:500个，下周能发吗\n销售:可以，周三发\nBuyer:25 units by Friday please\n")
    assert [s.speaker for s in tight.sentences] == ["客户", "销售", "Buyer"]  # a half-width colon, no space


def test_a_group_chat_with_full_width_bracketed_stamps_names_each_sender() -> None:
    """"【3月10日 14:02】庞总（客户公司）：…" is a sender line; "群聊：…" at the top is the chat's name, no sender."""
    chat = "群聊：供货项目\n【3月10日 14:02】韦国庆（晟丰）：烘箱要三台。\n【3月10日 14:05】邝敏（晨屹）：好的，三台。\n"
    parsed = parse_conversation(chat)
    assert [(s.speaker, s.text) for s in parsed.sentences] == [
        (None, "群聊：供货项目"),
        ("韦国庆（晟丰）", "烘箱要三台。"),
        ("邝敏（晨屹）", "好的，三台。"),
    ]

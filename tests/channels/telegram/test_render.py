"""Rendering: escaped HTML, bold titles only, ≤ 4096 characters per message in order, 是/否 keyboard."""

from __future__ import annotations

from telegram import Update

from channels.base import Attachment, Button, OutboundReply
from channels.telegram.inbound import command_text, fields_of
from channels.telegram.render import MESSAGE_LIMIT, callback_data, render, utf16_len


def test_model_and_customer_text_is_escaped_and_only_the_title_is_bold() -> None:
    [part] = render(OutboundReply(text="客户说：<b>便宜</b> & <script>x</script>", title="摘要 <i>"))
    assert part["html"] == "<b>摘要 &lt;i&gt;</b>\n客户说：&lt;b&gt;便宜&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;"
    assert part["text"] == "摘要 <i>\n客户说：<b>便宜</b> & <script>x</script>"


def test_a_long_answer_is_split_in_order_within_the_limit_with_buttons_on_the_last_part() -> None:
    sentences = [f"第{i}句：客户<公司>的订单 & 回款情况良好。" for i in range(600)]
    reply = OutboundReply(text="".join(sentences), title="长回答",
                          buttons=[Button("是", "是"), Button("否", "否")])
    parts = render(reply)
    assert len(parts) > 2
    assert all(utf16_len(p["html"]) <= MESSAGE_LIMIT and utf16_len(p["text"]) <= MESSAGE_LIMIT for p in parts)
    assert "".join(p["text"] for p in parts).replace("\n", "") == "长回答" + "".join(sentences)
    assert [p["buttons"] for p in parts[:-1]] == [[]] * (len(parts) - 1)
    assert parts[-1]["buttons"] == [["是", "是"], ["否", "否"]]


def test_callback_data_stays_within_64_bytes_without_breaking_a_character() -> None:
    data = callback_data("确认" * 40)
    assert len(data.encode()) <= 64 and data == "确认" * 10 + "确"


def test_attachments_follow_the_text_and_links_are_kept() -> None:
    reply = OutboundReply(text="见附件", link="http://127.0.0.1:8000/a/1?x=1&y=2",
                          images=[Attachment("funnel.png", b"\x89PNG", "image/png")],
                          files=[Attachment("alerts.csv", b"a,b\n", "text/csv")])
    text, photo, document = render(reply)
    assert text["html"].endswith("http://127.0.0.1:8000/a/1?x=1&amp;y=2")
    assert photo["filename"] == "funnel.png" and document["filename"] == "alerts.csv"


def test_commands_arrive_as_text_without_the_bot_name() -> None:
    assert command_text("/bind@stub_bot  AB12CD34") == "/bind AB12CD34"
    assert command_text("/Pipeline") == "/pipeline"
    update = Update.de_json({"update_id": 5, "message": {
        "message_id": 1, "date": 0, "chat": {"id": -100, "type": "group", "title": "g"},
        "from": {"id": 9, "is_bot": False, "first_name": "A"}, "text": "/scripts@stub_bot 太贵了"}}, None)
    fields = fields_of(update)
    assert fields == {"channel": "telegram", "dedupe_key": "5", "chat_id": "-100", "sender_id": "9",
                      "kind": "command", "text": "/scripts 太贵了"}


def test_edits_and_channel_posts_are_ignored() -> None:
    edited = Update.de_json({"update_id": 6, "edited_message": {
        "message_id": 1, "date": 0, "edit_date": 1, "chat": {"id": 9, "type": "private"},
        "from": {"id": 9, "is_bot": False, "first_name": "A"}, "text": "x"}}, None)
    assert fields_of(edited) is None

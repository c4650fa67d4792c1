"""Replies through the fake ``message/send``: answers, splitting, textcards, send limits, the access token."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from sqlalchemy import update

from assistant.db import session_scope
from assistant.inbox import service as inbox
from assistant.inbox.models import InboundRecord
from channels import registry, worker
from channels.base import Button, OutboundReply
from channels.splitting import utf8_len
from channels.wecom.channel import PER_MINUTE

from .conftest import WeComApp, nonce, text_xml

SENTENCE = "本季度重点客户的跟进情况需要在周五之前整理完毕，并同步给经理。"  # 93 bytes


def _accept(wecom: WeComApp, text: str, msg_id: str, user: str = "rep01") -> int:
    assert wecom.post(wecom.signed(text_xml(user, text, msg_id), nonce=nonce())).status_code == 200
    return wecom.queued.pop()


def test_a_rep_asks_and_gets_the_agents_answer(wecom: WeComApp, demo: object) -> None:
    assert wecom.post(wecom.signed(text_xml("rep01", "我本季度的管道", "8101"))).status_code == 200
    wecom.run_queue()
    (answer,) = wecom.fake.texts("rep01")
    assert "管道" in answer and wecom.fake.token_requests == 1


def test_an_unknown_userid_gets_the_binding_instruction_and_no_data(wecom: WeComApp, demo: object) -> None:
    assert wecom.post(wecom.signed(text_xml("stranger", "我本季度的管道", "8102"))).status_code == 200
    wecom.run_queue()
    assert wecom.fake.texts() == ["您的账号尚未开通销售助手，请联系管理员绑定（crm-assistant users bind）。"]


def test_a_5000_byte_answer_goes_in_ordered_parts_of_at_most_2048_bytes(wecom: WeComApp) -> None:
    long = "".join(f"{i:02d}{SENTENCE}" for i in range(53))
    assert 4900 < utf8_len(long) < 5200
    mid = _accept(wecom, "长问题", "8103")
    worker.process(mid, responder=lambda m, d: [OutboundReply(text=long)])
    parts = wecom.fake.texts("rep01")
    assert len(parts) == 3 and all(utf8_len(p) <= 2048 for p in parts)
    assert "".join(parts) == long and all(p.endswith("。") for p in parts)  # in order, on sentence ends
    numbers = [int(n) for n in re.findall(r"(\d\d)本季度", "".join(parts))]
    assert numbers == list(range(53))


def test_a_very_long_answer_is_one_textcard_linking_to_its_web_view(wecom: WeComApp) -> None:
    long = "".join(f"{i:03d}{SENTENCE}<b>" for i in range(120))
    mid = _accept(wecom, "很长的问题", "8104")
    worker.process(mid, responder=lambda m, d: [OutboundReply(text=long, title="本季度客户跟进" * 20)])
    (card,) = wecom.fake.sent
    assert card["msgtype"] == "textcard"
    assert utf8_len(card["textcard"]["title"]) <= 128 and utf8_len(card["textcard"]["description"]) <= 512
    assert "&lt;b&gt;" in card["textcard"]["description"]
    link = card["textcard"]["url"]
    assert link.startswith("https://crm.example.com/wecom/answers/")
    page = wecom.client.get(link.removeprefix("https://crm.example.com"))
    assert page.status_code == 200 and "119本季度" in page.text and "<b>" not in page.text.split("<pre>")[1]
    assert wecom.client.get("/wecom/answers/" + "x" * 24).status_code == 404


def test_confirmation_buttons_become_a_yes_no_reply(wecom: WeComApp) -> None:
    mid = _accept(wecom, "把王总的订单改成已付款", "8105")
    reply = OutboundReply(text="确认把订单改为已付款吗？", buttons=[Button("是", "是"), Button("否", "否")])
    worker.process(mid, responder=lambda m, d: [reply])
    assert wecom.fake.texts() == ["确认把订单改为已付款吗？\n\n请回复「是」或「否」"]


def test_over_the_per_member_limit_parts_wait_and_are_merged_not_dropped(wecom: WeComApp) -> None:
    earlier = _accept(wecom, "之前的问题", "8106")
    inbox.record_replies(earlier, channel="wecom", chat_id="rep01",
                         payloads=[{"msgtype": "text", "text": {"content": f"旧{i}"}} for i in range(PER_MINUTE)])
    for part in inbox.unsent(inbound_id=earlier):
        inbox.mark_sent(part.id)  # 30 messages in the last minute
    mid = _accept(wecom, "新问题", "8107")
    replies = [OutboundReply(text=f"第{i}段。") for i in range(4)]
    wait = worker.process(mid, responder=lambda m, d: replies)
    assert wait == 60 and wecom.fake.sent == []  # held back, not sent into WeCom's silent drop
    assert len(inbox.unsent(inbound_id=mid)) == 4
    with session_scope() as s:  # a minute later: one message of budget left
        s.execute(update(InboundRecord).values(status="queued"))
    _age_sent_parts(seconds=30, keep=PER_MINUTE - 1)
    assert worker.process(mid, responder=lambda m, d: pytest.fail("answered twice")) is None
    assert wecom.fake.texts() == ["第0段。\n\n第1段。\n\n第2段。\n\n第3段。"]
    assert inbox.unsent(inbound_id=mid) == []


def _age_sent_parts(*, seconds: int, keep: int) -> None:
    """Move all but ``keep`` sent parts out of the last minute."""
    from assistant.inbox.models import ReplyRecord

    with session_scope() as s:
        ids = s.scalars(ReplyRecord.__table__.select().with_only_columns(ReplyRecord.id)
                        .where(ReplyRecord.sent_at.is_not(None)).order_by(ReplyRecord.id)).all()
        old = ids[: len(ids) - keep]
        s.execute(update(ReplyRecord).where(ReplyRecord.id.in_(old))
                  .values(sent_at=ReplyRecord.sent_at - dt.timedelta(seconds=60 + seconds)))


def test_an_expired_token_is_fetched_again_once(wecom: WeComApp) -> None:
    first = _accept(wecom, "一", "8108")
    worker.process(first, responder=lambda m, d: [OutboundReply(text="第一条")])
    assert wecom.fake.token_requests == 1
    wecom.fake.expire_tokens()  # WeCom answers 42001 to the stored token
    second = _accept(wecom, "二", "8109")
    worker.process(second, responder=lambda m, d: [OutboundReply(text="第二条")])
    assert wecom.fake.token_requests == 2 and wecom.fake.texts() == ["第一条", "第二条"]


def test_the_token_is_shared_and_refreshed_early_by_one_caller(wecom: WeComApp) -> None:
    from channels.wecom.api import WeComAPI

    channel = registry.get("wecom")
    one, two = WeComAPI(channel.config), WeComAPI(channel.config)  # two processes
    assert one.client.access_token == two.client.access_token == "token-1"
    key = one.client.tokens.key
    stored = json.loads(inbox.get_state(key))
    inbox.put_state(key, json.dumps({**stored, "refresh_at": 0}), ttl=dt.timedelta(seconds=500))
    assert inbox.acquire_state(key + ":refresh", "other", ttl=dt.timedelta(seconds=30))  # someone is refreshing
    assert two.client.access_token == "token-1" and wecom.fake.token_requests == 1  # keeps the valid one
    inbox.delete_state(key + ":refresh")
    assert one.client.access_token == "token-2" and two.client.access_token == "token-2"
    assert wecom.fake.token_requests == 2


def test_an_untrusted_ip_is_logged_with_the_fix(wecom: WeComApp, caplog: pytest.LogCaptureFixture) -> None:
    wecom.fake.ip_blocked = True
    mid = _accept(wecom, "你好", "8110")
    with pytest.raises(Exception, match="60020"):
        worker.process(mid, responder=lambda m, d: [OutboundReply(text="答复")])
    assert "企业可信IP" in caplog.text and "WECOM_API_BASE" in caplog.text

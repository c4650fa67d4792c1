"""The callback as WeCom drives it: URL verification, signatures, bad input, retries and restarts."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from assistant.config import override_settings
from channels import registry
from channels.app import create_app

from .conftest import CORP_ID, WeComApp, nonce, text_xml


def test_url_verification_answers_the_decrypted_echostr(wecom: WeComApp) -> None:
    signed = wecom.signed("echo-1234567890", nonce="n1", timestamp="1700000000")
    echostr = signed["content"].split("<Encrypt><![CDATA[")[1].split("]]>")[0]
    res = wecom.client.get("/wecom/callback", params={**signed["params"], "echostr": echostr})
    assert res.status_code == 200 and res.text == "echo-1234567890"
    bad = wecom.client.get("/wecom/callback", params={**signed["params"], "msg_signature": "0" * 40,
                                                      "echostr": echostr})
    assert bad.status_code == 403


def test_bad_signature_is_refused_with_403_and_nothing_is_stored(wecom: WeComApp) -> None:
    signed = wecom.signed(text_xml("rep01", "你好", "9001"))
    signed["params"]["msg_signature"] = "f" * 40
    res = wecom.post(signed)
    assert res.status_code == 403 and "signature" in res.json()["detail"]
    assert wecom.queued == []


def test_a_message_from_another_corp_key_is_refused(wecom: WeComApp) -> None:
    from wechatpy.enterprise.crypto import WeChatCrypto

    wecom.crypto = WeChatCrypto("callbackToken", "a" * 43, CORP_ID)  # someone without our AES key
    assert wecom.post(wecom.signed(text_xml("rep01", "你好", "9002"))).status_code == 403


def test_bad_input_gets_4xx_with_a_reason(wecom: WeComApp) -> None:
    ok = wecom.signed(text_xml("rep01", "你好", "9003"))
    malformed = wecom.client.post("/wecom/callback", params=ok["params"], content="<xml><Encrypt>")
    assert malformed.status_code == 400 and "malformed XML" in malformed.json()["detail"]
    entity = "<!DOCTYPE x [<!ENTITY a 'b'>]><xml><Encrypt>&a;</Encrypt></xml>"
    assert wecom.client.post("/wecom/callback", params=ok["params"], content=entity).status_code == 400
    no_params = wecom.client.post("/wecom/callback", content=ok["content"])
    assert no_params.status_code == 422 and "msg_signature" in no_params.text
    huge = wecom.client.post("/wecom/callback", params=ok["params"], content="<xml>" + "x" * 70_000 + "</xml>")
    assert huge.status_code == 413 and "body over" in huge.json()["detail"]
    no_encrypt = wecom.client.post("/wecom/callback", params=ok["params"], content="<xml><A>1</A></xml>")
    assert no_encrypt.status_code == 400 and "Encrypt" in no_encrypt.json()["detail"]
    missing_fields = wecom.post(wecom.signed("<xml><MsgType>text</MsgType></xml>"))
    assert missing_fields.status_code == 400 and "FromUserName" in missing_fields.json()["detail"]
    assert wecom.queued == []


def test_three_retries_and_a_restart_between_them_give_one_reply(wecom: WeComApp, demo: object) -> None:
    signed = wecom.signed(text_xml("rep01", "/help", "7301"), nonce=nonce())
    first = wecom.post(signed)
    assert first.status_code == 200 and first.text == ""
    assert wecom.post(signed).status_code == 200  # WeCom's second attempt
    wecom.restart()  # the server restarts between attempts
    assert wecom.post(signed).status_code == 200  # the third
    assert len(wecom.queued) == 1
    wecom.run_queue()
    assert len(wecom.fake.sent) == 1 and wecom.fake.sent[0]["touser"] == "rep01"
    assert "销售助手" in wecom.fake.texts()[0]


def test_an_event_is_deduplicated_on_sender_and_create_time(wecom: WeComApp) -> None:
    created = int(time.time())
    event = (f"<xml><ToUserName>{CORP_ID}</ToUserName><FromUserName>rep01</FromUserName><CreateTime>{created}"
             "</CreateTime><MsgType>event</MsgType><Event>subscribe</Event><AgentID>1000002</AgentID></xml>")
    signed = wecom.signed(event)
    assert wecom.post(signed).status_code == 200 and wecom.post(signed).status_code == 200
    assert len(wecom.queued) == 1
    enter = event.replace("subscribe", "enter_agent").replace(str(created), str(created + 5))
    assert wecom.post(wecom.signed(enter)).status_code == 200 and len(wecom.queued) == 1  # no answer needed


def test_the_channel_is_off_while_unconfigured() -> None:
    registry.clear()
    with override_settings(wecom_corp_id=None):
        client = TestClient(create_app(run_consumer=False))
    assert client.post("/wecom/callback").status_code == 404
    assert registry.status()["wecom"].startswith("off: unset: WECOM_CORP_ID")
    registry.clear()


def test_a_wrong_aes_key_turns_the_channel_off_with_the_reason(wecom_settings: None) -> None:
    from pydantic import SecretStr

    registry.clear()
    with override_settings(wecom_aes_key=SecretStr("too-short")):
        create_app(run_consumer=False)
    assert "EncodingAESKey" in registry.status()["wecom"]
    registry.clear()

"""The webhook against a local Bot API stub: secret, dedupe, commands, binding, buttons, fallbacks."""

from __future__ import annotations

from fastapi.testclient import TestClient

from assistant.inbox import service as inbox
from channels import registry

from .bot_api_stub import BotApiStub
from .conftest import REP01_TG, SECRET, message, post, run_queue


def test_a_wrong_or_missing_secret_is_refused_and_nothing_is_stored(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    assert post(client, message(1, REP01_TG, "/start"), secret="wrong").status_code == 403
    assert post(client, message(2, REP01_TG, "/start"), secret=None).status_code == 403
    assert queued == [] and stub.requests() == []


def test_malformed_bodies_get_a_4xx_with_a_reason(client: TestClient, queued: list[int]) -> None:
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    bad = client.post("/telegram/webhook", content=b"{not json", headers=headers)
    assert bad.status_code == 400 and "JSON" in bad.json()["detail"]
    assert client.post("/telegram/webhook", json=[1, 2], headers=headers).status_code == 400
    assert client.post("/telegram/webhook", json={"update_id": "x"}, headers=headers).status_code == 400
    assert queued == []


def test_start_answers_with_the_help_in_html_and_shows_typing(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    response = post(client, message(10, REP01_TG, "/start"))
    assert response.status_code == 200 and response.json() == {"ok": True}
    assert len(queued) == 1
    run_queue(queued)
    [sent] = stub.requests("sendMessage")
    assert sent.params["parse_mode"] == "HTML" and str(sent.params["chat_id"]) == str(REP01_TG)
    assert "/briefing" in sent.params["text"]
    assert stub.wait_for("sendChatAction")[0].params["action"] == "typing"


def test_a_redelivered_update_is_answered_once(client: TestClient, stub: BotApiStub, queued: list[int]) -> None:
    update = message(11, REP01_TG, "/help")
    assert post(client, update).status_code == 200
    assert post(client, update).status_code == 200  # Telegram resends what it thinks was lost
    assert len(queued) == 1
    run_queue(queued)
    assert len(stub.sent(REP01_TG)) == 1


def test_briefing_and_pipeline_commands_reach_the_agent(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    post(client, message(12, REP01_TG, "/briefing"))
    post(client, message(13, REP01_TG, "/pipeline@stub_bot"))
    run_queue(queued)
    briefing, pipeline = stub.sent(REP01_TG)
    for answer in (briefing, pipeline):
        assert "/bind" not in answer and len(answer) > 20


def test_an_unbound_user_gets_the_binding_instruction_and_no_data(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    post(client, message(20, 555, "我本季度的管道"))
    post(client, message(21, 555, "/briefing"))
    run_queue(queued)
    first, second = stub.sent(555)
    assert first == second and "/bind" in first and "绑定" in first


def test_bind_with_a_code_from_the_web_page_links_the_account(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    code = inbox.new_bind_code("mgr01")
    post(client, message(30, 556, f"/bind {code}"))
    post(client, message(31, 556, "/pipeline"))
    run_queue(queued)
    bound, pipeline = stub.sent(556)
    assert "mgr01" in bound and "/bind" not in pipeline
    assert inbox.login_for("telegram", "556") == "mgr01"


def test_a_tapped_button_arrives_as_its_value_and_is_answered(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    update = {
        "update_id": 40,
        "callback_query": {
            "id": "cbq-1", "chat_instance": "ci", "data": "否",
            "from": {"id": REP01_TG, "is_bot": False, "first_name": "Rep"},
            "message": {"message_id": 7, "date": 1_760_000_000, "text": "确认吗？",
                        "chat": {"id": REP01_TG, "type": "private"}},
        },
    }
    assert post(client, update).status_code == 200
    msg = inbox.claim(queued[0])
    assert msg is not None and msg.kind == "button" and msg.text == "否"
    inbox.release(msg.id, error="test peeked")
    assert stub.wait_for("answerCallbackQuery")[0].params["callback_query_id"] == "cbq-1"
    run_queue(queued)
    assert len(stub.sent(REP01_TG)) == 1


def test_html_refused_by_telegram_is_sent_again_as_plain_text(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    stub.fail("sendMessage", 400, "Bad Request: can't parse entities: unsupported start tag", parse_mode="HTML")
    post(client, message(50, REP01_TG, "/help"))
    run_queue(queued)
    refused, plain = stub.requests("sendMessage")
    assert refused.status == 400 and plain.status == 200
    assert "parse_mode" not in plain.params and "/briefing" in plain.params["text"]


def test_a_flood_wait_in_one_chat_does_not_stall_another(
    client: TestClient, stub: BotApiStub, queued: list[int]
) -> None:
    from .conftest import REP03_TG

    stub.fail("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7, chat_id=REP01_TG)
    post(client, message(60, REP01_TG, "/help"))
    post(client, message(61, REP03_TG, "/help"))
    first, second = list(queued)
    assert run_queue(queued) == [7.0, None]  # the first chat waits; the second is answered meanwhile
    assert stub.sent(REP01_TG) == [] and len(stub.sent(REP03_TG)) == 1
    queued.append(first)
    assert run_queue(queued) == [None]  # the rescheduled task
    assert len(stub.sent(REP01_TG)) == 1 and len(stub.sent(REP03_TG)) == 1


def test_the_channel_is_on_in_the_status(client: TestClient) -> None:
    assert registry.status()["telegram"] == "on"

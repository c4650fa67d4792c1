"""The web chat over HTTP (TestClient): login, CSRF, streamed answers, confirmations, XSS, uploads, QA, manager."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlalchemy import select

from assistant.config import override_settings
from assistant.crm.models import Customer, User
from assistant.db import session_scope
from channels.web.markdown import highlight, render

from .conftest import PASSWORD, csrf_of, login


def _events(body: str) -> list[tuple[str, dict]]:
    out = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line)
        out.append((lines["event"], json.loads(lines["data"])))
    return out


def _ask(client: TestClient, token: str, text: str, cid: str, conv: str = "c1") -> list[tuple[str, dict]]:
    r = client.post("/api/ask", json={"text": text, "conversation": conv, "client_id": cid},
                    headers={"X-CSRF-Token": token})
    assert r.status_code == 200, r.text
    return _events(client.get(r.json()["stream_url"]).text)


def test_login_wrong_password_unknown_and_deactivated_users_are_refused(client: TestClient, demo) -> None:
    token = csrf_of(client.get("/login").text)
    for user, pw in (("rep01", "wrong"), ("nobody", PASSWORD)):
        r = client.post("/login", data={"login": user, "password": pw, "csrf_token": token})
        assert r.status_code == 401
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"
    login(client, "rep02")
    with session_scope(demo) as s:
        s.scalar(select(User).where(User.login == "rep02")).active = False
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"  # session ended
    assert client.get("/api/jobs/1").status_code == 401


def test_posts_need_the_session_csrf_token(client: TestClient) -> None:
    r = client.post("/login", data={"login": "rep01", "password": PASSWORD})
    assert r.status_code == 403
    token = login(client, "rep01")
    body = {"text": "hi", "conversation": "c1", "client_id": "x1"}
    assert client.post("/api/ask", json=body).status_code == 403
    assert client.post("/api/ask", json=body, headers={"X-CSRF-Token": "forged"}).status_code == 403
    assert client.post("/logout", data={"csrf_token": "forged"}).status_code == 403
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"


def test_demo_question_streams_an_answer_with_record_links_and_dedupes(client: TestClient) -> None:
    token = login(client, "rep01")
    events = _ask(client, token, "我今天应该先联系哪些客户？", "q1")
    kinds = [e for e, _ in events]
    assert kinds.count("chunk") > 1 and kinds[-2:] == ["part", "done"]
    html = dict(events)["part"]["html"]
    assert '<a class="rec" href="/records/C' in html
    again = client.post("/api/ask", json={"text": "我今天应该先联系哪些客户？", "conversation": "c1", "client_id": "q1"},
                        headers={"X-CSRF-Token": token}).json()
    assert again["duplicate"] is True
    page = client.get("/?c=c1").text
    assert page.count("我今天应该先联系哪些客户？") >= 2  # in the list and the history, once as a message
    rec = client.get(html.split('href="')[1].split('"')[0])
    assert rec.status_code == 200


def test_write_is_confirmed_with_buttons_in_the_same_conversation(client: TestClient, demo) -> None:
    token = login(client, "rep01")
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep01"))
        cust = s.scalar(select(Customer).where(Customer.owner_id == rep.id).order_by(Customer.id))
        name = cust.name_zh or cust.name_en
    part = dict(_ask(client, token, f"记录一下：今天电话联系了{name}，他们下个月要补货", "w1"))["part"]
    assert [b["value"] for b in part["buttons"]] == ["是", "否"]
    r = client.post("/api/confirm", json={"conversation": "c1", "approve": True, "client_id": "w2"},
                    headers={"X-CSRF-Token": token})
    done = dict(_events(client.get(r.json()["stream_url"]).text))["part"]
    assert not done["buttons"] and done["html"]


def test_model_and_customer_text_is_escaped() -> None:
    out = render('<script>alert(1)</script> **粗** <img src=x onerror=alert(1)> C00001 [x](javascript:alert(1))')
    assert "<script>" not in out and "<img" not in out and "&lt;script&gt;" in out
    assert "<strong>粗</strong>" in out and 'href="/records/C00001"' in out and 'href="javascript' not in out
    assert highlight("a<b>c", [[1, 4]]) == 'a<mark class="quote">&lt;b&gt;</mark>c'


def test_history_escapes_what_the_user_typed(client: TestClient) -> None:
    token = login(client, "rep01")
    _ask(client, token, "<script>window.x=1</script>", "x1", conv="xss")
    page = client.get("/?c=xss").text
    assert "<script>window.x" not in page and "&lt;script&gt;window.x" in page


def test_uploads_oversized_413_unsupported_415_text_summary_and_save(client: TestClient, demo) -> None:
    token = login(client, "rep01")
    h = {"X-CSRF-Token": token}
    r = client.post("/api/upload", files={"file": ("x.exe", b"MZ", "application/octet-stream")}, headers=h)
    assert r.status_code == 415 and "unsupported" in r.json()["detail"]
    with override_settings(whisper_max_mb=0.001):
        r = client.post("/api/upload", files={"file": ("big.txt", b"x" * 5000, "text/plain")}, headers=h)
    assert r.status_code == 413 and "WHISPER_MAX_MB" in r.json()["detail"]
    chat = "客户：你们的价格太贵了，比别家高10%。\n销售：我们可以先寄样品。\n客户：好的，下周三前给我报价。\n"
    r = client.post("/api/upload", files={"file": ("chat.txt", chat.encode(), "text/plain")}, headers=h)
    assert r.status_code == 202, r.text
    job = client.get(r.json()["stream_url"]).json()
    assert job["status"] == "done" and job["summary_html"] and '<mark class="quote">' in job["transcript_html"]
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep01"))
        own = s.scalar(select(Customer).where(Customer.owner_id == rep.id)).external_id
        other = s.scalar(select(Customer).where(Customer.owner_id != rep.id)).external_id
    save = f"/api/jobs/{job['inbound_id']}/save"
    assert client.post(save, json={"customer": other}, headers=h).status_code == 403
    assert client.post(save, json={"customer": own}, headers=h).status_code == 200


def test_answers_page_only_for_its_own_user(client: TestClient, app) -> None:
    token = login(client, "rep01")
    r = client.post("/api/ask", json={"text": "/help", "conversation": "c1", "client_id": "h1"},
                    headers={"X-CSRF-Token": token}).json()
    client.get(r["stream_url"])
    assert client.get(f"/answers/{r['inbound_id']}").status_code == 200
    with TestClient(app) as other:
        login(other, "rep02")
        assert other.get(f"/answers/{r['inbound_id']}").status_code == 404
        assert other.get(r["stream_url"]).status_code == 404


def test_qa_dispositions_filters_export_and_roles(client: TestClient, app) -> None:
    token = login(client, "qa01")
    page = client.get("/qa?severity=high")
    assert page.status_code == 200 and 'class="hit"' in page.text
    alert_id = int(page.text.split('id="alert-')[1].split('"')[0])
    r = client.post(f"/qa/alerts/{alert_id}", data={"status": "escalated", "note": "复核", "csrf_token": token},
                    follow_redirects=False)
    assert r.status_code == 303
    assert "escalated" in client.get("/qa?status=escalated").text
    assert client.post(f"/qa/alerts/{alert_id}", data={"status": "false_positive", "csrf_token": token}).status_code == 422
    csv = client.get("/qa/export.csv?severity=high")
    assert csv.status_code == 200 and "severity" in csv.text.splitlines()[0]
    assert client.get("/qa?since=notadate").status_code == 422
    assert client.get("/manager").status_code == 403
    with TestClient(app) as rep:
        login(rep, "rep01")
        assert rep.get("/qa").status_code == 403


def test_manager_sees_funnel_and_forecast_svg(client: TestClient) -> None:
    login(client, "mgr01")
    page = client.get("/manager")
    assert page.status_code == 200
    assert '<svg class="chart funnel"' in page.text and 'class="band"' in page.text and 'id="reps"' in page.text


def test_docs_and_status_counts_only_for_admins_in_production(client: TestClient) -> None:
    assert client.get("/openapi.json").status_code == 200  # development/test: open
    with override_settings(environment="production", secret_key="a-real-secret-for-the-test"):
        assert client.get("/openapi.json").status_code == 404
        assert client.get("/docs").status_code == 404
        assert "customers" not in client.get("/status").text
    login(client, "admin")
    with override_settings(environment="production", secret_key="a-real-secret-for-the-test"):
        assert client.get("/openapi.json").status_code == 200
        assert "customers" in client.get("/status").text


def test_bind_code_panel(client: TestClient) -> None:
    token = login(client, "rep01")
    assert "Telegram" in client.get("/", follow_redirects=True).text
    code = client.post("/api/bind-code", headers={"X-CSRF-Token": token}).json()["code"]
    assert code and len(code) >= 4


def test_upload_about_a_customer_compares_with_last_time_and_refuses_others(client: TestClient, demo) -> None:
    token = login(client, "rep01")
    h = {"X-CSRF-Token": token}
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep01"))
        own = s.scalar(select(Customer).where(Customer.owner_id == rep.id).order_by(Customer.id))
        other = s.scalar(select(Customer).where(Customer.owner_id != rep.id)).external_id
        own_id, own_name = own.external_id, own.display_name
    chat = "客户：下周三前把报价单发我。\n销售：好的，我下周三前把报价单发您。\n"
    files = {"file": ("chat.txt", chat.encode(), "text/plain")}
    for name, status in ((other, 403), ("没有这个客户XYZ", 404)):
        r = client.post("/api/upload", files=files, data={"customer": name}, headers=h)
        assert r.status_code == status, r.text  # refused before anything is stored or queued
    first = client.post("/api/upload", files=files, data={"customer": own_id}, headers=h)
    assert first.status_code == 202, first.text
    job = client.get(first.json()["stream_url"]).json()
    assert job["status"] == "done" and job["customer"] == own_name  # the save box is pre-filled
    save = client.post(f"/api/jobs/{job['inbound_id']}/save", json={"customer": own_id}, headers=h)
    assert save.status_code == 200, save.text
    later = "客户：报价单收到了，价格我们再看看。\n销售：好的，我周五给您打电话。\n"
    r = client.post("/api/upload", files={"file": ("c2.txt", later.encode(), "text/plain")},
                    data={"customer": own_id}, headers=h)
    second = client.get(r.json()["stream_url"]).json()
    assert "与上次相比" in second["summary_html"] and "上次下一步" in second["summary_html"]
    r = client.post("/api/upload", files={"file": ("c3.txt", later.encode(), "text/plain")}, headers=h)
    alone = client.get(r.json()["stream_url"]).json()
    assert "与上次相比" not in alone["summary_html"]  # no customer named: nothing to compare with

"""The pages in a real headless browser: Debian's chromium driven by Playwright against a real uvicorn server."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from assistant.crm.models import Customer, User
from assistant.db import session_scope

from .conftest import PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"
AUDIO = Path(__file__).resolve().parents[2] / "fixtures" / "audio"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists() and not shutil.which("chromium"),
                                reason="chromium is not installed (apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(demo, tmp_path_factory) -> Iterator[str]:
    import uvicorn

    from channels import registry
    from channels.app import create_app

    registry.clear()
    port = _free_port()
    config = uvicorn.Config(create_app(run_consumer=True), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=30)
    registry.clear()


@pytest.fixture
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run"])
        yield b
        b.close()


def _login(browser, base: str, user: str, *, mobile: bool = False):
    page = browser.new_page(viewport={"width": 390, "height": 844} if mobile else {"width": 1200, "height": 900})
    page.goto(f"{base}/login")
    page.fill("#login", user)
    page.fill("#password", PASSWORD)
    page.click("#submit")
    page.wait_for_url(f"{base}/?c=*")
    return page


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_rep_asks_sees_streamed_answer_and_confirms_a_write(server: str, browser, demo) -> None:
    with session_scope(demo) as s:
        rep = s.scalar(select(User).where(User.login == "rep01"))
        cust = s.scalar(select(Customer).where(Customer.owner_id == rep.id).order_by(Customer.id))
        name = cust.name_zh or cust.name_en
    page = _login(browser, server, "rep01")
    page.fill("#text", "我今天应该先联系哪些客户？")
    page.click("#send")
    page.wait_for_selector(".msg.bot a.rec", timeout=60_000)
    assert page.locator(".msg.bot").first.inner_text().strip()
    _shot(page, "chat")
    page.fill("#text", f"记录一下：今天电话联系了{name}，他们下个月要补货")
    page.click("#send")
    page.wait_for_selector("button.confirm", timeout=60_000)
    _shot(page, "confirm")
    page.click("button.confirm >> nth=0")
    page.wait_for_function("document.querySelectorAll('button.confirm:disabled').length == 2")
    page.wait_for_function("document.body.dataset.idle == '1'", timeout=60_000)
    mobile = _login(browser, server, "rep01", mobile=True)
    _shot(mobile, "chat-phone")


def test_rep_uploads_a_recording_and_sees_highlighted_quotes(server: str, browser, whisper_model) -> None:
    page = _login(browser, server, "rep01")
    page.set_input_files("#file", str(AUDIO / "zh_meeting.mp3"))
    page.wait_for_selector("#upload-result:not([hidden])", timeout=240_000)
    assert page.locator("#transcript mark.quote").count() >= 1
    _shot(page, "upload-summary")


def test_qa_dispositions_an_alert(server: str, browser) -> None:
    page = _login(browser, server, "qa01")
    page.goto(f"{server}/qa?severity=high")
    first = page.locator("article.alert").first
    alert_id = first.get_attribute("id")
    assert first.locator("mark.hit").count() >= 1
    first.locator("input[name=note]").fill("已核实")
    first.locator("button[value=confirmed]").click()
    page.wait_for_url(f"{server}/qa?*")
    assert page.locator(f"#{alert_id} .status").inner_text() == "confirmed"
    _shot(page, "qa")


def test_manager_sees_the_funnel_chart(server: str, browser) -> None:
    page = _login(browser, server, "mgr01")
    page.goto(f"{server}/manager")
    assert page.locator("svg.funnel rect.stage").count() >= 1
    assert page.locator("svg.forecast polygon.band").count() == 1
    _shot(page, "manager")

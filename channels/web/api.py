"""The JSON API of the web chat (``/api/...``, described in the OpenAPI schema): ask, stream, confirm, upload, jobs.

Every POST needs the session's CSRF token in ``X-CSRF-Token``. A message is accepted once
per client message id (the browser's retry of the same message gets the same id back).
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from assistant.config import get_settings
from assistant.inbox import service as inbox
from assistant.views import answers
from assistant.views.auth import WebUser
from assistant.views.uploads import save_upload, upload_customer
from channels import worker
from channels.web import jobs
from channels.web.markdown import highlight, render
from channels.web.security import RecordId, api_user, check_csrf

router = APIRouter(prefix="/api", tags=["web chat"])
CHAT_ID = r"^[A-Za-z0-9_-]{1,40}$"
AUDIO = {".wav", ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".amr"}
TEXT = {".txt", ".csv"}
CHUNK = 24  # characters per streamed chunk


class AskIn(BaseModel):
    """A message typed in the web chat."""

    text: str = Field(min_length=1, max_length=4000, pattern=r"^[^\x00]*$")  # no NUL (PostgreSQL refuses it)
    conversation: str = Field(pattern=CHAT_ID)
    client_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")


class ConfirmIn(BaseModel):
    """The answer to a write confirmation (the 是/否 buttons)."""

    conversation: str = Field(pattern=CHAT_ID)
    approve: bool
    client_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")


class Accepted(BaseModel):
    """A message accepted (or recognised as a retry): where to read its answer."""

    inbound_id: int
    duplicate: bool
    stream_url: str


class SaveIn(BaseModel):
    """Which customer to save an upload's summary to."""

    customer: str = Field(min_length=1, max_length=120)


class Job(BaseModel):
    """The state of an upload: queued, processing, done or failed, with the result when done."""

    inbound_id: int
    status: str
    progress: float
    summary_html: str | None = None
    transcript_html: str | None = None
    customer: str | None = None
    error: str | None = None


def _accept(user: WebUser, conversation: str, client_id: str, text: str) -> Accepted:
    key = f"{user.login}:{client_id}"
    new_id = inbox.accept(channel="web", dedupe_key=key, chat_id=conversation, sender_id=user.login, kind="text",
                          text=text)
    inbound_id = new_id if new_id is not None else answers.find("web", key)
    if inbound_id is None:
        raise HTTPException(409, "the message could not be stored; send it again")
    return Accepted(inbound_id=inbound_id, duplicate=new_id is None, stream_url=f"/api/stream/{inbound_id}")


@router.post("/ask", dependencies=[Depends(check_csrf)])
def ask(body: AskIn, user: WebUser = Depends(api_user)) -> Accepted:
    """Accept a chat message; its answer streams from ``stream_url``."""
    return _accept(user, body.conversation, body.client_id, body.text.strip() or "?")


@router.post("/confirm", dependencies=[Depends(check_csrf)])
def confirm(body: ConfirmIn, user: WebUser = Depends(api_user)) -> Accepted:
    """Approve or reject the write the conversation waits for (sent as 是/否 in the same conversation)."""
    return _accept(user, body.conversation, body.client_id, "是" if body.approve else "否")


def _answer(inbound_id: int, user: WebUser, wait_s: float = 120.0) -> answers.Turn:
    """Process the message here unless another worker has it; wait for its recorded replies."""
    deadline = time.monotonic() + wait_s
    while True:
        turn = answers.turn(inbound_id, user_id=user.id)
        if turn is None:
            raise HTTPException(404, "no such message")
        if turn.replies or turn.status == "failed" or time.monotonic() > deadline:
            return turn
        try:
            worker.process(inbound_id)
        except Exception:  # recorded on the message by the worker; shown below
            pass
        turn = answers.turn(inbound_id, user_id=user.id)
        if turn is not None and (turn.replies or turn.status == "failed"):
            return turn
        time.sleep(0.3)


def _sse(event: str, data: dict[str, Any]) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


@router.get("/stream/{inbound_id}", response_class=StreamingResponse,
            responses={200: {"content": {"text/event-stream": {}}}})
async def stream(inbound_id: RecordId, user: WebUser = Depends(api_user)) -> StreamingResponse:
    """Server-sent events: ``chunk`` events with the answer's text as it comes, then ``done`` with safe HTML."""
    if answers.turn(inbound_id, user_id=user.id) is None:
        raise HTTPException(404, "no such message")

    async def events() -> AsyncIterator[str]:
        turn = await run_in_threadpool(_answer, inbound_id, user)
        if not turn.replies:
            yield _sse("error", {"text": "处理失败，请重试。" if user.language == "zh" else "Failed; try again."})
            return
        for part in turn.replies:
            text = str(part.get("markdown") or part.get("text") or "")
            for i in range(0, len(text), CHUNK):
                yield _sse("chunk", {"text": text[i : i + CHUNK]})
                await asyncio.sleep(0.01)
            yield _sse("part", {"html": render(text), "buttons": part.get("buttons") or []})
        yield _sse("done", {"inbound_id": inbound_id})

    return StreamingResponse(events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache"})


@router.post("/upload", dependencies=[Depends(check_csrf)], status_code=202,
             responses={413: {"description": "too large"}, 415: {"description": "unsupported type"}})
async def upload(request: Request, file: UploadFile = File(...), conversation: str = Form("uploads", pattern=CHAT_ID),
                 customer: str = Form("", max_length=120), user: WebUser = Depends(api_user)) -> Accepted:
    """Store a recording (wav/mp3/m4a/ogg/amr) or chat export (txt/csv) and queue its summary.

    ``customer`` (optional, id or name) says who the conversation is with: it must be one the
    user may see, and the summary then shows what changed since that customer's last summary.
    """
    limit = int(get_settings().whisper_max_mb * 1024 * 1024)
    suffix = Path(file.filename or "").suffix.lower()
    if suffix not in AUDIO | TEXT:
        raise HTTPException(415, f"unsupported file type {suffix or '(none)'}: send wav, mp3, m4a, ogg, amr, txt or csv")
    about = None
    if customer.strip():
        try:
            about = upload_customer(user.login, customer.strip())
        except PermissionError as exc:
            raise HTTPException(403, str(exc)) from exc
        except LookupError as exc:
            raise HTTPException(404, str(exc)) from exc
    folder = get_settings().data_dir / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{uuid.uuid4().hex}{suffix}"
    size = 0
    with path.open("wb") as out:
        while chunk := await file.read(1 << 20):
            size += len(chunk)
            if size > limit:
                out.close()
                path.unlink(missing_ok=True)
                raise HTTPException(413, f"file larger than {get_settings().whisper_max_mb:g} MB (WHISPER_MAX_MB)")
            out.write(chunk)
    if size == 0:
        path.unlink(missing_ok=True)
        raise HTTPException(400, "the file is empty")
    media = {"path": str(path), "filename": (file.filename or "")[:120], "size": size}
    if about:
        media.update(customer_id=about[0], customer=about[1])
    new_id = inbox.accept(channel="web", dedupe_key=f"{user.login}:upload:{path.stem}", chat_id=conversation,
                          sender_id=user.login, kind="audio" if suffix in AUDIO else "file", media=media)
    assert new_id is not None
    jobs.web_upload(new_id)
    return Accepted(inbound_id=new_id, duplicate=False, stream_url=f"/api/jobs/{new_id}")


@router.get("/jobs/{inbound_id}")
def job(inbound_id: RecordId, user: WebUser = Depends(api_user)) -> Job:
    """How far an upload is, and its summary (with quotes highlighted in the transcript) when done."""
    turn = answers.turn(inbound_id, user_id=user.id)
    if turn is None:
        raise HTTPException(404, "no such upload")
    progress = float(inbox.get_state(jobs.progress_key(inbound_id)) or 0.0)
    out = Job(inbound_id=inbound_id, status=turn.status, progress=1.0 if turn.replies else progress)
    for part in turn.replies:
        if part.get("kind") == "summary":
            out.summary_html = render(part["markdown"])
            out.transcript_html = highlight(part["transcript"], part["quotes"])
            out.customer = part.get("customer")
        elif part.get("kind") == "error":
            out.error = part["text"]
        else:
            out.summary_html = render(str(part.get("markdown") or part.get("text") or ""))
    if turn.status == "failed" and not turn.replies:
        out.error = "处理失败" if user.language == "zh" else "processing failed"
    return out


@router.post("/jobs/{inbound_id}/save", dependencies=[Depends(check_csrf)])
def save(inbound_id: RecordId, body: SaveIn, user: WebUser = Depends(api_user)) -> dict[str, str]:
    """Save an upload's summary on a customer the user may write for."""
    turn = answers.turn(inbound_id, user_id=user.id)
    result = next((p for p in (turn.replies if turn else []) if p.get("kind") == "summary"), None)
    if result is None:
        raise HTTPException(404, "no finished summary with that id")
    try:
        name = save_upload(user.login, result, body.customer)
    except PermissionError as exc:
        raise HTTPException(403, str(exc)) from exc
    except LookupError as exc:
        raise HTTPException(404, str(exc)) from exc
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    return {"saved": name}


@router.post("/bind-code", dependencies=[Depends(check_csrf)])
def bind_code(user: WebUser = Depends(api_user)) -> dict[str, str]:
    """Return a one-time code to link a Telegram account (send ``/bind CODE`` to the bot)."""
    return {"code": inbox.new_bind_code(user.login)}

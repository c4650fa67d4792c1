"""Web views of long answers: WeCom textcards link here instead of sending many parts.

An answer is stored in the shared state under an unguessable token for :data:`KEEP`; the
link is ``{PUBLIC_BASE_URL}/wecom/answers/{token}`` and the page shows it as escaped text,
readable in WeCom's built-in browser. (The web channel may serve the same store under its own
login later; the token is the capability meanwhile.)
"""

from __future__ import annotations

import datetime as dt
import html
import json
import secrets

from fastapi import APIRouter, HTTPException
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from assistant.inbox import service as inbox
from assistant.text import lazy_re

KEEP = dt.timedelta(days=30)
PATH = "/wecom/answers/{token}"
_TOKEN = lazy_re.compile(r"[A-Za-z0-9_-]{16,64}")


def store(title: str, text: str) -> str:
    """Keep an answer for its web view; returns the token of its link."""
    token = secrets.token_urlsafe(18)
    inbox.put_state(f"wecom:answer:{token}", json.dumps({"title": title, "text": text}, ensure_ascii=False), ttl=KEEP)
    return token


def load(token: str) -> dict[str, str] | None:
    """Return ``{"title", "text"}`` of a stored answer, or None (unknown or expired)."""
    if not _TOKEN.fullmatch(token):
        return None
    raw = inbox.get_state(f"wecom:answer:{token}")
    return json.loads(raw) if raw else None


def url(base: str, token: str) -> str:
    """Return the link of a stored answer under ``base`` (``PUBLIC_BASE_URL``)."""
    return base.rstrip("/") + PATH.format(token=token)


def router() -> APIRouter:
    """``GET /wecom/answers/{token}``: the stored answer as a small page."""
    r = APIRouter(tags=["wecom"])

    @r.get(PATH, response_class=HTMLResponse, responses={404: {"description": "unknown or expired answer"}})
    async def answer_page(token: str) -> HTMLResponse:
        """Show one long answer sent to WeCom as a card."""
        answer = await run_in_threadpool(load, token)
        if answer is None:
            raise HTTPException(404, "this answer is unknown or has expired")
        title = html.escape(answer.get("title") or "销售助手")
        body = html.escape(answer.get("text") or "")
        page = f"""<!doctype html><html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>{title}</title><style>body{{font:16px/1.6 system-ui,sans-serif;margin:1em;max-width:46em}}
pre{{white-space:pre-wrap;word-wrap:break-word;font:inherit}}</style></head>
<body><h1>{title}</h1><pre>{body}</pre></body></html>"""
        return HTMLResponse(page, headers={"Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer"})

    return r

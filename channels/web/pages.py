"""The HTML pages: login/logout, chat, record view, one answer, manager dashboard, QA queue."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from assistant.inbox import service as inbox
from assistant.views import answers, login_limits, manager, qa, records
from assistant.views.auth import WebUser, authenticate
from channels.web import charts
from channels.web.i18n import words
from channels.web.markdown import highlight, render
from channels.web.security import RecordId, check_csrf, csrf_token, log_in, session_user

router = APIRouter(include_in_schema=False)
ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape())
ENV.filters["md"] = lambda text: Markup(render(str(text or "")))


class LoginRequired(Exception):
    """Raised by page handlers without a session: answered with a redirect to /login."""


def page(request: Request, name: str, user: WebUser | None, status: int = 200, **values: Any) -> HTMLResponse:
    """Render a template with the user, their words and the CSRF token."""
    lang = user.language if user else request.headers.get("accept-language", "zh")[:2]
    body = ENV.get_template(name).render(user=user, t=words(lang), csrf=csrf_token(request), **values)
    return HTMLResponse(body, status_code=status)


def need_user(request: Request) -> WebUser:
    """Return the logged-in user of a page, else a redirect to the login page."""
    user = session_user(request)
    if user is None:
        raise LoginRequired
    return user


@router.get("/login")
def login_form(request: Request) -> HTMLResponse:
    """Show the login form."""
    return page(request, "login.html", None)


@router.post("/login", dependencies=[Depends(check_csrf)])
def login(request: Request, login: str = Form(..., max_length=64), password: str = Form(..., max_length=200)) -> Response:
    """Check the password (argon2) of an active user and start a session (failures are rate-limited)."""
    address = request.client.host if request.client else "unknown"
    wait = login_limits.retry_after(login, address)
    if wait:
        response = page(request, "login.html", None, status=429, error="throttled", login=login,
                        minutes=(wait + 59) // 60)
        response.headers["Retry-After"] = str(wait)
        return response
    user = authenticate(login, password)
    if user is None:
        login_limits.record_failure(login, address)
        return page(request, "login.html", None, status=401, error=True, login=login)
    login_limits.record_success(login)
    log_in(request, user)
    return RedirectResponse("/", status_code=303)


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request) -> Response:
    """End the session."""
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/")
def chat(request: Request, c: str | None = Query(None, pattern=r"^[A-Za-z0-9_-]{1,40}$")) -> Response:
    """Show the chat: conversation list, the current conversation, upload, Telegram link."""
    user = need_user(request)
    convs = answers.conversations(user.login)
    if c is None:
        return RedirectResponse(f"/?c={convs[0]['id'] if convs else 'w' + uuid.uuid4().hex[:10]}", status_code=303)
    return page(request, "chat.html", user, conversation=c, conversations=convs,
                history=answers.history(user.login, c))


@router.post("/chat/new", dependencies=[Depends(check_csrf)])
def new_chat(request: Request) -> Response:
    """Start a new conversation (a new thread)."""
    need_user(request)
    return RedirectResponse(f"/?c=w{uuid.uuid4().hex[:10]}", status_code=303)


@router.get("/records/{external_id}")
def record(request: Request, external_id: str) -> Response:
    """One customer, deal or order, if the user may see it."""
    user = need_user(request)
    rec = records.record(user.login, external_id)
    return page(request, "record.html", user, rec=rec, status=200 if rec else 404)


@router.get("/answers/{inbound_id}")
def answer(request: Request, inbound_id: RecordId) -> Response:
    """Show the full answer to one message (WeCom links long answers here); only for its own user."""
    user = need_user(request)
    turn = answers.turn(inbound_id, user_id=user.id)
    if turn is None:
        return page(request, "record.html", user, rec=None, status=404)
    return page(request, "answer.html", user, turn=turn)


@router.get("/manager")
def manager_page(request: Request) -> Response:
    """Pipeline funnel, forecast, stalled deals and the per-rep table (managers and admins)."""
    user = need_user(request)
    if user.role not in ("manager", "admin"):
        raise HTTPException(403, "managers only")
    data = manager.dashboard(user.login, today=inbox.today())
    zh = user.language == "zh"
    return page(request, "manager.html", user, data=data, funnel=Markup(charts.funnel(data["stages"], zh=zh)),
                forecast=Markup(charts.forecast(data["history"], data["forecast"], zh=zh)))


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError as exc:
        raise HTTPException(422, f"dates are YYYY-MM-DD, not {value!r}") from exc


def _qa_filters(request: Request) -> dict[str, Any]:
    q = request.query_params
    return {"severity": q.get("severity") or None, "category": q.get("category") or None,
            "rep": q.get("rep") or None, "since": _date(q.get("since")), "until": _date(q.get("until")),
            "status": q.get("status") or None}


@router.get("/qa")
def qa_page(request: Request) -> Response:
    """Show the alert queue with filters, each alert in context with the matched words highlighted."""
    user = need_user(request)
    if user.role not in qa.QA_ROLES:
        raise HTTPException(403, "QA only")
    filters = _qa_filters(request)
    try:
        data = qa.queue(user.login, **filters)
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    for a in data["alerts"]:
        msg = a["message"] or a["context"]
        spans = [[a["start"], a["end"]]] if a["message"] and a["start"] is not None and a["end"] is not None else []
        if not spans and a["matched"] and a["matched"] in msg:
            i = msg.index(a["matched"])
            spans = [[i, i + len(a["matched"])]]
        a["html"] = Markup(highlight(msg, spans, cls="hit"))
    return page(request, "qa.html", user, data=data, filters=filters, query=str(request.query_params))


@router.post("/qa/alerts/{alert_id}", dependencies=[Depends(check_csrf)])
def qa_dispose(request: Request, alert_id: RecordId, status: str = Form(...), note: str = Form("", max_length=2000),
               back: str = Form("")) -> Response:
    """Disposition one alert: confirmed, false alarm or escalated, with a note."""
    user = need_user(request)
    try:
        qa.dispose(user.login, alert_id, status=status, note=note)
    except PermissionError as exc:
        raise HTTPException(403, str(exc)) from exc
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    target = "/qa" + (f"?{back}" if back and "\n" not in back and "//" not in back else "")
    return RedirectResponse(target, status_code=303)


@router.get("/qa/export.csv")
def qa_export(request: Request) -> Response:
    """Download the filtered alerts as CSV."""
    user = need_user(request)
    try:
        text = qa.export_csv(user.login, **_qa_filters(request))
    except PermissionError as exc:
        raise HTTPException(403, str(exc)) from exc
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc
    return Response("\ufeff" + text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="alerts.csv"'})

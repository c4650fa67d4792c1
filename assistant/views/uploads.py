"""Uploaded recordings and chat exports: a summary whose quotes point into the transcript, saved on request.

:func:`summarize_upload` returns everything the web page shows (transcript, rendered
summary, quote spans, the structured summary to save); :func:`save_upload` stores it on a
customer after checking that the user may write for that customer (``Scope.may_write``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from assistant.crm.models import Customer, User
from assistant.db import session_scope
from assistant.identity import UnknownUserError, resolve_user, scope_for
from assistant.inbox.media import summarize_path
from assistant.summaries import SalesSummary, SaveError, render_summary, save_summary
from assistant.summaries.access import AccessError, find_customer

Progress = Callable[[float], None]


def _user_and_customer(session: Session, login: str, customer: str) -> tuple[User, Customer]:
    """Resolve who acts and the customer they name (PermissionError / LookupError as the callers document)."""
    try:
        user = resolve_user(session, login)
    except UnknownUserError as exc:
        raise PermissionError(str(exc)) from exc
    try:
        return user, find_customer(session, customer)
    except AccessError as exc:
        raise LookupError(str(exc)) from exc


def upload_customer(login: str, customer: str) -> tuple[int, str]:
    """Check the customer an upload is about before the upload is accepted.

    Args:
        login: Who uploads.
        customer: Customer id or name, as typed.

    Returns:
        (customer id, display name).

    Raises:
        PermissionError: unknown user, or the customer is not one the user may read.
        LookupError: no such customer, or the name is ambiguous.
    """
    with session_scope() as s:
        user, cust = _user_and_customer(s, login, customer)
        if not scope_for(s, user).may_read(cust):
            raise PermissionError(f"{cust.display_name} is not among the customers {user.login} may see")
        return cust.id, cust.display_name


def summarize_upload(
    path: Path,
    *,
    login: str,
    today: dt.date,
    language: str | None = None,
    progress: Progress | None = None,
    customer: tuple[int, str] | None = None,
) -> dict[str, Any]:
    """Summarise a recording or chat export.

    Args:
        path: The stored upload.
        login: Who uploaded it (their name marks "our" side of the conversation).
        today: The conversation date when the text has none.
        language: ``zh``/``en`` or None to detect.
        progress: Called with the share done (0..1) while a recording is transcribed.
        customer: (id, display name) from :func:`upload_customer`, when the uploader named the
            customer: the summary then says what changed since that customer's last summary.

    Returns:
        ``{"transcript", "markdown", "quotes": [[start, end]], "summary": <SalesSummary JSON>,
        "customer": display name or None}``.

    Raises:
        MediaError: unsupported or corrupt audio, or nothing to summarise.
    """
    summary, text = summarize_path(
        path, login=login, today=today, language=language, progress=progress,
        customer_id=customer[0] if customer else None,
    )  # fmt: skip
    spans = sorted({(q.start, q.end) for q in summary.all_quotes() if text[q.start : q.end] == q.text})
    return {
        "transcript": text,
        "markdown": render_summary(summary),
        "quotes": [list(span) for span in spans],
        "summary": summary.model_dump(mode="json"),
        "customer": customer[1] if customer else None,
    }


def save_upload(login: str, result: dict[str, Any], customer: str) -> str:
    """Save a summary from :func:`summarize_upload` on ``customer`` (id or name) for ``login``.

    Returns:
        The customer's display name.

    Raises:
        PermissionError: unknown user, or the user may not write for that customer.
        LookupError: no such customer, or the name is ambiguous.
        ValueError: the summary does not fit its transcript.
    """
    with session_scope() as s:
        user, cust = _user_and_customer(s, login, customer)
        if not scope_for(s, user).may_write(cust):
            raise PermissionError(f"{user.login} may not save records for {cust.display_name}")
        summary = SalesSummary.model_validate(result["summary"])
        try:
            save_summary(s, customer_id=cust.id, rep_id=user.id, summary=summary, content=result["transcript"])
        except SaveError as exc:
            raise ValueError(str(exc)) from exc
        return cust.display_name

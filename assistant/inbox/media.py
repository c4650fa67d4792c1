"""Recordings and chat exports that arrive on a channel: transcribe, or summarise, for a user.

The channels download the file (WeCom ``media/get``, Telegram ``getFile``, a web upload) and
hand its path here; this module is their one door to Whisper and to the summaries, so they
need no session and no model of their own. Errors are :class:`MediaError` with a message in
each language, ready to show in the chat.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from assistant.crm.models import Customer
from assistant.db import session_scope
from assistant.identity import resolve_user
from assistant.summaries import Catalog, SalesSummary, SummaryError, render_summary, summary_history
from assistant.summaries.service import summarize_text, summarize_transcript
from assistant.summaries.speakers import Directory
from assistant.voice import AudioError, ModelAssemblyError, build_initial_prompt, is_audio_path, transcribe


class MediaError(ValueError):
    """The file cannot be used: unsupported, corrupt, too long, or nothing to summarise."""

    def __init__(self, message_en: str, message_zh: str) -> None:
        """Keep both wordings."""
        super().__init__(message_en)
        self.message_zh = message_zh

    def message(self, language: str) -> str:
        """Return the message in ``language`` (``zh`` or ``en``)."""
        return self.message_zh if language == "zh" else str(self)


@dataclass(frozen=True)
class MediaResult:
    """What a file became: its transcript (audio) and, for summaries, the rendered summary."""

    transcript: str
    summary: str | None = None


def transcribe_file(path: Path, *, language: str | None = None) -> str:
    """Transcribe a recording offline; ``language`` is a hint (``zh``/``en``) or None to detect.

    Raises:
        MediaError: unsupported or corrupt audio, too large or too long, or no model files.
    """
    with session_scope() as s:
        terms = Catalog.from_session(s).terms(language or "zh")
    try:
        transcript = transcribe(path, language=language, initial_prompt=build_initial_prompt(terms, language))
    except (AudioError, ModelAssemblyError) as exc:
        raise MediaError(str(exc), f"无法识别这段音频：{exc}") from exc
    return " ".join(seg.text for seg in transcript.segments).strip()


def summarize_path(
    path: Path,
    *,
    login: str,
    today: dt.date,
    language: str | None = None,
    progress: Callable[[float], None] | None = None,
    customer_id: int | None = None,
) -> tuple[SalesSummary, str]:
    """Summarise a recording or a chat export; returns the summary and the text its quotes index into.

    Args:
        path: The downloaded or uploaded file.
        login: Who sent it (their display name marks "our" side of the conversation).
        today: The conversation date when the text has none.
        language: ``zh``/``en`` hint, or None to detect.
        progress: Called with the share done (0..1) while a recording is transcribed.
        customer_id: The customer the conversation is with, already checked readable by the
            caller: its contacts mark the customer's side, and the summary says what changed
            since its previous saved summary (needs, risks, last time's next steps).

    Raises:
        MediaError: the file is unusable or holds nothing to summarise.
    """
    with session_scope() as s:
        user = resolve_user(s, login)
        catalog = Catalog.from_session(s)
        customer = s.get(Customer, customer_id) if customer_id is not None else None
        directory = Directory.from_crm(s, user=user, customer=customer)
        kwargs: dict = {
            "catalog": catalog,
            "language": language,
            "we_names": (user.display_name,),
            "directory": directory,
        }
        try:
            if is_audio_path(str(path)):
                done = (lambda d, t: progress(min(1.0, d / t) if t else 0.0)) if progress else None
                prompt = build_initial_prompt(catalog.terms(language or "zh"), language)
                transcript = transcribe(
                    path, language=language, initial_prompt=prompt, progress=done, language_hint=user.language
                )
                kwargs.update(_history(s, customer, transcript.render()[0]))
                return summarize_transcript(transcript, today=today, **kwargs)
            text = read_text(path)
            kwargs.update(_history(s, customer, text))
            return summarize_text(text, today=today, **kwargs), text
        except (AudioError, ModelAssemblyError) as exc:
            raise MediaError(str(exc), f"无法识别这段音频：{exc}") from exc
        except SummaryError as exc:
            raise MediaError(f"Nothing to summarise: {exc}", f"无法生成摘要：{exc}") from exc


def _history(session: Session, customer: Customer | None, text: str) -> dict[str, object]:
    """Return the ``previous`` summary and ``activities`` since, for a conversation with ``customer``."""
    if customer is None:
        return {}
    previous, activities = summary_history(session, customer_id=customer.id, text=text)
    return {"previous": previous, "activities": activities}


def summarize_file(path: Path, *, login: str, today: dt.date, language: str | None = None) -> MediaResult:
    """Summarise a call recording or a chat export (txt/csv) as needs / progress / risks / next steps.

    Raises:
        MediaError: the file is unusable or holds nothing to summarise.
    """
    summary, text = summarize_path(path, login=login, today=today, language=language)
    return MediaResult(transcript=text, summary=render_summary(summary))


def read_text(path: Path) -> str:
    """Read a chat export as UTF-8 (with or without BOM) or GB18030.

    Raises:
        MediaError: the file is neither.
    """
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        try:
            return path.read_text(encoding="gb18030")
        except UnicodeDecodeError as exc:
            raise MediaError(
                "The file is not text (UTF-8 or GB18030) nor a supported recording.",
                "文件不是文本（UTF-8/GB18030），也不是支持的录音格式。",
            ) from exc

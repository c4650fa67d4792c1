"""Entry points: summarise pasted text or a transcript with the offline or the LLM engine.

Both engines return the same :class:`SalesSummary`; this module then marks needs against
the previous summary, adds advice and a headline, attaches recording times to quotes of
a transcript, and checks that every quote is verbatim at its offsets (a summary that
fails this check is a bug and raises, rather than showing the rep invented evidence).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Literal

from assistant.config import get_settings
from assistant.limits import InputTooLarge, check_pasted
from assistant.summaries.advice import build_advice, build_headline
from assistant.summaries.catalog import Catalog
from assistant.summaries.delta import apply_delta, text_hash
from assistant.summaries.need_corrections import add_corrections
from assistant.summaries.need_fragments import fold_fragments
from assistant.summaries.need_noise import drop_need_noise
from assistant.summaries.need_revisions import join_revisions
from assistant.summaries.need_wholes import make_whole
from assistant.summaries.needs_restated import merge_restated_needs
from assistant.summaries.offline import summarize_offline
from assistant.summaries.schema import Caveat, SalesSummary
from assistant.summaries.speakers import Attribution, Directory, attribute
from assistant.text.conversation import parse_conversation
from assistant.text.language import detect_language

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from assistant.voice.transcript import Transcript

log = logging.getLogger(__name__)
Engine = Literal["offline", "llm"]


class SummaryError(ValueError):
    """The input cannot be summarised (empty, too long) or a summary failed its evidence check."""


def choose_engine(engine: Engine | None = None) -> Engine:
    """Pick the engine: the argument, else ``SUMMARY_ENGINE``, else LLM when an endpoint is configured."""
    if engine:
        return engine
    s = get_settings()
    if s.summary_engine != "auto":
        return s.summary_engine
    return "llm" if s.llm_provider == "openai" else "offline"


def summarize_text(
    text: str,
    *,
    today: dt.date,
    catalog: Catalog | None = None,
    previous: SalesSummary | None = None,
    engine: Engine | None = None,
    language: str | None = None,
    we_names: tuple[str, ...] = (),
    directory: Directory | None = None,
    model: BaseChatModel | None = None,
    activities: list[tuple[dt.date, str]] | None = None,
) -> SalesSummary:
    """Summarise a pasted conversation (dialogue, WeCom chat export, email thread or transcript).

    Args:
        text: The conversation exactly as pasted; quote offsets index into it.
        today: The conversation date when the text has no timestamps (resolves "明天", "next Friday").
        catalog: Products and competitors to match; default: competitors only.
        previous: The customer's previous saved summary, to mark needs new / changed / unchanged.
        engine: ``offline`` or ``llm``; default from settings (LLM when ``LLM_PROVIDER=openai``,
            falling back to offline if the model call fails; an explicit ``llm`` raises instead).
        language: ``zh`` or ``en`` for the labels; default detected from the text.
        we_names: Speaker names that are our side (e.g. the rep's display name).
        directory: Who is ours and who is the customer's, from the CRM (:meth:`Directory.from_crm`);
            default: ``we_names`` only.
        model: A chat model for the LLM engine (default: built from settings).
        activities: (date, note) of the customer's activities since the previous summary, to
            check whether last time's next steps were done.

    Raises:
        SummaryError: the text is empty or too long, or a quote fails the verbatim check.
        LLMSummaryError: ``engine="llm"`` was requested and the model call failed.
    """
    if not text or not text.strip():
        raise SummaryError("nothing to summarise: the text is empty")
    try:
        check_pasted(text)
    except InputTooLarge as exc:
        raise SummaryError(str(exc)) from exc
    catalog = catalog or Catalog.from_products([])
    lang = "en" if (language or detect_language(text)).startswith("en") else "zh"
    attribution = attribute(
        parse_conversation(text, we_names=we_names, today=today), directory or Directory.from_names(we_names)
    )
    parsed = attribution.parsed
    summary, learned = None, False
    if choose_engine(engine) == "llm":
        from assistant.summaries.llm import LLMSummaryError, summarize_llm

        try:
            summary = summarize_llm(parsed, today=today, catalog=catalog, language=lang, model=model)
        except LLMSummaryError:
            if engine == "llm":  # asked for explicitly: say so rather than silently degrade
                raise
            log.warning("LLM summary failed; using the offline engine", exc_info=True)
    if summary is None:
        offline_model = get_settings().summary_offline_model
        summary = _offline(offline_model)(parsed, today=today, catalog=catalog, language=lang)
        learned = offline_model == "learned"
    # both engines: a title or one-word line is no need; a total or a term restated is one need
    needs = fold_fragments(drop_need_noise(summary.needs, parsed), parsed)
    summary.needs = merge_restated_needs(add_corrections(join_revisions(needs, parsed), parsed, summary.language))
    summary.needs = make_whole(summary.needs, parsed, summary.language)  # a count with its sentence, once
    if learned:  # the learned re-ranker drops likely noise (keeps all without a model); last, so it judges what is shown
        from assistant.summaries.item_filter import apply as filter_items

        summary = filter_items(summary, parsed, catalog, followup=previous is not None)
    _owner_caveat(summary, attribution)
    return finish(summary, text, previous, activities)


def _offline(model: str):  # the summarize_offline of the chosen offline model
    """Return the offline summariser: word lists (``lexicon``) or the sentence classifier (``learned``)."""
    if model == "learned":
        from assistant.summaries.offline_learned import summarize_offline as learned

        return learned
    return summarize_offline


def _owner_caveat(summary: SalesSummary, attribution: Attribution) -> None:
    """Say how many sentences behind next steps and progress have no known speaker side."""
    starts = {q.start for item in [*summary.next_steps, *summary.progress] for q in item.quotes}
    if warning := attribution.warning(summary.language, attribution.unattributed_in(starts)):
        summary.caveats.append(Caveat(kind="unattributed", text=warning))


def finish(
    summary: SalesSummary,
    text: str,
    previous: SalesSummary | None,
    activities: list[tuple[dt.date, str]] | None = None,
) -> SalesSummary:
    """Apply the delta, advice and headline, then verify every quote against ``text``."""
    summary.source_hash = text_hash(text)
    apply_delta(summary, previous, activities, text=text)
    summary.advice = build_advice(summary)
    summary.headline = build_headline(summary)
    problems = summary.verify_against(text)
    if problems:
        raise SummaryError("summary evidence check failed: " + "; ".join(problems[:3]))
    return summary


def summarize_transcript(
    transcript: Transcript, *, today: dt.date, **kwargs: object
) -> tuple[SalesSummary, str]:
    """Summarise a transcript; quotes also carry the recording time (``mm:ss``) they were said at.

    Returns:
        The summary and the transcript text its quote offsets index into (store it as the content).
    """
    from assistant.voice.quality import describe

    text, spans = transcript.render()
    summary = summarize_text(text, today=today, **kwargs)
    summary.source_kind = "call"
    summary.caveats += [
        Caveat(kind=f.kind, text=describe(f, summary.language), start=f.start, end=f.end)
        for f in transcript.flags
    ]
    for q in summary.all_quotes():
        for start, end, t0, _t1 in spans:
            if start <= q.start < end + 1:
                q.timestamp = f"{int(t0 // 60):02d}:{int(t0 % 60):02d}"
                break
    return summary, text

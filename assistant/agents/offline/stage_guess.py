"""The stage an unfamiliar stage word means ("推到资质确认阶段", "move it to the vetting stage").

:func:`stages_of <assistant.agents.offline.stage_words.stages_of>` knows the everyday stage words
(:data:`vocab.STAGES <assistant.agents.offline.vocab.STAGES>`). People also name a stage by a
synonym or a near form of one; after "推到/改成/move to" the phrase is read here: a broader
synonym set first, then the nearest stage by shared characters (Chinese) or spelling (English).
A clear winner is the stage; otherwise :func:`stage_options` offers the two or three nearest
stages in a clarifying question, so an unknown word never moves a deal silently to a wrong stage.
"""

from __future__ import annotations

import difflib
import re

from assistant.crm.stages import STAGES
from assistant.text import lazy_re

SYNONYMS: dict[str, tuple[str, ...]] = {
    "prospecting": ("初步接触", "初次接触", "初步沟通", "初洽", "初访", "接触", "线索", "意向", "挖掘", "开发",
                    "prospecting", "prospect", "lead", "initial contact", "first contact", "contact", "outreach"),
    "qualification": ("需求确认", "资格确认", "资质确认", "资格审核", "资质审核", "资格审查", "资质审查", "需求分析",
                      "需求调研", "需求沟通", "确认需求", "立项", "qualification", "qualify", "qualified",
                      "qualifying", "needs analysis", "discovery", "vetting"),
    "proposal": ("报价", "方案", "提案", "出方案", "报方案", "投标", "proposal", "quote", "quotation", "quoting",
                 "bid", "tender", "pitch"),
    "negotiation": ("谈判", "议价", "商务谈判", "价格谈判", "合同谈判", "磋商", "洽谈", "砍价", "negotiation",
                    "negotiating", "negotiate", "contract", "redline"),
    "won": ("赢单", "成交", "签约", "签单", "拿下", "中标", "won", "closed won", "closed-won", "win", "signed"),
    "lost": ("输单", "丢单", "失单", "黄了", "放弃", "未中标", "落标", "lost", "closed lost", "closed-lost", "dead"),
}  # fmt: skip
"""Surface forms of each stage, beyond the everyday words, read only as the target of a stage change."""

_END = lazy_re.compile(r"阶段|状态|那一步|这一步|\bstage\b|\bphase\b|\bstep\b|[，。,.!！?？;；\n]", re.I)
_LEAD = lazy_re.compile(r"^(?:the|a|an)\s+|^(?:到|成|为|那个|这个|的)", re.I)
_SURE = 0.6  # a stage this close, clearly ahead of the next one, is taken without asking
_MARGIN = 0.2


def target_phrase(rest: str) -> str:
    """Return the words naming the stage at the start of ``rest`` (the text after "推到"/"move to")."""
    end = _END.search(rest)
    phrase = rest[: end.start()] if end else rest
    return _LEAD.sub("", phrase.strip()).strip()[:24]


def _score(phrase: str, surface: str) -> float:
    """Return how close ``phrase`` is to ``surface`` (1.0 the same; 0 nothing shared)."""
    if phrase == surface:
        return 1.0
    if phrase.isascii() != surface.isascii():
        return 0.0
    if phrase.isascii():
        return difflib.SequenceMatcher(None, phrase, surface).ratio()
    shared = sum(1 for ch in set(surface) if ch in phrase)
    return shared / max(len(set(surface)), len(set(phrase)))


def ranked(phrase: str) -> list[tuple[float, str]]:
    """Return ``(score, stage)`` for every stage, closest first (pipeline order breaks ties)."""
    low = phrase.lower().strip()
    best = (
        {s: max(_score(low, w) for w in SYNONYMS[s]) for s in STAGES} if low else dict.fromkeys(STAGES, 0.0)
    )
    return sorted(((v, s) for s, v in best.items()), key=lambda x: (-x[0], STAGES.index(x[1])))


_TURNS = lazy_re.compile(r"[未没不非待前准]|\b(?:pre|not|no|non|before|almost|nearly)\b", re.I)
"""Words that change or negate a stage ("未成交", "待签约", "签约前", "not won"): never guessed through."""


def guess_stage(phrase: str) -> str | None:
    """Return the stage ``phrase`` names when one is clearly nearest, else None (ask instead).

    An exact synonym is taken as it is. A near form is taken only when it holds no negating or
    turning word (未/不/待/前/pre-/not …), and never for a closed stage (won/lost): moving a deal
    to the opposite of what was meant is worse than one more question. English near forms must be
    a typo of one word (most of its letters in order), not another word ("contact" is not "contract").
    """
    low = phrase.lower().strip()
    exact = [s for s in STAGES if low in SYNONYMS[s]]
    if exact:
        return exact[0]
    if _TURNS.search(low):
        return None
    scores = ranked(phrase)
    (top, stage), (second, _) = scores[0], scores[1]
    if stage in ("won", "lost") or (low.isascii() and top < 0.9):
        return None
    return stage if top >= _SURE and top - second >= _MARGIN else None


def stage_options(phrase: str, limit: int = 3) -> list[str]:
    """Return the two or three stages nearest ``phrase`` to offer in a clarifying question (empty: no idea)."""
    scores = [(v, s) for v, s in ranked(phrase) if v >= 0.25]
    if not scores:
        return []
    picked = [s for _, s in scores[:limit]]
    if len(picked) == 1:  # one weak match: offer its neighbours in the pipeline too
        i = STAGES.index(picked[0])
        picked += [STAGES[j] for j in (i + 1, i - 1) if 0 <= j < len(STAGES)][:1]
    return picked

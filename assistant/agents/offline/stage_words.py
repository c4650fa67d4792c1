"""Stage words in a request: the stage a deal should move to ("推到赢单", "mark it lost") and the one it is in.

"把Sunrise谈判那个单子推到赢单": the target is ``won``; ``negotiation`` only says which deal is
meant. News ("那单签下来了", "they backed out") names the target without a stage word; an
unfamiliar stage word ("推到资质确认阶段") is guessed (:mod:`stage_guess`) or answered with the
nearest stages to choose from.
"""

from __future__ import annotations

import re

from assistant.agents.offline import vocab
from assistant.agents.offline.stage_guess import guess_stage, stage_options, target_phrase
from assistant.text import lazy_re

_NEWS_WON = lazy_re.compile(
    r"签下来|签下了|签好了|签约了|签合同了|签了|下单了|拿下了?|成交了|已成交|谈成了?|搞定了|落地了|中标了|"
    r"\b(?:signed|closed it|we won(?!['’])|won it|won the deal|landed it|went through|came through|said yes|po came in|closed[- ]won)\b",
    re.I,
)
_NEWS_LOST = lazy_re.compile(
    r"黄了|丢了|没戏了|没成|没谈成|没拿下|选了别家|被(?:别家|同行|对手)抢|不做了|"
    r"(?:单子?|订单|合同|项目|deal|order).{0,8}?(?:取消了|放弃了)|(?:取消了|放弃了).{0,4}?(?:单子?|订单|合同|项目)|"
    r"\b(?:we lost|lost it|lost the deal|said no|went with (?:a|another)|fell through|backed out|pulled out|is dead|closed[- ]lost)\b",
    re.I,
)
_TO_STAGE = lazy_re.compile(
    r"(?:推到|推进到|改成|改为|改到|移到|更新为|更新成|更新到|标记为|标记成|标成|设为|设成|调整为|调整到|转到|转为|"
    r"\bmove\b.{0,40}?\bto\b|\bmark\b.{0,40}?\bas\b|\bset\b.{0,40}?\bto\b|\badvance\b.{0,40}?\bto\b|"
    r"\bchange\b.{0,40}?\bto\b|\bupdate\b.{0,40}?\bto\b|\bpush\b.{0,40}?\bto\b)\s*(?:the\s+)?",
    re.I,
)

_STAGE_WORD = {
    surface: lazy_re.compile(
        r"(?<![a-z])" + re.escape(surface) + r"(?![a-z'’])" if surface.isascii()
        else r"成交了|已成交" if surface == "成交" else re.escape(surface)
    )
    for surface in vocab.STAGES
}  # "won" not inside won't/wonder; 成交 only as 成交了/已成交, not in 成交价格


def _stage_words(low: str) -> list[tuple[str, str]]:
    """Return ``(surface, stage)`` for every stage word in ``low`` (lower-cased), matched as a whole word."""
    return [(w, s) for w, s in vocab.STAGES.items() if _STAGE_WORD[w].search(low)]


def _stage_at(text: str) -> str | None:
    """Return the stage named at the start of ``text`` (longest surface form first, whole words only).

    After "推到/move to" a bare 成交 is the stage ("推到成交"), but not 成交价/成交额 (a price, an amount).
    """
    low = text.lower()
    for surface in sorted(vocab.STAGES, key=len, reverse=True):
        if not low.startswith(surface.lower()):
            continue
        rest = low[len(surface) :]
        if surface.isascii() and re.match(r"[a-z'’]", rest) or surface == "成交" and re.match(r"[价额量率金]", rest):
            continue
        return vocab.STAGES[surface]
    return None


def stages_of(text: str) -> tuple[str | None, str | None]:
    """Return ``(target, current)``: the stage after "推到/改成/move to…" and the other stage word, if any.

    "把Sunrise谈判那个单子推到赢单": target ``won``; ``negotiation`` only says which deal is meant.
    """
    target = None
    for m in _TO_STAGE.finditer(text):
        target = _stage_at(text[m.end() :]) or target
    if target is None and (phrase := _target_phrase(text)):  # "推到资质确认阶段": a synonym or a near form
        target = guess_stage(phrase)
    low = text.lower()
    if target is None:  # news, not a stage word: "那单签下来了，阶段帮我改一下" / "they signed, update the deal"
        target = "lost" if _NEWS_LOST.search(text) else "won" if _NEWS_WON.search(text) else None
    if target is None:  # "the X deal in negotiation is closed won": an open deal's closed stage is where it goes
        closed = [s for _, s in _stage_words(low) if s in ("won", "lost")]
        target = closed[0] if len(set(closed)) == 1 else None
    others = []
    for _, stage in _stage_words(low):
        if stage != target and stage not in others:
            others.append(stage)
    return target, (others[0] if others else None)


def _target_phrase(text: str) -> str:
    """Return the words after the last "推到/move to" that should name a stage ("" when there is no such cue)."""
    cues = list(_TO_STAGE.finditer(text))
    return target_phrase(text[cues[-1].end() :]) if cues else ""


def unclear_stage(text: str) -> list[str]:
    """Return the two or three stages nearest an unfamiliar stage word, to offer when asking which one."""
    phrase = _target_phrase(text)
    return stage_options(phrase) if phrase else []

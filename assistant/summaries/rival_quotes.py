"""A rival's price said by the customer: another supplier named with the figure it offered (issue 14).

- Named with how it quoted: "清沐给我们报的是二千七", "东岳那边给的是十六万九", "a Ningbo factory quoted us USD 149".
- Named as someone else with a bare 报 ("报" + figure): "南京有一家报FH-18每台24,500元", "隔壁展位的小哥…他们
  麻醉机报三万一", "合肥有个代理商报三千八": a third party (有家, 一家, 另一家, 有个…, 他们, 同行, 隔壁, a factory,
  agent or brand) before 报 and a price after it — not a count ("他们报了五十个人"), not a report (汇报, 申报, 报名).
- In English any seller named by its trade ("a Santiago importer offered 182", "a dealer in Ontario quoted
  us 260") or by a capitalised name ("Altiplano Outdoor is offering…"), with a price after it — not a
  height or a count ("Putre is at 3,500 m").

Our own offer ("我们给您报的是…", "You quoted 4.20"), the customer's budget and their own clients are no rival.
Split out of :mod:`~assistant.summaries.risk_cues`.
"""

from __future__ import annotations

import re

from assistant.summaries.clause_turns import same_turn
from assistant.summaries.price_figures import figures
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_FIGURE = r"(?:\d|[一二两三四五六七八九十百千万]{2,})"
# "<someone> (那边|那家)? 给(我们)?报的是 / 报了 / 给的是 … <figure>"
_RIVAL_QUOTE_ZH = lazy_re.compile(
    r"(?P<who>(?:(?!那边|那家|那里|说|的)[\u4e00-\u9fffA-Za-z]){2,8}?)(?P<side>那边|那家|那里|家)?(?:同样[^，。]{0,8}?)?"
    r"(?P<verb>给(?:我们|我)?(?:的[^，。；;]{0,8}?是|报的[^，。；;]{0,8}?是|报了|报价是?)|报(?:了|的是|价是?|我们|我)|给了|开价|"
    r"的报价(?:是|才|只有|只要))"
    r"[^，。；;]{0,12}?" + _FIGURE
)
_NOT_RIVAL = lazy_re.compile(
    r"你|您|贵司|我|咱|老板|领导|财务|甲方|客户|上次|之前|以前|去年|原来|预算|总|经理"
)
_STOP = r"[^，。；;！？!?\n]"
_WORD = r"[^，。；;！？!?\s]"  # the third party's own words: a chat's spaces part its turns ("上次3块8 隔壁档口报3块3")
_SENTENCE = r"[^。；;！？!?\n]"  # "云南有家烘焙厂上周来找过我们，同样的豆子报一百三十八"
# "南京有一家报FH-18…24,500元", "他们麻醉机报三万一", "喵仙生那边报16.8": a third party, a bare 报, a price
_THIRD_PARTY_BARE_ZH = lazy_re.compile(
    rf"(?P<who>{_WORD}{{0,12}}?(?:有(?:一)?家|另(?:外)?一家|一家|有(?:一)?个|他们家?|人家|别家|别人|同行|隔壁|对手|"
    rf"那边|那家|代理商?|经销商|厂家?|工厂|公司|品牌|牌子|档口|供应商))(?P<then>{_SENTENCE}{{0,16}}?)"
    rf"(?<![预汇申上填通举回日海简电情警公画年周月])报(?![告名销表关备修废警到纸道刊])(?:了|过|的是|价是?)?(?:给?我们?)?"
    rf"(?P<tail>{_SENTENCE}{{0,16}})"
)
_RUN_START = lazy_re.compile(r"[，。；;！？!?\s]")
_OURS_NEXT = lazy_re.compile(r"我|你|您|咱")  # the tail turns to our price: "他们报价了，我们报三千"
_NOT_THEIRS_THEN = lazy_re.compile(  # "…也来找过我，他们…报" is theirs; "…，你们报的" or "我们报" is not
    r"你|您|贵司|咱|老板|领导|预算|上次|之前|以前|去年|原来|(?:我|我们)$"
)
_OWN_SITE = lazy_re.compile(r"(?:另一家|一家)(?:酒店|门店|店|分店|分公司|仓库|医院|学校|工厂)")

_SELLER = (
    r"supplier|vendor|factory|mill|maker|manufacturer|plant|company|importer|distributor|dealer|brand|agent|"
    r"wholesaler|trader|seller|firm|workshop|pottery|competitor|fabricator|foundry|glassworks|producer"
)
_RIVAL_QUOTE_EN = lazy_re.compile(
    rf"\b(?:(?:a|one|another|the other) (?:[\w'-]+ ){{0,3}}(?:{_SELLER})(?: (?:in|from) [A-Z][a-z]+)?|"
    r"(?-i:[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}))"
    r" (?:has |have |had )?(?:quoted|offered|offers|is offering|gave|is at|came in at|sells|is selling)\b(?: us| me)?"
    r"(?P<tail>(?:[^.;]|\.(?=\d)){0,40})",
    re.I,
)
_CAN_MAKE_EN = lazy_re.compile(  # "a workshop near Graz can make the same doors … for EUR 9,500"
    rf"\b(?:a|one|another|the other) (?:[\w'-]+ ){{0,3}}(?:{_SELLER})(?: (?:in|from|near) [A-Z][a-z]+)?"
    r" (?:can|could|will) (?:build|make|supply|deliver|do) [^.;]{0,40}?\bfor\b(?P<tail>(?:[^.;]|\.(?=\d)){0,30})",
    re.I,
)
_INCUMBENT_EN = lazy_re.compile(  # the customer's current supplier or what they pay elsewhere
    r"\b(?:our|their) (?:current|existing|old|previous|local) (?:supplier|vendor|factory)\b[^.;]{0,40}?"
    r"(?:\d|\b(?:offer\w*|quot\w*|cheaper|sits|is at)\b)|\bwe (?:pay|buy (?:it |them )?at|get (?:it |them )?for) "
    r"(?:USD |EUR |GBP |\$|€|£)?\d[\d.,]*(?: \w+){0,2} (?:locally|today|now|elsewhere|from)\b",
    re.I,
)
_NOT_RIVAL_EN = lazy_re.compile(r"^(?:you|your|we|our|i|my|he|she|they|it|this|that|the price|price)\b", re.I)


def _third_party_bare(text: str) -> str | None:
    """Return who ``text`` says 报 a price ("南京有一家" of "南京有一家报FH-18每台24,500元"), or None."""
    at = 0
    while (m := _THIRD_PARTY_BARE_ZH.search(text, at)) is not None:
        at = m.start() + 1  # overlapping: "…找过我，他们麻醉机报三万一" after a start that fails
        lead = _RUN_START.split(text[: m.start()])[-1][-12:]  # the words the match started inside of
        who, then = lead + m.group("who"), m.group("then")
        if _NOT_RIVAL.search(who) or _OWN_SITE.search(who + then) or _NOT_THEIRS_THEN.search(then):
            continue
        tail = m.group("tail")
        if (cut := _OURS_NEXT.search(tail)) is not None:
            tail = tail[: cut.start()]
        if figures(tail):  # a price, not "他们报了五十个人"
            return who
    return None


def rival_who(text: str) -> str | None:
    """Return the words naming the rival whose price ``text`` gives, or None when it names no rival's price.

    "杭州有家做叉车的给我们报了一万一千六" gives "杭州有家做叉车的", "a Polish mill offered 8.40" gives
    "a Polish mill"; the customer's current supplier ("our current supplier … offered 3.10") gives its words.
    """
    for m in _RIVAL_QUOTE_ZH.finditer(text):
        named = m.group("side") or m.group("verb").startswith(
            ("给", "报我", "报了", "报的是", "的报价")
        )  # not "讲台报价1150元"
        if named and not _NOT_RIVAL.search(m.group("who")) and figures(text[m.end("verb") :]):
            return _RUN_START.split(text[: m.start("verb")])[-1]  # a price, not "他们报了五十个人"
    if (who := _third_party_bare(text)) is not None:
        return who
    if (m := _CAN_MAKE_EN.search(text)) is not None and figures(m.group("tail")):
        return m.group()[: m.start("tail") - m.start()]
    for m in _RIVAL_QUOTE_EN.finditer(text):
        if not _NOT_RIVAL_EN.search(m.group()) and figures(m.group("tail")):
            return m.group()[: m.start("tail") - m.start()]
    return m.group() if (m := _INCUMBENT_EN.search(text)) else None


def rival_quote(text: str) -> bool:
    """Whether ``text`` names a price someone other than us quoted the customer ("清沐给我们报的是二千七")."""
    return rival_who(text) is not None


_QUOTING = lazy_re.compile(r"报|价|\b(?:quot\w*|offer\w*|pric\w*)\b", re.I)


def rival_figure(said: Sentence, following: list[Sentence]) -> Sentence | None:
    """Return the clause right after a rival named without a figure that gives its price, or None.

    "上个月江苏另一家做车库的也报过我们，全部做下来三百五十五万。": the rival is in one clause, its
    price in the next one of the same turn; the risk quotes both.
    """
    if figures(said.text) or not following:
        return None
    nxt = following[0]
    if not same_turn(said, nxt) or not figures(nxt.text):  # "…也报过我们，" + "全部做下来三百五十五万"
        return None
    if not (_QUOTING.search(said.text) or _QUOTING.search(nxt.text)):
        return None
    return nxt


_THEY_QUOTED = lazy_re.compile(
    r"^\W*(?:they|they'?ve)\s+(?:have\s+|had\s+)?(?:quoted|offered|offer|are offering|came in at|are at)\b(?P<tail>(?:[^.;]|\.(?=\d)){0,40})",
    re.I,
)
_A_SELLER = lazy_re.compile(rf"\b(?:a|an|the|another|one)\s+(?:[\w'-]+\s+){{0,3}}(?:{_SELLER})\b", re.I)

_BUYS = lazy_re.compile(r"\boffer(?:ed|s|ing)? to (?:buy|purchase|take)\b", re.I)  # a buyer's bid, not a rival's price
# the seller named is the speaker's own side, client or employer ("our biggest client is a dealer", "I work for …")
_OWN_SIDE = lazy_re.compile(r"\b(?:you|your|our|my|I work for|we are|head office|client|customer)s?\b", re.I)
_RIVAL_CUE = lazy_re.compile(  # the seller came as another source ("called us", "on the tender list", "another supplier")
    r"\b(?:call(?:ed|ing)|contact\w*|in touch|approach\w*|tender|bid\w*|another|other|competitor|alternative|rival|"
    r"elsewhere|also|too|pitch\w*|visit\w*|reached out)\b",
    re.I,
)


def rival_by_pronoun(s: Sentence, before: list[Sentence]) -> bool:
    """Whether ``s`` gives the price of a seller its speaker named just before ("…the Danish foundry…" + "They have quoted EUR 1.15").

    ``before`` are the sentences just before ``s``; one of the same speaker must name a seller
    other than us, and ``s`` must give a figure after "they quoted".
    """
    m = _THEY_QUOTED.search(s.text)
    if m is None or s.role == "we" or not figures(m.group("tail")) or _BUYS.search(s.text):
        return False
    return any(
        b.speaker == s.speaker and _A_SELLER.search(b.text) and _RIVAL_CUE.search(b.text) and not _OWN_SIDE.search(b.text)
        for b in before
    )

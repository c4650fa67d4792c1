"""The customer's yes to a service, sample, visit or delivery plan we proposed: an agreed point of progress.

Progress is movement, and a proposal of ours that the customer takes up moves the deal even where no
price moves: "I can come to Leeds with our engineer on 19 April" / "19 April works" (a visit agreed),
"我先寄10套样品给您测试" / "可以，样品先寄" (a sample agreed), "工厂加了夜班：4月20日到2000个，剩下1000个
4月24日到" / "行。" (a delivery plan agreed), "We will also train twelve of your cooks for free" /
"Training is very useful, yes please" (a free service taken). The sentence classifier rarely calls
either half progress: our half reads as a next step or a pitch, the reply as a bare assent.

:func:`accepted_offers` pairs such an offer with the customer's answer in their next turn: the
answer assents in its first clause (and refuses and asks nothing), and the offer is our sentence in
the turn just before that names a service, a sample, a visit, a free term or a dated plan (two
dates). A dated action of ours is an offer only where it is put as one ("I can come on 19 April",
"试用机周五就可以送到"): "我们下周一派人上门检查" is our own step. Where the turn holds several, the one sharing a figure with the answer ("19 April") is
taken, else the last. A yes to a promise of a quote, a check or a call back ("我明天把报价单发给您" /
"好的") names none of these and agrees nothing. An offer is put to them, ahead: a term stated as a
fact ("Delivery is free over 300 cartons"), a pitch ("others charge for it; we do it free") or a
report ("样布前天已经发出去了", "thanks for the visit") offers nothing. A yes is a yes only when its turn
goes on neither to defer ("OK, I'll ask my boss", "行，我考虑一下") nor to turn it down ("Great, thanks.
Sadly 6 May is not possible"). An item already quoting either half takes the other half; otherwise a
new agreement item is made.
"""

from __future__ import annotations

import datetime as dt
import re

from assistant.summaries import statements as st
from assistant.summaries.acceptance import FIGURE, REFUSE
from assistant.summaries.evidence import is_question, quote_of, quotes_sentence
from assistant.summaries.labels import label
from assistant.summaries.owners import party_of
from assistant.summaries.schema import ProgressItem
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

GAP = 400  # characters from our offer to the customer's answer

_OFFER = lazy_re.compile(
    r"免费|不(?:另|额外)?收(?:费|钱)|换(?:成)?新的?|补发|重发|上门|派人|培训|试用|试用机|样品|样布|样机|寄样|送样|打样|"
    r"\bfree\b|no charge|\breplace(?:ment)?s?\b|\bsamples?\b|\bcome (?:to|over|and)\b|\bvisit\b|\bon[- ]site\b"
    r"|\btrain(?:ing)?\b|\btrial\b|\bdemo\b|\bbring (?:our|an?|the|two)\b",
    re.I,
)
_PLAN_DATE = lazy_re.compile(
    r"\d+\s*月\s*\d+\s*[号日]|\d+\s*[号日](?=[^\d])|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*",
    re.I,
)
_PLAN_VERB = lazy_re.compile(r"到|发|交|\b(?:arriv\w*|ship\w*|deliver\w*|land\w*)\b", re.I)
_CONSULT = lazy_re.compile(  # a promise to find out or report back: nothing offered yet
    r"申请|问一?下|回(?:话|复|您)|确认一下|报价|\b(?:get back|check with|ask|call you back|quote|quotation)\b", re.I
)
_YES = lazy_re.compile(
    r"^(?:好的?|好吧|行吧?|可以|没问题|成交|同意|ok(?:ay)?|yes|sure|great|fine|deal|agreed)(?![\w-])|"
    r"(?:可以|没问题|行)(?:[，,。.!！~～\s]|$)|"
    r"\b(?:works(?: for (?:us|me))?|(?:is|are|sounds) (?:fine|good|ok(?:ay)?)|yes,? please|we'?ll take (?:it|them))\b",
    re.I,
)
_PUT = lazy_re.compile(  # put to them, ahead: "we can", "I'll", "给您", "需要的话", "how about"
    r"可以|能|会|将|先|要不|需要的话|的话|(?:给|帮|为|替)(?:您|你)|派|安排|"
    r"\b(?:can|could|will|shall|would|happy to|glad to|let (?:me|us)|how about|if you)\b|'ll\b|'d\b",
    re.I,
)
_PAST = lazy_re.compile(  # a report of what was done, or thanks for it: nothing offered now
    r"已经|已(?=[^，,。.]{0,8}(?:寄|发|送|到|做|来))|上周|上个月|昨天|前天|(?:寄|发|送)(?:出|过)(?:去)?了|谢谢|感谢|上次|"
    r"\b(?:thanks?|thank you|last (?:week|month|time)|yesterday|ago|was|were|have sent|has been|already|"
    r"follow(?:ing)? up)\b",
    re.I,
)
_FACT = lazy_re.compile(r"\b(?:is|are)\s+(?:always\s+|also\s+)?free\b|是免费的|都是免费|一律免费", re.I)
_PUT_OFF = lazy_re.compile(  # an "OK" that defers: "let me ask my boss", "我考虑一下"
    r"考虑|想想|商量|问问|问一下|请示|汇报|再说|再定|回头再|研究一下|讨论一下|"
    r"\b(?:check with|run it (?:past|by)|ask (?:my|our|the)|think (?:about|it over)|consider|get back|let you know|"
    r"discuss|talk to|noted|understood)\b",
    re.I,
)
_BUT_NOT = lazy_re.compile(  # "…, but 19 April doesn't work", "不过下周三我们不方便"
    r"(?:不过|但是|但|可惜|只是|\b(?:but|however|unfortunately|sadly|though)\b).*(?:不|没|\bnot?\b|n't\b)",
    re.I,
)
_MAY = lazy_re.compile(r"可以|能|\b(?:can|could|shall)\b", re.I)
_SOME_DAY = dt.date(2000, 1, 3)  # any reference day: only whether a day is named counts
_FIRST_CLAUSE = lazy_re.compile(r"^[^，,；;。.!！?？]*")


def _offer(s: Sentence) -> bool:
    """Whether our sentence proposes a service, sample, visit or free term, or a plan with two dates."""
    if party_of(s) != "we":
        return False
    plan = len(_PLAN_DATE.findall(s.text)) >= 2 and bool(_PLAN_VERB.search(s.text)) and not _CONSULT.search(s.text)
    if plan:
        return True
    clauses = re.split(r"[，,；;]\s*|\s+and\s+", s.text)  # "I will send a revised quote …, and I can come to Leeds"
    # put to them ("we can", "给您"), or a term named with its figure ("$13.60 and free polybags"), not a general
    # term ("Shipping is free over 500 units"), a pitch, a question or a report ("我们的样品上周已经寄出了")
    plain = not _FACT.search(s.text) and not is_question(s)  # "那五台这次随货换新的": Chinese needs no modal
    put = _PUT.search(s.text) or (plain and (FIGURE.search(s.text) or re.search(r"[\u4e00-\u9fff]", s.text)))
    if not put:
        return False
    offered = [c for c in clauses if _OFFER.search(c) and not (_CONSULT.search(c) or _PAST.search(c))]
    # "我们下周一派人上门检查" is a dated step of ours, "I can come … on 19 April" an offer to take up
    return any(not find_dates(c, _SOME_DAY) or _MAY.search(c) or c.rstrip().endswith(("?", "？")) for c in offered)


def _assents(s: Sentence) -> bool:
    """Whether the customer's sentence says yes in its first clause ("19 April works.", "可以，样品先寄。")."""
    text = s.text.strip()
    head = _FIRST_CLAUSE.match(text)
    first = head.group() if head else text
    return (
        not is_question(s)
        and not REFUSE.search(first)
        and bool(_YES.search(text))
        and not REFUSE.search(text[: (_YES.search(text) or re.search("$", text)).end()])  # type: ignore[union-attr]
    )


def _holds(turn: list[Sentence], yes: Sentence) -> bool:
    """Whether the yes stands: the rest of its turn neither defers nor turns the offer down."""
    hit = _YES.search(yes.text)
    rest = [yes.text[hit.end() :] if hit else yes.text, *(x.text for x in turn[turn.index(yes) + 1 :])]
    return not any(_PUT_OFF.search(r) or _BUT_NOT.search(r) for r in rest)


def _figures(text: str) -> set[str]:
    return set(re.findall(r"\d+", text))


def _pairs(sentences: list[Sentence]) -> list[tuple[Sentence, Sentence]]:
    """Return (our offer, the customer's yes) pairs, in conversation order."""
    out: list[tuple[Sentence, Sentence]] = []
    said = [s for s in sentences if party_of(s) in ("we", "customer") and not s.text.lstrip().startswith(">")]
    sides = [party_of(s) for s in said]
    ours: list[Sentence] = []  # our latest turn
    for i, s in enumerate(said):
        if sides[i] == "we":
            ours = ours if i and sides[i - 1] == "we" else []
            ours.append(s)
            continue
        if i == 0 or sides[i - 1] != "we":
            continue  # the customer's first sentence after our turn
        offers = [x for x in ours if s.start - x.end <= GAP and _offer(x)]
        if not offers:
            continue
        end = next((j for j in range(i, len(said)) if sides[j] != "customer"), len(said))
        theirs = said[i:end]  # their turn
        answer = next((a for a in theirs[:2] if _assents(a)), None)
        if answer is None or not _holds(theirs[:3], answer):
            continue
        if not _assents(s) and REFUSE.search(s.text):
            continue  # "No need for samples. OK." refuses first
        shared = [x for x in offers if _figures(x.text) & _figures(answer.text)]
        out.append(((shared or offers)[-1], answer))
    return out


def accepted_offers(items: list[ProgressItem], sentences: list[Sentence], lang: str) -> list[ProgressItem]:
    """Add each offer of ours the customer said yes to as an agreed point (see the module docstring).

    Args:
        items: Progress items so far.
        sentences: The conversation's sentences, in order.
        lang: The summary's language (``zh`` or ``en``).

    Returns:
        ``items`` with the offer's item (or the answer's) given the other half, or a new agreement item.
    """
    out = list(items)
    given = range(len(items))  # a new item quotes only its own pair, later pairs lie after it
    for offer, answer in _pairs(sentences):
        k = next((k for k in given if quotes_sentence(out[k].quotes, offer)), None)
        k = k if k is not None else next((k for k in given if quotes_sentence(out[k].quotes, answer)), None)
        body, said = st.clean(offer.text), st.clean(answer.text)
        head = label("agreement", lang)
        text = f"{head}：{body}（客户接受：{said}）" if lang == "zh" else f"{head[:1].upper()}{head[1:]}: {body} (customer accepted: {said})"
        if k is None:
            out.append(
                ProgressItem(text=text, kind="agreement", by="customer", quotes=[quote_of(offer), quote_of(answer)])
            )
            continue
        item = out[k]
        missing = [quote_of(x) for x in (offer, answer) if not quotes_sentence(item.quotes, x)]
        quotes = sorted([*item.quotes, *missing], key=lambda q: q.start)
        update = {"quotes": quotes}
        if item.kind != "agreement" and not quotes_sentence(item.quotes, answer):
            update |= {"text": text, "kind": "agreement", "by": "customer"}
        out[k] = item.model_copy(update=update)
    return out

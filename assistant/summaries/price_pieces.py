"""The pieces of each price negotiation, followed over every clause (see :mod:`~assistant.summaries.price_paths`).

A piece is a clause (or, in a price list, the part naming one product code or price) with price
figures, not a question. It joins the negotiation naming its code, else the one whose latest figure
is nearest (within :data:`~assistant.summaries.progress_points.RATIO`) within :data:`SPAN`
characters; a piece naming the code reaches back :data:`CODE_SPAN` characters (a long email
thread), taking with it the customer's counters said between without the code. It settles the
negotiation when it takes, unrefused, the figure the other side last proposed, or the customer
only assents ("deal", "成交") right after our figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from assistant.summaries import product_codes
from assistant.summaries.acceptance import ACCEPT, REFUSE
from assistant.summaries.evidence import is_question
from assistant.summaries.owners import party_of
from assistant.summaries.price_steps import continues
from assistant.summaries.progress_assents import bare_assent
from assistant.summaries.progress_points import RATIO, prices
from assistant.summaries.schema import Quote
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

SPAN = 600  # characters from a negotiation's latest piece to the next one
CODE_SPAN = 4000  # the same, for a piece naming the negotiation's code (a long email thread)
GAP = 200  # characters from our figure to the customer's bare "deal"
SAME_CLAUSE_RATIO = (
    1.2  # one clause's figures of one term ("一百二也太贵了 上次才一百一 能不能一百") stay this close
)
PRICE_CUE = lazy_re.compile(
    r"价|元|块|毛|钱|报|给(?:您|你)|做到|降|让|最低(?=\d)|[一二两三四五六七八九十]一(?:根|个|卷|把|件|套|台|只|米|张|条|箱|盒|瓶|包|袋|盏|扇)|"
    r"[一每](?:根|个|卷|把|件|套|台|只|米|张|条|箱|盒|瓶|包|袋|吨|斤|片)[\d一二两三四五六七八九十]|"
    r"\d\.\d|[$€£¥]|\b(?:USD|EUR|GBP|RMB|CNY|AUD|NZD|CAD|price|quote|quoted|each|per|unit|can do|offer|offered|deal)\b|"
    r"(?-i:\b(?:SAR|AED|SGD|HKD|CHF|MXN|INR|JPY|KRW|BRL|ZAR|PLN|SEK|NOK|DKK|TRY|THB|MYR|IDR|PHP|VND)\s?\d)",
    re.I,
)
_TERM_LABELS = ("concession", "agreement", "quote", "need")
_SPLIT = lazy_re.compile(r"[，；;、]|,(?!\d{3})|\s+and\s+|以及|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_NUMERAL = lazy_re.compile(r"[\d.,零〇一二两三四五六七八九十百千万块毛元]|[\W_]")
_GROUPED = lazy_re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+)")
_CENTS = lazy_re.compile(r"(\d\.\d{2})(?=\s+[A-Za-z])")


def _loose(text: str) -> list[Decimal]:
    """Return the price figures of ``text``, grouped thousands read as money ("I can do 1,080").

    A figure with cents is a price, whatever follows it ("ok 13.50 for the mats").
    """
    return prices(_CENTS.sub(r"\1,", _GROUPED.sub(lambda m: "$" + m.group(1), text)))


_TAKES = lazy_re.compile(
    ACCEPT.pattern + r"|给(?:您|你)|算(?:您|你)|就按|按这个|\b(?:it is|you got it|done|live with)\b", re.I
)
ELSEWHERE = lazy_re.compile(
    r"(?:他们|人家|别家|隔壁|代理商|同行|另一家|别的厂)[^，。]{0,10}(?:报|卖|给)|"
    r"\b(?:they|(?:a|an|another|one|some|other) (?:\w+ ){0,2}(?:suppliers?|factory|factories|vendors?|manufacturers?|distributors?)|"
    r"competitors?)\b[^.]{0,30}\b(?:quoted?|offer(?:ed|s)?|sells?)\b",
    re.I,
)
_REFUSING = lazy_re.compile(
    REFUSE.pattern
    + r"|太(?:低|高|贵|少)|不够|亏本|超(?:出)?预算|\b(?:over|above) (?:our |the )?budget\b|\b(?:still )?above\b|\b(?:below|under) (?:our )?cost\b",
    re.I,
)
_HESITANT = lazy_re.compile(r"……|\.\.\.|嘛|再想想|考虑|\b(?:hmm+|maybe|think)\b", re.I)


@dataclass
class Piece:
    """One figure-bearing part of a clause, by one side, in a negotiation."""

    quote: Quote
    party: str
    figures: list[Decimal]
    codes: set[str]
    clause: int = -1  # the start of the clause it was said in
    refused: bool = False


@dataclass
class Path:
    """One negotiation: its pieces in order, the codes it names, and the figure it settled on."""

    pieces: list[Piece] = field(default_factory=list)
    codes: set[str] = field(default_factory=set)
    agreed: Decimal | None = None
    closer: str = ""  # the side that took the other's figure

    @property
    def end(self) -> int:
        """Return where the latest piece ends."""
        return self.pieces[-1].quote.end

    def latest(self, party: str | None = None) -> list[Decimal]:
        """Return the latest figures said (by ``party`` when given)."""
        return next((p.figures for p in reversed(self.pieces) if party in (None, p.party)), [])


def _ratio(a: Decimal, b: Decimal) -> Decimal:
    return max(a, b) / min(a, b)


def _close(path: Path, piece: Piece, ratio: float = RATIO) -> bool:
    """Whether one of the piece's figures is within ``ratio`` of the path's latest figures."""
    return any(_ratio(x, y) <= Decimal(str(ratio)) for x in piece.figures for y in path.latest())


def _bare_figure(text: str) -> bool:
    """Whether ``text`` is a figure said alone ("一百五。", "轮子二百一", "1,040?"): two other characters at most."""
    return len(_NUMERAL.sub("", text)) <= 2


def _segments(s: Sentence) -> list[Quote]:
    """Return the clause, or in a price list ("A 180一根，B 220一个") the part naming each product code."""
    whole = Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker, timestamp=s.timestamp)
    parts = _SPLIT.split(s.text)
    if sum(bool(prices(x) or product_codes.codes(x)) for x in parts) < 2:
        return [whole]
    out: list[Quote] = []
    at, held = 0, -1  # held: where a part naming only a code began ("ST-12电动手术台 一万六")
    for part in parts:
        a = s.text.index(part, at)
        at = a + len(part)
        if not part.strip():
            continue
        lead = len(part) - len(part.lstrip())
        begin = held if held >= 0 else a + lead
        held = begin if product_codes.codes(part) and not prices(part) else -1
        if held < 0:
            text = s.text[begin : a + len(part.rstrip())]
            out.append(
                Quote(text=text, start=s.start + begin, end=s.start + begin + len(text), speaker=s.speaker)
            )
    if held >= 0:  # "…，CX-20也行": a code taken at the end
        text = s.text[held:].rstrip()
        out.append(Quote(text=text, start=s.start + held, end=s.start + held + len(text), speaker=s.speaker))
    return out


def _path_for(paths: list[Path], piece: Piece) -> Path | None:
    """Return the negotiation ``piece`` belongs to: the one naming its code, else the nearest latest figure."""
    near = [  # one this clause already named only with a close figure: "猫眼胶一盒一百二 封层一盒八十五" lists two
        p
        for p in paths
        if 0 <= piece.quote.start - p.end <= (CODE_SPAN if piece.codes & p.codes else SPAN)
        and (p.pieces[-1].clause != piece.clause or _close(p, piece, SAME_CLAUSE_RATIO))
        and continues(p.latest(), [x.quote.text for x in p.pieces], piece.figures, piece.quote.text)
    ]  # not a total, a far figure or another charge ("logo EUR 150 setup"): see price_steps
    if piece.codes:  # the negotiation naming the code, unless its figure is of another kind ("304不锈钢")
        named = [p for p in near if p.codes & piece.codes and _close(p, piece)]
        if named:
            return named[-1]
    best: tuple[Decimal, Path] | None = None
    for p in near:
        if piece.codes and p.codes and not p.codes & piece.codes:
            continue
        if p.agreed is not None:
            if p.agreed in piece.figures:  # "行，三块一，就这么定": the settled figure said again
                return p
            continue
        r = min((_ratio(x, y) for x in piece.figures for y in p.latest()), default=None)
        if r is not None and r <= Decimal(str(RATIO)) and (best is None or r < best[0]):
            best = (r, p)
    return best[1] if best else None


def _settle(path: Path, piece: Piece) -> None:
    """Mark ``path`` settled when ``piece`` takes, unrefused, the figure the other side last proposed.

    Naming the other side's figure refuses it beside a refusal ("一百五真不行"), hesitates over it
    ("四千嘛……") or takes it beside an accepting word ("行，三块一", "一百六给您", "OK, 4.20 it is").
    A refusal beside our own new figure ("二百一十五，真不能再少了") is a firm offer, not a refusal.
    """
    other = next((p for p in reversed(path.pieces[:-1]) if p.party != piece.party), None)
    theirs = set(other.figures) if other is not None else set()
    text = piece.quote.text
    piece.refused = bool(_REFUSING.search(text)) and (
        not set(piece.figures) - theirs or piece.party == "customer"
    )
    if piece.refused or path.agreed is not None or other is None or other.refused:
        return
    if not _TAKES.search(text) or _HESITANT.search(text):
        return
    taken = set(piece.figures) & theirs
    if taken:
        path.agreed, path.closer = max(taken), piece.party


def _bare_deal(s: Sentence) -> bool:
    """Whether the clause opens with a bare assent ("成交✌️ 要开票哦", "deal"): its first part only assents."""
    first = re.split(r"[\s，,。！!；;]+", s.text.strip())[0]
    return bare_assent(replace(s, text=first, end=s.start + len(first)))


def _close_on(paths: list[Path], s: Sentence, before: Sentence) -> None:
    """Settle every open negotiation whose latest piece is ours in ``before``, at our figure ("成交" after "112, 80")."""
    for path in paths:
        last = path.pieces[-1]
        if (
            path.agreed is None
            and last.party == "we"
            and before.start <= last.quote.start < before.end
            and 0 <= s.start - path.end <= GAP
        ):
            said = Quote(text=s.text, start=s.start, end=s.end, speaker=s.speaker)
            path.pieces.append(Piece(said, "customer", [], set(), s.start))
            path.agreed, path.closer = max(path.latest("we")), "customer"


def _named_assent(paths: list[Path], q: Quote, party: str) -> None:
    """Settle the open negotiation of the code the customer's part names and assents to ("UK-23行")."""
    codes = product_codes.codes(q.text)
    if party != "customer" or not codes or not ACCEPT.search(q.text) or _REFUSING.search(q.text):
        return
    for path in paths:
        if path.agreed is None and path.codes & codes and path.pieces[-1].party == "we":
            path.pieces.append(Piece(q, party, [], codes, path.pieces[-1].clause + 1))
            path.agreed, path.closer = max(path.latest("we")), party


def find_paths(labelled: list[tuple[Sentence, str]]) -> list[Path]:
    """Follow every price negotiation over the labelled clauses of a conversation."""
    paths: list[Path] = []
    prev: Sentence | None = None
    for s, lab in labelled:
        before, prev = prev, s
        party = party_of(s)
        if party not in ("we", "customer") or is_question(s) or lab == "risk:competitor":
            continue  # "合肥有个代理商报三千八": another seller's figure, no counter
        if not _loose(s.text):
            if party == "customer" and before is not None and _bare_deal(s):
                _close_on(paths, s, before)
            continue
        if party == "customer" and ELSEWHERE.search(s.text):
            continue  # "隔壁展位他们报三万一": another seller's figure, no counter
        for q in _segments(s):
            figures = _loose(q.text)  # "1,040 is the floor": a figure of a price already named
            if not figures:
                _named_assent(paths, q, party)  # "三百可以，UK-23行": UK-23 taken at our figure
                continue
            piece = Piece(q, party, figures, product_codes.codes(q.text), s.start)
            path = _path_for(paths, piece)
            if path is None:
                cue = PRICE_CUE.search(s.text) or _bare_figure(q.text) or lab in _TERM_LABELS
                if not cue or _REFUSING.search(q.text) or not prices(q.text):
                    continue
                path = Path()
                paths.append(path)
            if path.pieces and piece.quote.start - path.end > SPAN:  # joined by its code over a long thread
                _absorb(paths, path, piece)
            path.pieces.append(piece)
            path.codes |= piece.codes
            _settle(path, piece)
    return paths


def _absorb(paths: list[Path], path: Path, piece: Piece) -> None:
    """Fold into ``path`` the customer's counters said, without the code, between its latest piece and ``piece``.

    "We need USD 330." between two offers naming the product, far apart, is a counter of that negotiation.
    """
    for other in [o for o in paths if o is not path]:
        if (
            not other.codes
            and other.agreed is None
            and all(x.party == "customer" for x in other.pieces)
            and path.end <= other.pieces[0].quote.start
            and other.end <= piece.quote.start
            and _close(path, other.pieces[0])
        ):
            path.pieces.extend(other.pieces)
            paths.remove(other)

"""Someone else's lower price, said in passing: a competitor risk read from the figures (issue 14).

"The Alibaba guy is at 1.40 for the bibs", "there are cork guys near Porto who do mats at 39",
"隔壁有家养老院从常州一家厂拿的货，听说不到六千一张", "邻村买的是另一个牌子，一台九万多": no "quote" or
"offer" verb the rival readers (:mod:`~assistant.summaries.rival_quotes`) look for, and the sentence
classifier reads them as a need or nothing. What makes them a competitor is relational: the customer
names someone other than us or them (a guy, a factory, a brand, a shop online …) beside a price lower
than a price we quoted earlier (at least half of it) in the conversation. A question, the customer's own
budget or target, their own site or client, and a figure at or above ours are none of it.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.summaries import lexicon as lx
from assistant.summaries.clause_turns import same_turn
from assistant.summaries.echo_accepts import topic
from assistant.summaries.evidence import is_question
from assistant.summaries.owners import party_of
from assistant.summaries.price_figures import figures
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_JUST_SAID = 200  # characters: our price just said is what "who do them at 9.90" answers
_CHEAPER = 2  # a rival's price at least half ours: the same thing sold cheaper, not a part or a unit of it
SOMEONE_ELSE = lazy_re.compile(  # a seller that is neither us nor the customer
    r"另(?:外)?一(?:个|家)(?:牌子|品牌|厂|工厂|公司|供应商)|别(?:的|家)(?:牌子|品牌|厂|工厂|公司|供应商)?|别人家|人家|"
    r"(?:有|一)(?:一)?家(?:厂|工厂|公司|供应商|店|代理|经销商)|(?:一家|有家)[^，。；]{0,8}(?:厂|公司|店)|同行|网上|淘宝|拼多多|京东|1688|"
    r"\b(?:guys?|suppliers?|factor(?:y|ies)|producers?|vendors?|sellers?|brands?|makers?|mills?|importers?|dealers?|"
    r"distributors?|manufacturers?|someone else|another (?:company|firm|shop|store)|online|Alibaba|Amazon|AliExpress|Temu|eBay)\b",
    re.I,
)
_SELLS = lazy_re.compile(  # the seller gives, sells or charges that price
    r"拿的|买的|进的|卖|报|给|要价|开价|才|只要|不到|一(?:台|张|个|套|件|把|只)|"
    r"\b(?:is|are|was|at|do|does|sell\w*|charg\w*|offer\w*|quot\w*|gets?|got|paid|pay|for)\b",
    re.I,
)
_OURS_OR_THEIRS = lazy_re.compile(  # the customer's own money, target, resale price or client, or our own channel
    r"预算|目标|我们(?:的)?(?:价|出价)|能接受|(?:你们|贵司)(?:的|自己的?)?(?:网店|网上|旗舰店|官网|天猫|京东|淘宝|平台|门店)|业主|甲方|(?:客户|人家)(?:给|出|就给|只给)|零售|我们卖|我们(?:对外|转)卖|"
    r"\byour (?:own )?(?:\w+ )?(?:shop|store|listing|website|site|channel|outlet)\b|"
    r"\b(?:budget|target|our price|we can pay|we pay you|you quoted|we sell|we resell|we supply|we retail|retail)\b",
    re.I,
)
_SAME = lazy_re.compile(r"同款|一样|同样|同级别|同一|那种|\b(?:same|identical|equivalent|comparable|like yours)\b", re.I)
_NOT_CONTENT = set("每一二两三四五六七八九十百千万元块个台张套件只把条")  # units and numerals: no product word


def _words(text: str) -> set[str]:
    return {w for w in topic(text) if not set(w) & _NOT_CONTENT}


def cheaper_elsewhere(s: Sentence, ours: list[tuple[Decimal, Sentence]], before: Sentence | None = None) -> bool:
    """Whether the customer's ``s`` names another seller at a price below one of ``ours`` on its scale.

    The seller may be named in the clause just before, of the same turn ("从常州一家厂拿的货，" + "听说不到六千一张").
    Our price must be for the same thing: our sentence shares a product word with the customer's, or the
    customer says it is the same ("网上一样的…", "the same kit"), or answers our price just said ("guys in Karachi
    who do them at 9.90") — a forwarder's or an installer's rate is none.

    Args:
        s: A sentence of the conversation.
        ours: The price figures we quoted before ``s``, each with the sentence we said it in.
        before: The clause before ``s``, if any.

    Returns:
        True for "The Alibaba guy is at 1.40 for the bibs" after our "bibs are 1.85"; False for the same after
        our 1.30, for "Our budget is 1.40", for "Your own Amazon listing is at 9.80", for "Our forwarder guys
        charge 450 per container".
    """
    if party_of(s) == "we" or is_question(s) or not ours:
        return False
    text = s.text
    if before is not None and same_turn(before, s):
        text = f"{before.text}，{text}"
    if not SOMEONE_ELSE.search(text) or not _SELLS.search(text) or _OURS_OR_THEIRS.search(text):
        return False
    if lx.OWN_SIDE.search(text):
        return False  # "our second hotel", "我们的新门店"
    same, words = bool(_SAME.search(text)), _words(text)
    priced = [q for q, said in ours if same or 0 <= s.start - said.end <= _JUST_SAID or words & _words(said.text)]
    return any(f < q <= _CHEAPER * f for f in figures(s.text) for q in priced)  # "一千五多点" against our 2,380


def our_figures(sents: list[Sentence]) -> list[list[tuple[Decimal, Sentence]]]:
    """For each sentence, the price figures we said before it, each with the sentence we said it in."""
    out: list[list[tuple[Decimal, Sentence]]] = []
    said: list[tuple[Decimal, Sentence]] = []
    for s in sents:
        out.append(list(said))
        if party_of(s) == "we":
            said.extend((f, s) for f in figures(s.text))
    return out


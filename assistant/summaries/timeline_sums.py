"""Lead times added up from a start against a deadline: a composite timeline risk (issue 14).

"设备生产要六周，现场安装还要两周" beside "我们6月20号就要开业" does not say "late" anywhere, yet the
stages end after the opening. One turn's lead times (production, freight, installation …; a payment
period or a warranty is none) are added up, a stated total not counted twice, from the turn's start
date ("after the council vote on 10 June", "wait for 29 March", "4月下旬才签"), or — when the lead time is
counted from the order ("下单后35天") — from the board, vote or signing the order waits for, said anywhere
(:mod:`~assistant.summaries.timeline_starts`), or, with two stages or more, from the conversation's day.
When that end falls after a deadline (a needed-by date of :mod:`~assistant.summaries.date_clash`, an
opening "4月18号开业", "the 31 July we need"; the nearest one first, anywhere in the conversation; a date to
pay, order or send paperwork by is none), the lead times, the start and the deadline are one timeline
risk. A gate's stages also wait for the days said between it, the signing and the deposit ("董事会批准后一周内签合同",
"finance needs a week to release the deposit"); stages counted from another event ("18 days after artwork") start on
the day that event is said to happen (:mod:`~assistant.summaries.timeline_events`). Dates are read with
:func:`assistant.text.dates.find_dates`, relative ones from the day their message was said
(:mod:`~assistant.summaries.said_on`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from assistant.summaries.clause_turns import same_turn
from assistant.summaries.periods import period_days
from assistant.summaries.said_on import said_dates
from assistant.summaries.speakers_commitments import commitment_kind
from assistant.summaries.timeline_deadlines import BY_THEN, MUST_BE, WE_NEED, needed_by
from assistant.summaries.timeline_events import event_start
from assistant.summaries.timeline_process import process_gate
from assistant.summaries.timeline_starts import (
    counts_from_order,
    deposit_date,
    from_deposit,
    from_order_day,
    gate_date,
    order_date,
    signing_delay,
)
from assistant.text import lazy_re
from assistant.text.conversation import Sentence
from assistant.text.dates import find_dates

_REACH = 2  # clauses of the turn each side of the lead times read with them (minutes run on in one "turn")
NEAR = 6  # sentences from the lead times within which any missed deadline counts
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_NUM = (  # a figure or range, a Chinese numeral, an English number word to ninety-nine ("a week" after within/about/in)
    r"\d+(?:\s*[-–~到至]\s*\d+)?|[一二两三四五六七八九十]+|(?:(?<=within )|(?<=about )|(?<=around )|(?<=in ))an?|"
    rf"(?:{_TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten"
)
_DURATION = lazy_re.compile(
    rf"(?<![A-Za-z0-9.])(?P<n>{_NUM})\s*-?\s*(?P<u>个?工作日|天|个?星期|周(?![一二三四五六日末])|个月|(?:working |business )?days?\b|weeks?\b|months?\b)",
    re.I,
)
_STAGE = lazy_re.compile(  # a clause whose duration is a stage of making, moving or fitting the goods
    r"生产|排产|制作|加工|印刷|印制|现做|定做|订做|备货|打样|开模|模具|喷涂|组装|安装|调试|施工|检验|验收|出厂|运到|运抵|运输|海运|空运|顺丰|铁路|物流|快递|船期|清关|"
    r"发货|交货|到货|到厂|交期|工期|周期|出具|出证|换完|(?:下单|付款|定金|订金|签约|签合同|收款|装好)(?:以)?后|"
    r"\b(?:lead time|production|produc\w+|manufactur\w*|fabricat\w*|build\w*|casting|milling|painting|printing|assembl\w*|weld\w*|fitting|"
    r"freight|shipping|sailing|transit|rail|truck|trucking|courier|express|(?-i:DHL|FedEx|UPS|TNT|EMS)|delivery|installation|install\w*|commissioning|customs|clearance|"
    r"by (?:sea|air|rail|road|truck|ship)|"
    r"inspection|certificat\w*)\b|证书|"
    r"\b(?:your|our|the|these|those)\s+(?:\w+\s+)?(?:days|weeks|months)\b[^,;]{0,20}\b(?:take|takes|bring|brings|put|puts)\b",
    re.I,
)
_NOT_STAGE = lazy_re.compile(  # a payment period ("at most 60 days after delivery"), a warranty, a validity
    r"账期|退换|退货|换货|免费更换|可以更换|发票[^，。]{0,8}(?:出具|开具|开出)|(?:出具|开具)[^，。]{0,4}发票|(?:再|才|后|然后)付|付(?:[一二三四五六七八九十\d]+成|清|尾款|余款)|支付|付款(?!(?:到账)?(?:以)?后[^，。]{0,12}(?:到|发|交|出厂|生产|排产))|月结|质保|保修|有效|报价|经验|过去|\b(?:pay\w*|net|credit|warranty|guarantee|valid\w*|quote|invoice|terms?|"
    r"support|service|experience|record|past|over the)\b|"
    r"\b(?:days|weeks) (?:after|from) (?:the )?(?:delivery|arrival|acceptance|commissioning|installation|receipt)\b",
    re.I,
)
_MADE_AFTER_PAY = lazy_re.compile(  # a stage counted from a payment: "production 75 days after the advance payment"
    r"\b(?:production|manufactur\w*|lead time)\b[^.;]{0,30}\b(?:after|from)\s+(?:the\s+|your\s+)?(?:advance|down|first)\s+payment\b|"
    r"(?:生产|排产|出厂)[^，。；]{0,12}(?:预付款|首付款|定金)(?:到账)?(?:以|之)?后|"
    r"(?:预付款|首付款|定金)(?:到账|到了)?(?:以|之)?后?[^，。；]{0,8}(?:生产|排产|出厂|到厂|到货|发货|交货)",
    re.I,
)
_MADE = lazy_re.compile(r"生产|排产|制作|定做|\b(?:production|manufactur\w*|fabricat\w*|made to order|built to order)\b", re.I)
_SIGNING = lazy_re.compile(r"签|\b(?:sign\w*|contract)\b", re.I)
_CLAUSE = lazy_re.compile(r"[，,;；。]|\.\s|\band\b")
_BARE = lazy_re.compile(  # a clause that is only a duration, read with the stage named before it
    r"\s*(?:then\s+|another\s+|plus\s+|about\s+|around\s+|roughly\s+|approx\w*\s+|maybe\s+|usually\s+|typically\s+|"
    r"it\s+takes\s+|takes\s+|大约|大概|再|然后|还要|要|一般)*\S*\s*$",
    re.I,
)
_TOTAL = lazy_re.compile(r"=|共|合计|\b(?:in all|in total|total|altogether|overall)\b", re.I)  # a stated total, near its figure
_START_BEFORE = lazy_re.compile(  # words before a date a turn's stages start from
    r"(?:\b(?:after|once|wait(?:s|ing)? (?:for|until)|not before|at the earliest)\b(?:\s+[\w'-]+){0,4}\s+(?:on\s+)?|"
    r"\b(?:ready|finished|done)\s+on\s+|\b(?:our|the|my)\s+(?:[\w-]+\s+){0,3}slot\s+is\s+(?:for|on)\s+|最早|等到?|"
    r"\b(?:production|manufacturing|the factory|work)\s+(?:starts?|begins?|will start|will begin)\s+(?:on\s+)?)\s*$",
    re.I,
)
_START_WEAK = lazy_re.compile(r"\b(?:from|(?<!valid )until)\b(?:\s+[\w'-]+){0,4}\s+(?:on\s+)?$", re.I)  # only with a blocking event
_BLOCKING = lazy_re.compile(  # an event the stages wait for ("until the board meets on 3 June")
    r"签|审批|批复|开会|\b(?:vote|votes|board|council|approv\w*|sign\w*|contract|permit|funds?|funding|meeting|meets|decision)\b", re.I
)
_START_AFTER = lazy_re.compile(
    r"^\s*(?:左右)?(?:才|之后|以后|后(?!天)|起|开始|开工|开产|投产|动工|排产|上线|签(?:合同|约)|下单|定下来|(?:能|可以)(?:做好|完工|出厂|备好)|"
    r"at the earliest)", re.I
)
_REPLY = lazy_re.compile(r"回复|答复|发给|发您|\b(?:send|reply|answer|revert|let you know|get back)\b", re.I)
_SETTLED = lazy_re.compile(  # the turn says the dates work ("if we get the artwork by Monday we're fine"): read elsewhere
    r"没问题|来得及|赶得上|\b(?:no problem|in time|on track|plenty of time|(?:we'?re|we are|it'?s|that'?s) fine|it works|we make it|"
    r"(?:is|are|still|quite) (?:feasible|doable|achievable|realistic))\b",
    re.I,
)


_DOUBT = lazy_re.compile(
    r"\b(?<!no )(?:not|doubt\w*|unlikely|hardly|whether)\b|(?<!don)n't\b(?! worry)|不一定|恐怕|(?<![不别])怕|够呛|不知道|[?？]", re.I
)


def _settled(text: str) -> bool:
    """Whether ``text`` says the dates work, not doubting it ("I don't think 20 June is realistic" is no such word)."""
    m = _SETTLED.search(text)
    return bool(m) and not _DOUBT.search(text[max(0, m.start() - 40) : m.end() + 2])


def lead_days(text: str) -> int:
    """Return the days of the stages ``text`` names, a range by its top, a stated total once; 0 for none.

    Examples: "模具加工要四周，喷涂再要十天" → 38; "We pay 60 days after delivery" → 0.
    """
    total = 0
    for m in _DURATION.finditer(text):
        a = max((x.end() for x in _CLAUSE.finditer(text, 0, m.start())), default=0)
        b = next((x.start() for x in _CLAUSE.finditer(text, m.end())), len(text))
        clause = text[a:b]
        if not _STAGE.search(clause) and a and _BARE.match(text, a, m.start()):  # "…go by sea, about five weeks to Chicago"
            c = max((x.end() for x in _CLAUSE.finditer(text, 0, max(0, a - 1))), default=0)
            clause = text[c:b] if not _DURATION.search(text, c, a) else clause
        if not _STAGE.search(clause) or _NOT_STAGE.search(_MADE_AFTER_PAY.sub(" ", clause)):
            continue  # a payment period, not "production 75 days after the advance payment"
        days = period_days(m.group("n"), m.group("u"))
        if _TOTAL.search(text[max(a, m.start() - 12) : min(b, m.end() + 12)]):  # "…, 30 days in all": the stages before
            total = max(total, days)
        else:
            total += days
    return total


def _own_days(sents: list[Sentence], j: int) -> int:
    """Return the days of ``sents[j]``'s stages, read with the clause before of the same turn ("…by sea," + "five weeks")."""
    if j and same_turn(sents[j - 1], sents[j]):
        before = sents[j - 1].text
        return lead_days(f"{before}, {sents[j].text}") - lead_days(before)
    return lead_days(sents[j].text)


def _turn(sents: list[Sentence], i: int) -> list[int]:
    """Indexes around ``i`` (two each side at most) of the same speaker's clauses with a few characters between."""
    lo = hi = i
    while lo > max(0, i - _REACH) and same_turn(sents[lo - 1], sents[lo]):
        lo -= 1
    while hi < min(len(sents) - 1, i + _REACH) and same_turn(sents[hi], sents[hi + 1]):
        hi += 1
    while hi < min(len(sents) - 1, i + 2 * _REACH + 2) and same_turn(sents[hi], sents[hi + 1]) and lead_days(sents[hi + 1].text):
        hi += 1  # "…排产三十天" "运输三天" "安装调试四天。" "…装好以后五个工作日出具。": every stage the turn names
    return list(range(lo, hi + 1))


def _start(s: Sentence, today: dt.date) -> dt.date | None:
    for d in said_dates(s, today):
        at = d.start + len(d.text) - len(d.text.lstrip())
        before = s.text[max(0, at - 40) : at]
        weak = _START_WEAK.search(before) and _BLOCKING.search(s.text)
        if WE_NEED.search(s.text[d.end :]):
            continue  # "a week after the 14 June we need": the deadline, not a start
        if d.date >= today and (_START_BEFORE.search(before) or weak or _START_AFTER.search(s.text[d.end :])):
            return d.date
    return None


def overrun(sents: list[Sentence], today: dt.date) -> list[Sentence]:
    """Return the sentences of a turn whose stages end after a deadline, with that deadline's; else [].

    The deadline is looked for nearest first: within :data:`NEAR` sentences any one the stages miss; further
    off only the nearest deadline sentence, and none once a nearer deadline was met ("大货10月底前到就行"
    is the one that counts, not the samples' "8月20号前" said long before). Of several such turns the first
    counted from a date of its own ("if the order waits for 20 May, …") is returned, else the first
    counted from today. A start from a gate (:mod:`~assistant.summaries.timeline_starts`) misses any
    deadline before the stages end, also one before the gate itself.

    Example: "设备生产要六周，现场安装还要两周" then "可是我们6月20号就要开业了", said on 6 May → both (the
    stages end on 1 July); the same stages with the goods needed by 30 July → [].
    """
    found: list[tuple[bool, list[Sentence]]] = []  # (counted from a date of its own, the risk's sentences)
    seen: set[int] = set()
    process = process_gate(sents, today)  # a tender or approval that takes weeks
    gates = [g for g in (gate_date(sents, today), process) if g]  # a board, a signing, a tender
    board = max(gates, key=lambda g: g[1]) if gates else None
    near = [] if board is None else [u.text for u in sents if u is board[0] or (same_turn(u, board[0]) or same_turn(board[0], u))]
    before_making = board is not None and (board is process or bool(_SIGNING.search(" ".join(near))))  # nothing made before it
    deposit, ordered = deposit_date(sents, today), order_date(sents, today)  # the deposit's and the PO's day
    cache: dict[tuple[int, bool], list[tuple[dt.date, bool]]] = {}
    joined: set[int] = set()  # deadline clauses read with the clause before ("…on 20 Oct," + "…by then")

    def deadlines(j: int, in_turn: bool) -> list[tuple[dt.date, bool]]:
        if (j, in_turn) not in cache:
            text = sents[j].text
            free = (commitment_kind(text) != "self" or MUST_BE.search(text)) and not _REPLY.search(text)
            u = sents[j]  # "…a wedding on 20 Oct," + "floor MUST be in Dubai by then!!!": the date said just before
            if j and BY_THEN.search(text) and same_turn(sents[j - 1], u) and not find_dates(text, today):
                u = replace(u, start=sents[j - 1].start, text=f"{sents[j - 1].text} {text}")  # dates: text offsets only
                joined.add(j)
            cache[(j, in_turn)] = needed_by(u, today, in_turn or lead_days(u.text) > 0) if free else []  # a step's date: none
        return cache[(j, in_turn)]

    for i, s in enumerate(sents):
        if i in seen or not lead_days(s.text) or _settled(s.text):
            continue
        turn = _turn(sents, i)
        seen.update(turn)
        if any(_settled(sents[j].text) for j in turn):
            continue
        stage_days = {j: _own_days(sents, j) for j in turn}  # each clause's stages, read once
        stages = [j for j in turn if stage_days[j]]
        days = sum(stage_days[j] for j in stages)
        starts = [(j, d) for j in turn if (d := _start(sents[j], today)) is not None]
        if not stages:
            continue  # each clause a stated total no larger than the one before
        said = " ".join(sents[k].text for k in range(max(0, stages[0] - 1), stages[-1] + 1) if k in turn)  # "After the deposit,"
        gate = deposit if deposit and from_deposit(said) else ordered if ordered and from_order_day(said) else board
        made = gate is board and before_making and bool(_MADE.search(said))  # "工厂排产四十天" and "之前集团不让签设备合同"
        gated = not starts and gate is not None and (counts_from_order(said) or made)
        if not starts and not gated and (event := event_start(said, sents, today)):
            gate, gated = event, True  # "18 days after artwork" and "I send you the final logo artwork on Wednesday"
        if not starts and not gated and sum(len(_DURATION.findall(sents[j].text)) for j in stages) < 2:
            continue  # one stage from today: a plain lead time
        begin, origin = (starts[0][1], [starts[0][0]]) if starts else (today, [])
        if gated and gate is not None:
            begin, origin = gate[1], [sents.index(gate[0])]  # "下单后35天" and, turns away, "董事会28号才开会"
            if gate is board and board is not process:
                begin += dt.timedelta(days=signing_delay(sents))  # "董事会批准后一周内签合同"
        end, after = begin + dt.timedelta(days=days), today if gated else begin
        gate_day = begin if begin > today else (board[1] if board else None)  # a day to sign by before it is missed
        met = False
        for j in sorted(range(len(sents)), key=lambda k: abs(k - i)):  # the nearest deadline first
            far = abs(j - i) > NEAR and j not in turn
            dates = deadlines(j, j in turn)
            if not dates or (far and met):
                continue
            late = any(after < d < end for d, paper in dates if not paper or gate_day is None)  # the turn's dated reasoning too
            if late or (gate_day is not None and any(today <= d < gate_day for d, paper in dates if paper)):
                dated = [k for k in turn if find_dates(sents[k].text, today) and commitment_kind(sents[k].text) != "self"]
                found.append((bool(starts), [sents[k] for k in sorted({*stages, *origin, *dated, j, *([j - 1] if j in joined else [])})]))
                break
            met = True
            if far:
                break  # the nearest deadline far off is met: no other far one counts
    return next((x for own, x in found if own), found[0][1] if found else [])

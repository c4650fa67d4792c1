"""Mention spotting: customers, contacts, places, industries and enum values in a request.

Uses the :class:`~assistant.agents.offline.gazetteer.Gazetteer` for names known to the CRM
and patterns for forms it does not list ("X总", quoted names, "the Nordic account",
external ids). Mentions are surface strings; the tools resolve them within the user's scope.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from assistant.agents.offline import vocab
from assistant.agents.offline.gazetteer import Gazetteer
from assistant.agents.offline.name_suffix import narrow
from assistant.text import lazy_re
from assistant.text.numerals import CN_NUMBER, en_to_int, read_int

_EXT_ID = lazy_re.compile(r"(?<![A-Za-z0-9])(C\d{5}|OPP-\d{6}|SO-\d{7}|L\d{5})(?![0-9])", re.I)
# A straight single quote only quotes outside a word: "client's worried we'll" holds no name.
_QUOTED = lazy_re.compile(r"(?:[「“\"《『]|(?<![A-Za-z])')([^」”\"》』']{2,40})(?:[」”\"》』]|'(?![A-Za-z]))")
_ZH_TITLE = lazy_re.compile(rf"([{''.join(sorted(vocab.ZH_SURNAMES))}])({'|'.join(vocab.TITLE_SUFFIXES)})")
_ZH_PLACE = lazy_re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:那边|那家|这家|公司|集团|家的|的情况|的联系人)")
# A name starts only where a word starts ((?<!...)): without that guard every capital inside a
# long run of letters ("AAAA…") started a new attempt that rescanned the run, O(n²) per message.
# Requests, not names: "帮我列下那边的客户" must not make "帮我列下" a customer.
_VERBISH = lazy_re.compile(
    r"帮我|给我|列下|列一下|列出|看看|看下|查一?下|找一?下|拜访|要去|去|出差|我们|我的|一下"
)
_NAME_START = r"(?<![A-Za-z0-9_&.-])"
_EN_ACCOUNT = lazy_re.compile(
    rf"(?:the\s+)?({_NAME_START}(?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){{0,3}})\s+(?:account|customer|client)\b"
    rf"|(?:customer|client|account)\s+({_NAME_START}(?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){{0,3}})"
)
_USER_CUE = lazy_re.compile(
    r"的客户|手上|名下|负责的|的单|的商机|的管道|'s (?:customers|accounts|deals|pipeline)|^\s*for\b"
    r"|违规|告警|\bviolations?\b|\balerts?\b"  # alerts are a rep's: "陈静 any violations?" names the rep
    r"|业绩|销售额|卖得|开单|签单|活动量|跟进次数|\b(?:performance|quota|sales numbers|revenue)\b"  # so are sales figures
    r"|的pipeline|的漏斗|赢了|赢单|签了几|拿下了?几|几单|订单数|单量|(?i:\bpipeline\b|\bwon\b|\bwins\b|\border count)"
)  # and a pipeline or won deals: "马超的pipeline" is the rep's, though a customer's contact has the name too
_ZH_NOT_NAMES = {"客户", "他们", "她们", "这个", "那个", "我们", "团队", "公司", "哪家", "哪个", "这边", "那边", "我的",
                 "老客户", "一家", "那家", "这家", "最近", "上海那", "现在"}  # fmt: skip
_EN_NOT_NAMES = {"VIP", "A", "B", "C", "D", "The", "This", "That", "My", "Which", "What", "Show", "Each", "Every",
                 "Any", "New", "Key", "Top", "Our", "Tier"}  # fmt: skip
# The bare-number form starts only at the start of a numeral run (same reason as _NAME_START).
_NUMERAL_START = rf"(?<!{CN_NUMBER[:-1]})"
_TIME_UNIT = lazy_re.compile(r"\s*个?\s*(?:月|天|周|星期|季|年|日)|\s*(?:months?|weeks?|days?|quarters?|years?)\b", re.I)
_LIMIT = lazy_re.compile(
    rf"(?:前|top\s*|最多\s*|first\s+)({CN_NUMBER}|\w+)\s*(?:个|家|条|名|位)?"
    rf"|{_NUMERAL_START}({CN_NUMBER})\s*(?:个|家|条|名|位)(?!月|天|周|星期)",
    re.I,
)


@dataclass
class Mentions:
    """What a request mentions, as strings ready to pass to tools."""

    customers: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    cities: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    users: list[str] = field(default_factory=list)
    teams: list[str] = field(default_factory=list)
    deals: list[str] = field(default_factory=list)
    segment: str | None = None
    tier: str | None = None
    churn_level: str | None = None
    lead_grade: str | None = None
    severity: str | None = None
    category: str | None = None
    alert_status: str | None = None
    scenario: str | None = None
    stage: str | None = None
    activity_type: str | None = None
    limit: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def customer(self) -> str | None:
        """The first customer mention, if any."""
        return self.customers[0] if self.customers else None

    def add_customer(self, value: str, span: tuple[int, int]) -> None:
        """Record a customer mention unless it overlaps one already taken."""
        if value and value not in self.customers and not self.overlaps(span):
            self.customers.append(value)
            self.spans.append(span)

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` overlaps any recorded mention."""
        return any(a < span[1] and span[0] < b for a, b in self.spans)


def _first(table: dict[str, str], text: str) -> str | None:
    low = text.lower()
    hits = [(low.find(k.lower()), -len(k), v) for k, v in table.items() if k.lower() in low]
    ascii_ok = [h for h in hits if not _glued(low, h[0], -h[1])]
    return min(ascii_ok)[2] if ascii_ok else None


def _misspelt_stage(low: str) -> str | None:
    """Return the English stage a misspelt word means ("negociation", "qualifcation"), or None."""
    for word in re.findall(r"[a-z]{7,}", low):
        close = difflib.get_close_matches(word, [k for k in vocab.STAGES if k.isascii()], n=1, cutoff=0.8)
        if close:
            return vocab.STAGES[close[0]]
    return None


def _glued(low: str, start: int, n: int) -> bool:
    """Tell whether an English keyword is glued to letters ("low" in "follow"); then it does not count."""
    word = low[start : start + n]
    if not word.isascii():
        return False
    before = low[start - 1] if start > 0 else " "
    after = low[start + n] if start + n < len(low) else " "
    return (before.isascii() and before.isalpha()) or (after.isascii() and after.isalpha())


def _letter(m: re.Match[str]) -> str | None:
    return next((g.upper() for g in m.groups() if g), None)


_NAME_BEFORE = lazy_re.compile(r"(?:给|跟|与|同|帮我查|查一?下|查查|看看|看一?下|问问|客户|^)\s*$")
_NAME_AFTER = lazy_re.compile(
    r"^\s*(?:的|这|那|今年|去年|本|上|最近|近|有没有|还|欠|下了|下单|买|订|采购|现在|目前|记|最后|[，,。？?！!、:：]|$)"
)


def stands_as_name(text: str, start: int, end: int) -> bool:
    """Whether a brand name that is also an everyday word ("和信", "新丰") stands as a name at ``start:end``.

    It must open the request or follow a verb that takes a customer ("给新丰记一条"), and be followed
    by what follows a customer ("和信今年下了多少", "新丰的欠款"); "产品创新的方向" is not a name.
    Alone among English words ("what did 和信 order", "新丰's latest order") it can only be a name.
    """
    before, after = text[:start], text[end:]
    prev_cjk = bool(before) and _cjk(before[-1])
    if not prev_cjk and not (after and _cjk(after[0])) and _LATIN_WORD.search(before + after):
        return True  # "what did 和信 order": Chinese standing alone in an English sentence is a name
    return (not prev_cjk or bool(_NAME_BEFORE.search(before))) and bool(_NAME_AFTER.search(after))


_LATIN_WORD = lazy_re.compile(r"[A-Za-z]{2,}")


def _cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def spot(text: str, gazetteer: Gazetteer) -> Mentions:
    """Find every mention in ``text`` (already normalised)."""
    m = Mentions()
    for hit in _EXT_ID.finditer(text):
        value = hit.group(1).upper()
        if value.startswith("OPP-"):
            m.deals.append(value)
            m.spans.append(hit.span())
        elif value.startswith("C"):
            m.add_customer(value, hit.span())
    for q in _QUOTED.finditer(text):
        inner = q.group(1).strip()
        if len(inner) <= 40 and not re.search(r"[，。！？,.!?]", inner):
            m.add_customer(inner, q.span())
    user_cue = bool(_USER_CUE.search(text))
    for hit in gazetteer.find(text):
        span = (hit.start, hit.end)
        if m.overlaps(span):
            continue
        user = hit.of("user")
        if user and (user_cue or not (hit.of("contact") or hit.of("customer"))):
            _append(m.users, user.value, m, span)
            continue
        for kind in ("customer", "contact"):
            entry = hit.of(kind)
            if entry:
                value, span = narrow(text, entry.value, span, gazetteer) if kind == "customer" else (entry.value, span)
                m.add_customer(value, span)  # "orion trading pvt": the Pvt Ltd, not every Orion Trading
                break
        else:
            entry = hit.entries[0]
            target = {
                "country": m.countries,
                "city": m.cities,
                "industry": m.industries,
                "product": m.products,
                "team": m.teams,
            }
            if entry.kind in target:
                _append(target[entry.kind], entry.value, m, span)
            elif entry.kind == "segment" and m.segment is None:
                m.segment = entry.value
                m.spans.append(span)
            elif entry.kind == "customer_word" and stands_as_name(text, *span):
                m.add_customer(entry.value, span)
    if not m.countries and (typo := _country_typo(text)):  # "clients in germny"
        _append(m.countries, typo[0], m, typo[1])
    if not m.users:  # "Li Na's stalled deals": a rep named in pinyin
        for login, span in gazetteer.latin_users(text):
            if not m.overlaps(span):
                _append(m.users, login, m, span)
    for value, span in gazetteer.latin_customers(text):  # "Shenghe": a Chinese short name in pinyin
        if not m.overlaps(span):
            m.add_customer(value, span)
    for hit in _ZH_TITLE.finditer(text):
        m.add_customer(hit.group(0), hit.span())
    for hit in _EN_ACCOUNT.finditer(text):
        name = (hit.group(1) or hit.group(2) or "").strip()
        if name and name not in _EN_NOT_NAMES and not _known_non_customer(name, gazetteer):
            m.add_customer(name, hit.span(1) if hit.group(1) else hit.span(2))
    for hit in _ZH_PLACE.finditer(text):
        name = hit.group(1)
        if (
            name not in _ZH_NOT_NAMES
            and not re.search(r"[的是在有和跟那这哪些个么呢吗最]", name)
            and not _VERBISH.search(name)
        ):
            m.add_customer(name, hit.span(1))
    _enums(text, m)
    return m


def only_names_rep(m: Mentions) -> bool:
    """Whether the mentions name a rep and no customer, place, industry or segment ("陈静的客户")."""
    return bool(m.users) and not (m.customers or m.customer or m.countries or m.cities or m.industries or m.segment)


def only_names(text: str, m: Mentions) -> bool:
    """Whether ``text`` is nothing but the names ``m`` found in it ("Li Na -", "rep07:")."""
    rest = text
    for start, end in sorted(m.spans, reverse=True):
        rest = rest[:start] + rest[end:]
    return bool(m.spans) and not re.sub(r"[\W_]+", "", rest)


def _known_non_customer(name: str, gazetteer: Gazetteer) -> bool:
    hits = gazetteer.find(name)
    return bool(hits) and all(not (h.of("customer") or h.of("contact")) for h in hits)


def _append(target: list[str], value: str, m: Mentions, span: tuple[int, int]) -> None:
    if value not in target:
        target.append(value)
    m.spans.append(span)


def _enums(text: str, m: Mentions) -> None:
    low = text.lower()
    tier = re.search(vocab.TIER_PATTERN, text, re.I)
    if tier and not re.search(vocab.LEAD_GRADE_PATTERN, text, re.I):
        m.tier = _letter(tier)
    grade = re.search(vocab.LEAD_GRADE_PATTERN, text, re.I)
    if grade:
        m.lead_grade = _letter(grade)
    m.churn_level = _first(vocab.CHURN_LEVELS, text)
    m.severity = _first(vocab.SEVERITY_ALIASES, text)
    m.category = _first(vocab.ALERT_CATEGORIES, text)
    m.alert_status = _first(vocab.ALERT_STATUSES, text)
    m.scenario = _first(vocab.SCENARIOS, text)
    m.stage = _first(vocab.STAGES, text) or _misspelt_stage(low)
    m.activity_type = _first(vocab.ACTIVITY_TYPES, text)
    if m.segment is None and "vip" in low:
        m.segment = "vip"
    lim = _LIMIT.search(text)
    span = lim and _TIME_UNIT.match(text, lim.end()) and not lim.group(0).lower().startswith("top")
    if lim and not span:  # "今年前五个月", "the first 4 months": a span of time, no count (but "top 3 months" is)
        value = read_int(lim.group(1) or lim.group(2) or "") or en_to_int(lim.group(1) or "")
        if value and 0 < value <= 100:
            m.limit = value


_PLACE_WORD = lazy_re.compile(
    r"\b(?:in|from|at|to)\s+([a-z]{5,})\b|\b([a-z]{5,})\s+(?:customers?|clients?|accounts?|buyers?)\b", re.I
)


def _country_typo(text: str) -> tuple[str, tuple[int, int]] | None:
    """Return ``(country, span)`` of a misspelt country or its adjective ("germny", "frnace"), if any."""
    names = {k.lower(): v for k, v in vocab.COUNTRY_ALIASES.items() if k.isascii() and len(k) >= 5}
    names |= {v.lower(): v for v in vocab.COUNTRY_ALIASES.values() if v.isascii() and len(v) >= 5}
    for hit in _PLACE_WORD.finditer(text):
        group = 1 if hit.group(1) else 2
        word = hit.group(group).lower()
        if word in names:
            continue
        close = difflib.get_close_matches(word, list(names), n=1, cutoff=0.8)
        if close:
            return names[close[0]], hit.span(group)
    return None

"""Detectors beyond words: phone numbers, e-mail addresses, links and cued WeChat IDs.

They run on the length-preserving *detect* translation (full width folded, lower case,
number styles such as ①/壹/幺/一 turned into digits, zero-width characters turned into
spaces), so offsets are those of the original text.

Policy, tuned for sales chat: personal mobiles (+86 1xx…, spaced, dashed, written in
Chinese numerals) and foreign numbers written with ``+`` are flagged, and a North American
number without ``+1`` when a personal cue precedes it ("text my cell 415-…"); e-mail is flagged
when obfuscated ("name (at) qq dot com") or at a free-mail provider; links are flagged
when they go to an off-platform site (shop, payment, messenger, cloud drive) or a URL
shortener; a WeChat ID is flagged when a cue (微信, vx, wx, 加我 …) precedes it.

Speed: most messages contain nothing a detector could flag, so each detector is first
gated by a *necessary condition* tested on the matcher's collapsed text (:func:`detect`):
one small Aho–Corasick automaton over every cue (``@``, 艾特, WeChat cues, each listed
domain in every way its dots can be written) plus two digit regexes. Only a detector whose
gate passes runs its regular expression, and the detect translation is made only then.
The gates are exact consequences of the regexes below, so they never lose a hit
(``tests/compliance/test_fast_path.py`` checks this against ungated runs).
"""

from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache

import ahocorasick_rs

from assistant.compliance import spelled
from assistant.compliance.lexicon import Lexicon
from assistant.compliance.nanp import NANP_CUE, NANP_DIGITS, NANP_LOOK_BACK, PERSONAL_CUE, PHONE_NANP
from assistant.compliance.normalize import detect_table, normalize
from assistant.compliance.numbers import expand_repeats, plausible_phone
from assistant.compliance.result import Hit
from assistant.text import lazy_re

CATEGORY = "contact_leak"
_SEP = r"[\s\-–—_.·•*/\\|()\[\]~,、:]"
_PHONE_CN = lazy_re.compile(
    rf"(?<![0-9a-z])(?:(?:\+|00)?{_SEP}*86{_SEP}*)?1{_SEP}{{0,3}}[3-9](?:{_SEP}{{0,3}}[0-9]){{9}}(?![0-9])"
)
_PHONE_INTL = lazy_re.compile(rf"(?<![0-9a-z+])\+{_SEP}*[1-9](?:{_SEP}{{0,2}}[0-9]){{7,13}}(?![0-9])")
# Whitespace around "at"/"dot" is bounded (_WS): with "\s*" next to "\s+at\s+" a long run of
# blanks after an address was split every possible way, O(n²) in the run's length.
_WS = r"\s{0,4}"
_AT = r"(?:@|\(at\)|\[at\]|\{at\}|<at>|#|艾特|圈a|\s{1,4}at\s{1,4})"
_DOT = r"(?:\.|\(dot\)|\[dot\]|\{dot\}|\s{1,4}dot\s{1,4}|点)"
_EMAIL = lazy_re.compile(
    rf"(?<![a-z0-9._%+\-])([a-z0-9][a-z0-9._%+\-]{{1,40}}){_WS}({_AT}){_WS}([a-z0-9\-]{{2,40}}(?:{_WS}{_DOT}{_WS}[a-z0-9\-]{{2,20}})+)"
)
_URL = lazy_re.compile(
    rf"(?<![@a-z0-9.\-])((?:https?://)?((?:[a-z0-9\-]+{_DOT})+(?:com|cn|net|org|me|io|cc|top|xyz|shop|co|info|biz|link|vip|club|site|online|ly|gl))(?![a-z0-9\-])(?:/[^\s，。]*)?)"
)
_WECHAT = lazy_re.compile(
    r"(?:微信|威信|薇信|徽信|维信|v信|vx|wx|wechat|weixin|加我|加个v|\+v)(号|\s*id)?"
    r"[\s:：是为搜\-—~～,，]{0,6}([a-z][a-z0-9_\-]{5,19})(?![a-z0-9_\-@.])"
)
FREEMAIL = (
    "qq.com", "163.com", "126.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com", "sina.com",
    "sina.cn", "foxmail.com", "icloud.com", "yeah.net", "139.com", "aliyun.com", "live.com", "proton.me",
)  # fmt: skip
SHORTENERS = ("t.cn", "dwz.cn", "bit.ly", "tinyurl.com", "suo.im", "url.cn", "goo.gl", "is.gd", "ow.ly")
_WECHAT_CUES = (
    "微信",
    "威信",
    "薇信",
    "徽信",
    "维信",
    "v信",
    "vx",
    "wx",
    "wechat",
    "weixin",
    "加我",
    "加个v",
    "+v",
)
_AT_CUES = ("@", "艾特", "圈a")  # bracketed "(at)" is gated separately: "at" alone is too common

# Gates on the collapsed text (separators removed; line breaks kept as "\n", at most one in a row).
_DIGIT_RUN = lazy_re.compile(r"[0-9]{7}")
_DIGIT_RUN_SPLIT = lazy_re.compile(r"[0-9](?:\n?[0-9]){6}")  # seven digits with a line break between
_CN_DIGITS = lazy_re.compile(r"1\n?[3-9](?:\n?[0-9]){9}")  # what a _PHONE_CN match collapses to
_INTL_DIGITS = lazy_re.compile(r"\+\n?[1-9](?:\n?[0-9]){7}")  # what a _PHONE_INTL match collapses to
# What a _DOT (with the whitespace the regexes allow around it) collapses to.
_DOT_SPELLINGS = ("", "\n", "dot", "\ndot", "dot\n", "\ndot\n", "点", "\n点", "点\n", "\n点\n")


def _spellings(domain: str) -> set[str]:
    """Every way ``domain`` can appear in the collapsed text, whichever _DOT form joins its labels."""
    labels = domain.split(".")
    return {
        normalize(labels[0] + "".join(dot + label for dot, label in zip(dots, labels[1:], strict=True)))
        for dots in itertools.product(_DOT_SPELLINGS, repeat=len(labels) - 1)
    }


def cue_patterns(flag_domains: tuple[str, ...]) -> list[tuple[str, str]]:
    """Return ``(pattern, detector)`` pairs: a detector can only fire when one of its patterns occurs.

    Patterns are in collapsed form. The phone detectors are gated by digit regexes instead,
    and bracketed "(at)" e-mail by a character test (see :meth:`Detectors.detect`).
    """
    cues: dict[tuple[str, str], None] = {}
    for cue in _AT_CUES:
        cues[normalize(cue), "email"] = None
    for domain in FREEMAIL:  # "name at qq dot com", "name#qq.com", plain "name@qq.com"
        cues.update(dict.fromkeys((s, "email") for s in _spellings(domain)))
    for domain in flag_domains + SHORTENERS:
        cues.update(dict.fromkeys((s, "url") for s in _spellings(domain)))
    for cue in _WECHAT_CUES:
        cues[normalize(cue), "wechat"] = None
    cues.update(dict.fromkeys((p, "spelled") for p in spelled.cue_patterns()))
    return [k for k in cues if k[0]]


@lru_cache(maxsize=1)
def _brackets() -> re.Pattern[str]:
    """Any character that the detect translation turns into an opening bracket of "(at)"."""
    table = detect_table()
    chars = sorted({"(", "[", "{", "<"} | {chr(i) for i, c in enumerate(table) if c in "([{<"})
    return re.compile("[" + "".join(re.escape(c) for c in chars) + "]")


class Detectors:
    """The detectors compiled for one lexicon (its company and off-platform domains)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.cues = cue_patterns(lexicon.flag_domains)  # the matcher adds these to its automaton
        self._kinds = tuple(kind for _, kind in self.cues)
        self._automaton = ahocorasick_rs.AhoCorasick([p for p, _ in self.cues])
        self._brackets = _brackets()
        self._table = detect_table()

    def cued(self, collapsed: str) -> set[str]:
        """Detectors whose cue patterns occur in ``collapsed`` (the matcher finds these itself)."""
        return {
            self._kinds[i] for i, _, _ in self._automaton.find_matches_as_indexes(collapsed, overlapping=True)
        }

    def detect(self, text: str, collapsed: str, cued: set[str] | None = None) -> list[Hit]:
        """Return the contact-leak hits in ``text`` (offsets in ``text``).

        ``collapsed`` is the matcher's normalised text (separators removed, numerals as
        digits, repeats collapsed) and ``cued`` what :meth:`cued` returns for it; the
        gates run on these, so a clean message costs a digit regex and a substring test.
        """
        kinds = self.cued(collapsed) if cued is None else cued
        if "个" in collapsed:
            collapsed = expand_repeats(collapsed, keep_length=False)
        if "email" not in kinds and "at" in collapsed and self._brackets.search(text):
            kinds = kinds | {"email"}
        digits = _DIGIT_RUN.search(collapsed) is not None or (
            "\n" in collapsed and _DIGIT_RUN_SPLIT.search(collapsed) is not None
        )
        cn = digits and _CN_DIGITS.search(collapsed) is not None
        intl = digits and _INTL_DIGITS.search(collapsed) is not None
        nanp = digits and NANP_CUE.search(collapsed) is not None and NANP_DIGITS.search(collapsed) is not None
        if not (kinds or cn or intl or nanp):
            return []
        folded = text.translate(self._table)
        folded = expand_repeats(folded)
        hits = _phones(text, folded, cn, intl, nanp)
        emails: list[tuple[int, int]] = []
        if "email" in kinds:
            hits += _emails(text, folded, self.lexicon, emails)
        if "url" in kinds:
            hits += _urls(text, folded, self.lexicon, emails)
        if "wechat" in kinds:
            hits += _wechat_ids(text, folded)
        if "spelled" in kinds:
            hits += [
                _hit(text, s, e, "phone number in words", "medium", "phone")
                for s, e, _ in spelled.phones(folded)
            ]
        return hits


def _clean_domain(raw: str) -> str:
    return re.sub(rf"\s*{_DOT}\s*", ".", raw).strip(".")


def _hit(text: str, start: int, end: int, term: str, severity: str, rule: str) -> Hit:
    return Hit(CATEGORY, severity, term, text[start:end], start, end, rule=rule, variant="detector")


def _domain_listed(domain: str, listed: frozenset[str] | tuple[str, ...]) -> bool:
    return any(domain == d or domain.endswith("." + d) or (("." not in d) and d in domain) for d in listed)


_last: list[Detectors] = []  # the detectors of the lexicon used last by detect()


def detect(text: str, lexicon: Lexicon, collapsed: str | None = None) -> list[Hit]:
    """Return the contact-leak hits in ``text`` (standalone use; a matcher keeps its own :class:`Detectors`)."""
    if not _last or _last[0].lexicon is not lexicon:
        _last[:] = [Detectors(lexicon)]
    return _last[0].detect(text, normalize(text) if collapsed is None else collapsed)


def _phones(text: str, folded: str, cn: bool, intl: bool, nanp: bool = False) -> list[Hit]:
    hits: list[Hit] = []
    phones: list[tuple[int, int]] = []
    ids: list[str] = []  # digits of the phone-shaped numbers taken for ids, dates or amounts
    if cn:
        for m in _PHONE_CN.finditer(folded):
            digits = re.sub(r"[^0-9]", "", m.group())
            if not plausible_phone(folded, *m.span()):
                ids.append(digits)
                continue
            if _sibling_id(digits, ids):
                continue
            phones.append(m.span())
            hits.append(_hit(text, *m.span(), "手机号", "medium", "phone"))
    if intl:
        for m in _PHONE_INTL.finditer(folded):
            if not _inside(phones, m.start()) and plausible_phone(folded, *m.span()):
                phones.append(m.span())
                hits.append(_hit(text, *m.span(), "phone number", "medium", "phone"))
    for m in PHONE_NANP.finditer(folded) if nanp else ():
        start, end = m.span()
        if any(s <= start < e or start <= s < end for s, e in phones):
            continue
        if PERSONAL_CUE.search(folded, max(0, start - NANP_LOOK_BACK), start) and plausible_phone(
            folded, start, end
        ):
            hits.append(_hit(text, start, end, "phone number", "medium", "phone"))
    return hits


SIBLING_PREFIX = 8


def _sibling_id(digits: str, ids: list[str]) -> bool:
    """Whether ``digits`` continue a list of ids: they share their first digits with an earlier id.

    "SKU 13800138000 is discontinued; please use 13800138001 instead": the second number is
    out of the label's sentence, but a personal phone never shares :data:`SIBLING_PREFIX`
    leading digits with an id, a date or an amount in the same message.
    """
    return any(d[:SIBLING_PREFIX] == digits[:SIBLING_PREFIX] for d in ids)


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` falls in one of ``spans`` (sorted, non-overlapping: finditer order), by bisection."""
    k = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _emails(text: str, folded: str, lexicon: Lexicon, spans: list[tuple[int, int]]) -> list[Hit]:
    """E-mail hits; their spans are appended to ``spans`` (links inside them are not reported twice)."""
    hits = []
    for m in _EMAIL.finditer(folded):
        at = m.group(2).strip()
        domain = _clean_domain(m.group(3))
        if not re.search(r"\.[a-z]{2,10}$", domain) or _domain_listed(domain, lexicon.domains):
            continue
        obfuscated = at != "@" or "." not in m.group(3)
        if obfuscated and at in {"at", "#"} and not _domain_listed(domain, FREEMAIL):
            continue  # "available at amazon.com", "#tag" — too common to flag
        if obfuscated or _domain_listed(domain, FREEMAIL):
            spans.append(m.span())
            hits.append(_hit(text, *m.span(), "e-mail", "medium", "email"))
    return hits


def _urls(text: str, folded: str, lexicon: Lexicon, emails: list[tuple[int, int]]) -> list[Hit]:
    hits = []
    for m in _URL.finditer(folded):
        if _inside(emails, m.start()):
            continue
        domain = _clean_domain(m.group(2))
        if _domain_listed(domain, lexicon.domains):
            continue
        if _domain_listed(domain, lexicon.flag_domains) or domain in SHORTENERS:
            hits.append(_hit(text, *m.span(), "off-platform link", "medium", "url"))
    return hits


def _wechat_ids(text: str, folded: str) -> list[Hit]:
    hits = []
    for m in _WECHAT.finditer(folded):
        ident = m.group(2)
        if m.group(1) is not None or re.search(r"[0-9_\-]", ident):
            hits.append(_hit(text, m.start(2), m.end(2), "微信号", "medium", "wechat_id"))
    return hits

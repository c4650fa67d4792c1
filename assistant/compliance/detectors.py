"""Detectors beyond words: phone numbers, e-mail addresses, links and cued WeChat IDs.

They run on the length-preserving *detect* translation (full width folded, lower case,
number styles such as ①/壹/幺/一 turned into digits, zero-width characters turned into
spaces), so offsets are those of the original text.

Policy, tuned for sales chat: personal mobiles (+86 1xx…, spaced, dashed, written in
Chinese numerals) and foreign numbers written with ``+`` are flagged; e-mail is flagged
when obfuscated ("name (at) qq dot com") or at a free-mail provider; links are flagged
when they go to an off-platform site (shop, payment, messenger, cloud drive) or a URL
shortener; a WeChat ID is flagged when a cue (微信, vx, wx, 加我 …) precedes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from assistant.compliance.lexicon import Lexicon
from assistant.compliance.normalize import detect_table
from assistant.compliance.result import Hit

CATEGORY = "contact_leak"
_SEP = r"[\s\-–—_.·•*/\\|()\[\]~,、:]"
_PHONE_CN = re.compile(
    rf"(?<![0-9a-z])(?:(?:\+|00)?{_SEP}*86{_SEP}*)?1{_SEP}{{0,3}}[3-9](?:{_SEP}{{0,3}}[0-9]){{9}}(?![0-9])"
)
_PHONE_INTL = re.compile(rf"(?<![0-9a-z+])\+{_SEP}*[1-9](?:{_SEP}{{0,2}}[0-9]){{7,13}}(?![0-9])")
_AT = r"(?:@|\(at\)|\[at\]|\{at\}|<at>|#|艾特|圈a|\s+at\s+)"
_DOT = r"(?:\.|\(dot\)|\[dot\]|\{dot\}|\s+dot\s+|点)"
_EMAIL = re.compile(
    rf"(?<![a-z0-9._%+\-])([a-z0-9][a-z0-9._%+\-]{{1,40}})\s*({_AT})\s*([a-z0-9\-]{{2,40}}(?:\s*{_DOT}\s*[a-z0-9\-]{{2,20}})+)"
)
_URL = re.compile(
    rf"(?<![@a-z0-9.\-])((?:https?://)?((?:[a-z0-9\-]+{_DOT})+(?:com|cn|net|org|me|io|cc|top|xyz|shop|co|info|biz|link|vip|club|site|online|ly|gl))(?![a-z0-9\-])(?:/[^\s，。]*)?)"
)
_WECHAT = re.compile(
    r"(?:微信|威信|薇信|徽信|维信|v信|vx|wx|wechat|weixin|加我|加个v|\+v)(号|\s*id)?"
    r"[\s:：是为搜\-—~～,，]{0,6}([a-z][a-z0-9_\-]{5,19})(?![a-z0-9_\-@.])"
)
FREEMAIL = (
    "qq.com",
    "163.com",
    "126.com",
    "gmail.com",
    "hotmail.com",
    "outlook.com",
    "yahoo.com",
    "sina.com",
    "sina.cn",
    "foxmail.com",
    "icloud.com",
    "yeah.net",
    "139.com",
    "aliyun.com",
    "live.com",
    "proton.me",
)
_FREEMAIL_LABELS = (
    "qq",
    "163",
    "126",
    "gmail",
    "hotmail",
    "outlook",
    "yahoo",
    "sina",
    "foxmail",
    "icloud",
    "yeah",
    "139",
    "aliyun",
    "live",
    "proton",
)
SHORTENERS = ("t.cn", "dwz.cn", "bit.ly", "tinyurl.com", "suo.im", "url.cn", "goo.gl", "is.gd", "ow.ly")


_DIGIT_RUN = re.compile(r"[0-9]{7}")
_AT_CUES = ("@", "(at", "[at", "{at", "<at", "艾特", "圈a", "#")
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


@lru_cache(maxsize=8)
def _labels(domains: tuple[str, ...]) -> tuple[str, ...]:
    """Cheap substrings that must appear for a listed domain to be present (the longest label)."""
    return tuple({max(d.split("."), key=len) if len(max(d.split("."), key=len)) >= 3 else d for d in domains})


_SHORTENER_LABELS = ("t.cn", "dwz", "bit.ly", "tinyurl", "suo.im", "url.cn", "goo.gl", "is.gd", "ow.ly")


def _clean_domain(raw: str) -> str:
    return re.sub(rf"\s*{_DOT}\s*", ".", raw).strip(".")


def _hit(text: str, start: int, end: int, term: str, severity: str, rule: str) -> Hit:
    return Hit(CATEGORY, severity, term, text[start:end], start, end, rule=rule, variant="detector")


def _domain_listed(domain: str, listed: frozenset[str] | tuple[str, ...]) -> bool:
    return any(domain == d or domain.endswith("." + d) or (("." not in d) and d in domain) for d in listed)


def detect(text: str, lexicon: Lexicon, collapsed: str | None = None) -> Iterator[Hit]:
    """Yield contact-leak hits found in ``text`` (offsets in ``text``).

    Each detector is guarded by a cheap substring test so clean messages cost a few
    ``in`` checks instead of five regular-expression scans. ``collapsed`` is the matcher's
    normalised text (separators removed, numerals as digits), used to spot digit runs.
    """
    folded = text.translate(detect_table())
    phones: list[tuple[int, int]] = []
    if collapsed is None:
        from assistant.compliance.normalize import normalize

        collapsed = normalize(text)
    if _DIGIT_RUN.search(collapsed):
        for m in _PHONE_CN.finditer(folded):
            phones.append(m.span())
            yield _hit(text, *m.span(), "手机号", "medium", "phone")
        if "+" in folded:
            for m in _PHONE_INTL.finditer(folded):
                if not any(s <= m.start() < e for s, e in phones):
                    yield _hit(text, *m.span(), "phone number", "medium", "phone")
    emails: list[tuple[int, int]] = []
    if any(c in folded for c in _AT_CUES) or (
        " at " in folded and any(d in folded for d in _FREEMAIL_LABELS)
    ):
        for m in _EMAIL.finditer(folded):
            at = m.group(2).strip()
            domain = _clean_domain(m.group(3))
            if not re.search(r"\.[a-z]{2,10}$", domain) or _domain_listed(domain, lexicon.domains):
                continue
            obfuscated = at != "@" or "." not in m.group(3)
            if obfuscated and at in {"at", "#"} and not _domain_listed(domain, FREEMAIL):
                continue  # "available at amazon.com", "#tag" — too common to flag
            if obfuscated or _domain_listed(domain, FREEMAIL):
                emails.append(m.span())
                yield _hit(text, *m.span(), "e-mail", "medium", "email")
    if any(label in folded for label in _labels(lexicon.flag_domains) + _SHORTENER_LABELS):
        for m in _URL.finditer(folded):
            if any(s <= m.start() < e for s, e in emails):
                continue
            domain = _clean_domain(m.group(2))
            if _domain_listed(domain, lexicon.domains):
                continue
            if _domain_listed(domain, lexicon.flag_domains) or domain in SHORTENERS:
                yield _hit(text, *m.span(), "off-platform link", "medium", "url")
    if any(c in folded for c in _WECHAT_CUES):
        for m in _WECHAT.finditer(folded):
            ident = m.group(2)
            if m.group(1) is not None or re.search(r"[0-9_\-]", ident):
                yield _hit(text, m.start(2), m.end(2), "微信号", "medium", "wechat_id")

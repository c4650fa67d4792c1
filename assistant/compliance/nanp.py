"""North American numbers written without "+1", for the contact detector.

Such a number ("415-555-0134", "(312) 555 0176") is a contact detail only when a
personal-contact cue comes just before it ("text my cell 415-…", "my personal number is …"):
on its own it is as likely a company line, an order number or a part number. The cue words
and the collapsed digit shape are the detector's fast-path gates (see
:mod:`assistant.compliance.detectors`).
"""

from __future__ import annotations

import re

from assistant.compliance.normalize import normalize
from assistant.text import lazy_re

# A North American number without "+1" ("415-555-0134", "(312) 555 0176", spaced out "4 1 5 - 5 5 5 …") is
# flagged only when a personal-contact cue comes just before it: "text my cell 415-…", "my personal number is …".
PHONE_NANP = lazy_re.compile(
    r"(?<![0-9a-z+])(?:1[\s\-.]?)?\(?[2-9](?: ?[0-9]){2}\)?[\s\-.]{0,3}[2-9](?: ?[0-9]){2}[\s\-.]{0,3}[0-9](?: ?[0-9]){3}(?![0-9])"
)
_CELL, _PHONE, _MOBILE, _NUMBER = (
    r"c[e3][l1][l1]",
    r"ph[o0]ne",
    r"m[o0]bile",
    r"numb[e3]r",
)  # leet too: "c3ll"
PERSONAL_CUE = lazy_re.compile(
    rf"\b(?:{_CELL}(?:{_PHONE})?|{_MOBILE}|text (?:me|my)|my (?:own |personal |private |direct )?(?:{_NUMBER}|{_PHONE}|line|{_CELL})|"
    rf"(?:personal|private|own) (?:{_NUMBER}|{_PHONE}|line|{_CELL}|one)|whatsapp|signal|telegram|imessage)\b"
    r"[^.!?;\n]{0,48}$"
)
NANP_LOOK_BACK = 72
# Every PERSONAL_CUE contains one of these words: a necessary condition, tested on the collapsed
# text, so each word is written as :func:`normalize` writes it ("cell" collapses to "cel").
NANP_WORDS = (
    "cell",
    "mobile",
    "text",
    "number",
    "phone",
    "line",
    "whatsapp",
    "signal",
    "telegram",
    "imessage",
    "c3ll",
    "ce11",
    "c311",
    "ph0ne",
    "m0bile",
    "numb3r",
)
NANP_CUE = lazy_re.compile("|".join(re.escape(normalize(w)) for w in NANP_WORDS))
NANP_DIGITS = lazy_re.compile(
    r"[2-9](?:\n?[0-9]){2}\n?[2-9](?:\n?[0-9]){6}"
)  # what a PHONE_NANP match collapses to

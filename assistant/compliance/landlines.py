"""Office landlines written with "+": a company line in a signature is no contact leak.

"Best regards, ACME GmbH, Tel +49 30 1234 5678", "London office: +44 (0)20 7946 0958" and
"Siège social, standard +33 1 42 68 53 00" give the company's switchboard, not a rep's own
number. :func:`company_landline` holds for a ``+`` number when all three are true:

* **a landline by its country's numbering plan**: the national number (after the country
  code and an optional trunk "0", as in "+44 (0)20") does not start with a mobile prefix —
  UK 7, Germany 15/16/17, France 6/7, Italy 3, Spain 6/7, the Netherlands 6, Belgium 4,
  Switzerland 7, Austria 6, Sweden 7, Ireland 8, Portugal 9; and China 1, Hong Kong 4-7/9,
  Taiwan 9, Japan 70/80/90, Korea 10, Australia 4, Singapore 8/9 (North American numbers
  cannot be told apart and keep the general rules);
* **a company cue** anywhere in the message: a legal form (GmbH, Ltd, S.A., SARL, B.V., Pty,
  Pte, KK …), an office word (office, head office, reception, switchboard, Zentrale, Büro,
  siège, standard), a signature (regards, Tel/T:/Fax, Dept, www.), or their Chinese forms
  (公司, 办公室, 总机, 座机);
* **no personal cue** just before the number (my own/personal/private number, cell,
  mobile, handy, portable, home, 私人, 个人, 手机 …): "my home line +44 20 …" still alerts.

Personal mobiles (+44 7…, +49 15x/16x/17x, +33 6/7, +86 1xx …) are never company lines here, with or
without a cue; other countries are left to the general rules. Runs on the detectors'
length-preserving translation (lower case, accents stripped).
"""

from __future__ import annotations

from assistant.text import lazy_re

# Country code -> national prefixes of mobile numbers (after any trunk 0).
_MOBILE_PREFIXES: dict[str, tuple[str, ...]] = {
    "44": ("7",),
    "49": ("15", "16", "17"),
    "33": ("6", "7"),
    "39": ("3",),
    "34": ("6", "7"),
    "31": ("6",),
    "32": ("4",),
    "41": ("7",),
    "43": ("6",),
    "46": ("7",),
    "353": ("8",),
    "351": ("9",),
    "86": ("1",),
    "852": ("4", "5", "6", "7", "9"),
    "886": ("9",),
    "81": ("70", "80", "90"),
    "82": ("10",),
    "61": ("4",),
    "65": ("8", "9"),
}
_COMPANY_CUE = lazy_re.compile(
    r"\b(?:gmbh|ltd|limited|plc|llc|inc|sarl|sas|s\.a|s\.r\.l|s\.p\.a|b\.v|n\.v|ag|kg|pty|pte|kk)\b"
    r"|\b(?:office|head office|headquarters|hq|reception|switchboard|main line|zentrale|buro|bureau|siege|"
    r"standard|regards|sincerely|dept|department|company|tel|fax|www)\b"
    r"|\b(?:t|p|ph|phone)\s?:"
    r"|公司|办公室|总机|座机|前台|总部"
)
_PERSONAL_CUE = lazy_re.compile(
    r"\bmy\b(?!\s+(?:office|work|desk|company|team)\b)"
    r"|\b(?:own|personal|private|cell|mobile|handy|portable|perso|privat|home|whatsapp|text me|call me|reach me)\b"
    r"|私人|个人|手机|我的号|打我|加我"
)
PERSONAL_LOOK_BACK = 30
_PLUS_DIGITS = lazy_re.compile(r"[0-9]")


def _national(digits: str) -> tuple[str, str] | None:
    """Split ``digits`` (country code first) into a listed country code and the national number."""
    for size in (3, 2):
        code = digits[:size]
        if code in _MOBILE_PREFIXES:
            return code, digits[size:]
    return None


def personal_cue(folded: str, start: int) -> bool:
    """Whether a personal cue (my, own, private, home, mobile, 私人, 个人 …) comes just before ``start``."""
    return _PERSONAL_CUE.search(folded, max(0, start - PERSONAL_LOOK_BACK), start) is not None


def company_landline(folded: str, start: int, end: int) -> bool:
    """Whether the ``+`` number ``folded[start:end]`` is a European company landline (see the module docstring)."""
    span = folded[start:end]
    if "+" not in span:
        return False
    split = _national("".join(_PLUS_DIGITS.findall(span)))
    if split is None:
        return False
    code, national = split
    national = national[1:] if national.startswith("0") else national
    if len(national) < 6 or national.startswith(_MOBILE_PREFIXES[code]):
        return False
    if personal_cue(folded, start):
        return False
    return _COMPANY_CUE.search(folded[:start] + " " + folded[end:]) is not None

"""Product codes ("HD-2200", "BS-2D-HP", "ONT8"): one pattern for every reader that compares or masks them.

A code is a run of letters, digits and inner hyphens that starts with a letter and holds a digit. The
whole run is the code: "PI-ZW-261208" is one code, not "ZW-261208". Comparisons (does a step, risk or
need name the same product?) take codes of three characters or more, since two-character runs are
mostly sizes, units and quarters ("A4", "m2", "Q1"); masking figures inside names takes them all.
Found inside Chinese too ("LP-6的价格": no word boundary before 的). Order-line cues use the stricter
``lexicon.MODEL_CODE`` (upper-case letters, a hyphen, digits), which says "a model" with more certainty.
"""

from __future__ import annotations

from assistant.text import lazy_re

CODE = lazy_re.compile(
    r"(?<![A-Za-z0-9])(?=[A-Za-z][A-Za-z0-9-]*\d)[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?![A-Za-z0-9])"
)
_MIN = 3
COUNT_CODE = r"(?-i:[A-Z]{1,5}-?(?:[A-Z]{1,3}-?)?\d{1,5}[A-Z]?)"
"""A code as an order line says it beside a count: "480 AC-45 chairs", "10 DW-H60", "radiators OR-1500"."""
CODE_AFTER = lazy_re.compile(  # not a currency or a pressure rating ("USD50", "PN16")
    rf"\s*(?!(?:USD|EUR|GBP|RMB|CNY|SGD|AUD|CAD|HKD|JPY|CHF|AED|SAR|PN|DN|IP)[\s-]?\d)(?P<c>{COUNT_CODE})(?![\w-])"
)


def codes(text: str) -> set[str]:
    """Return the product codes ``text`` names, upper case, three characters or more."""
    return {c.upper() for c in CODE.findall(text) if len(c) >= _MIN}


def is_code(token: str) -> bool:
    """Whether ``token`` is one product code of three characters or more, in any case."""
    return len(token) >= _MIN and CODE.fullmatch(token) is not None

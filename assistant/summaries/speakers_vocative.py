"""Instructions addressed by name: "胡斌，你今天把报价单整理好，明天上午发给严总" is 胡斌's step.

When a speaker opens with the name of a known person and then tells them what to do ("X，你…",
"X，麻烦…", "Sam, please…", "Sam, can you…"), the named person acts: the step is on that person's
side, not the side the speaker's request would otherwise point to (our manager instructing our
rep is ours, not the customer's). A name followed by the speaker's own promise ("王总，我明天发您")
is a greeting, not an instruction, and is left alone.
"""

from __future__ import annotations

import re

from assistant.summaries.speakers_directory import Directory, crm_side
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Party

_VOCATIVE = lazy_re.compile(
    r"^\s*([\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s*[，,]\s*"
    r"(?:(?:你|您)(?:今天|明天|今晚|下午|上午|这周|本周|下周|周[一二三四五六日]|把|去|先|负责|跟|再|马上|尽快|回头)"
    r"|请(?!放心|查收|见谅|稍等|注意查收)|麻烦|please\b(?! (?:find|note|see)\b)|can you\b|could you\b|you(?:'ll| need to)\b)",
    re.I,
)


_OWN_PROMISE = lazy_re.compile(r"我们|我司|我(?:会|明天|今天|下周|马上|这边)|\b(?:we|we'll|i'll|i will|our)\b", re.I)


def addressed_person(text: str) -> str | None:
    """Return the name an instruction opens with ("胡斌，你今天…" → "胡斌", "Sam, please…" → "Sam"), or None.

    A name followed by the speaker's own promise ("王总，请放心，我们下周一发货") is a greeting, not an
    instruction to that person.
    """
    m = _VOCATIVE.match(text)
    if not m or _OWN_PROMISE.search(text[m.end(1) :]):
        return None
    return m.group(1)


def vocative_sides(parsed: Parsed, sides: dict[str, tuple[Party, str]], d: Directory) -> dict[str, Party]:
    """Map each instruction addressed by name to a known person's side: {sentence text: side}.

    Args:
        parsed: The parsed conversation.
        sides: Speakers already placed ({name: (side, evidence)}).
        d: The CRM directory (our users, the customer's contacts).
    """
    out: dict[str, Party] = {}
    for s in parsed.sentences:
        name = addressed_person(s.text)
        if not name or name == s.speaker:
            continue
        found = sides.get(name) or crm_side(name, None, d)
        if found and found[0] in ("we", "customer"):
            out[s.text] = found[0]
    return out

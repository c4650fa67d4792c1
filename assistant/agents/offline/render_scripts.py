"""Script answers: the script text itself with its situation in one line, addressed to the customer in context.

A library script is Markdown with sections (``## 适用情境`` / ``## When to use``, ``## 参考话术`` /
``## What to say``, ``## 为什么这样说`` / ``## Why it works``); the answer shows the situation
on one line and the words to say, never the headings. The script's sample salutation
("张经理，") is replaced by how the customer in context is addressed ("王总，"), or by a
neutral greeting when there is no customer, so a script never names someone else.
"""

from __future__ import annotations

from typing import Any

from assistant.agents.offline.fmt import zh
from assistant.text import lazy_re

Data = dict[str, Any]
_SITUATION = ("适用情境", "适用场景", "when to use", "situation")
_SCRIPT = ("参考话术", "话术", "what to say", "script")
_HEADING = lazy_re.compile(r"^\s*#{1,6}\s*(.+?)\s*$")
_ZH_SALUTATION = lazy_re.compile(r"^\s*[\u4e00-\u9fff]{1,2}(?:经理|总|老板|先生|女士|小姐|姐|哥)\s*[，,：:]\s*")
_EN_SALUTATION = lazy_re.compile(r"^\s*(Hi|Hello|Dear)\s+(?:Mr\.?|Ms\.?|Mrs\.?)?\s*[A-Z][\w.-]*\s*[,:]\s*")


def sections(text: str) -> dict[str, str]:
    """Split a script body into its sections by heading (lower-cased heading → text); ``""`` holds any preamble."""
    out: dict[str, list[str]] = {"": []}
    current = ""
    for line in (text or "").splitlines():
        m = _HEADING.match(line)
        if m:
            current = m.group(1).strip().lower()
            out.setdefault(current, [])
        else:
            out[current].append(line)
    return {k: " ".join(x.strip() for x in v if x.strip()) for k, v in out.items()}


def _pick(parts: dict[str, str], names: tuple[str, ...]) -> str:
    return next((parts[k] for k in parts if k and any(n in k for n in names) and parts[k]), "")


def addressed(script: str, language: str, customer: Data | None) -> str:
    """Put the customer's form of address in place of the script's sample salutation."""
    form = (customer or {}).get("address")
    if _ZH_SALUTATION.match(script):
        return _ZH_SALUTATION.sub(f"{form}，" if form else "您好，", script, count=1)
    if _EN_SALUTATION.match(script):
        return _EN_SALUTATION.sub(f"Hi {form}, " if form else "Hi, ", script, count=1)
    return script


def one_script(s: Data, customer: Data | None) -> tuple[str, str]:
    """Return the (situation, words to say) of one suggested script."""
    parts = sections(str(s.get("text") or ""))
    situation = _pick(parts, _SITUATION)
    words = _pick(parts, _SCRIPT) or parts.get("") or " ".join(
        v for k, v in parts.items() if k and not any(n in k for n in (*_SITUATION, "why", "为什么"))
    )
    return situation, addressed(words, str(s.get("language") or "zh"), customer)


def suggest_scripts(d: Data, lang: str) -> list[str]:
    """Each script: its title and situation on one line, then the words to say (no Markdown headings)."""
    customer = d.get("customer")
    who = (customer or {}).get("name")
    lines = [
        (f"给 {who} 可以这样说：" if who else "可以参考这些话术：")
        if zh(lang)
        else (f"What you could say to {who}:" if who else "Scripts you could use:")
    ]
    for i, s in enumerate(d.get("scripts") or [], 1):
        situation, words = one_script(s, customer)
        head = f"{i}. 【{s.get('title')}】" if zh(lang) else f"{i}. [{s.get('title')}]"
        if situation:
            head += f"适用：{situation}" if zh(lang) else f" When: {situation}"
        lines.append(head)
        lines.append(f"   “{words}”" if zh(lang) else f'   "{words}"')
    return lines

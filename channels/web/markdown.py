"""Safe Markdown: escape everything first, then render a small subset, and link record ids.

Text from the model, the CRM or a customer is never trusted: it is HTML-escaped before any
markup is added, so only the tags made here (``p``, ``br``, ``strong``, ``em``, ``code``,
``ul/ol/li``, ``h3/h4``, ``table``, ``a`` to the record view) can appear in the output.
"""

from __future__ import annotations

import html

from assistant.text import lazy_re

RECORD_ID = lazy_re.compile(r"\b(C\d{5}|OPP-\d{6}|SO-\d{7})\b")
_BOLD = lazy_re.compile(r"\*\*(.+?)\*\*")
_ITALIC = lazy_re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")
_CODE = lazy_re.compile(r"`([^`]+)`")
_BULLET = lazy_re.compile(r"^\s*[-*•]\s+(.*)$")
_NUMBERED = lazy_re.compile(r"^\s*\d+[.)、]\s+(.*)$")
_HEADING = lazy_re.compile(r"^(#{1,4})\s+(.*)$")
_TABLE_SEP = lazy_re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def inline(text: str) -> str:
    """Escape one line and render bold, italic, code and record links."""
    out = html.escape(text, quote=True)
    out = _CODE.sub(r"<code>\1</code>", out)
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    out = _ITALIC.sub(r"<em>\1</em>", out)
    return RECORD_ID.sub(r'<a class="rec" href="/records/\1">\1</a>', out)


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def render(text: str) -> str:
    """Render ``text`` (untrusted Markdown) as safe HTML."""
    lines = (text or "").replace("\r\n", "\n").split("\n")
    out: list[str] = []
    para: list[str] = []
    lst: str | None = None

    def flush_para() -> None:
        if para:
            out.append("<p>" + "<br>".join(inline(p) for p in para) + "</p>")
            para.clear()

    def close_list() -> None:
        nonlocal lst
        if lst:
            out.append(f"</{lst}>")
            lst = None

    i = 0
    while i < len(lines):
        line = lines[i]
        if "|" in line and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]):
            flush_para()
            close_list()
            head = "".join(f"<th>{inline(c)}</th>" for c in _cells(line))
            rows = []
            i += 2
            while i < len(lines) and "|" in lines[i]:
                rows.append("<tr>" + "".join(f"<td>{inline(c)}</td>" for c in _cells(lines[i])) + "</tr>")
                i += 1
            out.append(f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>')
            continue
        heading, bullet, numbered = _HEADING.match(line), _BULLET.match(line), _NUMBERED.match(line)
        if not line.strip():
            flush_para()
            close_list()
        elif heading:
            flush_para()
            close_list()
            level = min(len(heading.group(1)) + 2, 5)
            out.append(f"<h{level}>{inline(heading.group(2))}</h{level}>")
        elif bullet or numbered:
            flush_para()
            kind = "ul" if bullet else "ol"
            if lst != kind:
                close_list()
                out.append(f"<{kind}>")
                lst = kind
            out.append(f"<li>{inline((bullet or numbered).group(1))}</li>")
        else:
            close_list()
            para.append(line)
        i += 1
    flush_para()
    close_list()
    return "\n".join(out)


def highlight(text: str, spans: list[list[int]] | list[tuple[int, int]], cls: str = "quote") -> str:
    """Escape ``text`` and wrap the character ranges ``spans`` in ``<mark>`` (overlaps merged)."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, int(a)), min(len(text), int(b))) for a, b in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(html.escape(text[pos:start]))
        out.append(f'<mark class="{cls}">{html.escape(text[start:end])}</mark>')
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")

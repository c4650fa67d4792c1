"""The intent classifier's training data: the paraphrase files under ``data/paraphrases/``.

``zh.yaml`` and ``en.yaml`` hold, per label (a tool name or a conversation act), hand-written
sentences and templates whose ``{slot}`` placeholders are filled from ``slots.yaml``; further
files of one language (``zh_*.yaml``, ``en_*.yaml``, e.g. the single-question confusions) add
sentences and templates to the same labels; their templates are filled :data:`EXTRA_FILLS` times each.
A further file may also ``relabel`` sentences or templates of earlier files (``{text: new label}``):
the earlier file stays as it was written, and the text is learned under its new label only.
:func:`examples` expands the templates deterministically (a seeded generator per label and
language) until each label has :data:`PER_LABEL` sentences per language. :func:`data_hash`
keys every cached matrix derived from these files.
"""

from __future__ import annotations

import hashlib
import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from assistant.text import lazy_re

FOLDER = Path(__file__).parent / "data" / "paraphrases"
LANGS = ("zh", "en")
PER_LABEL = 48  # written sentences first, then template fills up to this many per label and language
EXTRA_FILLS = 3  # fills of each template of the further files (zh_*.yaml, en_*.yaml)
ACTS = ("greeting", "thanks", "help", "chitchat", "out_of_scope")
RELABEL = "relabel"  # the key of a further file's {text: new label} corrections of earlier files
_SLOT = lazy_re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Example:
    """One labelled sentence.

    Attributes:
        text: The request.
        label: A tool name or one of :data:`ACTS`.
        lang: ``zh`` or ``en``.
        source: ``written`` or ``template``.
    """

    text: str
    label: str
    lang: str
    source: str


def _load(name: str) -> dict:
    return yaml.safe_load((FOLDER / name).read_text(encoding="utf-8")) or {}


@cache
def data_hash() -> str:
    """Return a short hash of every paraphrase file (the cache key of derived matrices)."""
    h = hashlib.sha256()
    for path in sorted(FOLDER.glob("*.yaml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    h.update(f"{PER_LABEL}/{EXTRA_FILLS}".encode())
    return h.hexdigest()[:16]


def _blocks(lang: str) -> dict[str, dict[str, list[str]]]:
    """Merge every file of one language: ``{label: {"written", "templates", "extra"}}`` in file order.

    ``templates`` (of ``<lang>.yaml``) fill a label up to :data:`PER_LABEL`; ``extra`` (the templates
    of the further files) are each filled :data:`EXTRA_FILLS` times, however many sentences the label has.
    """
    merged: dict[str, dict[str, list[str]]] = {}
    moved: dict[str, str] = {}
    for name in [f"{lang}.yaml"] + sorted(p.name for p in FOLDER.glob(f"{lang}_*.yaml")):
        data = _load(name)
        moved.update({str(k): str(v) for k, v in (data.pop(RELABEL, None) or {}).items()})
        for label, block in data.items():
            into = merged.setdefault(label, {"written": [], "templates": [], "extra": []})
            into["written"] += [str(t) for t in (block or {}).get("written") or []]
            key = "templates" if name == f"{lang}.yaml" else "extra"
            into[key] += [str(t) for t in (block or {}).get("templates") or []]
    return _relabelled(merged, moved)


def _relabelled(merged: dict[str, dict[str, list[str]]], moved: dict[str, str]) -> dict[str, dict[str, list[str]]]:
    """Move each relabelled sentence or template from whichever label held it to its new label.

    A moved template is filled :data:`EXTRA_FILLS` times under its new label (as a further file's).

    Raises:
        ValueError: A relabelled text is in no file (a typo would otherwise go unnoticed).
    """
    for text, label in moved.items():
        where = next(((block, key) for block in merged.values() for key, items in block.items() if text in items), None)
        if where is None:
            raise ValueError(f"relabelled text not in the paraphrases: {text!r}")
        where[0][where[1]].remove(text)
        into = merged.setdefault(label, {"written": [], "templates": [], "extra": []})
        into["written" if where[1] == "written" else "extra"].append(text)  # a moved template: filled like an extra
    return merged


def _fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    used: dict[str, list[str]] = {}

    def pick(m: re.Match[str]) -> str:
        name = m.group(1)
        pool = [v for v in slots[name] if v not in used.get(name, [])] or slots[name]
        value = rng.choice(pool)
        used.setdefault(name, []).append(value)
        return value

    return _SLOT.sub(pick, template)


@cache
def examples() -> tuple[Example, ...]:
    """Return every labelled sentence (written and templated), in file order."""
    slots_all = _load("slots.yaml")
    out: list[Example] = []
    for lang in LANGS:
        slots = slots_all[lang]
        for label, block in _blocks(lang).items():
            written = list(dict.fromkeys(block["written"]))
            seen = set(written)
            out += [Example(t, label, lang, "written") for t in written]
            templates = block["templates"]
            rng = random.Random(f"{lang}:{label}")
            attempts = 0
            while templates and len(seen) < PER_LABEL and attempts < 50 * PER_LABEL:
                text = _fill(templates[attempts % len(templates)], slots, rng)
                attempts += 1
                if text not in seen:
                    seen.add(text)
                    out.append(Example(text, label, lang, "template"))
            for template in block["extra"]:
                fills = {_fill(template, slots, rng) for _ in range(4 * EXTRA_FILLS)} - seen
                for text in sorted(fills)[:EXTRA_FILLS]:
                    seen.add(text)
                    out.append(Example(text, label, lang, "template"))
    return tuple(out)


def labels() -> list[str]:
    """Every label, tools first (in file order), then the conversation acts."""
    seen: dict[str, None] = {}
    for ex in examples():
        seen.setdefault(ex.label, None)
    tools = [label for label in seen if label not in ACTS]
    return tools + [a for a in ACTS if a in seen]

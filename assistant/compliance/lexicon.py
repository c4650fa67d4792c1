"""The sales-compliance lexicon: editable YAML/TXT files, validated into one :class:`Lexicon`.

Files live in the packaged ``assistant/compliance/lexicon/`` directory and, for local
edits and imported lists, in ``DATA_DIR/compliance/lexicon/``:

* ``<category>.yaml`` — ``category``, ``label``, ``severity`` (low/medium/high) and
  ``terms``: strings, or ``{term: ..., severity: ...}`` to override one term.
* ``allow.yaml`` — ``allow`` (harmless phrases that contain a term, e.g. 保本价),
  ``domains`` (company domains, never flagged) and ``flag_domains`` (off-platform sites).
* ``combos.yaml`` — co-occurrence rules (:mod:`assistant.compliance.combos`).
* ``variants.yaml`` — ``homophones`` (character → look-alike/sound-alike substitutes used
  when compiling) and ``initials_stoplist`` (pinyin initials that are common abbreviations).
* ``*.txt`` — an imported third-party list, one term per line, in its own category: the
  file name, or a ``# category: NAME`` header line (``# severity:`` and ``# label:`` too).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from assistant.compliance.combos import Combo, parse_combos
from assistant.compliance.normalize import BREAK, normalize
from assistant.text import lazy_re
from assistant.yaml_loader import safe_load

PACKAGED_DIR = Path(__file__).with_name("lexicon")
SEVERITIES = ("low", "medium", "high")
SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}
SPECIAL_FILES = {"allow.yaml", "variants.yaml", "combos.yaml"}
_CATEGORY = lazy_re.compile(r"^[a-z][a-z0-9_]{1,39}$")
MAX_TERM_CHARS = 60


class LexiconError(ValueError):
    """The lexicon files are invalid; ``problems`` lists every problem as ``file: message``."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("invalid lexicon:\n  " + "\n  ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon term with its category and severity."""

    term: str
    category: str
    severity: str
    source: str


@dataclass(frozen=True, slots=True)
class Category:
    """A category of terms (guarantee, bribery, ...) with a display label and default severity."""

    name: str
    label: str
    severity: str
    source: str


@dataclass(frozen=True)
class Lexicon:
    """The validated lexicon: categories, entries, allow-list, domains and variant tables."""

    categories: dict[str, Category]
    entries: tuple[Entry, ...]
    allow: tuple[str, ...] = ()
    domains: frozenset[str] = frozenset()
    flag_domains: tuple[str, ...] = ()
    homophones: dict[str, tuple[str, ...]] = field(default_factory=dict)
    initials_stoplist: frozenset[str] = frozenset()
    warnings: tuple[str, ...] = ()
    combos: tuple[Combo, ...] = ()


def lexicon_dirs(extra: Path | None = None) -> list[Path]:
    """Return the lexicon directories: the packaged one, then the local one when it exists."""
    from assistant.config import get_settings

    local = extra if extra is not None else get_settings().data_dir / "compliance" / "lexicon"
    return [PACKAGED_DIR] + ([local] if local.is_dir() else [])


def lexicon_files(dirs: list[Path]) -> list[Path]:
    """All lexicon files of ``dirs`` in load order (a missing directory has none)."""
    return [
        p for d in dirs if d.is_dir() for p in sorted(d.iterdir()) if p.suffix in {".yaml", ".yml", ".txt"}
    ]


def fingerprint(dirs: list[Path]) -> tuple[tuple[str, int, int], ...]:
    """Paths, modification times and sizes of the lexicon files (changes trigger a reload)."""
    out = []
    for p in lexicon_files(dirs):
        st = p.stat()
        out.append((str(p), st.st_mtime_ns, st.st_size))
    return tuple(out)


def _read_yaml(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        data = safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.append(f"{path.name}: not valid YAML/UTF-8: {exc}".replace("\n", " "))
        return {}
    if not isinstance(data, dict):
        problems.append(f"{path.name}: expected a mapping at the top level")
        return {}
    return data


def _read_txt(path: Path) -> dict[str, Any]:
    """Parse an imported word list: one term per line with optional ``# key: value`` headers."""
    meta: dict[str, Any] = {"category": re.sub(r"[^a-z0-9_]", "_", path.stem.lower()), "terms": []}
    meta["severity"] = "low"
    for line in path.read_text(encoding="utf-8", errors="strict").splitlines():
        line = line.strip()
        header = re.match(r"^#\s*(category|severity|label)\s*:\s*(.+)$", line)
        if header:
            meta[header.group(1)] = header.group(2).strip()
        elif line and not line.startswith("#"):
            meta["terms"].append(line.split("\t")[0].split(",")[0].strip())
    return meta


def _check_term(term: object, where: str, problems: list[str]) -> str | None:
    if not isinstance(term, str) or not term.strip():
        problems.append(f"{where}: term must be a non-empty string, got {term!r}")
        return None
    term = term.strip()
    norm = normalize(term)
    if len(term) > MAX_TERM_CHARS:
        problems.append(f"{where}: term {term!r} is longer than {MAX_TERM_CHARS} characters")
    elif len(norm) < 2:
        problems.append(f"{where}: term {term!r} normalises to {norm!r}, too short to match safely")
    elif BREAK in norm:
        problems.append(f"{where}: term {term!r} contains a sentence break and can never match")
    else:
        return term
    return None


def _load_category(
    data: dict[str, Any], name: str, problems: list[str]
) -> tuple[Category, list[Entry]] | None:
    category = str(data.get("category", "")).strip()
    severity = str(data.get("severity", "")).strip()
    bad = len(problems)
    if not _CATEGORY.match(category):
        problems.append(f"{name}: category {category!r} must be lower-case letters, digits and _")
    if severity not in SEVERITIES:
        problems.append(f"{name}: severity {severity!r} must be one of {', '.join(SEVERITIES)}")
    terms = data.get("terms")
    if not isinstance(terms, list) or not terms:
        problems.append(f"{name}: 'terms' must be a non-empty list")
        terms = []
    if len(problems) > bad:
        return None
    cat = Category(category, str(data.get("label") or category), severity, name)
    entries = []
    for i, raw in enumerate(terms, start=1):
        term_sev = severity
        if isinstance(raw, dict):
            term_sev = str(raw.get("severity", severity))
            raw = raw.get("term")
            if term_sev not in SEVERITIES:
                problems.append(
                    f"{name} term #{i}: severity {term_sev!r} must be one of {', '.join(SEVERITIES)}"
                )
                continue
        term = _check_term(raw, f"{name} term #{i}", problems)
        if term is not None:
            entries.append(Entry(term, category, term_sev, name))
    return cat, entries


def load_lexicon(dirs: list[Path] | None = None) -> Lexicon:
    """Read and validate every lexicon file of ``dirs`` (default :func:`lexicon_dirs`).

    Raises:
        LexiconError: listing every problem found (file, term number, what is wrong).
    """
    dirs = dirs if dirs is not None else lexicon_dirs()
    problems: list[str] = []
    warnings: list[str] = []
    categories: dict[str, Category] = {}
    entries: dict[tuple[str, str], Entry] = {}
    allow: list[str] = []
    domains: set[str] = set()
    flag_domains: list[str] = []
    homophones: dict[str, tuple[str, ...]] = {}
    stoplist: set[str] = set()
    combos: list[Combo] = []
    for path in lexicon_files(dirs):
        try:
            if path.name == "combos.yaml":
                combos += parse_combos(_read_yaml(path, problems), SEVERITIES, problems)
                continue
            if path.name == "allow.yaml":
                data = _read_yaml(path, problems)
                for i, phrase in enumerate(data.get("allow") or [], start=1):
                    term = _check_term(phrase, f"allow.yaml entry #{i}", problems)
                    if term:
                        allow.append(term)
                domains |= {str(d).lower().strip() for d in data.get("domains") or []}
                flag_domains += [str(d).lower().strip() for d in data.get("flag_domains") or []]
                continue
            if path.name == "variants.yaml":
                data = _read_yaml(path, problems)
                for char, subs in (data.get("homophones") or {}).items():
                    if not isinstance(subs, list) or len(str(char)) != 1:
                        problems.append(
                            f"variants.yaml: homophones[{char!r}] must map one character to a list"
                        )
                        continue
                    homophones[str(char)] = tuple(str(s) for s in subs if str(s) != str(char))
                stoplist |= {str(s).lower() for s in data.get("initials_stoplist") or []}
                continue
            if path.suffix == ".txt":
                try:
                    data = _read_txt(path)
                except UnicodeDecodeError as exc:
                    problems.append(f"{path.name}: not UTF-8 text: {exc}")
                    continue
            else:
                data = _read_yaml(path, problems)
            loaded = _load_category(data, path.name, problems)
            if loaded is None:
                continue
            cat, cat_entries = loaded
            if cat.name in categories and categories[cat.name].source != cat.source:
                warnings.append(
                    f"{path.name}: category {cat.name!r} also defined in {categories[cat.name].source}"
                )
            categories.setdefault(cat.name, cat)
            for entry in cat_entries:
                key = (normalize(entry.term), entry.category)
                if key in entries:
                    warnings.append(f"{path.name}: duplicate term {entry.term!r} in {entry.category}")
                    continue
                entries[key] = entry
        except (OSError, TypeError, AttributeError, ValueError) as exc:  # malformed structure, unreadable
            problems.append(f"{path.name}: cannot be used: {type(exc).__name__}: {exc}".replace("\n", " "))
    if not problems and not entries:
        where = ", ".join(str(d) for d in dirs)
        problems.append(f"no lexicon terms in {where} (expected <category>.yaml or .txt files)")
    if problems:
        raise LexiconError(problems)
    return Lexicon(
        categories=categories,
        entries=tuple(entries.values()),
        allow=tuple(allow),
        domains=frozenset(domains),
        flag_domains=tuple(flag_domains),
        homophones=homophones,
        initials_stoplist=frozenset(stoplist),
        warnings=tuple(warnings),
        combos=tuple(combos),
    )

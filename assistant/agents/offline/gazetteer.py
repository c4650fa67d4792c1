"""The gazetteer: surface forms of CRM names the engine can spot in a request.

Built from the CRM database (customer names and short names, contact names with their
"王总"-style forms, products, users, countries, cities) plus the static vocabulary.
It only helps *spot* mention strings; resolving them to records, inside the user's
scope, is the tools' job. Loaded once per database and refreshed when the customer,
contact or user tables change (checked at most every ``REFRESH_SECONDS``).
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import Engine, func, select
from sqlalchemy.exc import SQLAlchemyError

from assistant.agents.offline import vocab
from assistant.agents.offline.gazetteer_latin import (
    customer_forms,
    forms_pattern,
    may_name_customer,
    may_name_rep,
    rep_patterns,
)
from assistant.crm.models import Contact, Customer, Product, Team, User

REFRESH_SECONDS = 30.0
KINDS = ("customer", "customer_word", "contact", "product", "user", "country", "city", "industry", "segment", "team")
# Two-character brand names that are also everyday words are only trusted with a customer cue nearby.
COMMON_WORDS = {"创新", "和信", "信创", "永远", "安康", "天成", "成天", "新丰", "美德", "德信", "和美"}


@dataclass(frozen=True)
class Entry:
    """One surface form.

    Attributes:
        surface: The text as it may appear in a request.
        kind: One of :data:`KINDS`.
        value: What to pass to a tool (the surface itself for names; the stored key otherwise).
        case_sensitive: Whether the match must respect case (English brand words like "Summit").
    """

    surface: str
    kind: str
    value: str
    case_sensitive: bool = False


@dataclass(frozen=True)
class Match:
    """A surface form found in a text at ``start:end`` with every entry that has that form.

    The same form may name several things (陈静 is a rep and a contact); the caller picks by context.
    """

    entries: tuple[Entry, ...]
    start: int
    end: int

    @property
    def text(self) -> str:
        """The surface form as the gazetteer spells it."""
        return self.entries[0].surface

    def of(self, kind: str) -> Entry | None:
        """Return the entry of ``kind`` for this form, if any."""
        return next((e for e in self.entries if e.kind == kind), None)


@dataclass
class Gazetteer:
    """Surface forms indexed by their first two (lower-cased) characters, longest first.

    Two characters, not one: with a one-character key every position of a long message
    tried the hundreds of forms that start with a common letter ("a…").
    """

    entries: list[Entry] = field(default_factory=list)
    _index: dict[str, list[tuple[str, bool, list[Entry]]]] = field(default_factory=dict, repr=False)
    _pinyin: list[tuple[re.Pattern[str], str]] | None = field(default=None, repr=False)
    _pinyin_customers: re.Pattern[str] | None = field(default=None, repr=False)
    _pinyin_values: dict[str, str] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        groups: dict[tuple[str, bool], list[Entry]] = {}
        for e in self.entries:
            if not e.surface:
                continue
            key = (e.surface if e.case_sensitive else e.surface.lower(), e.case_sensitive)
            group = groups.setdefault(key, [])
            if all(x.kind != e.kind for x in group):
                group.append(e)
        for (surface, cs), group in sorted(groups.items(), key=lambda kv: -len(kv[0][0])):
            self._index.setdefault(surface[:2].lower(), []).append((surface, cs, group))

    def find(self, text: str) -> list[Match]:
        """Return non-overlapping matches, scanning left to right and preferring the longest form."""
        out: list[Match] = []
        lower = text.lower()
        i = 0
        while i < len(text):
            hit = None
            # Longer forms (two-character key) before one-character forms: longest first overall.
            for surface, cs, group in (*self._index.get(lower[i : i + 2], ()), *self._index.get(lower[i], ())):
                n = len(surface)
                chunk = text[i : i + n] if cs else lower[i : i + n]
                if chunk == surface and _boundaries_ok(text, i, i + n):
                    hit = Match(tuple(group), i, i + n)
                    break
            if hit:
                out.append(hit)
                i = hit.end
            else:
                i += 1

        return out

    def latin_users(self, text: str) -> list[tuple[str, tuple[int, int]]]:
        """Return ``(login, span)`` of reps named in pinyin ("Zhang Wei", "Wei Zhang", "zhangwei").

        Only for a text with two capitalised Latin words in a row: the patterns are built on
        first use, from the reps' Chinese display names (spelled by :mod:`assistant.name_pinyin`,
        from its cached syllables; a compound surname such as 欧阳 is one word: "Ouyang Ming").
        """
        if not may_name_rep(text):
            return []
        if self._pinyin is None:
            self._pinyin = rep_patterns([(e.surface, e.value) for e in self.entries if e.kind == "user"])
        found = [(login, hit.span()) for pattern, login in self._pinyin if (hit := pattern.search(text))]
        return sorted(found, key=lambda f: f[1])

    def latin_customers(self, text: str) -> list[tuple[str, tuple[int, int]]]:
        """Return ``(short name, span)`` of customers named in pinyin ("Shenghe", "hengjia" → 盛和, 恒嘉).

        Only Chinese short names whose pinyin has at least 5 letters and is shared by no other
        short name; built on first use (pinyin from :mod:`assistant.name_pinyin`'s cache).
        """
        if not may_name_customer(text):
            return []
        if self._pinyin_customers is None:
            self._pinyin_values = customer_forms([(e.surface, e.value) for e in self.entries if e.kind == "customer"])
            self._pinyin_customers = forms_pattern(self._pinyin_values)
        return [
            (self._pinyin_values[hit.group(1).lower()], hit.span())
            for hit in self._pinyin_customers.finditer(text)
        ]


def _boundaries_ok(text: str, start: int, end: int) -> bool:
    """Latin words must not be glued to other Latin letters or digits ("Prime" not in "Primer")."""
    if text[start].isascii() and text[start].isalnum() and start > 0 and text[start - 1].isascii():
        if text[start - 1].isalnum():
            return False
    if text[end - 1].isascii() and text[end - 1].isalnum() and end < len(text) and text[end].isascii():
        if text[end].isalnum():
            return False
    return True


def _abbr(word: str) -> bool:
    """Whether ``word`` is a Latin capital abbreviation (US, U.S., UAE) that must match in capitals."""
    return word.isascii() and word.isupper() and len(word.replace(".", "")) <= 3


def static_entries() -> list[Entry]:
    """Entries that need no database: countries, cities, industries and segments."""
    # "US"/"UK"/"UAE" only in capitals: "owed us the longest" names no country
    out = [Entry(k, "country", v, case_sensitive=_abbr(k)) for k, v in vocab.COUNTRY_ALIASES.items() if len(k) > 1]
    out += [Entry(v, "country", v, case_sensitive=_abbr(v)) for v in set(vocab.COUNTRY_ALIASES.values())]
    out += [Entry(k, "city", v) for k, v in vocab.CITY_ALIASES.items()]
    out += [Entry(city, "city", city) for city in vocab.CITIES]
    out += [Entry(k, "industry", v) for k, v in vocab.INDUSTRY_ALIASES.items()]
    out += [Entry(k, "segment", v) for k, v in vocab.SEGMENT_ALIASES.items()]
    return out


def contact_forms(name: str, title: str | None) -> list[str]:
    """Return the ways reps refer to a contact: full name, "王总" / "王经理", English first name."""
    if re.search(r"[\u4e00-\u9fff]", name):
        surname = name[0]
        senior = title in ("总经理", "老板", "运营总监", "董事长", "总监")
        return [name, surname + ("总" if senior else "经理")]
    return [name]


def load_entries(engine: Engine) -> list[Entry]:
    """Read the CRM names from the database (one query per table)."""
    out: list[Entry] = []
    with engine.connect() as conn:
        for name_zh, name_en, short in conn.execute(
            select(Customer.name_zh, Customer.name_en, Customer.short_name)
        ):
            for value in (name_zh, name_en):
                if value:
                    out.append(Entry(value, "customer", value))
            bare = vocab.without_legal_suffix(name_en)
            if bare:
                out.append(Entry(bare, "customer", bare))
            if short in COMMON_WORDS:  # "和信今年下了多少": trusted only where a customer name can stand
                out.append(Entry(short, "customer_word", short))
            elif short:  # "redwood" typed lower-case is still Redwood
                cs = short.isascii() and short.lower() in vocab.EN_COMMON_SHORT
                out.append(Entry(short, "customer", short, case_sensitive=cs))
            out += [Entry(stem, "customer", stem) for stem in vocab.name_stems(bare)]
        for name, title in conn.execute(select(Contact.name, Contact.title)):
            out += [Entry(f, "contact", f) for f in contact_forms(name, title)]
        for name_zh, name_en in conn.execute(select(Product.name_zh, Product.name_en)):
            out += [Entry(name_zh, "product", name_zh), Entry(name_en, "product", name_en)]
        for login, display in conn.execute(select(User.login, User.display_name)):
            out += [Entry(login, "user", login), Entry(display, "user", login)]
        for name, region in conn.execute(select(Team.name, Team.region)):  # "欧美组", "the Asia-Pacific team"
            out += [Entry(form, "team", name) for form in (name, region) if form]
        for country, city in conn.execute(select(Customer.country, Customer.city).distinct()):
            out.append(Entry(country, "country", country))
            if city:
                out.append(Entry(city, "city", city))
    return out


_cache: dict[str, tuple[float, tuple, Gazetteer]] = {}
_lock = threading.Lock()


def _signature(engine: Engine) -> tuple:
    with engine.connect() as conn:
        return tuple(
            conn.execute(select(func.count(), func.max(col))).one()
            for col in (Customer.id, Contact.id, User.id)
        )


def gazetteer_for(engine: Engine | None) -> Gazetteer:
    """Return the gazetteer of ``engine``'s database (static vocabulary only without one)."""
    if engine is None:
        return Gazetteer(static_entries())
    key = engine.url.render_as_string(hide_password=True)
    now = time.monotonic()
    with _lock:
        cached = _cache.get(key)
        if cached and now - cached[0] < REFRESH_SECONDS:
            return cached[2]
        try:
            sig = _signature(engine)
            if cached and cached[1] == sig:
                _cache[key] = (now, sig, cached[2])
                return cached[2]
            gaz = Gazetteer(static_entries() + load_entries(engine))
        except SQLAlchemyError:  # no schema yet: the engine still works with the static vocabulary
            sig, gaz = (), Gazetteer(static_entries())
        _cache[key] = (now, sig, gaz)
        return gaz


def clear_cache() -> None:
    """Forget every loaded gazetteer (tests that rebuild a database under the same URL)."""
    with _lock:
        _cache.clear()

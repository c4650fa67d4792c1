"""No silent substitution: a name not among the caller's customers is answered "not among yours".

The caller's near matches are listed, labelled as such — never a near match as the answer.

Two cases: nothing resolved (the name may belong to another rep, or to nobody: the answer is
the same), and a resolution only through a short name inside a longer, different name
("Apex Textiles Inc" → the caller's "Apex Online S.A. de C.V." via its short name "Apex").
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from assistant.crm.lookup import Match
from assistant.crm.models import Customer
from assistant.text import lazy_re
from assistant.tools import results as R

# Words that say what a company is, not which one: they never make two names different.
_NEUTRAL = lazy_re.compile(
    r"\b(inc|ltd|llc|co|corp|corporation|company|limited|gmbh|ag|sa|s\.a\.|srl|bv|plc|pty|the|group|"
    r"de|c\.v\.|cv|and|&)\b|有限公司|有限责任公司|股份|公司|集团|那边|这边|客户|的情况|情况|最近|怎么样",
    re.I,
)
_TOKEN = lazy_re.compile(r"[A-Za-z][A-Za-z'-]{2,}|[\u4e00-\u9fff]{2,}")
_LATIN = lazy_re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
# A Chinese reference reads as a full company name (whose every word counts) only with a company word.
_ZH_COMPANY = lazy_re.compile(r"有限公司|公司|集团|贸易|实业|纺织|科技|进出口|商行|工厂|制造|电子|服饰|建材")


def _tokens(text: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(_NEUTRAL.sub(" ", text or ""))}


def differs(query: str, names: Sequence[str | None]) -> bool:
    """Whether ``query`` names something other than a customer called ``names``.

    True when the query keeps a distinctive word (three letters or two Chinese characters,
    legal forms and fillers aside) that none of the names contains.
    """
    joined = " ".join(n for n in names if n).lower()
    words = _tokens(query) if _ZH_COMPANY.search(query) else {t.lower() for t in _LATIN.findall(query)}
    words = {w for w in words if not _NEUTRAL.fullmatch(w)}
    return any(w not in joined for w in words)


def _score(query: str, names: Sequence[str | None]) -> float:
    q = query.lower().strip()
    best = 0.0
    q_tokens = _tokens(query)
    for name in names:
        if not name:
            continue
        n = name.lower()
        ratio = difflib.SequenceMatcher(None, q, n).ratio()
        shared = q_tokens & _tokens(name)
        best = max(best, ratio + (0.3 if shared else 0.0) + (0.3 if len(n) >= 2 and n in q else 0.0))
    return best


def near_customers(
    session: Session, query: str, *, owner_ids: Sequence[int] | None, k: int = 3, floor: float = 0.5
) -> list[dict[str, str]]:
    """Return up to ``k`` of the caller's customers whose names are close to ``query``, closest first."""
    stmt = select(Customer.external_id, Customer.name_zh, Customer.name_en, Customer.short_name)
    if owner_ids is not None:
        stmt = stmt.where(Customer.owner_id.in_(list(owner_ids)))
    scored = []
    for ext, nz, ne, short in session.execute(stmt):
        s = _score(query, (nz, ne, short))
        if s >= floor:
            scored.append((-s, ext, nz or ne or ext))
    return [{"type": "customer", "id": ext, "name": name} for _, ext, name in sorted(scored)[:k]]


def not_among_yours(query: str, near: list[dict[str, str]]) -> R.Result:
    """Build the not_found result for a customer name that is not among the caller's, with near matches."""
    out = R.not_found("customer", query)
    out["message"] = f"No customer '{query}' found among your customers."
    out["message_zh"] = f"您名下没有找到“{query}”这个客户。"
    if near:
        listed = ", ".join(f"{c['name']} ({c['id']})" for c in near)
        listed_zh = "、".join(f"{c['name']}（{c['id']}）" for c in near)
        out["message"] += f" Near matches (not the same name): {listed}."
        out["message_zh"] += f"相近的有：{listed_zh}（名称不同，仅供参考）。"
        out["near_matches"] = near
    return out


def none_is_it(session: Session, query: str, matches: Sequence[Match]) -> bool:
    """Whether a name that matched several customers names none of them ("Summit Trading Ltda").

    True when the query keeps a distinctive word that every candidate lacks (see :func:`differs`),
    e.g. "Summit Trading Inc." and "Summit Trading Pvt Ltd" both lack "Ltda".
    """
    for m in matches:
        c = session.get(Customer, m.id)
        names = (c.name_en, c.name_zh, c.short_name) if c is not None else (m.name,)
        if not differs(query, names):
            return False
    return bool(matches)


def check_substitution(session: Session, query: str, match: Match) -> bool:
    """Whether a match found only through a short name inside ``query`` is a different company."""
    if match.via != "mentioned":
        return False
    c = session.get(Customer, match.id)
    return c is not None and differs(query, (c.name_zh, c.name_en, c.short_name))

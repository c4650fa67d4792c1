"""Who is on which side: map each speaker of a conversation to us or the customer with the CRM.

Evidence, strongest first: role labels (客户/销售, Customer/Sales); the CRM — the rep asking
(``--as``) and the other users of our company (reps, managers), the customer's contacts
(``--customer``) by name, email address or Chinese form of address (王建国 → 王总, 张经理);
email domains (a sender on the domain of a known speaker is on that speaker's side; webmail
domains prove nothing); mentions by a known speaker ("我们王经理", "your Mr. Weber"); then the
wording and two-party inference of :mod:`assistant.text.conversation_roles`. A shared surname
is never enough: our rep 王芳 is not the customer's 王总. A speaker nothing attributes is
``unknown``, and :class:`Attribution` counts the sentences whose owner could not be
attributed so the summary can say so. Who owns a commitment is :func:`commitment_owner`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from assistant.summaries.speakers_commitments import Commitment, commitment_owner
from assistant.summaries.speakers_roster import ROSTER_LABELS, roster_sides, subject_sides
from assistant.text.conversation import Parsed, Party, Sentence
from assistant.text.conversation_roles import assign_parties, label_party

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from assistant.crm.models import Customer, User

__all__ = ["Attribution", "Commitment", "Directory", "Person", "attribute", "commitment_owner"]

WEBMAIL = {
    "gmail.com",
    "qq.com",
    "163.com",
    "126.com",
    "outlook.com",
    "hotmail.com",
    "yahoo.com",
    "foxmail.com",
}
_TITLES = r"总|经理|老板|董|总监|主管|工|姐|哥|老师|女士|先生|小姐|助理"
_OTHER: dict[Party, Party] = {"we": "customer", "customer": "we", "unknown": "unknown"}


@dataclass(frozen=True)
class Person:
    """Someone the CRM knows: a user of our company or a contact of the customer."""

    name: str
    email: str | None = None
    title: str | None = None
    is_manager: bool = False


@dataclass(frozen=True)
class Directory:
    """The people on each side; ``ours[0]`` is the rep asking when known."""

    ours: tuple[Person, ...] = ()
    theirs: tuple[Person, ...] = ()
    company_names: tuple[str, ...] = ()

    @classmethod
    def from_names(cls, we_names: tuple[str, ...] = (), customer_names: tuple[str, ...] = ()) -> Directory:
        """Build a directory from names alone (no database)."""
        return cls(tuple(Person(n) for n in we_names if n), tuple(Person(n) for n in customer_names if n))

    @classmethod
    def from_crm(
        cls, session: Session, *, user: User | None = None, customer: Customer | None = None
    ) -> Directory:
        """Build the directory: the rep (``--as``) first, every active user, the customer's contacts."""
        from sqlalchemy import select

        from assistant.crm.models import User as UserModel

        users = session.scalars(select(UserModel).where(UserModel.active.is_(True))).all()
        ordered = ([user] if user else []) + [u for u in users if not user or u.id != user.id]
        ours = tuple(Person(u.display_name, u.email, u.role, u.role == "manager") for u in ordered)
        theirs: tuple[Person, ...] = ()
        names: tuple[str, ...] = ()
        if customer is not None:
            theirs = tuple(Person(c.name, c.email, c.title) for c in customer.contacts)
            names = tuple(n for n in (customer.name_zh, customer.name_en, customer.short_name) if n)
        return cls(ours, theirs, names)


@dataclass(frozen=True)
class Attribution:
    """The conversation with each sentence's side set, and what could not be attributed."""

    parsed: Parsed
    sides: dict[str, tuple[Party, str]] = field(default_factory=dict)

    @property
    def unattributed(self) -> int:
        """Sentences whose speaker's side is unknown (when anyone in the conversation is known)."""
        return sum(1 for s in self.parsed.sentences if s.role == "unknown")

    def warning(self, language: str = "zh", count: int | None = None) -> str | None:
        """Return the line a summary shows when owners could not be attributed, or None.

        Args:
            language: ``zh`` or ``en``.
            count: How many sentences to report (default: every unattributed sentence).
        """
        n = self.unattributed if count is None else count
        if not n:
            return None
        if language.startswith("en"):
            return f"Owners could not be attributed for {n} sentence{'s' if n > 1 else ''} (speaker unknown)."
        return f"有 {n} 句无法确定说话方（我方/客户），相关事项的负责人未标注。"

    def unattributed_in(self, starts: set[int]) -> int:
        """How many of the sentences starting at ``starts`` (e.g. quoted by next steps) have no known side."""
        return sum(1 for s in self.parsed.sentences if s.start in starts and s.role == "unknown")

    def commitment(self, sentence: Sentence) -> Commitment:
        """Who owns the commitment in ``sentence`` (see :func:`commitment_owner`), addressee named."""
        others = [n for n, (p, _) in self.sides.items() if p == _OTHER[sentence.role] and p != "unknown"]
        return commitment_owner(
            sentence, sentence.role, addressee_name=others[0] if len(others) == 1 else None
        )


def _norm(name: str) -> str:
    return re.sub(r"[\s\W_]+", "", re.sub(r"\(.*?\)|（.*?）|<.*?>", "", name)).lower()


def _same(name: str, person: str) -> bool:
    a, b = _norm(name), _norm(person)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 3 and long_.startswith(short) and short.isascii())


def _surname_form(name: str) -> tuple[str, str] | None:
    """("王", "总") for "王总", ("李", "小") for "小李"; None for a full name."""
    core = re.sub(r"[^\u4e00-\u9fff]", "", name)
    if m := re.fullmatch(rf"([\u4e00-\u9fff]{{1,2}}?)({_TITLES})", core):
        return m[1], m[2]
    if m := re.fullmatch(r"(小|老|阿)([\u4e00-\u9fff])", core):
        return m[2], m[1]
    return None


def _crm_side(name: str, address: str | None, d: Directory) -> tuple[Party, str] | None:
    sides: list[tuple[Party, tuple[Person, ...]]] = [("we", d.ours), ("customer", d.theirs)]
    for party, people in sides:
        if any(_same(name, p.name) or (address and p.email and address == p.email.lower()) for p in people):
            return party, "crm"
    if any(c and _norm(c) and _norm(c) in _norm(name) for c in d.company_names):
        return "customer", "crm"
    form = _surname_form(name)
    if not form:
        return None
    surname, title = form
    theirs = [p for p in d.theirs if p.name.startswith(surname)]
    ours = [p for p in d.ours if p.name.startswith(surname)]
    if theirs:
        return "customer", "crm"
    if not ours or title in ("总", "老板", "董"):
        return None  # 王总 is not our rep 王芳
    if title in ("小", "老", "阿", "工") or (title == "经理" and any(p.is_manager for p in ours)):
        return "we", "crm"
    return None


def _domain(address: str | None) -> str | None:
    domain = address.rsplit("@", 1)[-1] if address and "@" in address else None
    return domain if domain and domain not in WEBMAIL else None


def _mentions(parsed: Parsed, sides: dict[str, tuple[Party, str]]) -> dict[str, tuple[Party, str]]:
    """Sides from how known speakers refer to the others: "我们王经理" (ours), "贵司张总" (theirs)."""
    found: dict[str, tuple[Party, str]] = {}
    patterns: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {}
    for name in parsed.speakers:
        if name not in sides:
            core = re.sub(r"[^\u4e00-\u9fff]", "", name)  # "王经理🍀" is mentioned as "王经理"
            forms = {re.escape(name)} | ({re.escape(core)} if len(core) >= 2 else set())
            alt = "|".join(sorted(forms, key=len, reverse=True))
            patterns[name] = (
                re.compile(rf"(?:我们|我司|咱们|\bour)\s*(?:的)?\s*(?:{alt})", re.I),
                re.compile(rf"(?:你们|贵司|贵公司|您那边的?|\byour)\s*(?:的)?\s*(?:{alt})", re.I),
            )
    if not patterns:
        return found
    for s in parsed.sentences:
        side = sides.get(s.speaker or "", ("unknown", ""))[0]
        if side == "unknown":
            continue
        for name, (ours, theirs) in patterns.items():
            if name in found:
                continue
            if ours.search(s.text):
                found[name] = (side, "mention")
            elif theirs.search(s.text):
                found[name] = (_OTHER[side], "mention")
    return found


def _greets(texts: list[str], ours: tuple[Person, ...]) -> bool:
    """Whether a speaker opens a message by addressing one of our people ("Hi Kevin,", "刘经理：")."""
    names = {
        w
        for p in ours
        for w in (p.name, p.name.split()[0], p.name[:1])
        if len(w) >= 2 or "\u4e00" <= w <= "\u9fff"
    }
    if not names:
        return False
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(
        rf"^(?:hi|hello|dear|hey)?\s*(?:{alt})(?:\s?(?:经理|总|工|老师|姐|哥))?\s*[,，:：!！]", re.I
    )
    return any(rx.match(t.strip()) for t in texts)


def attribute(parsed: Parsed, directory: Directory) -> Attribution:
    """Set each sentence's side (``role``) and ``party_source`` from labels, the CRM, domains and wording.

    Args:
        parsed: The conversation from :func:`assistant.text.conversation.parse_conversation`.
        directory: Who is ours and who is the customer's (:meth:`Directory.from_crm`).

    Returns:
        The attribution; speakers nothing attributes are ``unknown`` (see :attr:`Attribution.unattributed`).
    """
    addresses = {s.speaker: s.address for s in parsed.sentences if s.speaker and s.address}
    texts: dict[str, list[str]] = {}
    for s in parsed.sentences:
        if s.speaker:
            texts.setdefault(s.speaker, []).append(s.text)
    sides: dict[str, tuple[Party, str]] = {}
    for name in texts:
        if party := label_party(name):
            sides[name] = (party, "label")
        elif found := _crm_side(name, addresses.get(name), directory):
            sides[name] = found
    domains: dict[str | None, Party] = {_domain(p.email): "we" for p in directory.ours}
    domains |= {_domain(p.email): "customer" for p in directory.theirs}
    domains |= {_domain(addresses.get(n)): p for n, (p, _) in sides.items() if p != "unknown"}
    domains.pop(None, None)
    ours = {d for d, p in domains.items() if p == "we"}
    for name in texts:
        dom = _domain(addresses.get(name))
        if name in sides or dom is None:
            continue
        if dom in domains:
            sides[name] = (domains[dom], "domain")
        elif ours:  # a company address that is not ours: the other company
            sides[name] = ("customer", "domain")
    sides |= _mentions(parsed, sides)
    for name, side in roster_sides(parsed.source, list(texts), directory.company_names).items():
        sides.setdefault(name, side)  # "参会：我方 罗欣、唐志强；客户方 蒋文斌": meeting notes' roster
    rest = [n for n in texts if n not in sides]
    known = {p for p, _ in sides.values()} - {"unknown"}
    guessed = assign_parties(texts, tuple(n for n, (p, _) in sides.items() if p == "we"), parsed.kind)
    for n in rest:
        if _greets(texts[n], directory.ours):  # "Hi Kevin," to our rep: the customer writing
            sides[n] = ("customer", "greeting")
        elif len(texts) == 2 and len(rest) == 1 and len(known) == 1:
            sides[n] = (_OTHER[next(iter(known))], "other")
        elif guessed[n][1] in ("cue", "honorific", "other"):
            sides[n] = guessed[n]
        else:
            sides[n] = ("unknown", "none")
    # third-person minutes: "罗欣下周一约梁工…" is ours when the roster puts 罗欣 on our side; a label
    # such as "唐经理回应：" starts with a roster person, and a "我方：…/客户方：…" roster line is parsed as a
    # label that the narrative lines after it continue
    heads = subject_sides(parsed.source, [n for n in texts if sides[n][0] == "unknown"])
    for name, side in heads.items():
        sides[name] = (side, "roster")
    # a "梁工补充：" label is minutes too: a line under it naming another roster person is that person's
    loose = {n for n, (p, _) in sides.items() if p == "unknown"} | ROSTER_LABELS | set(heads)
    narrative = [s.text for s in parsed.sentences if not s.speaker or s.speaker in loose]
    subjects = subject_sides(parsed.source, narrative, directory.company_names)
    sentences = [
        replace(s, role=subjects[s.text], party_source="subject")
        if s.text in subjects and (not s.speaker or s.speaker in loose)
        else replace(s, role=sides[s.speaker][0], party_source=sides[s.speaker][1])
        if s.speaker
        else s
        for s in parsed.sentences
    ]
    return Attribution(replace(parsed, sentences=sentences), sides)

"""The CRM's people on each side and how a speaker's name is matched to them.

A speaker is ours when the name is one of our users (the rep asking first, then every
active user: reps, managers, QA), written as stored (唐志强), in pinyin ("Tang Zhiqiang"),
as a surname with a title our managers go by (唐经理, "Mr. Tang"), or as 小唐/老唐; the
customer's when it is one of the customer's contacts or names the customer's company
("王总（栖木办公）"). A shared surname is never enough: our rep 王芳 is not the customer's 王总.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.name_pinyin import latin_forms
from assistant.summaries.speakers_names import english_title_surname, latin_surname, same_latin
from assistant.summaries.speakers_roster import side_of
from assistant.text import lazy_re
from assistant.text.conversation import Party

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from assistant.crm.models import Customer, User

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
TITLES = r"总|经理|老板|董|总监|主管|工|姐|哥|老师|女士|先生|小姐|助理"


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


def norm(name: str) -> str:
    """Return a name without parentheticals, addresses, spaces and punctuation, lower case."""
    return re.sub(r"[\s\W_]+", "", re.sub(r"\(.*?\)|（.*?）|<.*?>", "", name)).lower()


# minutes label a line with who spoke and how: "商慕言报价：…", "钱卓补充：…" (the person's full name, then the verb)
_SAID = lazy_re.compile(r"(?:报价|介绍|补充|说明|确认|表示|提出|回应|回复|答复|强调|提到|提议|建议|认为|解释|问|说|答)")


def _same(name: str, person: str) -> bool:
    a, b = norm(name), norm(person)
    if not a or not b:
        return same_latin(name, latin_forms(person))
    short, long_ = sorted((a, b), key=len)
    return (
        a == b
        or (len(short) >= 3 and long_.startswith(short) and short.isascii())
        or (len(b) >= 2 and a.startswith(b) and not b.isascii() and bool(_SAID.fullmatch(a[len(b) :])))
        or same_latin(name, latin_forms(person))
    )


def surname_form(name: str) -> tuple[str, str] | None:
    """("王", "总") for "王总", ("李", "小") for "小李"; None for a full name."""
    core = re.sub(r"[^\u4e00-\u9fff]", "", re.sub(r"\(.*?\)|（.*?）", "", name))
    if m := re.fullmatch(rf"([\u4e00-\u9fff]{{1,2}}?)({TITLES})", core):
        return m[1], m[2]
    if m := re.fullmatch(r"(小|老|阿)([\u4e00-\u9fff])", core):
        return m[2], m[1]
    return None


def _latin_last(person: Person) -> str | None:
    words = re.findall(r"[a-z]+", person.name.lower())
    return latin_surname(person.name) or (words[-1] if words else None)


def _english_title_side(surname: str, d: Directory) -> Party | None:
    """Place "Mr. Tang": the customer's when a contact has that surname, ours when one of our managers has."""
    if any(_latin_last(p) == surname for p in d.theirs):
        return "customer"
    if any(p.is_manager and latin_surname(p.name) == surname for p in d.ours):
        return "we"
    return None


def crm_side(name: str, address: str | None, d: Directory) -> tuple[Party, str] | None:
    """Return (side, "crm") when the CRM places the speaker ``name`` (``address``: their email), else None."""
    sides: list[tuple[Party, tuple[Person, ...]]] = [("we", d.ours), ("customer", d.theirs)]
    for party, people in sides:
        if any(_same(name, p.name) or (address and p.email and address == p.email.lower()) for p in people):
            return party, "crm"
    if any(c and norm(c) and norm(c) in norm(name) for c in d.company_names):
        return "customer", "crm"
    paren = re.search(r"[（(]([^（）()]{1,40})[）)]", name)  # "王总（栖木办公）", "Amy (our sales)"
    if paren and (found := side_of(paren.group(1), d.company_names)):
        return found, "crm"
    if surname := english_title_surname(name):
        party = _english_title_side(surname, d)
        return (party, "crm") if party else None
    form = surname_form(name)
    if not form:
        return None
    surname, title = form
    theirs = [p for p in d.theirs if p.name.startswith(surname)]
    ours = [p for p in d.ours if p.name.startswith(surname)]
    if theirs:
        return "customer", "crm"
    if not ours or title in ("总", "老板", "董"):
        return None  # 王总 is not our rep 王芳
    if title == "经理" and any(p.is_manager for p in ours):
        return "we", "crm"
    if title in ("小", "老", "阿", "工") and (ours[0] is d.ours[0] or any(p.is_manager for p in ours)):
        return "we", "crm"  # the rep asking or a manager: a customer's 李工 is not our rep 李娜's colleague
    return None


def domain(address: str | None) -> str | None:
    """Return the company domain of an address (None for webmail or no address)."""
    found = address.rsplit("@", 1)[-1] if address and "@" in address else None
    return found if found and found not in WEBMAIL else None

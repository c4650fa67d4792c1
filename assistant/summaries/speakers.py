"""Who is on which side: map each speaker of a conversation to us or the customer with the CRM.

Evidence, strongest first: role labels (客户/销售, Customer/Sales); the CRM — the rep asking (``--as``) and the
other users of our company, the customer's contacts (``--customer``) by name, email address or Chinese form of
address (王建国 → 王总); email domains (webmail domains prove nothing); mentions and introductions by a known
speaker ("我们王经理", "our engineer Mr. Peng", "your Mr. Weber"); then the wording and two-party inference of
:mod:`assistant.text.conversation_roles`. A shared surname is never enough: our rep 王芳 is not the customer's
王总. A speaker nothing attributes is ``unknown``, and :class:`Attribution` counts the sentences whose owner
could not be attributed. Who owns a commitment is :func:`commitment_owner`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.name_pinyin import latin_forms
from assistant.summaries.speakers_clauses import clause_sides, continue_subjects, crm_subject, named_sides
from assistant.summaries.speakers_commitments import Commitment, commitment_owner
from assistant.summaries.speakers_directory import Directory, Person, crm_side, domain
from assistant.summaries.speakers_introduced import (
    introduced,
    introduced_side,
    introduced_speakers,
    speaker_subject,
)
from assistant.summaries.speakers_items import item_owner
from assistant.summaries.speakers_roster import (
    ROSTER_LABELS,
    has_roster,
    named_other,
    numbered,
    roster_sides,
    subject_sides,
)
from assistant.summaries.speakers_vocative import vocative_sides
from assistant.text.conversation import Parsed, Party, Sentence
from assistant.text.conversation_roles import assign_parties, label_party
from assistant.text.zh_person import is_titled_person

__all__ = ["Attribution", "Commitment", "Directory", "Person", "attribute", "commitment_owner"]

_OTHER: dict[Party, Party] = {"we": "customer", "customer": "we", "unknown": "unknown"}


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
                re.compile(  # "我们王经理", "our manager Mr. Tang", "唐经理也在线上" (introduced by a speaker)
                    rf"(?:我们|我司|咱们|我同事|\bour|\bmy colleague)\s*(?:的)?\s*(?:经理|同事|老板|manager|colleague)?\s*(?:{alt})"
                    rf"|(?:{alt})(?:也在|也在线|也在电话|is (?:also )?(?:on the (?:call|line)|with me|here))",
                    re.I,
                ),
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
    """Whether a speaker opens a message by addressing one of our people ("Hi Kevin,", "刘经理：").

    Full names and first names of all our users count; a bare surname with a title only for the
    rep asking (``ours[0]``) and never with 总 (王总 is the customer's boss, whatever our rep is called).
    """
    full = {w for p in ours for w in (p.name, p.name.split()[0], *latin_forms(p.name)[:2]) if len(w) >= 2}
    if not full:
        return False
    alt = "|".join(re.escape(n) for n in sorted(full, key=len, reverse=True))
    forms = [rf"(?:{alt})(?:\s?(?:经理|工|老师|姐|哥))?"]
    if ours and "\u4e00" <= ours[0].name[:1] <= "\u9fff":
        forms.append(rf"{re.escape(ours[0].name[:1])}(?:经理|工|老师|姐|哥)")
    rx = re.compile(rf"^(?:hi|hello|dear|hey)?\s*(?:{'|'.join(forms)})\s*[,，:：!！]", re.I)
    return any(rx.match(t.strip()) for t in texts)


def _addressed(parsed: Parsed, sides: dict[str, tuple[Party, str]]) -> dict[str, tuple[Party, str]]:
    """Sides of unknown speakers from whom they address: "钱工，先说说样灯吧" to the customer's 钱工 is ours.

    Every name a known speaker goes by (the label, its Chinese core, a name in its parenthetical,
    "客户（钱工）" → 钱工) opening a sentence of an unknown speaker votes for the other side.
    """
    names: dict[str, Party] = {}
    for name, (party, _) in sides.items():
        if party == "unknown":
            continue
        inner = re.findall(r"[（(]([^（）()]{2,12})[）)]", name)
        core = re.sub(r"[^\u4e00-\u9fff]", "", re.sub(r"[（(].*?[）)]", "", name))
        for form in (*inner, core, name.split()[0] if name.split() else ""):
            if len(form) >= 2 and not label_party(form):
                names.setdefault(form, party)
    if not names:
        return {}
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    rx = re.compile(rf"^(?:hi|hello|dear|hey)?\s*({alt})(?:\s?您好)?\s*[,，:：!！]", re.I)
    votes: dict[str, dict[Party, int]] = {}
    for s in parsed.sentences:
        if numbered(parsed.source, s.start):
            continue  # "1. 唐志强：…" in a to-do list names the item's owner, nobody is addressed
        if s.speaker and s.speaker not in sides and (m := rx.match(s.text.strip())):
            side = _OTHER[names[m.group(1)]]
            votes.setdefault(s.speaker, {}).setdefault(side, 0)
            votes[s.speaker][side] += 1
    return {n: (max(v, key=v.__getitem__), "addressing") for n, v in votes.items() if len(v) == 1}


def _named_by_known(parsed: Parsed, sides: dict[str, tuple[Party, str]]) -> dict[str, tuple[Party, str]]:
    """Sides of unknown speakers a known speaker addresses by name: our rep's "Anouk, thanks for joining".

    A vocative opening a known speaker's sentence ("Hi Anouk,", "Bram, can you…", "钱工，您看…")
    names someone on the other side, and so does each greeting after it ("Good morning Ana, good morning
    Luis."); our own colleagues are in the CRM and known already.
    """
    forms: dict[str, str] = {}
    for name in parsed.speakers:
        if name in sides or label_party(name) or re.search(r"您好|你好|\b(?:hi|hello|dear)\b", name, re.I):
            continue  # "程博士您好" parsed as a label is a salutation, not a speaker
        first = name.split()[0] if name.split() else ""
        for form in {name, first}:
            if len(form) >= 3 and form.lower() not in ("mr.", "ms.", "mrs.", "dr."):
                forms.setdefault(form, name)
    if not forms:
        return {}
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    hello = r"hi|hello|dear|hey|(?:good )?(?:morning|afternoon|evening)"  # "Good morning A, good morning B."
    rx = re.compile(
        rf"(?:^(?:(?:{hello}|thanks|thank you)\s*,?\s*)?|(?<=[,，])\s*(?:{hello})\s+)({alt})\s*[,，:：!！.]", re.I
    )
    votes: dict[str, set[Party]] = {}
    for s in parsed.sentences:
        side = sides.get(s.speaker or "", ("unknown", ""))[0]
        if numbered(parsed.source, s.start):
            continue  # "2. 吴科：…" in a to-do list names the item's owner, nobody is addressed
        for m in rx.finditer(s.text.strip()) if side != "unknown" else ():
            votes.setdefault(forms[next(f for f in forms if f.lower() == m.group(1).lower())], set()).add(
                _OTHER[side]
            )
    return {n: (v.pop(), "addressed") for n, v in votes.items() if len(v) == 1}


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
    for s in (s for s in parsed.sentences if s.speaker):
        texts.setdefault(s.speaker, []).append(s.text)
    sides: dict[str, tuple[Party, str]] = {}
    for name in texts:
        if party := label_party(name):
            sides[name] = (party, "label")
        elif found := crm_side(name, addresses.get(name), directory):
            sides[name] = found
    domains: dict[str | None, Party] = {domain(p.email): "we" for p in directory.ours}
    domains |= {domain(p.email): "customer" for p in directory.theirs}
    domains |= {domain(addresses.get(n)): p for n, (p, _) in sides.items() if p != "unknown"}
    domains.pop(None, None)
    ours = {d for d, p in domains.items() if p == "we"}
    for name in texts:
        dom = domain(addresses.get(name))
        if name in sides or dom is None:
            continue
        if dom in domains:
            sides[name] = (domains[dom], "domain")
        elif ours:  # a company address that is not ours: the other company
            sides[name] = ("customer", "domain")
    sides |= _mentions(parsed, sides)
    sides |= introduced_speakers(parsed, sides)  # "our service engineer Mr. Peng", "我们的彭工"
    sides |= _addressed(parsed, sides)
    sides |= _named_by_known(parsed, sides)
    for name, side in roster_sides(parsed.source, list(texts), directory.company_names).items():
        sides.setdefault(name, side)  # "参会：我方 罗欣、唐志强；客户方 蒋文斌": meeting notes' roster
    for name in texts:  # "邱会计：…" in a call: a titled person none of our users is the customer's
        if name not in sides and directory.ours and is_titled_person(name):
            surname = name.lstrip("小老")[:1]
            if not any(p.name.startswith(surname) for p in directory.ours):
                sides[name] = ("customer", "not ours")
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
    heads = subject_sides(
        parsed.source, [n for n in texts if sides[n][0] == "unknown"], directory.company_names
    )
    sides |= {name: (side, "roster") for name, side in heads.items()}
    # a "梁工补充：" label is minutes too: a line under it naming another roster person is that person's
    loose = {n for n, (p, _) in sides.items() if p == "unknown"} | ROSTER_LABELS | set(heads)
    narrative = [s.text for s in parsed.sentences if not s.speaker or s.speaker in loose]
    subjects = subject_sides(parsed.source, narrative, directory.company_names)
    for text in narrative:  # "唐经理3月8日前出正式报价": the CRM knows 唐经理, even over a roster's guess
        if side := crm_subject(text, directory, strict=text in subjects):
            subjects[text] = side
        elif text not in subjects and named_other(
            text, parsed.source, tuple(p.name for p in directory.ours), directory.company_names
        ):
            subjects[text] = "customer"  # "Raj to send the protocol": a named person none of ours
    # "6. 罗欣：…发宋经理" in a numbered to-do list: the named owner's side, not the last speaker's
    items = {
        s.text: o[0]
        for s in parsed.sentences
        if (o := item_owner(s.text, sides, directory)) and o[1] != s.speaker
    }
    items |= vocative_sides(parsed, sides, directory)  # "胡斌，你今天把报价单整理好": 胡斌 acts
    sentences = [
        replace(s, role=items[s.text], party_source="subject")
        if s.text in items
        else replace(s, role=subjects[s.text], party_source="subject")
        if s.text in subjects and (not s.speaker or s.speaker in loose)
        else replace(s, role=sides[s.speaker][0], party_source=sides[s.speaker][1])
        if s.speaker
        else s
        for s in parsed.sentences
    ]

    def side_of(text: str) -> Party | None:  # "…，朱琳负责送检": the person a clause of the notes starts with
        return crm_subject(text, directory) or subject_sides(
            parsed.source, [text], directory.company_names
        ).get(text)

    placed = {n: v for n, v in sides.items() if not label_party(n)}
    people = introduced(parsed, sides)  # in a turn: a person the CRM, a speaker or a "参会：" roster places

    def named(text: str) -> Party | None:
        found = crm_subject(text, directory, strict=True) or introduced_side(text, people)
        found = found or speaker_subject(text, placed)  # "二、孙工这周五前…": a speaker placed as ours
        return found or (side_of(text) if has_roster(parsed.source) else None)

    sentences = continue_subjects(
        [
            replace(s, clause_sides=clause_sides(s, side_of))
            if s.party_source == "subject" and (not s.speaker or s.speaker in loose)
            else replace(s, clause_sides=named_sides(s, named))  # "…；孙工下周一发图纸" names who acts
            for s in sentences
        ],
        parsed.source,
    )
    return Attribution(replace(parsed, sentences=sentences), sides)

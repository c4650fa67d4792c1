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

from assistant.summaries.speakers_addressed import OTHER, addressed_sides, greets, named_by_known
from assistant.summaries.speakers_briefed import briefed_sides
from assistant.summaries.speakers_clauses import clause_sides, continue_subjects, crm_subject, named_sides
from assistant.summaries.speakers_colleagues import (
    colleague_vocatives,
    company_roster,
    company_speakers,
    group_roster,
)
from assistant.summaries.speakers_commitments import Commitment, commitment_owner
from assistant.summaries.speakers_directory import Directory, Person, crm_side, domain
from assistant.summaries.speakers_introduced import (
    introduced,
    introduced_side,
    introduced_speakers,
    speaker_subject,
)
from assistant.summaries.speakers_items import item_owner
from assistant.summaries.speakers_pronouns import pronoun_sides
from assistant.summaries.speakers_roster import (
    ROSTER_LABELS,
    has_roster,
    named_other,
    roster_sides,
    subject_sides,
)
from assistant.summaries.speakers_roster_book import book_side, book_subject, roster_book
from assistant.summaries.speakers_roster_titles import titled_line_sides
from assistant.summaries.speakers_vocative import vocative_sides
from assistant.text import lazy_re
from assistant.text.conversation import Parsed, Party, Sentence
from assistant.text.conversation_roles import WE_CUES, assign_parties, label_party
from assistant.text.zh_person import is_titled_person

__all__ = ["Attribution", "Commitment", "Directory", "Person", "attribute", "commitment_owner"]


def _talk(parsed: Parsed) -> bool:
    """Whether ``parsed`` is lines nearly all labelled with a speaker ("Joost Bakker: …") and no roster."""
    if parsed.kind != "text" or not parsed.sentences or has_roster(parsed.source):
        return False
    return sum(1 for s in parsed.sentences if s.speaker) >= 0.8 * len(parsed.sentences)


_BUYER = lazy_re.compile(r"\bwe (?:need|require)\b(?! (?:your|you)\b)|我们(?:需要|要求)(?!你们|您)", re.I)  # our own need


def _buyer_voice(name: str, texts: dict[str, list[str]], sides: dict[str, tuple[Party, str]], directory: Directory) -> bool:
    """Whether an unplaced voice of labelled talk speaks as the buyer and may not be one of ours.

    It states a need of its own ("we need all component reports by 1 July"; not "we need your drawing"), our
    speakers do not name it as a colleague ("Petr and I will send…"), and it shares no name with ours.
    """
    if not _BUYER.search(" ".join(texts[name])):
        return False
    first = re.escape(name.split()[0] if " " in name else name)
    ours = " ".join(t for n, (p, _) in sides.items() if p == "we" for t in texts.get(n, []))
    if re.search(rf"\b{first}\s+and\s+(?:I|me)\b|\b{first},\s+our\b|\bour\s+(?:\w+\s+){{0,2}}{first}\b", ours):
        return False  # "Thanks Anton, Petr and I will send…", "Petr, our site engineer": a colleague
    if re.match(r"[\u4e00-\u9fff]", name):
        return not any(p.name.startswith(name[0]) for p in directory.ours)
    tokens = {w.lower() for w in name.split()}
    return not any(tokens & {w.lower() for w in p.name.split()} for p in directory.ours)  # "Chai Ming", ours "Chai Yunfan"


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
        others = [n for n, (p, _) in self.sides.items() if p == OTHER[sentence.role] and p != "unknown"]
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
                found[name] = (OTHER[side], "mention")
    return found


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
    sides |= addressed_sides(parsed, sides)
    # "Peter, can you walk Tomasz through the data?": a colleague, before a vocative makes him the customer
    sides |= colleague_vocatives(parsed, sides, named_by_known(parsed, sides))
    sides |= named_by_known(parsed, sides)
    sides |= briefed_sides(parsed, sides)  # the buyer's "Wei, tell Nora your warranty terms": Nora is theirs
    sides |= company_roster(
        parsed.source, list(texts), sides, directory.company_names
    )  # "Polarline: Gu Yifan, …"
    book = roster_book(parsed.source, tuple(p.name for p in directory.ours), directory.company_names)
    sides |= {n: (b, "roster") for n in texts if n not in sides and (b := book_side(n, book))}  # "Ines:"
    for name, side in roster_sides(parsed.source, list(texts), directory.company_names).items():
        sides.setdefault(name, side)  # "参会：我方 罗欣、唐志强；客户方 蒋文斌": meeting notes' roster
    for name, side in titled_line_sides(parsed.source, list(texts), directory.company_names).items():
        sides.setdefault(name, side)  # "Hector Molina, Plant Manager, and Ines Paredes, Buyer, Andina"
    grouped = group_roster(parsed.source, list(texts), sides)  # "Present: Kestrel - Mr. Pan …, Wu Lingxi (sales)."
    sides |= {n: v for n, v in grouped.items() if not book_side(n, book)}  # the book read the teams apart
    sides |= named_by_known(
        parsed, sides
    )  # whom the people placed since address: "Mr. Lan, what is realistic?"
    sides |= company_speakers(texts, sides, directory.company_names)  # "we at Northwind", "我们果仁香这边"
    for name in texts:  # "邱会计：…" in a call: a titled person none of our users is the customer's
        if name not in sides and directory.ours and is_titled_person(name):
            surname = name.lstrip("小老")[:1]
            if not any(p.name.startswith(surname) for p in directory.ours):
                sides[name] = ("customer", "not ours")
    # people the speakers placed since introduce ("Our manager Lisa and engineer Bob will join" by the customer)
    sides |= _mentions(parsed, sides) | introduced_speakers(parsed, sides)
    rest = [n for n in texts if n not in sides]
    known = {p for p, _ in sides.values()} - {"unknown"}
    guessed = assign_parties(texts, tuple(n for n, (p, _) in sides.items() if p == "we"), parsed.kind)
    for n in rest:
        if greets(texts[n], directory.ours):  # "Hi Kevin," to our rep: the customer writing
            sides[n] = ("customer", "greeting")
        elif len(texts) == 2 and len(rest) == 1 and len(known) == 1:
            sides[n] = (OTHER[next(iter(known))], "other")
        elif guessed[n][1] in ("cue", "honorific", "other"):
            sides[n] = guessed[n]
        else:
            sides[n] = ("unknown", "none")
    placed = {p for p, _ in sides.values()}
    for n in rest:  # one more voice in the customer's group chat with our rep, saying nothing of ours
        if sides[n][0] == "unknown" and placed >= {"we", "customer"} and (
            parsed.kind == "chat" or (_talk(parsed) and _buyer_voice(n, texts, sides, directory))
        ):
            if not any(WE_CUES.search(t.replace("您", "")) for t in texts[n]):  # "祁经理您好": the customer's 您 too
                sides[n] = ("customer", "group")
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
        if side := (  # the roster book over a guess from a bare "name：" (not the CRM's)
            crm_subject(text, directory, strict=True)
            or book_subject(text, book)
            or crm_subject(text, directory, strict=text in subjects)
        ):
            subjects[text] = side  # the roster's "Present for Qiaolin Trading: Pan Ruoxi" over a guess
        elif text not in subjects and named_other(
            text, parsed.source, tuple(p.name for p in directory.ours), directory.company_names
        ):
            subjects[text] = "customer"  # "Raj to send the protocol": a named person none of ours
    # "6. 罗欣：…发宋经理" in a numbered to-do list: the named owner's side, not the last speaker's
    items = {
        s.text: o[0]
        for s in parsed.sentences
        if (o := item_owner(s.text, sides, directory, book)) and o[1] != s.speaker
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
        return crm_subject(text, directory) or book_subject(text, book) or subject_sides(
            parsed.source, [text], directory.company_names
        ).get(text)

    placed = {n: v for n, v in sides.items() if not label_party(n)}
    people = introduced(parsed, sides)  # in a turn: a person the CRM, a speaker or a "参会：" roster places
    roster = has_roster(parsed.source)  # once, not per clause: it reads the source's first lines

    def named(text: str) -> Party | None:
        found = crm_subject(text, directory, strict=True) or introduced_side(text, people)
        found = found or speaker_subject(text, placed)  # "二、孙工这周五前…": a speaker placed as ours
        return found or (side_of(text) if roster else None)

    sentences = continue_subjects(  # then "She will reply by Friday." acts for the person named before it
        [
            replace(s, clause_sides=clause_sides(s, side_of))
            if s.party_source == "subject" and (not s.speaker or s.speaker in loose)
            else replace(s, clause_sides=named_sides(s, named))  # "…；孙工下周一发图纸" names who acts
            for s in sentences
        ],
        parsed.source,
    )
    sentences = pronoun_sides(sentences, parsed.source, (*texts, *sides))
    return Attribution(replace(parsed, sentences=sentences), sides)

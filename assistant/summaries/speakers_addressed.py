"""Sides of speakers from whom they address by name, and whom known speakers address.

"钱工，先说说样灯吧" said to the customer's 钱工 is ours; our rep's "Anouk, thanks for joining" names a
customer; "Hi Kevin," opening a message greets one of our people. Items of a numbered to-do list
("1. 唐志强：…") name the item's owner and address nobody. Split out of
:mod:`assistant.summaries.speakers`, which weighs this evidence against labels, the CRM and wording.
"""

from __future__ import annotations

import re

from assistant.name_pinyin import latin_forms
from assistant.summaries.speakers_directory import Person
from assistant.summaries.speakers_roster import numbered
from assistant.text.conversation import Parsed, Party
from assistant.text.conversation_roles import label_party

OTHER: dict[Party, Party] = {"we": "customer", "customer": "we", "unknown": "unknown"}


def greets(texts: list[str], ours: tuple[Person, ...]) -> bool:
    """Whether a speaker opens a message by addressing one of our people ("Hi Kevin,", "刘经理：", "@刘洋").

    Full names and first names of all our users count; a bare surname with a title only for the
    rep asking (``ours[0]``) and never with 总 (王总 is the customer's boss, whatever our rep is called).
    """
    full = {w for p in ours for w in (p.name, (p.name.split() or [''])[0], *latin_forms(p.name)[:2]) if len(w) >= 2}
    if not full:
        return False
    alt = "|".join(re.escape(n) for n in sorted(full, key=len, reverse=True))
    forms = [rf"(?:{alt})(?:\s?(?:经理|工|老师|姐|哥))?"]
    if ours and "\u4e00" <= ours[0].name[:1] <= "\u9fff":
        forms.append(rf"{re.escape(ours[0].name[:1])}(?:经理|工|老师|姐|哥)")
    rx = re.compile(  # "@靳若溪 靳经理，…", "@Kevin can you…": a group chat's mention of our person
        rf"^@(?:{alt})(?![\w])|^(?:hi|hello|dear|hey)?\s*(?:{'|'.join(forms)})\s*[,，:：!！]", re.I
    )
    return any(rx.match(t.strip()) for t in texts)


def addressed_sides(parsed: Parsed, sides: dict[str, tuple[Party, str]]) -> dict[str, tuple[Party, str]]:
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
            side = OTHER[names[m.group(1)]]
            votes.setdefault(s.speaker, {}).setdefault(side, 0)
            votes[s.speaker][side] += 1
    return {n: (max(v, key=v.__getitem__), "addressing") for n, v in votes.items() if len(v) == 1}


def named_by_known(parsed: Parsed, sides: dict[str, tuple[Party, str]]) -> dict[str, tuple[Party, str]]:
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
    # "Good afternoon, Tomas, Elena." / "Hi Anna and Tom,": each name listed after a vocative is addressed too
    more = re.compile(
        rf"\s*(?:[,，]|\band\b|&)\s*((?i:{alt})|[A-Z][a-z]+)(?=\s*(?:[,，:：!！.]|\band\b|&|$))"
    )
    votes: dict[str, set[Party]] = {}
    for s in parsed.sentences:
        side = sides.get(s.speaker or "", ("unknown", ""))[0]
        if numbered(parsed.source, s.start):
            continue  # "2. 吴科：…" in a to-do list names the item's owner, nobody is addressed
        text = s.text.strip()
        for m in rx.finditer(text) if side != "unknown" else ():
            called, at = [m.group(1)], m.end(1)
            while n := more.match(text, at):
                called, at = [*called, n.group(1)], n.end(1)
            if not re.match(r"\s*[,，:：!！.。]?\s*$", text[at:]):
                called = called[:1]  # "Thanks Jonas, Peter and I will …": only a list that closes the greeting
            # re.I matches more than str.lower() folds ("ſam" ~ "Sam"): a form not found names no one
            for word in called:
                if (form := next((f for f in forms if f.lower() == word.lower()), None)) is not None:
                    votes.setdefault(forms[form], set()).add(OTHER[side])
    return {n: (v.pop(), "addressed") for n, v in votes.items() if len(v) == 1}

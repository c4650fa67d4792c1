"""The labelled sentence set of rep–customer talk: templates × slot values × registers → JSONL.

``data/sentence_templates.yaml`` holds hand-written templates per label and language;
:func:`expand` fills their slots (catalogue products, quantities, prices, dates,
competitors, contacts) and wraps them in a register (WeCom chat, email, call filler,
emoji chat), deterministically. ``data/sentences.jsonl`` is the expanded set shipped in
the repo (regenerate with ``python -m assistant.summaries.sentence_set``); every row
keeps its template id so cross-validation can hold whole templates out.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

from assistant.text import lazy_re

DATA = Path(__file__).with_name("data")
TEMPLATES = DATA / "sentence_templates.yaml"
MORE_TEMPLATES = DATA / "sentence_templates_clauses.yaml"  # clause-sized talk, merged in
ROUND9_TEMPLATES = DATA / "sentence_templates_round9.yaml"  # offers vs progress, indirect risks, merged in
ROUND12_TEMPLATES = DATA / "sentence_templates_round12.yaml"  # clause-level agreements and risks, merged in
ROUND14_TEMPLATES = DATA / "sentence_templates_round14.yaml"  # needs in passing, plain progress
ROUND17_TEMPLATES = DATA / "sentence_templates_round17.yaml"  # progress with values, named errands, conditionals
ROUND18_TEMPLATES = DATA / "sentence_templates_round18.yaml"  # risks in passing, past complaints, non-risks
ROUND21_TEMPLATES = DATA / "sentence_templates_round21.yaml"  # weakest labels under CV: price gap, churn, ...
ROUND35_TEMPLATES = DATA / "sentence_templates_round35.yaml"  # appended, one sentence each: see :func:`appended`
ROUND36_TEMPLATES = DATA / "sentence_templates_round36.yaml"  # appended after round 35 (quality, certification)
SENTENCES = DATA / "sentences.jsonl"
LABELS = (
    "need",
    "agreement",
    "concession",
    "done",
    "next_step",
    "risk:competitor",
    "risk:price_gap",
    "risk:quality",
    "risk:churn_threat",
    "risk:decision_chain",
    "risk:credit",
    "risk:timeline",
    "risk:certification",
    "risk:contact_change",
    "none",
)
PER_GROUP = 90  # sentences per (label, language)
NONE_GROUP = 180  # "none" is most of real talk and the most varied: twice as many sentences
# "need" has the most kinds (quantity, colour, print, budget, terms, dates, documents, claims) and over
# 100 templates per language: 90 sentences left the round-14 kinds out, so it gets as many as "none".
NEED_GROUP = 180


def group_size(label: str) -> int:
    """Return the number of training sentences per language for ``label``."""
    return {"none": NONE_GROUP, "need": NEED_GROUP}.get(label, PER_GROUP)


def training_share(label: str) -> float:
    """Return ``label``'s share of the expanded training set (both languages alike)."""
    return group_size(label) / sum(group_size(x) for x in LABELS)


_SLOT = lazy_re.compile(r"\{(\w+)\}")
_REGISTERS = {
    "zh": [
        ("plain", "{t}"),
        ("wecom", "{n}，{t}"),
        ("call", "嗯，那个，{t}"),
        ("emoji", "{t} 👍"),
        ("emoji", "{t}[抱拳]"),
        ("email", "您好，{t}谢谢。"),
    ],
    "en": [
        ("plain", "{t}"),
        ("chat", "Hi {n}, {t}"),
        ("call", "Yeah, so {t}"),
        ("emoji", "{t} 🙂"),
        ("email", "Dear {n}, {t} Kind regards."),
    ],
}


@dataclass(frozen=True)
class LabelledSentence:
    """One training sentence: its text, label, language, register and template id."""

    text: str
    label: str
    lang: str
    register: str
    tpl: str


def _fill(template: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    return _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), template)


def _say(template: str, slots: dict[str, list[str]], lang: str, rng: random.Random) -> tuple[str, str]:
    """Fill ``template`` and wrap it in a register drawn from ``rng``: (sentence, register)."""
    text = _fill(template, slots, rng)
    register, wrap = rng.choice(_REGISTERS[lang])
    if lang == "en" and register in ("chat", "call") and not text[:2].isupper():
        text = text[0].lower() + text[1:]
    return wrap.format(t=text, n=rng.choice(slots["n"])), register


def expand(spec: dict, seed: int = 14) -> list[LabelledSentence]:
    """Expand the template spec into labelled sentences (:func:`group_size` per label and language)."""
    rng = random.Random(seed)
    out: list[LabelledSentence] = []
    for label in LABELS:
        for lang in ("zh", "en"):
            templates = spec["templates"][label][lang]
            slots = spec["slots"][lang]
            seen: set[str] = set()
            tries = 0
            size = group_size(label)
            while len(seen) < size and tries < size * 20:
                i = tries % len(templates)
                tries += 1
                text, register = _say(templates[i], slots, lang, rng)
                if text in seen:
                    continue
                seen.add(text)
                out.append(LabelledSentence(text, label, lang, register, f"{label}/{lang}/{i}"))
    return out


def appended(spec: dict, slots: dict, seed: int = 14) -> list[LabelledSentence]:
    """Expand each template of ``spec`` once, with a random stream of its own label and language.

    Later rounds are appended this way, not merged into :func:`expand`'s groups: a template merged there
    shifts the one shared random stream, so every later label's sentences (and the model) would change.
    Their template ids end in "x<i>".
    """
    out: list[LabelledSentence] = []
    for label, by_lang in spec.items():
        for lang, templates in by_lang.items():
            rng = random.Random(f"{seed}:{label}:{lang}")
            for i, template in enumerate(templates):
                text, register = _say(template, slots[lang], lang, rng)
                out.append(LabelledSentence(text, label, lang, register, f"{label}/{lang}/x{i}"))
    return out


def load_sentences(path: Path = SENTENCES) -> list[LabelledSentence]:
    """Read the shipped labelled sentence set."""
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [LabelledSentence(**r) for r in rows]


def load_spec() -> dict:
    """Read the template spec: ``sentence_templates.yaml`` with the clause-sized and round-9/12/14/17/18/21 templates merged in."""
    spec = yaml.safe_load(TEMPLATES.read_text(encoding="utf-8"))
    rounds = (
        *(ROUND9_TEMPLATES, ROUND12_TEMPLATES, ROUND14_TEMPLATES),
        *(ROUND17_TEMPLATES, ROUND18_TEMPLATES, ROUND21_TEMPLATES),
    )
    for path in (MORE_TEMPLATES, *rounds):
        more = yaml.safe_load(path.read_text(encoding="utf-8"))["templates"]
        for label, by_lang in more.items():
            for lang, extra in by_lang.items():
                spec["templates"][label][lang] = spec["templates"][label][lang] + extra
    return spec


def load_appended() -> dict:
    """Read the templates appended one sentence each (:func:`appended`): {label: {lang: [template]}}.

    Later rounds follow the earlier ones in each label's list, so the earlier rows keep their sentences.
    """
    spec: dict = {}
    for path in (ROUND35_TEMPLATES, ROUND36_TEMPLATES):
        for label, by_lang in yaml.safe_load(path.read_text(encoding="utf-8"))["templates"].items():
            for lang, more in by_lang.items():
                spec.setdefault(label, {}).setdefault(lang, []).extend(more)
    return spec


def write_sentences(path: Path = SENTENCES) -> int:
    """Regenerate ``sentences.jsonl`` from the templates; return the number of rows."""
    spec = load_spec()
    rows = expand(spec) + appended(load_appended(), spec["slots"])
    path.write_text("".join(json.dumps(asdict(r), ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(write_sentences(), "sentences written to", SENTENCES)

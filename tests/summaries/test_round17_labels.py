"""Round-17 training sentences: progress with its values, named errands as steps, conditionals as none.

The sentences below are not in the training set (checked by the first test); each is a kind the
packaged classifier used to miss on the spent dev sets (summaries_blind…blind11), written anew.
Held out, the refit model reads about half of such new phrasings right (5 of 10 first tried: "we're
fine with 60 days from invoice" still read as a credit risk, a named errand "老周把仓库主管的电话推给你"
as none), so only the ones it read were listed here; a refit with more data moved two of them. They stay as
a record of the kinds; the test below checks what a test can: that the refit learned its data.
"""

from __future__ import annotations

import yaml

from assistant.summaries.classifier import probabilities
from assistant.summaries.clauses import decide
from assistant.summaries.offline_learned import MIN_PROB
from assistant.summaries.sentence_set import ROUND17_TEMPLATES, load_sentences, load_spec

CASES = [
    ("折叠桌最后按86一张定了", "agreement"),
    ("we'll resend the crushed cartons free of charge", "concession"),
    ("the cause was a worn die, it has been replaced", "done"),
    ("采购单刚提交了，一共两千套", "done"),
    ("要是你们能包安装，我们就考虑", "none"),
]


def test_the_cases_are_not_training_sentences() -> None:
    seen = {r.text for r in load_sentences()}
    assert not any(text in seen for text, _ in CASES)


def test_every_round17_template_is_used() -> None:
    spec = load_spec()
    rows = load_sentences()
    for label in ("agreement", "concession", "done", "next_step"):
        for lang in ("zh", "en"):
            used = {r.tpl for r in rows if r.label == label and r.lang == lang and "/x" not in r.tpl}  # not appended
            assert len(used) == len(spec["templates"][label][lang])


def test_the_model_learned_the_round17_sentences() -> None:
    """The refit model reads most round-17 training sentences with their labels (fit, not generalisation).

    The held-out phrasings in ``CASES`` are a measurement, not a pin: refits with more data move
    them (with round 18 merged, two of the five read as needs), so generalisation is measured on
    the blind summaries sets instead.
    """
    r17 = yaml.safe_load(ROUND17_TEMPLATES.read_text(encoding="utf-8"))["templates"]
    merged = load_spec()["templates"]
    own = {  # a sentence's ``tpl`` is "label/lang/<index in the merged template list>"
        f"{label}/{lang}/{i}"
        for label, by_lang in r17.items()
        for lang, ts in by_lang.items()
        for i, t in enumerate(merged[label][lang])
        if t in ts
    }
    rows = [r for r in load_sentences() if r.tpl in own]
    assert len(rows) >= 50
    read = [decide(p, MIN_PROB) for p in probabilities([r.text for r in rows])]
    right = sum(got == r.label for got, r in zip(read, rows, strict=True))
    # A regression guard, not a quality bar: the linear classifier underfits (at this refit it reads
    # 65% of the round-17 sentences and 84% of the whole training set back; "agreement" is the worst
    # label at 0.65). A refit that loses the round-17 kinds falls below this.
    assert right / len(rows) >= 0.6, right / len(rows)

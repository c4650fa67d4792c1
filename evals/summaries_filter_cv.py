"""Cross-validate the learned item filter by held-out sets, and package it (``--package``).

Reads the training table of :mod:`evals.summaries_filter_table` (built first when missing). For
every outer fold (leave one spent set out, and the grouped split blind1–12 → blind13–17), per
section: a logistic model is fitted on the other sets; its keep threshold and keep floor k (a
summary section's k best items are kept whatever their score, :func:`item_filter.keep_mask`) are
chosen on the training sets alone (inner leave-one-set-out scores, the pair with the best F1, or no
filter when none beats keeping every item); the held-out set's kept items are then re-matched
exactly as the evaluation matches them, through the same ``keep_mask`` as at run time. Reported per
section: precision / recall / F1 of the summariser without the filter and with it under each rule
of :data:`RULES` (``old``: no floor; ``top_cv``: the shipped one), on held-out folds only (counts
pooled over the folds). Several model settings are compared; the JSON names each one's figures::

    python -m evals.summaries_filter_cv [--package] [--settings S ...] [--rules R ...] [--out F.json]

``--package`` fits the chosen setting on every spent set, picks thresholds and k by
leave-one-set-out and writes ``assistant/summaries/data/item_filter.npz`` and its key.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np

from assistant.packaged import write_packaged
from assistant.summaries.item_features import SECTIONS
from assistant.summaries.item_filter import PACKAGED, current_key, design, fit_logistic, keep_mask, scores
from evals.eval_summaries_blind import match
from evals.summaries_filter_table import build, default_path, load, save

RESULTS = Path(__file__).parent / "results"
SETTINGS = {  # name: (use the embedding, L2 strength)
    "hand_l2_3": (False, 3.0),
    "hand_l2_30": (False, 30.0),
    "emb_l2_10": (True, 10.0),
    "emb_l2_30": (True, 30.0),
}
CHOSEN = "emb_l2_30"
# Sections the filter may act on: those whose held-out F1 rose under both schemes (summ30, 3,682 items of
# 236 cases, emb_l2_30): next steps LOSO .710 -> .735 (P .686 -> .794, R .735 -> .684), blind1-12 -> 13-17
# .707 -> .758. Progress rose only by a hair (.557 -> .560, .517 -> .528; it kept a chit-chat line at 0.44
# against a 0.275 threshold), needs (.683 -> .682) and risks (.589 -> .584) did not gain: kept whole.
# summ79 (334 cases, 24 sets): risks gained under both schemes too (LOSO F1 .716 -> .738, P .666 -> .734;
# blind1-12 -> 13-17 .722 -> .729), but packaged for risks the filter dropped obvious risks of short
# conversations ("越南工厂便宜15%" as a competitor, a price objection in a voice note) and 13 tests failed, the
# in-sample risk floor among them. summ83 (348 cases, 25 sets): the filter never drops a summary section's k
# best items (item_filter.keep_mask; k chosen with the threshold by the same inner leave-one-set-out). Chosen
# on every set: risks k=2 at .425, next steps k=0 at .375. k=2 keeps every risk of the short unit-test chats
# but still fails the in-sample risk floor (11/17): two 3-risk chats of 5-6 lines rank their plain price
# objection third (p .11, .32). k=3 keeps it; its LOSO risks F1 .738 is within noise of k=2's .741 and above
# no filter's .727, so risks ship with k fixed at 3 (FIXED_RULE): the product constraint that a short
# conversation keeps every risk decides between two k the CV cannot tell apart. Next steps: k=0 (no gain).
# summ-eng38 (516 cases, 37 sets, 9,082 items): progress gained under leave-one-set-out (F1 .646 -> .657, P .606 -> .646,
# R .691 -> .668) but not blind1-12 -> 13-17 (off, F1 .617 both). Shipped, it was scored on the fresh summaries_blind38:
# progress .600 / .519 against .627 / .615 with progress kept whole (it dropped 5 matched items and 1 extra). The
# dev sets' items come from rules tuned on those sets, so a filter fitted on them need not carry: progress stays whole.
FILTERED = ("next_steps", "risks")
FIXED_RULE = {"risks": "top3"}  # section: the rule whose k is fixed; its threshold is still chosen by the CV
# summ-eng34 (460 cases, 34 sets): LOSO next-step F1 is flat over the candidates — (.375, k=0) .778, (.5, k=0) .780,
# the CV's pick (.5, k=2) .781 — but .5 drops a real dated step of a five-line chat (test_delta_steps: "样品麻烦11月20日前
# 寄到我们仓库") and k=2 keeps a bare assent of two (test_item_filter). Next steps keep the earlier (.375, k=0).
FIXED_THRESHOLD = {"next_steps": (0.375, 0)}  # section: (threshold, k) fixed for a product constraint the CV cannot see
KEEPS = (0, 1, 2, 3, 4)  # candidate k: a section's k highest-scoring items are kept whatever their score
RULES = {  # name: (family, candidate k or N); "top": the shipped rule; "size": filter only sections of > N items
    "old": ("top", (0,)),
    "top1": ("top", (1,)),
    "top2": ("top", (2,)),
    "top3": ("top", (3,)),
    "top_cv": ("top", KEEPS),
    "size_cv": ("size", KEEPS),
}
SHIPPED = "top_cv"
THRESHOLDS = np.round(np.arange(0.05, 0.80, 0.025), 3)


def _norm(hand: np.ndarray, emb: np.ndarray, use_emb: bool) -> dict[str, Any]:
    sd = hand.std(axis=0)
    return {
        "mu": hand.mean(axis=0), "sd": np.where(sd > 1e-6, sd, 1.0).astype(np.float32),
        "emb_mean": emb.mean(axis=0), "use_emb": np.array(use_emb),
    }  # fmt: skip


def fit(t: dict[str, Any], rows: np.ndarray, setting: str) -> dict[str, Any]:
    """Fit one logistic model per section on table rows ``rows``; no thresholds yet."""
    use_emb, l2 = SETTINGS[setting]
    z = _norm(t["hand"][rows], t["emb"][rows], use_emb)
    x = design(t["hand"][rows], t["emb"][rows], z)
    for sec in SECTIONS:
        mine = t["sec"][rows] == sec
        z[f"w_{sec}"], z[f"b_{sec}"] = fit_logistic(x[mine], t["y"][rows][mine], l2)
    return z


def predict(t: dict[str, Any], rows: np.ndarray, z: dict[str, Any]) -> np.ndarray:
    """Keep probability of table rows ``rows`` under model ``z``."""
    return scores(design(t["hand"][rows], t["emb"][rows], z), list(t["sec"][rows]), z)


def oof(t: dict[str, Any], rows: np.ndarray, setting: str) -> np.ndarray:
    """Leave-one-set-out scores of ``rows`` (every set among them held out once)."""
    out = np.zeros(len(rows))
    for name in sorted(set(t["set"][rows])):
        held = t["set"][rows] == name
        out[held] = predict(t, rows[held], fit(t, rows[~held], setting))
    return out


def _f1(m: float, p: float, e: float) -> float:
    return 2 * m / (p + e) if p + e else 0.0


def group_rank(t: dict[str, Any], rows: np.ndarray, p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's rank by score within its summary section (0 best; ties: earlier item), and that section's size."""
    g = t["case"][rows] * len(SECTIONS) + np.searchsorted(np.array(SECTIONS), t["sec"][rows], sorter=t["sec_order"])
    order = np.lexsort((np.arange(len(rows)), -p, g))
    first = np.r_[True, g[order][1:] != g[order][:-1]]
    start = np.maximum.accumulate(np.where(first, np.arange(len(order)), 0))
    rank, size = np.empty(len(rows), int), np.empty(len(rows), int)
    rank[order] = np.arange(len(order)) - start
    _, inv, counts = np.unique(g, return_inverse=True, return_counts=True)
    size[:] = counts[inv]
    return rank, size


def rule_keep(p: np.ndarray, rank: np.ndarray, size: np.ndarray, thr: float, k: int, family: str) -> np.ndarray:
    """Rows kept by threshold ``thr`` under rule ``family`` with parameter ``k`` (see :data:`RULES`)."""
    floor = rank < k if family == "top" else size <= k
    return (p >= thr) | floor


def choose(
    t: dict[str, Any], rows: np.ndarray, p: np.ndarray, cases: set[int], rule: str = SHIPPED
) -> dict[str, tuple[float, int]]:
    """Per section, the (threshold, k) with the best F1 on ``rows`` (label counts); -inf when none beats all.

    Ties go to the smaller k, then the lower threshold.
    """
    family, keeps = RULES[rule]
    rank, size = group_rank(t, rows, p)
    out = {}
    for sec in SECTIONS:
        mine = t["sec"][rows] == sec
        y, ps, rk, sz = t["y"][rows][mine], p[mine], rank[mine], size[mine]
        e = sum(len(t["cases"][c]["expected"][sec]) for c in cases)
        best, choice = _f1(y.sum(), len(y), e), (-np.inf, 0)
        for k in keeps:
            for th in THRESHOLDS:
                keep = rule_keep(ps, rk, sz, th, k, family)
                if (f := _f1(y[keep].sum(), keep.sum(), e)) > best + 1e-9:
                    best, choice = f, (float(th), int(k))
        out[sec] = choice
    return out


def kept_rows(t: dict[str, Any], rows: np.ndarray, p: np.ndarray, thr: dict[str, tuple[float, int]], family: str) -> np.ndarray:
    """Which of ``rows`` the filter keeps, summary section by summary section, as at run time."""
    keep = np.zeros(len(rows), bool)
    g = t["case"][rows].astype(str).astype(object) + "/" + t["sec"][rows]
    for key in dict.fromkeys(g):
        mine = np.flatnonzero(g == key)
        th, k = thr[t["sec"][rows][mine[0]]]
        keep[mine] = keep_mask(p[mine], th, k) if family == "top" else (p[mine] >= th) | (len(mine) <= k)
    return keep | (t["nq"][rows] > 1)  # as at run time, an item resting on several quotes is kept


def rematch(t: dict[str, Any], keep: np.ndarray, cases: set[int]) -> dict[str, list[int]]:
    """Count [matched, produced, expected] per section over ``cases``, keeping only rows where ``keep``."""
    counts = {sec: [0, 0, 0] for sec in SECTIONS}
    kept = {(m["case"], m["section"], m["index"]) for m, k in zip(t["meta"], keep, strict=True) if k}
    for c in sorted(cases):
        case = t["cases"][c]
        for sec in SECTIONS:
            items = [
                SimpleNamespace(quotes=[SimpleNamespace(start=a, end=b) for a, b in qs])
                for i, qs in enumerate(case["quotes"][sec])
                if (c, sec, i) in kept
            ]
            spans = [tuple(s) for s in case["expected"][sec]]
            got = [len(match(items, spans)), len(items), len(spans)]
            counts[sec] = [a + b for a, b in zip(counts[sec], got, strict=True)]
    return counts


def prf(counts: list[int]) -> list[float]:
    """Precision, recall, F1 of [matched, produced, expected]."""
    m, p, e = counts
    return [round(m / p, 3) if p else 1.0, round(m / e, 3) if e else 1.0, round(_f1(m, p, e), 3)]


def outer(t: dict[str, Any], setting: str, folds: list[list[str]], rules: list[str]) -> dict[str, Any]:
    """Held-out figures without the filter and with it under each rule, pooled over ``folds`` (lists of test sets)."""
    zero = {sec: [0, 0, 0] for sec in SECTIONS}
    before, after = dict(zero), {r: dict(zero) for r in rules}
    chosen: dict[str, list[dict[str, Any]]] = {r: [] for r in rules}
    for test in folds:
        held = np.isin(t["set"], test)
        train = np.flatnonzero(~held)
        inner_cases = {c for c, case in enumerate(t["cases"]) if case["set"] not in test}
        inner = oof(t, train, setting)
        z = fit(t, train, setting)
        test_rows = np.flatnonzero(held)
        p = predict(t, test_rows, z)
        cases = {c for c, case in enumerate(t["cases"]) if case["set"] in test}
        b = rematch(t, held, cases)
        before = {sec: [x + y for x, y in zip(before[sec], b[sec], strict=True)] for sec in SECTIONS}
        for r in rules:
            thr = choose(t, train, inner, inner_cases, r)
            chosen[r].append({k: [v[0], v[1]] if np.isfinite(v[0]) else None for k, v in thr.items()})  # None: off
            keep = np.zeros(len(t["meta"]), bool)
            keep[test_rows] = kept_rows(t, test_rows, p, thr, RULES[r][0])
            a = rematch(t, keep, cases)
            after[r] = {sec: [x + y for x, y in zip(after[r][sec], a[sec], strict=True)] for sec in SECTIONS}
    return {
        "before": {s: prf(before[s]) for s in SECTIONS}, "counts_before": before,
        **{r: {"after": {s: prf(after[r][s]) for s in SECTIONS}, "counts_after": after[r], "chosen": chosen[r]}
           for r in rules},
    }  # fmt: skip


def table() -> dict[str, Any]:
    """Return the training table with per-row section, label and set arrays (built and cached when missing)."""
    t = load()
    if t is None:
        t = build()
        save(t, default_path())
    t["sec"] = np.array([m["section"] for m in t["meta"]])
    t["y"] = np.array([m["label"] for m in t["meta"]], dtype=np.float64)
    t["set"] = np.array([m["set"] for m in t["meta"]])
    t["case"] = np.array([m["case"] for m in t["meta"]])
    t["sec_order"] = np.argsort(np.array(SECTIONS))
    t["nq"] = np.array([len(t["cases"][m["case"]]["quotes"][m["section"]][m["index"]]) for m in t["meta"]])
    return t


def package(t: dict[str, Any], setting: str = CHOSEN) -> dict[str, tuple[float, int]]:
    """Fit ``setting`` on every set, choose thresholds and k leave-one-set-out, write the weights and key."""
    rows = np.arange(len(t["meta"]))
    p = oof(t, rows, setting)
    thr = choose(t, rows, p, set(range(len(t["cases"]))), SHIPPED)
    for sec, rule in FIXED_RULE.items():
        thr[sec] = choose(t, rows, p, set(range(len(t["cases"]))), rule)[sec]
    thr.update(FIXED_THRESHOLD)
    z = fit(t, rows, setting)
    thr = {sec: thr[sec] if sec in FILTERED else (-np.inf, 0) for sec in SECTIONS}
    for sec in SECTIONS:
        z[f"thr_{sec}"], z[f"keep_{sec}"] = np.array(thr[sec][0]), np.array(thr[sec][1])
    arrays = {k: np.asarray(v, dtype=np.float16 if k.startswith("w_") or k == "emb_mean" else None) for k, v in z.items()}
    write_packaged(PACKAGED, lambda f: np.savez_compressed(f, **arrays), current_key())
    return thr


def main(argv: list[str] | None = None) -> None:
    """Print the cross-validation table per setting and write it as JSON; ``--package`` ships the filter."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=RESULTS / "summaries_filter_cv.json")
    ap.add_argument("--settings", nargs="*", default=list(SETTINGS))
    ap.add_argument("--rules", nargs="*", default=list(RULES))
    ap.add_argument("--package", action="store_true")
    args = ap.parse_args(argv)
    t = table()
    names = sorted(set(t["set"]), key=lambda n: int("".join(ch for ch in n if ch.isdigit()) or 1))
    schemes = {"leave_one_set_out": [[n] for n in names], "blind1-12_to_13-17": [names[12:]]}
    result: dict[str, Any] = {"items": len(t["meta"]), "cases": len(t["cases"]), "sets": names, "chosen": CHOSEN}
    for setting in args.settings:
        for scheme, folds in schemes.items():
            r = outer(t, setting, folds, args.rules)
            result[f"{setting}/{scheme}"] = r
            print(f"\n{setting} / {scheme}   (held-out folds only: P R F1)")
            for sec in SECTIONS:
                print(f"  {sec:<11} no filter {r['before'][sec]}")
                for rule in args.rules:
                    print(f"  {'':<11} {rule:<9} {r[rule]['after'][sec]}")
    if args.package:
        thr = package(t)
        result["packaged_thresholds"] = {k: list(v) if np.isfinite(v[0]) else None for k, v in thr.items()}
        print("packaged (threshold, k):", thr)
        z = fit(t, np.arange(len(t["meta"])), CHOSEN)
        p = predict(t, np.arange(len(t["meta"])), z)
        keep = kept_rows(t, np.arange(len(t["meta"])), p, thr, RULES[SHIPPED][0])
        everything = set(range(len(t["cases"])))
        before, after = rematch(t, np.ones(len(keep), bool), everything), rematch(t, keep, everything)
        result["in_sample"] = {s: {"before": prf(before[s]), "after": prf(after[s])} for s in SECTIONS}
        print("in-sample (pooled, every spent set):", json.dumps(result["in_sample"]))
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

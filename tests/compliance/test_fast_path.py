"""The fast paths give the same answers as the slow ones: detector gates, collapse, touching letters."""

from __future__ import annotations

import random
import re

import pytest

from assistant.compliance import detectors, scan_text
from assistant.compliance.lexicon import PACKAGED_DIR, load_lexicon
from assistant.compliance.matcher import _touching
from assistant.compliance.normalize import IGNORED, collapse, collapse_map, detect_table, normalize, translate

FRAGMENTS = [
    "13812345678", "138 1234 5678", "+86 139-0000-1111", "+1 415 555 0134", "幺三八一二三四五六七八",
    "①③⑧①②③④⑤⑥⑦⑧", "zhang@gmail.com", "zhang (at) qq dot com", "lily[at]163[dot]com", "bob at qq.com",
    "bob#163.com", "x（at）abc.com", "ｌｉｌｙ＠ｑｑ．ｃｏｍ", "a@b点com", "sales@hx-trading.com", "taobao.com/shop/1",
    "taobao 点 com", "t.me/abc", "wa.me/123", "pan.baidu.com/s/1", "bit.ly/xx", "tinyurl(dot)com/a", "t.cn/abc",
    "weixin.qq.com", "加我微信 zhang_wei88", "vx号：lilysales", "wx:abc123x", "+v abc_def", "微 信 id abcdef1",
    "威信 ab-cdef", "\n", "。", "，", " ", "\u200b", "(", ")", "@", "#", "at", " dot ", "点", "1", "3", "8", "0", "-",
    "qq", "com", ".", "Ｑ", "微", "信", "v", "x", "w", "包过", "回扣", "and the", "let me know", "王总您好，",
    "text my cell ", "415-555-0134", "(650) 555 0111", "my personal number: ", "WhatsApp me at ", "Cell ",
]  # fmt: skip


def _corpus(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(n):
        text = "".join(rng.choice(FRAGMENTS) for _ in range(rng.randint(1, 10)))
        if rng.random() < 0.3:
            text = "".join(c if rng.random() < 0.9 else rng.choice(" \n-.·") for c in text)
        texts.append(text)
    return texts


def _ungated(text: str, det: detectors.Detectors) -> list[detectors.Hit]:
    """Every detector run on every text (only the seven-digit guard kept, a line break allowed between)."""
    folded = text.translate(detect_table())
    digits = re.search(r"[0-9](?:\n?[0-9]){6}", normalize(text)) is not None
    hits = detectors._phones(text, folded, digits, digits, digits)
    emails: list[tuple[int, int]] = []
    hits += detectors._emails(text, folded, det.lexicon, emails)
    hits += detectors._urls(text, folded, det.lexicon, emails)
    return hits + detectors._wechat_ids(text, folded)


def test_detector_gates_never_lose_a_hit() -> None:
    det = detectors.Detectors(load_lexicon([PACKAGED_DIR]))
    flagged = 0
    for text in _corpus(3000):
        gated = det.detect(text, normalize(text))
        assert gated == _ungated(text, det), text
        flagged += bool(gated)
    assert flagged > 1000  # the corpus does exercise the detectors


def test_gates_follow_the_regexes_not_the_old_substring_guards() -> None:
    rules = {(h.rule, h.matched) for h in scan_text("邮箱 bob\nat qq.com，或者 t dot me/abc").hits}
    assert ("email", "bob\nat qq.com") in rules  # "\s+at\s+" with a line break
    assert ("url", "t dot me/abc") in rules  # a listed domain with a spelled-out dot


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_collapse_and_touching_agree_with_the_offset_map(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(2000):
        folded = "".join(rng.choice("aab11\x00\x00xy\n包") for _ in range(rng.randint(0, 16)))
        collapsed = collapse(folded)
        assert collapsed == re.sub(r"([^0-9])\1+", r"\1", folded.replace(IGNORED, ""))
        cmap = collapse_map(folded)
        assert len(cmap.starts) == len(collapsed)
        for i in range(1, len(collapsed)):
            known = _touching(folded, collapsed, i)
            assert known is None or known == (not cmap.gap_before(i)), (folded, i)


def test_scan_is_unchanged_by_the_fast_paths() -> None:
    text = "Hi Tom, send the PO and the spec. 加我微信 zhang_wei88，包 包 過"
    assert translate(text).replace(IGNORED, "") != ""
    hits = {(h.rule, h.term) for h in scan_text(text).hits}
    assert ("wechat_id", "微信号") in hits
    assert ("lexicon", "包过") in hits
    assert not any(h.term == "吊打同行" for h in scan_text(text).hits)  # "dth" inside "and the"

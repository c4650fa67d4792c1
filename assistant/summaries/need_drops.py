"""Which of last time's needs the customer dropped, read clause by clause from the new conversation.

A need is dropped when one clause cancels something ("CT-15先不要了", "文件夹不要了", "we'll drop
the dock lines", "the gift boxes are no longer needed") and the thing cancelled is that need: the
clause's object shares the need's distinctive words (a product code, a size, "餐具", "gift box").
Words shared by several of last time's needs count less, and a clause that names two needs
equally well drops neither. Working per clause, not per sentence, keeps "1.5米改成800张，1.8米不要了"
from dropping the 1.5 m need too. A conditional ("if it is not ready, remove the pads") or a
question (the last clause before a "?") cancels nothing, and not being mentioned again is never
being dropped. Nor is a cancel word that cancels something else: a cost or an arrangement ("forget
about the foil cost", "cancel the courier booking"), a figure lowered ("drop the price to 4.5"), a
degree ("we don't need the logo to be that large"), or a replacement of its own kind named right
after it with no quantity ("蓝色不要了，换成红色" changes the colour; "1.4米不要了，换成1.6米的50张"
drops a line, "内塞不要了，改成封口膜" drops a part); an English "instead" with a colour or size before
it ("give us blue instead") is a change too. A cancel clause naming nothing ("…还是在本地买，不用报了")
takes its object from the clause before, and a product code cancelled drops every need of it.
Keeping only one item ("这次只要保温杯，别的不要了", "we only need the bottles, nothing else") drops
the other counted items (not a spec such as "杯身印logo"). Other words for it: "就算了", "先放一放",
"暂缓", "省掉", "自己解决", "leave out", "hold off on", "on hold", "no sleeves this time", "source the
gift bags locally".
"""

from __future__ import annotations

import re

from assistant.summaries.attribute_words import ATTRIBUTE_EN
from assistant.summaries.product_codes import is_code
from assistant.summaries.schema import Need
from assistant.text import lazy_re

CLAUSE = lazy_re.compile(r"[，,;；:：。！？!?\n]|(?<=[a-z0-9)])\.\s+|\s(?:and|but|instead)\s", re.I)
# Chinese cues: the object is anywhere in the clause ("餐具这次先不做了", "去掉反光条")
_CANCEL_ZH = lazy_re.compile(
    r"(?:先|暂时|这次|就)?不(?:要|需要|用|做|订|买|采购|进)了|用不着了?|先不(?:要|做|考虑)了?|暂(?:时)?不(?:要|需要|做)了?|"
    r"就算了|先算了|算了吧|(?:先)?放一放|暂缓|免了|省掉|"
    r"(?:我们)?自己(?:解决|买|采购|找|准备)|(?:在)?本地(?:买|采购)|"
    r"取消(?:了|掉)?|去掉|砍掉|不考虑了|不(?:再)?坚持了?|"
    r"不用(?!(?:你们|您|我们)?(?:再|操心|担心|着急|急|赶|客气|谢|麻烦|改|等|催))"  # not "不用您操心了", "不用改了"
    r"(?:你们|您|我们)?[\u4e00-\u9fff]{0,2}了"  # "不用你们配了", "不用报了"
)
# English cues with the object after them ("drop the denim", "no longer need the tubs")
_CANCEL_AFTER = lazy_re.compile(
    r"\b(?:drop(?:ping|ped)?|skip(?:ping)?|forget(?: about)?|remove|cancel(?:ling|led)?|scrap|leave out|hold off on|"
    r"pass on|do without)\s+(?=(?:the|our|all|those|these|that|this|it|them)\b)|"
    r"^\s*(?:and\s+|but\s+|so\s+)?no\s+(?=[a-z][\w\s-]{1,30}?\b(?:this time|for now|any ?more|at all|needed)\b)|"
    r"\b(?:source|buy|get|make|print)\s+(?=(?:the|those|these)\b[^.]{0,40}\b(?:locally|elsewhere|ourselves|in-house)\b)|"
    r"\b(?:no longer|don't|do not|won't|will not)\s+(?:need|want|require)\s+(?=(?:the|any|those|these|that|this)\b)",
    re.I,
)
# English cues with the object before them ("the gift boxes are no longer needed")
_CANCEL_BEFORE = lazy_re.compile(
    r"\b(?:is|are)\s+(?:no longer|not)\s+(?:needed|required|necessary)(?:\s+any\s?more)?\b|"
    r"\b(?:is|are)\s+off(?:\s+the\s+(?:order|list))?\b(?!\s+the\s+table)|\bon hold\b|\boff the (?:order|list)\b|"
    r"\b(?:we're|we are|we'll be|I'm|I am)\s+(?:dropping|skipping|cancell?ing|removing)\b"
    r"(?!\s+(?:the|our|all|those|these|that|this|it|them|by|off|in|over)\b)",  # not "dropping by your office"
    re.I,
)
# the head of the English object is a cost or an arrangement, not the thing needed
_NOT_GOODS = frozenset(
    "cost costs price prices fee fees charge charges surcharge booking reservation appointment meeting "
    "call visit trip pickup pick-up slot quote quotation offer".split()
)
_PHRASE_END = lazy_re.compile(
    r"\s(?:of|for|from|to|by|on|in|at|with|and|or|as|because|since|so|that|which|we|we'll|they|it|is|are|"
    r"was|were|will|be|down|any\s?more)\b|[,;.!?]",
    re.I,
)
# a figure lowered or raised ("drop the price to 4.5") or a degree ("the logo to be that large")
_DEGREE = lazy_re.compile(
    r"\b(?:to|by|down to)\s+[$€£¥]?\d|\bto be\b|\b(?:that|so|too|this)\s+(?:much|many|large|big|long|wide|high|"
    r"tall|thick|heavy|fancy|bright|dark|small|soon|early|fast|strong|expensive|premium)\b",
    re.I,
)
_REPLACED = lazy_re.compile(r"换成|改成|改为|换为|改用|\b(?:instead|replace\w* (?:it |them )?with|switch to)\b", re.I)
_QUANTITY = lazy_re.compile(r"\d|[一二两三四五六七八九十百千万]+\s*(?:个|张|件|套|箱|台|只|条|盒|包|双|把|米)")
_CONDITIONAL = lazy_re.compile(r"\b(?:if|unless|otherwise|in case)\b|如果|要是|假如|万一|否则|的话", re.I)
_QUESTION = lazy_re.compile(r"[?？]\s*$")
_STOP = frozenset(
    "the and for our your all from this that these those them order now please need needs want with each "
    "per also any more after time for altogether just we it us you they".split()
)
_STOP_ZH = frozenset("另外 这次 我们 你们 还有 不过 对了 今年 暂时 先不 之前 现在 一下 那个 这个".split())
_TOKEN = lazy_re.compile(r"[\u4e00-\u9fff]+|[a-z0-9μ][a-z0-9μ.\-+×]*", re.I)


def tokens(text: str) -> set[str]:
    """Content words of ``text``: Chinese character bigrams and Latin words or codes (lower case)."""
    out: set[str] = set()
    for run in _TOKEN.findall(text.lower()):
        if "\u4e00" <= run[0] <= "\u9fff":
            out |= {run[i : i + 2] for i in range(len(run) - 1)} - _STOP_ZH
        else:
            word = run.strip(".-+")
            parts = [word, *word.split("-")] if "-" in word else [word]  # "fsc-certified" is "fsc" too
            for w in parts:
                if len(w) >= 2 and w not in _STOP:
                    out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


def _head(phrase: str) -> str:
    """Return the last word of the noun phrase opening ``phrase`` ("the samples courier booking, we…" → "booking")."""
    words = _PHRASE_END.split(" " + phrase, maxsplit=1)[0].split()
    return words[-1].lower() if words else ""


def _objects(clause: str) -> list[str]:
    """Return the parts of ``clause`` naming what it cancels, most likely first ([] if it cancels nothing)."""
    m = _CANCEL_AFTER.search(clause)
    if m:
        after = clause[m.end() :]
        if _head(after) in _NOT_GOODS or _DEGREE.search(after):
            return []
        if m.group().lower().startswith("pass on") and re.search(r"\bto\b", after, re.I):
            return []  # "pass on the samples to our QC" forwards them
        return [after, clause[: m.start()]]
    m = _CANCEL_BEFORE.search(clause)
    if m:
        before = clause[: m.start()].split()
        if before and before[-1].lower() in _NOT_GOODS:
            return []
        return [clause[: m.start()] + " " + clause[m.end() :]]
    m = _CANCEL_ZH.search(clause)
    if m:
        return [clause[: m.start()] + " " + clause[m.end() :]]
    return []


def _kind(text: str) -> str:
    """Return the head of ``text`` (its last Chinese character or last word, singular): "红色的" → "色"."""
    runs = _TOKEN.findall(re.sub(r"[的了吧啊呢]", "", text.lower()))
    if not runs:
        return ""
    last = runs[-1]
    if "\u4e00" <= last[0] <= "\u9fff":
        return last[-1]
    return last[:-1] if last.endswith("s") and len(last) > 3 else last




def _replaced(cancelled: str, clauses: list[str], i: int) -> bool:
    """Whether clause ``i`` or the next replaces ``cancelled`` by a thing of its kind with no quantity ("换成红色").

    An English "instead" names the replacement before it ("give us blue instead"): a colour or a
    size put there is a change; another thing ("a lighter model next year instead") is not.
    """
    for c in clauses[i : i + 2]:
        m = _REPLACED.search(c)
        if not m:
            continue
        if m.group().lower() == "instead":
            if ATTRIBUTE_EN.search(c[: m.start()]) and ATTRIBUTE_EN.search(cancelled):
                return True
            continue
        if not _QUANTITY.search(c[m.end() :]) and _kind(c[m.end() :]) == _kind(cancelled):
            return True
    return False


_DECIDE = frozenset("们决 决定 打算 考虑 全部 整个 型号 产品 款式 这款 那款".split())  # say no other thing


def _named(part: str, needs: list[set[str]]) -> list[int]:
    """Return the need ``part`` names best (shared words weighted by rarity), [] if none or a tie.

    A product code cancelled alone ("LB-2先不做了") names every need of that product: a tie on it drops
    them all, unless the clause names something else too.
    """
    words = tokens(part)
    df = {w: sum(w in n for n in needs) for w in words}
    scores = [sum(1 / df[w] for w in words & n) for n in needs]
    best = max(scores, default=0.0)
    if best < 1.0:
        return []
    tied = [i for i, x in enumerate(scores) if x == best]
    common = set.intersection(*(words & needs[i] for i in tied))
    if len(tied) > 1 and (not any(is_code(w) for w in common) or words - common - _DECIDE):
        return []  # a code spreads to all its needs only when the clause names nothing else
    return tied


_ONLY = lazy_re.compile(r"只要|只订|只做|只买|只采购|\bonly (?:need|want|take|order)\b", re.I)
_REST = lazy_re.compile(r"别的|其他|其余|其它|\b(?:nothing else|the rest|everything else|all else)\b", re.I)
_COUNTED = lazy_re.compile(r"\d")


def _only_kept(sentence: str, needs: list[set[str]], previous: list[Need]) -> list[int]:
    """Needs dropped by "只要保温杯，别的不要了" / "we only need the bottles, nothing else": the counted others."""
    m = _ONLY.search(sentence)
    if m is None:
        return []
    kept = tokens(CLAUSE.split(sentence[m.end() :], maxsplit=1)[0])
    if not kept:
        return []
    return [i for i, n in enumerate(needs) if not kept & n and _COUNTED.search(previous[i].text)]


def dropped_needs(previous: list[Need], said: list[str]) -> list[str]:
    """Return the texts of ``previous`` needs that a clause of the sentences ``said`` cancels."""
    needs = [
        tokens(" ".join([n.text, n.quotes[0].text if n.quotes else "", n.subject or ""])) for n in previous
    ]
    out: list[int] = []
    for sentence in said:
        if _CONDITIONAL.search(sentence):
            continue
        if _ONLY.search(sentence) and _REST.search(sentence) and not _QUESTION.search(sentence):
            out.extend(i for i in _only_kept(sentence, needs, previous) if i not in out)
            continue  # "别的不要了" names the others, never the one kept
        clauses = [c for c in CLAUSE.split(sentence) if c.strip()]
        if clauses and _QUESTION.search(
            sentence
        ):  # "…，MS-7先不要了，你们有没有无线款？": only the last asks
            clauses.pop()
        for k, clause in enumerate(clauses):
            if "吗" in clause:
                continue
            parts = _objects(clause)
            if parts and k > 0 and not any(tokens(p) & n for p in parts for n in needs):
                parts = [*parts, clauses[k - 1]]  # "保温袋还是在本地买，不用报了": the object is before
            for part in parts:
                if _replaced(part, clauses, k):
                    break
                named = _named(part, needs)
                out.extend(i for i in named if i not in out)
                if named:
                    break
    return [previous[i].text for i in sorted(out)]

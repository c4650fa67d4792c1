"""The customer's outright praise of the goods or a sample: the sample passed, movement (issue 14).

"刷得挺干净", "老师们都挺喜欢那个城堡款的", "质量不错，没毛病", "The print looks good", "the purple one is
gorgeous" judge the goods. Words of praise that judge nothing are no verdict:

- willingness or wishes: "I'm happy to hop on a call", "I'd like to see the catalogue", "glad to help";
- a comparison or a filler: "It looks like the ship leaves Friday", "like Feb 8 latest";
- curiosity or ease: "很好奇", "好说", "好几天"; an acknowledgement: "那挺好。", "Good to know", "great news";
- how we are ("我很好，谢谢"), or someone else's goods ("我们之前用的那家质量非常好", "the old supplier's
  quality was great");
- the talk, an event or the market: "That's a good summary", "Sales have been great";
- liking the relationship, not the goods: "很喜欢跟你们合作", "love working with you";
- a greeting, thanks or an interjection that opens the sentence: "Good morning", "Good timing, …", "Perfect, talk soon".

A hedge ("就是噪音有点大", "but", "would be better") withholds the verdict; "不错" and a negated problem
("没毛病", "没发现漏液", "no issues at all", :func:`~assistant.summaries.risk_negation.negated_problem`)
are no hedges. A bare "不错" is no verdict either: dev (spent blind…blind16, blind20) 0 of 5 under
none were progress ("卖得不错", "反馈不错", "瓶子质量不错"); "很不错", "没毛病" are.
"""

from __future__ import annotations

import re

from assistant.summaries.evidence import is_question
from assistant.summaries.owners import party_of
from assistant.summaries.risk_negation import negated_problem
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

_PRAISE = lazy_re.compile(
    r"(?:挺|很|超|都|非常|特别|蛮)(?:好(?![奇像几多说办在处久些])|喜欢|干净|稳|顺|满意|不错|漂亮|准)|比[^，。]{1,10}(?:好|强)|"
    r"没(?:啥|什么)?毛病|没得说|挑不出|"
    r"\b(?:great|good|happy|love[sd]?|gorgeous|solid|perfect|excellent|lovely|impressed|likes?|liked)\b",
    re.I,
)
_NOT_PRAISE = lazy_re.compile(  # praise words that judge nothing (see the module docstring)
    r"喜欢(?:跟|和|与|同)|"
    r"\b(?:happy|glad|pleased|keen|love|like)\s+to\b|\b(?:'d|would|should|might)\s+(?:really\s+)?(?:like|love)\b|"
    r"\b(?:looks?|looked|feels?|felt|seems?|seemed|sounds?|something|just|things?|more)\s+like\b|\blike\s+(?:a|an|\d|around|about|maybe|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b|"
    r"\b(?:a|an)\s+(?:very\s+|really\s+)?(?:good|great|perfect|excellent|lovely|solid)\s+[a-z]+|"
    r"\b(?:love[sd]?|like[sd]?|enjoy\w*)\s+(?:working|doing business|dealing|talking|chatting|hearing)\b|"
    r"\bgood (?:morning|evening|night|day|afternoon|luck)\b|\bhave a\b|\bthank|"
    r"\b(?:good|great|nice|happy|glad) to (?:know|hear|see)\b|\b(?:good|great) news\b|"
    r"^\W*(?:good|great|perfect|excellent|lovely)(?:\s+[a-z]+)?\s*[,，.!！—–-]",
    re.I,
)
# the talk, an event or the market judged, not the goods: "Sales have been great", "The meeting was great"
_NOT_GOODS = lazy_re.compile(
    r"\b(?:sales|business|season|trip|weather|weekend|holiday|vacation|visit|meeting|call|chat|talk|summary|"
    r"idea|point|news|question|timing|service|team)\b[^,.!?]{0,20}\b(?:is|are|was|were|has been|have been)\s+"
    r"(?:really\s+|very\s+|so\s+)?(?:good|great|perfect|excellent|lovely)\b|"
    r"^\W*(?:那|这|这样|也|都|嗯)?[，,]?(?:挺|很|蛮|真|超)好(?:的|啊|呀|哈|呢)?\W*$|"  # "那挺好。": an acknowledgement
    r"^\W*(?:我|我们|大家)都?(?:挺|很|蛮|还)好|"  # "我很好，谢谢": how we are, not the goods
    # someone else's goods: "我们之前用的那家质量非常好", "Your competitor's sample was excellent"
    r"之前(?:用|合作|买)的|那家|别家|其他家|上一家|原来的(?:供应商|厂)|"
    r"\b(?:old|previous|former|current|other|another) (?:supplier|vendor|factory|maker)|\b(?:competitor|rival)",
    re.I,
)
_POSITIVE = lazy_re.compile(r"不错|不赖|没(?:啥|什么)?毛病|没得说|挑不出(?:毛病|问题)?")
_HEDGE = lazy_re.compile(r"不|没|差|但|就是|有点|\b(?:not|no|but|would|could|if|please|hope)\b", re.I)
_CLAUSE = lazy_re.compile(r"[，。；,;！!\n]")


def _hedged(text: str) -> bool:
    """Whether a clause of ``text`` hedges: a negation that is no praise ("不错") nor a negated problem ("没毛病")."""
    for clause in _CLAUSE.split(text):
        if _HEDGE.search(_POSITIVE.sub("", clause)) and not negated_problem("quality", clause):
            return True
    return False


def praises_goods(s: Sentence) -> bool:
    """Whether the customer praises the goods or a sample outright ("刷得挺干净", "The print looks good")."""
    text = s.text
    if party_of(s) != "customer" or is_question(s) or _hedged(text) or _NOT_GOODS.search(text):
        return False
    cjk = re.findall(r"[\u4e00-\u9fff]", text)
    if len(cjk or re.findall(r"[A-Za-z]+", text)) < 3:
        return False
    return bool(_PRAISE.search(_NOT_PRAISE.sub(" ", text)))

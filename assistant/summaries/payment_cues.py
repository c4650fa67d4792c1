"""Cues of payment terms (Chinese and English): a term named, a payment delayed, kept as usual, accepted or countered.

Read by :mod:`assistant.summaries.payment_terms`, which decides who states which term and whether the
customer's is a credit risk. Split out of it to keep each file to one job.
"""

from __future__ import annotations

import re

from assistant.summaries.payment_splits import long_tail
from assistant.text import lazy_re

N = r"(?:\d+|[一二两三四五六七八九十百]+)"
TERM = lazy_re.compile(
    r"账期[^，。；;]{0,6}?"
    + N
    + r"|(?:延长|放长|放到|改)[^，。；;]{0,3}账期|月结|票到|全款|质保金|款到发货|先发货|后付款|货到付款|信用证|承兑|商票|电汇|"
    r"(?:验收|安装|调试|交付|到货|收货)(?:合格)?(?:以|之)?后[^，。；;]{0,4}(?:一次(?:性)?)?付清|"  # "验收以后一次付清"
    r"(?:货到|到货|验收|收货|发货|出货|提单|开票|到港|入库)[^，。；;]{0,10}?"
    + N
    + r"\s*天(?!内?(?:到|验收|交|送|发|完成|出|装))|"  # not "发货后3天内到", "收货后7天内验收"
    + N
    + r"\s*天[^，。；;]{0,4}(?:付|结|账期)|(?:付|结)[^，。；;]{0,3}"
    + N
    + r"\s*天|付(?:款)?(?:百分之|\d+\s*%|[一二三四五六七八九]成|一半)|"
    r"(?:百分之[一二三四五六七八九十]+|\d+\s*%|[一二三四五六七八九]成)[^，。；;]{0,6}?(?:预付|定金|尾款)|"
    r"\bnet ?\d+|\b\d+\s*days?\b[^.;]{0,30}?\b(?:(?:after|from|of) (?:the |our |your )?(?:delivery|shipment|shipping|arrival|"
    r"receipt|invoice|invoicing|acceptance|inspection|installation|B/?L|bill of lading|goods|dispatch|month)|open|"
    r"end of (?:the )?month|net|credit|terms|usance|payment)\b|\bopen account\b|\bL/?C\b|\bletters? of credit\b|"
    r"\bagainst (?:the |a )?(?:copy of (?:the )?)?(?:B/?L|bill of lading|documents)|\bpayment terms\b|\bat sight\b|"
    r"\b\d+\s*%\s*(?:now|today|this (?:week|month))\b(?![^.;]*\b(?:discount|price|stock|inventory|of the|off)\b)"
    r"[^.;]{0,25}\b(?:the most|at most|the maximum|all (?:I|we) can)\b|"
    r"\bpay\b[^.;]{0,20}?\b\d+\s*(?:%|days?)|\b\d+\s*%\s*(?:on (?:order|delivery|arrival|receipt|acceptance|installation|signing)|before|after|against|upfront|within|at \d)|(?:剩下|剩余|余款|余下|尾款)[^，。；;]{0,10}(?:年|个月|天)(?:以)?后(?:再)?(?:付|结)",
    re.I,
)
NOT_TERM = lazy_re.compile(  # compensation taken off the invoice, a lead time counted from the deposit
    r"扣|抵|赔|补偿|返点|返利|\bcredit note\b|\brefund\b|\bcompensat\w*|"
    r"(?:定金|预付款?)(?:到账|收到)?(?:以)?后[^，。；]{0,4}"
    + N
    + r"\s*天(?:内)?(?:出货|发货|交货|生产|交)?(?![^，。；]*付)|"
    r"\b(?:production|lead time|ready|ship\w*|deliver\w*|ex-?works)\b[^.;]{0,30}\bafter (?:the |your |our )?deposit\b",
    re.I,
)
DELAY = lazy_re.compile(
    r"资金(?:有点|比较)?紧|现金流(?:有点|比较)?紧|回款(?:都)?(?:比较|有点)?慢|(?:以后|之后)才能付|晚点付|晚些付|推迟付|"
    r"(?:定金|预付款?|货款|尾款)[^，。；]{0,8}(?:推迟|延后|缓|等)|不付定金|不(?:做|给|付)预付|没有预付|先发货后付款|"
    r"\bcash(?: flow)? is (?:a bit |quite |very )?tight\b|\b(?:can'?t|cannot|unable to|not able to) pay\b(?!\s+(?:more|over|above|higher|that much|so much|attention|\$|USD|EUR|GBP|\d))|"
    r"\bno (?:budget for )?deposits?\b|\bbank line is tight\b|\b(?:deposit|payment) (?:has to|must|will have to) wait\b",
    re.I,
)
USUAL = lazy_re.compile(
    r"老样子|老规矩|照旧|跟上次一样|和上次一样|^(?:对|是的|没错)[，,\s]|(?:付款|定金|账期)?还是(?!要|得|只能|希望|那句话|坚持)|"
    r"\b(?:as usual|same as (?:last time|before|always))\b",
    re.I,
)
CONDITION = lazy_re.compile(
    r"前提|如果|要是|只要|的话|除非|\b(?:if|provided|as long as|unless|subject to|only when)\b", re.I
)
PROMISE = lazy_re.compile(  # the customer paying, not stating a term: a next step or a report
    r"(?:今天|今晚|明天|后天|下周|这周|周[一二三四五六日]|月底前?)[^，。；]{0,6}(?:转|打|付)|(?:转|打|付)了|"
    r"\b(?:I|we)(?:'ll| will| am going to) (?:pay|send|transfer|wire)\b|\b(?:I|we) pay the deposit on\b|\bsending the deposit\b|"
    r"\b(?:paid|transferred|wired)\b",
    re.I,
)
OUR_SIDE = lazy_re.compile(  # our standard, our limit, our counter
    r"一般|通常|标准|最多|最长|只能|要求|得|必须|规定|做不了|不行|给不了|可以给|能给|我们是|至少|"
    r"\b(?:our (?:usual |standard |normal )?terms (?:are|is)|at least|"
    r"standard|usual|usually|normally|always|at most|maximum|require\w*|need|ask|take|can only|can do|can offer|"
    r"could do|offer|propose\w*|is the most|difficult)\b",
    re.I,
)
APPROVAL = lazy_re.compile(
    r"请示|申请|报[^，。；]{0,3}批|报给[^，。；]{0,4}(?:领导|老板|经理|总)|审批|特批|评估|商量|问一下|问问|问下|额度|信保|信用保险|"
    r"\b(?:check with|ask (?:my|our)|approv\w*|insurer|credit (?:limit|insurance)|limit of|"
    r"waiting (?:for|on) (?:our|my|the) (?:\w+ ){0,2}(?:director|manager|CFO|finance|boss|head|controller)|"
    r"sign-?off)\b",
    re.I,
)
PAYMENT_WORD = lazy_re.compile(
    r"付|款|账期|月结|定金|预付|额度|信保|信用|\b(?:pay\w*|deposit|terms?|credit|days|net|balance|L/?C|insur\w*|limit)\b",
    re.I,
)
RULE = lazy_re.compile(
    r"规定|惯例|统一|改不了|不好改|不能改|过不了|过不去|批不了|"
    r"\b(?:policy|rule|our standard|cannot change|can'?t change|(?:won'?t|will not) (?:pass|be approved))\b",
    re.I,
)


DEPOSIT = lazy_re.compile(r"预付|定金|订金|首付|\b(?:deposits?|upfront|prepay\w*)\b", re.I)
DEPOSIT_SAID = lazy_re.compile(  # a deposit named with its share or refused, not "the deposit date"
    r"\d+\s*%|百分之|[一二三四五六七八九]成|不|没|免|只|从来|\b(?:no|not|without|instead|can'?t|cannot|only|never|don'?t)\b",
    re.I,
)
DAYS = lazy_re.compile(N + r"\s*(?:天|days?\b)", re.I)
FINANCE = lazy_re.compile(r"财务|\b(?:financ\w*|pay\w*|terms|credit|invoice)\b", re.I)


HEADING = lazy_re.compile(
    r"(?:(?:还有|另外|and|now)[，,]?\s*)?(?:付款|payment)(?:方面|方式|terms)?[。.:：!！]?$", re.I
)


_SHARE = r"(?:half|\d+\s*(?:%|percent)|(?:ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) percent)"
SPLIT_WORDS = lazy_re.compile(  # a split said in words: "pay half now", "a deposit of twenty percent", "the balance in January"
    r"\bpay\b[^.;?]{0,12}?\b" + _SHARE + r"\s+(?:now|upfront|up front|today|with (?:the )?(?:order|PO)|on (?:order|signing|delivery|arrival))\b|"
    r"\bdeposit of " + _SHARE + r"|"
    r"\b(?:the )?(?:balance|rest|remainder)\s+(?:in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|"
    r"when (?:they|our \w+|the \w+) (?:pays?|paid)\b|after the (?:market|season|project|audit|grant)\b)",
    re.I,
)

PAY_WORD = lazy_re.compile(r"付|款|\b(?:pay\w*|paid|deposit|balance|invoice\w*)\b", re.I)  # a split of money, not goods
NOT_PAY = lazy_re.compile(  # "40% of the glass", "off the unit price": a share of goods or a discount
    r"\b(?:discount|stock|inventory|(?:off|on) the (?:\w+ )?price|of the (?!total|order|invoice|amount|contract|price|value|bill)\w+)\b",
    re.I,
)
SPLIT_LATER = lazy_re.compile(  # "40% now and the rest once it docks": a term only beside a word of paying
    r"(?<![\w%])" + _SHARE + r"\s+(?:now|upfront|up front|today)\b[^.;?]{0,12}\b(?:the )?(?:rest|balance|remainder)\s+"
    r"(?:when|once|on|after|upon)\b",
    re.I,
)
MONEY_WORD = lazy_re.compile(r"付|款|\b(?:pay\w*|paid|deposit|invoice\w*)\b", re.I)  # not "balance": goods have one too
GOODS_SPLIT = lazy_re.compile(r"\b(?:ship|deliver|send|dispatch|release|load)\w*\b", re.I)  # "ship 40% now and the balance…"


def names_term(text: str) -> bool:
    """Whether ``text`` names a payment term ("月结九十天", "net 90", "30% deposit"), not a deduction or lead time."""
    term = (
        TERM.search(text)
        or (DAYS.search(text) and FINANCE.search(text))
        or (DEPOSIT.search(text) and DEPOSIT_SAID.search(text))
        or long_tail(text)  # "余款分四期付", "the rest in quarterly instalments"
        or (SPLIT_WORDS.search(text) and PAY_WORD.search(text) and not NOT_PAY.search(text))
        or (SPLIT_LATER.search(text) and MONEY_WORD.search(text) and not (NOT_PAY.search(text) or GOODS_SPLIT.search(text)))
    )
    return bool(term) and not NOT_TERM.search(text)


def delays_payment(text: str) -> bool:
    """Whether ``text`` delays or withholds a payment ("定金要1月20号以后才能付", "we can't pay the deposit")."""
    return bool(DELAY.search(text))


SPLIT = lazy_re.compile(
    r"[一二三四五六七八九\d]+\s*[、/]\s*[一二三四五六七八九\d]+"
)  # "三、六、一可以", "30/70"
BUT = lazy_re.compile(r"^[^，。,;]{0,3}(?:但|不过|可是|只是)|最多|最长|\b(?:but|however|at most)\b", re.I)
LEAD_TIME = lazy_re.compile(
    r"交期|交货|生产|发货|出货|排产|\b(?:lead time|production|ship\w*|deliver\w*)\b", re.I
)
HEDGE = lazy_re.compile(r"可以考虑|\b(?:could|would|might|may)\b", re.I)  # "we could accept …": an offer


ASKED = lazy_re.compile(  # "是否可行", "你们能接受吗", "can you accept 90 days": acceptance asked, not given
    r"是否|能否|能不能|可不可以|行不行|[吗么][？?]?$|\b(?:whether|can you|could you|would you|is that|is it)\b", re.I
)
ASKS_OURS = lazy_re.compile(  # "Please also send your payment terms", "你们付款方式是怎样的": asks ours
    r"\byour (?:payment )?terms\b|你们的?(?:付款方式|账期|付款条件)", re.I
)
ACCEPT_FIRST = lazy_re.compile(  # "这个可以。", "可以，按你们的惯例走", "OK, agreed": an answer that accepts
    r"^(?:这个|那)?(?:可以|行|没问题|同意|接受)|^(?:ok(?:ay)?|fine|agreed|deal|that works)\b", re.I
)


_PIECE = lazy_re.compile(r"[，,。；;！!？?]\s*|\s+(?=[\u4e00-\u9fff])")  # a chat's spaces part its clauses too


def promise_only(text: str) -> bool:
    """Whether ``text`` promises a payment and states no term of its own besides.

    "定金明天上午打给你们" → True; "定金明天上午打给你们 剩下的验收完再付可以吗" → False: the promise comes with the
    customer's own term for the balance.
    """
    if not PROMISE.search(text):
        return False
    rest = [p for p in _PIECE.split(text) if p and not PROMISE.search(p)]
    return not any(names_term(p) or delays_payment(p) for p in rest)

"""Cue lexicons of the offline summariser (Chinese and English), as compiled regular expressions.

Each cue is a small pattern a sales manager would recognise: a price objection, a
competitor, a commitment, a request. Keeping them in one place makes them easy to extend
and to audit when the evals show a miss.
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE)


NEED_CUE = _rx(
    r"想要|需要|希望|要求|关注|关心|在意|考虑|打算|计划|能不能|能否|可不可以|可以.{0,12}[吗嘛]|有没有|是否|多少钱|什么价",
    r"报个价|问一下|了解一下|感兴趣|麻烦|(?<!申)(?<!邀)请(?!示|教|假)|定制|我们要|这次要|要订|想订|想采购|"
    r"采购|必须|一定要|最好|(?<![只不])要\d|(?:还|另外|也|都|得|就)要(?!跟|和|找|等|问|看|我们老板)|返单|加单|换成|想换|再加\d|总共\d|只能(?:做|接受|付)|不能超过|不超过|至少|最少|起订|最晚|控制在|以内|想(?:加|增加|添)|要能|确认为\d|(?:包装|颜色|尺寸|规格|材质|面料|款式|标签|吊牌|外箱|纸箱|交货|交期|到货)[^，。]{0,2}(?:得(?![太很好不挺蛮真更还越])|必须|要)(?!求)|改成|改为|调整(?:为|到)|减(?:少)?到|加到|(?:如果|要是)(?:你们|您)?能(?:做到|给到|降到)|"
    r"提供.{0,4}质保|(?:一般|都)是月结|账期.{0,4}\d+天|(?:提前|推迟|延)到|目标价|很重要|关键",
    r"\bneed|\bwant|\bplease\b|\bwe'?d like\b|\btarget\b|\b(?:critical|essential|important) (?:for|to) us\b|asked (?:whether|if|for|about)|looking for|interested in|\brequire|would like|\bcan you|\bcould you|do you"
    r" have|"
    r"is it possible",
    r"how much|\bquote\b|care about|important|\bmust\b|\bprefer|we'?re after|plan to (?:buy|order)|"
    r"\b(?:change|reduce|increase|cut|lower|raise) (?:it |that |the \w+ )?to\b|\bmake it\b|\bcan we do\b",
    r"\balso want|\bwe'?ll need|\bhas to be|\bhave to be|\bmust be|at the latest|\bat least\b|\bno (?:more|later) than\b|"
    r"\bminimum\b|\bMOQ\b|\bre-?order\b|\bonly (?:accept|do|pay)\b|\bspec(?:ification)?s?\b|\bask(?:ing|ed)? for\b|\bno more than\b",
)
ORDER_WORDS = _rx(
    r"订单|下单|返单|加单|追加|\bre-?order|(?:这次|再|先)订\d|采购|订货|\border\b|\bbuy\b|\bpurchase\b"
)
# an order word or a model code ("TI-152", "NT-16"): a count beside one is an order line, catalogued or not
MODEL_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{1,5}-\d{1,5}[A-Z]?(?![\w-])")
ORDER_LINE = re.compile(
    rf"{ORDER_WORDS.pattern}|\bwe(?:'ll| will)? take\b|(?-i:{MODEL_CODE.pattern})", ORDER_WORDS.flags
)
_TOPIC_CUES: dict[str, str] = {  # a need's topics, in the order they are named
    "certification": r"认证|检测报告|证书|环保|OEKO|REACH|FDA|\bCE\b|certif|test report|compliance|LFGB|"
    r"\b(?:GS|UL|GRS|BSCI|RoHS)\b",
    "sample": r"样品|打样|寄样|\bsamples?\b",
    "payment_terms": r"付款方式|账期|月结|信用证|L/C|T/T|定金|预付|\bpayment|\bdeposit|\bterms\b",
    "delivery": r"交期|交货|发货|出货|发出|到货|货期|船期|多久能|几天|lead time|deliver|\bship|arrive|"
    r"in our warehouse|\bthe goods (?:before|by)\b|到港|到仓|入仓|(?:必须|要|得)到[^，。]{0,6}仓库|"
    r"\bat (?:our|the) (?:\w+ )?(?:DC|warehouse|port)\b",
    "customization": r"定制|logo|刺绣|刻字|雕刻|镭雕|[红橙黄绿蓝紫黑白灰粉米棕]色|印字|印花|颜色|尺寸|规格|包装|OEM|"
    r"\bcustom|colou?r|\bsize|packag|label|engrav|条码|贴标|吊卡|barcode|gift ?box",
    "quality": r"质量|品质|质保|保修|warranty|克重|材质|面料|色牢度|耐用|quality|material|\bgsm\b|durab",
    "price": r"价格|价钱|单价|报价|多少钱|便宜|折扣|优惠|\bprice|\bquote|discount|\bcost|\b(?:USD|EUR|GBP) ?\d",
}
NEED_TOPICS: list[tuple[str, re.Pattern[str]]] = [(k, _rx(p)) for k, p in _TOPIC_CUES.items()]

FORMER_SUPPLIER = _rx(
    r"(?:之前|以前|原来|上一家|上家)的?(?:供应商|厂家|工厂)",
    r"\b(?:previous|former|old|last|current) (?:supplier|vendor|factory)",
)
ROLE_ANY = ("we", "customer", "unknown")
ROLE_THEM = ("customer", "unknown")
RISKS: list[tuple[str, str, tuple[str, ...], re.Pattern[str]]] = [
    # category, base severity, whose words count, cue
    (
        "price",
        "medium",
        ROLE_THEM,
        _rx(
            r"(?<!不)(?<!不算)(?<!没那么)贵(?!司|公司|方)|价格.{0,4}(?:偏高|太高|高了|没优势|没有优势)|报价.{0,3}(?:太高|"
            r"偏高|高了)",
            r"降价|便宜(?:一)?点|压价|只要你们的|比你们便宜|便宜(?:很多|不少|一半)|half (?:the|your) price|"
            r"much cheaper|再低|too expensive|"
            r"(?:price|quote)s? (?:is |are )?(?:too |a bit |quite )?high",
            r"cheaper|lower (?:the|your) price|over (?:our|the) (?:target|price)|costly",
            r"out of our price range|(?:at least|need|want) (?:an? )?\d+(?:\.\d+)?\s?% (?:discount|off)|"
            r"要求.{0,4}(?:折扣|降价|优惠)|价格(?:低|便宜)了|低了\d+",
        ),
    ),
    (
        "competitor",
        "medium",
        ROLE_THEM,
        _rx(
            r"别家|别的(?:供应商|厂家|工厂)|其他(?:供应商|厂家|工厂|家)|(?:另一家|另外一家)(?!酒店|门店|店|分店|分公司|仓库)|"
            r"同行|竞争对手|他们家",
            r"other suppliers?|another (?:supplier|vendor|factory)|other vendors|competitors?",
            r"other factories|someone else",
            r"(?:有一?家|那边一家|那家|一家)[\u4e00-\u9fff]{0,8}?(?:报了|报我|报价|给我们报|说[^，。]{0,6}(?:送|免|包邮))",
            r"\b(?:a|one|another) (?-i:[A-Z][a-z]+) (?:factory|mill|supplier|vendor|maker|manufacturer|plant)\b",
        ),
    ),
    (
        "delivery",
        "medium",
        ROLE_ANY,
        _rx(
            r"交期.{0,4}(?:太长|太慢|赶不上|来不及|紧|有问题)|来不及|赶不上|延误|延期|推迟(?:发货|交货)|晚到|"
            r"耽误|交货慢",
            r"delay|\blate\b|lead time (?:of [^,.;]{1,20} )?is (?:too |very |quite )?long|too slow|miss the deadline|behind schedule",
            r"\b(?:\d{1,2}(?:st|nd|rd|th)|date|deadline|timeline|schedule|timing) (?:is|looks|seems|would be|will be) "
            r"(?:very |too |quite |really |extremely |pretty )?tight\b",
        ),
    ),
    (
        "quality",
        "high",
        ROLE_THEM,
        _rx(
            r"质量(?:问题|不好|差|不行|不稳定)|色差|颜色[^，。]{0,3}偏(?![好爱])|偏色|色偏|偏差(?:比较|很|太)?大|破损|瑕疵|掉色|褪色|起球|缩水|次品|不合格|退货|返工|投诉|开线|线开了|开裂|漏水|"
            r"生锈|售后(?:花|成本|问题)|少了[两一二三四五六七八九十\d]+[箱件个套条]|短装|少发|漏发",
            r"defect|damaged|broken|quality (?:issue|problem)|poor quality|complain|faded|shr(?:ink(?!-?\s?wrap)|ank|unk)|cracked|leak(?:ed|ing)|"
            r"rust(?:ed|y)|scratched",
            r"\breturn(?:ed)? the",
        ),
    ),
    (
        "budget",
        "medium",
        ROLE_THEM,
        _rx(
            r"预算.{0,3}(?:不够|有限|紧|超|砍|削减|没批|不足|没有|冻结)|没有预算|超预算|超出预算",
            r"资金.{0,3}(?:紧张|周转|困难|压力)|现金流",
            r"budget (?:cut|is tight|is limited|constraint)|over (?:our )?budget|no budget|tight budget",
            r"budget.{0,12}not approved|cash ?flow",
        ),
    ),
    (
        "decision_maker",
        "medium",
        ROLE_THEM,
        _rx(
            r"老板不在|(?:要|得|需要|还要)(?:跟|和|找)?(?:老板|领导|总经理|采购总监|上面|董事长|总部)(?:商量|"
            r"请示|确认|批准|批|汇报|定|拍板|看看)",
            r"我(?:做|说)不了主|不是我(?:能|说了算)|回去(?:商量|讨论|研究)|内部(?:讨论|商量|审批)",
            r"(?:check|talk|speak|discuss it) (?:with|to) (?:my|our) (?:\w+ )?(?:boss|manager|director|team",
            r"head office)|not my decision|need(?:s)? approval",
            r"discuss (?:it )?internally|decision maker|(?:boss|manager|director) (?:is )?(?:away|not here|"
            r"on leave)",
            r"(?:要|得|须|需|需要|必须|还要)[^，。；]{0,6}?(?:[\u4e00-\u9fff]总|会长|院长|董事会|合伙人|老板)[^，。；]{0,3}?"
            r"(?:签字|签|拍板|点头|审批|批|同意)|点头才算数|我?定不了",
            r"\bsigns? (?:off )?(?:on )?(?:anything|everything|all orders|orders|purchases) (?:above|over)\b|"
            r"\b(?:needs?|requires?) (?:\w+ ){0,3}sign-?off\b|\bhas the final say\b|"
            r"\bapproves? (?:all |any )?(?:orders?|purchases?) (?:above|over)\b",
        ),
    ),
    (
        "dissatisfaction",
        "high",
        ROLE_THEM,
        _rx(
            r"不满意|失望|生气|太慢了|一直没(?:回复|回|人理)|态度(?:不好|差)|不靠谱|再这样|受不了",
            r"disappointed|unhappy|not happy|frustrated|unacceptable|terrible|poor service|no one (?:replied|"
            r"answered)",
        ),
    ),
    (
        "compliance",
        "medium",
        ROLE_ANY,
        _rx(
            r"(?:认证|证书|检测报告|资质|清关|海关).{0,8}(?:没有|缺|过不了|不符合|不合格|扣|卡住|问题)|(?:(?<!有)"
            r"没有|缺少?).{0,4}(?:认证|证书|检测报告)",
            r"关税|反倾销|(?:certificate|certification|customs|REACH|FDA|OEKO).{0,20}(?:missing|lack|fail|"
            r"held|"
            r"stuck|problem)",
            r"tariff|anti-dumping|(?:don'?t|doesn'?t) (?:have|meet).{0,20}(?:certif|standard|regulation)",
        ),
    ),
    (
        "payment",
        "medium",
        ROLE_ANY,
        _rx(
            r"(?:付款|回款|货款|尾款|打款).{0,6}(?:延迟|推迟|拖|晚|困难|问题|逾期)",
            r"(?:延迟|推迟|拖欠?).{0,4}(?:付款|货款|尾款)|逾期|欠款|拖欠",
            r"账期.{0,4}(?:更长|延长|90天|60天)|longer payment terms|overdue|past due|late payment",
            r"payment.{0,12}(?:delay|late|difficult)|(?:尾款|货款|付款|款)\S{0,8}才能(?:付|打|结)",
        ),
    ),
]
COMPETITOR_PRICE = _rx(
    r"便宜|低价|价格更低|更低|低了|已经(?:下单|签|决定)|决定(?:跟|和|用)|换供应商|改用|cheaper|lower price|switch|"
    r"already (?:ordered|signed|decided)|decided to go with"
)
INTENSIFIER = _rx(
    r"非常|太|特别|根本|绝对|完全|严重|否则|不然|取消|\bvery\b|extremely|\breally\b|unless|otherwise|cancel"
)
HEDGE = _rx(r"有点|稍微|一点点|略微|\ba bit\b|slightly|a little")
NEGATED = _rx(
    r"不担心|不是问题|没问题|no problem|not (?:a|an) (?:issue|problem)|not worried|separate from this|(?:跟|和|与)这单(?:没关系|无关)",
    r"^(?!.*(?:但|不过|可是|\bbut\b|however)).*(?:质量(?:挺|很|还|都)?(?:好|不错)|退货率(?:很|比较)?低|in perfect condition)",
)

PROGRESS_EXTRA = _rx(
    r"(?:价格|单价)(?:按|是|为).{0,8}\d|(?:price|unit price)(?: for [\d,]+ \w+)? (?:is|of|at) (?:USD |EUR |GBP |US)?\$?\d",
    r"(?:最新|最终|正式)?报价(?:是|为)(?:每[个把件套条箱台只])?.{0,3}(?:\d|[一二三四五六七八九两])",
    r"\b(?:we|I) can offer\b.{0,20}\d|可以给(?:您|你)?.{0,6}(?:\d|[一二三四五六七八九])",
)
PROGRESS: list[tuple[str, re.Pattern[str]]] = [
    ("contract", _rx(r"合同|签约|签字|盖章|contract|\bsign(?:ed|ing)?\b|agreement")),
    (
        "order",
        _rx(
            r"下单|订单|试单|采购单|返单|补货|\bPO\b|purchase order|place (?:an|the) order|trial order|"
            r"reorder"
        ),
    ),
    (
        "quote",
        _rx(
            r"报价单|(?:发|给|出|做|更新|调整|重新).{0,4}报价|报价(?:已|发)|quotation|(?:send|sent|revise|"
            r"update)\w*.{0,12}(?:quote|"
            r"price list)|\bPI\b|proforma"
        ),
    ),
    (
        "sample",
        _rx(
            r"样品.{0,8}(?:寄|发|收到|到了|确认|满意|OK|ok|测试)|寄样|打样|送样|(?:send|sent|ship|receiv|approv)"
            r"\w*.{0,12}samples?|"
            r"samples?.{0,16}(?:sent|shipped|received|approved|arrived)"
        ),
    ),
    ("payment", _rx(r"定金|预付款|尾款|打款|汇款|到账|付款|\bdeposit|\bpaid\b|\bwire\b|T/T")),
    ("meeting", _rx(r"拜访|见面|开会|视频会议|会议|参观|验厂|\bvisit|\bmeeting|video call|\bmeet\b")),
    (
        "stage_signal",
        _rx(
            r"确认(?:下单|合作|订单)|就这么定|就这样定|定了|决定(?:了|用|选)|选(?:择)?你们|"
            r"go ahead|let'?s proceed|"
            r"we'?ll take|\bdeal\b|"
            r"approved"
        ),
    ),
    (
        "commitment",
        _rx(
            r"(?:我|我们|我司)(?:会|将|一定|保证|马上|尽快)|保证|承诺|"
            r"(?:\bwe|\bi)(?:'ll| will| shall) |promise|"
            r"guarantee"
        ),
    ),
]

FUTURE = _rx(
    r"(?<![开约])会(?![议面谈员计])|将|(?<![只纪摘概重主])要(?!的|求)|安排|(?:收到|签|确认)[^，。,；;]{0,8}后|尽快|马上|到时候|回头|负责|请|麻烦|记得|下一步|之前|以前|前把|前给|前发|前确认|"
    r"(?:我|我们)先|(?<![上昨])(?:下午|今晚|稍后|晚点)(?:发|给|回|寄|确认)",
    r"\bwill\b|'ll\b|going to|plan to|please|coming your way|from now on|need you to|let'?s|\bshall\b|next step|follow up|\bby\b|\bbefore\b",
)
ACTION = _rx(
    r"发|寄|给(?:您|你|我)|确认|安排|提供|准备|联系|回复|答复|反馈|通知|报价|下单|付|签|拜访|约|打样|核对|更新|出货|交货|"
    r"验货|看一下|讨论|商量|开会|汇款|打款|补发|更换|退款|抄送|拉(?:他|她|进|入)|审批|走完|(?:能|要|寄|送)到|提交|申请|寄回|盖章|跟进|落实|核实|测算",
    r"\bsend|\bship|confirm|arrange|provide|prepare|\bcall\b|reply|quote|\bsign|\bpay|visit|schedule",
    r"check|update|share|review|follow|discuss|meet|deliver|wire|decide|get back|come back|replace|refund",
    r"resend|include|\bcopy (?:me|us|in)\b|\bcc\b|coming your way|on (?:its|the) way to you|you'?ll have (?:it|them)|will be with you|\bget (?:\w+(?:'s)? ){0,2}(?:approval|sign-?off)|explain|investigate|\bissue\b|\brefund\b|\bcredit\b|submit|apply for|countersign|book|\bfind out\b|\bcheck\b",
)
PAST = _rx(
    r"已经|已|刚刚|(?:拜访|见|聊|寄|发|收到|签|谈|开)了|\balready\b|\bsent\b|\breceived\b|\bshipped\b|\bdid\b|"
    r"last week|上周|昨天|\b(?:have|has) (?:just |already )?(?:been )?[a-z]+ed\b|\bapproved\b|\b(?:we|I|they|boss|CEO|CFO|GM|director|manager|team|board) (?:just )?(?:signed|paid|approved)\b|\barrived\b"
)
REQUEST = _rx(
    r"请您|麻烦|请你|(?<!申)(?<!邀)请(?!示|教|假|问|知悉|注意|见谅|放心|查收)|(?<!给)(?<!帮)(?<!跟)(?<!和)(?:您|你们|你|贵司)(?:这边|"
    r"那边)?(?:先|尽快|帮忙|一定|务必|要(?!的)|"
    r"得|需要)",
    r"(?:^|[，,。])(?:好的?[，,]?|那|嗯[，,]?)?(?:您|你们|你|贵司)(?=\S{0,12}(?:前|之前|以前))",
    r"(?:需要|要|让)(?:您|你们)|\bplease\b|need you to|\bcan you\b|\bcould you\b|you need to|\bwould you\b|"
    r"\byou(?:'ll|"
    r" will| should)\b",
)
FIRST_PERSON = _rx(
    r"(?:^|[，,。]|的话)(?:好的?[，,]?|那|嗯[，,]?|没问题[，,]?)?(?:我|我们|我司|我这边|我们这边)",
    r"我们?(?:会|将|可以|来|先|马上|尽快|今天|明天|下周|这周|负责)",
    r"\bI\b|\bwe\b|\blet'?s\b|\blet me\b",
)
HEDGED = _rx(r"可能|也许|如果|除非|才能|\bmaybe\b|\bmight\b|\bif\b|\bunless\b|希望|想要|would like|\bhope")
POSITIVE = _rx(
    r"满意|不错|很好|挺好|太好了|期待|合作愉快|放心|喜欢|认可|靠谱|没问题|great|\bgood\b|\bhappy|satisfied",
    r"looking forward|\blove|excellent|perfect|impressed|works for us|sounds good|\b(?:we|I) like\b",
)
POLITE = _rx(r"谢谢|感谢|\bthanks?\b|thank you")
NEGATIVE = _rx(
    r"不满|失望|生气|担心|(?<!没)(?<!没有)问题|太贵|贵了|投诉|不行|不好(?!意思)|受不了|disappointed|unhappy|worried|"
    r"concern|problem",
    r"too expensive|frustrated|unacceptable|complain",
)
# The customer's own sites, clients and a contact's new employer: never a competitor
OWN_SIDE = _rx(
    r"我们(?:的)?(?:第二家|另一家|新|自己的?|集团|下游的?|杭州的|上海的)?(?:酒店|门店|店|客户|工厂|仓库)|新公司|"
    r"\bour (?:second|other|new|own|sister)\b|\bour (?:client|customer|competitor)s?\b|我们的?竞争对手|new employer|his new company|her new company"
)
# lexicon risk categories → sentence-label risk kinds
RISK_KIND = {
    "price": "price_gap",
    "competitor": "competitor",
    "delivery": "timeline",
    "quality": "quality",
    "budget": "price_gap",
    "decision_maker": "decision_chain",
    "dissatisfaction": "churn_threat",
    "compliance": "certification",
    "payment": "credit",
}

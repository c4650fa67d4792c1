"""What moved the deal, and what threatens it beyond the plain word lists (both offline engines).

Progress is movement: an agreement, a concession, a sample received, an approval, an order
placed, a payment made, a price offered with its value. A meeting, a mention, a promise still
to keep ("我下周三前把报价单发给您") are not progress; the promise is a next step. The risk cues
here read what a word list of complaints misses: another factory's price, a key contact
leaving, a missing certification, the boss who must sign, a charge the customer refuses.
"""

from __future__ import annotations

import re

from assistant.summaries import lexicon as lx
from assistant.summaries.owners import party_of
from assistant.text.conversation import Sentence


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(parts), re.IGNORECASE)


EVENTS = ("payment", "order", "sample", "stage_signal")  # movement that happened (not agreed terms)
# (progress kind, cue): the first that matches names the movement
MOVEMENT: list[tuple[str, re.Pattern[str]]] = [
    (
        "payment",
        _rx(
            r"(?:已经|已)(?:付|支付|汇|打款|转账)|(?:付|汇|打)(?:过了|好了)|(?<!没)到账了|已到账|"
            r"\b(?:have|has|had) (?:been )?(?:paid|wired|transferred)\b|\bwe paid\b|payment (?:was|has been) "
            r"(?:made|sent|released)"
        ),
    ),
    (
        "order",
        _rx(
            r"(?<!没)下单了|已(?:经)?下单|先?下(?:一个|个|\d+个?)(?:柜|货柜)|订单(?:已|发过去了)|确认下单|试单\S{0,3}\d|先下\d+\S{0,3}的?单|"
            r"ready to (?:place|order)|\bgo ahead with (?:the )?\d|we'?ll (?:place|take) (?:an|the|a trial) order|(?:placed|signed|issued) (?:the|an|our) "
            r"(?:order|PO)|PO (?:is |was )?(?:attached|sent|issued)|attached (?:our |the |a )?(?:PO|purchase order)\b"
        ),
    ),
    (
        "sample",
        _rx(
            r"(?:样品|样布|色卡|打样).{0,6}(?:收到了|到了|已收到|确认|通过|满意|没问题|OK)|收到.{0,4}(?:样品|样布|色卡)",
            r"received the (?:samples?|swatch\w*|prototypes?)|(?:samples?|swatch\w*|prototypes?) (?:have |has )?"
            r"(?:arrived|been received|approved|passed)",
        ),
    ),
    (
        "stage_signal",
        _rx(
            r"(?<!没)(?<!未)批(?:了|下来了)|批准了|审批(?:通过|过了)|老板(?:同意|批)了|签好了|盖好章|已(?:经)?签|已(?:经)?盖章|盖章回传|"
            r"(?<!没)(?<!未)(?:测试|检测|验货|验厂|审核)(?:都)?(?:过了|通过了?|合格)|(?<!没)(?<!未)签字了",
            r"\b(?:signed|countersigned) (?:the|our|your) (?:contract|agreement|PO|order)\b|\bpassed (?:our|the) \w+ (?:test|audit|inspection)\b|"
            r"\bproduction is (?:booked|scheduled)\b|\bgot (?:the )?(?:go-ahead|green light|approval)\b|\b(?:shipment|goods|order|container|delivery) (?:has )?(?:arrived|was delivered)\b",
            r"\b(?:was|were|been|got|is) approved\b|\bsigned off\b|\bhave signed\b|"
            r"\b(?:boss|manager|director|team|CFO|CEO|board|client|customer|we|they) (?:has |have )?approved\b",
        ),
    ),
    (
        "concession",
        _rx(
            r"可以(?:免|减|降|送|包|让|多给)|免掉|免(?:收|费)(?:给您)?|给(?:您|你)(?:降|让|优惠|打)|"
            r"最低(?:可以|能)?(?:做到|给到|给您)|(?:降|调|让)到\s?[\d一二三四五六七八九十两]|给(?:您|你)[\d一二三四五六七八九]{1,2}折|"
            r"(?:全部|全额)(?:按原价)?退款|免费(?:补发|更换|换)|(?:可以|能)减半|(?:我们|我方)?(?:承担|负担)(?:一半|全部|\d+%)|"
            r"给(?:您|你)做到|(?:我们|我方)来?(?:承担|负担|出)(?![现货])|同意按(?:贵司|你们|您)|(?:可以|能)(?:做到|给到)\s?[\d一二三四五六七八九十两]",
            r"\b(?:split the cost|cover (?:half|the cost)|pay (?:half|for the test))",
            r"\bcan (?:match|waive|include|reduce|drop|lower|throw in|offer|accept|go (?:down )?to)\b|\bcan (?:hold|keep) (?:the |our )?prices?\b|维持(?:原价|价格)|价格不变|\bwe'?ll (?:cover|absorb|waive)\b|\bwaive|\bbest price\b|"
            r"\b(?:I|we) can do (?:US)?\$?\d|\bbest we can do\b|"
            r"\bfree of charge\b",
        ),
    ),
    (
        "agreement",
        _rx(
            r"就按|按这个(?:价|来)|(?<!不)(?<!不能)(?:能|可以)接受|(?:价格|单价|加量|数量|这版|方案)(?:也|都)?没问题|(?:我们|这边)定了|就用这[个版款]|这[版款]可以|(?:\d|[块元五])还行|就定|就选(?:这|那)?|定(?:这|那)(?:款|个)|同意(?!吗)|成交|就这么定|就这样定|定下来了|说定了|"
            r"就这么办",
            r"\bagreed\b|\bwe accept\b|\b(?:ok|okay|fine),? (?:USD |EUR |GBP |\$)?\d[\d.,]* it is\b|\b(?:can|will) accept (?:USD|EUR|GBP|US)?\s?\$?\d|\baccept(?:ed)? (?:your|the) (?:offer|counter-?offer|price|quote)\b|\b(?:happy|ready|pleased) to (?:proceed|go ahead|move forward)\b|\bdeal\b|works for us|\bis fine (?:for|with|by) us\b|\block it in\b|\bgo ahead\b|let'?s proceed|we'?ll take it|"
            r"\bconfirm(?:ed)? (?:the|our|an) order\b",
        ),
    ),
]
# What we or they report done ("合同已经发您邮箱了", "I've sent you the PI"): its kind comes from lexicon.PROGRESS
SENT = _rx(
    r"已(?:经)?(?:发|寄|传)(?:给|到)?|发过去了|寄出了",
    r"\b(?:have|has|'ve) (?:just )?(?:sent|attached|shipped|forwarded)\b|\bplease find attached\b",
)
CERT_SENT = _rx(r"证书|认证|检测报告|\bcertificat\w*|test reports?|\baudit report")
# A received shipment or sample the customer is pleased with ("收到了，面料我们很满意")
DONE_BEFORE = _rx(
    r"\b(?:was|were|has been|have been)\b|\byesterday\b|\b(?:'ve|have) attached\b|已经|已|了[，。,.]?$"
)
RECEIVED_PLEASED = _rx(
    r"^(?:已经)?收到了?[，,].{0,12}(?:满意|不错|很好|挺好|没问题|达标|合格)",
    r"^(?:got|received) (?:it|them)\b.{0,40}(?:fine|good|great)",
)
REFUSED = _rx(
    r"(?:有点|太|很)难|做不到|做不了|给不了|到不了|不行|没办法|不能|不可以|can'?t|cannot|unable|not possible|too (?:low|hard)"
)

# Risk cues beyond lexicon.RISKS: (category, base severity, cue); the speaker side is checked per cue
COMPETITOR_QUOTE = _rx(
    r"(?:一家|别的|另一家|其他|有家|有个|几家|另外).{0,8}(?:工厂|厂|供应商|公司|厂家).{0,12}(?:报了?|报价|给(?:我们)?的?价)",
    r"评标|比价|竞标|招标(?:评审|会)|\b(?:tender|bidding|RFQ round)\b",
    r"\b(?:a|another|one|some) (?:\w+ ){0,2}(?:distributor|supplier|factory|vendor|manufacturer) (?:can|could|will) (?:deliver|supply|offer|do)\b",
    r"\b(?:another|other|a different) (?:factory|supplier|vendor|manufacturer)s? (?:\w+ )?(?:quoted|offered|"
    r"priced)",
    r"\b(?:quoted|offered) (?:us )?(?:a )?(?:lower|better|cheaper)",
    r"\b[A-Z][A-Za-z&-]+(?: [A-Z][A-Za-z&-]+)? (?:has |have |just )?(?:offered|quoted) (?:us|a price|\$?\d)",
    r"\b(?:a|one|some|two|several) (?:\w+ )?(?:factory|factories|supplier|suppliers|vendor|vendors|manufacturer)\b"
    r".{0,30}\b(?:quoted|offered|priced|gave us)\b",
)
# a move to another post ("I'm moving to our Oslo office from June"), not a trip with a purpose ("I'm moving to the
# site next week to oversee the installation"); shared with contact_handover
POST_MOVE = (
    r"(?i:(?:\b(?:I|he|she)(?:'m| am|'s| is| will be| will)? (?:move|moves|moving|transfer|transfers|transferring)|"
    r"\bmoving) to (?:the|our|their|a) (?:[\w-]+ ){0,2}(?:office|team|department|division|role|shops?|branch|site|plant|"
    r"headquarters|subsidiary)\b(?![^.;]*\b(?:to (?!(?:lead|head|run|manage)\b)(?!(?:the|our|a|an|their|my|his|her|us|them)\b)"
    r"[a-z]+|for (?:the|a|an) (?:installation|inspection|audit|visit|trial|test)\b)))"
)
CONTACT_CHANGE = _rx(
    r"离职|辞职|跳槽|调岗|调(?:去|走)|(?:下个?月|月底|年底|下周|马上)(?:就)?(?:换人|交接)|换人了|调到(?![\d一二三四五六七八九十两]|价)|换(?:了|个)?(?:工作|岗位|部门)|(?:后面|以后|之后).{0,6}换人|接替|退休|"
    r"(?:开春|年底|年后|月底|下个?月|明年|节后)就?退了(?=[，。！,!]|$)|"  # "我年后就退了": retiring, not a return
    r"(?:以后|之后|后面|起)[^，。]{0,6}(?:采购|进货|订货|下单|项目|业务|这块)[^，。]{0,4}(?:归|交给|由)[^，。]{1,8}(?:对接|负责|跟进|管)",
    r"\b(?:leaving|left|leave) (?:the company|us|his job|her job|the firm)|\b(?:is|are|'s) leaving\b|\bchanging jobs?\b|\bnew job\b|"
    r"\b(?:resign|resigns|resigned|retir(?:e|es|ed|ing))\b|\b(?<!before )(?<!after )(?<!since )handing over\b|\breplac(?:e|ing) (?:him|her)\b|"
    r"\bnew head of\b|\b(?:manager|buyer|contact|purchaser|director) (?:has )?changed\b|(?:经理|采购|负责人|对接人)换了|\bwill take over (?:the|this|your|our|my) account\b|" + POST_MOVE + r"|\bmoving to (?:run|head|lead|manage) \b|\byour (?:new |main )?contact will be\b|接手(?!套|机|术)|交接给|\bjoined (?:us |the company )?(?:last|this) (?:week|month)\b|新上任|刚上任"
    r"|\btakes? over (?:the|this|your|our|my) account\b|\b(?:maternity|paternity|parental) leave\b"
    r"|(?:以后|之后|后面)[^，。]{0,6}由[^，。]{0,8}(?:对接|负责|跟进)",
)
CERT_MISSING = _rx(
    r"(?:没有|未|还没)(?:进入|纳入|列入)[^，。]{0,8}(?:名录|名单|供应商库)|"
    r"\bnot (?:yet )?(?:on|in) (?:our|the) (?:approved )?(?:vendor|supplier) list\b",
    r"(?:没有|缺|没)(?:的话)?.{0,12}(?:进不了|上不了|过不了|通不过|投不了|不能(?:卖|进|上架|投标)|不让|清不了关)|(?:认证|证书).{0,6}(?:还没|没下来|在办)",
    r"(?:证书|认证|检测报告).{0,8}(?:过期|失效)|(?:certificate|certification|test report).{0,12}expired",
    r"\b(?:don'?t|do not|doesn'?t|does not) (?:yet )?have (?:the |a |your )?(?:[\w-]+ ){0,2}(?:test report|certificate|"
    r"certification)|\bwon'?t (?:sign|list|accept) (?:it )?without\b",
    r"\b(?:cannot|can'?t|won'?t be able to) (?:launch|list|sell|import|clear customs)\b.{0,20}\bwithout\b|"
    r"\bwithout (?:it|them|this|that)\b.{0,40}\b(?:block|reject|refuse|hold|stop|can'?t|cannot|won'?t)\w*|"
    r"(?:没有|没)[^，。]{0,12}的话[^，。]{0,8}不(?:好|能|行)|"
    r"\bwithout (?:the )?(?:GS|CE|UL|FCC|BIFMA|FDA|REACH|RoHS|ETL|certif\w*)\b|"
    r"\b(?:GS|CE|UL|BIFMA|FDA|ETL) (?:certificat\w+ )?(?:is |are )?(?:missing|not (?:yet )?(?:ready|available))",
)
DECISION = _rx(
    r"(?:得|要|需要|必须)(?:我们)?(?:老板|领导|总经理|董事长|总部|采购总监)(?:签字|签|批|同意|点头|拍板)",
    r"(?:回去|还得|还要|得先|要先|需要|得|要)(?:跟|和|向|给|找)(?:我们)?(?:集团|公司)?(?:老板|领导|总经理|董事长|总部|采购总监|"
    r"财务总监|上面|采购委员会|委员会|董事会|上级)(?:商量|汇报|请示|确认|申请|过一下|审|批)",
    r"决定权在|拍板的是|说了不算|做不了主|要走(?:集团)?(?:招标|审批|流程)|"
    r"(?:问问|问一下|请示)(?:我们)?(?:的)?(?:老板|领导|财务总监|采购总监|总监|总经理|董事长|上面)",
    r"\b(?:CEO|boss|director|owner|board|management|CFO)\b.{0,60}\bbefore (?:signing|sign(?:s|ing)? off|approv\w+)",
    r"\b(?:boss|director|CEO|owner|head office|board) (?:has|needs?|must|will have) to (?:sign|approve)\b",
    r"\b(?:the )?(?:decision|final say|sign-?off) (?:is|lies|rests) with\b|\bnot my (?:decision|call)\b",
    r"(?:要|得|需要?|还要|还得|等)(?:我们|我们的)?(?:老板|领导|总经理|老总|总监|董事会|财务|总部|上面)(?:的)?(?:审批|批准|签字|"
    r"同意|拍板|点头|签)",
    r"\b(?:CFO|CEO|COO|boss|board|owner|director|finance|management|head office|procurement|MD)\b (?:still )?"
    r"(?:has|have|needs?|must|wants?) to (?:approve|sign|sign off|agree|decide|see|review)",
    r"waiting (?:for|on) (?:the |our |their )?(?:\w+ )?(?:approval|sign-?off)|sign-?off from|"
    r"\bneeds? (?:their|his|her|the board'?s?|board|management|final) approval\b|"
    r"(?:签字|拍板|决定|签合同)[^，。]{0,6}(?:要|得)等|\bwait (?:for|until) (?:him|her|the boss|our \w+) to (?:sign|approve|come back)",
    r"(?:财务|法务|老板|领导|总部|上面|董事会)(?:那边|那里)?(?:过一下|审一下|批一下|走(?:个|一下)?流程)|"
    r"(?:法务|律师|财务|风控)[^，。]{0,20}(?:有意见|还有意见|要审|审核|没通过|不同意)|(?:跟|向|找)(?:我们)?(?:老板|领导|总经理|上面)(?:去)?争取|"
    r"\b(?:legal|lawyers?|compliance team|finance)\b.{0,30}\b(?:objects?|objections?|concerns?|review|not happy)\b",
    r"\b(?:discuss|check|talk|speak|confirm|run)\w* (?:it |this |that )?(?:with|by|to) (?:my|our) (?:\w+ )?"
    r"(?:CFO|CEO|COO|GM|owner|boss|board|director|management|partners?)\b",
)
DISPUTE = _rx(
    r"(?:这个|这笔|这|那)?(?:我们)?(?:不接受|接受不了|不能接受)|(?:觉得|认为|很|太)?不合理|说不过去|没道理|"
    r"\bunreasonable\b|\bnot fair\b|\bunfair\b|\bnever (?:got|received) the (?:credit note|refund|compensation)|\bnot acceptable\b|\bwon'?t accept\b|\bwe don'?t accept\b"
)
TIMELINE = _rx(
    r"(?:arrive|deliver\w*|ship\w*|land\w*) (?:after|later than)\b|\b(?:window|timeline|schedule) is (?:very |too )?tight|"
    r"\bcannot sell (?:them|it)\b|\bmiss (?:the|our) (?:season|window|launch|deadline)",
    r"(?:发不了|到不了|赶不上|来不及|交不了)的话|只能推(?:到|迟)|推到明年|签不下来|\b(?:is|are|will be) at risk\b|错过(?:旺季|季节|档期|销售季)|(?:晚于|超过).{0,8}就(?:卖不了|没法卖|来不及)|时间(?:太|很|非常)?紧|"
    r"(?:到港|船期|交期|工期|排产|货期|时间)[^，。]{0,3}(?:比较|有点|很|非常|太)紧|\bafter (?:our|the) (?:launch|deadline|season)\b",
)
SAMPLE_ASKED = _rx(r"样品|样|色卡|试用|测试|samples?|swatch\w*|prototypes?|\btest|\btrial")
PLEASED = _rx(
    r"没问题|不错|满意|很好|挺好|达标|合格|通过|可以|OK|fine|good|great|love|liked?\b|happy with|passed"
)
PRICE_HIGH = _rx(
    r"(?:\d|[块元]|价格|价钱|报价).{0,4}(?:太高|偏高|高了|有点高|还是高|比较高)|差(?:太多|很多|得多|不少)|差距(?:太大|很大)",
    r"比(?:我们的?)?(?:目标价?|预算|心理价位?|现在|现有|目前).{0,6}(?:高|贵)|\b(?:price|quote|offer)\b.{0,25}\b(?:higher|more expensive) than\b|(?:再|还要再?)压一?压|再(?:降|便宜|低)一?(?:点|些)|高(?:了|出)?不少|\babove (?:our|their|the) (?:budget|target)\b|\b(?:hard|difficult|impossible) to justify\b|"
    r"\bcan'?t justify\b|\btoo expensive\b",
)
PAYMENT_GAP = _rx(
    r"(?:账期|付款方式|预付|定金|全款).{0,10}(?:不行|做不到|接受不了|不能接受|没办法)|(?:做不了|接受不了)(?:预付|全款|定金)",
    r"\bonly (?:allows?|accepts?|pays?|works? with)\b.{0,20}\b(?:days|net)\b|"
    r"\b(?:insists?|insisting|requires?|only accepts?)\b.{0,20}\b\d+[- ]?days?\b|账期(?:必须|一定要|坚持)|"
    r"只(?:走|做|接受|能做)(?:月结|账期|\d+天|[一二三四五六七八九十]+天)|"
    r"\b\d+[- ]?days?\b.{0,20}\b(?:not possible|not acceptable|too short|doesn'?t work|won'?t work|not workable|unworkable)\b|"
    r"\b(?:payment terms|prepayment|deposit|upfront)\b.{0,30}\b(?:not possible|not acceptable|can'?t|cannot)\b",
)
CHURN_SOFT = _rx(
    r"(?:可能|只能|只好|就)(?:就)?(?:先)?(?:用|找|换|回到?)(?:回)?(?:老|原来的|别的|其他)(?:供应商|厂家|工厂|那家)",
    r"\b(?:stay|stick|go back) with (?:our|the) (?:current|existing|old|other) (?:supplier|vendor)\b",
)


CHECKING = _rx(r"\bcheck (?:whether|if)\b|\bsee (?:whether|if)\b|看看(?:能不能|是否|可不可以)|问问")
ASSENT = _rx(r"^(?:可以|行|同意|成交|就这样|ok(?:ay)?|agreed|deal|fine by us|that works)[。！!.，,]?$")


def sample_feedback(s: Sentence, before: Sentence) -> bool:
    """Tell whether ``s`` is the customer's approval of samples we just asked about ("样品您看了吗？" → "没问题")."""
    return (
        party_of(s) != "we"
        and party_of(before) == "we"
        and before.text.rstrip().endswith(("?", "？", "吗"))
        and bool(SAMPLE_ASKED.search(before.text) and PLEASED.search(s.text))
        and not REFUSED.search(s.text)
    )


def accepts(s: Sentence, before: Sentence) -> bool:
    """Tell whether ``s`` is the customer's bare assent ("可以。") to our proposal just before it."""
    return (
        party_of(s) != "we"
        and party_of(before) == "we"
        and bool(ASSENT.search(s.text.strip()))
        and not before.text.rstrip().endswith(("?", "？"))
        and not re.search(r"申请|问一?下|回(?:话|复)|确认一下|\b(?:get back|check|ask)\b", before.text, re.I)
    )  # "行。" after "我跟老板申请，明天给您回话" acknowledges a promise, it agrees nothing


def event_in(text: str) -> bool:
    """Tell whether ``text`` reports an event that happened (approved, paid, ordered, received)."""
    kinds = dict(MOVEMENT)
    return bool(DONE_BEFORE.search(text) and any(kinds[k].search(text) for k in EVENTS))


def extra_risks(s: Sentence) -> list[str]:
    """Risk categories of ``s`` that the plain word lists miss (see the module docstring)."""
    them = party_of(s) != "we"
    out = []
    if them and COMPETITOR_QUOTE.search(s.text):
        out.append("competitor")
    if CONTACT_CHANGE.search(s.text):
        out.append("contact_change")
    if CERT_MISSING.search(s.text) and (them or "没" not in s.text):
        out.append("compliance")
    if them and DECISION.search(s.text):
        out.append("decision_maker")
    if them and PAYMENT_GAP.search(s.text):
        out.append("payment")
    if them and CHURN_SOFT.search(s.text):
        out.append("churn")
    if TIMELINE.search(s.text):
        out.append("delivery")
    if them and (DISPUTE.search(s.text) or PRICE_HIGH.search(s.text)):
        out.append("price")
    if (
        party_of(s) == "we"
        and re.search(r"最低|最多|lowest|at most|best we can", s.text, re.I)
        and (REFUSED.search(s.text) or "困难" in s.text)
    ):  # "二百六有点难，我们最低二百八": the gap between target and floor; "60天困难，最多45天": terms
        out.append("payment" if re.search(r"\d+\s?天|账期|\bdays\b|terms", s.text) else "price")
    return out


def movement(s: Sentence) -> str | None:
    """Return the progress kind of a sentence that reports movement, else ``None``."""
    if SENT.search(s.text) and not lx.FUTURE.search(s.text.replace("请查收", "")):
        sent = next(
            (k for k, rx in lx.PROGRESS if k not in ("meeting", "commitment") and rx.search(s.text)), None
        )
        if sent or not CERT_SENT.search(s.text):
            return sent
        return "stage_signal"  # "I have attached the OEKO-TEX certificates": what was missing is provided
    if (
        lx.REQUEST.search(s.text)
        and not re.search(r"就按|agreed|go ahead\b", s.text, re.I)
        and not event_in(s.text)  # "合同已盖章回传，请安排定金": the contract is done
    ):
        return None
    for kind, rx in MOVEMENT:
        if rx.search(s.text):
            if kind == "concession" and (
                party_of(s) != "we" or REFUSED.search(s.text) or CHECKING.search(s.text)
            ):
                continue
            return kind
    if party_of(s) != "we" and RECEIVED_PLEASED.search(s.text.strip()):
        return "sample"
    return None

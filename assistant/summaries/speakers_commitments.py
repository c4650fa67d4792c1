"""Who owns the action in a sentence: the one who committed to it, not the one who asked for it.

"王总：下周三前把报价单发我" — the customer asks, so the step is OURS (we send the quote).
"I will escalate … a written proposal by tomorrow" from our rep is ours; "我们争取下周三之前把
框架协议草稿发给您" from our manager is ours. A customer's "otherwise we will have to review
our supplier list" is the customer's own and *conditional*: a threat, not a next step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from assistant.text import lazy_re
from assistant.text.chat_spaces import ZH_SPACE
from assistant.text.conversation import Party, Sentence

_OTHER: dict[Party, Party] = {"we": "customer", "customer": "we", "unknown": "unknown"}
_YOU = r"(?:您|你们|你|贵司|贵公司|贵方)"
_ME = r"(?:我|我们|我方|咱们|我这边|我们这边|我司)"
_VERB = r"(?:发|寄|给|回复|答复|告诉|通知|联系|报|回|反馈|提供|传|转|打电话|汇报|更新)"

SELF_OBJECT = lazy_re.compile(  # the speaker acts toward the addressee: "发给您", "send you", "get back to you"
    rf"{_VERB}(?:给|到)?{_YOU}|给{_YOU}(?:{_VERB}|做|看|打|准备|申请|争取|留)|帮{_YOU}"
    r"|\b(?:send|sent|get back to|update|call|contact|email|ship to|forward|provide)\s+(?:you|to you)\b"
    r"|\blet you know\b|\bkeep you (?:posted|updated)\b",
    re.I,
)
_NOT_OUR_BOSS = r"(?!的?(?:老板|领导|[\u4e00-\u9fff]?总|[\u4e00-\u9fff]?经理|总监)(?:审|批|签|定))"
""""报给我们周总批": the speaker's own boss is the object, not the speaker's side asking to be sent something."""
REQUEST_OBJECT = lazy_re.compile(  # the addressee is asked to act for the speaker: "发我", "send me", "let me know"
    rf"{_VERB}(?:给|到)?(?:我|我们|我方|我司)(?![们方司这]){_NOT_OUR_BOSS}|给(?:我|我们)(?:{_VERB}|个|一个|一份|看)"
    r"|\b(?:send|show|tell|email|forward|ship|provide)\s+(?:me|us)\b|\blet (?:me|us) know\b"
    r"|\bgive\s+(?:me|us)\b(?!\s+(?:until|till|a (?:day|few days|week|moment)|some time|the weekend)\b)"
    r"|\bget back to (?:me|us)\b|\bkeep (?:me|us) (?:posted|updated)\b",
    re.I,
)
SELF_SUBJECT = lazy_re.compile(
    rf"{_ME}(?:这边|那边)?(?:会|将|要|争取|尽快|马上|立刻|今天|今晚|明天|后天|下周|周[一二三四五六日]|月底|回头|稍后"
    rf"|先|来|去|回去|再|安排|负责|准备|可以|能|得(?!到)|跟|和|去|内部|申请|确认|核实|查|问|商量|讨论|研究|考虑|评估|这周|本周|下午|上午)"
    rf"|{_ME}(?:这边)?[\u4e00-\u9fff]{{1,2}}(?:完[\u4e00-\u9fff]{{0,2}}?|好[字章]?)(?:之?后|以后)?(?:就|马上|立刻|再|今天|今晚|明天|后天|下周|周[一二三四五六日])"
    r"|(?:我|我们)(?![们之以])[\u4e00-\u9fff]{1,3}?(?:之前|以前)(?:就|会|先|一定)?(?![你您他她贵])[\u4e00-\u9fff]"  # "我走之前签掉"
    rf"|{_ME}(?:这边)?(?:让|叫(?=工厂|车间|技术|同事|财务|仓库|工程师|质检|师傅))(?!{_YOU}|我)"  # "我让工厂出个报告": ours
    r"|让我|\b(?:i|we)(?:'ll|\s+will|\s+shall|\s+am going to|\s+are going to|'m going to|'re going to"
    r"|\s+can|\s+could|\s+would(?!\s+(?:also\s+|really\s+)?(?:like|love|prefer|appreciate|rather|want))|\s+need to (?:check|discuss|confirm|ask|talk|review|get))\b"
    r"|\blet me(?! know)\b|\blet us(?! know)\b|\blet's\b",
    re.I,
)
REQUEST_SUBJECT = lazy_re.compile(
    rf"(?<![申邀])请(?!问|教|示|假|客)|麻烦|劳驾|帮(?:我|忙)|(?:尽快|赶紧|抓紧|早点)(?:发货|出货|寄|安排|给我)|(?<!看)能不能|(?<!看)可不可以|能否|可否|是否可以|希望{_YOU}|需要{_YOU}|等{_YOU}"
    rf"|(?<![我们])最好(?!是|的)|{_YOU}(?:那边|这边)?(?:要(?!的)|得|需要|尽快|先|能|可以|帮|把|最好|下周|明天|今天|后天|什么时候|何时|方便)"
    rf"|(?<![给帮跟和])(?<!发给){_YOU}(?=[^，。,.!?！？]{{0,12}}(?:前|之前|以前))"  # "你们9月20日之前一定要…"
    r"|\b(?:please(?! (?:note|find|see|be (?:informed|advised)))|kindly|could you|can you|would you|will you"
    r"|need you to|you (?:need|have) to|we need (?:the|your|it|them|a|an)|waiting for your|when (?:can|will) you)\b",
    re.I,
)
CONDITIONAL = lazy_re.compile(
    r"否则|不然|要不然|(?:如果|要是|假如|万一|再这样).{0,20}(?:就|只能|只好|只得)|(?<!不能)(?<!不要)(?<!不会)(?<!别)再(?:出|有|发生|来)(?:一次|这种|这样)[^，。]{0,6}(?:事|问题|情况)|除非|\botherwise\b|\bor else\b"
    r"|\bunless\b|\bif (?:not|you (?:don't|can't|cannot))|\bif\b[^.?!]{0,80}\bwe(?:'ll| will| would)?"
    r" (?:have to|need to|be forced to|must)\b",
    re.I,
)


@dataclass(frozen=True)
class Commitment:
    """Who does what a sentence commits to.

    Attributes:
        owner: The side that acts (``unknown`` when the speaker's side is not known).
        owner_name: The speaker's name when they committed themselves; the addressee's when known.
        addressee: The side the speaker talks to.
        kind: ``self`` (the speaker commits), ``request`` (the speaker asks the other side) or
            ``none`` (no cue either way; the speaker's side by default).
        conditional: "otherwise we will …": a condition or threat rather than a plan.
    """

    owner: Party
    owner_name: str | None
    addressee: Party
    kind: Literal["self", "request", "none"]
    conditional: bool = False


_OUR_BOSS = lazy_re.compile(r"给(?:我们|我司|咱们)的?(?:老板|领导|[\u4e00-\u9fff]?总|[\u4e00-\u9fff]?经理|总监)")
_THIRD = lazy_re.compile(
    r"(?<![其])(?:她|他|它)(?:们)?(?:说|讲|答应|表示)?|\b(?:she|he|they) (?:said|says|will|would|promised)\b"
    r"|(?<!could )(?<!can )\b(?:i|we)(?:'ll| will| shall)?\s+(?:(?!you\b|like\b)\w+\s+){0,8}?(?:ask|check|see|find out)\s+(?:whether|if)\s+"
    r"(?:she|he|they|it)\b",  # "I will also … ask whether they can give us…"; not "Ask whether they can…"
    re.I,
)


def _first(rx: re.Pattern[str], text: str) -> int | None:
    m = rx.search(text)
    return m.start() if m else None


_CLAUSE = lazy_re.compile(rf"[，,;；]\s*(?!\d{{3}}\b)|{ZH_SPACE}")  # "今天我让财务把定金打过去 合同你发我": two
_WHEN = lazy_re.compile(
    r"今天|今晚|明天|后天|[本下这]周|周[一二三四五六日天]|月底|[0-9一二三四五六七八九十]+[号日]"
    r"|\b(?:today|tonight|tomorrow|by|before|next week|(?:mon|tues|wednes|thurs|fri)day)\b",
    re.I,
)


def commitment_kind(text: str) -> Literal["self", "request", "none"]:
    """Whether ``text`` commits its speaker (``self``), asks the addressee (``request``), or neither.

    Read clause by clause: when clauses disagree ("拍个照给我，我今天就安排补发"), the one with a
    time of its own decides, else the speaker's own commitment ("那我回去评估一下，最好拍几张照片给我").
    """
    kinds = [(k, part) for part in _CLAUSE.split(text) if (k := _clause_kind(part)) != "none"]
    if len({k for k, _ in kinds}) < 2:
        return kinds[0][0] if kinds else _clause_kind(text)
    dated = {k for k, part in kinds if _WHEN.search(part)}
    return dated.pop() if len(dated) == 1 else "self"


_PERSON = lazy_re.compile(rf"{_ME}|{_YOU}|\b(?:i|we|you|me|us)\b", re.I)


def last_kind(lead: str) -> Literal["self", "request", "none"]:
    """Return the kind of the last clause of ``lead`` whose cue names a person ("你们尽快注册，" → ``request``).

    A cue naming nobody ("15%预付的话能不能做") only asks whether; the clause before it may still decide.
    """
    for part in reversed(_CLAUSE.split(lead)):
        if (k := _clause_kind(part)) != "none" and _PERSON.search(part):
            return k
    return "none"


# "跟仓库确认能不能先发一半", "问问车间可不可以加班": the speaker asks a third party whether, on their own errand
_ASKS_WHETHER = lazy_re.compile(
    r"(?:确认|核实|核对|问问?|询问|打听|了解|商量|沟通)(?:一下)?[\u4e00-\u9fff]{0,4}?"
    r"(?:能不能|可不可以|能否|可否|是否(?:可以|能))"
)

# …only with a first-person subject or a third party doing the checking ("我再跟仓库确认", "问问车间可不可以")
_OWN_ERRAND = lazy_re.compile(
    rf"{_ME}[^，。,；;]{{0,6}}?(?:确认|核实|核对|问|询问|打听|了解|商量|沟通)"
    r"|(?:跟|和|向)[\u4e00-\u9fff]{1,4}?(?:确认|核实|核对|问|询问|打听|了解|商量|沟通)"
    r"|(?:问问?|询问)(?!一下)[\u4e00-\u9fff]{1,4}?(?:能不能|可不可以|能否|可否|是否)"
)


def _clause_kind(text: str) -> Literal["self", "request", "none"]:
    if _OWN_ERRAND.search(text) and not re.search(rf"{_YOU}|劳烦|麻烦|烦请|辛苦|帮|请", text):
        text = _ASKS_WHETHER.sub("确认", text)  # not "您问问老板能不能…", "明天前确认能不能下单哈"
    s_obj, r_obj = _first(SELF_OBJECT, text), _first(REQUEST_OBJECT, text)
    if r_obj is not None and (third := _first(_THIRD, text)) is not None and third < r_obj:
        r_obj = None  # "她说周五才能给我": a third person acts for the speaker, nobody is asked
    if r_obj is not None and (me := _first(SELF_SUBJECT, text)) is not None and me < r_obj and _OUR_BOSS.search(text):
        r_obj = None  # "我要报给我们领导": the speaker takes it to their own boss
    if s_obj is not None or r_obj is not None:
        if r_obj is None or (s_obj is not None and s_obj < r_obj):
            return "self"
        return "request"
    s_sub, r_sub = _first(SELF_SUBJECT, text), _first(REQUEST_SUBJECT, text)
    if s_sub is None and r_sub is None:
        return "none"
    if r_sub is None or (s_sub is not None and s_sub < r_sub):
        return "self"
    return "request"


_OUR_SUBJECT = lazy_re.compile(r"^(?:\d+[.、)]\s*)?(?:我方|我司|我们公司)")
_THEIR_SUBJECT = lazy_re.compile(r"^(?:\d+[.、)]\s*)?(?:对方|客户(?!说)|他们(?:那边|公司)?)(?!.{0,4}(?:给|发)我)")


def _subject_side(text: str) -> Party:
    """Return the side a note names as the subject ("我方…" → ``we``, "对方…" → ``customer``), else ``unknown``."""
    t = text.strip()
    return "we" if _OUR_SUBJECT.match(t) else "customer" if _THEIR_SUBJECT.match(t) else "unknown"


def commitment_owner(
    sentence: Sentence, party: Party | None = None, *, addressee_name: str | None = None, lead: str = ""
) -> Commitment:
    """Who owns the commitment in ``sentence``: the side that committed, not the side that asked.

    Args:
        sentence: A sentence of the conversation.
        party: The speaker's side (default: ``sentence.role``).
        addressee_name: The other side's speaker when one person is talked to (for ``owner_name``).
        lead: Its sentence's text before it: a clause without a cue continues the last cue there.

    Returns:
        The owner, the addressee, how it was read and whether it is conditional. Examples:
        customer "下周三前把报价单发我" → owner ``we`` (request); our rep "I will send you the
        proposal by tomorrow" → owner ``we`` (self); customer "we will review our supplier list
        otherwise" → owner ``customer``, conditional.
    """
    side: Party = party or sentence.role
    if side == "unknown":  # notes without speakers: "我方下周一前把合同发过去；对方收到合同后付定金"
        side = _subject_side(sentence.text)
    # third-person notes ("吴工下周一前把检验标准发给我们"): the named person acts, nobody is asked
    kind = "self" if sentence.party_source == "subject" else commitment_kind(sentence.text)
    if kind == "none" and lead and not _PERSON.search(sentence.text):  # "我走之前签掉" has its own subject
        kind = last_kind(lead)
    conditional = bool(CONDITIONAL.search(sentence.text))
    if kind == "request":
        return Commitment(_OTHER[side], addressee_name, _OTHER[side], kind, conditional)
    return Commitment(side, sentence.speaker, _OTHER[side], kind, conditional)

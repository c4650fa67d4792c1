"""Numbers that are not contact details, and digits written so a phone detector misses them.

* :func:`plausible_phone` turns down a phone-shaped match that is a record id (C00041,
  SO-0000870, 订单号 …, contract/reference …, alert #15), a date or a time (2026-11-25
  10:30), an amount (13,812,345), or a company line named as one ("our office at +86 21
  …"; never a mobile): the digits follow an id word, a letter prefix or an office word,
  or contain a date, a time or thousands separators, or a unit or currency follows them
  ("13812345678 units", "… 元"); id words include German, French, Spanish and Italian
  ones (Kundennummer, Auftrag, Rechnung, commande, facture, n°, pedido, fattura).
* A number a label names as a part or item id is never a contact, however its digits are
  grouped: "零件号 138-1234-5678", "料号：139 1234 5678", "物料编码为…", "Part number …",
  "P/N …", "SKU …", "item code …", "the SKU for the blue one is …", a list after one label
  ("料号 A、B 和 C", "part numbers A and B"), or a label right after the number ("… 是料号",
  "… (part no.)"). The label scopes the number only within its sentence, when no contact
  word (电话, 手机, 微信, 加我, call, phone, WhatsApp, text me …) stands between them, and
  never a number written with a country code (``+86 …``): no part number starts with one.
* Record labels scope numbers the same way: serial (and serial ranges "序列号 A 到 B"),
  drawing, case, RMA, ticket, batch, tracking and waybill numbers, and customer, member,
  account and invoice references ("account ref is …", "客户号 …", "会员号：…"), unless a chat
  app names the account ("WhatsApp account number …"). A label alone at the end
  of its line ("RMA:" then a line break) names the number on the next line.
* A North American number grouped 1-3-3-4 ("+1 (312) 555-0176", "1-800-555-0199") is
  not a Chinese mobile though its digits look like one: a toll-free one is always a
  company line, and an office word ("our Chicago office", "main line") makes any other one
  a company line too, unless the office is ruled out ("text my cell, not the office line: …").
* A European landline written with ``+`` in a company context ("ACME GmbH, Tel +49 30 …")
  is a company line (:mod:`assistant.compliance.landlines`); a mobile never is.
* :func:`expand_repeats` writes "三个八" (three eights) out as "888" and "两个零" as
  "0 0", keeping the length, so "138三个八5678" is read as the number it spells.

Detectors call both on their length-preserving translation, so offsets stay those of
the original text.
"""

from __future__ import annotations

import re

from assistant.compliance.landlines import company_landline, personal_cue
from assistant.text import lazy_re

_ID_BEFORE = lazy_re.compile(
    r"(?:编号|单号|订单|合同|工号|批号|批次|税号|账号|帐号|发票|告警|报警|提醒|柜号|运单|快递|序列号|型号|货号|线索|商机|工单|"
    r"档案|记录|流水|凭证|票号|"
    r"(?<!handy)(?<!telefon)(?<!mobil)(?<!ruf)(?<!fax)nummer|auftrag|bestellung|kunden-?nr|rechnung|lieferschein|commande|facture|"
    r"n°|dossier|pedido|factura|fattura|ordine|\bsn|\bs/n|\bserial|"
    r"\bcontract|\breference|\btransaction(?: id)?|\btracking number|\bid|\bno|\bnr|\bref|\bpo|\bso|\binv|\bsku|\blot|\border|\balert|\bticket|\binvoice|\btracking|\bcase|\bbatch|"
    r"[a-z]{1,6}[\-_/]|#)号?(?:是|为)?[\s:：#.\-_]*$"
)
_DATE_OR_TIME = lazy_re.compile(
    r"(?:19|20)[0-9]{2}\s*[\-/.年]\s*[0-9]{1,2}|[0-9]{1,2}\s*[:：]\s*[0-9]{2}|[0-9]{1,2}\s*月\s*[0-9]{1,2}"
)
_AMOUNT = lazy_re.compile(r"[0-9]{1,3}(?:,[0-9]{3}){2,}")
# A quantity or an amount: a unit or a currency right after the number ("13812345678 units", "… 元").
_UNIT_AFTER = lazy_re.compile(
    r"\s?(?:units?|pcs|pieces|sets|cartons|ctns|cents|eur|usd|rmb|cny|gbp|kgs?|tons?|件|套|箱|元|块|美元|欧元|吨)(?![a-z])"
)
_REPEAT = lazy_re.compile(r"([23两])个([0-9])")
LOOK_BACK = 17
# A company line named as such ("call our office at +86 21 …", "客服热线 400-…") is not a personal
# contact; a mobile number is personal whatever it is called.
_OFFICE_BEFORE = lazy_re.compile(r"office|hotline|front desk|reception|customer service|support line|(?:support|help|service) ?desk|switchboard|main line|"
                            r"company line|sales line|service line|toll[\s\-]?free|headquarters|\bhq\b|"
                            r"前台|总机|客服|热线|公司电话|座机|办公室")  # fmt: skip
# A North American number: 1, an area code and an exchange that do not start with 0 or 1, grouped
# 1-3-3-4 ("+1 (312) 555-0176", "1-800-555-0199"). Its eleven digits can look like a Chinese
# mobile (1 3xx …), but it is grouped differently; a toll-free one is always a company line.
_NANP = lazy_re.compile(r"^(?:\+\s*)?1[\s\-.]*\(?[2-9][0-9]{2}\)?[\s\-.]*[2-9][0-9]{2}[\s\-.]*[0-9]{4}$")
_NANP_GROUPED = lazy_re.compile(r"^(?:\+\s*1|1[\s\-.(])")
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_MOBILE = lazy_re.compile(r"(?:0{0,2}86)?1[3-9][0-9]{9}")
OFFICE_LOOK_BACK = 30
# An office word ruled out just before it: "text my cell, not the office line: …" names a personal number.
_NOT_OFFICE = lazy_re.compile(
    r"(?:\bnot|\bnever|instead of|rather than|不是|不要|别打|别用|而不是)\s*(?:the |our |my |to the |打)?$"
)
_ZH_PART = (
    r"(?:[零0]件|部件|配件|备件|物料|材料|商品|产品|存货|货品|品|料|图|款|规格)(?:号码|编码|编号|代码|号|码)"
)
_EN_PART = (
    r"\b(?:part|item|article|product|material|model|catalog(?:ue)?|stock|spare part|component)s?"
    r"\s?(?:numbers?|nos?\b\.?|codes?|ids?|#)|\bp/?n\b|\bmpn\b|\bskus?\b|\bupc\b|\bean\b"
)
# Record labels that scope a number (or a range, or a list) like a part label does: serial,
# drawing, case, RMA, ticket, batch and tracking numbers.
_ZH_RECORD = (
    r"序列号|串号|图号|图纸号|图纸编号|案号|案件号|案件编号|工单号|服务单号|维修单号|返修单号|退货单号|批次号|批号|"
    r"运单号|快递单号|物流单号|追踪号|跟踪号|单号|编号|客户号|客户代码|会员号|会员卡号|户号|发票号|合同号|参考号|"
    r"提单号|箱号|柜号|集装箱号|海关编码|商品编码|hs编码|报关单号|预约号|确认号|流水号|凭证号"
)
_EN_RECORD = (
    r"\bserials?(?:\s?(?:numbers?|nos?\b\.?|#))?|\bs/n\b|\bdrawings?(?:\s?(?:numbers?|nos?\b\.?|#))?|\bdwg\b"
    r"|\b(?:case|claim|incident|ticket|rma|batch|lot|tracking|waybill|order|invoice|docket)s?\s?(?:numbers?|nos?\b\.?|#|ids?)"
    r"|\b(?:rma|tickets?|batch(?:es)?|tracking|waybill|awb)\b"
    r"|\b(?:account|customer|client|member(?:ship)?|contract|quote|po)\s?(?:ref(?:erence)?|numbers?|nos?\b\.?|#|ids?)"
    r"|\b(?:our|your)\sref(?:erence)?\b"
    r"|\b(?:containers?|cntrs?|hs|hts|booking|confirmation|reservation|b/l|bol|bill of lading|customs entry"
    r"|purchase orders?|parts?|items?)"
    r"(?:\s?(?:numbers?|nos?\b\.?|codes?|refs?|#|ids?))?\b"
)
# A record label that belongs to a chat app names an account there ("WhatsApp account number …"), not a record.
_APP_BEFORE = lazy_re.compile(r"(?:whatsapp|wechat|telegram|signal|skype|line|qq|微信|vx|wx)\s*$")
_PART_LABEL = lazy_re.compile(rf"{_ZH_PART}|物料|条形?码|{_EN_PART}|{_ZH_RECORD}|{_EN_RECORD}")
_PART_AFTER = lazy_re.compile(
    rf"^[\s(（\[:：,，\-]*(?:is|was|are|是|为|系)?\s*(?:the|our|its|a|an|这个|该)?\s*(?:{_ZH_PART}|{_EN_PART})"
)
# What ends a label's scope: a sentence break, or a word that introduces a contact.
_SCOPE_ENDS = lazy_re.compile(
    r"[。！？!?；;\n]|\.\s|电话|手机|联系|致电|拨|打给|打我|请打|打这|找我|微信|vx|wx|加我|座机|私人|个人|我的号|号码是|"
    r"\b(?:call|phone|mobile|cell|tel|whatsapp|wechat|text|reach|contact|ring|dial|personal|private)\b|\bme (?:at|on)\b"
    r"|\bmy (?:own )?(?:number|line)\b"
)
PART_LOOK_BACK = 48
# A label alone at the end of its line, maybe with "码"/"如下"/"is below" after it, names the next line's number.
_LABEL_LINE_END = lazy_re.compile(
    r"^(?:号码|码)?(?:\s?(?:numbers?|nos?\.?|#))?[ \t:：#.\-_号]*"
    r"(?:(?:如下|是|为|is|was|are|as follows|below|is below|here)[ \t:：]*)?\n"
)


def _office_line(folded: str, start: int) -> bool:
    """Whether an office word comes just before ``start`` and is not ruled out ("not the office line")."""
    window = max(0, start - OFFICE_LOOK_BACK)
    office = _OFFICE_BEFORE.search(folded, window, start)
    return (
        office is not None and _NOT_OFFICE.search(folded, max(0, office.start() - 16), office.start()) is None
    )


def plausible_phone(folded: str, start: int, end: int) -> bool:
    """Whether the phone-shaped match ``folded[start:end]`` can be a phone number (see the module docstring)."""
    if _ID_BEFORE.search(folded[max(0, start - LOOK_BACK) : start]) or _part_id(folded, start, end):
        return False
    span = folded[start:end]
    digits = re.sub(r"[^0-9]", "", span)
    nanp = _NANP.match(span.strip()) is not None and _NANP_GROUPED.match(span.strip()) is not None
    if nanp and digits[1:4] in _TOLL_FREE:
        return False
    mobile = not nanp and _MOBILE.fullmatch(digits) is not None
    office = _office_line(folded, start)
    if office and not mobile and not personal_cue(folded, start):
        return False
    if company_landline(folded, start, end):
        return False
    if _UNIT_AFTER.match(folded, end):
        return False
    return _DATE_OR_TIME.search(span) is None and _AMOUNT.search(span) is None


def _part_id(folded: str, start: int, end: int) -> bool:
    """Whether a part/item label names ``folded[start:end]`` as an id (see the module docstring)."""
    if "+" in folded[start:end]:
        return False
    if _PART_AFTER.search(folded[end : end + 24]):
        return True
    window = folded[max(0, start - PART_LOOK_BACK) : start]
    last = None
    for last in _PART_LABEL.finditer(window):  # noqa: B007 - the last label before the number
        pass
    if last is None or _APP_BEFORE.search(window[max(0, last.start() - 12) : last.start()]):
        return False
    rest = window[last.end() :]
    rest = _LABEL_LINE_END.sub("", rest, count=1)  # a label alone on its line names the next line's number
    return _SCOPE_ENDS.search(rest) is None


def _spell(m: re.Match[str]) -> str:
    count, digit = m.group(1), m.group(2)
    return digit * 3 if count == "3" else f"{digit} {digit}"


def _spell_tight(m: re.Match[str]) -> str:
    return m.group(2) * (3 if m.group(1) == "3" else 2)


def expand_repeats(text: str, *, keep_length: bool = True) -> str:
    """Write "3个8" as "888" and "2个8"/"两个8" as "8 8" (same length), or "88" when not ``keep_length``."""
    if "个" not in text:
        return text
    return _REPEAT.sub(_spell if keep_length else _spell_tight, text)

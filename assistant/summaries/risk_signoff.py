"""Someone else on the customer's side still has to sign or approve: a decision-chain risk (issue 14).

"合同得两个合伙人都签字", "Our treasurer approves every refund", "Tom runs the budget and has to approve
the layout" name a person, role or group other than the speaker whose signature or approval the deal
waits for. The classifier often reads them as a next step (a signing to come) or as nothing; they are
who decides, not an errand of either side. The speaker's own signing ("合同我周五签好寄回", "we have
to sign the NDA first"), a request to us ("could you approve the artwork") and an approval already
given ("老板已经签了") are none of it.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

# who, on their side, can still be waited for: owners, partners, officers, boards, family, a 某总
_SIGNER_ZH = (
    r"(?:股东|合伙人|董事|老板|领导|总经理|经理|总监|财务|法务|会计|出纳|上面|上级|总部|集团|母公司|"
    r"老公|老婆|爱人|家里|甲方|业主|会长|院长|校长|局长|主任|[\u4e00-\u9fff]总)"
)
_SIGNOFF_ZH = lazy_re.compile(
    r"(?:要|得|需要|必须|须|还要|还得|都要|由)[^，。；？?！!]{0,10}?" + _SIGNER_ZH + r"[^，。；？?！!]{0,6}?"
    r"(?:签字|签名|签|审批|批准|批|点头|同意|拍板|盖章|过目)"
)
_SIGNOFF_EN = lazy_re.compile(
    r"\b(?P<who>[\w'-]+)(?:,? [\w'-]+){0,8}? (?:has|have|needs?|must|will have) to (?:approve|sign|ok|okay|agree to|"
    r"sign off)\b|"
    r"\b(?P<who2>[\w'-]+),? (?:signs?|approves?|okays?|OKs) (?:off )?(?:on )?(?:any|all|every|each|anything|everything)\b|"
    r"\b(?:has|have|needs?|must) to be (?:signed|approved|ok'?d)(?: off)? by\b|"
    r"\bneeds? (?:the |a )?(?:signatures?|sign-?off|approval) (?:of|from)\b",
    re.I,
)
_SELF = lazy_re.compile(r"^(?:i|we|you|us|me)$", re.I)
_DONE = lazy_re.compile(
    r"已经|已(?:签|批)|签好了|批下来了|同意了|点头了|不(?:需要|用)|无需|"
    r"\b(?:(?<!be )signed|(?<!be )approved|already|yesterday|(?:does|do|did)(?: not|n'?t) need|no longer)\b|"
    r"^(?:could|can|would|please)\b|[?？]\s*$",
    re.I,
)


def third_party_signoff(text: str) -> bool:
    """Whether ``text`` says someone other than the speaker still has to sign or approve.

    Examples: "采购单还要我们财务经理签" → True; "all four partners have to sign the lease" → True;
    "合同我周五签好寄回" → False; "we have to sign the NDA first" → False; "老板已经签了" → False.
    """
    if _DONE.search(text):
        return False
    if _SIGNOFF_ZH.search(text):
        return True
    for m in _SIGNOFF_EN.finditer(text):
        who = m.group("who") or m.group("who2")
        if who is None or not _SELF.match(who):
            return True
    return False

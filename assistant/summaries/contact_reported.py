"""A contact change told in someone's report or minutes: who leaves and the deputy who takes over (issue 14).

Meeting minutes and our own notes tell the customer's change in the third person ("韩经理透露他五月要调
去华南区，之后由他的副手孟洁对接", "Hollis Crane retires at the end of June.", "Her deputy, Ines Molnar,
will run the roll-out from July."), and a chat may say it in words the movement cues miss ("I'm stepping
down as treasurer next month"). The sentence that someone leaves is a contact-change risk whoever wrote
it down; a deputy or successor named within a few sentences after it belongs to the same risk. Our own
"我下个月调去总部" is not read here (:mod:`~assistant.summaries.contact_handover` reads the customer's).
Only a person leaving a job, role or company is read: "leaves Ironridge", "is leaving us", "retires at the
end of June", "moves to the Berlin office", "调到集团总部". Leaving a thing or a place for a while ("will
leave the samples at reception", "is leaving for lunch"), retiring a product ("retires the old model") or
moving a department, an order or goods ("Shipping moves to Building B", "调到货了") is none of it.
"""

from __future__ import annotations

from assistant.summaries.owners import party_of
from assistant.text import lazy_re
from assistant.text.conversation import Sentence

WINDOW = 3  # sentences after the move that may name who takes over

_TOLD_ZH = lazy_re.compile(  # 调到/调去 a unit of the company ("调到集团总部"), not goods or a place for the day
    r"(?:透露|表示|提到|告知|通知|说)[^，。；]{0,4}(?:他|她)[^，。；]{0,10}?(?:要|将|会|准备)?"
    r"(?:(?:调到|调去|调往)[^，。；]{0,8}?(?:总部|分公司|子公司|集团|事业部|部门|[^分]部|区|中心|分厂|岗位?|职位|团队)|"
    r"调任|调走|离职|退休|辞职|休产假|转岗)"
)
_SOON = r"\s*(?:$|[.,;!]|at the end|end of|in \w+|on \w+|next|this|after|soon|early|before|by)"
_WHEN = rf"(?={_SOON}|\s*from)"
_ROLE = (  # what a person leaves or moves to: a job, a role, the company, a unit of it
    r"(?:the |our |their |his |her |a )?(?:[A-Z][\w&-]*(?: [A-Z][\w&-]*)*|company|firm|business|group|organi[sz]ation|"
    r"(?:\w+ )?(?:job|role|post|position|team|department|division|region|branch|subsidiary|headquarters|HQ|head office)|"
    r"(?:\w+ )?office in [A-Z]\w+|[A-Z]\w+ office)\b"
)
_TOLD_EN = lazy_re.compile(
    rf"\b[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:(?:leaves|is leaving|will leave) (?:us\b|{_ROLE})|"
    rf"(?:leaves|is leaving|will leave|retires|is retiring|will retire){_WHEN}|"
    rf"(?:moves|is moving|will move|is being transferred) to {_ROLE}|is being transferred\b|"
    r"(?:steps down|is stepping down|will step down)(?= as\b| from (?:his|her|the|their) (?:\w+ )?(?:role|post|position|job|board|chair)"
    rf"|{_SOON}))|"
    r"\bI(?:'m| am| will be) stepping down\b|\bI(?:'ll| will) step down\b|"
    r"\b(?:announced|said|mentioned|told us|explained|informed us|confirmed) (?:that )?(?:he|she) (?:is|will be|'s) "
    r"(?:leaving|moving to|retiring|stepping down|being transferred|going on (?:maternity|parental) leave)\b"
)
_DEPUTY = lazy_re.compile(
    r"副手|接手|接替|(?:之后|以后|后面)[^，。；]{0,8}由[^，。；]{1,10}(?:对接|负责|跟进)|"
    r"\b(?:deputy|successor)\b|\b[A-Z][a-z]+ (?:\w+ )?(?:takes over|will take over|will lead|will run|will handle)\b",
)
_PRONOUN = ("They ", "It ", "We ", "You ", "This ", "That ", "There ", "These ", "Those ", "The ", "Our ", "Your ")
_NOT_PERSON = lazy_re.compile(  # a department, an order or goods moving: no contact change
    r"^\w+ (?:Dept|Department|Team|Order|Office|Warehouse|Shipment|Production|Line|Plant|Division)\b"
)
_UNNAMED = lazy_re.compile(r"not (?:yet )?(?:been )?(?:named|appointed|decided)|\bno (?:successor|deputy)\b|还没定|未定")
_OURS = lazy_re.compile(r"^(?:我|我们)(?:下个?月|月底|年底|\d|[一二三四五六七八九十])|^I(?:'m| am| will)\b(?!.*\bstepping down\b)")
_HYPOTHETICAL = lazy_re.compile(r"如果|要是|万一|假如|\b(?:if|in case|suppose)\b")


def reported_move(s: Sentence) -> bool:
    """Whether ``s`` tells that someone on the customer's side leaves or moves, in the third person or as a step-down.

    Examples: "韩经理透露他五月要调去华南区" → True; "Hollis Crane retires at the end of June." → True;
    "I'm stepping down as treasurer next month" (the customer) → True; "如果他离职…" → False.
    """
    if _HYPOTHETICAL.search(s.text):
        return False
    if _TOLD_ZH.search(s.text):
        return True
    m = _TOLD_EN.search(s.text)
    if m is None:
        return False
    said = m.group(0)
    if said.startswith(_PRONOUN) or _NOT_PERSON.search(said):
        return False
    return not (said.startswith("I") and party_of(s) == "we")


def reported_handover(sents: list[Sentence]) -> list[Sentence]:
    """Return the sentences of a reported contact change: each move and the deputy named just after it.

    A move whose own sentence names the deputy ("…之后由他的副手孟洁对接") is one sentence.
    """
    out: list[Sentence] = []
    last = -(WINDOW + 1)
    for i, s in enumerate(sents):
        if reported_move(s) and not (party_of(s) == "we" and _OURS.search(s.text.strip())):
            out.append(s)
            last = i
        elif i - last <= WINDOW and _DEPUTY.search(s.text) and not _UNNAMED.search(s.text):
            out.append(s)
    return out

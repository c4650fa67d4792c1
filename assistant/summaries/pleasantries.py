"""A sentence that is only a pleasantry carries no point: "Have a good weekend, Marta", "辛苦了🙏".

Greetings, wishes, thanks and sign-offs close or open nearly every chat; the sentence classifier
sometimes reads them as movement ("Lovely to hear from you" as a stage signal). Only the whole sentence
counts: "Thanks, we accept 4.20" or "see you Thursday at the plant" say more and stay.
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

_EN = (
    r"(?:have|enjoy) (?:a |an |the |your )?(?:good|great|nice|lovely|safe|wonderful)? ?(?:weekend|day|evening|trip|"
    r"flight|holiday|holidays|break|one|time)|good timing(?: for you)?|good to (?:hear|know|see you)|"
    r"(?:nice|great|good|lovely) (?:to (?:meet|see|hear from|talk to|speak (?:to|with)) you|talking to you|chatting)|"
    r"(?:many |a lot of )?thanks?(?: you)?(?: (?:so|very) much| a lot| again| for (?:your|the) (?:time|call|help|message|update)| all)?|"
    r"thank you(?: (?:so|very) much| again| for (?:your|the) (?:time|call|help|message|update))?|"
    r"(?:talk|speak|chat) (?:soon|later|tomorrow)|see you(?: then| soon| there| tomorrow)?|take care|cheers|"
    r"all the best|safe travels|good (?:morning|afternoon|evening|night)|how are you(?: doing)?|hope you(?:'re| are) well|"
    r"loud and clear(?: today)?|happy (?:holidays|new year|easter)|merry christmas|you too|same to you|no worries|"
    r"my pleasure|you're welcome|welcome"
)
_ZH = (
    r"祝[^，。！!]{0,8}(?:愉快|顺利|快乐|发财|平安)|周末愉快|节日快乐|新年快乐|辛苦(?:了|啦|您了|你了)|(?:谢谢|多谢|感谢)(?:您|你|你们)?(?:了|啦)?|"
    r"(?:早|早上好|上午好|下午好|晚上好|你好|您好)|再见|拜拜|回聊|改天聊|不客气|客气(?:了|啦)|没事没事|"
    r"好久不见|最近好吗|一路顺风|注意身体"
)
_WHOLE = lazy_re.compile(
    rf"^(?:(?:hi|hey|hello|dear|ok|okay|great|sure|yes|oh)[,!\s]+|(?:好的|好|嗯+|行)[，,\s]*)?(?:{_EN}|{_ZH})"
    r"(?:[,，\s]+[A-Z][a-z]+(?: [A-Z][a-z]+)?|[,，\s]*[\u4e00-\u9fff]{1,2}(?:总|工|经理|姐|哥))?$",
    re.I,
)
_TRIM = lazy_re.compile(r"[\s.。!！~～…:)）(（\-]+$|^[\s.。!！~～…]+|[\U0001F300-\U0001FAFF\u2600-\u27BF]|\[[\u4e00-\u9fff]{1,4}\]")


def pleasantry(text: str) -> bool:
    """Whether ``text`` is only a greeting, wish, thanks or sign-off ("Have a good weekend, Marta", "辛苦了🙏")."""
    core = _TRIM.sub("", text).strip()
    core = re.sub(r"[\s.。!！~～…]+$", "", core)
    return bool(core) and bool(_WHOLE.fullmatch(core))

"""Colour, finish and size words: what a choice step asks for and what replaces a cancelled variant.

One list for the readers that need it: ``done_answers`` (a colour named answers "confirm the colour")
and ``need_drops`` ("give us blue instead" changes a need rather than dropping it). Wood finishes count
as colours here, since furniture and flooring buyers choose them the same way ("go with walnut").
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

COLOUR_ZH = r"[黑白灰红蓝绿黄棕褐紫橙粉]|咖啡|米色|卡其|金色|银色|深色|浅色|原色|本色|透明|象牙"
COLOUR_EN = (
    r"black|white|gr[ae]y|red|blue|green|yellow|brown|beige|navy|pink|purple|orange|silver|gold|ivory|cream|"
    r"khaki|olive|teal|tan|charcoal|sand|maroon|burgundy|turquoise"
)
FINISH_EN = r"walnut|oak|cherry|maple|teak|natural|dark|matte|glossy|satin|chrome"
SIZE_EN = r"small|medium|large"

COLOUR = lazy_re.compile(rf"{COLOUR_ZH}|\b(?:{COLOUR_EN}|{FINISH_EN})\b", re.I)
"""A colour or finish named, in Chinese or English ("选了深色", "chose olive and ivory", "go with walnut")."""

ATTRIBUTE_EN = lazy_re.compile(rf"\b(?:{COLOUR_EN}|{FINISH_EN}|{SIZE_EN})\b", re.I)
"""An English colour, finish or size: a variant that can stand in for another ("blue instead")."""

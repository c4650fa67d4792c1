"""Whether a short Chinese label is a person: a name or a surname with a title, not a heading.

Action lists in meeting minutes name who acts ("- 何勇：周五前提交报价", "- 龙主管：确认数量",
"- 邱会计：发开票信息"); "- 朗逸异响：" or "- 付款：" head a section instead. A person is a common
surname followed by one or two characters (a given name) or by a title (会计, 主管, 院长, 经理…).
"""

from __future__ import annotations

import re

from assistant.text import lazy_re

SURNAMES = frozenset(
    "王李张刘陈杨黄赵周吴徐孙马朱胡郭林何高罗郑梁谢宋唐许韩冯邓曹彭曾钱褚卫蒋沈秦尤吕施孔严华金魏陶姜邹喻苏潘葛"
    "范郎鲁韦苗方俞任袁柳薛贺倪汤殷黎易常武乔赖龚文叶余杜程蔡丁于董萧田段雷侯龙史陆夏贾邱熊廖石谭邵覃汪洪毛江"
)
TITLES = (
    "总经理|副总|总监|经理|主管|主任|会计|出纳|院长|校长|园长|所长|处长|科长|部长|厂长|店长|局长|行长|"
    "博士|医生|护士长|老师|教授|律师|工程师|助理|秘书|专员|总|工|姐|哥|师傅"
)
# Two-character words that open with a surname character but name no one.
_WORDS = frozenset(
    "方案 方式 方面 高度 高温 黄色 金属 金额 江苏 何时 于是 程序 夏季 常规 龙头 史上 陆运 文件 文档 石材 毛重 汪洋 洪水 "
    "邱比 叶片 钱款 周期 周末 周一 周二 周三 周四 周五 周六 周日 马上 田间 段落 易损 乔迁 武汉 余额 余量 任务 任何 柳州 "
    "贺卡 苏州 潘多 华为 严格 韩国 宋体 万元 曾经 石家 汤料 董事 丁字 熊猫 谭州 邵阳 覃塘 毛利 毛巾 林业 孙子 秦皇".split()
)
_PERSON = lazy_re.compile(rf"[小老]?([\u4e00-\u9fff])[\u4e00-\u9fff]{{0,2}}?(?:{TITLES})")


def is_person_label(label: str) -> bool:
    """Whether ``label`` ("何勇", "龙主管", "小周", "邱会计") names a person rather than a topic.

    Examples: "何勇" and "吴院长" are people; "付款", "朗逸异响" and "周期" are not.
    """
    core = label.strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", core):
        return False
    if (m := _PERSON.fullmatch(core)) and m.group(1) in SURNAMES:
        return True
    if core[0] in "小老" and len(core) == 2 and core[1] in SURNAMES:
        return True
    return len(core) in (2, 3) and core[0] in SURNAMES and core[:2] not in _WORDS


def is_titled_person(label: str) -> bool:
    """Whether ``label`` is a surname with a title ("邱会计", "龙主管", "吴院长"), not a bare name."""
    core = label.strip()
    m = _PERSON.fullmatch(core) if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", core) else None
    return bool(m and m.group(1) in SURNAMES)

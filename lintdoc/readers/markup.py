"""Markup typed into text: Markdown emphasis (**本周工作**：, *重点*), whose stars are not masks, data
literals pasted from code (['漫画改', '搞笑']), whose straight quotes are not prose punctuation, emoji
shortcodes (:bug: 设计缺陷) and style declarations (text-align:center;), whose colons are not Chinese ones,
file names (指南(初版).md), whose brackets are the file's, and a name or a message given as a format (命名“xxx支队__材料”,
自动发送“你的成绩是xxx”), whose xxx and __ stand for the part that varies, or as a program prints it (输出"没有该学生！";
not a message an app shows, 显示"登录已失效", which prose quotes with “”), whose straight quotes are the program's.

A Word paragraph pasted from Markdown or code keeps them as typed, so both readers mark them.
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.spans import joined

# **加粗** (or *强调*) typed into a plain-text draft (a text copied from a chat answer or a Markdown page): a phrase of
# its own, not a mask. Masks pair up too, so a phrase that holds a sentence break, starts with a unit
# (**万元，长**公里), ends with a unit of administration (**县**镇) or with the comma of an enumeration
# (刀片、**发黄、**产量低) is left to the rules.
# Stars between a word and the mark after it close a masked word (风景**、实力**、, 增长**%); they open no phrase
# (Markdown's flanking rule, kept to these marks: **“十四五”规划** and **本周工作：**完成 are bold as typed).
BOLD = rx.compile(r"(?<![*＊])(?:(?<![\p{L}\p{N}])|(?!\*++[、，,。；;%％!！?？)）”’》】]))(\*{1,3})(?=[^\s*])([^*]{2,60}?)"
                  r"(?<=[^\s*])\1(?![*＊])"
                  r"|(?<![*＊])(\*{2,3})[ \t]+([^*\n]{2,60}?)[ \t]+\3(?![*＊])"    # ** 加粗 **: meant as bold
                  r"|(?<![*＊\p{L}\p{N}])(\*{2,3})(?=[^\s*])([^*\n]{2,60}?)[ \t]+\5(?![*＊])")   # **工作中的不足？ **
NOT_BOLD = rx.compile(r"[。；;]|^[^*]{0,2}[省市县区镇乡村街局委厅处科所站队院校厂]$|[、，,]$")   # (盲区: a word)
# …and one that starts with a unit where the stars follow a word or a figure (共**人，其中**人, 短信***条次，约***万余条), or single stars
# (*镇在*市委): masks (not ** at a line's or a cell's start: | **个人信息页** |, > **项目名称**:)
UNIT_START = rx.compile(r"^(?:[万亿千百元%％人个名次项户条套台辆亩吨省市县区镇乡村街局委厅]|公里|平方)")

COMMA = rx.compile("[，,、]")
# two or more quoted items, comma- or colon-separated: with a bracket at either end, a list, tuple or dict
LITERAL = rx.compile(r"""(['"])[^'"\n]{0,60}\1(?:[ ]*[,:][ ]*(['"])[^'"\n]{0,60}\2)+""")
PAIRS = ("“”", "‘’", "（）", "()", "《》", "【】")
HAN = rx.compile(r"\p{Han}")
STARS = rx.compile(r"[*＊]+")
QUAD = rx.compile(r"(?<![*＊])\*{4}(?![*＊])")
LEADER_MASK = rx.compile(r"总书记|同志|书记")   # after stars that mask a name
MASKS = 2        # star runs left unpaired that show a paragraph masks with stars
WORD_MAX = 8     # characters a single star may emphasise between two Han characters (本周*重点*是)


# an emoji shortcode of GitHub, Slack and others (:bug:, :warning:, :white_check_mark:): its colons are syntax
SHORTCODE = rx.compile(r"(?<![\w:]):(?=[a-z0-9_+-]{0,30}[a-z])[a-z0-9_+-]{2,32}:(?![\w:])")


# a style declaration typed into a sentence (水平居中用text-align:center; 设置, perspective:1200px;): code
# (from a word's start only, possessively: a long word is tried once)
DECLARATION = rx.compile(r"(?<![A-Za-z0-9_-])[A-Za-z][A-Za-z0-9_-]*+[ ]?:[ ]?[A-Za-z0-9_#.%()-]++;")


# brackets that are part of a file's name (会议纪要(终稿).docx, 更新指南(初版).md): the name as the file has it
FILE_NAME = rx.compile(r"\([^()\n]{1,30}\)\.(?:md|markdown|txt|docx?|xlsx?|pptx?|pdf|png|jpe?g|gif|svg|zip|rar|7z|csv|json|ya?ml|py|js|ts|html?|mp4|mp3|wav)(?![A-Za-z0-9])")


# a name or a message given as a format, in quotes after the verb that names, sends or shows it
FORMAT = rx.compile(r"(?:命名为?|发送|回复|显示|提示|输出|返回|打印|弹出)[:：]?(“[^“”\n]{1,40}”)|(?:输出|打印|返回)[:：]?(\"[^\"\n]{1,40}\")")


def typed_markup(text: str) -> list:
    """[(start, end)] of the markup typed into `text`: emphasis stars, data literals, emoji shortcodes, style
    declarations, the brackets of file names and quoted formats."""
    spans = bold_markup(text) if "*" in text else []
    if ")." in text:
        spans += [m.span() for m in FILE_NAME.finditer(text)]
    if "“" in text or '"' in text:
        spans += [m.span(1) if m.group(1) else m.span(2) for m in FORMAT.finditer(text)]
    if ("'" in text or '"' in text) and ("," in text or ":" in text):
        spans += data_literals(text)
    if ":" in text:
        if text.count(":") > 1:
            spans += [m.span() for m in SHORTCODE.finditer(text)]
        if ";" in text:
            spans += [m.span() for m in DECLARATION.finditer(text)]
    return spans


def data_literals(text: str) -> list:
    """[(start, end)] of the data literals in `text`: quoted items with a bracket at either end
    (['漫画改', '搞笑', '冒险'], 'ruffle', 'sequin'), {"名称": "值"}); not 实施"十四五","放管服"改革."""
    spans = []
    for m in LITERAL.finditer(text):
        a, b = m.span()
        if text[:a].rstrip(" ")[-1:] in ("[", "(", "{") or text[b:].lstrip(" ")[:1] in ("]", ")", "}"):
            spans.append((a, b))
    return spans


def bold_markup(text: str) -> list:
    """[(start, end)] of the stars around each emphasised phrase in `text` (**加粗**, *强调*, ***两者***);
    a single star pairs with another only across a phrase with no comma (在*县召开会议，*镇……: masks), and
    stars followed by the phrase's own first character, or preceded by its last, mask one word twice
    (推进**员活动，各类**员活动; 不能及时**或不能主动及时**); a single star inside a sentence emphasises a
    word, so two far apart (引进了*农林科技发展有限公司投资500万元的*锦绣桃园基地) are two masks."""
    quads = list(QUAD.finditer(text)) if "****" in text and text.lstrip().startswith("**") else []
    if quads:
        # lines of bold headings joined into one paragraph (**2024年工作计划****一、指导思想**以…): a closing ** run
        # into the next opening one; not masks in a row (年度****市共青团)
        spans, start = [], 0
        for m in quads:
            cut = m.start() + 2
            spans += [(a + start, b + start) for a, b in bold_markup(text[start:cut])]
            start = cut
        spans += [(a + start, b + start) for a, b in bold_markup(text[start:])]
        return joined(spans)            # (the two halves of a **** are one span)
    spans = []
    for m in BOLD.finditer(text):
        stars, phrase = m.group(1) or m.group(3) or m.group(5), m.group(2) or m.group(4) or m.group(6)
        if (text[m.end():m.end() + 1] == phrase[0] or text[m.start() - 1:m.start()] == phrase[-1]) and HAN.match(phrase):
            continue        # **员活动：各类**员活动, 及时**或不能主动及时**: one masked word twice, not a phrase in bold
        if len(stars) == 1 and two_masks(text, m.start(), m.end()):
            continue
        if any(phrase.count(a) != phrase.count(b) for a, b in PAIRS):
            continue        # 为**全面建设小康社会，构建“风景**: a phrase in bold holds its quotes whole
        if LEADER_MASK.match(text, m.end()) or phrase.startswith("新时代"):
            continue        # 以***新时代……和***总书记: a leader's name masked twice, not a phrase in bold
        glued = m.start() > 0 and (text[m.start() - 1].isalnum() or HAN.match(text, m.start() - 1) is not None)
        if not NOT_BOLD.search(phrase) and not ((glued or len(stars) == 1) and UNIT_START.match(phrase)) \
                and (len(stars) > 1 or not COMMA.search(phrase)):
            spans += [(m.start(), m.start() + len(stars)), (m.end() - len(stars), m.end())]
    if spans and len(STARS.findall(text)) - len(spans) >= MASKS:
        return []           # a paragraph whose other stars mask names (年度**市共青团, 此外**街道): two of them pair by chance
    return spans


def two_masks(text: str, start: int, end: int) -> bool:
    """Single stars at text[start] and text[end - 1], glued to Chinese on both outer sides and further apart
    than a word: two masks (引进了*农林科技发展有限公司投资500万元的*锦绣桃园基地), not emphasis (本周*重点*是)."""
    return end - start - 2 > WORD_MAX and start > 0 and bool(HAN.match(text, start - 1)) and bool(HAN.match(text, end))

"""The outline of a draft: list labels (typed or automatic) and headings.

Chinese drafts rarely use heading styles: "一、主要成绩" is a plain paragraph. So a label
at the start of a paragraph, typed or from Word's automatic numbering, opens a section
just as a heading style does. Labels follow the GB/T 9704 hierarchy 一、 → （一） → 1. →
（1） → ①, plus 第一章, 1.1 and the English forms 1. / 1) / a. / (a) / i.

>>> parse_label("（三）加强队伍建设").value
3
>>> parse_label("2020年工作") is None
True
"""
from __future__ import annotations

import re

from lintdoc import rx
from lintdoc.model import LITERAL, OBJECT
from lintdoc.record import dataclass

CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUM = "一二三四五六七八九十百〇零"
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12}

# family -> default level in the GB/T 9704 hierarchy (configurable in the numbering pack)
GB_LEVEL = {"cn": 1, "cn-paren": 2, "arabic": 3, "arabic-paren": 4, "circled": 5}
HEADING_MAX = 40      # characters of a heading's title (after the label)


def cn_to_int(s: str) -> int | None:
    """一 → 1, 十二 → 12, 二十 → 20, 一百零五 → 105; None when not a Chinese numeral."""
    if not s or any(c not in CN_DIGIT and c not in "十百" for c in s):
        return None
    if "十" not in s and "百" not in s:
        value = 0
        for c in s:
            value = value * 10 + CN_DIGIT[c]
        return value if len(s) <= 3 else None
    total, current = 0, 0
    for c in s:
        if c in CN_DIGIT:
            current = CN_DIGIT[c]
        elif c == "十":
            total += (current or 1) * 10
            current = 0
        elif c == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


@dataclass
class Label:
    raw: str          # the label as written ("（一）", "1、")
    family: str       # cn, cn-paren, arabic, arabic-paren, circled, chapter, multi, alpha, alpha-paren, roman...
    value: int
    style: str        # the written form with the number abstracted ("（N）", "N、", "N.")
    end: int          # offset in the text just after the label (and its separator)
    depth: int = 1    # for multi-level decimal labels ("1.2.3" -> 3)
    auto: bool = False  # from Word's automatic numbering


# (a unit's character that starts a heading's word is no unit: 3.1项目验收, 2.1人员配置, 4.2分析, 1.2年度计划)
_MEASURE = (r"[万亿千百元倍%％米吨亩户岁秒斤克升]|人(?!员|才)|个(?!人|性|体)|名(?!称|单)|次(?!序)|项(?!目)|家(?!庭)"
            r"|年(?!度)|月(?!度)|日(?!常|志|程)|天|周|分(?!析|工|布|类|配|享|解|组)|度(?!量)|小时|公里|公顷|平方")
# a year (or a school year) a label runs into: 1.2024年, 7.105學年度, 2.2023-2024学年 (ROC years 100–119 included)
LABEL_YEAR = r"(?:(?:19|20)\d\d|1[01]\d)(?:[-–~～至](?:(?:19|20)\d\d|1[01]\d))?(?:学年|學年|年)"
_PATTERNS = [
    ("cn-paren", rx.compile(r"([（(])\s*([一二三四五六七八九十]{1,3})\s*([）)])([、.．，,：:]?)")),
    ("arabic-paren", rx.compile(r"([（(])\s*(\d{1,3})\s*([）)])([、.．，,：:]?)")),
    ("circled", rx.compile(r"([①-⑳])([、.．，,]?)")),
    # ⑴ ⑵ …: one character for (1) (2), the same level written another way
    ("arabic-paren", rx.compile(r"([⑴-⒇])([、.．，,]?)")),
    ("chapter", rx.compile(r"(第)([一二三四五六七八九十百\d]{1,4})(章|节|部分|篇)")),
    # 1.2 / 1.2.3 before a heading, not a quantity (1.5万人次, 3.2亿元, 2.5小时)
    # (not a label and a year run together: 7.110學年度, 1.2023年; nor a score, 0.7 or 0.0, as no report's chapter is 0)
    # (a quantity has one point: 3.5万元; 3.2.1项目概述 is a section's number before its title)
    # (nor the first date of a range: - 7.18 - 7.24)
    ("multi", rx.compile(r"((?!0[.．])\d{1,2}(?:[.．]\d{1,2}){1,4})(?!\d)([.．]?)(?=\s|\p{Han}|[A-Za-z])"
                         r"(?![ \t]*[-–—~～至到][ \t]*\d{1,2}[.．]\d{1,2}(?!\d))"
                         r"(?!(?<=(?<![.．\d])\d{1,2}[.．]\d{1,2}[.．]?)(?:" + _MEASURE + "))")),
    # (and 一．1.输入形式……: the first item of its sub-list run on after it)
    ("cn", rx.compile(r"([一二三四五六七八九十百]{1,4})\s*(、|[.．，,：:](?!\d)|[.．](?=\d{1,2}[.．、](?!\d)))")),   # 一、2023年工作情况
    # 1、2024年重点工作, 1.2024年重点工作; not 1.5, nor the numbers of a list of them (2, 3为爬虫节点)
    ("arabic", rx.compile(r"(\d{1,3})\s*(、|[.．](?!\d)|[.．](?=" + LABEL_YEAR + r")|[，,](?![ \t]*\d)|[)）](?!\d))")),
    ("alpha-paren", rx.compile(r"\(([a-zA-Z])\)\s")),
    ("roman", rx.compile(r"((?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})|(?:I{1,3}|IV|VI{0,3}|IX|XI{0,2}))([.)])\s")),
    ("alpha", rx.compile(r"([a-zA-Z])([.)])\s")),
]


# what opens a sentence about a chapter rather than its title (第六章阐述的是……, 第三章中给出……)
CHAPTER_PROSE = rx.compile(r"(?:阐述|介绍|描述|讲述|论述|叙述|给出|讨论|将|对|中|的|是|为|则|也|还)\p{Han}")


# what may stand before a typed label and is not seen: spaces of every width, a line break, zero-width
# and no-break spaces, a byte-order mark
LEADING_BLANKS = " \t\n\r\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u2060\ufeff"
PAREN_SIGNS_START = 0x2474                       # ⑴, up to ⒇
PAREN_SIGNS = frozenset(chr(c) for c in range(PAREN_SIGNS_START, PAREN_SIGNS_START + 20))
_LABEL_STARTS = frozenset("（(第一二三四五六七八九十百") | {chr(c) for c in range(0x2460, 0x2474)} | PAREN_SIGNS


def parse_label(text: str, english: bool = False) -> Label | None:
    """The typed list label at the start of `text`, if any."""
    stripped = text.lstrip(LEADING_BLANKS)
    first = stripped[:1]
    if not first or not (first in _LABEL_STARTS or first.isdecimal() or (english and first.isascii() and first.isalpha())):
        return None                     # most paragraphs: no pattern below could match
    lead = len(text) - len(stripped)
    for family, pat in _PATTERNS:
        if family in ("alpha", "alpha-paren", "roman") and not english:
            continue
        m = pat.match(stripped)
        if not m:
            continue
        label = _make(family, m)
        if label is None:
            continue
        label.end += lead
        return label
    return None


def _make(family, m) -> Label | None:
    raw = m.group(0).rstrip()
    end = m.end()
    if family == "cn-paren":
        value = cn_to_int(m.group(2))
        style = f"{m.group(1)}N{m.group(3)}{m.group(4)}"
    elif family == "arabic-paren" and m.group(1) in PAREN_SIGNS:
        value = ord(m.group(1)) - PAREN_SIGNS_START + 1
        style = "⑴" + m.group(2)
    elif family == "arabic-paren":
        value = int(m.group(2))
        style = f"{m.group(1)}N{m.group(3)}{m.group(4)}"
    elif family == "circled":
        value = ord(m.group(1)) - 0x2460 + 1
        style = "N" + m.group(2)
    elif family == "chapter":
        rest = m.string[m.end():]
        if rest[:1].strip() and (CHAPTER_PROSE.match(rest) or rest.rstrip().endswith(("。", "；", ";")) or "了" in rest[:12]):
            return None      # a sentence about the chapter run into its name (第六章阐述的是……, 第四章先讨论了……)
        num = m.group(2)
        value = int(num) if num.isdigit() else cn_to_int(num)
        style = f"第N{m.group(3)}"
    elif family == "multi":
        parts = re.split(r"[.．]", m.group(1))
        if parts[-1] == "0" and len(parts) > 2:
            return None      # a version (2.31.0 released), not a section number
        label = Label(raw, family, int(parts[-1]), "N" + ".N" * (len(parts) - 1) + m.group(2), end, len(parts))
        return label
    elif family == "cn":
        value = cn_to_int(m.group(1))
        style = "N" + m.group(2)
    elif family == "arabic":
        value = int(m.group(1))
        style = "N" + m.group(2).strip()
    elif family == "alpha-paren":
        value = ord(m.group(1).lower()) - 96
        style = "(a)" if m.group(1).islower() else "(A)"
    elif family == "roman":
        value = ROMAN.get(m.group(1).lower())
        style = ("i" if m.group(1).islower() else "I") + m.group(2)
    else:  # alpha
        value = ord(m.group(1).lower()) - 96
        style = ("a" if m.group(1).islower() else "A") + m.group(2)
    if value is None:
        return None
    return Label(raw, family, value, style, end)


# a letter or a number of one or two digits closed by a bracket: a label (a) 原图  b) 位置偏移, 见图2-1 b), 步骤2))
LABEL_CLOSE = rx.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]|[0-9]{1,2})[)）]")
CN_LABEL_CLOSE = rx.compile(r"[ \t\u3000]*[一二三四五六七八九十]{1,3}[)）]")


def closes_label(text: str, i: int) -> bool:
    """Whether the bracket at text[i] closes a label in the a) style of GB/T 1.1's lists and of sub-figures,
    anywhere in a paragraph (a caption's a) 原图  b) 位置偏移), or a Chinese numeral's opening the paragraph
    (一）工作总结). Fails: 共320件), 共计一）; passes: 见图2-1 b), 二）个人感悟."""
    if i > 0 and LABEL_CLOSE.match(text, max(0, i - 2) if text[i - 2:i - 1].isdigit() else i - 1):
        return True
    m = CN_LABEL_CLOSE.match(text)
    return m is not None and m.end() == i + 1


def label_of(paragraph, english: bool = False) -> Label | None:
    """The label a reader sees on a paragraph: Word's automatic label, else a typed one."""
    if paragraph.label:
        if paragraph.label.strip().isdecimal():     # a bare number (%1 with no mark): 1 本周工作情况
            return Label(paragraph.label, "arabic", int(paragraph.label.strip()), "N", 0, auto=True)
        parsed = parse_label(paragraph.label + " ", english)
        if parsed is not None:
            parsed.auto, parsed.end, parsed.raw = True, 0, paragraph.label
            return parsed
        return None
    return parse_label(paragraph.text, english)


@dataclass
class Heading:
    paragraph: object
    level: int
    title: str          # heading text without its label (first sentence for run-in headings)
    label: Label | None
    reason: str = ""    # why the paragraph is a heading (`lintdoc show` prints it)

    @property
    def display(self) -> str:
        raw = self.label.raw if self.label else ""
        title = self.title if len(self.title) <= 24 else self.title[:23] + "…"
        return f"{raw}{title}"


BOLD_LINE = "short bold line"   # the reason of a heading known only by being short and bold
_SENTENCE_END = rx.compile(r"[。！？!?；;]|\.(?=\s|$)")
# a cover page's field with its value, in bold (学   号  532024150155, 作者姓名     于琮源, 研究方向\t项目管理): no heading
_FIELD = rx.compile(r"\p{Han}(?:[ \u3000]*\p{Han}){1,5}[ \u3000]{2,}\S")


def heading_of(paragraph, english: bool = False) -> Heading | None:
    """The paragraph as a heading, or None for body text.

    A styled or Markdown heading; a labelled paragraph whose title (or first sentence,
    for run-in headings like "1.加强组织领导。全年……") is short; or a short bold line that is no statement (a
    bold question is a form's heading: **what went well in the Sprint?**)."""
    if paragraph.part not in ("body", "table") or paragraph.flags & LITERAL or paragraph.is_title:
        return None
    text = paragraph.text.strip()
    if not text:
        return None
    label = label_of(paragraph, english)
    if paragraph.heading_level is not None:
        title = paragraph.text[label.end:].strip() if label and not label.auto else text
        reason = f"style {paragraph.style}" if paragraph.style else "Markdown heading"
        return Heading(paragraph, paragraph.heading_level, title, label, reason)
    if paragraph.part == "table":
        return None
    if label is not None and label.family not in ("alpha", "alpha-paren", "roman"):
        rest = paragraph.text[label.end:].strip()
        m = _SENTENCE_END.search(rest)
        first = rest[:m.start()] if m else rest
        if 0 < len(first) <= HEADING_MAX:
            kind = "automatic label" if label.auto else "label"
            run_in = " with a short first sentence" if len(first) < len(rest) else ""
            return Heading(paragraph, _label_level(label), first, label, f"{kind} {label.raw.strip()}{run_in}")
        return None
    if paragraph.bold and len(text) <= HEADING_MAX and (not _SENTENCE_END.search(text[-1:]) or text[-1] in "?？") \
            and not ("\t" in paragraph.text or _FIELD.match(text)):
        return Heading(paragraph, 1, text, None, BOLD_LINE)
    return None


def _label_level(label: Label) -> int:
    if label.family == "multi":
        return 2 + label.depth  # 1.1 sits below 1.
    if label.family == "chapter":
        return 1
    return GB_LEVEL.get(label.family, 3)


def headings(doc) -> list[Heading]:
    """The document's headings, computed once per document (rules and locations share them)."""
    if "headings" not in doc.derived:
        english = doc.language == "en"
        doc.derived["headings"] = [h for h in (heading_of(p, english) for p in doc.paragraphs) if h is not None]
    return doc.derived["headings"]


def answered_prompts(doc) -> set:
    """Indices of the headings with text under them before the next heading, and of the items of a Word list
    that another list's item follows: a form's prompt the writer answered ("### List the team's
    accomplishments." and the list below it; "3. Describe any significant progress…" and its bullets), not one
    left for the writer (under which a template's note in italics is no answer: "_Write a short paragraph
    summarising …_"; nor is a line the template starts the answer with, "This week we:")."""
    if "answered prompts" not in doc.derived:
        heads = {h.paragraph.index for h in headings(doc)}
        answered, current, item = set(), None, None
        for p in doc.paragraphs:
            if not p.text.strip().strip(OBJECT):
                continue                       # (nor is a rule --- an answer)
            if item is not None and p.part in ("body", "table") and p.num is not None and p.num[0] != item.num[0]:
                answered.add(item.index)
            item = p if p.num is not None and p.index not in heads else None
            if p.index in heads:
                current = p.index
            elif current is not None and not p.italic:
                answered.add(current)
        doc.derived["answered prompts"] = answered
    return doc.derived["answered prompts"]


CHUNK_LABEL = rx.compile(r"^[ \t\u3000]*(\d{1,2})、")
SENTENCE_END = frozenset("。！？!?；;：:…”’」』）)】》")
CUT_LINE = 20           # a line shorter than this that ends without a stop is a heading, not a piece cut off
CHUNK_CHARS = 200       # the least a document site's piece holds


def page_chunk_labels(doc, min_chars: int = CHUNK_CHARS) -> list:
    """[(paragraph, start, end)] of the numbers a document-sharing site put before the pages of a text it showed in
    pieces (1、…, 2、…): a run of 1、 2、 … at line starts, each piece before a number at least `min_chars` long and one
    of them stopping inside a sentence (……充分发 / 2、挥各级妇联组织……). A writer's list has short items, or
    items ending where they end. (rule kind page_chunks reports them; the numbering check reads them as no labels)"""
    key = ("page chunks", min_chars)
    if key in doc.derived:
        return doc.derived[key]
    found = []
    run, chars, last, cut = [], 0, None, False    # the numbers so far, the piece's length, its last line
    for p in [q for q in doc.body() if q.text.strip()] + [None]:
        m = CHUNK_LABEL.match(p.text) if p is not None else None
        n = int(m.group(1)) if m is not None else 0
        goes_on = n == len(run) + 1 and (not run or chars >= min_chars)
        if not goes_on and (m is not None or p is None):   # a number out of the run, or the end: the run is over
            if len(run) >= 2 and cut and any(len(q.text.strip()) >= CUT_LINE for q, _, _ in run[1:]):
                found.extend(run)
            run, cut = [], False
            goes_on = n == 1
        if goes_on:
            if run and len(last.text.strip()) >= CUT_LINE and last.text.rstrip()[-1:] not in SENTENCE_END:
                cut = True                        # the piece before it stops inside a sentence (not a heading)
            run.append((p, m.start(1), m.end()))
            chars, last = len(p.text), p
        elif m is None and p is not None:
            chars += len(p.text)
            last = p
    doc.derived[key] = found
    return found


def heading_paths(doc) -> dict:
    """{paragraph index: [heading display, …]} from the outermost heading down."""
    paths, stack = {}, []
    by_index = {h.paragraph.index: h for h in headings(doc)}
    for p in doc.paragraphs:
        if p.part not in ("body", "table"):
            continue
        h = by_index.get(p.index)
        if h is not None:
            while stack and stack[-1].level >= h.level:
                stack.pop()
            paths[p.index] = [x.display for x in stack]
            stack.append(h)
        else:
            paths[p.index] = [x.display for x in stack]
    return paths

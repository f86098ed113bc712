"""Rule kind `caption_numbers`: the numbers of figure and table captions (图1, 表 2-1, Figure 3) must run in
sequence, each kind on its own and, numbered by chapter (图2-1, 图2-2), each chapter on its own.

A caption is a paragraph that opens with its label and a short title (图 2-11 深度可分离卷积, Table 3: Results);
a sentence that opens with one (图2展示了…, 表3需要将…; unless it is in Word's Caption style) and a list of figures
(TOC entries, leaders and a page) are not. Reported: a number used twice (the second 图3), a gap (图1, 图2, 图4), a
number smaller than the one before, a chapter's first caption that is not 1 (图 2-2 first in chapter 2), and numbers
of two forms for one kind (图1.1, then 图2).

Fails: 图1 系统结构 … 图2 数据流程 … 图2 部署结构. Passes: 图1 系统结构 … 图2 数据流程 … 表1 测试用例.
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.checks.base import Rule
from lintdoc.model import LITERAL

LABEL = r"(?P<label>(?P<kind>图|圖|表|Figure|Fig\.|Table)[ \t\u3000]?(?P<num>\d{1,3}(?:[-.．—–]\d{1,3}){0,2}))(?![\d.．\-–—%％])"
CAPTION = rx.compile(r"^[ \t\u3000*_\ufffc]*" + LABEL + r"(?P<rest>[^\n]*)$")
NEXT = rx.compile(r"(?<=\s)" + LABEL)      # the captions of pictures side by side, in one line (图5.1 登录   图5.2 注册)
# a sentence that opens with the label (图2展示了……, 表3需要将……, Figure 3 shows …) or a figure with its unit
# (图 3-5 年…, 图3个…); a title after a space may open with a word that begins like a unit (图2.2 个人主页页面, 图2.9 人物分类页)
SENTENCE = rx.compile(r"^(?:[ \t\u3000]*(?:所示|中|为|是|的|和|与|及|展示|显示|给出|表明|说明|描述|列出|反映|对比|可以|可见|需要|"
                      r"年|月|日|天|万|元|倍|"
                      r"[,，。；;、]|(?i:shows?|presents?|illustrates?|depicts?|gives?|lists?|compares?|is|are|was|were|and|in)\b)"
                      r"|(?:个|名|人|次|号))")
# …or a sentence run into its label (图5这是第一阶的巴特沃茨谱; a caption's title after a space may begin so: 图 2.1	这是插图的示例)
GLUED = rx.compile(r"^(?:这|此|即)")
# …or a line leading in to it (Table1: results of the models are shown below, 图3如下：)
LEAD_IN = rx.compile(r"如下|(?i:\b(?:shown|listed|given|presented|summari[sz]ed) below\b|\bas follows\b)")
SEPARATOR = rx.compile(r"[-.．—–]")
FAMILY = {"图": "图", "圖": "图", "表": "表", "Figure": "Figure", "Fig.": "Figure", "Table": "Table"}
PARTS = ("body", "table", "textbox")
CAPTION_STYLES = ("caption", "题注")     # Word's style for captions (its name in styles.xml, and as WPS names it)
MAX_TITLE = (150, 200)      # characters of a caption's title and its note: Chinese, English


class CaptionNumbersRule(Rule):
    KIND = "caption_numbers"
    DEFAULT_CATEGORY = "numbering"
    OPTIONS = {"messages": (dict, {})}

    def check(self, doc):
        captions = list(self._captions(doc))
        size: dict = {}
        for _, _, kind, chapter, _, _ in captions:
            size[(kind, chapter)] = size.get((kind, chapter), 0) + 1
        last: dict = {}        # (kind, chapter) -> (number, label) of the caption before
        seen: dict = {}        # (kind, chapter) -> numbers used
        form: dict = {}        # kind -> (parts of its first caption's number: 1 for 图3, 2 for 图2-1; its label)
        mixed: set = set()     # kinds already reported for numbers of two forms
        for p, span, kind, chapter, number, label in captions:
            first = form.setdefault(kind, (len(chapter), label))
            if first[0] != len(chapter):
                if kind not in mixed:            # once a kind: the writer renumbers them all in one go
                    mixed.add(kind)
                    yield self._report(doc, p, span, "mixed", first=first[1])
                continue
            key = (kind, chapter)
            before = last.get(key)
            used = seen.setdefault(key, set())
            if number in used:
                yield self._report(doc, p, span, "duplicate")
            elif before is None and number != 1 and size[key] >= 2:   # (one caption alone may be an excerpt's)
                yield self._report(doc, p, span, "start", expected=_label(label, number, 1))
            elif before is not None and number < before[0]:
                yield self._report(doc, p, span, "backwards", prev=before[1])
            elif before is not None and number > before[0] + 1:
                yield self._report(doc, p, span, "gap", prev=before[1], expected=_label(label, number, before[0] + 1))
            used.add(number)
            if before is None or number > before[0]:
                last[key] = (number, label)      # (a number used twice or out of order does not set the sequence back)

    def _captions(self, doc):
        """(paragraph, span of the label, kind, chapter numbers, number, label) of each caption in reading order.
        Captions in text boxes anchored together (图 12, 图 10, 图 11) are taken in their numbers' order: the boxes
        have no reading order of their own."""
        english = doc.language == "en"
        boxes: list = []
        for p in doc.paragraphs:
            if p.part not in PARTS or p.flags & LITERAL or p.heading_level is not None:
                continue
            found = list(self._in_paragraph(p, english))
            if p.part == "textbox":
                boxes.extend(found)
                continue
            yield from sorted(boxes, key=lambda c: (c[2], c[3], c[4]))
            boxes = []
            yield from found
        yield from sorted(boxes, key=lambda c: (c[2], c[3], c[4]))

    @staticmethod
    def _in_paragraph(p, english):
        m = CAPTION.match(p.text)
        if m is None:
            return
        rest = m.group("rest").strip()
        if len(rest) > MAX_TITLE[english]:
            return
        if p.style.casefold() not in CAPTION_STYLES and \
                (SENTENCE.match(m.group("rest")) or LEAD_IN.search(rest) or GLUED.match(m.group("rest"))):
            return                      # (in Word's Caption style it is a caption: 图2.1.10  显示文件前num行功能代码)
        for x in [m] + [n for n in NEXT.finditer(p.text, m.end("label")) if FAMILY[n.group("kind")] == FAMILY[m.group("kind")]]:
            parts = [int(v) for v in SEPARATOR.split(x.group("num"))]
            yield p, x.span("label"), FAMILY[x.group("kind")], tuple(parts[:-1]), parts[-1], x.group("label")

    def _report(self, doc, p, span, kind, **fields):
        return self.finding(doc, p, span[0], span[1], message=self.options["messages"].get(kind, ""), **fields)


def _label(label: str, number: int, wanted: int) -> str:
    """`label` with its last number replaced: 图 2-4 → 图 2-3."""
    digits = str(number)
    return label[:len(label) - len(digits)] + str(wanted)


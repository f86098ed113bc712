"""Rule kind `numbering`: list labels that break their sequence.

Builds one outline from typed labels and Word's automatic labels (一、 （一） 1. （1） ①,
第一章, 1.1, English 1. a. (a) i.) plus the in-paragraph ordinals 一是/二是 and 第一，第二，
then reports, on the label where the sequence breaks: a gap (四、 then 六、), a duplicate
((二) (二)), a step backwards, a wrong start (a list opening at 二、 or 三是), a restart with no
new parent, mixed styles within one list (1、 and 1.), and a level used above its parent
in the configured hierarchy.

The body's lists, and a list typed inside one table cell (a form's cell holding a whole part: ① ② ③ ⑥ is
a gap there too; the cell's list may open at any number).

A list legitimately restarts under each new parent label, after a short unlabelled line
(a heading without a label such as "20xx年工作计划") and after a paragraph that introduces a
list ("重点抓好以下几方面工作：").

Fails: "四、…" then "六、…". Passes: "一、…（一）（二）二、…（一）".
"""
from __future__ import annotations

import copy
from collections import Counter


from lintdoc import rx
from lintdoc.checks.base import Rule, localized
from lintdoc.model import LITERAL
from lintdoc.findings import Finding
from lintdoc.outline import PAREN_SIGNS_START, Label, cn_to_int, heading_of, label_of, page_chunk_labels, parse_label
from lintdoc.readers.numfmt import chinese_counting

INLINE = rx.compile(
    r"(?:(?<=^|[。；;！？!?：:，,\s])(?P<n>[一二三四五六七八九十]{1,3})是(?![否非])"
    r"|(?<=^|[。；;！？!?：:，,\s])第(?P<d>[一二三四五六七八九十]{1,3})(?=[，,、：:])"
    # (not the first of several chapters, levels or quarters named at once: 公司财务原理，第三，四章; 第三、四级标题; 第一、二季度)
    r"(?![，,、][一二三四五六七八九十]{1,3}(?:[章节節篇卷部课課讲講期届次级級层層类類等批轮輪两兩]|季度)))")
INTRO_END = rx.compile(r"[:：]\s*$")
SHORT_LINE = 30
INVISIBLE = " \t\n\r\u3000\u00a0\u200b\u200c\u200d\u2060\ufeff"     # (a line indented with a zero-width space)
# a line ending as a sentence does is a heading only when shorter (20xx年工作计划。), not a sentence under
# one (状态机模块主要负责解析Proposal并执行相应的动作。)
SENTENCE_END = ("。", "！", "？", "；", "!", "?", ";")
SHORT_SENTENCE = 16
# the labels read in a table cell: those a writer types for a list inside one cell (① ② ③, （1）, （一）, 一、)
CELL_FAMILIES = ("circled", "arabic-paren", "cn-paren", "cn")
LETTER = rx.compile(r"\p{L}")


class NumberingRule(Rule):
    KIND = "numbering"
    DEFAULT_CATEGORY = "numbering"
    OPTIONS = {"messages": (dict, None), "hierarchy": (list, []), "inline": (bool, True),
               "mixed_styles": (bool, True), "new_part": (list, [])}

    def setup(self):
        needed = {"gap", "duplicate", "backwards", "start", "restart", "mixed", "hierarchy"}
        missing = needed - set(self.options["messages"] or {})
        if missing:
            raise ValueError(f"`messages` needs entries for {', '.join(sorted(missing))}")
        self.rank = {family: i for i, family in enumerate(self.options["hierarchy"])}
        self.new_part = [rx.engine().compile(x) for x in self.options["new_part"]]

    def check(self, doc):
        english = doc.language == "en"
        lists: list[_List] = []         # every block list, for the mixed-style check at the end
        yield from self._scan(doc, [p for p in doc.paragraphs if p.part == "body"], english, lists)
        # a list typed inside one table cell (a form's 研究内容 cell: ① ② ③ ⑥ ⑤) is checked within the cell
        for cell in _cells(doc):
            yield from self._scan(doc, cell, english, lists, in_cell=True)
        for lst in lists:
            yield from (f for _, f in lst.restarts)
            dated = _dated(lst)
            if (len(lst.jumps) < IDENTIFIERS or len(lst.jumps) <= lst.steps) and not dated:
                yield from lst.jumps    # (more jumps than steps: the labels are numbers of things, 9. 回文数 100. 相同的树)
            if not dated:
                yield from lst.moved
            # its last item typed without the mark (1. … 2. … then 3加强监管 as the list ends)
            typed = next((q for q in lst.since[:UNMARKED_LAST] if _unmarked(q, lst.last.value + 1, lst.last)), None)
            if typed is not None and len(lst.items) >= 2:
                yield self._report_unmarked(doc, typed, lst.last.value + 1, lst.last, lst)
        if self.options["mixed_styles"]:
            yield from self._mixed(doc, lists)
        if "doubled" in self.options["messages"]:
            yield from self._doubled(doc, english)

    def _scan(self, doc, paragraphs, english, lists, in_cell=False):
        """The findings on the lists of `paragraphs`, the body's or one table cell's (`in_cell`: where a list
        may open at any number, as a table numbering its rows one cell at a time does, and ranks no other)."""
        previous = None                 # the last paragraph seen
        stack: list[_List] = []
        word_lists: dict = {}           # Word's lists: (numId, level) -> the value of its last item so far
        inline: list[_List] = []        # nested in-paragraph enumerations, innermost last
        cut = False                     # the text opens in the middle of an in-paragraph enumeration (……。五是开展……)
        pieces = {id(q) for q, _, _ in page_chunk_labels(doc)}   # a document site's page numbers, 1、 2、: no list
        for p in paragraphs:
            if not p.text.strip() and not p.label or p.flags & LITERAL:
                continue                     # a contents entry or code takes no part in a list
            label = label_of(p, english) if id(p) not in pieces else None
            if in_cell and label is not None and (label.auto or label.family not in CELL_FAMILIES):
                label = None            # (a cell's 1. may head its own sub-list of 1. 2.; Word's lists run on across cells)
            opens_text = previous is None    # an excerpt may open in the middle of an enumeration (……。五是开展……)
            for unit in _lines(p) if doc.format == "docx" else (p,):
                unit_label = label if unit is p or in_cell else label_of(unit, english)
                if unit_label is None:
                    for lst in stack:
                        lst.since.append(unit)
                    if self._new_parent_line(unit):
                        for lst in stack + inline:   # any list may start again after this line
                            lst.may_restart = True
                else:
                    if unit.heading_level is not None:
                        _close_lists_of_text(stack, _key(unit_label, unit, doc.format == "md"))
                    yield from self._block(doc, unit, unit_label, stack, lists, word_lists, previous, cut, in_cell)
                    # (an enumeration whose items open their paragraphs heads what follows them, 第一、…： 1、2、3、 第二、…:
                    # it goes on after the block list under its item)
                    inline = [lst for lst in inline if lst.leads]
                if LETTER.search(unit.text):
                    previous = unit          # (a text opening with 6. after a page number is an excerpt too)
            if self.options["inline"] and not in_cell and ("是" in p.text or "第" in p.text):   # INLINE needs one
                body = p.text[label.end:] if label is not None and not label.auto else p.text
                skip = len(p.text) - len(body)
                for m in INLINE.finditer(body):
                    name = "n" if m.group("n") else "d"
                    item = Label(m.group(0), "shi" if name == "n" else "di", cn_to_int(m.group(name)) or 0,
                                 "N是" if name == "n" else "第N", skip + m.end())
                    start = skip + m.start()
                    same = [lst for lst in inline if lst.family == item.family]
                    if not same:
                        if item.value != 1 and opens_text:
                            cut = True
                        elif item.value != 1 and not (item.value == 2 and WORDED_FIRST.search(body, 0, m.start())):
                            yield self._report(doc, p, start, item, "start", expected=_render(item, 1))
                        inline.append(_List(item, _key(item), leads=m.start() == 0))
                    elif item.value == 1 and m.start() == 0:
                        # a paragraph opening with 一是 starts a new enumeration, not one inside the last
                        inline = [lst for lst in inline if lst.family != item.family] + [_List(item, _key(item), leads=True)]
                    elif item.value == 1:
                        inline.append(_List(item, _key(item)))    # a nested enumeration inside an item
                    else:
                        fits = next((i for i in range(len(inline) - 1, -1, -1)
                                     if inline[i].family == item.family and inline[i].last.value + 1 == item.value),
                                    None)
                        if fits is not None:
                            del inline[fits + 1:]            # back to the enclosing enumeration
                        yield from self._step(doc, p, start, item, inline[-1])

    def _doubled(self, doc, english):
        """A label typed after Word's automatic one of the same form (Word shows "1. 1.零售行业…"; the typed
        label goes), or the same number in another Arabic form ("2. （2）群聊功能"); not a typed label of another
        form (自动 1. + "一，二月份……", 6. + "V. Mazzari")."""
        for p in doc.paragraphs:
            if not p.label or p.part not in ("body", "table") or p.flags & LITERAL \
                    or p.text.lstrip()[:1] not in LABEL_START:
                continue
            auto = label_of(p, english)
            typed = parse_label(p.text, english) if auto is not None else None
            if typed is not None and typed.family not in ("shi", "di") and (typed.family == auto.family or (
                    typed.value == auto.value and {typed.family, auto.family} <= ARABIC_FORMS)):
                start = max(0, p.text.find(typed.raw))
                yield self._report(doc, p, start, typed, "doubled", auto=p.label.strip())

    def _mixed(self, doc, lists):
        """One finding per list written in two label styles, on its first item in the rarer style
        (1． 2. 3.: the 1．); when the two are as common, in the style the document's other lists use less
        (1． 2. where every other list writes 1. 2.: the 1．), else the later one."""
        every_list = [items for lst in lists for items in lst.segments + [lst.items]]
        everywhere = Counter((label.family, label.style) for items in every_list for _, _, label in items)
        for items in every_list:
            styles = [label.style for _, _, label in items]
            if len(set(styles)) < 2 or items[0][2].family in ("shi", "di"):
                continue
            counts = {x: styles.count(x) for x in styles}
            family = items[0][2].family
            usual = max(counts, key=lambda x: (counts[x], everywhere[family, x], x == styles[0]))
            p, start, label = next(item for item in items if item[2].style != usual)
            first = next(item[2] for item in items if item[2].style == usual)
            yield self._report(doc, p, start, label, "mixed", first=first.raw)

    def _new_parent_line(self, p) -> bool:
        """An unlabelled short line (a heading without a label), a paragraph introducing a list
        ("…以下几方面工作："), or one opening a new part (a `new_part` pattern: "下半年，…"); in Markdown, a bullet
        that is no sentence heads the numbered list under it (- 第8-13周 (8.17 - 9.24, 2021) 共计5周半, then 1.)."""
        text = p.text.strip(INVISIBLE)
        short = len(text) <= (SHORT_SENTENCE if text.endswith(SENTENCE_END) else SHORT_LINE)
        if p.md_list and not text.endswith(SENTENCE_END) and len(text) <= 2 * SHORT_LINE:
            return True
        if INLINE.match(text):      # "一是……" continues an enumeration, unless it introduces what follows
            return bool(INTRO_END.search(text))       # (第二、护士长应具备以下几方面的职业素质： 1、 2、)
        return (short or bool(INTRO_END.search(text)) or p.heading_level is not None
                or any(x.search(text) for x in self.new_part))

    def _block(self, doc, p, label: Label, stack, lists, word_lists, previous=None, cut=False, in_cell=False):
        label = _as_letter(label, stack)
        key = _key(label, p, doc.format == "md")
        nested = key + (label.style,)       # a list in the other form of its family, opened inside an item
        position = next((i for i, lst in enumerate(stack) if lst.key == nested), None)
        if position is None:
            position = next((i for i, lst in enumerate(stack) if lst.key == key), None)
            if position is not None and _opens_inside(label, stack[position], p):
                # (the lists of the item's sub-headings stay open: 1. 开发过程, 1.1.3 编码实现, [Word's 1.–3.], 1.1.4)
                stack[position + 1:] = [lst for lst in stack[position + 1:]
                                        if lst.items and lst.items[0][0].heading_level is not None]
                key, position = nested, None
        if position is not None and label.value == 1 and any(
                self._above(lst.family, stack[position].family) for lst in stack[position + 1:]):
            # a list of higher rank opened after this one, out of order (1、 2、 3、 （一） 1、): the 1、 under
            # the （一） starts a list of its own; the finished one is not taken up again
            del stack[position]
            position = None
        start = 0 if label.auto else label.end - len(label.raw) - _trailing(p.text, label)
        if position is None:
            unmarked = None
            if label.value > 1:   # （二） after 6.: the lists of lower rank were the tail of its first item
                while stack and self._above(key[0], stack[-1].family):
                    stack.pop()
            parent = stack[-1] if stack else None
            if in_cell:
                pass            # (a cell's list may open at any number, a table numbering its rows a cell at a time)
            elif parent is not None and self._above(key[0], parent.family):
                # (only under a list's first item: after 1、 2、 3、 a list of higher rank is more often the next part
                # of the text than the third item's sub-list; a writer's own order repeated under 2. and 3. is a scheme)
                if parent.last.value == 1:
                    yield self._report(doc, p, start, label, "hierarchy", parent=parent.last.raw)
            elif 1 < label.value < 10 and label.family not in ("multi",) and not _shown_as_parent(p, label, word_lists) \
                    and not (
                    label.value == 2 and previous is not None and _ran_on(previous.text, _render(label, 1))) \
                    and not _numbered_on(lists, key, label) and not _excerpt(lists, key, previous, cut):
                # (a list opening at 19. continues the numbered paragraphs of a longer text, as a policy
                # address or a quoted excerpt does; a wrong start is a small number: (3), 三是, 二、)
                # (unless its first item is there, typed without the mark: 1保障粮油生产 or a heading 1课题内容, then 2.稳定…)
                candidates = (parent.since[:UNMARKED_LAST] if parent else []) + [previous]
                unmarked = next((q for q in candidates if _unmarked(q, 1, label)), None) if label.value == 2 else None
                if unmarked is None:
                    yield self._report(doc, p, start, label, "start", expected=_render(label, 1))
            elif label.family == "multi" and parent is not None and (expected := _first_child(parent, label)):
                yield self._report(doc, p, start, label, "start", expected=expected)
            lst = _List(label, key, p, word_lists)
            if unmarked is not None:
                yield self._report_unmarked(doc, unmarked, 1, label, lst)
            lst.opens_text = previous is None
            lst.items.append((p, start, label))
            if label.auto and p.num:
                lst.word_lists[p.num] = label.value
            stack.append(lst)
            lists.append(lst)
            return
        del stack[position + 1:]
        yield from self._step(doc, p, start, label, stack[position])

    def _above(self, family: str, other: str) -> bool:
        """`family` ranks above `other` in the configured hierarchy (（一） above 1.)."""
        return family in self.rank and other in self.rank and self.rank[family] < self.rank[other]

    def _step(self, doc, p, start, label: Label, lst: "_List"):
        prev = lst.last
        if label.value in lst.missing and label.value < prev.value:
            lst.missing.discard(label.value)    # the item a gap reported missing, turning up late:
            return                              # 二是 四是 三是 is one defect, already reported
        if label.family == "multi" and label.value > 1 and _prefix_numbers(label) < _prefix_numbers(prev):
            # a section numbered under an earlier parent (3.2, 3.2.1, then 3.1.2): the copy kept the old prefix
            lst.moved.append(self._report(doc, p, start, label, "backwards", prev=prev.raw))
        elif label.family == "multi" and label.value > 1 and _prefix_numbers(label) > _prefix_numbers(prev):
            # …or under a later one with no first item there (3.2.1, 3.2.2, then 3.3.3 under the same 3.2)
            lst.moved.append(self._report(doc, p, start, label, "gap", prev=prev.raw, expected=_render(prev, prev.value + 1)))
        elif label.value == prev.value + 1:
            lst.steps += 1
        elif _another_word_list(p, label, lst):
            if label.value <= 1:                         # a new list of Word's own, not a restart by hand
                lst.segments.append(lst.items)
                lst.items = []
        elif label.value == prev.value == 1 and p.md_list and lst.first.value == 1:
            pass       # 1. 1. 1.: Markdown numbers such a list itself (markdownlint's "one" style)
        elif label.value == 2 and any(_ran_on(q.text, _render(label, 1)) for q in lst.since[-RAN_ON_LINES:]):
            lst.segments.append(lst.items)   # a new list whose first item ran on after a form's label
            lst.items = []                   # (预期的结果\t（1）如果… （2）…; 下周计划：1.恢复… 2.…)
        elif (outer := _resumed(doc, p, lst, label)) is not None:
            lst.segments.remove(outer)           # the list that runs of the same form nested in its items interrupted,
            lst.segments.append(lst.items)       # taken up again: a restart that opened the run set aside was a run
            lst.restarts = [(items, f) for items, f in lst.restarts if items is not lst.items]   # nested in an item
            lst.items = outer
        elif (label.value == 1 or label.value == 0 and label.family == "multi") and (
                lst.may_restart and not (label.family == "multi" and label.value == prev.value and _prefix(label) == _prefix(prev))
                or label.value == 1 and label.family == "multi" and _prefix(label) != _prefix(prev)):
            # (but a decimal number starts nothing again under the same parent: 5.1 … 5.1 is one number used twice)
            # (a decimal label that moved on to the next parent starts its own run: 1.3, then 2.1)
            lst.first = label                            # a new list after a new part began (4.0 opens a
                                                         # chapter's sections in some styles: 4.0, 4.1, 4.2)
            lst.segments.append(lst.items)
            lst.items = []
        elif label.value == prev.value:
            yield self._report(doc, p, start, label, "duplicate", prev=prev.raw,
                               fix=_render(label, prev.value + 1))     # （二）（二） → （二）（三）: a suggestion
        elif label.value == prev.value + 2 and (
                typed := next((q for q in lst.since if _unmarked(q, prev.value + 1, label)), None)):
            # the missing item is there, its mark forgotten (1. … 2. … 3要提高大局观 … 4.; 三、 … 四以打造… 五、)
            yield self._report_unmarked(doc, typed, prev.value + 1, label, lst)
        elif label.value == prev.value + 2 and label.family == "shi" and (
                at := _bare_ordinal(p.text, p.text.rfind(prev.raw, 0, start), start, prev.value + 1)) >= 0:
            # an ordinal that lost its 是 between its neighbours (一是…。二把整改作为…。三是…)
            yield self._report_unmarked(doc, p, prev.value + 1, label, lst, at)
        elif label.value > prev.value + 1:
            # (the items between may have run on in the last item's paragraph: 1、…。2、…。7、… then 8、)
            # (not the in-paragraph ordinals, each of which is read where it stands)
            ran = prev.value if label.family in ("shi", "di") else \
                _run_together([q for q in [lst.paragraph] + lst.since if q is not p], label, prev.value)
            if ran < label.value - 1:
                before = _render(label, ran) if ran > prev.value else prev.raw
                gap = self._report(doc, p, start, label, "gap", prev=before, expected=_render(label, ran + 1))
                if label.family in ("shi", "di"):
                    yield gap
                else:
                    lst.jumps.append(gap)    # (reported at the end unless the list numbers nothing in order)
                lst.missing.update(range(ran + 1, label.value))
        elif label.value == 1 and label.family in ("shi", "di"):
            yield self._report(doc, p, start, label, "restart", prev=prev.raw)
        elif label.value == 1:
            # (reported at the end unless the list before it is taken up again: 6. 7.（a cell's 1. …）8. nests it)
            lst.segments.append(lst.items)
            lst.items = []
            lst.restarts.append((lst.items, self._report(doc, p, start, label, "restart", prev=prev.raw)))
        else:
            back = self._report(doc, p, start, label, "backwards", prev=prev.raw)
            if label.family in ("shi", "di"):
                yield back
            else:
                lst.jumps.append(back)
        lst.items.append((p, start, label))
        lst.since = []
        lst.last, lst.paragraph = label, p
        lst.may_restart = False
        if label.auto and p.num:
            lst.word_lists[p.num] = label.value

    def _report_unmarked(self, doc, typed, value: int, label: Label, lst: "_List", at: int | None = None) -> Finding:
        """The finding on an item typed without its label's mark (3要提高大局观 where 3. belongs; 二把… where 二是 does),
        its number at `at` in `typed` (where the paragraph opens by default)."""
        number = _bare(label, value)
        where, offset = _origin(typed, typed.text.find(number) if at is None else at)
        message = localized(self.options["messages"].get("unmarked") or self.options["messages"]["mixed"], doc.language)
        return Finding(self.id, self.category, self.severity,
                       message.format(match=number, expected=_render(label, value), first=lst.first.raw),
                       number, where.text, offset, where, priority=self.priority, fix=_render(label, value))

    def _report(self, doc, p, start, label: Label, kind: str, fix=None, **values) -> Finding:
        """The finding on `label`; `fix` (a typed label only: Word's automatic ones are not text)."""
        lang = doc.language
        message = localized(self.options["messages"][kind], lang)
        p, start = _origin(p, start)
        if label.auto:   # Word's label is not in the text: report it with the paragraph as seen
            context, offset, match = p.visible_text, 0, p.label
        else:
            match, context, offset = label.raw, p.text, start
            if p.text[offset:offset + len(match)] != match:
                offset = max(0, p.text.find(match))
        f = Finding(self.id, self.category, self.severity, message.format(match=match, **values), match, context,
                    offset, p, priority=self.priority, fix=None if label.auto else fix)
        if label.auto:
            f.location["auto_label"] = True
        return f


ARABIC_FORMS = {"arabic", "arabic-paren", "circled"}     # one number written 2. （2） ②
# 一个是…，二是…: the first of an enumeration in words; or 一是 run into the words before it (……工作机制一是领导重视。二是……)
WORDED_FIRST = rx.compile(r"一(?:个|则|来)是?|一是|首先|其一")      # (首先……。第二，……)
# how a typed label of a numbered form begins (1. （一） ① 第一章; letters are left out: a) after Word's a) is rare)
LABEL_START = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十（(第" + "".join(map(chr, range(0x2460, 0x2474))))


def _cells(doc) -> list:
    """The paragraphs of each body table cell that has more than one, in document order."""
    cells: dict = {}
    for p in doc.paragraphs:
        if p.part == "table" and p.table:
            cells.setdefault((p.story, p.table), []).append(p)
    return [paragraphs for paragraphs in cells.values() if len(paragraphs) > 1]


def _lines(p) -> list:
    """A Word paragraph's lines split by line breaks, each standing for a paragraph of its own
    ("本周主要工作：↵1. …" holds a list's lead-in and its first item; "4. …↵↵下周工作计划：" an item and
    the next list's lead-in); the paragraph itself when it has one line or an automatic label."""
    if "\n" not in p.text or p.label:
        return [p]
    units, at = [], 0
    for line in p.text.split("\n"):
        if line.strip():
            unit = copy.copy(p)
            unit.text, unit.heading_level, unit.line_of = line, p.heading_level if at == 0 else None, (p, at)
            units.append(unit)
        at += len(line) + 1
    return units or [p]


def _origin(p, offset: int):
    """The paragraph a line belongs to, and `offset` in it."""
    origin = getattr(p, "line_of", None)
    return (origin[0], origin[1] + offset) if origin else (p, offset)


class _List:
    def __init__(self, label: Label, key, paragraph=None, word_lists=None, leads=False):
        self.first = self.last = label
        self.leads = leads              # an in-paragraph enumeration whose first item opens its paragraph
        self.paragraph = paragraph      # of the last item
        self.family = label.family
        self.key = key
        self.items: list = []           # (paragraph, offset, label) of each item
        self.segments: list = []        # the items of the lists it was before each restart
        self.since: list = []           # unlabelled paragraphs after the last item
        self.may_restart = False
        self.missing: set = set()       # values a reported gap skipped
        self.word_lists = {} if word_lists is None else word_lists   # Word's lists (numId, level) -> last value
                                        # (the document's, shared by its block lists: Word counts each list itself)
        self.opens_text = False         # its first item is the text's first paragraph
        self.restarts: list = []        # (the run a restart opened, its finding): reported unless the list resumes
        self.jumps: list = []           # its gaps and steps back: reported unless they outnumber its steps in order
        self.steps = 0                  # items that follow the one before in order
        self.moved: list = []           # decimal labels under another parent than the one before (3.2.2, then 3.1.2)


RESUME_SPAN = 150       # paragraphs an item with its nested runs may take


def _resumed(doc, p, lst: "_List", label: Label):
    """The earlier run of the list that `label` (of paragraph p) takes up again after runs of the same form nested in
    its last item, or None: （1）登录测试 … 测试顺序：（1）… （2）… （3）…, then （2）修改密码测试 is the outer list's second
    item, not a step gone back; 1. 2. 3. 2. with no run before it is, and so is one whose runs are under headings of
    their own (### 本周工作 1. 2.  ### 下周安排 1. 2. 3. 3.)."""
    seg = next((seg for seg in reversed(lst.segments) if seg and seg[-1][2].value + 1 == label.value), None)
    if seg is None or p.index - seg[-1][0].index > RESUME_SPAN \
            or any(q.heading_level is not None for q in doc.paragraphs[seg[-1][0].index:p.index - 1]):
        return None         # (the lists under each heading of their own are lists apart)
    return seg


def _excerpt(lists, key, previous, cut=False) -> bool:
    """A text that opens with an item past the first (6. 拟订……, then （二）文书事务; or `cut`: ……。五是开展……, then
    （三）履行……) is an excerpt cut from a longer one: neither that list nor the first of any other form opening in it
    is a list that starts wrongly."""
    if previous is None or cut and not any(lst.key == key for lst in lists):
        return True
    first = lists[0] if lists else None
    return (first is not None and first.opens_text and first.items[0][2].value > 1
            and not any(lst.key == key for lst in lists))


def _numbered_on(lists, key, label: Label) -> bool:
    """The items under a new parent go on counting from the last list of their form (一、 1、 2、 二、 3、): a
    draft numbered through, not a list opening at 3. Fails: 一、 1、 2、 二、 4、; passes: 一、 1、 2、 二、 3、."""
    last = next((lst for lst in reversed(lists) if lst.key == key), None)
    return last is not None and last.last.value + 1 == label.value


def _opens_inside(label: Label, lst: "_List", p) -> bool:
    """A typed 1. straight after the item 2、 of a list in the other form of the family: a list inside that
    item (2、遇到的问题及解决办法 1.水准仪超限 2.…), which the list's 3、 then takes up again; not a restart.
    A 3. among 1、 2、 is the list written two ways (reported as mixed). So is a 1. in the text under a styled
    heading numbered in the same form (6. Objectives for Next Checkpoint, 1.Finalize … 4.Prepare …, 7.References):
    the headings' 7. follows their 6. Text between the item and the 1. keeps it inside when the item is a heading
    of its own (2、神经网络方面 / its text / 1.构造函数… 2.… / 3、难点和算法)."""
    if label.value != 1 or lst.paragraph is None:
        return False
    under_heading = lst.paragraph.heading_level is not None and p.heading_level is None
    titled = not lst.last.auto and _title_line(lst.paragraph.text[lst.last.end:])    # (the list's last item)
    return under_heading or (not label.auto and not lst.last.auto and lst.last.style != label.style
                             and (not lst.since or titled))


def _title_line(text: str) -> bool:
    """What follows a label is a heading, not a sentence: short, with no stop (游戏模块, not 加强学习。)."""
    text = text.strip(INVISIBLE)
    return 0 < len(text) <= SHORT_SENTENCE and not text.endswith(SENTENCE_END + ("，", ",", "：", ":"))


def _another_word_list(p, label: Label, lst: "_List") -> bool:
    """An automatic label of another Word list than the item before it that opens a list (1.) or takes its own
    list up again (3. after a nested 1.–6.): Word counts each list itself, so neither is a break. Fails: 1. 2. 4.
    in one Word list (a typed label among them), and 1. 2. 3. (Word's) 4. (typed) 4. (Word's): the reader sees
    4. twice; passes: 1. 2. [another list 1.–6.] 3., and 三、 [typed 一． … 六、] 四、 (the typed items a list of
    their own, from 一)."""
    if not (label.auto and p.num and lst.paragraph is not None and lst.paragraph.num != p.num):
        return False
    first_typed = None
    for _, _, lab in reversed(lst.items):      # the typed items after the last of Word's: do they go on from it?
        if lab.auto:
            break
        first_typed = lab
    if first_typed is not None and first_typed.value != 1:
        return False
    return label.value <= 1 or lst.word_lists.get(p.num) == label.value - 1     # (a list set to open at 0. too)


def _close_lists_of_text(stack: list, key) -> None:
    """A labelled heading (第二章, a Heading 1 numbered 2.) ends the lists of ordinary paragraphs that came before
    it: the notes a template opens with (1.报告要求…, 2.本模板…) are not a list the chapters' items continue, and
    their next 1. must not take the chapters with it. `key`: the heading's list. Passes: 1.说明 2.说明, 第一章,
    1. 2., 第二章 (not "第二章 should start at 第一章"); 第三章 after 第一章 is still a gap."""
    stack[:] = [lst for lst in stack if lst.key == key or (lst.items and lst.items[0][0].heading_level is not None)]


def _prefix(label: Label) -> str:
    """The parent part of a decimal label: "2" of 2.1, "1.3" of 1.3.2."""
    return label.raw.strip().rstrip(".．").rsplit(".", 1)[0].rsplit("．", 1)[0]


def _numbers(label: Label) -> list:
    """A decimal label's numbers: [3, 1, 2] of 3.1.2."""
    return [int(x) for x in label.raw.strip().rstrip(".．").replace("．", ".").split(".") if x.isdigit()]


def _prefix_numbers(label: Label) -> tuple:
    """The parent part of a decimal label as numbers, to compare: (3, 1) of 3.1.2."""
    return tuple(_numbers(label)[:-1])


def _shown_as_parent(p, label: Label, word_lists: dict) -> bool:
    """Word's automatic label on a level its list already showed inside deeper labels (1.1–1.3 before the list's
    first 2): the level counted from there, so its first item of its own is no wrong start."""
    return bool(label.auto and p.num) and any(k[0] == p.num[0] and k[1] > p.num[1] for k in word_lists)


def _first_child(parent: "_List", label: Label) -> str | None:
    """The label a sub-list of decimal labels should open with under `parent` when `label` skips a
    level (2.3.1 straight under the heading 2: "2.1"), else None. The parent is a heading numbered N
    (typed or automatic) or a decimal label (2.3 → 2.3.1)."""
    numbers = _numbers(label)
    if parent.family == "multi":
        above = _numbers(parent.last)
    elif parent.family == "arabic" and parent.paragraph is not None and heading_of(parent.paragraph) is not None:
        above = [parent.last.value]
    else:
        return None
    if len(numbers) <= len(above) + 1 or numbers[:len(above)] != above:
        return None      # one level down (the prefix itself is another matter), or not under this parent
    return ".".join(map(str, above + [1]))


IDENTIFIERS = 2          # jumps (gaps, steps back) that, outnumbering a list's steps in order, make its labels numbers of things
DATED_MONTHS = 2         # months a log of dated entries opens on another day than the 1st (2.25 工作进展, 3.4 工作进展)
DATED_ITEMS = 4


def _dated(lst: "_List") -> bool:
    """A log whose entries are dated month.day (1.7 今日进展 … 2.25 工作进展 … 3.4 工作进展), not a list of sections:
    every label a two-part number that reads as a date, and more than one month taken up on a day other than
    the 1st (a section list opens each parent at .1)."""
    labels = [label for items in lst.segments + [lst.items] for _, _, label in items]
    if lst.family != "multi" or len(labels) < DATED_ITEMS:
        return False
    dates = [_numbers(label) for label in labels]
    if not all(len(d) == 2 and 1 <= d[0] <= 12 and 1 <= d[1] <= 31 for d in dates):
        return False
    return sum(1 for a, b in zip(dates, dates[1:]) if b[0] != a[0] and b[1] > 1) >= DATED_MONTHS


UNMARKED_FAMILIES = ("arabic", "cn")
# what follows a bare number that is a count or a date, not a label (3月, 4个方面, 四季度, 三年来)
COUNTED = frozenset("年月日号個个项項次季届屆级級类類名位种種条條点點批期章节節层層天周週岁歲")
CLAUSE_END = rx.compile(r"[，,。；;：:！？!?]")
UNMARKED_LAST = 3         # paragraphs after a list's last item where the next one may stand without its mark
UNMARKED_CLAUSE = 30      # characters of the heading-like clause a bare Chinese numeral may open (四以打造特色社区为着力点)


def _bare(label: Label, value: int) -> str:
    """`value` written as `label`'s family writes numbers, without a mark (3, 四)."""
    return chinese_counting(value) if label.family in ("cn", "shi") else str(value)


def _bare_ordinal(text: str, begin: int, end: int, value: int) -> int:
    """Where, between `begin` and `end` of `text`, a sentence opens with the ordinal `value` written bare (二把…, for
    二是), or -1; a count opening a sentence (二十多人, 两个) is none."""
    if begin < 0:
        return -1        # (its neighbour is in another paragraph)
    number = chinese_counting(value)
    at = text.find(number, begin, end)
    while at >= 0:
        after = text[at + len(number):at + len(number) + 1]
        if text[at - 1] in "。；;！？!?" and "\u4e00" <= after <= "\u9fff" and after not in COUNTED and after not in "是十":
            return at
        at = text.find(number, at + 1, end)
    return -1


def _unmarked(paragraph, value: int, label: Label) -> bool:
    """`paragraph` opens with the number `value` and no mark after it (3要提高大局观, 四以打造特色社区为着力点) in a list
    of Arabic labels or of 一、: the item is there, typed without its 、 or . A count (3个方面, 四季度) is no label."""
    if paragraph is None or label.family not in UNMARKED_FAMILIES or label.auto:
        return False
    text = paragraph.text.lstrip()
    number = _bare(label, value)
    if not (text.startswith(number) and len(text) > len(number) and "\u4e00" <= text[len(number)] <= "\u9fff"):
        return False
    if text[len(number)] in COUNTED:
        return False
    if label.family == "arabic":
        return True
    end = CLAUSE_END.search(text)
    clause = end.start() if end else len(text)
    return not text[len(number):].startswith(("是", "十")) and clause <= UNMARKED_CLAUSE


RAN_ON_LINES = 3     # paragraphs before a 2. where the first item may have run on (its text going on in the next lines)


def _ran_on(text: str, first: str) -> bool:
    """The list's first item typed at the end of the line before (二、收获与心得\t\t1、……), straight after its
    parent's label (一．1.输入形式……), or on a line of the paragraph before (#自学内容↵1.计算机科普系列, a heading
    without its space that Markdown runs into the item): a list that seems to start at 2 does not."""
    at = text.find(first, 1)
    return at > 0 and text[at - 1] in " \t\n\u3000：:、．"


RUN_ON_BEFORE = frozenset("。；;！？!? \t\u3000")


def _run_together(paragraphs, label: Label, last: int) -> int:
    """The last of the items after the list's last one (`last`) that ran on, in order and each opening a sentence, in
    the paragraphs since that item (a web page joins a list's items into one paragraph: 1、加强……。2、加强……。7、……
    then 8、 is no gap); `last` when none did. 1、……。2、…… then 5、 is a gap after 2、."""
    texts = [q.text for q in paragraphs if q is not None]
    at, k = 0, 0
    for n in range(last + 1, label.value):
        written = _render(label, n)
        while k < len(texts):
            found = texts[k].find(written, at)
            while found > 0 and texts[k][found - 1] not in RUN_ON_BEFORE:
                found = texts[k].find(written, found + 1)
            if found > 0:
                at = found + len(written)
                break
            k, at = k + 1, 0
        else:
            return n - 1
    return label.value - 1


def _key(label: Label, p=None, markdown: bool = False):
    """A list is one level of one label form: 1) and 1. are two lists (a sub-list under 1. is often
    numbered 1)), while 1、 and 1. are one list written two ways (reported as mixed). In Markdown the
    items of a list and the headings of each level are lists of their own (## 2. Retrospective, then
    1. … 5., then ### 1. …, then ## 3. Next Steps)."""
    kind = ""
    if p is not None and p.md_list:
        kind = f"list{p.md_list}"        # (each level of a nested Markdown list is a list of its own)
    elif p is not None and markdown and p.heading_level:
        kind = f"h{p.heading_level}"
    if label.family == "multi":
        return (label.family, label.depth, kind)
    closing = label.style.rstrip()[-1:] in (")", "）") and not label.style.startswith(("(", "（"))
    return (label.family, closing, kind)


def _as_letter(label: Label, stack) -> Label:
    """i) or v. after h) or u.: a letter of the alphabet list, not a roman numeral."""
    if label.family != "roman" or len(label.raw.rstrip(".)）")) != 1:
        return label
    value = ord(label.raw[0].lower()) - 96
    for lst in stack:
        if lst.family == "alpha" and lst.last.value + 1 == value and lst.last.style[-1:] == label.style[-1:]:
            return Label(label.raw, "alpha", value, ("a" if label.raw[0].islower() else "A") + label.style[-1:],
                         label.end, label.depth, label.auto)
    return label


def _trailing(text: str, label: Label) -> int:
    """Characters between the label's raw text and `label.end` (spaces after the label)."""
    return label.end - (text.find(label.raw) + len(label.raw)) if text.find(label.raw) >= 0 else 0


def _render(label: Label, value: int) -> str:
    fam = label.family
    if fam in ("cn", "cn-paren", "chapter", "shi", "di"):
        number = chinese_counting(value)
    elif fam == "circled":
        number = chr(0x2460 + value - 1) if 1 <= value <= 20 else str(value)
    elif fam == "arabic-paren" and label.style[:1] == "⑴":
        return (chr(PAREN_SIGNS_START + value - 1) if 1 <= value <= 20 else f"({value})") + label.style[1:]
    elif fam in ("alpha", "alpha-paren"):
        number = chr(96 + value) if 1 <= value <= 26 else str(value)
        if label.style[:1] in ("A",) or label.style.startswith("(A"):
            number = number.upper()
    elif fam == "roman":
        number = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"][value - 1] if 1 <= value <= 10 else str(value)
        if label.style[:1] == "I":
            number = number.upper()
    else:
        number = str(value)
    if fam == "multi":
        return label.raw.rsplit(".", 1)[0] + "." + number if "." in label.raw else number
    style = label.style
    for token in ("(a)", "(A)"):
        if style == token:
            return f"({number})"
    if fam in ("alpha", "roman"):
        return number + style[-1]
    return style.replace("N", number, 1)

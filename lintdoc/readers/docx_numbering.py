"""Word automatic numbering: the label Word shows in front of a numbered paragraph.

Follows the algorithm in shared/reference/docx.md §2.2: numbering inherited through the
paragraph style chain, numId 0 meaning none, numStyleLink, lvlOverride/startOverride on
the first use of a numId, counters shared per abstract definition and kept per story,
lvlRestart, isLgl, %N templates that mix levels.

Example: an abstractNum with level 0 `%1、` chineseCounting and level 1 `（%2）`
chineseCounting labels paragraphs at levels 0, 1, 1, 0 as 一、 （一） （二） 二、.
"""
from __future__ import annotations

import re

from lintdoc import rx
from lintdoc.readers.numfmt import format_number
from lintdoc.readers.ooxml import MC, W, int_or, wattr
from lintdoc.record import dataclass, field

_PCT = re.compile(r"%([1-9])")
PRIVATE_USE = rx.compile(r"[\ue000-\uf8ff]")     # (regex: re builds a 6k-entry map, 1 ms a process)


LEGAL_KEEPS = {"decimal", "decimalZero"}   # isLgl leaves these Arabic forms as they are


@dataclass
class Level:
    start: int = 0
    fmt: str = "decimal"
    text: str | None = None
    restart: int | None = None
    is_lgl: bool = False
    custom: str | None = None
    pstyle: str | None = None


def _int_val(el, child: str, default=None):
    """The integer w:val of `el`'s child element, or `default` when absent or not a number."""
    return int_or(wattr(el.find(W + child), "val"), default)


def _parse_level(el) -> tuple[int, Level]:
    ilvl = int_or(wattr(el, "ilvl"), 0)
    lvl = Level(start=_int_val(el, "start", 0), restart=_int_val(el, "lvlRestart"))
    fmt = el.find(W + "numFmt")
    if fmt is None:  # Word 2010 custom formats sit in mc:AlternateContent
        for choice in el.iter(MC + "Choice"):
            fmt = choice.find(W + "numFmt")
            if fmt is not None:
                break
        if fmt is None:
            fmt = el.find(f"{MC}AlternateContent/{MC}Fallback/{W}numFmt")
    if fmt is not None:
        lvl.fmt = wattr(fmt, "val") or "decimal"
        lvl.custom = wattr(fmt, "format")
    text = el.find(W + "lvlText")
    if text is not None:
        lvl.text = wattr(text, "val") or ""
    lgl = el.find(W + "isLgl")
    lvl.is_lgl = lgl is not None and wattr(lgl, "val") not in ("0", "false", "off")
    ps = el.find(W + "pStyle")
    lvl.pstyle = wattr(ps, "val") if ps is not None else None
    return ilvl, lvl


@dataclass
class Abstract:
    id: str
    levels: dict = field(default_factory=dict)
    single: bool = False
    num_style_link: str | None = None


@dataclass
class Num:
    id: str
    abstract: str
    overrides: dict = field(default_factory=dict)   # ilvl -> Level (full replacement)
    starts: dict = field(default_factory=dict)      # ilvl -> startOverride


class Numbering:
    """numbering.xml of one document, plus the counters of a reading pass."""

    def __init__(self, root=None, styles=None):
        self.styles = styles
        self.abstracts: dict[str, Abstract] = {}
        self.nums: dict[str, Num] = {}
        self.counters: dict[tuple, list] = {}    # (story, abstract id) -> 9 counters or None
        self.used_nums: set = set()               # (story, numId) already seen
        if root is None:
            return
        for el in root.findall(W + "abstractNum"):
            a = Abstract(wattr(el, "abstractNumId") or "")
            mlt = el.find(W + "multiLevelType")
            a.single = wattr(mlt, "val") == "singleLevel" if mlt is not None else False
            link = el.find(W + "numStyleLink")
            a.num_style_link = wattr(link, "val") if link is not None else None
            for lvl_el in el.findall(W + "lvl"):
                ilvl, lvl = _parse_level(lvl_el)
                if 0 <= ilvl <= 8:
                    a.levels[ilvl] = lvl
            self.abstracts[a.id] = a
        for el in root.findall(W + "num"):
            aid = el.find(W + "abstractNumId")
            n = Num(wattr(el, "numId") or "", wattr(aid, "val") if aid is not None else "")
            for ov in el.findall(W + "lvlOverride"):
                ilvl = int_or(wattr(ov, "ilvl"), 0)
                if not 0 <= ilvl <= 8:
                    continue                 # Word has levels 0-8; an override of another is ignored, as Word does
                start = _int_val(ov, "startOverride")
                if start is not None:
                    n.starts[ilvl] = start
                lvl_el = ov.find(W + "lvl")
                if lvl_el is not None:
                    n.overrides[ilvl] = _parse_level(lvl_el)[1]
            self.nums[n.id] = n

    def effective(self, num_id, ilvl, style_id):
        """(numId, ilvl) that applies to a paragraph, or None when it is not numbered.

        `num_id`/`ilvl` are the paragraph's own numPr values (None when absent)."""
        if num_id is None and self.styles is not None:
            inherited = self.styles.numbering(style_id)
            if inherited is None:
                return None
            num_id, style_ilvl, carrier = inherited
            if ilvl is None:
                ilvl = style_ilvl
            if ilvl is None:
                ilvl = self._level_for_style(num_id, style_id, carrier)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        return num_id, max(0, min(int_or(ilvl, 0), 8))

    def _level_for_style(self, num_id, *style_ids) -> int:
        abstract = self._abstract(num_id)
        if abstract:
            for ilvl, lvl in abstract.levels.items():
                if lvl.pstyle and lvl.pstyle in style_ids:
                    return ilvl
        return 0

    def _abstract(self, num_id) -> Abstract | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        abstract = self.abstracts.get(num.abstract)
        seen = set()
        while abstract is not None and abstract.num_style_link and abstract.id not in seen:
            seen.add(abstract.id)
            linked = self.styles.by_id.get(abstract.num_style_link) if self.styles else None
            if linked is None or linked.num_id is None or linked.num_id not in self.nums:
                break
            abstract = self.abstracts.get(self.nums[linked.num_id].abstract)
        return abstract

    def level(self, num_id, ilvl) -> Level | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        if ilvl in num.overrides:
            return num.overrides[ilvl]
        abstract = self._abstract(num_id)
        if abstract is None:
            return None
        if ilvl in abstract.levels:
            return abstract.levels[ilvl]
        lower = [k for k in abstract.levels if k < ilvl]
        return abstract.levels[max(lower)] if lower else None

    def next_label(self, num_id, ilvl, story: str) -> str | None:
        """Advance the counters for one numbered paragraph and return its label text.

        Returns None for bullets and levels that show nothing."""
        abstract = self._abstract(num_id)
        if abstract is None:
            return None
        if abstract.single:
            ilvl = 0
        lvl = self.level(num_id, ilvl)
        if lvl is None:
            return None
        key = (story, abstract.id)
        counters = self.counters.setdefault(key, [None] * 9)
        num = self.nums[num_id]
        first_use = (story, num_id) not in self.used_nums
        self.used_nums.add((story, num_id))
        if first_use:
            for level_no in num.starts:   # startOverride: restart the shared counter here
                counters[level_no] = None
        if counters[ilvl] is None:
            counters[ilvl] = num.starts.get(ilvl, lvl.start)
        else:
            counters[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            dl = self.level(num_id, deeper)
            restart = dl.restart if dl is not None else None
            if restart is None or (0 < restart <= 8 and ilvl < restart):
                counters[deeper] = None
            # lvlRestart 0: never restart
        if lvl.fmt == "bullet":
            return None
        if lvl.text is None:
            return format_number(counters[ilvl], lvl.fmt, lvl.custom)

        def render(m):
            n = int(m.group(1)) - 1
            ref = self.level(num_id, n)
            value = counters[n]
            if value is None:  # a parent level never used: Word shows its start value, and the parent's own next
                value = num.starts.get(n, ref.start if ref is not None else 0)     # item follows it (2.1 … then 3)
                if n < ilvl:
                    counters[n] = value
            fmt = ref.fmt if ref is not None else "decimal"
            custom = ref.custom if ref is not None else None
            if lvl.is_lgl and fmt not in LEGAL_KEEPS and not (fmt == "custom" and (custom or "").isdigit()):
                fmt = "decimal"      # legal numbering: Arabic numerals, zero-padded ones stay padded
            if fmt == "bullet" or fmt == "none":
                return ""
            return format_number(value, fmt, custom)

        return _PCT.sub(render, lvl.text)

"""styles.xml: style names, the basedOn chain, and what a paragraph inherits from it.

Heading levels come from `w:outlineLvl` or from the built-in style *name* ("heading 1",
"标题 1"), never from the style id: Chinese Word names its ids "1", "2", "a3".
"""
from __future__ import annotations

import re

from lintdoc.readers.ooxml import W, int_or, wattr
from lintdoc.record import dataclass

HEADING_NAME = re.compile(r"^(?:heading|标题|見出し)\s*([1-9])$", re.I)
TITLE_NAMES = {"title", "标题", "標題", "subtitle"}


@dataclass
class Style:
    id: str
    name: str
    type: str
    based_on: str | None = None
    num_id: str | None = None      # from pPr/numPr
    ilvl: int | None = None
    outline_level: int | None = None
    bold: bool | None = None
    vanish: bool | None = None
    italic: bool | None = None


def _toggle(rpr, tag):
    """A w:b / w:i / w:vanish toggle in an rPr: True, False or None when absent."""
    if rpr is None:
        return None
    el = rpr.find(W + tag)
    if el is None:
        return None
    return wattr(el, "val") not in ("0", "false", "off")


def _parse_style(el) -> Style:
    sid = wattr(el, "styleId") or ""
    name_el = el.find(W + "name")
    based = el.find(W + "basedOn")
    st = Style(sid, wattr(name_el, "val") or sid if name_el is not None else sid,
               wattr(el, "type") or "paragraph", wattr(based, "val") if based is not None else None)
    ppr = el.find(W + "pPr")
    if ppr is not None:
        numpr = ppr.find(W + "numPr")
        if numpr is not None:
            nid, lvl = numpr.find(W + "numId"), numpr.find(W + "ilvl")
            st.num_id = wattr(nid, "val") if nid is not None else None
            st.ilvl = int_or(wattr(lvl, "val")) if lvl is not None else None
        ol = ppr.find(W + "outlineLvl")
        if ol is not None:
            st.outline_level = int_or(wattr(ol, "val"))
    rpr = el.find(W + "rPr")
    st.bold, st.vanish, st.italic = _toggle(rpr, "b"), _toggle(rpr, "vanish"), _toggle(rpr, "i")
    return st


class _LazyStyles(dict):
    """{style id: Style}, each parsed on first use: a template defines hundreds of styles and a
    draft uses a handful. `entries`: (attributes, function returning the w:style element). Ids are
    looked up per kind: character styles apart from the others (paragraph, table, numbering), since
    a file may give a character style the id of a paragraph style and never means one for the other."""

    def __init__(self, entries):
        super().__init__()
        self.elements = {}
        self.default_paragraph = None
        for attrs, load in entries:
            sid = attrs.get(W + "styleId") or ""
            self.elements[sid] = load         # a later definition of an id wins
            if self.default_paragraph is None and attrs.get(W + "type") == "paragraph" and \
                    attrs.get(W + "default") in ("1", "true"):
                self.default_paragraph = sid

    def __contains__(self, sid):
        return sid in self.elements

    def get(self, sid, default=None):
        return self[sid] if sid in self.elements else default

    def __missing__(self, sid):
        if sid not in self.elements:
            raise KeyError(sid)
        value = self[sid] = _parse_style(self.elements[sid]())
        return value


class Styles:
    """Resolved styles of one document, from the top-level children of styles.xml as
    `Package.children` gives them: (local name, attributes, function returning the element)."""

    def __init__(self, children=None):
        self.by_id: dict[str, Style] = {}         # paragraph, table and numbering styles
        self.char_by_id: dict[str, Style] = {}    # character styles
        self.default_paragraph: str | None = None
        self.default_bold = False
        self.default_vanish = False
        self.default_italic = False
        self._memo: dict = {}
        if not children:
            return
        for local, _, load in children:
            if local == "docDefaults":
                defaults = load().find(f"{W}rPrDefault/{W}rPr")
                self.default_bold = bool(_toggle(defaults, "b"))
                self.default_vanish = bool(_toggle(defaults, "vanish"))
                self.default_italic = bool(_toggle(defaults, "i"))
        kinds: dict = {False: [], True: []}     # is a character style -> its entries
        for local, attrs, load in children:
            if local == "style":
                kinds[attrs.get(W + "type") == "character"].append((attrs, load))
        self.by_id = _LazyStyles(kinds[False])
        self.char_by_id = _LazyStyles(kinds[True])
        self.default_paragraph = self.by_id.default_paragraph

    def chain(self, style_id: str | None, fall_back: bool = True, character: bool = False):
        """The style and its basedOn ancestors, nearest first (cycles cut); an unknown or
        absent paragraph style means the default paragraph style when `fall_back`."""
        seen = set()
        table = self.char_by_id if character else self.by_id
        sid = style_id if style_id in table or not fall_back else self.default_paragraph
        while sid and sid in table and sid not in seen:
            seen.add(sid)
            yield table[sid]
            sid = table[sid].based_on

    def name(self, style_id: str | None) -> str:
        st = self.by_id.get(style_id or "") or self.by_id.get(self.default_paragraph or "")
        return st.name if st else (style_id or "")

    def inherited(self, style_id: str | None, attr: str):
        for st in self.chain(style_id):
            value = getattr(st, attr)
            if value is not None:
                return value
        return None

    def numbering(self, style_id: str | None):
        """(numId, ilvl or None, style id that carries it) inherited through the style chain (memoised)."""
        key = ("numbering", style_id)
        if key not in self._memo:
            self._memo[key] = next(((st.num_id, st.ilvl, st.id) for st in self.chain(style_id)
                                    if st.num_id is not None), None)
        return self._memo[key]

    def heading_level(self, style_id: str | None) -> int | None:
        """1-based heading level by style name or inherited outline level."""
        for st in self.chain(style_id):
            m = HEADING_NAME.match(st.name.strip())
            if m:
                return int(m.group(1))
            if st.outline_level is not None and 0 <= st.outline_level < 9:
                return st.outline_level + 1
        return None

    def paragraph_style(self, style_id: str | None) -> tuple:
        """(name, heading level, is a title style) of a paragraph style, memoised."""
        key = ("paragraph", style_id)
        if key not in self._memo:
            self._memo[key] = (self.name(style_id), self.heading_level(style_id), self.is_title(style_id))
        return self._memo[key]

    def is_title(self, style_id: str | None) -> bool:
        st = self.by_id.get(style_id or "")
        return bool(st and st.name.strip().lower() in TITLE_NAMES)

    def run_toggle(self, char_style: str | None, para_style: str | None, attr: str) -> bool:
        """Effective bold/vanish/italic from character style, paragraph style, then defaults (memoised:
        a document has few style combinations and many runs)."""
        key = (char_style, para_style, attr)
        if key not in self._memo:
            self._memo[key] = self._run_toggle(char_style, para_style, attr)
        return self._memo[key]

    def _run_toggle(self, char_style, para_style, attr) -> bool:
        for sid, fall_back in ((char_style, False), (para_style, True)):
            if sid or fall_back:
                for st in self.chain(sid, fall_back, character=not fall_back):
                    value = getattr(st, attr)
                    if value is not None:
                        return value
        return getattr(self, "default_" + attr)

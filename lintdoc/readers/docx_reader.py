"""Read a .docx as Word shows it: zipfile + lxml, one pass over each story.

What python-docx loses is kept here: text in tracked insertions (deletions are dropped
and counted), content controls (inline and block level, with `showingPlcHdr`), field
results (not field codes), hyperlinks, smart tags, text boxes (as their own story, once:
mc:Fallback is skipped), merged table cells once, nested tables, every header and footer
part once, footnotes, endnotes and comments. Automatic numbering labels are rebuilt by
`docx_numbering`; heading levels come from `docx_styles`.
"""
from __future__ import annotations

import functools
import re

from lintdoc import rx
from lintdoc.model import (CODE, CONTROL, DELETED, DIRECTIVE, HIDDEN, INSERTED, OBJECT, PLACEHOLDER_CONTROL, TOC,
                           Document, Paragraph, RunSpan, Suppression)
from lintdoc.readers.docx_numbering import PRIVATE_USE, Numbering
from lintdoc.readers.docx_styles import Styles
from lintdoc.readers.markup import typed_markup
from lintdoc.readers.ooxml import M, MC, W, WP, Package, wattr
from lintdoc.readers.toc import toc_line
from lintdoc.spans import joined

NOTE_SKIP = {"separator", "continuationSeparator", "continuationNotice"}
COMMENT_MARKS = {W + "commentRangeStart", W + "commentRangeEnd"}
PASS_THROUGH = {W + "hyperlink", W + "smartTag", W + "customXml", W + "fldSimple", W + "dir", W + "bdo",
                W + "moveTo"}
RPR, B, I, VANISH, RSTYLE, HIGHLIGHT, RPR_CHANGE, T, FLD_CHAR, VAL, RFONTS = (
    W + "rPr", W + "b", W + "i", W + "vanish", W + "rStyle", W + "highlight", W + "rPrChange", W + "t", W + "fldChar",
    W + "val", W + "rFonts")
MONOSPACE = {"courier", "courier new", "consolas", "menlo", "monaco", "lucida console", "source code pro", "fira code",
             "fira mono", "dejavu sans mono", "liberation mono", "roboto mono", "jetbrains mono", "inconsolata",
             "cascadia code", "cascadia mono", "sf mono", "ubuntu mono", "noto sans mono", "andale mono"}
PPR, PSTYLE, NUMPR, NUM_ID, ILVL, OUTLINE_LVL = (
    W + "pPr", W + "pStyle", W + "numPr", W + "numId", W + "ilvl", W + "outlineLvl")
_NATURAL = re.compile(r"(\d+)")


def _natural(name: str):
    return [int(t) if t.isdigit() else t for t in _NATURAL.split(name)]


def _on(el) -> bool:
    return el is not None and wattr(el, "val") not in ("0", "false", "off")


class _Para:
    """Text of one paragraph under construction, with its run map and flags."""

    def __init__(self, run_map: bool):
        self.parts: list[str] = []
        self.length = 0
        self.runs: list[RunSpan] | None = [] if run_map else None
        self.flags: set = set()
        self.hidden: list[str] = []
        self.bold_chars = 0
        self.italic_chars = 0
        self.mono_chars = 0            # visible characters in a monospace font (code)
        self.visible_chars = 0
        self.textboxes: list = []
        self.result = None             # the Paragraph made from it
        self.placeholder_spans: list = []
        self.highlight_spans: list = []

    def add(self, text: str, run: int, run_offset: int, bold: bool, mono: bool = False, italic: bool = False):
        if not text:
            return
        self.parts.append(text)
        if self.runs is not None:
            self.runs.append(RunSpan(self.length, self.length + len(text), run, run_offset))
        self.length += len(text)
        n = len(text.strip())
        self.visible_chars += n
        if bold:
            self.bold_chars += n
        if italic:
            self.italic_chars += n
        if mono and text.isascii():
            self.mono_chars += n


class _Story:
    """Walks one story (the body, a header, a note, a text box) into paragraphs."""

    def __init__(self, reader, name: str, part: str, run_ids: dict):
        self.reader, self.name, self.part, self.run_ids = reader, name, part, run_ids
        self.fields: list[str] = []     # stack of complex fields: "code" until separate, then "result"
        self.pending: _Para | None = None  # a paragraph whose mark was deleted merges into the next
        self.tables = 0
        self.toggles: dict = {}

    # -- blocks ---------------------------------------------------------------
    def blocks(self, container, part=None, table=None, ctx=frozenset()):
        for child in container:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, part or self.part, table, ctx)
            elif tag == W + "tbl":
                self.table(child, ctx)
            elif tag == W + "sdt":
                content, inner = self._control(child, ctx)
                self.blocks(content, part, table, inner)
            elif tag in (W + "customXml", W + "ins", W + "moveTo"):
                self.blocks(child, part, table, ctx | ({INSERTED} if tag == W + "ins" else set()))
            elif tag in (W + "del", W + "moveFrom"):
                self.reader.count("deletions")
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self.blocks(choice, part, table, ctx)
            elif tag in COMMENT_MARKS:
                self.reader.mark_comment(child, (len(self.reader.doc.paragraphs), None))

    def _control(self, sdt, ctx):
        """(content element, ctx) of a content control; notes whether it shows its placeholder."""
        pr = sdt.find(W + "sdtPr")
        flags = {CONTROL}
        if pr is not None and _on(pr.find(W + "showingPlcHdr")):
            flags.add(PLACEHOLDER_CONTROL)
            self.reader.doc.controls_showing_placeholder += 1
        content = sdt.find(W + "sdtContent")
        return (content if content is not None else []), ctx | flags

    def table(self, tbl, ctx):
        self.tables += 1
        number = self.tables
        for r, (row, row_ctx) in enumerate(self._unwrapped(tbl, W + "tr", ctx), 1):
            for c, (cell, cell_ctx) in enumerate(self._unwrapped(row, W + "tc", row_ctx), 1):
                pr = cell.find(W + "tcPr")
                vmerge = pr.find(W + "vMerge") if pr is not None else None
                if vmerge is not None and wattr(vmerge, "val") in (None, "continue"):
                    continue  # the rest of a vertically merged cell: Word shows it once
                self.blocks(cell, "table" if self.part == "body" else self.part, (number, r, c), cell_ctx)

    def _unwrapped(self, parent, tag, ctx):
        """(child `tag` (w:tr, w:tc) of `parent`, its ctx), looking through row- and cell-level
        controls, whose flags (a control still showing its placeholder) pass to what they hold."""
        for child in parent:
            if child.tag == tag:
                yield child, ctx
            elif child.tag == W + "sdt":
                content, inner = self._control(child, ctx)
                yield from self._unwrapped(content, tag, inner)
            elif child.tag == W + "customXml":
                yield from self._unwrapped(child, tag, ctx)

    # -- paragraphs -----------------------------------------------------------
    def paragraph(self, p, part, table, ctx):
        reader = self.reader
        style_id = num_id = ilvl = outline = None
        mark_deleted = False
        first = p[0] if len(p) else None
        ppr = first if first is not None and first.tag == PPR else None    # w:pPr comes first in a paragraph
        for prop in ppr if ppr is not None else ():
            tag = prop.tag
            if tag == PSTYLE:
                style_id = prop.get(VAL)
            elif tag == NUMPR:
                for sub in prop:
                    if sub.tag == NUM_ID:
                        num_id = sub.get(VAL)
                    elif sub.tag == ILVL:
                        ilvl = sub.get(VAL)
            elif tag == OUTLINE_LVL and (prop.get(VAL) or "").isdigit():
                outline = int(prop.get(VAL))
            elif tag == RPR:            # the paragraph mark's properties
                if prop.find(W + "ins") is not None:
                    reader.count("insertions")
                if prop.find(W + "del") is not None:
                    reader.count("deletions")
                    mark_deleted = True
        para = self.pending or _Para(self.run_ids is not None)
        self.pending = None
        para.flags |= ctx
        start = para.length
        self.inline(p, para, style_id, ctx)
        if PLACEHOLDER_CONTROL in ctx:  # inside a block-level control showing its placeholder
            para.placeholder_spans.append((start, para.length))
        if mark_deleted:
            self.pending = para  # Word shows this paragraph joined to the next one
            return
        styles = reader.styles
        label, num = "", None
        eff = reader.numbering.effective(num_id, ilvl, style_id)
        if eff is not None:
            text = reader.numbering.next_label(eff[0], eff[1], self.name)
            num = eff
            if text and not PRIVATE_USE.search(text):
                label = text
        style, level, is_title = styles.paragraph_style(style_id)
        if outline is not None and outline < 9:
            level = outline + 1
        text = "".join(para.parts)
        paragraph = para.result = Paragraph(
            text=text, part=part, story=self.name, label=label, num=num,
            heading_level=level, is_title=is_title, style=style,
            bold=para.visible_chars > 0 and para.bold_chars == para.visible_chars,
            italic=para.visible_chars > 0 and para.italic_chars == para.visible_chars,
            flags=para.flags, hidden_text="".join(para.hidden), runs=para.runs or [], table=table,
            placeholder_spans=para.placeholder_spans, highlight_spans=joined(para.highlight_spans),
            markup_spans=typed_markup(text))
        kind = literal_kind(paragraph.style, paragraph.text) or \
            (CODE if para.visible_chars >= 3 and para.mono_chars == para.visible_chars else None)
        if kind:
            paragraph.flags.add(kind)
        reader.doc.paragraphs.append(paragraph)
        for k, box in enumerate(para.textboxes, 1):
            reader.read_textbox(box, f"{self.name}#textbox{len(reader.doc.paragraphs)}.{k}", self.run_ids,
                                "textbox" if self.part in ("body", "table", "textbox") else self.part)

    # -- inline content -------------------------------------------------------
    def inline(self, el, para: _Para, pstyle, ctx):
        for child in el:
            tag = child.tag
            if tag == W + "r":
                self.run(child, para, pstyle, ctx)
            elif tag in PASS_THROUGH:
                self.inline(child, para, pstyle, ctx)
            elif tag == W + "ins":
                self.reader.count("insertions")
                para.flags.add(INSERTED)
                self.inline(child, para, pstyle, ctx | {INSERTED})
            elif tag in (W + "del", W + "moveFrom"):
                self.reader.count("deletions")
                para.flags.add(DELETED)
            elif tag == W + "sdt":
                content, inner = self._control(child, ctx)
                para.flags |= inner
                start = para.length
                self.inline(content, para, pstyle, inner)
                if PLACEHOLDER_CONTROL in inner - ctx:
                    para.placeholder_spans.append((start, para.length))
            elif tag == MC + "AlternateContent":
                choice = child.find(MC + "Choice")
                if choice is not None:
                    self.inline(choice, para, pstyle, ctx)
            elif tag in COMMENT_MARKS:
                self.reader.mark_comment(child, (para, para.length))
            elif tag in (M + "oMath", M + "oMathPara"):
                para.add(OBJECT, -1, 0, False)   # an equation is one object in the line, not prose

    def run(self, r, para: _Para, pstyle, ctx):
        rstyle = bold = vanish = italic = None
        highlighted = mono = False
        ordinal = self.run_ids.get(r, -1) if self.run_ids is not None else -1
        offset = 0
        fields = self.fields
        first = True
        for child in r:
            tag = child.tag
            if first:
                first = False
                if tag == RPR:                     # w:rPr comes first in a run
                    for prop in child:
                        tag = prop.tag
                        if tag == B:
                            bold = _on(prop)
                        elif tag == I:
                            italic = _on(prop)
                        elif tag == VANISH:
                            vanish = _on(prop)
                        elif tag == RSTYLE:
                            rstyle = prop.get(VAL)
                        elif tag == HIGHLIGHT:
                            highlighted = prop.get(VAL) not in (None, "none")
                        elif tag == RPR_CHANGE:
                            self.reader.count("formatting")
                        elif tag == RFONTS:
                            mono = (prop.get(W + "ascii") or prop.get(W + "hAnsi") or "").lower() in MONOSPACE
                    if bold is None or vanish is None or italic is None:
                        styled = self._toggles(rstyle, pstyle)
                        bold = styled[0] if bold is None else bold
                        vanish = styled[1] if vanish is None else vanish
                        italic = styled[2] if italic is None else italic
                    continue
                bold, vanish, italic = self._toggles(None, pstyle)
            if tag == T and not fields:
                text = child.text
            elif tag == RPR:
                continue
            elif tag == FLD_CHAR:
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    fields.append("code")
                elif kind == "separate" and fields:
                    fields[-1] = "result"
                elif kind == "end" and fields:
                    fields.pop()
                continue
            elif fields and fields[-1] == "code":
                continue  # field code (instrText and anything else before `separate`)
            else:
                text = self._run_child_text(child, para)
            if not text:
                continue
            if vanish:
                para.hidden.append(text)
                para.flags.add(HIDDEN)
            else:
                if highlighted:
                    para.highlight_spans.append((para.length, para.length + len(text)))
                para.add(text, ordinal, offset, bool(bold), mono, bool(italic))
            offset += len(text)

    def _toggles(self, rstyle, pstyle) -> tuple:
        """(bold, hidden, italic) that a run's character style and paragraph style give it (memoised per story)."""
        key = (rstyle, pstyle)
        found = self.toggles.get(key)
        if found is None:
            styles = self.reader.styles
            found = self.toggles[key] = (styles.run_toggle(rstyle, pstyle, "bold"),
                                         styles.run_toggle(rstyle, pstyle, "vanish"),
                                         styles.run_toggle(rstyle, pstyle, "italic"))
        return found

    def _run_child_text(self, child, para) -> str:
        tag = child.tag
        if tag == W + "t":
            return child.text or ""
        if tag in (W + "tab", W + "ptab"):
            return "\t"
        if tag in (W + "br", W + "cr"):
            return "\n"
        if tag == W + "noBreakHyphen":
            return "-"
        if tag == W + "sym":
            try:
                return chr(int(wattr(child, "char") or "", 16))
            except ValueError:
                return ""
        if tag in (W + "drawing", W + "pict", W + "object", MC + "AlternateContent"):
            para.textboxes.extend(_textboxes(child))
            if _inline_object(child):
                return OBJECT
        return ""


TOC_STYLE = re.compile(r"^(?:toc|table of figures|目录|目錄|手动目录|索引)", re.I)
CODE_STYLE = re.compile(r"code|source|verbatim|preformatted|program|listing|console|terminal|代码|程序", re.I)


def literal_kind(style: str, text: str) -> str | None:
    """"toc" for a table-of-contents entry (a TOC or WPS 目录 style, or a line ending in a page number
    after a tab or dot leaders), "code" for a code-styled paragraph: text that takes part in no prose rule."""
    kind = _style_kind(style)
    if kind == TOC:
        return TOC
    if toc_line(text):
        return TOC
    return kind


@functools.lru_cache(maxsize=256)
def _style_kind(style: str) -> str | None:
    """TOC or CODE for a style name that makes its paragraphs one (a document has few styles)."""
    if TOC_STYLE.match(style):
        return TOC
    return CODE if CODE_STYLE.search(style) else None


def _inline_object(el) -> bool:
    """An object that sits in the line of text (an inline picture, chart, embedded object or equation
    object): it stands in the text as one U+FFFC so that the marks around it do not collide
    ("如图\ufffc所示", "（\ufffc）"). Floating shapes and text boxes are not in the line."""
    tag = el.tag
    if tag == W + "object":
        return True
    if tag == W + "drawing":
        return any(c.tag == WP + "inline" for c in el)
    if tag == MC + "AlternateContent":
        choice = el.find(MC + "Choice")
        return choice is not None and any(_inline_object(c) for c in choice)
    return False


def _textboxes(el):
    """w:txbxContent elements under a drawing, skipping mc:Fallback (Word writes the text twice)."""
    for child in el:
        if child.tag == MC + "Fallback":
            continue
        if child.tag == W + "txbxContent":
            yield child
        else:
            yield from _textboxes(child)


class _Reader:
    def __init__(self, pkg: Package, run_map: bool = True):
        self.pkg, self.run_map = pkg, run_map
        self.doc = Document(pkg.path, "docx", main_part=pkg.main)
        rels = pkg.relationships(pkg.main)
        by_type: dict[str, list] = {}
        for rel_type, target in rels.values():
            if target in pkg.names:
                by_type.setdefault(rel_type, [])
                if target not in by_type[rel_type]:
                    by_type[rel_type].append(target)
        self.by_type = by_type
        self.comment_marks: dict = {}   # comment id -> {"start"/"end": (_Para, offset) or (count, None)}
        self.styles = Styles(self._first("styles", lambda name: pkg.children(name, "docDefaults", "style")))
        self.numbering = Numbering(self._first("numbering", pkg.xml), self.styles)

    def _first(self, rel_type, load):
        names = self.by_type.get(rel_type)
        return load(names[0]) if names else None

    def mark_comment(self, el, position):
        """Where a comment's range starts or ends: (_Para, offset), or (paragraphs so far, None)
        for a mark between paragraphs."""
        end = "start" if el.tag == W + "commentRangeStart" else "end"
        self.comment_marks.setdefault(wattr(el, "id"), {})[end] = position

    def count(self, what: str):
        self.doc.revisions[what] = self.doc.revisions.get(what, 0) + 1

    def story(self, root, name, part) -> _Story:
        run_ids = {r: i for i, r in enumerate(root.iter(W + "r"))} if self.run_map else None
        return _Story(self, name, part, run_ids)

    def read(self) -> Document:
        pkg = self.pkg
        root = pkg.xml(pkg.main)
        bodies = root.findall(W + "body")   # one in a file Word wrote; read every one a tool wrote
        if bodies:
            story = self.story(root, pkg.main, "body")
            for body in bodies:
                story.blocks(body)
        for kind in ("header", "footer"):
            for name in sorted(self.by_type.get(kind, []), key=_natural):
                part_root = pkg.xml(name)
                self.story(part_root, name, kind).blocks(part_root)
        for kind, tag in (("footnotes", "footnote"), ("endnotes", "endnote")):
            for name in self.by_type.get(kind, []):
                part_root = pkg.xml(name)
                story = self.story(part_root, name, tag)
                for note in part_root.findall(W + tag):
                    if wattr(note, "type") not in NOTE_SKIP:
                        story.blocks(note)
        for name in self.by_type.get("comments", []):
            part_root = pkg.xml(name)
            story = self.story(part_root, name, "comment")
            for comment in part_root.findall(W + "comment"):
                first = len(self.doc.paragraphs)
                story.blocks(comment)
                if not self._suppression(wattr(comment, "id"), self.doc.paragraphs[first:]):
                    self.doc.comments += 1      # a lintdoc-disable comment is an instruction, not a leftover
        self.doc.renumber()
        self._resolve_suppressions()
        return self.doc

    def _suppression(self, comment_id, paragraphs) -> bool:
        """A comment whose text starts with `lintdoc-disable [rule ids]` suppresses them on its range;
        whether the comment is such a directive."""
        text = " ".join(p.text for p in paragraphs).strip()
        m = re.match(r"lintdoc-disable\b(.*)", text)
        if not m:
            return False
        for p in paragraphs:
            p.flags.add(DIRECTIVE)
        if comment_id in self.comment_marks:
            rules = tuple(x for x in re.split(r"[\s,，]+", m.group(1).strip()) if x)
            self.doc.suppressions.append(Suppression(rules, self.comment_marks[comment_id], None,
                                                     where=paragraphs[0] if paragraphs else None, text=text))
        return True

    def _resolve_suppressions(self):
        """Turn recorded marks into (paragraph index, offset) pairs once paragraphs are numbered."""
        resolved = []
        for s in self.doc.suppressions:
            marks = s.start
            start, end = self._position(marks.get("start")), self._position(marks.get("end"))
            if start is None or end is None:
                continue
            s.start, s.end = start, end
            resolved.append(s)
        self.doc.suppressions = resolved

    def _position(self, mark):
        if mark is None:
            return None
        where, offset = mark
        if offset is None:   # a block-level mark: before paragraph number `where` + 1
            return (where + 1, 0)
        paragraph = where.result
        if paragraph is None:
            return None
        return (paragraph.index, offset)

    def read_textbox(self, box, name, run_ids, part="textbox"):
        """A text box's paragraphs, as their own story; one in a header or footer keeps that part."""
        story = _Story(self, name, part, run_ids)
        story.blocks(box)


def read_docx(path, data: bytes | None = None, run_map: bool = True) -> Document:
    """Read a .docx file (or its bytes) into the document model (raises InputError for bad input).
    `run_map`: record which w:r each piece of text came from (Paragraph.runs), which only a writer of a
    reviewed copy needs."""
    with Package(path, data) as pkg:
        return _Reader(pkg, run_map).read()

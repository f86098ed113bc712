"""The document model every reader produces and every rule reads.

A `Document` is a flat list of `Paragraph`s in reading order (body, with table cells
in place, then headers, footers, notes, comments; text boxes follow the paragraph they
are anchored in). Each paragraph keeps what a person sees: its text, its automatic
numbering label, its heading level, and flags for what a person may not see.
"""
from __future__ import annotations

import bisect

from lintdoc.record import dataclass, field

PARTS = ("body", "table", "header", "footer", "footnote", "endnote", "comment", "textbox")

# Paragraph flags
PLACEHOLDER_CONTROL = "placeholder-control"  # a content control still showing its placeholder
INSERTED = "inserted"                        # text inside an unaccepted tracked insertion
DELETED = "deleted"                          # an unaccepted tracked deletion was dropped here
HIDDEN = "hidden"                            # hidden text (w:vanish) was left out of `text`
CONTROL = "content-control"                  # text inside a content control
DIRECTIVE = "directive"                       # a comment that is a lintdoc-disable instruction
TOC, CODE, REFERENCE = "toc", "code", "reference"   # a contents entry, code, a bibliography entry,
METADATA = "metadata"                        # a Markdown front-matter field shown as text (summary:, author:)
FORM_FIELD = "form-field"                            # a form's cell for a hand (under 签字, Signature, Date):
LITERAL = frozenset((TOC, CODE, REFERENCE, FORM_FIELD))   # text that takes part in no prose rule
OBJECT = "\ufffc"     # OBJECT REPLACEMENT CHARACTER: an equation, picture, embedded object or code block in the text


@dataclass
class RunSpan:
    """Characters [start, end) of a paragraph's text come from one source run.

    `run` is the ordinal of the `w:r` element in its XML part (document order), and
    `run_offset` is where the span starts inside that run's text; for text files it is
    the character offset in the file (and `run` is -1).
    """
    start: int
    end: int
    run: int
    run_offset: int = 0


@dataclass
class Paragraph:
    text: str
    part: str = "body"
    index: int = 0                    # 1-based, over the whole document, set by Document
    story: str = ""                   # XML part name (docx) or "" (text files)
    label: str = ""                   # automatic-numbering label as Word shows it ("一、")
    num: tuple | None = None          # (numId, ilvl) for auto-numbered paragraphs
    heading_level: int | None = None  # 1-based outline level from styles/outline/Markdown
    is_title: bool = False            # Title style, or the document's first short line
    style: str = ""                   # paragraph style name
    bold: bool = False                # all visible text is bold
    italic: bool = False              # all of it in italics (a Markdown paragraph that is one *…* or _…_)
    flags: set = field(default_factory=set)
    hidden_text: str = ""             # hidden text that was left out of `text`
    runs: list = field(default_factory=list)  # RunSpan list
    table: tuple | None = None        # (table, row, cell), 1-based, for table paragraphs
    md_list: int = 0                  # Markdown list item: its nesting depth, 1 for the outermost (its typed marker is in `text`)
    placeholder_spans: list = field(default_factory=list)  # [(start, end)] of controls showing placeholders
    highlight_spans: list = field(default_factory=list)    # [(start, end)] of highlighted text (docx)
    code_spans: list = field(default_factory=list)         # [(start, end)] of Markdown `code`, backticks included
    markup_spans: list = field(default_factory=list)       # [(start, end)] of markup typed in plain text (** of **bold**)

    def source_offset(self, offset: int) -> int | None:
        """Where character `offset` of `text` comes from in the source (text files: file offset)."""
        for span in self.runs:
            if span.start <= offset < span.end or (offset == span.end and span is self.runs[-1]):
                return span.run_offset + (offset - span.start)
        return None

    @property
    def visible_text(self) -> str:
        """Label and text as one line, the way the reader sees the paragraph (a space between them, as LibreOffice
        prints a numbered paragraph whatever Word puts after the label: a tab, a space or nothing)."""
        return f"{self.label} {self.text}" if self.label else self.text


@dataclass
class Suppression:
    """A range where some rules (all when `rules` is empty) are not reported: from (paragraph index,
    offset) `start` up to `end`. Written as Markdown comments or as a Word comment (lintdoc-disable)."""
    rules: tuple
    start: tuple
    end: tuple
    where: Paragraph | None = None   # the comment's own paragraph (Word), for reporting unknown ids
    line: int | None = None          # the directive's line (Markdown)
    text: str = ""

    def covers(self, paragraph_index: int, offset: int) -> bool:
        return self.start <= (paragraph_index, offset) < self.end


@dataclass
class Document:
    path: str
    format: str                      # "docx" | "md" | "txt"
    paragraphs: list = field(default_factory=list)
    language: str = "zh"             # "zh" | "en"
    encoding: str | None = None      # text files
    main_part: str = ""              # .docx: the main document part (word/document.xml)
    revisions: dict = field(default_factory=dict)   # {"insertions": n, "deletions": n, ...}
    comments: int = 0
    controls_showing_placeholder: int = 0
    line_starts: list = field(default_factory=list)  # text files: file offset of each line
    source: str = field(default="", repr=False)      # Markdown: the file's text, for findings as written
    suppressions: list = field(default_factory=list)  # Suppression ranges found in the file
    derived: dict = field(default_factory=dict, repr=False)  # analyses computed once (the outline)

    def position(self, paragraph: Paragraph, offset: int) -> tuple[int, int] | None:
        """1-based (line, column) of a character of `paragraph`, for text files."""
        if not self.line_starts:
            return None
        src = paragraph.source_offset(offset)
        if src is None:
            return None
        line = bisect.bisect_right(self.line_starts, src)
        return line, src - self.line_starts[line - 1] + 1

    def source_lines(self, paragraph: Paragraph) -> tuple[int, int] | None:
        """[start, end) in `source` of the whole lines a Markdown paragraph was written on."""
        if not self.source or not paragraph.runs:
            return None
        first = paragraph.runs[0].run_offset
        last = paragraph.runs[-1].run_offset + paragraph.runs[-1].end - paragraph.runs[-1].start
        start = self.line_starts[bisect.bisect_right(self.line_starts, first) - 1]
        end = self.source.find("\n", max(last - 1, start))
        return start, (len(self.source) if end < 0 else end)

    def __post_init__(self):
        self.renumber()

    def renumber(self) -> None:
        for i, p in enumerate(self.paragraphs, 1):
            p.index = i

    def body(self):
        """Paragraphs of the main story (body and tables)."""
        return [p for p in self.paragraphs if p.part in ("body", "table")]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

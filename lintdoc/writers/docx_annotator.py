"""Write a reviewed copy of a .docx: every finding as a Word comment anchored on the offending text.

Runs are split at the match boundaries (formatting kept), so a comment covers exactly the match.
Findings Word cannot anchor in place (headers, footers, notes, an automatic numbering label, a
whole-document finding) go on the nearest body paragraph or the title, with a note saying where
they belong. Every part other than the main document, its relationships, the content types and
the comments part is copied byte for byte from the input; the input is never modified, and the
copy is written atomically (temporary file, then rename).

Example: a paragraph "全年完成xx项任务" gives a copy whose comment "占位符“xx”未替换为实际内容
(placeholder-x)" is anchored on exactly "xx".
"""
from __future__ import annotations

import copy
import hashlib
import io
import os
import posixpath
import time
import zipfile

import docx
from docx.oxml.ns import qn
from docx.text.run import Run

from lintdoc.errors import InputError
from lintdoc.fileio import atomic_write

MARKER = b"lintdoc reviewed copy"
MAX_PACKAGE_BYTES = 512 * 1024 * 1024
AUTHOR, INITIALS = "lintdoc", "LD"
PART_NAMES = {"zh": {"header": "页眉", "footer": "页脚", "footnote": "脚注", "endnote": "尾注", "comment": "批注"},
              "en": {"header": "header", "footer": "footer", "footnote": "footnote", "endnote": "endnote",
                     "comment": "comment"}}
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_ONE_CHAR = {qn("w:tab"), qn("w:ptab"), qn("w:br"), qn("w:cr"), qn("w:noBreakHyphen"), qn("w:sym")}


def written_by_lintdoc(path) -> bool:
    """Whether `path` is a reviewed copy lintdoc wrote and nobody changed since: its zip comment holds a
    SHA-256 of its parts, which any edit (or a comment copied onto another file) no longer matches."""
    try:
        with zipfile.ZipFile(path) as z:
            return z.comment == MARKER + b" " + _digest(z).encode()
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError):
        return False


def _digest(z: zipfile.ZipFile) -> str:
    h = hashlib.sha256()
    for info in z.infolist():
        h.update(info.filename.encode("utf-8", "surrogateescape") + b"\0" + z.read(info) + b"\0")
    return h.hexdigest()


def annotate(document_model, findings, target, source=None) -> int:
    """Write `target`, a copy of the checked .docx (`source`, default the model's path: the bytes
    that were checked, which for standard input is not the name shown) with one comment per finding;
    returns the count."""
    source, language = source or document_model.path, document_model.language
    main_part = document_model.main_part or "word/document.xml"
    target = str(target)
    with zipfile.ZipFile(str(source)) as z:     # python-docx loads every part, referenced or not
        if sum(info.file_size for info in z.infolist()) > MAX_PACKAGE_BYTES:
            raise InputError(target, f"the package unpacks to more than "
                             f"{MAX_PACKAGE_BYTES // (1024 * 1024)} MiB")
    if os.path.exists(target) and not written_by_lintdoc(target):
        raise InputError(target, "exists and was not written by lintdoc; refusing to replace it",
                         "remove it or choose another copy with --annotate-to / --annotate-dir")
    document = docx.Document(str(source))
    runs = list(document.element.iter(qn("w:r")))
    anchors = [_anchor(f, main_part, language) for f in findings]
    pieces = _Pieces(runs)
    fallback = _first_body_run(runs)
    count = 0
    changes = _Changes()
    for f, (first_run, start, last_run, end, text) in zip(findings, anchors):
        first_el, last_el = _isolate(pieces, first_run, start, last_run, end)
        anchored = first_el is not None
        if first_el is None:
            if fallback is None:
                continue
            first_el = last_el = fallback
        document.add_comment([Run(first_el, None), Run(last_el, None)], text=text, author=AUTHOR, initials=INITIALS)
        count += 1
        if anchored and f.fix is not None:
            changes.suggest(first_el, last_el, f.fix)
    buffer = io.BytesIO()
    document.save(buffer)
    _write_atomically(source, buffer.getvalue(), target, main_part)
    return count


class _Changes:
    """Each fix as a tracked change by "lintdoc" beside its comment: the runs of the match inside w:del
    (their w:t become w:delText), and a copy of the first run with the fix inside w:ins, formatting
    kept. Accepting every change gives the fixed text, rejecting every one the original. A match that is
    not a plain sequence of runs of one parent, or one a change already covers, keeps its comment only."""

    def __init__(self):
        self.next_id = 900000          # apart from the ids Word and python-docx give
        self.taken: set = set()
        self.date = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

    def suggest(self, first, last, fix: str) -> None:
        runs, el = [], first
        while el is not None:
            if el.tag != qn("w:r") or id(el) in self.taken or any(c.tag not in (_T, qn("w:rPr")) for c in el):
                return
            runs.append(el)
            if el is last:
                break
            el = el.getnext()
        if not runs or runs[-1] is not last:
            return
        deletion = self._element("w:del")
        first.addprevious(deletion)
        for r in runs:
            deletion.append(r)
            self.taken.add(id(r))
            for t in r.findall(_T):
                t.tag = qn("w:delText")
        if fix:
            insertion = self._element("w:ins")
            new = copy.deepcopy(runs[0])
            for child in list(new):
                if child.tag != qn("w:rPr"):
                    new.remove(child)
            t = new.makeelement(_T, {})
            t.text = fix
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            new.append(t)
            insertion.append(new)
            deletion.addnext(insertion)

    def _element(self, tag):
        from docx.oxml import OxmlElement
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), self.date)
        self.next_id += 1
        return el


def comment_text(f, language, where: str = "") -> str:
    rule = f"（规则：{f.rule}）" if language == "zh" else f"(rule: {f.rule})"
    lines = [f"{f.message} {rule}"]
    if f.fix:
        lines.append(("修改建议：" if language == "zh" else "Fix: ") + f.fix)
    if where:
        lines.append(where)
    return "\n".join(lines)


def _anchor(f, main_part, language):
    """(first run ordinal, start offset in it, last run ordinal, end offset, comment text) or None."""
    p = f.paragraph
    in_main = p is not None and (p.story == main_part or p.story.startswith(main_part + "#"))
    spans = [s for s in (p.runs if in_main else []) if s.run >= 0]
    if in_main and f.match and not f.location.get("auto_label"):
        start, end = f.offset, f.offset + len(f.match)
        covering = [s for s in spans if s.start < end and start < s.end]
        if covering:
            a, b = covering[0], covering[-1]
            return (a.run, a.run_offset + max(0, start - a.start), b.run, b.run_offset + min(b.end, end) - b.start,
                    comment_text(f, language))
    if spans:   # the paragraph as a whole (an automatic label, a document-level finding on the title)
        a, b = spans[0], spans[-1]
        return a.run, a.run_offset, b.run, b.run_offset + (b.end - b.start), comment_text(f, language)
    where = ""
    if p is not None and p.part in PART_NAMES[language]:
        name = PART_NAMES[language][p.part]
        quoted = f"“{f.match}”" if f.match else ""
        where = f"（位于{name}：{quoted}{p.text[:40]}）" if language == "zh" else f"(in the {name}: {p.text[:40]})"
    return -1, 0, -1, 0, comment_text(f, language, where)


def _first_body_run(runs):
    for r in runs:
        if _length(r) and r.getparent() is not None and r.getparent().tag == qn("w:p"):
            return r
    return runs[0] if runs else None


class _Pieces:
    """The pieces each original run has been split into, so that offsets in the original run
    text stay valid however many comments split it."""

    def __init__(self, runs):
        self.runs = runs
        self.pieces: dict[int, list] = {}      # run ordinal -> [(start offset, element)], in order

    def _of(self, ordinal):
        if ordinal not in self.pieces:
            self.pieces[ordinal] = [(0, self.runs[ordinal])]
        return self.pieces[ordinal]

    def cut(self, ordinal, offset):
        """Make `offset` of run `ordinal` a piece boundary."""
        pieces = self._of(ordinal)
        for i, (start, el) in enumerate(pieces):
            length = _length(el)
            if start < offset < start + length:
                tail = _split(el, offset - start)
                pieces.insert(i + 1, (offset, tail))
                return

    def starting_at(self, ordinal, offset):
        pieces = self._of(ordinal)
        return next((el for start, el in pieces if start >= offset and _length(el)), pieces[-1][1])

    def ending_at(self, ordinal, offset):
        pieces = self._of(ordinal)
        return next((el for start, el in reversed(pieces) if start < offset), pieces[0][1])


def _isolate(pieces: _Pieces, first, start, last, end):
    """Split runs so that [start of `first`, end of `last`) is whole runs; return (first el, last el)."""
    if first < 0 or first >= len(pieces.runs) or last >= len(pieces.runs):
        return None, None
    pieces.cut(last, end)
    pieces.cut(first, start)
    return pieces.starting_at(first, start), pieces.ending_at(last, end)


def _length(r) -> int:
    return sum(_child_length(c) for c in r)


def _child_length(child) -> int:
    if child.tag == _T:
        return len(child.text or "")
    return 1 if child.tag in _ONE_CHAR else 0


def _split(r, k):
    """Split run `r` after its k-th character; the new run (the tail) is returned, or None when k is
    at either end. Both runs keep the original run properties."""
    if k <= 0 or k >= _length(r):
        return None
    tail = copy.deepcopy(r)
    for child in list(tail):
        if child.tag != qn("w:rPr"):
            tail.remove(child)
    pos = 0
    for child in list(r):
        if child.tag == qn("w:rPr"):
            continue
        n = _child_length(child)
        if pos >= k:
            tail.append(child)           # moves it
        elif pos + n > k:                # a w:t straddling the cut
            text = child.text or ""
            cut = k - pos
            child.text = text[:cut]
            child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            piece = copy.deepcopy(child)
            piece.text = text[cut:]
            tail.append(piece)
        pos += n
    r.addnext(tail)
    return tail


def _write_atomically(source, saved: bytes, target: str, main_part: str) -> None:
    """Assemble the copy: python-docx's output for the parts comments touch, the input's bytes for
    every other part; then write it atomically."""
    folder, base = posixpath.split(main_part)
    changed = {main_part, posixpath.join(folder, "_rels", base + ".rels"), "[Content_Types].xml"}
    buffer = io.BytesIO()
    with zipfile.ZipFile(str(source)) as original, zipfile.ZipFile(io.BytesIO(saved)) as produced, \
            zipfile.ZipFile(buffer, "w") as out:
        produced_names = set(produced.namelist())
        comment_parts = {n for n in produced_names if posixpath.basename(n).startswith("comments")}
        for info in original.infolist():
            name = info.filename
            take_new = (name in changed or name in comment_parts) and name in produced_names
            out.writestr(info, produced.read(name) if take_new else original.read(name))
        for name in sorted(produced_names - set(original.namelist())):
            out.writestr(produced.getinfo(name), produced.read(name))
    with zipfile.ZipFile(buffer, "a") as out:
        out.comment = MARKER + b" " + _digest(out).encode()
    atomic_write(target, buffer.getvalue(), mode_from=source)

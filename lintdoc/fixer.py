"""`lintdoc check --fix` and `--diff`: the mechanical fixes of a text draft's findings, applied.

Only .txt and .md files are rewritten (a .docx never is: its fixes go into the reviewed copy). The file
keeps its encoding (GBK stays GBK, a BOM stays), its newline style and everything a fix does not touch;
it is written atomically, and only when the text decoded from it encodes back to the same bytes.
Overlapping fixes apply once (the first wins), so a second `--fix` changes nothing.

Example: 完成任务。。加强督查力度,。 → 完成任务。加强督查力度。
"""
from __future__ import annotations

import codecs
import difflib
import os

from lintdoc.errors import InputError
from lintdoc.fileio import atomic_write
from lintdoc.readers.text_reader import BOMS, decode

TEXT_TYPES = (".txt", ".text", ".md", ".markdown")


def fixable(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in TEXT_TYPES


def fix_text(path: str, findings) -> tuple[str, str, bytes] | None:
    """(text before, text after, bytes to write) for a text file, or None when no fix applies.
    InputError when the file cannot be written back in its own encoding."""
    with open(path, "rb") as fh:
        data = fh.read()
    text, encoding = decode(path, data)
    bom = next((b for b, _ in BOMS if data.startswith(b)), b"")
    codec = codecs.lookup(encoding.replace("-sig", "")).name if encoding else "utf-8"
    if codec == "utf-16" and bom:
        codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    try:
        if bom + text.encode(codec) != data:
            raise InputError(path, f"not fixed: its {encoding} text does not encode back to the same bytes")
    except (UnicodeEncodeError, LookupError):
        raise InputError(path, f"not fixed: cannot write {encoding} back") from None
    newline = "\r\n" if "\r\n" in text else ("\r" if "\r" in text else "\n")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    flat = "\n".join(lines)
    edits = []
    for f in findings:
        loc = f.location
        if f.fix is None or "line" not in loc or not 1 <= loc["line"] <= len(starts):
            continue
        at = starts[loc["line"] - 1] + loc["column"] - 1
        if flat[at:at + len(f.match)] == f.match:        # the finding still describes the file
            edits.append((at, at + len(f.match), f.fix))
    edits.sort()
    out, last = [], 0
    for start, end, replacement in edits:
        if start < last:
            continue                                     # overlaps a fix already taken
        out += [flat[last:start], replacement]
        last = end
    if not out:
        return None
    new = "".join(out) + flat[last:]
    if new == flat:
        return None
    return flat, new, bom + new.replace("\n", newline).encode(codec)


def apply(result, write: bool) -> str:
    """Fix one checked text file: write it (`write`) or return its unified diff ("" when unchanged)."""
    if not fixable(result.path):
        return ""
    change = fix_text(result.path, result.findings)
    if change is None:
        return ""
    before, after, data = change
    if write:
        atomic_write(result.path, data, mode_from=result.path)
    ending = lambda t: t if t.endswith("\n") else t + "\n"  # noqa: E731 - whole lines for the diff
    return "".join(difflib.unified_diff(ending(before).splitlines(True), ending(after).splitlines(True),
                                        f"a/{result.path}", f"b/{result.path}"))

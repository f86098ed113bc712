"""Code pasted into a draft as ordinary paragraphs (no code style, no monospace font): its quotes, brackets
and semicolons are the language's, not punctuation to correct, so such lines take part in no prose rule.

A line is code when it has the shape of code (a JSON key, a struct field with its tag, an assignment, a
call, a keyword statement, a line of braces) and is mostly Latin, or a neighbouring line is code too.

Fails (marked code):  "ZUA": "郑州航空工业管理学院",   Kind string `json:"类型"`   import numpy as np
Passes (prose):  完成了数据库设计;   Status: done   “十四五”规划顺利收官
"""
from __future__ import annotations

import regex

from lintdoc import rx
from lintdoc.model import CODE, LITERAL

SHAPES = rx.compile(
    r"""^\s*["'][^"'\n]{1,40}["']\s*:\s*\S"""                        # "key": value
    r"""|`(?:json|xml|yaml|db|gorm|form):"[^"`]*"`"""                  # a Go struct tag
    r"""|^\s*[A-Za-z_]\w*\s+(?:\*?\[\])?(?:string|int|int64|uint|float64|float32|bool|byte|map\[\w+\]\w+)(?=\s*(?:`|//|$))"""
    r"""|^\s*[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\s+(?:AS\s+)?['"`]"""        # table.column '别名'
    r"""|^\s*(?:def|class|func)\s+[A-Za-z_]\w*\s*[(:{]|^\s*(?:import\s+[\w.]+|from\s+[\w.]+\s+import\b|package\s+\w+\s*$)"""
    r"""|^\s*(?:SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|CREATE\s+TABLE|FROM|WHERE|LEFT\s+JOIN)\b"""
    r"""|^\s*(?:const|let|var|return|print|console\.log|System\.out)\b[^。，；\n]*[=(;]"""
    r"""|^\s*[A-Za-z_][\w.\[\]'"]*(?:\s*,\s*[A-Za-z_]\w*)*\s*(?:[+\-*/]?=|:=)\s*[^=\s]"""   # an assignment
    r"""|^\s*[A-Za-z_][\w.]*\([^()\n]*\)\s*;?\s*$"""                    # a call on its own line
    r"""|^\s*(?:if|elif|else|for|while|with|try|except|finally)\b[^\n]*:\s*$"""      # a block's header
    r"""|^\s*["'][^"'\n]*["']\s*,\s*$"""                               # an item of a list of strings
    r"""|^[\s{}\[\]();,]*[{}\[\]][\s{}\[\]();,]*$""",                   # braces alone
    regex.M)
HAN = rx.compile(r"[\u3400-\u9fff]")


def _code_shaped(text: str) -> bool:
    return bool(SHAPES.search(text))


def _mostly_latin(text: str) -> bool:
    letters = [c for c in text if not c.isspace()]
    return bool(letters) and sum(1 for c in letters if HAN.match(c)) < 0.3 * len(letters)


def mark_code(doc) -> None:
    """Flag as CODE the body and table paragraphs that are code by their shape."""
    lines = [p for p in doc.paragraphs if p.part in ("body", "table") and not p.flags & LITERAL and p.text.strip()]
    shaped = [_code_shaped(p.text) for p in lines]
    for i, p in enumerate(lines):
        if shaped[i] and (_mostly_latin(p.text) or (i > 0 and shaped[i - 1]) or (i + 1 < len(shaped) and shaped[i + 1])):
            p.flags.add(CODE)

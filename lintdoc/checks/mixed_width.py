"""Rule kind `mixed_width`: an ASCII mark (, ; : ( ) ") touching Chinese text in a document that
otherwise writes the full-width form (，；：（）“”). GB/T 15834 wants full-width marks in
Chinese; a draft that uses the ASCII form throughout (often a conversion) is left alone,
so the rule reports slips, not a house style.

Fails: 全年共举办培训3期，参训干部560名,覆盖全区。 (one , among ，). Passes: 3.5%, 1,200人, x86 (2024).
"""
from __future__ import annotations

import regex

from lintdoc.checks.base import Rule

def _near_han(mark: str):
    m = regex.escape(mark)
    return regex.compile(rf"(?:(?<=\p{{Han}}[ ]?){m}|{m}(?=[ ]?\p{{Han}}))")


class MixedWidthRule(Rule):
    KIND = "mixed_width"
    DEFAULT_CATEGORY = "punctuation"
    OPTIONS = {"marks": (dict, None)}

    def setup(self):
        marks = self.options["marks"] or {}
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in marks.items()):
            raise ValueError("`marks` maps an ASCII mark to its full-width forms, e.g. ',': '，'")
        self.marks = {ascii_mark: (wide, _near_han(ascii_mark))
                      for ascii_mark, wide in marks.items()}

    def check(self, doc):
        text = doc.text
        for ascii_mark, (wide, pattern) in self.marks.items():
            wide_count = sum(text.count(c) for c in wide)
            hits = [(p, m) for p in self.paragraphs(doc) for m in pattern.finditer(p.text)]
            if not hits or wide_count <= len(hits):
                continue      # the ASCII form is the document's own habit, not a slip
            for p, m in hits:
                yield self.finding(doc, p, m.start(), m.end(), expected=wide[0])

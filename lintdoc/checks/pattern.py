"""Rule kind `pattern`: regular expressions over paragraph text (placeholders, unfilled
figures, boilerplate). Patterns use the `regex` module (\\p{Han} and variable-length
look-behind work); a named group `m` narrows the reported span to the slot itself.

Example rule (YAML):  patterns: ['20(?P<m>[xX]{2})年']  fails on "20xx年工作总结",
passes on "2024年工作总结". `exceptions` are patterns whose match, where it covers a
candidate, clears it (e.g. 'X光' for a rule on a lone X).
"""
from __future__ import annotations

import regex

from lintdoc.checks.base import Rule
from lintdoc.outline import heading_of

WHERE = ("any", "title", "heading", "body")


class PatternRule(Rule):
    KIND = "pattern"
    OPTIONS = {"patterns": (list, None), "exceptions": (list, []), "ignorecase": (bool, False),
               "where": (str, "any")}

    def setup(self):
        if not self.options["patterns"]:
            raise ValueError("`patterns` must list at least one regular expression")
        if self.options["where"] not in WHERE:
            raise ValueError(f"`where` must be one of {', '.join(WHERE)}")
        flags = regex.IGNORECASE if self.options["ignorecase"] else 0
        self.patterns = [_compile(p, flags) for p in self.options["patterns"]]
        self.exceptions = [_compile(p, flags) for p in self.options["exceptions"]]

    def check(self, doc):
        where = self.options["where"]
        for p in self.paragraphs(doc):
            if where == "title" and not p.is_title:
                continue
            if where == "body" and p.is_title:
                continue
            if where == "heading" and heading_of(p, doc.language == "en") is None:
                continue
            text = p.text
            if not text:
                continue
            cleared = None
            seen = set()
            for pat in self.patterns:
                for m in pat.finditer(text, overlapped=False):
                    start, end = m.span("m") if "m" in pat.groupindex else m.span()
                    if start < 0 or end <= start or (start, end) in seen:
                        continue
                    if cleared is None:
                        cleared = [x.span() for e in self.exceptions for x in e.finditer(text, overlapped=True)]
                    if any(a <= start and end <= b for a, b in cleared):
                        continue
                    seen.add((start, end))
                    yield self.finding(doc, p, start, end)


def _compile(pattern, flags):
    if not isinstance(pattern, str):
        raise ValueError(f"a pattern must be a string, not {pattern!r}")
    try:
        return regex.compile(pattern, flags | regex.VERSION0)
    except regex.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None

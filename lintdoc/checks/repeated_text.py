"""Rule kind `repeated_text`: a character or word typed twice (县委委宣传部, 的的, 加强加强), and
the same verb twice in one clause (增强党员意识增强了…).

Chinese doubles a character across a word boundary all the time (工作作为, 禅城城市, 更新新闻),
so only the characters listed in `chars` are checked (function words and unit suffixes, whose
doubling is almost always a slip); a double that begins the next word (党委委员, 宣传部部长) and
the `exceptions` (目的的) are left alone, and so are reduplications (扎扎实实, 研究研究).

Fails: 县委委宣传部. Passes: 党委委员, 人人参与, 扎扎实实.
"""
from __future__ import annotations

import regex

from lintdoc.checks.base import Rule, localized

DOUBLE_CHAR = regex.compile(r"(\p{Han})\1")
DOUBLE_WORD = regex.compile(r"(\p{Han}{2})\1")


class RepeatedTextRule(Rule):
    KIND = "repeated_text"
    DEFAULT_CATEGORY = "other"
    OPTIONS = {"chars": (list, []), "allow": (list, []), "next_word_starts": (list, []), "exceptions": (list, []),
               "verbs": (list, []), "window": (int, 8), "clause_message": ((str, dict), "")}

    def setup(self):
        self.allow = set(self.options["allow"])
        self.chars = set(self.options["chars"])
        self.exceptions = [regex.compile(x) for x in self.options["exceptions"]]
        self.next_word = set(self.options["next_word_starts"])
        verbs = "|".join(regex.escape(v) for v in self.options["verbs"])
        window = int(self.options["window"])
        self.clause = regex.compile(rf"({verbs})[^\s，,。；;：:！？!?、“”]{{1,{window}}}?\1") if verbs else None

    def check(self, doc):
        for p in self.paragraphs(doc):
            text = p.text
            cleared = [m.span() for x in self.exceptions for m in x.finditer(text)]
            for m in DOUBLE_WORD.finditer(text):
                if m.group(0) not in self.allow and not _in_aabb(text, m.start()):
                    yield self.finding(doc, p, m.start(), m.end())
            for m in DOUBLE_CHAR.finditer(text):
                a, b = m.span()
                if (m.group(1) not in self.chars or m.group(0) in self.allow
                        or any(x <= a and b <= y for x, y in cleared)
                        or text[b:b + 1] in self.next_word or _in_aabb(text, a)
                        or DOUBLE_WORD.match(text, max(0, a - 1)) or DOUBLE_WORD.match(text, a)):
                    continue
                yield self.finding(doc, p, a, b)
            if self.clause is not None:
                for m in self.clause.finditer(text):
                    yield self.finding(doc, p, m.start(), m.end(), word=m.group(1),
                                       message=localized(self.options["clause_message"], doc.language))


def _in_aabb(text, a) -> bool:
    """Part of an AABB reduplication (扎扎实实, 家家户户)."""
    return bool(regex.match(r"(\p{Han})\1(\p{Han})\2", text[a:a + 4]) or
                (a >= 2 and regex.match(r"(\p{Han})\1(\p{Han})\2", text[a - 2:a + 2])))

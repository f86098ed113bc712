"""Rule kind `repeated_text`: a character or word typed twice (县委委宣传部, 的的, 加强加强), and
the same verb twice in one clause (增强党员意识增强了…).

Chinese doubles a character across a word boundary all the time (工作作为, 禅城城市, 更新新闻),
so only the characters listed in `chars` are checked (function words and unit suffixes, whose
doubling is almost always a slip); a double that begins the next word (党委委员, 宣传部部长) and
the `exceptions` (目的的) are left alone, and so are reduplications (扎扎实实, 研究研究).

Fails: 县委委宣传部 (fix: 委委 → 委). Passes: 党委委员, 人人参与, 扎扎实实.
"""
from __future__ import annotations

import re


from lintdoc import rx
from lintdoc.checks.base import Rule, joined_text, localized, paragraph_at

DOUBLE_PAIR = re.compile(r"(?=(..)\1)")      # overlapping; `re` is three times faster here than `regex`
HAN = rx.compile(r"\p{Han}{2}")
DOUBLE_WORD = rx.compile(r"(\p{Han}{2})\1")


class RepeatedTextRule(Rule):
    KIND = "repeated_text"
    DEFAULT_CATEGORY = "other"
    OPTIONS = {"chars": (list, []), "allow": (list, []), "next_word_starts": (list, []), "exceptions": (list, []),
               "verbs": (list, []), "window": (int, 8), "clause_message": ((str, dict), "")}

    def setup(self):
        self.allow = set(self.options["allow"])
        self.chars = set(self.options["chars"])
        regex = rx.engine()
        self.exceptions = [regex.compile(x) for x in self.options["exceptions"]]
        self.next_word = set(self.options["next_word_starts"])
        verbs = "|".join(regex.escape(v) for v in self.options["verbs"])
        window = int(self.options["window"])
        # compiled where first used: a process that takes the rules from the cache compiles them only then
        self.double_char = rx.lazy_re("([%s])\\1" % re.escape("".join(self.chars))) if self.chars else None
        self.clause = rx.lazy_re(rf"({verbs})[^\s，,。；;：:！？!?、“”]{{1,{window}}}?\1") if verbs else None

    def check(self, doc):
        """Scans the document's joined text once (paragraphs end in a newline, which no check
        looks across) and maps each match back to its paragraph."""
        joined = joined_text(doc, self.scope)
        text = joined[0]
        spans = []
        taken = 0
        for m in DOUBLE_PAIR.finditer(text):
            a, word = m.start(), m.group(1)
            if a >= taken and HAN.fullmatch(word) and word * 2 not in self.allow and not _in_aabb(text, a) \
                    and not _abab_reduplication(word):
                spans.append((a, a + 4, {"fix": word}))
                taken = a + 4
        cleared = None
        for m in self.double_char.finditer(text) if self.double_char else ():
            a, b = m.span()
            if cleared is None:
                cleared = [x.span() for e in self.exceptions for x in e.finditer(text)]
            if (m.group(0) in self.allow or any(x <= a and b <= y for x, y in cleared)
                    or text[b:b + 1] in self.next_word or _in_aabb(text, a)
                    or DOUBLE_WORD.match(text, max(0, a - 1)) or DOUBLE_WORD.match(text, a)):
                continue
            spans.append((a, b, {"fix": m.group(1)}))
        if self.clause is not None:
            message = localized(self.options["clause_message"], doc.language)
            spans.extend((m.start(), m.end(), {"word": m.group(1), "message": message})
                         for m in self.clause.finditer(text))
        for start, end, fields in spans:
            found = paragraph_at(joined, start, end)
            if found:
                yield self.finding(doc, *found, **fields)


def _abab_reduplication(word: str) -> bool:
    """A two-character word Chinese repeats on purpose: 一X一X, one at a time (一个一个, 一步一步), and V着V着, while
    doing it (写着写着, 说着说着)."""
    return word[0] == "一" or word[1] == "着"


AABB = rx.compile(r"(\p{Han})\1(\p{Han})\2")


def _in_aabb(text, a) -> bool:
    """Part of an AABB reduplication (扎扎实实, 家家户户)."""
    return bool(AABB.match(text[a:a + 4]) or (a >= 2 and AABB.match(text[a - 2:a + 2])))

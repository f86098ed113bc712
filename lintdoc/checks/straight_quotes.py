"""Rule kind `straight_quotes`: ASCII quotes in Chinese prose, where GB/T 15834 wants “ ” and ‘ ’.

Each straight quote that touches Chinese text is reported with its curly replacement as the fix:
within a paragraph the quotes of one kind alternate, opening then closing ("十四五" → “十四五”). A
quote between Latin letters or digits (it's, 5'10") belongs to English text and is left alone.

Fails: 实施"十四五"规划 (fixes “ and ”). Passes: 实施“十四五”规划; He said "OK" to 张三; 选用"Adam"优化器
(a pair around Latin text only).
"""
from __future__ import annotations

import regex

from lintdoc.checks.base import Rule

CHINESE = regex.compile(r"[\p{Han}，。、；：！？（）“”‘’《》]")
HAN = regex.compile(r"\p{Han}")
CURLY = {'"': ("“", "”"), "'": ("‘", "’")}


class StraightQuotesRule(Rule):
    KIND = "straight_quotes"
    DEFAULT_CATEGORY = "punctuation"

    def check(self, doc):
        for p in self.paragraphs(doc):
            text = p.text
            if '"' not in text and "'" not in text:
                continue
            for ch in CURLY:
                marks = [i for i, c in enumerate(text) if c == ch
                         and not (_latin(text[i - 1:i]) and _latin(text[i + 1:i + 2]))]   # it's, 5'10": English
                for k, i in enumerate(marks):
                    closing = k % 2 == 1
                    partner = marks[k - 1] if closing else (marks[k + 1] if k + 1 < len(marks) else None)
                    if partner is None:
                        chinese = CHINESE.match(text[i - 1:i]) or CHINESE.match(text[i + 1:i + 2])
                    else:         # a pair quotes Chinese ("十四五"), not a Latin term in Chinese text ("Adam")
                        a, b = sorted((i, partner))
                        chinese = HAN.search(text, a + 1, b)
                    if chinese:
                        f = self.finding(doc, p, i, i + 1)
                        f.fix = CURLY[ch][closing]
                        yield f


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()

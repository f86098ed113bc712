"""Rule kind `straight_quotes`: ASCII quotes in Chinese prose, where GB/T 15834 wants “ ” and ‘ ’.

Each straight quote that touches Chinese text is reported with its curly replacement as the fix:
within a paragraph the quotes of one kind alternate, opening then closing ("十四五" → “十四五”). A
quote between Latin letters or digits (it's, 5'10") belongs to English text and is left alone.

A pair around a token of code (不加'.native'事件, 配置"../dist"目录) quotes code, not Chinese text.

Fails: 实施"十四五"规划 (fixes “ and ”). Passes: 实施“十四五”规划; He said "OK" to 张三; 不加'.native'事件.
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.checks.base import Rule

CHINESE = rx.compile(r"[\p{Han}，。、；：！？（）“”‘’《》]")
CURLY = {'"': ("“", "”"), "'": ("‘", "’")}
CODE_TOKEN = rx.compile(r"[!-~]*[./\\_=(){}<>:;@#$\[\]][!-~]*")   # ASCII, no space, a character words do not hold


class StraightQuotesRule(Rule):
    KIND = "straight_quotes"
    DEFAULT_CATEGORY = "punctuation"

    def check(self, doc):
        for p in self.paragraphs(doc):
            text = p.text
            if '"' not in text and "'" not in text:
                continue
            count = {'"': 0, "'": 0}
            skip = -1
            for i, ch in enumerate(text):
                if ch not in CURLY or i == skip:
                    continue
                before, after = text[i - 1:i], text[i + 1:i + 2]
                if _latin(before) and _latin(after):
                    continue                      # it's, 5'10": English
                closing = count[ch] % 2 == 1
                count[ch] += 1
                end = text.find(ch, i + 1) if not closing else -1
                if end > i + 1 and CODE_TOKEN.fullmatch(text, i + 1, end):
                    count[ch] += 1                # the pair quotes a token of code: neither mark is reported
                    skip = end
                    continue
                if CHINESE.match(before) or CHINESE.match(after):
                    f = self.finding(doc, p, i, i + 1)
                    f.fix = CURLY[ch][closing]
                    yield f


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()

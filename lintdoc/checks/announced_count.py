"""Rule kind `announced_count`: a count announced in the text ("主要有三个方面") that the list
after it does not match (only 一是、二是 follow).

The list is the run of in-paragraph ordinals (一是/二是, 第一/第二) right after the
announcement, or else the labelled paragraphs that follow it (（一）（二）…), up to a label of a
higher level.

Fails: 主要有三个方面：一是…；二是…。 Passes: 主要有两个方面：一是…；二是…。
"""
from __future__ import annotations


from lintdoc import rx
from lintdoc.checks.base import Rule
from lintdoc.checks.numbering import INLINE
from lintdoc.outline import GB_LEVEL, cn_to_int, label_of


class AnnouncedCountRule(Rule):
    KIND = "announced_count"
    DEFAULT_CATEGORY = "structure"
    OPTIONS = {"patterns": (list, None)}

    def setup(self):
        if not self.options["patterns"]:
            raise ValueError("`patterns` must list announcement patterns with a group named `n`")
        self.patterns = [rx.engine().compile(p) for p in self.options["patterns"]]

    def check(self, doc):
        english = doc.language == "en"
        body = [p for p in doc.body() if p.text.strip()]
        for k, p in enumerate(body):
            for pattern in self.patterns:
                for m in pattern.finditer(p.text):
                    n = cn_to_int(m.group("n")) if not m.group("n").isdigit() else int(m.group("n"))
                    found = self._count_inline(p.text[m.end():]) or self._count_following(body[k + 1:], english)
                    if found and n and found != n:
                        yield self.finding(doc, p, m.start(), m.end(), announced=n, found=found)

    @staticmethod
    def _count_inline(text) -> int:
        values = [cn_to_int(x.group("n") or x.group("d")) for x in INLINE.finditer(text)]
        count = 0
        for v in values:
            if v == count + 1:
                count = v
            elif v == 1 and count:
                break
        return count

    @staticmethod
    def _count_following(paragraphs, english) -> int:
        first = label_of(paragraphs[0], english) if paragraphs else None
        if first is None or first.value != 1:
            return 0
        count, level = 0, GB_LEVEL.get(first.family, 9)
        for q in paragraphs:
            label = label_of(q, english)
            if label is None:
                continue
            if label.family == first.family:
                if label.value != count + 1:
                    break
                count = label.value
            elif GB_LEVEL.get(label.family, 9) < level:
                break
        return count

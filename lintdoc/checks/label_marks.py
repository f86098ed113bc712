"""Rule kind `label_marks`: a mark after the number of Word's automatic label that GB/T 9704 does not use.

Word's numbering formats put their own mark after the number (`%1．`, `%1.` on a Chinese numeral, `%1。`); the
label is not in the paragraph's text, so the text rules never see it. Each pattern runs over the label alone; its
group `m` is the mark reported, with the paragraph as Word shows it (label, gap, text) as the context.

Fails: an automatic label 一． (chineseCounting `%1．`) before 在代码和文档的管理中…. Passes: 一、, 1., （一）, and a
typed 一．, which the text rules report.
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.checks.base import Rule, localized
from lintdoc.findings import Finding


class LabelMarksRule(Rule):
    KIND = "label_marks"
    DEFAULT_CATEGORY = "punctuation"
    OPTIONS = {"patterns": (list, None)}

    def setup(self):
        if not self.options["patterns"]:
            raise ValueError("`patterns` must list at least one regular expression with a group `m`")
        self.patterns = [rx.compile(p) for p in self.options["patterns"]]
        if any("m" not in p.groupindex for p in self.patterns):
            raise ValueError("each pattern needs a named group `m`: the mark to report")

    def check(self, doc):
        message = localized(self.message, doc.language)
        for p in self.paragraphs(doc):
            if not p.label:
                continue
            for pattern in self.patterns:
                m = pattern.search(p.label)
                if m:
                    a, b = m.span("m")
                    yield Finding(self.id, self.category, self.severity,
                                  message.format(match=p.label[a:b], label=p.label.strip()), p.label[a:b],
                                  p.visible_text, a, p, priority=self.priority)
                    break

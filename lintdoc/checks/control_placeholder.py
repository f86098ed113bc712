"""Rule kind `control_placeholder`: Word content controls that still show their placeholder
text (`w:showingPlcHdr`): the writer never filled the field.

Fails: a 负责人 control showing "单击或点击此处输入文字。". Passes: the same control after
the writer typed 王丽 into it (Word drops showingPlcHdr).
"""
from lintdoc.checks.base import Rule


class ControlPlaceholderRule(Rule):
    KIND = "control_placeholder"
    DEFAULT_CATEGORY = "placeholder"

    def check(self, doc):
        for p in self.paragraphs(doc):
            for start, end in p.placeholder_spans:
                if end > start:
                    yield self.finding(doc, p, start, end)

"""Rule kind `control_placeholder`: Word content controls that still show their placeholder
text (`w:showingPlcHdr`): the writer never filled the field.

A template may also put its labels and headings in such controls (Project Name:, Project Abstract): kept
as they read, they are the document's own words, not a field left empty. A placeholder that asks for
something (`prompts`: 单击或点击此处输入文字。, Click or tap here to enter text.) is always reported; one
that is a label (ending in a colon), is followed by what the writer typed (Project Name: Ozmart Uplift) or
is a whole title or heading is not.

Fails: a 负责人 control showing "单击或点击此处输入文字。". Passes: the same control after the writer typed 王丽
into it (Word drops showingPlcHdr); a Heading 1 control still showing "Project Abstract"; a Subtitle control
whose placeholder is a few spaces (nothing shows).
"""

from lintdoc import rx
from lintdoc.checks.base import Rule


class ControlPlaceholderRule(Rule):
    KIND = "control_placeholder"
    DEFAULT_CATEGORY = "placeholder"
    OPTIONS = {"prompts": (list, [])}

    def setup(self):
        self.prompts = [rx.engine().compile(p, rx.IGNORECASE) for p in self.options["prompts"]]

    def check(self, doc):
        for p in self.paragraphs(doc):
            for start, end in p.placeholder_spans:
                # (a placeholder of spaces shows nothing: a cover page's Subtitle left blank)
                if p.text[start:end].strip() and (self._asks(p.text[start:end]) or not _kept_as_text(p, start, end)):
                    yield self.finding(doc, p, start, end)

    def _asks(self, text: str) -> bool:
        return any(x.search(text) for x in self.prompts)


def _kept_as_text(p, start: int, end: int) -> bool:
    """The placeholder reads as the document's own text: a label, a label with its value typed after it,
    or a whole title or heading."""
    shown = p.text[start:end].strip()
    if shown.endswith((":", "：")) or p.text[end:].strip():
        return True
    return (p.is_title or p.heading_level is not None) and not p.text[:start].strip()

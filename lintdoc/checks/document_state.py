"""Rule kind `document_state`: what must be cleaned up before a draft is sent, reported once per
document with counts, as Word's Document Inspector does: unaccepted tracked changes, comments,
hidden text, content controls still showing their placeholder, and (when enabled) highlighted text.

Fails: a .docx with 2 tracked insertions and a reviewer's comment. Passes: the same draft after
Accept All Changes and Delete All Comments.
"""
from __future__ import annotations

from lintdoc.checks.base import Rule, localized
from lintdoc.model import DELETED, DIRECTIVE, HIDDEN, INSERTED

CHECKS = ("revisions", "comments", "hidden", "controls", "highlight")


class DocumentStateRule(Rule):
    KIND = "document_state"
    DEFAULT_CATEGORY = "revision"
    OPTIONS = {"report": (list, list(CHECKS[:4])), "messages": (dict, None)}

    def setup(self):
        unknown = set(self.options["report"]) - set(CHECKS)
        if unknown:
            raise ValueError(f"`report` may list {', '.join(CHECKS)}; not {', '.join(sorted(unknown))}")
        missing = set(self.options["report"]) - set(self.options["messages"] or {})
        if missing:
            raise ValueError(f"`messages` needs entries for {', '.join(sorted(missing))}")

    def check(self, doc):
        paragraphs = doc.paragraphs
        for what in self.options["report"]:
            count, first, span = self._state(doc, what, paragraphs)
            if not count:
                continue
            values = {"count": count, **{k: doc.revisions.get(k, 0) for k in ("insertions", "deletions", "formatting")}}
            message = localized(self.options["messages"][what], doc.language)
            if first is None:
                yield self.finding(doc, None, 0, 0, message=message, context="", match="", **values)
            else:
                start, end = span or (0, len(first.text))
                yield self.finding(doc, first, start, end, message=message, **values)

    @staticmethod
    def _state(doc, what, paragraphs):
        """(count, first paragraph concerned, span in it)."""
        if what == "revisions":
            count = sum(doc.revisions.get(k, 0) for k in ("insertions", "deletions", "formatting"))
            first = next((p for p in paragraphs if p.flags & {INSERTED, DELETED}), None)
            return count, first, None
        if what == "comments":
            return doc.comments, next((p for p in paragraphs if p.part == "comment" and DIRECTIVE not in p.flags),
                                      None), None
        if what == "hidden":
            hidden = [p for p in paragraphs if HIDDEN in p.flags]
            return len(hidden), hidden[0] if hidden else None, None
        if what == "controls":
            first = next((p for p in paragraphs if p.placeholder_spans), None)
            return doc.controls_showing_placeholder, first, first.placeholder_spans[0] if first else None
        spans = [(p, s) for p in paragraphs for s in p.highlight_spans]
        return len(spans), spans[0][0] if spans else None, spans[0][1] if spans else None

"""A finding: what a rule reports, in the shape of the JSON contract."""
from __future__ import annotations

from lintdoc.record import dataclass, field

CATEGORIES = ("placeholder", "unfilled-figure", "numbering", "missing-section", "empty-section", "boilerplate",
              "punctuation", "duplicate", "revision", "structure", "other")
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
CONTEXT_MAX = 2000       # characters of a paragraph given whole as a finding's context
CONTEXT_WINDOW = 300     # characters on each side of the match in a longer one


@dataclass
class Finding:
    rule: str
    category: str
    severity: str
    message: str
    match: str
    context: str
    offset: int
    paragraph: object = None          # the model Paragraph (None for document-level findings)
    section: str | None = None        # missing-section: the section id
    fix: str | None = None
    location: dict = field(default_factory=dict)
    priority: int = 0                 # overlap resolution between rules of one group

    @property
    def end(self) -> int:
        return self.offset + len(self.match)

    def to_json(self) -> dict:
        """The finding as the JSON contract has it. In a paragraph over CONTEXT_MAX characters, `context`
        is a window around the match and `offset` is relative to it (`context_start`: where the window
        begins in the paragraph), so that a huge paragraph does not repeat itself in every finding."""
        context, offset, start = self.context, self.offset, 0
        if len(context) > CONTEXT_MAX:
            start = max(0, offset - CONTEXT_WINDOW)
            context = context[start:offset + len(self.match) + CONTEXT_WINDOW]
            offset -= start
        out = {"rule": self.rule, "category": self.category, "severity": self.severity,
               "message": self.message, "match": self.match, "context": context,
               "offset": offset, "location": self.location}
        if len(self.context) > CONTEXT_MAX:
            out["context_start"] = start
        if self.section is not None:
            out["section"] = self.section
        if self.fix:
            out["fix"] = self.fix
        return out


def at_least(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]

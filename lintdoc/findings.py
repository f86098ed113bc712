"""A finding: what a rule reports, in the shape of the JSON contract."""
from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("placeholder", "unfilled-figure", "numbering", "missing-section", "empty-section", "boilerplate",
              "punctuation", "duplicate", "revision", "structure", "other")
SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


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
        out = {"rule": self.rule, "category": self.category, "severity": self.severity,
               "message": self.message, "match": self.match, "context": self.context,
               "offset": self.offset, "location": self.location}
        if self.section is not None:
            out["section"] = self.section
        if self.fix:
            out["fix"] = self.fix
        return out


def at_least(severity: str, threshold: str) -> bool:
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[threshold]

"""In-file suppressions: drop findings inside a lintdoc-disable range, and report rule ids in a
suppression that no rule has (a typo would otherwise silently suppress nothing).

Markdown: <!-- lintdoc-disable rule-id --> … <!-- lintdoc-enable -->, <!-- lintdoc-disable-next-line rule-id -->.
Word: a comment whose text starts with `lintdoc-disable rule-id` covers its commented range.
"""
from __future__ import annotations

from lintdoc.findings import Finding

RULE_ID = "unknown-suppression"
MESSAGE = {"zh": "抑制注释中的规则“{rule}”不存在（见 lintdoc rules）",
           "en": "No rule “{rule}” exists for this lintdoc-disable comment (see lintdoc rules)"}


def apply_suppressions(doc, findings, known_rules) -> list:
    if not doc.suppressions:
        return findings
    kept = []
    for f in findings:
        index = f.location.get("paragraph", 0)
        if any(s.covers(index, f.offset) and (not s.rules or f.rule in s.rules) for s in doc.suppressions):
            continue
        kept.append(f)
    for s in doc.suppressions:
        for rule in s.rules:
            if rule not in known_rules:
                kept.append(_unknown(doc, s, rule))
    return kept


def _unknown(doc, s, rule) -> Finding:
    message = MESSAGE.get(doc.language, MESSAGE["en"]).format(rule=rule)
    if s.where is not None:            # a Word comment: report on the comment's text
        p = s.where
        offset = max(0, p.text.find(rule))
        location = {"part": p.part, "paragraph": p.index}
        return Finding(RULE_ID, "other", "warning", message, rule, p.text, offset, p, location=location)
    offset = max(0, s.text.find(rule))
    location = {"part": "body", "paragraph": s.start[0]}
    if s.line is not None:
        location["line"], location["column"] = s.line, offset + 1
    return Finding(RULE_ID, "other", "warning", message, rule, s.text, offset, None, location=location)

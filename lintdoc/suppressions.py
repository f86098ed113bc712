"""In-file suppressions: drop findings inside a lintdoc-disable range, and report rule ids in a
suppression that no rule has (a typo would otherwise silently suppress nothing).

Markdown: <!-- lintdoc-disable rule-id --> … <!-- lintdoc-enable -->, <!-- lintdoc-disable-next-line rule-id -->.
Word: a comment whose text starts with `lintdoc-disable rule-id` covers its commented range.
"""
from __future__ import annotations

from lintdoc.findings import Finding

RULE_ID = "unknown-suppression"
MESSAGE = {"zh": "抑制注释中的规则“{rule}”不存在{near}（见 lintdoc rules）",
           "en": "No rule “{rule}” exists for this lintdoc-disable comment{near} (see lintdoc rules)"}
NEAR = {"zh": "，是否要写“{ids}”", "en": "; did you mean {ids}?"}


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
                kept.append(_unknown(doc, s, rule, known_rules))
    return kept


def _unknown(doc, s, rule, known_rules) -> Finding:
    lang = doc.language if doc.language in MESSAGE else "en"
    import difflib
    near = difflib.get_close_matches(rule, sorted(known_rules), n=2, cutoff=0.6)
    message = MESSAGE[lang].format(rule=rule, near=NEAR[lang].format(ids="、".join(near) if lang == "zh" else ", ".join(near))
                                   if near else "")
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

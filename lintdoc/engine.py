"""Run the rules over a document and put the findings in order.

One direction: a reader gives the Document, each rule yields Findings, the engine
resolves overlaps (a slot is reported once: an unfilled figure is not also a
placeholder), adds locations, and sorts.
"""
from __future__ import annotations

import bisect

from lintdoc.model import LITERAL
from lintdoc.outline import heading_paths
from lintdoc.spans import Spans
from lintdoc.suppressions import apply_suppressions

# categories where one slot is one defect: overlapping findings of a group are reported once
SLOT_GROUP = {"placeholder": "leftover", "unfilled-figure": "leftover", "boilerplate": "boilerplate",
              "punctuation": "punctuation"}


def run_rules(doc, rules, known_rules=None) -> list:
    """Findings of `rules` on `doc`, minus those suppressed in the file. `known_rules` (every rule id
    of the configuration, enabled or not) tells a suppression's typo from a disabled rule."""
    findings = []
    for rule in rules:
        if rule.applies(doc):
            findings.extend(rule.check(doc))
    findings = once_per_form_label(cap_repeats(resolve_overlaps(outside_code(outside_literal(findings))), doc.language),
                                   doc.language)
    locate(doc, findings)
    findings = apply_suppressions(doc, findings, known_rules or {r.id for r in rules})
    if doc.source:
        for f in findings:
            as_written(doc, f)
    findings.sort(key=lambda f: (f.location.get("paragraph") or 0, f.offset, f.rule))
    return findings


PROSE = {"placeholder", "unfilled-figure", "punctuation", "boilerplate", "duplicate", "numbering", "other"}


REPEAT_CAP = 50          # findings of one rule on one text kept per paragraph (a page joined into one paragraph
                         # can hold a few dozen real masks; 4,000 of them is a pathological input)
MORE = {"zh": "（本段另有{n}处相同问题）", "en": " ({n} more like it in this paragraph)"}


def cap_repeats(findings: list, language: str) -> list:
    """A paragraph of 4,000 （ or of xx区 repeated gives REPEAT_CAP findings of each kind, the last saying
    how many more there are, not thousands."""
    counts: dict = {}
    for f in findings:
        if f.paragraph is not None:
            key = (id(f.paragraph), f.rule, f.match)
            counts[key] = counts.get(key, 0) + 1
    if all(n <= REPEAT_CAP for n in counts.values()):
        return findings
    kept, seen = [], {}
    for f in sorted(findings, key=lambda f: f.offset):
        key = (id(f.paragraph), f.rule, f.match) if f.paragraph is not None else None
        if key is None or counts[key] <= REPEAT_CAP:
            kept.append(f)
            continue
        seen[key] = seen.get(key, 0) + 1
        if seen[key] < REPEAT_CAP:
            kept.append(f)
        elif seen[key] == REPEAT_CAP:
            f.message += MORE.get(language, MORE["en"]).format(n=counts[key] - REPEAT_CAP)
            kept.append(f)
    return kept


FORM_LABEL_MIN = 3       # table cells with the same text that make it a printed form's label
SAME_CELLS = {"zh": "（表格中另有{n}处相同文字）", "en": " (the same text is in {n} more cells)"}


def once_per_form_label(findings: list, language: str) -> list:
    """A printed form repeated for each week or person repeats its labels in every copy (| 学校(或实验室) | …): a slip of
    punctuation in such a label is one slip, reported on its first cell with how many more carry it, not once per copy.
    (A template's stand-ins repeated in cells, | [X] | TBD |, are each a slot to fill and stay.)"""
    cells: dict = {}
    for f in findings:
        p = f.paragraph
        if p is not None and p.table and f.category == "punctuation":
            cells.setdefault((f.rule, p.text, f.offset), []).append(f)
    repeated = {key: fs for key, fs in cells.items() if len({id(f.paragraph) for f in fs}) >= FORM_LABEL_MIN}
    if not repeated:
        return findings
    dropped = set()
    for fs in repeated.values():
        fs[0].message += SAME_CELLS.get(language, SAME_CELLS["en"]).format(n=len(fs) - 1)
        dropped.update(id(f) for f in fs[1:])
    return [f for f in findings if id(f) not in dropped]


def outside_literal(findings: list) -> list:
    """Prose findings are not reported in a table-of-contents entry or a code paragraph (its `**`, `[0]`,
    `x` and straight quotes are literal); revisions, comments and document-level findings are."""
    return [f for f in findings if f.paragraph is None or f.category not in PROSE
            or not (f.paragraph.flags & LITERAL)]


def outside_code(findings: list) -> list:
    """Findings not inside Markdown inline code (`{service_name}` in backticks is literal text) nor on
    markup typed into plain text (the ** of **本周工作**：)."""
    return [f for f in findings if f.paragraph is None or not (f.paragraph.code_spans or f.paragraph.markup_spans)
            or not any(a <= f.offset and f.end <= b for a, b in f.paragraph.code_spans + f.paragraph.markup_spans)]


def resolve_overlaps(findings: list) -> list:
    """Keep one finding per slot within a SLOT_GROUP (an unfilled figure is not also a placeholder;
    a stray 》 is not also a paragraph-start mark): highest priority, then longest match."""
    keep, groups = [], {}
    for f in findings:
        group = SLOT_GROUP.get(f.category)
        if group is None or f.paragraph is None or not f.match:
            keep.append(f)
            continue
        groups.setdefault((id(f.paragraph), group), []).append(f)
    for group in groups.values():
        group.sort(key=lambda f: (-f.priority, -(f.end - f.offset), f.offset))
        starts, spans = [], []           # chosen spans, disjoint, sorted by start: a new one meets at most its neighbours
        for f in group:
            k = bisect.bisect_left(starts, f.offset)
            if (k > 0 and spans[k - 1][1] > f.offset) or (k < len(starts) and starts[k] < f.end):
                continue
            starts.insert(k, f.offset)
            spans.insert(k, (f.offset, f.end))
            keep.append(f)
    # text to be deleted as web furniture (---此处隐藏0字,下载后查看---) or replaced as a placeholder (an
    # instruction to the writer: （详细介绍已完成的工作情况,包括……）) or a figure (共修复 ？？ 余例) has no
    # punctuation to fix, and the marker that opens a template's example ([Example] Migrated the billing tables) is
    # one defect; so is a label that lost its numeral to a symbol, rewritten whole (防治;?、強化護理功能)
    doomed: dict = {}
    for f in keep:
        if f.paragraph is not None and (f.category in ("boilerplate", "placeholder", "unfilled-figure") or
                                        f.category == "numbering" and f.match and not any(c.isalnum() for c in f.match)):
            doomed.setdefault(id(f.paragraph), []).append(f)
    if doomed:
        doomed = {k: _Doomed(v) for k, v in doomed.items()}
        keep = [f for f in keep if f.paragraph is None or id(f.paragraph) not in doomed
                or not doomed[id(f.paragraph)].takes(f)]
    return keep


class _Doomed:
    """A paragraph's text to delete (furniture) or replace (placeholders, masked figures), asked in log time
    whether it takes a finding with it: punctuation inside any of it, or a leftover starting where furniture
    starts (a paragraph of thousands of masks must not compare each finding with every other)."""

    def __init__(self, findings):
        self.text = Spans((f.offset, f.end) for f in findings)
        self.furniture: dict = {}               # start -> furthest end
        for f in findings:
            if f.category == "boilerplate":
                self.furniture[f.offset] = max(self.furniture.get(f.offset, 0), f.end)

    def takes(self, f) -> bool:
        if f.category == "punctuation":
            return self.text.cover(f.offset, f.end)
        return SLOT_GROUP.get(f.category) == "leftover" and f.end <= self.furniture.get(f.offset, -1)


def as_written(doc, f) -> None:
    """A Markdown finding shows the lines as the writer typed them (`**Owner:** [Name]`, `| [Date] |`,
    `## Week 2`), not the text with the markup taken out; `offset` and `match` follow."""
    p = f.paragraph
    lines = doc.source_lines(p) if p is not None else None
    a = p.source_offset(f.offset) if lines else None
    if a is None:
        return
    b = p.source_offset(f.end - 1) + 1 if f.match and p.source_offset(f.end - 1) is not None else a + len(f.match)
    start, end = lines
    if not start <= a <= b <= end:
        return
    f.context, f.offset, f.match = doc.source[start:end], a - start, doc.source[a:b]


def locate(doc, findings) -> None:
    paths = None
    for f in findings:
        p = f.paragraph
        if p is None:
            f.location = {"part": "body", "paragraph": 0, **f.location}
            continue
        if paths is None:
            paths = heading_paths(doc)
        loc = {"part": p.part, "paragraph": p.index}
        heading = paths.get(p.index)
        if heading:
            loc["heading"] = " > ".join(heading)
        if p.label:
            loc["label"] = p.label
        if p.table:
            loc["table"], loc["row"], loc["cell"] = p.table
        if p.story and p.part not in ("body", "table"):
            loc["story"] = p.story
        pos = doc.position(p, f.offset)
        if pos:
            loc["line"], loc["column"] = pos
        f.location = {**loc, **f.location}

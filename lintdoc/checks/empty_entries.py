"""Rule kind `empty_entries`: an entry of a list filled in item by item, left with its label only.

A list whose items all read `Label: text` (one per team member, per project, per site) is filled in
entry by entry; an item with its label and nothing after it, among siblings that have their text, was
skipped. A label whose content is the sub-list under it is not empty.

Fails: "- Sofia: built the review API / - Trung: / - Howie: chat components" (Trung:).
Passes: the same list with every entry filled; "- Risks:" with its own sub-list; a blank template's
list where no entry is filled yet, or only with stand-ins ([Number], TBD): a form, not a skipped entry;
an entry that may stay empty (Other:, Notes:); an entry whose content is the text or the picture under it, no
item of the list (Summary: and a screenshot).
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.checks.base import Rule
from lintdoc.model import LITERAL

# a short label (a name, a project), a colon, and what follows it on the item's line
# (possessive, and the label starts with a character: a line of spaces is not tried at every split)
ENTRY = rx.compile(r"^[^\S\n]*+([^:：\n。！？!?；;\s][^:：\n。！？!?；;]{0,39}?)[^\S\n]*[:：][^\S\n]*(.*)$")
# what a template puts after a label for the writer to replace: no sign that the list is being filled in
STAND_IN = rx.compile(r"^(?:\[[^\]\n]*\]|<[^>\n]*>|\{[^}\n]*\}|[_＿.…\-—xX*]+|(?i:tbd|todo|n/?a))$")
OPTIONAL = rx.compile(r"^(?i:others?|misc(?:ellaneous)?|notes?|comments?)$|^(?:其他|其它|备注)$")   # may stay empty
MIN_ITEMS = 3       # items of a list for its shape (every item a `Label:` entry) to tell
LABEL_WORDS = 5     # words of an English label


class EmptyEntriesRule(Rule):
    KIND = "empty_entries"
    DEFAULT_CATEGORY = "placeholder"

    def check(self, doc):
        heads = None                    # the entries whose next paragraph with text is no list item (computed once)
        for run in _lists(doc):
            entries = [(p, ENTRY.match(p.text)) for p, _ in run]
            if len(entries) < MIN_ITEMS or not all(m and _is_label(m.group(1)) for _, m in entries):
                continue
            filled = [m.group(2).strip() for _, m in entries]
            if not any(x and not STAND_IN.match(x) for x in filled):
                continue
            for (p, has_children), (_, m), text in zip(run, entries, filled):
                if not text and not has_children and not OPTIONAL.match(m.group(1).strip("*_ ")):
                    heads = _heading_text(doc) if heads is None else heads
                    if id(p) not in heads:
                        yield self.finding(doc, p, m.start(1), m.end(1))


def _heading_text(doc) -> set:
    """The ids of the paragraphs whose next paragraph with text is no item of a list: an entry there heads that
    text (Summary: and the screenshot or the notes under it)."""
    out, previous = set(), None
    for q in doc.body():
        if not q.text.strip():
            continue
        if previous is not None and _key(q) is None:
            out.add(id(previous))
        previous = q
    return out


def _lists(doc):
    """Runs of sibling list items, [(paragraph, has a deeper item right under it)]: a Markdown list's items
    of one depth, a Word list's items of one level; a sub-list is a run of its own."""
    done, open_runs = [], []          # open_runs: [(key, items)], outermost first
    for p in doc.body():
        if not p.text.strip():
            continue
        k = _key(p) if not p.flags & LITERAL else None
        while open_runs and (k is None or open_runs[-1][0][0] != k[0] or open_runs[-1][0][1] > k[1]):
            done.append(open_runs.pop()[1])       # a deeper list ended, or the list did
        if k is None:
            continue
        if open_runs and open_runs[-1][0] == k:
            open_runs[-1][1].append((p, False))
            continue
        if open_runs:                             # a sub-list: the item above it has content
            items = open_runs[-1][1]
            items[-1] = (items[-1][0], True)
        open_runs.append((k, [(p, False)]))
    return done + [items for _, items in open_runs]


def _key(p):
    """(list, depth) of a list item, or None: a Markdown item by its nesting depth, a Word item by its list
    and level."""
    if p.md_list:
        return ("md", p.md_list)
    if p.num:
        return (p.num[0], int(p.num[1] or 0))
    return None


def _is_label(text: str) -> bool:
    text = text.strip("*_ \t")
    return bool(text) and len(text.split()) <= LABEL_WORDS and not text.startswith(("http", "www"))

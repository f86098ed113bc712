"""Rule kind `example_block`: the lines a template shows under an `Example:` label, left in the draft.

A line that is only the label (`openers`: Example:, Examples:, 示例：) opens a block; a heading
`### Examples` names a part the writer fills, and opens none. Its lines are the
ones after it in the same paragraph, or, when the label ends its paragraph, the next paragraph and the list
items after it. The block ends at a heading, a line that names the next part (in capitals, or ending in a
colon) and after `max_lines` lines. A block is reported once, on its first line (without its bullet or mark):
the example is one thing to replace, however many lines it runs to.

Fails: "Example:\\n✅ Revenue up 18% MoM" (the line under the label). Passes: "✅ Revenue up 18% MoM" with no
label above it; "Example: the billing migration" (a run-in label with its own text, the pattern rules' business).
"""
from __future__ import annotations


from lintdoc import rx
from lintdoc.checks.base import Rule, joined_text
from lintdoc.checks.pattern import may_match, required_literals
from lintdoc.outline import headings

MARKS = rx.compile(r"^[\s>*+\-•·▪◦\p{So}\p{Sk}\p{Mn}\u200d\ufe0f]*")   # bullets, quote marks, emoji before a line
LINE = rx.compile(r"[^\n]+")


class ExampleBlockRule(Rule):
    KIND = "example_block"
    DEFAULT_CATEGORY = "boilerplate"
    OPTIONS = {"openers": (list, None), "max_lines": (int, 12)}

    def setup(self):
        if not self.options["openers"]:
            raise ValueError("`openers` must list at least one pattern for the label line")
        self.openers = [rx.engine().compile(p, rx.IGNORECASE) for p in self.options["openers"]]
        # the strings a label must contain (example, 示例…): a text with none of them has no block (None: always read)
        self.literals = [required_literals(p, True) for p in self.options["openers"]]

    def check(self, doc):
        text = joined_text(doc, self.scope)[0]
        if not any(may_match(doc, text, x) for x in self.literals):
            return
        heads = {h.paragraph.index for h in headings(doc)}
        left, carry = 0, None        # lines of an open block still to read; what may carry it on: "any", "list"
        reported = False             # whether the open block's finding is made
        for p in doc.paragraphs:
            if p.part not in self.scope or p.table is not None:
                continue
            if p.index in heads or not (carry == "any" or (carry == "list" and p.md_list)):
                left = 0
            carry, last_opens = None, False
            for m in LINE.finditer(p.text):
                line = m.group(0)
                last_opens = p.index not in heads and any(
                    o.fullmatch(line[MARKS.match(line).end():].strip()) for o in self.openers)
                if last_opens:
                    left, reported = self.options["max_lines"], False
                elif left and _names_a_part(line):
                    left = 0
                elif left:
                    start = m.start() + MARKS.match(line).end()
                    if start < m.end() and not reported:
                        yield self.finding(doc, p, start, m.end())
                        reported = True
                    left -= 1
            if left:
                carry = "any" if last_opens else "list"


def _names_a_part(line: str) -> bool:
    """A line naming the next part rather than an example: in capitals (3️⃣ METRICS THAT MATTER) or a label
    ending in a colon (Mitigation steps:)."""
    stripped = line.strip()
    if stripped.endswith((":", "：")):
        return True
    letters = [c for c in stripped if c.isalpha()]
    return len(letters) >= 4 and all(c.isascii() and c.isupper() for c in letters)

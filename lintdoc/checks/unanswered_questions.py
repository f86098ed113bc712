"""Rule kind `unanswered_questions`: a template's questions to its writer, left with no answer under them.

Review and report templates ask their writer questions (What is the purpose of the working group?, What
problems did you encounter?); the writer answers under each. A run of question paragraphs that ends at a
heading or at the document's end was answered nowhere. It takes `min_questions` such questions in the
document to show a template's habit: one unanswered question may be the writer's own open question. A
question asked more than once (What did I work on?, under each person) is the form's label, not a prompt;
a run of questions followed by text (For each meeting we answer: What did we do? Where do we need help?
… We met on Monday …) is an agenda the text answers; a table's header row over empty cells answers nothing.

Fails: "## Progress / What goals have you achieved? / What can the TAC do to help? / ## Future / What are
your current priorities?", and the same questions after typed bullets (• What goals have you achieved?).
Passes: "## Retro / What went well? / The migration finished early." and one question under one heading.
"""
from __future__ import annotations

from collections import Counter

from lintdoc import rx
from lintdoc.checks.base import Rule
from lintdoc.outline import headings


class UnansweredQuestionsRule(Rule):
    KIND = "unanswered_questions"
    DEFAULT_CATEGORY = "placeholder"
    OPTIONS = {"question": (str, None), "min_questions": (int, 3)}

    def setup(self):
        if not self.options["question"]:
            raise ValueError("`question` must be a regular expression a question paragraph matches")
        self.question = rx.compile(self.options["question"])

    def check(self, doc):
        heads = {h.paragraph.index for h in headings(doc)}
        # (a table's header row is no answer: the retrospective's | Attendee | Attendee | over empty cells)
        body = [p for p in doc.body() if p.text.strip() and not (p.table and p.table[1] == 1)]
        unanswered, run = [], []
        for p in body + [None]:
            ends_part = p is None or p.index in heads or p.is_title
            m = None if ends_part else self.question.match(p.text.strip())
            if m:
                run.append((p, m))
                continue
            if ends_part:
                unanswered.extend(run)
            run = []
        asked = Counter(p.text.strip() for p in body)
        unanswered = [(p, m) for p, m in unanswered if asked[p.text.strip()] == 1]
        if len(unanswered) < self.options["min_questions"]:
            return
        for p, m in unanswered:
            # the question itself: the pattern's group `m` when it has one (a typed bullet before it left out)
            start, end = m.span("m") if "m" in m.re.groupindex else m.span()
            indent = len(p.text) - len(p.text.lstrip())
            yield self.finding(doc, p, indent + start, indent + end)

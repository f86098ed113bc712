"""Rule kind `page_chunks`: the numbers a document-sharing site puts before each page of a text it shows in
pieces (1、…, 2、…, 3、…), left in a copy.

Such a site cuts the text every few hundred characters, wherever it is, and numbers the pieces: the 1、 stands
before the title, and each later number stands where a page began, often inside a sentence or a word (……充分发 /
2、挥各级妇联组织……). A list the writer numbered has short items that end where they end. So a run of numbers 1、 2、
… at the start of lines is the site's when every piece before a number is long (`min_chars`) and at least one of
them stops in the middle of a sentence; each number is then reported. The numbers a writer put before short
headings (1、游戏模块 / 2、神经网络方面, each a line of its own over pages of text) are a list, wherever the text
before them stops.

Fails: "1、乡镇妇联工作总结……（400 characters）……充分发" / "2、挥各级妇联组织……". Passes: "1、加强理论学习。" /
"2、开展专题培训。" (short items), and long items that each end with a full stop.
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.checks.base import Rule

LABEL = rx.compile(r"^[ \t\u3000]*(\d{1,2})、")
SENTENCE_END = frozenset("。！？!?；;：:…”’」』）)】》")
CUT_LINE = 20           # a line shorter than this that ends without a stop is a heading, not a piece cut off


class PageChunksRule(Rule):
    KIND = "page_chunks"
    DEFAULT_CATEGORY = "boilerplate"
    OPTIONS = {"min_chars": (int, 200)}

    def check(self, doc):
        run, chars, last, cut = [], 0, None, False    # the numbers so far, the piece's length, its last line
        for p in [q for q in doc.body() if q.text.strip()] + [None]:
            m = LABEL.match(p.text) if p is not None else None
            n = int(m.group(1)) if m is not None else 0
            goes_on = n == len(run) + 1 and (not run or chars >= self.options["min_chars"])
            if not goes_on and (m is not None or p is None):   # a number out of the run, or the end: the run is over
                if len(run) >= 2 and cut and any(len(q.text.strip()) >= CUT_LINE for q, _, _ in run[1:]):
                    for q, start, end in run:
                        yield self.finding(doc, q, start, end)
                run, cut = [], False
                goes_on = n == 1
            if goes_on:
                if run and len(last.text.strip()) >= CUT_LINE and last.text.rstrip()[-1:] not in SENTENCE_END:
                    cut = True                        # the piece before it stops inside a sentence (not a heading)
                run.append((p, m.start(1), m.end()))
                chars, last = len(p.text), p
            elif m is None and p is not None:
                chars += len(p.text)
                last = p

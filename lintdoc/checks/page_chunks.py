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

from lintdoc.checks.base import Rule
from lintdoc.outline import page_chunk_labels


class PageChunksRule(Rule):
    KIND = "page_chunks"
    DEFAULT_CATEGORY = "boilerplate"
    OPTIONS = {"min_chars": (int, 200)}

    def check(self, doc):
        for p, start, end in page_chunk_labels(doc, self.options["min_chars"]):
            yield self.finding(doc, p, start, end)

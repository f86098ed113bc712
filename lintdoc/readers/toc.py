"""A table-of-contents line typed or printed into a document: a title, leaders or a tab, and its page.

Such lines take part in no prose rule (their labels, leaders and numbers are the contents', not the text's).
Shared by the Word reader (beside the TOC styles) and the text reader (a page copied with its 目錄).

    toc_line("1、 現有計畫執行成效………………...........……………1-4") → True   (a chapter-page number)
    toc_line("（一）反馈机制现状分析……………………………………")     → True   (leaders whose page field printed nothing)
    toc_line("第二季度完成目标……超额完成")                      → False
    toc_line("Month: _________ 2025")                             → False  (a blank before the year)
"""
from __future__ import annotations

from lintdoc import rx

# a tab or leaders, then the page (12, 1-4, iv); or long leaders at the line's end (not the ...... of a sigh)
# (not a year: Month: _________ 2025 is a blank before the year, 完成时间\t2024 a row of a typed table)
TOC_LINE = rx.lazy_re(r"^\S.{0,100}?(?:(?:\t|\.{4,}|…{2,}|·{4,}|-{4,}|_{4,})\s*(?:(?!(?:19|20)\d\d\s*$)\d{1,4}(?:[-–]\d{1,4})?|[IVXivx]{1,6})"
                      r"|(?:\.{10,}|…{5,}|·{10,}))\s*$")
LEADERS = ("\t", "....", "……", "····", "----", "____")


def toc_line(text: str) -> bool:
    """Whether `text` (one line) is a table-of-contents entry."""
    return any(x in text for x in LEADERS) and TOC_LINE.match(text) is not None

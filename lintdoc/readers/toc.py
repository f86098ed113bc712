"""A table-of-contents line typed or printed into a document: a title, leaders or a tab, and its page.

Such lines take part in no prose rule (their labels, leaders and numbers are the contents', not the text's).
Shared by the Word reader (beside the TOC styles) and the text reader (a page copied with its 目錄).

    toc_line("1、 現有計畫執行成效………………...........……………1-4") → True   (a chapter-page number)
    toc_line("    （一）反馈机制现状分析…………………………7")       → True   (indented)
    toc_line("（一）反馈机制现状分析……………………………………")     → True   (leaders whose page field printed nothing)
    toc_line("第二季度完成目标……超额完成")                      → False
    toc_line("Month: _________ 2025")                             → False  (a blank before the year)
    toc_run(["1.市局工作总结5", "2.县局工作总结13", "3.区局工作总结20"]) → [0, 1, 2]   (leaders lost in a copy)
"""
from __future__ import annotations

from lintdoc import rx

# a tab or leaders, then the page (12, 1-4, iv); or long leaders at the line's end (not the ...... of a sigh)
# (not a year: Month: _________ 2025 is a blank before the year, 完成时间\t2024 a row of a typed table)
TOC_LINE = rx.lazy_re(r"^[ \t\u3000]*\S.{0,100}?(?:(?:\t|\.{4,}|…{2,}|·{4,}|-{4,}|_{4,})\s*(?:(?!(?:19|20)\d\d\s*$)\d{1,4}(?:[-–]\d{1,4})?|[IVXivx]{1,6})"
                      r"|(?:\.{10,}|…{5,}|·{10,}))\s*$")
LEADERS = ("\t", "....", "……", "····", "----", "____")


def toc_line(text: str) -> bool:
    """Whether `text` (one line) is a table-of-contents entry."""
    return any(x in text for x in LEADERS) and TOC_LINE.match(text) is not None


# a numbered entry whose page number follows its title straight, the leaders lost in a copy (2.县医疗保障局工作总结13):
# no sentence mark, the title's last character Chinese
BARE_ENTRY = rx.lazy_re(r"^[ \t\u3000]*(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|"
                        r"第[一二三四五六七八九十\d]{1,3}[章节篇部分])"
                        r"[^。，；！？,;!?\n]{4,60}?[\u3400-\u9fff][ \t\u3000]*(\d{1,3})[ \t\u3000]*$")
BARE_RUN = 3


def toc_run(lines: list) -> list:
    """The indexes of `lines` that are contents entries without leaders: runs of at least three numbered entries in a
    row, each ending in a page number larger than the one before (1.市医保局工作总结5, 2.县医保局工作总结13, …). Three
    items whose texts end in figures that fall (1.培训120 2.覆盖35) or are not numbered entries are text."""
    found, run, last = [], [], -1
    for i, line in enumerate(lines + [""]):
        m = BARE_ENTRY.match(line) if line else None
        page = int(m.group(1)) if m else -1
        if m and (not run or page > last):
            run.append(i)
        else:
            if len(run) >= BARE_RUN:
                found.extend(run)
            run = [i] if m else []
        last = page
    return found

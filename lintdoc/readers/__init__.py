"""Readers turn a file into the document model; `read_document` picks one by file type."""
from __future__ import annotations

import os
import re

from lintdoc import rx
from lintdoc.errors import InputError
from lintdoc.language import detect_language
from lintdoc.model import FORM_FIELD, LITERAL, REFERENCE as REFERENCE_FLAG, Document
from lintdoc.outline import parse_label
from lintdoc.readers.code_lines import mark_code

SUPPORTED = (".docx", ".docm", ".dotx", ".md", ".markdown", ".txt", ".text")
LEGACY = {".doc": "a legacy Word .doc", ".wps": "a WPS .wps", ".dot": "a legacy Word template",
          ".rtf": "an RTF file", ".odt": "an OpenDocument .odt", ".pages": "an Apple Pages file"}
TITLE_MAX = 60


def read_document(path, data: bytes | None = None, run_map: bool = True) -> Document:
    """Read any supported draft (from `data` when its bytes were read already); InputError with a
    one-line reason otherwise. `run_map=False`: a .docx's paragraphs need not say which runs their text
    came from (nothing will be written into the file's copy)."""
    path = str(path)
    ext = os.path.splitext(path)[1].lower()
    if data is None and not os.path.exists(path):
        raise InputError(path, "no such file or folder")
    if data is None and os.path.isdir(path):
        raise InputError(path, "is a folder")
    if ext in LEGACY:
        raise InputError(path, f"{LEGACY[ext]} cannot be read; lintdoc reads .docx, .md and .txt",
                         f"convert it: soffice --headless --convert-to docx \"{os.path.basename(path)}\"")
    if ext in (".docx", ".docm", ".dotx"):
        from lintdoc.readers.docx_reader import read_docx
        doc = read_docx(path, data, run_map)
    elif ext in SUPPORTED:
        from lintdoc.readers.text_reader import read_text_file
        doc = read_text_file(path, data=data)
    else:
        raise InputError(path, f"unsupported file type '{ext or '(none)'}'", "lintdoc reads .docx, .md and .txt")
    finish(doc)
    return doc


SURROGATE = re.compile("[\ud800-\udfff]")      # one character each, replaced by U+FFFD: offsets stay
HAS_LETTER = re.compile(r"[^\W\d_]")
CONTENTS = re.compile(r"^\s*(?:目\s*录|目\s*錄|(?i:(?:table of )?contents))\s*$")
# a web page's navigation path above the article (您的当前位置:首页正文, 首页 > 专题范文 >, You are here: Home »)
BREADCRUMB = re.compile(r"^\W{0,3}(?:(?:您的)?当前位置|您现在的位置|(?i:you are here))\s*[:：\s]|^\W{0,3}(?:首页|(?i:home))\s*[>»＞/›]")
# a bibliography entry: [1] 作者. 题名[J]. 刊名, 2019, 3(2): 1-5. (GB/T 7714) or [3] A. Author, "Title," …
# (IEEE marks a web source [Online]), or numbered with its year in brackets: [4]惠苗,&张晓冬.(2019).题名.刊名, 36(3).,
# or a book with its publisher and year: 【1】《Android移动开发基础案例教程》黑马程序员编著.北京:人民邮电出版社.2017
REFERENCE = rx.lazy_re(r"^\s*[\[［【]\d{1,3}[\]］】]\s*\S.{4,}?(?:[\[［](?:[JMCDNRSPZAGK]|EB|DB|CP|Online)(?:/(?:OL|DK|MT|CD))?[\]］]"
                       r"|\b(?:19|20)\d\d\b.*\b(?:pp?\.|vol\.|doi|https?://)|,\s*(?:19|20)\d\d[,.;]|\((?:19|20)\d\d[a-z]?\)\s*[.,]"
                       r"|出版社[.,，．:：;；\s]{0,3}(?:19|20)\d\d)")
# …or an author-year entry (APA, Harvard): Seo, J. (2019). Is the Maker Movement … / Smith, A. B., & Lee, C. (2020).
# (not one Word numbers: that is an item of its list, and the numbering check must see it)
AUTHOR_YEAR = rx.lazy_re(r"^\s*[A-Z][\w'’-]+,\s(?:[A-Z]\.[ ]?){1,3}[^()\n]{0,200}?\((?:19|20)\d\d[a-z]?(?:,[^()\n]{1,20})?\)\.")

NUMBER_LABEL = re.compile(r"^\s*[\[［]\d{1,3}[\]］][.．]?\s*$")      # Word's automatic [1] or [1]. before an entry
HEADING_ANY = 99       # the level of a references line that is no styled heading: any heading after it ends its list
ENTRY_NUMBER = re.compile(r"^\s*[\[［【]\d{1,3}[\]］】]\s*\S")        # …or typed
# …or typed as a list's number before an entry with its year (参考文献：↵1. 杨真真;徐奕 《……综述》 2026.03)
TYPED_ENTRY = re.compile(r"^\s*(?:\d{1,3}[.．、]|[（(]\d{1,3}[）)])\s*\S[^\n]{0,300}?(?<!\d)(?:19|20)\d\d(?!\d)")
# …and the heading a list of them opens with on its first line (参考文献：, References), numbered or not
# (八、主要参考文献, 1.1 参考资料, V. References, List of References)
REFERENCES_HEADING = re.compile(r"^\W{0,3}(?:(?:[一二三四五六七八九十]{1,3}|\d{1,3}(?:[.．]\d{1,3})*)[、.．]?\s*|(?:[IVX]{1,4}|[A-Z])[.．]\s*)?"
                                r"(?:(?:主要)?(?:参考文献|參考文獻|参考资料|參考資料)|(?i:(?:list of )?references|bibliography|works cited))"
                                r"\W{0,3}$")


# the header of a form's column filled in by hand (签字, Signature), and of the date beside it
SIGN_COLUMN = re.compile(r"^\W*(?:签字|签名|签章|盖章|(?i:signatures?|signed|sign here|initials))\W*$")
DATE_COLUMN = re.compile(r"^\W*(?:(?:签字|签名)?日期|(?i:date(?: signed)?))\W*$")


def finish(doc: Document) -> Document:
    """Set what every reader needs the same way: language, reference entries (literal text: numbered or
    author-year), and the
    title paragraph (never a 目录/Contents line, a line without a letter, nor the first item of a list)."""
    for p in doc.paragraphs:            # a lone surrogate (w:sym w:char="D800") could be printed nowhere
        if SURROGATE.search(p.text) or SURROGATE.search(p.hidden_text):
            p.text, p.hidden_text = SURROGATE.sub("\ufffd", p.text), SURROGATE.sub("\ufffd", p.hidden_text)
    if doc.source and SURROGATE.search(doc.source):
        doc.source = SURROGATE.sub("\ufffd", doc.source)
    doc.language = detect_language(doc.text)
    listing = None                      # the level of the references heading whose entries follow
    typed = False                       # …and whether the lines since it are all typed entries (1. 作者 《题名》 2020)
    for p in doc.paragraphs:
        if REFERENCES_HEADING.match(p.text) and (p.heading_level is not None or len(p.text.strip()) <= 12):
            listing = p.heading_level if p.heading_level is not None else HEADING_ANY   # (六、参考文献 in bold, no style)
            typed = True
            continue
        # (up to the first other line; Word's own 1. before the entry too)
        typed = typed and (not p.text.strip() or bool(TYPED_ENTRY.match(f"{p.label} {p.text}" if p.label else p.text)))
        numbered = ENTRY_NUMBER.match(p.text) or NUMBER_LABEL.match(p.label or "") or (typed and bool(p.text.strip()))
        if listing is not None and p.heading_level is not None and p.heading_level <= listing and not numbered:
            listing = None
        # (an entry under 参考文献 is one whatever its form or style: [4] 项亮编著，《推荐系统实践》, even styled Heading 3)
        if _reference(p.text, p.label) or ("\n" in p.text and _reference_lines(p.text)) or (listing is not None and numbered):
            p.flags.add(REFERENCE_FLAG)
    _mark_hand_columns(doc)
    mark_code(doc)
    if not any(p.is_title for p in doc.paragraphs):
        first = _first_line(doc)
        if first is not None and len(first.text.strip()) <= TITLE_MAX and not first.label \
                and not parse_label(first.text) and not first.text.rstrip().endswith(("。", ".", "；")):
            first.is_title = True
    return doc


def _reference(text: str, label: str = "") -> bool:
    """A bibliography entry, numbered ([1] 作者. 题名[J]. …, the [1] typed or Word's own) or author-year (Smith,
    A. B. (2020). …)."""
    if NUMBER_LABEL.match(label):
        text = label + " " + text
    return (text[:1] in "[［【 " and bool(REFERENCE.match(text[:400]))) or \
        (not label and text[:1].isupper() and "(" in text[:300] and bool(AUTHOR_YEAR.match(text[:400])))


def _reference_lines(text: str) -> bool:
    """A paragraph of bibliography entries, one a line, perhaps under the list's heading on its first line
    (参考文献：↵[1] 张三. 题名[J]. …↵[2] …: the lines of a Markdown or text file that no blank line parts)."""
    lines = [x for x in text.split("\n") if x.strip()]
    if lines and REFERENCES_HEADING.match(lines[0]):
        lines = lines[1:]
    return bool(lines) and all(_reference(x) for x in lines)


def _mark_hand_columns(doc: Document) -> None:
    """The cells of a table column headed 签字 or Signature, and of the date column of the same table, are
    a form's fields for a hand (| Project Sponsor | Ashley Kissinger | ______ | ______ |): their blanks are
    not leftovers. A date column alone (| Task | Owner | Date |) is not."""
    headers: dict = {}
    for p in doc.paragraphs:
        if p.table and p.table[1] == 1:
            key = (p.story, p.table[0], p.table[2])
            headers[key] = headers.get(key, "") + p.text
    signed = {key[:2] for key, text in headers.items() if SIGN_COLUMN.match(text.strip())}
    hand = {key for key, text in headers.items() if key[:2] in signed
            and (SIGN_COLUMN.match(text.strip()) or DATE_COLUMN.match(text.strip()))}
    for p in doc.paragraphs if hand else ():
        if p.table and p.table[1] > 1 and (p.story, p.table[0], p.table[2]) in hand:
            p.flags.add(FORM_FIELD)


def _first_line(doc: Document):
    """The first line with a letter in the body (not a contents heading nor a web page's navigation path), or a
    bold one in the first cell of a draft laid out as a table (| 项目周报 | above the form's rows)."""
    first_cell = True
    for p in doc.paragraphs:
        if p.part not in ("body", "table") or p.flags & LITERAL or not HAS_LETTER.search(p.text) \
                or CONTENTS.match(p.text) or BREADCRUMB.match(p.text):
            continue
        if p.part == "body" or (first_cell and p.bold):
            return p
        first_cell = False
    return None

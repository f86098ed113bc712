"""Read .txt and .md drafts: detect the encoding, split paragraphs, keep line and column.

Encodings: UTF-8 with or without BOM, UTF-16/32 (BOM, or NUL-byte pattern), GB18030/GBK,
and whatever charset-normalizer recognises; binary junk is refused.

Paragraphs are split on blank lines. In Chinese plain text, where writers put one
paragraph per line, a line also ends a paragraph when it ends a sentence (。！？；：),
is indented, or starts with a list label. Markdown headings, list items, block quotes
and table cells are paragraphs of their own; fenced code and HTML comments are skipped.
"""
from __future__ import annotations

import codecs
import collections
import re

from lintdoc.errors import InputError
from lintdoc.model import CODE, METADATA, OBJECT, TOC, Document, Paragraph, RunSpan, Suppression
from lintdoc.outline import LABEL_YEAR
from lintdoc.readers.code_lines import code_shaped
from lintdoc.readers.markup import two_masks, typed_markup
from lintdoc.readers.ooxml import sniff_binary
from lintdoc.readers.toc import toc_line, toc_run

BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CJK_END = re.compile(r"[。！？；：…”’」』）)!?;]\s*$")
LABEL_START = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|"
                         r"\d+(?:、|[.．](?!\d)|[.．](?=" + LABEL_YEAR + r")|[)）])|[①-⑳⑴-⒇⒈-⒛]|第[一二三四五六七八九十\d]+[章节部分条]|[-*+•·]\s|"
                         r"[a-z]\)\s|\([a-z]\)\s|[a-z]\.\s(?=[A-Z]))")      # a) b), (a) (b), a. Finish: a lettered list
INDENT = re.compile(r"^[ \t\u3000]+")
MAX_TEXT_BYTES = 64 * 1024 * 1024
HEADING_LINE = 50                     # a labelled line this short that ends a clause is a heading


def decode(path, data: bytes) -> tuple[str, str]:
    """(text, encoding name) of a text file's bytes; InputError for empty or binary files."""
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(path, "the file is empty")
    for bom, enc in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc.replace("-sig", "")), enc.replace("-le", "").replace("-be", "")
            except UnicodeDecodeError:
                break
    if b"\x00" in data[:4096]:
        text = _utf16_without_bom(data)
        if text is not None:
            return text
        raise InputError(path, "this is a binary file, not text", "lintdoc reads .docx, .md and .txt drafts")
    sniff_binary(path, data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
        if _plausible(text):
            return text, "gb18030"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure means "unknown encoding", reported below
        best = None
    if best is not None and _plausible(str(best)):
        return str(best), best.encoding
    raise InputError(path, "cannot tell the text encoding (or this is not a text file)",
                     "save it as UTF-8")


def _utf16_without_bom(data: bytes):
    even = data[0:2000:2].count(0)
    odd = data[1:2000:2].count(0)
    enc = "utf-16-be" if even > odd * 4 else "utf-16-le" if odd > even * 4 else None
    if enc is None:
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    return (text, "utf-16") if _plausible(text) else None


def _plausible(text: str) -> bool:
    """Mostly printable characters: not binary data decoded by force."""
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0xE000 <= ord(ch) <= 0xF8FF
              or ch == "\ufffd")
    return bad <= max(2, len(sample) // 200)


def read_text_file(path, markdown: bool | None = None, data: bytes | None = None) -> Document:
    try:
        if data is None:
            with open(path, "rb") as fh:
                data = fh.read(MAX_TEXT_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(path, f"the file is larger than {MAX_TEXT_BYTES // (1024 * 1024)} MiB")
    text, encoding = decode(path, data)
    if markdown is None:
        markdown = str(path).lower().endswith((".md", ".markdown"))
    return parse_text(text, str(path), markdown, encoding)


MD_TOC_ENTRY = re.compile(r"\s*(?:[-*+]|\d+[.)])\s+\[[^\]\n]*\]\(#[^)\n]*\)\s*$")


def parse_text(text: str, path: str = "<text>", markdown: bool = False, encoding: str = "utf-8") -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    doc = Document(path, "md" if markdown else "txt", encoding=encoding)
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    doc.line_starts = starts
    if markdown:
        doc.source = text
    builder = _MarkdownBuilder(doc, lines, starts) if markdown else _TextBuilder(doc, lines, starts)
    builder.build()
    doc.renumber()
    for p in doc.paragraphs:
        if markdown:                   # - [一、版本发布](#一、版本发布): a table of contents
            lines = doc.source_lines(p)
            if lines and MD_TOC_ENTRY.match(text, lines[0], lines[1]):
                p.flags.add(TOC)
        if p.text.strip() and all(toc_line(line.strip()) for line in p.text.split("\n") if line.strip()):
            p.flags.add(TOC)           # 1、 現有計畫執行成效……………1-4: a page's contents, typed
    for i in toc_run([p.text if "\n" not in p.text else "" for p in doc.paragraphs]):
        doc.paragraphs[i].flags.add(TOC)   # 2.县局工作总结13: a page's contents, their leaders lost
    return doc


WRAPPED_LINES = 5       # lines at one width that show a text was wrapped
WRAP_MIN = 15           # characters: shorter "lines" are a list's items or a form's fields
WRAP_SHARE = 0.5        # of the lines that do not end a sentence


def _wrap_width(lines) -> int | None:
    """The width a text's Chinese lines were broken at (a PDF's or a page's text hard-wrapped at 27 characters), or
    None: the length most lines not ending a sentence have, give or take two (ASCII marks make some shorter), when
    there are enough of them to show it."""
    lengths = [len(x.strip()) for x in lines if CJK.search(x) and not CJK_END.search(x)]
    if len(lengths) < WRAPPED_LINES:
        return None
    counts = collections.Counter(lengths)
    width = max(counts, key=lambda w: (sum(counts.get(k, 0) for k in range(w - 2, w + 1)), w))
    held = sum(counts.get(k, 0) for k in range(width - 2, width + 1))
    return width if width >= WRAP_MIN and held >= WRAPPED_LINES and held >= WRAP_SHARE * len(lengths) else None


class _TextBuilder:
    def __init__(self, doc, lines, starts):
        self.doc, self.lines, self.starts = doc, lines, starts
        self.wrap = _wrap_width(lines)
        self.current: list[int] = []   # line numbers (0-based) of the paragraph being built
        self.list_prefix = None        # Markdown: marker regex stripped from the current block's lines
        self.is_list = False           # Markdown: the current block is a list item
        self.list_indents: list = []   # Markdown: indents of the open list levels, outermost first
        self.open_ranges: list = []    # Markdown: lintdoc-disable ranges not yet closed

    def build(self):
        for i, line in enumerate(self.lines):
            if not line.strip():
                self.flush()
                continue
            if self.current and self.breaks_before(self.lines[self.current[-1]], line):
                self.flush()
            self.current.append(i)
        self.flush()

    def breaks_before(self, prev: str, line: str) -> bool:
        if INDENT.match(line) or LABEL_START.match(line):
            return True
        if self.wrap and CJK.search(prev) and not CJK_END.search(prev) and \
                self.wrap - 2 <= len(prev.strip()) <= self.wrap + 1:
            return False        # a line broken at the text's width, mid-sentence (……增强“四个意 / 识”、坚定……)
        if CJK.search(prev) and (CJK_END.search(prev) or len(prev.strip()) <= 30):
            return True
        # a labelled heading line ("六、总结工作的难点及应对策略：破解……困局") that does not stop mid-clause
        return bool(CJK.search(prev) and LABEL_START.match(prev) and len(prev.strip()) <= HEADING_LINE
                    and not prev.rstrip().endswith(("，", "、", ",", "（", "(", "“")))

    def flush(self, **attrs):
        if self.current:
            self.emit(self.current, **attrs)
        self.current = []

    def emit(self, line_nos, strip_prefix=None, **attrs):
        """A paragraph from whole lines, leading/trailing space trimmed; `strip_prefix` is a regex
        removed from the start of each line (Markdown quote or list markers)."""
        pieces, runs, length = [], [], 0
        for k, n in enumerate(line_nos):
            line = self.lines[n]
            begin = 0
            if strip_prefix is not None:
                m = strip_prefix.match(line)
                if m:
                    begin = m.end()
            stripped_left = len(line) - len(line[begin:].lstrip(" \t\u3000")) if k == 0 else begin
            content = line[stripped_left:].rstrip()
            if k > 0:
                pieces.append("\n")
                length += 1
            pieces.append(content)
            runs.append(RunSpan(length, length + len(content), -1, self.starts[n] + stripped_left))
            length += len(content)
        self.add("".join(pieces), runs, **attrs)

    def add(self, text, runs, **attrs):
        if text.strip():
            if "markup_spans" not in attrs and "code_spans" not in attrs:
                attrs["markup_spans"] = typed_markup(text)
            self.doc.paragraphs.append(Paragraph(text=text, runs=runs, **attrs))


FORM_INFO = re.compile(r"^\s{0,3}(?:```|~~~)\s*(?:text|txt|plain|plaintext|markdown|md)?\s*$", re.I)
CODE_LINE = re.compile(r"[{};=<>\\`]|->|::|\w\(|[├└│─┌┐]|^\s*(?:[$#>%]|//|--|/\*)|"
                       r"^\s*(?:def|class|import|from|return|function|const|let|var|if|for|while|public|private|"
                       r"select|insert|update|curl|git|npm|pip|cd|sudo)\b|https?://|\.(?:py|js|ts|go|rs|java|json|ya?ml|sh)\b",
                       re.I)

FIELD_LINE = re.compile(r"^\s*(?:[-*+]\s+)?[^:：\n]{1,40}[:：]")     # Owner: …, 负责人：…


TREE = re.compile(r"^[ \t]*[│├└─┬┌┐]+[ \t]*")       # the branch a tree of figures draws before a line (├── )


def _is_form(opening: str, body: list) -> bool:
    """A fenced block with no language that holds a form to fill in, not code: each line a field or a
    phrase (Total Marketing Spend: $ / ROI: X% / Owner: [Name], also drawn as a tree: ├── Engineering: $X (X%)),
    none with code's marks."""
    filled = [TREE.sub("", x) for x in body if x.strip()]
    fields = sum(1 for x in filled if FIELD_LINE.match(x))
    return (bool(FORM_INFO.match(opening)) and 0 < len(filled) <= 40 and 2 * fields >= len(filled)
            and all(not CODE_LINE.search(x) and re.search(r"[A-Za-z\u4e00-\u9fff]", x) for x in filled))


WORDY_LINE = re.compile(r"^\s*(?:[-*+]\s+)?[A-Za-z][A-Za-z0-9'’,;:()/.&?! -]*$")     # words and a sentence's marks
# code's marks in such a line (a prose line has its semicolons and its mode(s) too)
PROSE_CODE = re.compile(r"[{}=<>\\`|]|->|::|[A-Za-z_]\w*\((?!s\))|^\s*(?:[$#>%]|//|/\*)|"
                        r"^\s*(?:def|class|import|from|return|function|const|let|var|public|private|"
                        r"select|insert|update|curl|git|npm|pip|cd|sudo)\b|https?://", re.I)
SENTENCE_WORDS = 6
# a line of Chinese prose: mostly Chinese characters, a Chinese sentence's marks (本周最主要的就是……进行讨论，同时……)
ZH_SENTENCE = re.compile(r"[\u3400-\u9fff][^\n]*[，。；：！？、]")
ZH_PROSE_SHARE = 0.5          # of a line's characters (spaces aside) Chinese at least


def _is_prose(opening: str, body: list) -> bool:
    """A fenced block with no language that holds text, not code: a template's text to replace (```↵Describe any
    factors or conditions that impede progress toward goals, such as: …↵```), every line English words and a
    sentence's marks, one at least a sentence's worth; or a report written inside a fence to keep its layout, every
    line Chinese sentences. None with code's marks; a block of code with Chinese comments stays code."""
    filled = [x for x in body if x.strip()]
    if not FORM_INFO.match(opening) or not 0 < len(filled) <= 40:
        return False
    if all(WORDY_LINE.match(x) and not PROSE_CODE.search(x) for x in filled):
        return any(len(x.split()) >= SENTENCE_WORDS for x in filled)
    return all(_zh_prose_line(x) for x in filled)


def _zh_prose_line(line: str) -> bool:
    text = "".join(line.split())
    return bool(ZH_SENTENCE.search(line)) and not PROSE_CODE.search(line) and not code_shaped(line) \
        and len(CJK.findall(text)) >= ZH_PROSE_SHARE * len(text)


def _prose_after_code(line: str) -> bool:
    """A line of Chinese prose (not indented, not a comment, not shaped like code) after the code of a fence
    that is never closed. Fails: "代码量统计"; passes: "// 本周编写的代表性代码", "    print('你好')"."""
    return bool(CJK.search(line)) and not line[:1].isspace() and not code_shaped(line) \
        and not line.lstrip().startswith(("//", "#", "/*", "*", "--", "<!--"))


class _MarkdownBuilder(_TextBuilder):
    # (indented too: a fence inside a list item; a backtick fence's info string holds no backtick, CommonMark 4.5:
    # ```Enter URL``` on its own line is a code span, not a fence)
    FENCE = re.compile(r"^\s*(?:`{3,}(?!`)(?![^\n]*`)|~{3,})")
    # (##整体总结: Chinese writers often leave out the space, and their editors show a heading all the same;
    # #话题# is a tag)
    ATX = re.compile(r"^\s{0,3}(#{1,6}(?=[ \t])|#{2,6}(?=[\u3400-\u9fff]))[ \t]*(.*?)[ \t#]*$")
    SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
    THEMATIC = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")     # ***, ---, ___, * * *: a rule, not text
    # a container of VuePress, Docusaurus and others (::: info 通知范围 … :::): its fences are syntax, its title text
    CONTAINER = re.compile(r"^ {0,3}:{3,}[ \t]*(?:[A-Za-z][\w-]*)?(.*)$")
    BULLET = re.compile(r"^\s*(?:[-*+])(?:[ \t]+|$)")      # (a bare "-" is an empty item of a template list)
    ORDERED = re.compile(r"^\s*\d{1,9}[.)][ \t]+")
    # a line a Chinese writer opened with a label (2、 二、 （二） ②) is an item of its own, though CommonMark
    # would run it on into the line before
    CJK_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|[①-⑳])")
    QUOTE = re.compile(r"^\s{0,3}>[ \t]?")
    TABLE_SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$")     # (|:-:|:-:| is one too)
    # (spans bounded: an unclosed marker must not make each later one rescan the rest of the line)
    # (__ delimits only as a pair of its own: ___/5 (___%) is two blanks, not ___ around "/5 ("; it opens inside no
    # word, as CommonMark has it, and holds two characters at least: 2026年__月__日 and - __月__日 are a date's blanks;
    # it may close before a Chinese character, as writers mean it: ，__重点__工作)
    STRONG = re.compile(r"(\*\*\*|\*\*)(?=\S)(.{1,300}?)(?<=\S)(?<!_)\1(?!_)", re.S)     # (a paragraph's lines)
    STRONG_UNDER = re.compile(r"(?<![_\w\\])(__)(?!_)(?=\S)((?:(?!__).){2,300}?)(?<=\S)(?<!_)\1(?![_A-Za-z0-9])", re.S)
    # (* may emphasise inside a word, as in 本周*重点*是; _ may not: snake_case_name)
    EM = re.compile(r"(?<![*\\])(\*)(?![*\s])(.{1,300}?)(?<![*\s\\])\1(?!\*)")
    EM_UNDER = re.compile(r"(?<![_\w\\])(_)(?![_\s])(.{1,300}?)(?<![_\s\\])\1(?![_\w])")
    # (a target may hold a pair of brackets: [指南(初版).md](docs/指南(初版).md))
    LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\(((?:[^()\n]|\([^()\n]{0,200}\)){0,400})\)")
    # a link whose target is still the template's word for one ([PRD](link), [Dashboard](URL)) or none ([Trello](),
    # [Demo](#), [书名](.)) stays as typed, for placeholder-bracket-prompt and placeholder-empty-link to report
    STAND_IN_TARGET = re.compile(r"\s*(?:link|url|tbd|todo|link[ -]here|insert[ -]link|your[ -]link|#|\.)?\s*$", re.I)
    refs: set = frozenset()        # labels of the file's reference-link definitions
    liquid = False                 # a Liquid (Jekyll) or Jinja page: its output tags are syntax
    REF_DEF = re.compile(r"^\s{0,3}\[([^\]\n]+)\]:\s*\S")
    REF_LINK = re.compile(r"!?\[([^\]\n]{1,300})\](?:\[([^\]\n]{0,300})\])?")
    COMMENT = re.compile(r"<!--.*?-->", re.S)
    # an attribute list of Pandoc, kramdown or markdown-it-attrs after text ({.text-intro.fadeInUp}, {: .note}, {#id})
    ATTRS = re.compile(r"\{:?[ \t]*(?:[.#][A-Za-z][\w-]*|[A-Za-z][\w-]*=(?:\"[^\"\n]*\"|[^\s}]+))"
                       r"(?:[ \t]*(?:[.#][A-Za-z][\w-]*|[A-Za-z][\w-]*=(?:\"[^\"\n]*\"|[^\s}]+))){0,20}[ \t]*\}")
    # a site generator's tag alone on its line ({% hint style="info" %}, {% asset_img a.png %}, {% endnoteblock %};
    # Hugo's shortcodes {{< photos cols="2" >}}, {{% notice %}}, {{< /photos >}}): syntax of Jekyll, Hexo, GitBook
    # or Hugo, not text
    SITE_TAG = re.compile(r"\{%-?[ \t]*[A-Za-z_][\w-]*\b[^\n]{0,300}?-?%\}"
                          r"|\{\{[<%][ \t]*/?[A-Za-z_][\w-]*\b[^\n]{0,300}?(?:>|%)\}\}")
    LIQUID_OUTPUT = re.compile(r"\{\{-?[ \t]*[A-Za-z_][\w.]*(?:\[[^\]\n]{1,30}\])*"
                               r"(?:[ \t]*\|[ \t]*[A-Za-z_]\w*(?:[ \t]*:[^{}\n]{0,60})?)*[ \t]*-?\}\}")
    JEKYLL_OBJECT = re.compile(r"\{\{-?[ \t]*(?:page|site|layout|include|paginator|jekyll)\.[A-Za-z_]")
    WHOLE_EM = re.compile(r"^\*(?![*\s])[^*\n]+(?<!\s)\*$|^_(?![_\s])[^_\n]+(?<!\s)_$")   # *…* or _…_ around it all
    BR = re.compile(r"<br\s*/?>", re.I)
    # an inline HTML tag of a presentational element (<center>, <figure>, <small>, <img src=…>, </div>): markup, as
    # CommonMark renders it, not a prompt in angle brackets (not <title>, <summary>, <date>, which templates use so)
    INLINE_HTML = re.compile(r"</?(?:center|figure|figcaption|img|small|big|sup|sub|div|font|hr|p|b|i|u|em|strong|"
                             r"a|kbd|mark|video|iframe|picture|source|audio)(?:\s[^<>\n]*)?/?>", re.I)
    ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")       # a backslash escape (CommonMark: any ASCII punctuation)
    CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)")
    # a template's stand-in put in backticks, the whole span one <…> (`<YYYY-MM-DD>`, `<name>`, `<G/Y/R>`,
    # `<pass/fail + notes>`): a prompt to replace, not code; an element (`<div>`, `<br />`, `<a href="…">`) is code
    STAND_IN = re.compile(r"`<(?![/!?])(?=[^`<>=\"']*(?:[ |+]|[A-Za-z]/[A-Za-z]|YYYY|MM-DD|DD/MM)|"
                          r"(?:name|date|owner|email|team|project|id|number|count|value|description|summary|notes?)>)"
                          r"[^`<>=\"'\n]{1,60}(?<!/)>`")
    # …or a field's value that is a date's format alone, or a range of two (周期: `YYYY-MM-DD ~ YYYY-MM-DD`); not one named
    # in a sentence (日期格式为 `YYYY-MM-DD` 的字符串)
    DATE_FORMAT = re.compile(r"`(?:YYYY|yyyy)[-/.年]MM[-/.月]DD日?(?:[ \t]*[~～至到–-][ \t]*(?:YYYY|yyyy)[-/.年]MM[-/.月]DD日?)?`")
    FIELD_VALUE = re.compile(r"[:：][ \t]*$")
    # TeX math, inline or displayed ($D_i$, $（U_i，V_j)$, $$\sum x_i$$): literal like code when it holds TeX's
    # marks; not a sum of money ($X and $Y, $5-$10)
    MATH = re.compile(r"\$\$[^$]{1,2000}?\$\$|(?<![\\$\w])\$(?![\s$\d])[^$\n]{1,300}?\$(?![\w$])")
    TEX = re.compile(r"[_^\\{}=]")
    DIRECTIVE = re.compile(r"<!--\s*lintdoc-(disable-next-line|disable|enable)\b(.*?)-->")

    def build(self):
        lines, i, n = self.lines, 0, len(self.lines)
        in_fence = in_comment = False
        fence_end = n             # where an unclosed fence's code ends
        self.tables = 0
        row_no = 0
        front = n > 0 and lines[0].strip() == "---"
        self.refs = {m.group(1).strip().lower() for m in map(self.REF_DEF.match, lines) if m}
        # a page of a site generator using Liquid (Jekyll) or Jinja: its output tags ({{ delivs | size }}, {{ d }}) are
        # the page's syntax, filled in when the site is built, not a template's slots left for a writer
        # …and a page with front matter that names Jekyll's own objects ({{ page.title }}, {{ site.baseurl }})
        self.liquid = any(line.lstrip().startswith("{%") and self.SITE_TAG.fullmatch(line.strip()) for line in lines) \
            or (front and any(self.JEKYLL_OBJECT.search(line) for line in lines))
        while i < n:
            line = lines[i]
            if front:
                if i > 0 and lines[i].strip() in ("---", "..."):
                    front = False
                else:
                    self.front_field(i)
                i += 1
                continue
            if in_fence and i == fence_end:
                in_fence = False      # an unclosed fence's code ended where prose takes up again
            if in_comment:
                if "-->" in line:
                    in_comment = False
                i += 1
                continue
            if line.lstrip().startswith("<!--") and "-->" not in line:
                self.flush()
                in_comment = True
                i += 1
                continue
            if self.FENCE.match(line):
                self.flush()
                end = next((j for j in range(i + 1, n) if self.FENCE.match(lines[j])), n)
                if not in_fence and (_is_form(line, lines[i + 1:end]) or _is_prose(line, lines[i + 1:end])):
                    for k in range(i + 1, end):      # a form or a template's text in a plain block: each line is text
                        if lines[k].strip():
                            self.current = [k]
                            self.flush()
                    i = end + 1
                    continue
                in_fence = not in_fence
                if in_fence:          # the block stands in the text as one object, as a figure does in a Word file
                    self.emit_object(i)
                    # never closed: the code ends where Chinese prose takes up again (```cpp … }; 代码量统计), not at
                    # the end of the file as CommonMark would have it
                    fence_end = next((j for j in range(i + 1, n) if _prose_after_code(lines[j])), n) if end == n else n
                i += 1
                continue
            if not in_fence and self.REF_DEF.match(line):
                self.flush()                 # [label]: https://… defines a link; it is not text
                i += 1
                continue
            if not in_fence and self.HTML_START.match(line):
                self.flush()
                i = self.html_block(i)
                continue
            if in_fence or not line.strip() or self.COMMENT.fullmatch(line.strip()) \
                    or self.SITE_TAG.fullmatch(line.strip()):
                self.flush()
                directive = None if in_fence else self.DIRECTIVE.fullmatch(line.strip())
                if directive:
                    self.directive(directive, i)
                i += 1
                continue
            m = self.ATX.match(line)
            if m:
                self.flush()
                self.emit_heading(i, m.start(2), m.group(2), len(m.group(1)))
                i += 1
                continue
            if (i + 1 < n and self.SETEXT.match(lines[i + 1]) and not self.current and line.strip()
                    and not self.BULLET.match(line) and not line.lstrip().startswith("|")):
                self.emit_heading(i, len(line) - len(line.lstrip()), line.strip(),
                                  1 if lines[i + 1].strip().startswith("=") else 2)
                i += 2
                continue
            container = self.CONTAINER.match(line)
            if container:
                self.flush()
                title = container.group(1)
                if title.strip():
                    lead = len(title) - len(title.lstrip())
                    self.add_inline(title.strip(), self.starts[i] + container.start(1) + lead)
                i += 1
                continue
            if self.THEMATIC.match(line):
                self.flush()
                self.emit_object(i, literal=False)   # a rule between parts: its ___ is no blank to fill, and
                                                     # a list may start again after it, as after a short line
                i += 1
                continue
            if line.lstrip().startswith("|"):
                self.flush()
                if row_no == 0:
                    self.tables += 1
                if not self.TABLE_SEP.match(line):
                    row_no += 1
                    self.emit_row(i, self.tables, row_no)
                i += 1
                if i >= n or not lines[i].lstrip().startswith("|"):
                    row_no = 0
                continue
            if self.BULLET.match(line):
                self.flush()
                self.current = [i]
                self.list_prefix = self.BULLET
                self.list_level(line)
                i += 1
                continue
            if self.ORDERED.match(line):
                self.flush()
                self.current = [i]
                self.list_level(line)
                self.list_prefix = None  # the typed number stays in the text: numbering rules read it
                self.is_list = True
                i += 1
                continue
            if self.QUOTE.match(line):
                if self.current and self.list_prefix is not self.QUOTE:
                    self.flush()
                self.current.append(i)
                self.list_prefix = self.QUOTE
                i += 1
                continue
            if self.current and self.CJK_LABEL.match(line):
                self.flush()
            self.current.append(i)
            i += 1
        self.flush()

    def directive(self, m, line_no):
        """<!-- lintdoc-disable ids -->, <!-- lintdoc-enable [ids] -->, <!-- lintdoc-disable-next-line ids -->"""
        kind = m.group(1)
        rules = tuple(x for x in re.split(r"[\s,]+", m.group(2).strip()) if x)
        after = len(self.doc.paragraphs)          # paragraphs so far; the next one has index after + 1
        if kind == "disable-next-line":
            self.doc.suppressions.append(Suppression(rules, (after + 1, 0), (after + 2, 0), line=line_no + 1,
                                                     text=m.group(0)))
        elif kind == "disable":
            self.open_ranges.append(Suppression(rules, (after + 1, 0), (float("inf"), 0), line=line_no + 1,
                                                text=m.group(0)))
            self.doc.suppressions.append(self.open_ranges[-1])
        else:
            still_open = []
            for s in self.open_ranges:
                if rules and s.rules and not set(rules) & set(s.rules):
                    still_open.append(s)
                    continue
                s.end = (after + 1, 0)
                rest = tuple(r for r in s.rules if r not in rules) if rules and s.rules else ()
                if rest:
                    reopened = Suppression(rest, (after + 1, 0), (float("inf"), 0), line=s.line, text=s.text)
                    self.doc.suppressions.append(reopened)
                    still_open.append(reopened)
            self.open_ranges = still_open

    def list_level(self, line: str):
        """Open the list level of an item whose marker is indented as `line`'s: a deeper indent (by two
        columns or more) opens a list inside the item above, a shallower one closes the levels it leaves."""
        indent = len(line) - len(line.lstrip())
        while self.list_indents and self.list_indents[-1] > indent + 1:
            self.list_indents.pop()
        if not self.list_indents or indent >= self.list_indents[-1] + 2:
            self.list_indents.append(indent)

    def flush(self, **attrs):
        prefix = self.list_prefix
        is_list = prefix is self.BULLET or self.is_list
        if self.current:
            if not is_list and not self.lines[self.current[0]][:1].isspace():
                self.list_indents = []       # a paragraph at the margin ends the lists above it
            depth = len(self.list_indents) if is_list else 0     # 1 for a top-level item, 2 inside it…
            self.emit(self.current, strip_prefix=prefix, md_list=depth, **attrs)
        self.current = []
        self.list_prefix = None
        self.is_list = False

    def emit_object(self, line_no, literal=True):
        """A code block (literal: no prose rule reads it) or a rule: one object character, so that what is
        around it reads as it does in a Word file with a figure there."""
        self.doc.paragraphs.append(Paragraph(text=OBJECT, runs=[RunSpan(0, 1, -1, self.starts[line_no])],
                                             flags={CODE} if literal else set()))

    def emit_heading(self, line_no, col, text, level):
        self.add_inline(text, self.starts[line_no] + col, heading_level=level)

    def emit_row(self, line_no, table, row):
        line = self.lines[line_no]
        cells = _cells(line)
        if not cells:
            cells = [(0, line)]
        for c, (col, cell) in enumerate(cells, 1):
            lead = len(cell) - len(cell.lstrip())
            self.add_inline(cell.strip(), self.starts[line_no] + col + lead, part="table", table=(table, row, c))

    # an HTML block typed into Markdown (<table>…</table>, <div>…): its text is read, its tags are not
    # (the block tags CommonMark starts an HTML block with, among them GitBook's <figure> around an image)
    HTML_START = re.compile(r"^\s{0,3}</?(?:table|thead|tbody|tr|div|p|ul|ol|blockquote|center|figure|figcaption|section|"
                            r"details|summary|article|aside|header|footer|nav|dl|h[1-6])\b[^<>\n]*>", re.I)
    HTML_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>\n]*>|&(?:[A-Za-z]+|#\d+);")
    HTML_BREAKS = {"td", "th", "tr", "p", "li", "div", "br", "table", "thead", "tbody", "ul", "ol", "blockquote",
                   "h1", "h2", "h3", "h4", "h5", "h6", "center", "figure", "figcaption", "section", "details",
                   "summary", "article", "aside", "header", "footer", "nav", "dl", "dt", "dd"}

    def html_block(self, i: int) -> int:
        """Read the HTML block opening at line i up to the first blank line or the end of its outermost table:
        each cell, paragraph or line of text between block tags is a paragraph (a table's
        cells part `table`, numbered as Markdown tables are), its inline tags and entities left out. Returns
        the line after the block. Passes: <td style="text-align: left">学习</td> is the cell 学习."""
        depth, table, row, cell = 0, 0, 0, 0
        closed = False                      # the outermost table has closed: the block ends with its line
        pieces: list = []                   # (text, source offset) of the paragraph being read

        def end_piece():
            text = "".join(t for t, _ in pieces)
            if text.strip():
                runs, at = [], 0
                for t, src in pieces:
                    runs.append(RunSpan(at, at + len(t), -1, src))
                    at += len(t)
                lead = len(text) - len(text.lstrip())
                runs = _trim_runs(runs, lead, len(text.rstrip()))
                attrs = {"part": "table", "table": (table, row, cell)} if depth and cell else {}
                # (Markdown is not read inside HTML: the text goes in as it stands, its pieces' offsets kept; stars
                # typed around a phrase are still bold, as in a plain-text draft)
                _TextBuilder.add(self, text.strip(), runs, code_spans=self._liquid_spans(text.strip()),
                                 markup_spans=typed_markup(text.strip()), **attrs)
            pieces.clear()

        n = len(self.lines)
        while i < n:
            line = self.lines[i]
            if not line.strip():
                break                      # a blank line ends an HTML block, as in CommonMark
            pos = 0
            for m in self.HTML_TAG.finditer(line):
                if m.start() > pos:
                    pieces.append((line[pos:m.start()], self.starts[i] + pos))
                pos = m.end()
                name = (m.group(2) or "").lower()
                if name not in self.HTML_BREAKS:
                    continue               # an inline tag (<b>, <span>) or an entity (&nbsp;): nothing
                end_piece()
                closing = m.group(1) == "/"
                if name == "table":
                    depth += -1 if closing else 1
                    closed = closing and depth == 0
                    if not closing:
                        table, row, cell = self.tables + 1, 0, 0
                        self.tables += 1
                elif name == "tr" and not closing:
                    row, cell = row + 1, 0
                elif name in ("td", "th") and not closing:
                    cell += 1
            if pos < len(line):
                pieces.append((line[pos:], self.starts[i] + pos))
            pieces.append(("\n", self.starts[i] + len(line)))
            i += 1
            if closed:
                break
        end_piece()
        return i

    FRONT_FIELD = re.compile(r"^(title|subtitle|summary|description|excerpt|abstract|author|date):[ \t]*(['\"]?)(.*?)\2[ \t]*$")

    FRONT_DATE = re.compile(r"^[\d\s:./TZ+-]+$")
    FRONT_BLOCK = re.compile(r"^[|>][+-]?\d?$")       # a block scalar's indicator (title: |)

    def front_field(self, i):
        """The front matter's `title:` is the document's title (a page made from a blog or wiki template); the
        fields a page shows as text (subtitle, summary, author, date…) are paragraphs: `date: {{ date }}` or
        `author: XXX` left from the template is as much a leftover as one in the body."""
        m = self.FRONT_FIELD.match(self.lines[i])
        if not m or not m.group(3).strip() or (m.group(1) == "date" and self.FRONT_DATE.match(m.group(3))):
            return      # (a date written out is the page's metadata, not text)
        value, at = m.group(3), self.starts[i] + m.start(3)
        if self.FRONT_BLOCK.match(value):       # a block scalar (title: |): its first line
            following = self.lines[i + 1] if i + 1 < len(self.lines) else ""
            if not following[:1].isspace() or not following.strip():
                return
            value, at = following.strip(), self.starts[i + 1] + len(following) - len(following.lstrip())
        elif not m.group(2) and value.startswith("[") and value.endswith("]") and not value.startswith("[["):
            value, at = value[1:-1], at + 1     # a YAML list (author: [张三, 李四]): its items, not a bracketed prompt
        if m.group(1) != "title":
            self.add_inline(value, at, flags={METADATA})
        elif not any(p.is_title for p in self.doc.paragraphs):
            self.add_inline(value, at, is_title=True)

    def add(self, text, runs, **attrs):
        """Markdown inline markup (strong emphasis, links) is dropped; runs keep source offsets; inline
        code is kept and its span recorded (code is literal text, not prose to check)."""
        if self.WHOLE_EM.match(text.strip()):
            attrs["italic"] = True
        out, new_runs, length = [], [], 0
        for span in runs:
            piece = text[span.start:span.end]
            for chunk, src in _strip_inline(piece, span.run_offset, self):
                out.append(chunk)
                new_runs.append(RunSpan(length, length + len(chunk), -1, src))
                length += len(chunk)
            if span is not runs[-1]:
                out.append("\n")
                length += 1
        text = "".join(out)
        code = [m.span() for m in self.CODE.finditer(text) if not self.STAND_IN.fullmatch(m.group(0)) and not (
            self.DATE_FORMAT.fullmatch(m.group(0)) and self.FIELD_VALUE.search(text, 0, m.start()))]
        code += self._liquid_spans(text)
        if "$" in text:
            code += [m.span() for m in self.MATH.finditer(text) if self.TEX.search(m.group(0))]
        super().add(text, new_runs, code_spans=sorted(code),
                    markup_spans=typed_markup(text), **attrs)

    def _liquid_spans(self, text) -> list:
        """The spans of a Liquid page's output tags ({{ page.title }}): syntax, literal like code."""
        return [m.span() for m in self.LIQUID_OUTPUT.finditer(text)] if self.liquid and "{{" in text else []

    def add_inline(self, text, src, **attrs):
        self.add(text, [RunSpan(0, len(text), -1, src)], **attrs)


def _trim_runs(runs: list, a: int, b: int) -> list:
    """The runs of text[a:b], counted from a: the spaces around a paragraph's text left out."""
    out = []
    for r in runs:
        start, end = max(r.start, a), min(r.end, b)
        if start < end:
            out.append(RunSpan(start - a, end - a, r.run, r.run_offset + (start - r.start)))
    return out


def _cells(line: str) -> list:
    """[(offset, text)] of a Markdown table row's cells: between pipes that are neither escaped (\\|) nor inside
    inline code (| `|SRCC| > 0.8` | 0 | is two cells). Passes: | a | b | -> [(1, " a "), (5, " b ")]."""
    bars, i, n = [], 0, len(line)
    while i < n:
        ch = line[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            run = 1
            while i + run < n and line[i + run] == "`":
                run += 1
            close = line.find("`" * run, i + run)
            if close >= 0:
                i = close + run
                continue
            i += run
            continue
        if ch == "|":
            bars.append(i)
        i += 1
    return [(a + 1, line[a + 1:b]) for a, b in zip(bars, bars[1:])]


def _strip_inline(piece: str, src: int, md):
    """Yield (text chunk, source offset) with strong-emphasis markers, link targets and comments removed."""
    pos = 0
    tokens = []
    for rx in (md.STRONG, md.STRONG_UNDER, md.EM, md.EM_UNDER):
        for m in rx.finditer(piece):
            if rx is md.EM and two_masks(piece, m.start(), m.end()):
                continue
            if m.group(2).strip("*_"):      # a run of marks alone (_____, *****) is a blank or a mask, not emphasis
                tokens.append((m.start(), m.end(), m.start(2), m.end(2), True))   # emphasis may hold a link
    for m in md.LINK.finditer(piece):
        if md.STAND_IN_TARGET.match(m.group(2)):
            continue
        tokens.append((m.start(), m.end(), m.start(1), m.end(1), False))
    if md.refs:       # reference links: [text][label] and [label] whose label is defined in the file
        for m in md.REF_LINK.finditer(piece):
            label = (m.group(2) or m.group(1)).strip().lower()
            if label in md.refs and piece[m.end():m.end() + 1] != "(":
                tokens.append((m.start(), m.end(), m.start(1), m.end(1), False))
    for rx in (md.COMMENT, md.BR, md.INLINE_HTML):   # a comment, a line break typed as HTML (<br>), a tag
        for m in rx.finditer(piece):
            tokens.append((m.start(), m.end(), m.start(), m.start(), False))
    code = [c.span() for c in md.CODE.finditer(piece)] if "`" in piece else []
    for m in md.ESCAPE.finditer(piece):       # \[ is the mark [ as typed: the backslash is markup (not in `code`)
        if not any(a <= m.start() < b for a, b in code):
            tokens.append((m.start(), m.end(), m.start() + 1, m.end(), False))
    if "{" in piece:
        for m in md.ATTRS.finditer(piece):
            if not any(a <= m.start() < b for a, b in code):
                start = m.start()
                while start > 0 and piece[start - 1] in " \t" and m.start() - start < 8:
                    start -= 1          # the spaces before the list go with it ("## Title {#intro}" is "Title")
                tokens.append((start, m.end(), start, start, False))
    tokens.sort()
    for start, end, inner_start, inner_end, nested in tokens:
        if start < pos:
            continue
        if start > pos:
            yield piece[pos:start], src + pos
        if inner_end > inner_start and nested:     # **[版本发布](#一、版本发布)**: the link inside too
            yield from _strip_inline(piece[inner_start:inner_end], src + inner_start, md)
        elif inner_end > inner_start:
            yield piece[inner_start:inner_end], src + inner_start
        pos = end
    if pos < len(piece):
        yield piece[pos:], src + pos

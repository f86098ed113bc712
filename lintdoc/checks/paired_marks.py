"""Rule kind `paired_marks`: quotes and brackets that do not pair up within a paragraph, or within a table
cell's lines (GB/T 15834): “ never closed, 》 never opened, 《 closed by ）, a second “ where the
closing ” belongs (“宜居、文化、幸福“等), and a bracket closed by its other-width partner (`partners`: （ZUC), (朱）),
reported once, on its ASCII mark.

Fails: 出台《xx区“微文明”市民行动。 (《 never closed). Passes: 出台《“微文明”市民行动方案》。, 新增 C’11 区域
(a ’ inside a Latin word or after one is an apostrophe or a prime: g’(x’,y’)), 分为 ’Road’, ’City’ (quotes typed
with one mark), a) 原图  b) 位置偏移 (labels in the a) style), a quotation of several paragraphs (“第一段。 /
“第二段。”), an aside in brackets over a few lines of a Word file (训练（就是…。 / 好处是方便。 / 坏处是…。）).
"""
from __future__ import annotations


from lintdoc import rx
from lintdoc.checks.base import Rule, localized
from lintdoc.outline import closes_label, parse_label


# a curly quote paired with a straight one ("…” or “…"): the straight quote is the defect
STRAIGHT_FOR = {"“": '"', "”": '"', "‘": "'", "’": "'"}
# quotes of other scripts that stand in for “ ” ‘ ’ (“三个代表〞, ‚放管服‛): they pair as the marks they stand for,
# the wrong mark being punct-wrong-quote's finding
LOOKALIKE_QUOTES = str.maketrans("〝〞〟„‟‚‛", "“””“”‘’")

# a text ending on a letter or a figure, mid-sentence, after a sentence of its own
CUT_END = rx.compile(r"[。！？.!?；;，,、][^。！？.!?\n]*[\p{L}\p{N}]$")
CUT_WINDOW = 200          # characters of its end looked at (the search is quadratic in what it reads)
ASIDE = ("（", "(")           # brackets an aside of several lines may hold open
ASIDE_LINES = 3               # lines after it that may close it
ASIDE_ENDS = frozenset("。！？；…")
CHECKBOX = rx.compile(r"\s*[□☐☑☒■]\s*")


def _cut_off(doc):
    """The last paragraph of the body when the text stops in the middle of a sentence (a page's opening kept by
    a scraper: ……制定印发《关于推进新就业形态劳动者工会), or None: what it opened may close after the cut."""
    last = next((p for p in reversed(doc.paragraphs) if p.part == "body" and p.text.strip()), None)
    return last if last is not None and CUT_END.search(last.text.rstrip()[-CUT_WINDOW:]) else None


def _opens_aside(doc, mark) -> bool:
    """Whether a bracket its paragraph left open may close a few lines on, an aside over several lines of a Word or
    Markdown file (端到端训练（就是…。 / 好处是方便。 / 坏处是…。）): its paragraph goes on after it and ends as a
    sentence. 收集（ / 见附件）。 is a line broken inside brackets, and so is any in a text file (a PDF's lines)."""
    ch, p, at = mark
    text = p.text.rstrip()
    return doc.format != "txt" and ch in ASIDE and text[-1:] in ASIDE_ENDS and len(text) > at + 1


def _inside_latin_word(text: str, i: int) -> bool:
    """Whether text[i] stands between two Latin letters or digits."""
    return 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalnum() \
        and text[i + 1].isascii() and text[i + 1].isalnum()


def _prime_or_apostrophe(text: str, i: int) -> bool:
    """Whether an unopened ’ at text[i] follows a Latin letter or figure: the prime of a formula (g’(x’,y’)) or an
    apostrophe (the teachers’ room, 2020’s), not a closing quote."""
    return i > 0 and text[i - 1].isascii() and text[i - 1].isalnum()


def _opens_word(text: str, i: int) -> bool:
    """Whether an unopened ’ at text[i] stands before a word that another ’ closes (原始数据分为 ’Road’, ’City’): a
    quotation typed with the closing mark on both sides."""
    after = text[i + 1:i + 32]
    return (i == 0 or not (text[i - 1].isascii() and text[i - 1].isalnum())) and after[:1].isalnum() and "’" in after


EMOTICON_EYES = rx.compile(r"(?:^|(?<=\s))[:;=][-'^o]?$")


def _emoticon(text: str, i: int) -> bool:
    """Whether the bracket at text[i] is the mouth of an emoticon set off by spaces (我们连周报都开源了 ;-) ）, 没有进展 :(),
    not a bracket: not 评分:(score.png)."""
    return text[i] in "()" and (i + 1 == len(text) or text[i + 1].isspace()) and \
        bool(EMOTICON_EYES.search(text[max(0, i - 3):i]))


def _first_of(text: str, a: str, b: str) -> str | None:
    """Which of the marks a and b comes first in text (None: neither is there)."""
    return next((c for c in text if c in (a, b)), None)


class PairedMarksRule(Rule):
    KIND = "paired_marks"
    DEFAULT_CATEGORY = "punctuation"
    OPTIONS = {"pairs": (list, None), "messages": (dict, None), "partners": (dict, {})}

    def setup(self):
        pairs = self.options["pairs"] or []
        if not all(isinstance(p, str) and len(p) == 2 for p in pairs):
            raise ValueError("`pairs` must list two-character strings such as '“”'")
        missing = {"unclosed", "unopened", "mismatched"} - set(self.options["messages"] or {})
        if missing:
            raise ValueError(f"`messages` needs entries for {', '.join(sorted(missing))}")
        self.close_of = {p[0]: p[1] for p in pairs}
        self.open_of = {p[1]: p[0] for p in pairs}
        regex = rx.engine()
        self.any_mark = regex.compile("[" + regex.escape("".join(pairs)) + "]")
        partners = self.options["partners"]
        if not all(k in self.open_of and v in self.close_of for k, v in partners.items()):
            raise ValueError("`partners` maps a closing mark to the opening mark of another pair it may close "
                             "(')': '（')")
        if partners and "width" not in self.options["messages"]:
            raise ValueError("`messages` needs an entry for width")
        self.partners = partners

    def check(self, doc):
        cut = _cut_off(doc)
        carried, cell = [], None      # marks a table cell's paragraph left open: its next line may close them
        held = []                     # quotes a body paragraph left open: a quotation may run on into the next
        aside, lines = [], 0          # brackets a body paragraph left open, and the lines read since: an aside
        for p in self.paragraphs(doc):
            text = p.text
            if aside and text.strip():
                lines += 1
                if p.table is not None or lines > ASIDE_LINES:
                    yield from self._unclosed(doc, aside, cut)
                    aside = []
            if held and text.strip():
                run_on = [h for h in held if p.table is None and self._runs_on(doc, h[0], text)]
                yield from self._unclosed(doc, [h for h in held if h not in run_on], cut)
                carried = [h for h in run_on if not text.lstrip().startswith(h[0])]   # (opened again: the new one stands)
                held = []
            elif p.table is None or p.table != cell:
                yield from self._unclosed(doc, carried, cut)
                carried = []
            cell = p.table
            if not self.any_mark.search(text):
                continue
            box = CHECKBOX.match(text)                # a form's option: □ 1）课程学分……
            start = box.end() if box else 0
            label = parse_label(text[start:], doc.language == "en")
            skip = start + label.end if label else 0  # "1)" or "(a)" labels are not brackets
            stack: list[tuple[str, object, int]] = aside + carried     # (mark, its paragraph, its offset)
            aside = []
            scan = text.translate(LOOKALIKE_QUOTES)
            for i, ch in enumerate(scan):
                if i < skip or _emoticon(text, i):
                    continue
                if ch in self.close_of and ch not in self.open_of:
                    if stack and stack[-1][0] == ch and ch in "“‘":
                        # a quote opened while the same quote is open: if the next quote mark
                        # closes it, the earlier one was never closed; otherwise this one stands
                        # where the closing quote belongs (“宜居、文化、幸福“等)
                        closer = self.close_of[ch]
                        following = next((c for c in scan[i + 1:] if c in (ch, closer)), None)
                        if following == closer:
                            yield self._report(doc, stack[-1][1], stack[-1][2], "unclosed", expected=closer)
                            stack[-1] = (ch, p, i)
                        else:
                            yield self._report(doc, p, i, "mismatched", expected=closer)
                            stack.pop()
                        continue
                    stack.append((ch, p, i))
                elif ch in self.open_of:
                    if ch == "’" and _inside_latin_word(text, i):
                        continue        # an apostrophe or a prime (MMDetection’s, don’t, C’11), not a quote
                    opener = self.open_of[ch]
                    depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == opener), None)
                    other = self.partners.get(ch)
                    if depth is None and other is not None and stack and stack[-1][0] == other:
                        # （贡献者：张三) or (朱）: one pair typed in two widths; the ASCII mark is the slip
                        _, para, at = stack.pop()
                        if ch.isascii():
                            wide = self.close_of[other]
                            yield self._report(doc, p, i, "width", expected=wide, fix=wide)
                        else:
                            wide = self.open_of[ch]
                            yield self._report(doc, para, at, "width", expected=wide, fix=wide)
                        continue
                    if depth is None and ch == "’" and _prime_or_apostrophe(text, i):
                        continue        # g’(x’,y’), the teachers’ room: a prime or an apostrophe after its letter
                    if depth is None and ch == "’" and _opens_word(text, i):
                        stack.append(("‘", p, i))     # ’Road’, ’City’: the quotes typed with one mark, a pair still
                        continue
                    if depth is None:
                        if not (ch in STRAIGHT_FOR and STRAIGHT_FOR[ch] in text[skip:i]) and not closes_label(text, i):
                            yield self._report(doc, p, i, "unopened", expected=opener)
                        continue
                    for mark, para, at in stack[depth + 1:]:
                        yield self._report(doc, para, at, "unclosed", expected=self.close_of[mark])
                    del stack[depth:]
            if p.table is not None:
                carried = stack       # （2017.09.01- / 2017.10.31）: a cell's line closes what the one above opened
            else:
                held = [m for m in stack if m[1] is p and m[0] in "“‘"]
                aside = [m for m in stack if m not in held and _opens_aside(doc, m)]
                lines = 0 if any(m[1] is p for m in aside) else lines
                yield from self._unclosed(doc, [m for m in stack if m not in held and m not in aside], cut)
                carried = []
        yield from self._unclosed(doc, carried + held + aside, cut)

    def _runs_on(self, doc, mark, text):
        """Whether a quote a paragraph left open runs on into the next one, `text`: it opens with the quote again (a
        quotation of several paragraphs, GB/T 15834) or, in a Word or Markdown file, closes it before opening another
        (a couplet quoted over two lines); in a text file that is a line broken inside a quotation, a defect."""
        closer = self.close_of[mark]
        return text.lstrip().startswith(mark) or (doc.format != "txt" and _first_of(text, mark, closer) == closer)

    def _unclosed(self, doc, stack, cut):
        for mark, p, at in stack:
            if p is cut:
                continue        # a text cut off may close them after the cut
            if mark in STRAIGHT_FOR and STRAIGHT_FOR[mark] in p.text[at + 1:]:
                continue        # closed by a straight quote (“…"): that mark is the defect, reported on its own
            yield self._report(doc, p, at, "unclosed", expected=self.close_of[mark])

    def _report(self, doc, p, offset, kind, **values):
        return self.finding(doc, p, offset, offset + 1, message=localized(self.options["messages"][kind], doc.language),
                            **values)

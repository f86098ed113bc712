"""Rule kind `mixed_width`: an ASCII mark (, ; : ( ) ") touching Chinese text in a document that
otherwise writes the full-width form (，；：（）“”). GB/T 15834 wants full-width marks in
Chinese; a text file that uses the ASCII form throughout (often a conversion, or a copy from a web
page that folded the marks) is left alone, so the rule reports slips, not a house style (the marks of code, references
and a contents list are never slips). A Word document is not converted that way: there every ASCII mark touching
Chinese is reported. In any document,
brackets around Latin text, figures or a web address, the colon of an English run-in label, a mark right after an
equation or embedded object and the bracket of an a) label are left alone.

Fails: 全年共举办培训3期，参训干部560名,覆盖全区。 (one , among ，). Passes: 3.5%, 1,200人, x86 (2024),
the label of (一)加强学习, 堆顶元素(C01), Done: 结算界面, 水平居中用text-align:center; 设置, the comma after an
equation (因[equation],所以), the bracket of a label in the a) style (a) 原图  b) 位置偏移, 见图2-1 b)), a call in a sentence
about code (JSON.stringify(对象), (参数)=>返回值), a cell in a row that documents code
(| `warning_id` | 潜在慢病警告(0:正常) |), a function's signature heading its description (get_log(self): 查看错题).
"""
from __future__ import annotations

import re

from lintdoc import rx
from lintdoc.checks.base import Rule, joined_text, paragraph_at
from lintdoc.model import LITERAL
from lintdoc.outline import closes_label, label_of


HAN = rx.compile(r"\p{Han}")


def _near_han(mark: str):
    m = re.escape(mark)                   # (its escapes of punctuation are regex's)
    return rx.compile(rf"(?:(?<=\p{{Han}}[ ]?){m}|{m}(?=[ ]?\p{{Han}}))")


class MixedWidthRule(Rule):
    KIND = "mixed_width"
    DEFAULT_CATEGORY = "punctuation"
    OPTIONS = {"marks": (dict, None)}

    def setup(self):
        marks = self.options["marks"] or {}
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in marks.items()):
            raise ValueError("`marks` maps an ASCII mark to its full-width forms, e.g. ',': '，'")
        self.marks = {ascii_mark: (wide, _near_han(ascii_mark))
                      for ascii_mark, wide in marks.items()}

    def check(self, doc):
        everything = doc.text
        joined = joined_text(doc, self.scope)
        folded = None                   # whether the text folded its marks: asked only of a text file's brackets
        code_rows = _code_rows(doc)
        for ascii_mark, (wide, pattern) in self.marks.items():
            if ascii_mark not in joined[0]:
                continue
            wide_count = sum(everything.count(c) for c in wide)
            hits = [found for m in pattern.finditer(joined[0]) if (found := paragraph_at(joined, *m.span()))
                    and not found[0].flags & LITERAL and not _in_label(found) and not _around_address(found, ascii_mark)
                    and not _after_latin_label(found, ascii_mark)
                    and not _around_latin(found, ascii_mark) and not _in_markup(found)
                    and not _after_object(found) and not _label_bracket(found, ascii_mark)
                    and not _in_code_call(found, ascii_mark) and not _in_code_row(found, code_rows)]
            if hits and wide_count <= len(hits) and doc.format != "docx" and ascii_mark in "()" and folded is None:
                folded = _folded(everything)
            if not hits or (wide_count <= len(hits) and doc.format != "docx" and (ascii_mark not in "()" or folded)):
                continue      # the ASCII form is the document's own habit, not a slip
            for p, a, b in hits:
                yield self.finding(doc, p, a, b, expected=wide[0], fix=wide if len(wide) == 1 else None)


COMMA_NEAR_HAN = _near_han(",")


def _code_rows(doc) -> set:
    """The table rows that document code: one of their cells holds code (`is_arrhythmia` | Integer | 早期预警标志（0:正常,
    1:心动过速）): a data dictionary or an API table, whose marks are the notation's, not slips of prose."""
    return {(p.story, p.table[0], p.table[1]) for p in doc.paragraphs if p.table and p.code_spans}


def _in_code_row(hit, code_rows: set) -> bool:
    """The mark is in a cell of one of `code_rows`."""
    p = hit[0]
    return bool(code_rows) and p.table is not None and (p.story, p.table[0], p.table[1]) in code_rows


def _folded(text: str) -> bool:
    """Whether a text writes its Chinese commas in the ASCII form as often as in the full-width one (a
    conversion or a web copy that folded every mark): then ASCII brackets are its habit too."""
    return len(COMMA_NEAR_HAN.findall(text)) >= text.count("，")


def _bracketed(hit, mark: str) -> str:
    """The text between the bracket or straight double quote `mark` of a hit and its partner ("" when it is
    neither or has none)."""
    p, start, _ = hit
    text = p.text
    if mark == '"':                       # quotes alternate: an even number before it opens a pair
        if text.count('"', 0, start) % 2 == 0:
            end = text.find('"', start + 1)
            return text[start + 1:end] if end > 0 else ""
        return text[text.rfind('"', 0, start) + 1:start]
    if mark not in "()":
        return ""
    if mark == "(":
        end = text.find(")", start + 1)
        return text[start + 1:end] if end > 0 else ""
    begin = text.rfind("(", 0, start)
    return text[begin + 1:start] if begin >= 0 else ""


def _around_latin(hit, mark: str) -> bool:
    """A bracket or straight quotes around Latin text or figures only (消息类型(type), 投资回报率(ROI), 堆顶元素(C01),
    默认支持 "person" 行人), or the empty pair of a call (table.render()方法, 设计dir ()函数): the writer's choice in
    any document; around Chinese (检测(软件分析)) they are a slip."""
    inside = _bracketed(hit, mark)
    if mark in "()" and not inside:             # a call written in the text: table.render(), hello(), dir ()
        p, start, _ = hit
        opening = start if mark == "(" else start - 1
        name = p.text[:opening].removesuffix(" ")
        return p.text[opening:opening + 2] == "()" and name[-1:].isascii() and (name[-1:].isalnum() or name[-1:] == "_")
    return bool(inside) and not HAN.search(inside)


# a call or an arrow function written in a sentence about code: its brackets are the language's even around Chinese
# arguments (JSON.stringify(对象), new Map(数组), (参数)=>返回值)
CALLEE = rx.compile(r"(?:(?<![\w$.])new[ ]+[A-Z][\w$]*|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+|(?<![A-Za-z_])[a-z][a-z0-9]*(?:(?:[A-Z][a-z0-9]+)+|(?:_[a-z0-9]+)+))$")
ARROW = rx.compile(r"^[ ]?=>")


def _in_code_call(hit, mark: str) -> bool:
    """Whether a bracket of `mark` is a call's or an arrow function's in code written into the sentence: the name
    before its opening one is a method, a constructor or a function named in camel or snake case (JSON.stringify(对象),
    new Map(数组), getUser(编号)), or `=>` follows its closing one ((参数)=>返回值). Not a gloss after a word (IE(浏览器),
    python(一种语言), 检测(软件分析))."""
    if mark not in "()":
        return False
    p, start, _ = hit
    text = p.text
    opening = start if mark == "(" else text.rfind("(", 0, start)
    closing = text.find(")", start) if mark == "(" else start
    if opening < 0:
        return False
    return bool(CALLEE.search(text[max(0, opening - 40):opening])) or \
        (closing > 0 and bool(ARROW.match(text[closing + 1:closing + 4])))


ADDRESS = rx.compile(r"^\s*(?:(?:https?|ftp)://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:[\w-]+\.)+[A-Za-z]{2,}(?:/\S*)?)\s*$")


def _around_address(hit, mark: str) -> bool:
    """A bracket around a web address, domain or e-mail address: a link's title as a browser pastes it
    (编程快速入门 | 虚幻引擎文档 (unrealengine.com)), in any document. Fails: 参训干部560名(含外聘); passes:
    知乎专栏 (zhuanlan.zhihu.com)."""
    return bool(ADDRESS.match(_bracketed(hit, mark)))


# (after a bullet too, and a symbol of a model's notation, • sat_k ≥ 0: 连续变量, or an index, 1-3:能够运用…)
LATIN_LABEL = rx.compile(r"^[ \t]*(?:[•·▪◦*-][ \t]*)?(?:[A-Za-z][A-Za-z/ -]{0,20}|[A-Za-z_][\w.]{0,40}\([^()\n]{0,60}\)"
                         r"|(?=[^\n]*[A-Za-z\p{Greek}])(?=[^\n]*[_^=≥≤⊂⊆∈{])[A-Za-z\p{Greek}\d_^ ,{}=≥≤<>⊂⊆∈≠+*/-]{1,40}"
                         r"|\d{1,2}-\d{1,2}[ \t]?)$")


def _after_latin_label(hit, mark: str) -> bool:
    """The colon of an English run-in label opening the paragraph (Done: 结算界面; Todo: 登录、匹配UI), of a
    function's signature heading its description (change_password(self): 这个函数实现了修改密码的功能), of a symbol
    defined in a model's notation (• sat_k ≥ 0: 连续变量), of an index (1-3:能够运用…) or of a file or a name typed
    as code (✅ `utils.py`: 数据工具函数): the label's own punctuation. Fails: 完成情况:结算界面; passes: Done: 结算界面."""
    p, start, _ = hit
    return mark == ":" and (bool(LATIN_LABEL.match(p.text[:start])) or any(b == start for _, b in p.code_spans))


def _in_label(hit) -> bool:
    """The mark belongs to the list label the paragraph opens with ((一)、 (1) 1)): the label's form is
    the numbering rules' business, not a slip of punctuation."""
    p, start, _ = hit
    label = label_of(p)
    return label is not None and not label.auto and start < label.end


OBJECT = "\ufffc"       # an equation or embedded object, as the Word reader leaves it in the text


def _after_object(hit) -> bool:
    """The mark follows an equation or embedded object (因[equation],所以……): the punctuation of the formula, typed
    as its editor writes it. Fails: 参训干部560名,覆盖全区; passes: 其中[equation],表示光斑半径."""
    p, start, _ = hit
    return p.text[max(0, start - 2):start].rstrip(" ").endswith(OBJECT)


def _label_bracket(hit, mark: str) -> bool:
    """A ) that closes a label in the a) style and no open bracket (a) 原图  b) 位置偏移, 如图2-3 b) 所示): the label's
    own mark. Fails: 检测(初稿2); passes: 见图2-1 b)."""
    p, start, _ = hit
    text = p.text[:start]
    return mark == ")" and text.count("(") <= text.count(")") and closes_label(p.text, start)


def _in_markup(hit) -> bool:
    """The mark is markup or code typed into the text (the colons of :bug:, the ; of text-align:center;, a
    quote of ['a', 'b']): it neither counts as a slip nor as the document's habit."""
    p, start, _ = hit
    return any(a <= start < b for a, b in p.code_spans + p.markup_spans)

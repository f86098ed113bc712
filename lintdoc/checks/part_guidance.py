"""Rule kind `part_guidance`: a template's note under each heading, saying what the part should hold, left
in the report.

Templates put a line in italics or in brackets under their headings (_What problem were you trying to
solve?_, *List 3-5 key achievements since the last report*, （本周观察到的行业新动向、新模式、新技术）), or in
brackets after the heading itself, telling what to write (四、意见及建议（请对实验室提出宝贵意见）, 五、附件（附主要成果相关
证明材料）); the writer answers below it and should delete it.
One italic line under one heading can be the writer's own note, so it takes `min_parts` parts with one
(each worded differently) to show the template's habit. Where one italic question stands under every
person of a stand-up (_What did you accomplish yesterday?_), the form's italic questions are labels for
the answers; its descriptions (_One or two sentences on the project's status_) are still guidance.

Fails: "## Problem / *What problem were you trying to solve?* / … / ## Budget / *Include a short section
on your budget.*"; "### 4.1 行业趋势 / （本周观察到的行业新动向） / ### 4.2 政策解读 / （新出台的会展相关政策）"; "2.1 课题完成情况（对照
任务书陈述完成情况） / … / 五、附件（附主要成果相关证明材料）".
Passes: one italic note under one heading; "_Meeting: 2026-01-29 | Presented by: …_";
"*Refer to Lessons_Learned.md for complete details*"; "表1 / （单位：万元）"; "1. 推进供水工程（牵头单位：县水利局）" under
each heading (who leads it, not what to write).
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.checks.base import Rule
from lintdoc.outline import headings

DATE = rx.compile(r"\b\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\b|\b(?:19|20)\d\d年")
# a pointer to where the content is (Refer to Lessons_Learned.md for details, 详见附件2): the part's content
POINTER = rx.compile(r"^(?i:see|refer to|for (?:more |complete |full |further )?(?:details|information)|details (?:in|at)|source|note)\b|^(?:详见|参见|见附件|注[:：])")
# a row typed with tabs (Jacob Hobson→jrh17k→→JacobRHobson): a table's content, not a note
TABBED = rx.compile(r"\S\t+\S")
# a line wholly in brackets, one pair ((Use to capture early warnings), （同上格式）)
BRACKETED = rx.compile(r"^(?:（[^（）]+）|\([^()]+\)|【[^【】]+】)$")
# a note on the part's own content: its unit, a continued table, a draft's status, content left out on purpose
OWN_NOTE = rx.compile(r"^[（(【](?:单位|單位|unit|续|續|cont|略|完|无|無|none|n/a|此页|本页|以下|下同|同上$|(?:征求意见|讨论|送审|修改)稿)", rx.IGNORECASE)
# a note in brackets closing a heading, worded as what to write there (（对照项目任务书陈述完成情况）, （请对……提出宝贵意见）,
# （附主要成果相关证明材料）, (describe the main results)); not who leads the part (（牵头单位：县水利局）) nor its period
TRAILING = rx.compile(r"(?:（[^（）\n]+）|\([^()\n]+\))[ \t]*$")
ASKS = rx.compile(r"^[（(](?:请|對照|对照|附(?!件|表|录)|简述|簡述|简要|簡要|列出|列举|陈述|陳述|说明|說明|描述|填写|填寫|概述|阐述|闡述|包括|注明|写明)"
                  r"|^\((?i:describe|list|explain|summari[sz]e|include|attach|provide|state|give)\b")
MIN_WORDS = 3       # of an English line; a Chinese one needs MIN_CHARS characters
MIN_CHARS = 6


class PartGuidanceRule(Rule):
    KIND = "part_guidance"
    DEFAULT_CATEGORY = "placeholder"
    OPTIONS = {"min_parts": (int, 2)}

    def check(self, doc):
        english = doc.language == "en"
        heads = {h.paragraph.index for h in headings(doc)}
        found, previous = [], None          # [(paragraph, (start, end) of the note)]
        for p in doc.body():
            if not p.text.strip():
                continue
            if (p.italic or _bracketed(p.text.strip())) and previous is not None and previous.index in heads and p.index not in heads \
                    and _guidance_like(p.text.strip(), english):
                found.append((p, (len(p.text) - len(p.text.lstrip()), len(p.text.rstrip()))))   # the whole line
            elif p.index in heads and (note := _heading_note(p.text, english)) is not None:
                found.append((p, note))
            previous = p
        texts = [p.text[a:b] for p, (a, b) in found]
        repeated = {t for t in texts if texts.count(t) > 1}
        if repeated:        # a question asked under each person: the form's italic questions are its labels
            found = [f for f, t in zip(found, texts) if t not in repeated and not t.endswith(("?", "？"))]
        if len(found) < self.options["min_parts"]:
            return
        for p, (start, end) in found:
            yield self.finding(doc, p, start, end)


def _heading_note(text: str, english: bool):
    """(start, end) of a heading's closing bracketed note that says what to write in the part, or None."""
    m = TRAILING.search(text)
    if m is None or m.start() == 0:
        return None
    note = m.group().rstrip()
    if not ASKS.match(note) or not _guidance_like(note[1:-1], english):
        return None
    return m.start(), m.start() + len(note)


def _bracketed(text: str) -> bool:
    """The whole line one bracketed note, and not one about the part's own content (（单位：万元）, (continued))."""
    return bool(BRACKETED.match(text)) and not OWN_NOTE.match(text)


def _guidance_like(text: str, english: bool) -> bool:
    """Long enough to say what a part holds, and neither a record of its own (a date, a meeting), a pointer
    to where the content is, nor a row typed with tabs."""
    long_enough = len(text.split()) >= MIN_WORDS if english else len(text) >= MIN_CHARS
    return long_enough and not DATE.search(text) and not POINTER.match(text) and not TABBED.search(text)

"""Rule kind `required_sections`: the parts a report must have (achievements, shortcomings,
next plans), their order, and headings with nothing under them.

A section counts as present when, in this order of evidence:
1. a heading's title matches one of its `headings` patterns (styled, Markdown, typed or
   automatic label, short bold line);
2. the first sentence of a body paragraph matches one of its `leads` patterns
   ("工作中仍存在着不足之处，主要表现在……", "下一季度，我部将……"), or the paragraph opens with a
   run-in heading that matches its `headings` ("存在问题：……", "Accomplishments: …");
3. its `content` markers (optional) are frequent enough: the share of sentences with a
   marker (and no `against` marker) reaches `min_share`. Chinese summaries often report
   their achievements with no heading at all; past-aspect sentences (……举办了3期培训班)
   are that evidence, and a draft made only of plans (要……, 将继续……) has none. A part every report
   has (`presumed_unless`) is missing only when the text reads as something else: enough of its
   sentences carry an `against` marker (a plan under a summary's title).

Sections are required only of a report: a document whose title matches none of `report_titles`
(a 名单, a 通知 filed beside the drafts) is not asked for them, nor one without a title unless headings
or leads show two of the parts (a manual, a plan of initiatives, a page of code notes).

Fails: a 工作总结 with 一、主要成绩 and 二、下一步打算 but no 存在问题 part (missing-section
shortcomings). Passes: the same draft with 二、存在的问题 added.
"""
from __future__ import annotations


from lintdoc import rx
from lintdoc.checks.base import Rule, localized
from lintdoc.findings import SEVERITIES
from lintdoc.outline import BOLD_LINE, heading_paths, headings, label_of

SENTENCE = rx.compile(r"(?:[^。！？!?；;\n.]|\.(?!\s|$))+")
FIRST_SENTENCE = rx.compile(r"^[^。！？!?；;\n]*")
SENTENCE_START = rx.compile(r"(?:^|(?<=[。！？!?；;]))[^。！？!?；;\n]+")
ITEM_END = ("。", "！", "？", "；", ".", "!", "?", ";")
RUN_IN = rx.compile(r"^([^:：。！？!?；;，,\n]{2,40})[:：]")   # 存在问题：…  Accomplishments: …
OUTLINE = rx.compile(r"提纲|大纲|目录|目錄|章节(?:安排|结构|设置)|论文结构|(?i:\boutline\b|table of contents|\bstructure of the (?:thesis|report|dissertation)\b)")
RUN_IN_MAX = (12, 40)      # characters of a run-in heading: Chinese, English
LINE_MAX = (16, 60)        # characters of a line standing alone as a heading: Chinese, English
SPACED = rx.compile(r"(?<=\p{Han})\s+(?=\p{Han})")
LINE_WORDS = 7             # words of an English one
PROMPT_MAX = 160           # characters of a form's prompt line whose first words name its part
PROMPT_HEAD = rx.compile(r",\s|\s(?:and|&)\s")
PROMPT_HEAD_WORDS = 2
QUESTION = rx.compile(r"([^?？\n]{3,120}[?？])\s*(?:[(（][^()（）\n]{0,80}[)）])?\s*$")
COLLECTION_LABEL = rx.compile(r"[（(]?\d*篇\d*[）)]?$")   # 下半年社区工作总结篇4, …总结(10篇)
FIGURE = rx.compile(r"^[\d.,，、:：%％~～\s-]*\d[\d.,，、:：%％~～\s-]*(?:h|hrs?|mins?|分钟|小时|天|人|个|次|项|元|万元)?$", rx.IGNORECASE)
WORD_START = r"(?<![a-z])"   # before every English pattern
LINE_END = ("。", "！", "？", "；", ".", "!", "?", ";", "，", ",")
# traditional characters of the words sections are found by (總結, 問題, 計畫, 下一步工作…), mapped to the
# simplified forms the packs are written in; a report from Taiwan, Hong Kong or Macau is matched the same way
SIMPLIFIED = str.maketrans(
    "總結報計劃畫問題進號務檢討績與將開們來過幾點現實發經驗為這個時對會達項並續標規習導級階當際況難礙優勢強業營運員兩屆處區縣鄉鎮書記黨體訂預設執辦確環節觀狀繼長遠見應該領單顯著創構建踐舉穩層貫徹針補齊範圍擬爭取一步謀",
    "总结报计划划问题进号务检讨绩与将开们来过几点现实发经验为这个时对会达项并续标规习导级阶当际况难碍优势强业营运员两届处区县乡镇书记党体订预设执办确环节观状继长远见应该领单显着创构建践举稳层贯彻针补齐范围拟争取一步谋")
SIMPLIFIED[ord("’")] = "'"


class Section:
    def __init__(self, spec: dict, lang_patterns):
        if not isinstance(spec, dict) or not spec.get("id"):
            raise ValueError("each section needs an `id`")
        self.id = spec["id"]
        self.name = spec.get("name", self.id)
        self.headings = lang_patterns(spec.get("headings"))
        self.leads = lang_patterns(spec.get("leads"))
        content = spec.get("content") or {}
        self.markers = lang_patterns(content.get("markers"))
        self.against = lang_patterns(content.get("against"))
        self.min_share = float(content.get("min_share", 1.0))
        # a part every report has unless its text reads as something else: with `presumed_unless`, the part
        # is missing only when at least that share of sentences carries an `against` marker (a plan: 将/要/继续)
        self.presumed_unless = content.get("presumed_unless")
        self.required = spec.get("required", True)
        self.not_for_titles = lang_patterns(spec.get("not_for_titles"))
        # content a section found by heading must have: a number, or {language: number}
        min_chars = spec.get("min_chars", 0)
        self.min_chars = {k: int(v) for k, v in min_chars.items()} if isinstance(min_chars, dict) else \
            {"zh": int(min_chars), "en": int(min_chars)}


class RequiredSectionsRule(Rule):
    KIND = "required_sections"
    DEFAULT_CATEGORY = "missing-section"
    OPTIONS = {"sections": (list, None), "report_titles": ((dict, list), None), "report_headings": ((dict, list), None),
               "order": ((bool, list), True), "order_titles": ((dict, list), None), "empty": (bool, True),
               "thin": (bool, True), "severities": (dict, {}),
               "order_message": ((str, dict), ""), "empty_message": ((str, dict), ""),
               "thin_message": ((str, dict), "")}

    def setup(self):
        if not self.options["sections"]:
            raise ValueError("`sections` must list the required sections")
        self.sections = [Section(s, _lang_patterns) for s in self.options["sections"]]
        bad = {k: v for k, v in self.options["severities"].items() if k not in ("order", "empty", "thin")
               or v not in SEVERITIES}
        if bad:
            raise ValueError(f"`severities` maps order, empty and thin to one of {', '.join(SEVERITIES)}, not {bad}")
        self.report_titles = _lang_patterns(self.options["report_titles"])
        self.report_headings = _lang_patterns(self.options["report_headings"])
        self.order_titles = _lang_patterns(self.options["order_titles"])

    def check(self, doc):
        lang = doc.language
        title = next((p for p in doc.paragraphs if p.is_title), None)
        heads = headings(doc)
        found = self._find(doc, heads, lang)
        report = not self.report_titles.get(lang) or self._is_report(doc, title, heads, found, lang)
        if report:
            yield from self._missing(doc, title, found, lang)
            order = self.options["order"]      # true, or the languages whose reports have a set order
            kind_ordered = not self.order_titles.get(lang) or (title is not None and _any(self.order_titles[lang], title.text))
            if kind_ordered and (order is True or (isinstance(order, list) and lang in order)):
                yield from self._order(doc, found, lang)
        if self.options["empty"]:
            yield from self._empty(doc, heads, found, lang)
        if self.options["thin"]:
            yield from self._thin(doc, heads, found, lang)

    def _severity(self, kind: str) -> str:
        """The severity of the rule's other findings (`severities`: {order: warning, empty: …, thin: …}),
        else the rule's own."""
        return self.options["severities"].get(kind, self.severity)

    def _is_report(self, doc, title, heads, found, lang) -> bool:
        """A report says so in its title (……工作总结, Weekly Status Report), or, untitled, in a heading of
        its own (`report_headings`: 实习总结 under 实习目的 and 实习内容), or shows headings or leads of
        two of its parts (a 社会实践报告 titled by its theme)."""
        if title is not None and _any(self.report_titles[lang], _closed_up(title.text)):
            return True
        if title is None and any(_any(self.report_headings.get(lang, []), h.title) for h in heads):
            return True
        return sum(index is not None for index, _ in found.values()) >= 2

    def _find(self, doc, heads, lang) -> dict:
        """{section id: (paragraph index or None, heading or None)} from the three kinds of evidence."""
        found = {}
        for h in heads:
            for s in self.sections:
                if s.id not in found and _any(s.headings.get(lang, []), h.title):
                    found[s.id] = (h.paragraph.index, h)
        heading_ids = {h.paragraph.index for h in heads}
        body = [p for p in doc.body() if p.text.strip() and not p.is_title]
        title = next((p.text for p in doc.paragraphs if p.is_title), "")
        by_lead = [s for s in self.sections if s.id not in found and (s.leads.get(lang) or s.headings.get(lang))]
        row_labels = _row_labels(body) if by_lead else set()
        for p in body if by_lead else ():
            if p.index in heading_ids or p.index in row_labels:
                continue
            text = p.text.strip().replace("\n", " " if lang == "en" else "")   # lines wrapped in the source
            starts = [m.group(0).lstrip() for m in SENTENCE_START.finditer(text)]
            run_in = RUN_IN.match(text)
            run_in = run_in.group(1) if run_in and len(run_in.group(1)) <= RUN_IN_MAX[lang == "en"] else None
            line = _short_line(p, text, lang, title) or _question(p, text, lang)
            for s in by_lead:
                if s.id not in found and (any(_any(s.leads.get(lang, []), x) for x in starts) or
                                          (run_in and _any(s.headings.get(lang, []), run_in)) or
                                          (line and _any(s.headings.get(lang, []), line))):
                    found[s.id] = (p.index, None)
        sentences = None
        for s in self.sections:
            if s.id in found or not s.markers.get(lang):
                continue
            if sentences is None:
                sentences = [x for p in body for x in SENTENCE.findall(p.text) if len(x.strip()) >= 4]
            if not sentences:
                continue
            against = [_any(s.against.get(lang, []), x) for x in sentences]
            hits = sum(1 for x, no in zip(sentences, against) if not no and _any(s.markers[lang], x))
            if hits / len(sentences) >= s.min_share or (
                    s.presumed_unless is not None and sum(against) / len(sentences) < float(s.presumed_unless)):
                found[s.id] = (None, None)
        return found

    def _missing(self, doc, title, found, lang):
        """A required section with no evidence, reported on the title (a plan's title needs none of
        the parts its `not_for_titles` names)."""
        for s in self.sections:
            if s.id in found or not s.required or \
                    (title is not None and _any(s.not_for_titles.get(lang, []), title.text)):
                continue
            name = localized(s.name, lang)
            if title is not None:
                f = self.finding(doc, title, 0, len(title.text), section=s.id, name=name)
            else:
                f = self.finding(doc, None, 0, 0, section=s.id, name=name, context="", match="")
            f.section = s.id
            yield f

    def _thin(self, doc, heads, found, lang):
        """A section found by its heading whose content is shorter than its `min_chars`."""
        by_index = {h.paragraph.index: h for h in heads}
        for s in self.sections:
            least = s.min_chars.get(lang, 0)
            if not least or s.id not in found or found[s.id][1] is None:
                continue
            head = found[s.id][1]
            chars, inside = 0, False
            for p in doc.body():
                if p.index == head.paragraph.index:
                    inside = True
                    continue
                if inside:
                    other = by_index.get(p.index)
                    if other is not None and other.level <= head.level:
                        break
                    chars += len(p.text.strip())
            if 0 < chars < least:
                p = head.paragraph
                yield self.finding(doc, p, 0, len(p.text), category="empty-section", severity=self._severity("thin"),
                                   message=self.options["thin_message"], heading=head.display,
                                   chars=chars, min_chars=least)

    def _order(self, doc, found, lang):
        placed = [(found[s.id][0], s) for s in self.sections if s.id in found and found[s.id][0] is not None]
        latest = None
        for index, s in placed:
            if latest is not None and index < latest[0]:
                p = doc.paragraphs[index - 1]
                f = self.finding(doc, p, 0, min(len(p.text), _first_len(p.text)), category="structure",
                                 severity=self._severity("order"),
                                 message=self.options["order_message"], name=localized(s.name, lang),
                                 after=localized(latest[1].name, lang))
                yield f
            elif latest is None or index > latest[0]:
                latest = (index, s)

    def _empty(self, doc, heads, found, lang):
        """A heading followed directly by a heading of the same or a higher level (or the end).
        A labelled line that is a whole sentence ("（1）继续加强理论武装。") is a list item, not a
        heading waiting for content."""
        section_heads = {v[0]: k for k, v in found.items() if v[1] is not None}
        order = {p.index: i for i, p in enumerate(doc.paragraphs)}
        by_index = {h.paragraph.index: h for h in heads}
        listed = _list_runs(doc, heads, order, by_index)
        paths = heading_paths(doc) if heads else {}
        for h in heads:
            p = h.paragraph
            if p.md_list or p.index in listed:
                continue  # an item of a list (a Markdown list, or three or more short labelled lines in a row)
            if any(OUTLINE.search(x) for x in paths.get(p.index, ())):
                continue  # a heading of the outline a part shows (三、论文提纲 > 第1章 绪论 > 1.1 研究背景)
            rest = p.text[h.label.end:].strip() if h.label and not h.label.auto else p.text.strip()
            if len(rest) > len(h.title) + 1:
                continue  # a run-in heading: its text follows on the same line
            if h.label is not None and p.heading_level is None and rest.endswith(ITEM_END):
                continue  # a list item
            before = _previous_text(doc, order, p)
            if h.label is not None and p.heading_level is None and before is not None \
                    and before.text.rstrip().endswith((":", "：")):
                continue  # the item of a list a line introduced (重点抓好以下工作： 1.预算编制)
            if rest.endswith((":", "：")) or RUN_IN.match(rest) and len(rest) > RUN_IN.match(rest).end() + 4:
                continue  # a line introducing what follows ("Or checked:"), or "Goal: ……" with its content
            i = order[p.index] + 1
            nxt = None
            while i < len(doc.paragraphs):
                q = doc.paragraphs[i]
                if q.part in ("body", "table") and q.text.strip():
                    nxt = q
                    break
                i += 1
            following = by_index.get(nxt.index) if nxt is not None else None
            if p.table is not None and nxt is not None and nxt.table is not None and nxt.table[0] == p.table[0] \
                    and nxt.story == p.story:
                continue  # a table's header cells in a heading style (| Action items | Person responsible | Deadline |)
            if following is not None and (nxt.index in listed or nxt.text.rstrip().endswith((":", "：")) or
                                          following.label is not None and nxt.text.rstrip().endswith(ITEM_END) or
                                          _decimal(h) and following.label is not None and not _decimal(following)):
                continue  # a list under it (2.2 项目功能 then 1、… 2、… 3、…, 4.1.2 算法分析 then （1）…; Release Notes then
                          # 1. Intractable NPC.), or a
                          # run-in label that introduces its part's content (Future work, then Q-learning in test generation: …)
            if following is not None and _styled(following) != _styled(h):
                continue  # levels of a heading style and of a typed or list label do not compare
            if following is not None and h.reason == following.reason == BOLD_LINE and p.index not in section_heads:
                continue  # a block of bold lines (a cover page's 南京大学工程管理学院 over its form's name)
            if nxt is None or (following is not None and following.level <= h.level):
                if nxt is None and p.index not in section_heads:
                    continue
                name = section_heads.get(p.index)
                yield self.finding(doc, p, 0, len(p.text), category="empty-section", severity=self._severity("empty"),
                                   message=self.options["empty_message"], heading=h.display,
                                   section_name=name or "")


def _decimal(h) -> bool:
    """The heading is numbered in decimals (4.1.2 算法分析): any other kind of label after it opens a list inside it."""
    return h.label is not None and h.label.family == "multi"


def _row_labels(body) -> set:
    """Indices of the cells that label a row of figures (a time sheet's | 计划 | 3 |, | Planning | 12 h |): the
    name of a line of a table, not of a part of the report, which a form's label cell heads (| 存在问题 | …… |)."""
    rows: dict = {}
    for p in body:
        if p.table and p.text.strip():
            rows.setdefault(p.table[:2], []).append(p)
    out = set()
    for cells in rows.values():
        if len(cells) >= 2 and all(FIGURE.match(c.text.strip()) for c in cells[1:]):
            out.add(cells[0].index)
    return out


def _short_line(p, text: str, lang: str, title: str) -> str | None:
    """A short line that stands alone as a heading without being styled or bold: a label cell of a
    report laid out as a form (| 存在问题 | …… |), a labelled line inside a table ((二)不足之处), a
    plain-text line ("Upcoming Objectives"), a short question ("What went wrong?"). None for a sentence, an item of a Markdown list or a
    repeat of the title (下半年社区工作总结篇4 under 下半年社区工作总结(10篇))."""
    if p.md_list or text[:1] in "（(【[" and text[-1:] in "）)】]":
        return None       # a list item, or a note in brackets (（此项针对明年毕业的学生）)
    label = label_of(p, lang == "en")
    if label is not None and not label.auto:
        text = text[label.end:].strip()
    text = text.rstrip("：:").strip()
    if text[-1:] in "?？" and text[-2:-1] not in "?？":
        text = text[:-1].strip()        # a retrospective's prompt standing alone (What went wrong?)
    if lang == "en" and text and not text.endswith(LINE_END) and len(text.split()) > LINE_WORDS and \
            len(text) <= PROMPT_MAX:
        # a form's long prompt that opens with its part's name (4) Challenges, changes in the plan and scope of the
        # project and things that went wrong during this increment): that name
        head = PROMPT_HEAD.split(text, 1)[0]
        text = head if len(head.split()) <= PROMPT_HEAD_WORDS else ""
    if not text or len(text) > LINE_MAX[lang == "en"] or text.endswith(LINE_END) or \
            (lang == "en" and len(text.split()) > LINE_WORDS):
        return None
    bare = COLLECTION_LABEL.sub("", text)
    if title and bare and (bare in title or COLLECTION_LABEL.sub("", title) in text):
        return None
    return text


def _question(p, text: str, lang: str) -> str | None:
    """A numbered question standing alone as the prompt of a part, with an aside after it (09. Obstacles in your
    research and your plan to overcome them?  6. Is anything blocking you? (What do you need from whom)),
    as a questionnaire-style report asks them; None for anything else."""
    label = label_of(p, lang == "en")
    if label is None or label.auto:
        return None
    m = QUESTION.match(text[label.end:].strip())
    return m.group(1) if m else None


def _previous_text(doc, order, p):
    """The paragraph of the body or its tables with any text before `p`, or None."""
    for q in reversed(doc.paragraphs[:order[p.index]]):
        if q.part in ("body", "table") and q.text.strip():
            return q
    return None


def _next_text(doc, order, p):
    """The next paragraph of the body or its tables with any text, or None."""
    for q in doc.paragraphs[order[p.index] + 1:]:
        if q.part in ("body", "table") and q.text.strip():
            return q
    return None


def _list_runs(doc, heads, order, by_index) -> set:
    """Indexes of labelled lines that follow one another with nothing between, three or more of one
    label form in sequence (1. 看视频 2. 学git 3. 备考): a list of short items, not empty headings."""
    runs, current = [], []
    for h in heads:
        if h.label is None or _styled(h):
            continue
        prev = current[-1] if current else None
        if prev is not None and prev.label.style == h.label.style and prev.label.family == h.label.family \
                and h.label.value == prev.label.value + 1 and _next_text(doc, order, prev.paragraph) is h.paragraph:
            current.append(h)
        else:
            runs.append(current)
            current = [h]
    runs.append(current)
    return {h.paragraph.index for run in runs if len(run) >= 3 or len(run) == 2 and _closed(doc, order, run, by_index)
            for h in run}


def _closed(doc, order, run, by_index) -> bool:
    """Two items that a heading of a higher level follows (一、本周完成 1、… 2、… 二、下周计划) make a list."""
    nxt = _next_text(doc, order, run[-1].paragraph)
    following = by_index.get(nxt.index) if nxt is not None else None
    return following is not None and following.level < run[-1].level and not _styled(following)   # (runs: typed labels)


def _styled(h) -> bool:
    return h.paragraph.heading_level is not None


def _first_len(text: str) -> int:
    return len(FIRST_SENTENCE.match(text).group(0)) or len(text)


def _lang_patterns(value) -> dict:
    """{lang: [compiled patterns]} from {zh: [...], en: [...]} (or a plain list for all languages)."""
    if not value:
        return {}
    if isinstance(value, list):
        value = {"zh": value, "en": value}
    if not isinstance(value, dict):
        raise ValueError("patterns must be a list or a mapping of language to list")
    out = {}
    for lang, pats in value.items():
        if isinstance(pats, str):
            pats = [pats]
        # an English word is matched from its start: `plan` is not in "Explanation", nor `risk` in "asterisk"
        start = WORD_START if lang == "en" else ""
        out[lang] = [rx.engine().compile(f"{start}(?:{p})" if start else p, rx.IGNORECASE) for p in pats]
    return out


def _closed_up(text: str) -> str:
    """A title spaced out for layout (周 工 作 报 告) as it reads: 周工作报告."""
    return SPACED.sub("", text)


def _any(patterns, text) -> bool:
    text = text.translate(SIMPLIFIED)       # and a typographic apostrophe as typed: What’s next? → What's next?
    return any(p.search(text) for p in patterns)

"""Rule kind `template`: check a draft against the template it was made from.

From the template (.docx or .md) it takes
- the structure: its headings and labelled items, in order;
- the prompts a writer must replace: content controls, highlighted text, bracketed prompts
  (【单位名称】, [Name], （请填写…）), instruction paragraphs (此处填写…), and text matching the
  placeholder rules;
- the table cells left empty for the writer.
Then it reports, in the draft: a template section missing (`missing-section`, section
`template:<title>`), renamed beyond recognition or out of order (`structure`); a prompt still
present unchanged (`placeholder`); a template table whose empty cells are still empty
(`placeholder`).

Fails: a draft made from the template with 二、存在问题 deleted. Passes: the draft as filled in.
"""
from __future__ import annotations

import difflib
import os

from lintdoc import rx
from lintdoc.checks.base import Rule, localized
from lintdoc.errors import ConfigError, InputError
from lintdoc.findings import Finding
from lintdoc.outline import headings

BRACKETED = rx.compile(r"【[^【】\n]{1,30}】|\[[^\[\]\n]{1,40}\]|[（(](?:请|此处)[^（）()\n]{1,40}[）)]|<[^<>\n]{1,30}>")
INSTRUCTION = rx.compile(r"此处(?:填写|补充|输入|插入)|请在此(?:处)?(?:输入|填写)|删除本段|填写说明|"
                            r"(?i:delete this|replace this|instructions?:)")
PUNCT = rx.compile(r"[\p{P}\s]+")
MIN_PROMPT = 4
SIMILAR = 0.6


def _norm(text: str) -> str:
    return PUNCT.sub("", text).lower()


class TemplateRule(Rule):
    KIND = "template"
    DEFAULT_CATEGORY = "structure"
    OPTIONS = {"template": ((str, type(None)), None), "messages": (dict, None), "levels": (int, 2),
               "supersedes": (list, [])}

    def setup(self):
        needed = {"missing", "renamed", "order", "prompt", "table"}
        missing = needed - set(self.options["messages"] or {})
        if missing:
            raise ValueError(f"`messages` needs entries for {', '.join(sorted(missing))}")
        self._model = None

    def applies(self, doc) -> bool:
        return bool(self.options["template"])        # any language: the template decides

    def model(self):
        if self._model is None:
            self._model = TemplateModel.load(self.options["template"], self.options["levels"])
        return self._model

    def check(self, doc):
        if not self.options["template"]:
            return
        if os.path.abspath(doc.path) == os.path.abspath(self.options["template"]):
            return                                   # the template itself
        tpl = self.model()
        lang = doc.language
        msg = {k: localized(v, lang) for k, v in self.options["messages"].items()}
        title = next((p for p in doc.paragraphs if p.is_title), None)
        yield from self._structure(doc, tpl, msg, title)
        yield from self._prompts(doc, tpl, msg)
        yield from self._tables(doc, tpl, msg)

    # -- structure ----------------------------------------------------------------------
    def _structure(self, doc, tpl, msg, title):
        draft = [h for h in headings(doc) if h.level <= self.options["levels"]]
        used, matched = set(), []          # matched: (template index, draft index)
        for i, t in enumerate(tpl.headings):
            best, score = None, 0.0
            for j, h in enumerate(draft):
                if j in used or h.level != t["level"]:
                    continue
                s = _similarity(t["key"], _norm(h.title))
                if s > score:
                    best, score = j, s
            if best is not None and score >= SIMILAR:
                used.add(best)
                matched.append((i, best))
        matched_t = {i for i, _ in matched}
        in_order = _longest_increasing(matched)
        for i, j in matched:
            if (i, j) not in in_order:
                p = draft[j].paragraph
                yield self._finding(doc, p, 0, len(p.text), "structure", msg["order"],
                                    heading=tpl.headings[i]["display"])
        for i, t in enumerate(tpl.headings):
            if i in matched_t:
                continue
            # a draft heading at the same level, between the neighbours' matches, left unmatched: renamed
            before = max((j for k, j in matched if k < i), default=-1)
            after = min((j for k, j in matched if k > i), default=len(draft))
            candidates = [j for j in range(before + 1, after) if j not in used and draft[j].level == t["level"]]
            if candidates:
                j = candidates[0]
                used.add(j)
                p = draft[j].paragraph
                yield self._finding(doc, p, 0, len(p.text), "structure", msg["renamed"],
                                    heading=t["display"], found=draft[j].display)
                continue
            anchor = title or (doc.body()[0] if doc.body() else None)
            f = self._finding(doc, anchor, 0, len(anchor.text) if anchor else 0, "missing-section", msg["missing"],
                              heading=t["display"])
            f.section = f"template:{t['title']}"
            yield f

    # -- prompts ------------------------------------------------------------------------
    def _prompts(self, doc, tpl, msg):
        if not tpl.prompts:
            return
        for p in doc.paragraphs:
            if p.part == "comment" or not p.text:
                continue
            for prompt in tpl.prompts:
                start = p.text.find(prompt)
                while start >= 0:
                    yield self._finding(doc, p, start, start + len(prompt), "placeholder", msg["prompt"])
                    start = p.text.find(prompt, start + len(prompt))

    # -- tables -------------------------------------------------------------------------
    def _tables(self, doc, tpl, msg):
        cells = _table_cells(doc)
        for t_number, header, empty in tpl.tables:
            match = next((n for n, c in cells.items() if _row_text(c, 1) == header), None)
            if match is None:
                continue
            table = cells[match]
            for (r, c) in empty:
                paras = table.get((r, c))
                if paras and not "".join(x.text for x in paras).strip():
                    p = paras[0]
                    first = "".join(x.text for x in table.get((r, 1), []))
                    yield self._finding(doc, p, 0, 0, "placeholder", msg["table"], row=r, column=c, label=first)

    def _finding(self, doc, p, start, end, category, message, **values):
        text = p.text if p is not None else ""
        f = Finding(self.id, category, self.severity, message.format(match=text[start:end], **values),
                    text[start:end], text, start, p, priority=self.priority)
        return f


def _table_cells(doc) -> dict:
    """{table number: {(row, cell): [paragraphs]}}."""
    cells: dict = {}
    for p in doc.paragraphs:
        if p.table:
            cells.setdefault(p.table[0], {}).setdefault(p.table[1:], []).append(p)
    return cells


def _row_text(table_cells, row):
    return "|".join("".join(x.text for x in table_cells[k]).strip() for k in sorted(table_cells) if k[0] == row)


def _similarity(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return 1.0
    return difflib.SequenceMatcher(None, a, b).ratio()


def _longest_increasing(pairs):
    """The largest set of (template index, draft index) pairs whose draft order follows the template."""
    pairs = sorted(pairs)
    best = []
    lengths, prev = [], []
    for k, (_, j) in enumerate(pairs):
        lengths.append(1)
        prev.append(-1)
        for m in range(k):
            if pairs[m][1] < j and lengths[m] + 1 > lengths[k]:
                lengths[k], prev[k] = lengths[m] + 1, m
    if pairs:
        k = max(range(len(pairs)), key=lambda x: lengths[x])
        while k >= 0:
            best.append(pairs[k])
            k = prev[k]
    return set(best)


class TemplateModel:
    """What a template says a draft must contain."""

    def __init__(self, headings_, prompts, tables):
        self.headings, self.prompts, self.tables = headings_, prompts, tables

    @classmethod
    def load(cls, path, levels):
        from lintdoc.readers import read_document
        try:
            doc = read_document(path)
        except InputError as exc:
            raise ConfigError(path, f"the template cannot be read: {exc.detail}") from None
        heads = [{"title": h.title, "key": _norm(h.title), "level": h.level, "display": h.display}
                 for h in headings(doc) if h.level <= levels and _norm(h.title)]
        prompts = set()
        for p in doc.paragraphs:
            for a, b in p.placeholder_spans + p.highlight_spans:
                prompts.add(p.text[a:b].strip())
            for m in BRACKETED.finditer(p.text):
                prompts.add(m.group(0))
            if INSTRUCTION.search(p.text) and not p.table:
                prompts.add(p.text.strip())
        prompts = sorted((x for x in prompts if len(x) >= MIN_PROMPT), key=len, reverse=True)
        tables = []
        for number, table in _table_cells(doc).items():
            empty = [k for k, ps in table.items() if k[0] > 1 and not "".join(x.text for x in ps).strip()]
            if empty:
                tables.append((number, _row_text(table, 1), empty))
        return cls(heads, _drop_contained(prompts), tables)


def _drop_contained(prompts):
    """Longest prompts first; a prompt inside a longer one is dropped (the longer one reports it)."""
    out = []
    for x in prompts:
        if not any(x in y for y in out):
            out.append(x)
    return out


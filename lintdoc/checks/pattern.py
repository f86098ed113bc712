"""Rule kind `pattern`: regular expressions over paragraph text (placeholders, unfilled
figures, boilerplate). Patterns use the `regex` module (\\p{Han} and variable-length
look-behind work); a named group `m` narrows the reported span to the slot itself.

Example rule (YAML):  patterns: ['20(?P<m>[xX]{2})年']  fails on "20xx年工作总结",
passes on "2024年工作总结". `exceptions` are patterns whose match, where it covers a
candidate, clears it (e.g. 'X光' for a rule on a lone X). `requires: {patterns: […], count: N}` applies
the rule only to documents with N matches of those patterns (a template's weaker prompts, reported
where its other prompts show it is a template); `unless_title: […]` skips documents whose title matches
(a printed form, whose blanks are for a hand); `once: true` reports only the first match, with the number of
matches as {count} in the message (an artefact spread all over a text); `unless_answered: true` skips a heading
with text under it, or an item of a Word list that another list's items answer (a form's prompt the writer
answered: "### List the team's accomplishments." and its list; "3. Describe any significant progress…" and its
bullets); `unless_series: N` skips a numbered stand-in whose word the document numbers N times or more (任务1 … 任务15
in a plan's table: the names of its tasks, not a template's 任务1, 任务2); `unless_row_figures: true` skips a match
that is the whole first cell of a table row whose other cells hold numbers ("| priority5 | 1 | 0.85 | 0.65 |" labels a
filled row; "| Milestone 1 | [date] | [status] |" is still the template's).
"""
from __future__ import annotations

import bisect
import re
import time
from pathlib import Path


from lintdoc import rx
from lintdoc.checks.base import Rule, joined_text
from lintdoc.checks.line_leaders import leaders, lines_led_by
from lintdoc.checks.regex_syntax import ESCAPED_LITERAL as _ESCAPED_LITERAL, HEX_ESCAPE as _HEX_ESCAPE, \
    class_chars as _class_chars, skip_class as _skip_class
from lintdoc.outline import answered_prompts, heading_of
from lintdoc.spans import Spans

WHERE = ("any", "title", "heading", "body", "text")     # body: not the title; text: not the title nor a styled heading


class PatternRule(Rule):
    KIND = "pattern"
    OPTIONS = {"patterns": (list, None), "exceptions": (list, []), "ignorecase": (bool, False),
               "where": (str, "any"), "expand": ((str, type(None)), None), "requires": ((dict, type(None)), None),
               "replace": (list, []), "unless_title": (list, []), "unless_answered": (bool, False),
               "unless_series": (int, 0), "unless_row_figures": (bool, False),
               "once": (bool, False)}

    def setup(self):
        if not self.options["patterns"]:
            raise ValueError("`patterns` must list at least one regular expression")
        if self.options["where"] not in WHERE:
            raise ValueError(f"`where` must be one of {', '.join(WHERE)}")
        if self.options["expand"] not in (None, "sentence"):
            raise ValueError("`expand` may only be `sentence`")
        flags = rx.IGNORECASE if self.options["ignorecase"] else 0
        # each top-level alternative on its own, so that the ones opening with ^ are tried at line starts only
        for p in self.options["patterns"]:
            if not isinstance(p, str):
                raise ValueError(f"a pattern must be a string, not {p!r}")
        alternatives = [(p, alt) for p in self.options["patterns"] for alt in _alternatives(p)]
        # (a built-in pack's patterns are compiled when first tried, the test suite having compiled them all: a
        # process never builds the many that a document's language or the prefilter rules out; a user's at once,
        # so that a bad one is a configuration error)
        shipped = _built_in(self.source)
        self.patterns = _Compiled([(alt, flags) if shipped else _compile(alt, flags, written=p) for p, alt in alternatives])
        self.anchored = [_line_anchored(alt) for _, alt in alternatives]
        # a literal every match must contain (or None): a pattern whose literal is not in the text is skipped
        self.literals = [required_literals(alt, bool(flags)) for _, alt in alternatives]
        # for one opening with ^: the first characters one of which opens each match's line (only those lines
        # are tried; an index of every line's first character answers that), else, for one whose leaders are not
        # known, literals one of which is on each match's line (a scan of the text per literal)
        self.leaders = [leaders(_within_lines(alt), bool(flags)) if anchored else None
                        for (_, alt), anchored in zip(alternatives, self.anchored)]
        self.line_literals = [None if flags or not anchored or lead else _line_literals(alt)
                              for (_, alt), anchored, lead in zip(alternatives, self.anchored, self.leaders)]
        self.exceptions = [_compile(p, flags) for p in self.options["exceptions"]]
        # the fix: the first [pattern, replacement] whose pattern matches the whole of the match
        self.replacements = []
        for pair in self.options["replace"]:
            if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
                raise ValueError("`replace` lists [pattern, replacement] pairs")
            self.replacements.append((_compile(pair[0], 0), pair[1]))
        requires = self.options["requires"] or {}
        if requires and (not isinstance(requires.get("patterns"), list) or not isinstance(requires.get("count", 1), int)):
            raise ValueError("`requires` needs `patterns` (a list) and `count` (a number)")
        self.signals = [_compile(p, flags) for p in requires.get("patterns", [])]
        self.signal_count = requires.get("count", 1)
        self.unless_title = [_compile(p, flags) for p in self.options["unless_title"]]

    def check(self, doc):
        """Each pattern runs once over the document's text (paragraphs joined by newlines, so ^ and $
        match at paragraph edges) rather than once per paragraph; matches are mapped back."""
        where = self.options["where"]
        english = doc.language == "en"
        if self.unless_title and any(t.search(p.text) for p in doc.paragraphs if p.is_title for t in self.unless_title):
            return                      # a kind of document the rule is not for (a printed form's blanks)
        if where == "title":            # a title rule reads the title alone, not the whole text
            paragraphs = [p for p in doc.paragraphs if p.is_title and p.part in self.scope]
            starts = [sum(len(q.text) + 1 for q in paragraphs[:i]) for i in range(len(paragraphs))]
            text = "\n".join(p.text for p in paragraphs)
        else:
            text, starts, paragraphs = joined_text(doc, self.scope)
        if self.signals and not _shows(self.signals, text, self.signal_count):
            return
        seen, cleared, hits = set(), {}, []
        for i, (anchored, literal) in enumerate(zip(self.anchored, self.literals)):
            if not may_match(doc, text, literal):
                continue
            pat = self.patterns[i]
            named = "m" in pat.groupindex
            try:
                if self.leaders[i]:
                    matches = list(_tried_per_line(pat, text, lines_led_by(doc, text, self.leaders[i])))
                elif self.line_literals[i]:
                    matches = list(_tried_per_line(pat, text, _lines_with(doc, text, self.line_literals[i])))
                else:
                    matches = list(_matches(pat, text, anchored))
            except TimeoutError:
                yield self.finding(doc, None, 0, 0, category="other", severity="warning", context="", match="",
                                   message=TIMED_OUT.get(doc.language, TIMED_OUT["en"]).format(
                                       rule=self.id, seconds=PATTERN_SECONDS))
                continue
            for m in matches:
                start, end = m.span("m") if named else m.span()
                if start < 0 or end <= start:
                    continue
                k = bisect.bisect_right(starts, start) - 1
                p, base = paragraphs[k], starts[k]
                if end > base + len(p.text) or (k, start) in seen:
                    continue                             # across a paragraph edge, or already reported
                if (where == "title" and not p.is_title) or (where in ("body", "text") and p.is_title) or \
                        (where == "heading" and heading_of(p, english) is None) or \
                        (where == "text" and p.heading_level is not None) or \
                        (self.options["unless_answered"] and p.index in answered_prompts(doc)):
                    continue
                a, b = start - base, end - base
                if self.options["expand"]:
                    a, b = _sentence(p.text, a, b)
                    if (k, base + a) in seen:
                        continue
                    start = base + a
                if self.exceptions:
                    if k not in cleared:
                        cleared[k] = Spans(x.span() for e in self.exceptions for x in e.finditer(p.text, overlapped=True))
                    if cleared[k].cover(a, b):
                        continue
                seen.add((k, start))
                hits.append((p, a, b))
        if self.options["unless_row_figures"] and hits:
            hits = [h for h in hits if not _labels_figures(doc, *h)]
        if self.options["unless_series"] and hits:
            hits = [h for h in hits if not _in_series(doc, h[0].text[h[1]:h[2]], self.options["unless_series"])]
        if self.options["once"] and hits:      # one finding for the document, with how often it occurs
            p, a, b = hits[0]
            yield self.finding(doc, p, a, b, count=len(hits))
            return
        for p, a, b in hits:
            if self.replacements:
                yield self.finding(doc, p, a, b, fix=self._fix(p.text[a:b]))
            else:
                yield self.finding(doc, p, a, b)

    def _fix(self, text: str):
        """The replacement of a match by the first `replace` pair that fits it whole, or None."""
        for pattern, replacement in self.replacements:
            m = pattern.fullmatch(text)
            if m:
                return m.expand(replacement)
        return None


_NUMBERED = re.compile(r"^(\D*?\S)[ ]?(\d{1,3})$")


def _in_series(doc, match: str, least: int) -> bool:
    """Whether `match` is a word and a number (任务3, Milestone 2) whose word the document's text follows with at
    least `least` different numbers: 任务1 … 任务15 name a plan's tasks."""
    m = _NUMBERED.match(match.strip())
    if not m:
        return False
    key = ("series", m.group(1))
    numbers = doc.derived.get(key)
    if numbers is None:
        word = re.escape(m.group(1))
        numbers = doc.derived[key] = {int(x) for x in re.findall(word + r"[ ]?(\d{1,3})(?!\d)", doc.text)}
    return len(numbers) >= least


_FIGURE = re.compile(r"^[\s\d.,%％+\-−~～]*\d[\s\d.,%％+\-−~～]*$")     # a cell that is a number (1, 0.85, 12%)
ROW_FIGURES = 2


def _labels_figures(doc, p, a: int, b: int) -> bool:
    """Whether the span a:b is the whole first cell of a table row whose other cells hold ROW_FIGURES numbers or more
    ("| priority5 | 1 | 0.85 |"): a filled row's label, not a template's ("| KPI 1 | 0% | Y% |")."""
    if p.table is None or p.table[2] != 1 or p.text[:a].strip() or p.text[b:].strip():
        return False
    rows = doc.derived.get("row figures")
    if rows is None:
        rows = doc.derived["row figures"] = {}
        for q in doc.paragraphs:
            if q.table is not None and q.table[2] != 1 and _FIGURE.match(q.text):
                key = (q.story,) + q.table[:2]
                rows[key] = rows.get(key, 0) + 1
    return rows.get((p.story,) + p.table[:2], 0) >= ROW_FIGURES


def may_match(doc, text: str, literals) -> bool:
    """Whether `text` (the document's, or its title's) holds the literals a pattern needs (`required_literals`;
    None: not known, so it may): one of each requirement's literals. Each literal's answer is kept with the
    document for the other patterns that need it."""
    if literals is None:
        return True
    requirements, folded = literals
    present = doc.derived.get(("present", text, folded))     # literal -> whether the text has it
    if present is None:
        present = doc.derived[("present", text, folded)] = {}
    chars = None
    for alternatives in requirements:
        for x in alternatives:
            found = present.get(x)
            if found is None:
                if chars is None:
                    chars = _characters(doc, folded)
                found = present[x] = _holds(doc, text, folded, chars, x)
            if found:
                break
        else:
            return False
    return True


def _holds(doc, text: str, folded: bool, chars: set, literal: str) -> bool:
    """Whether `text` (case-folded if `folded`) holds `literal`. Most literals have a character the text
    lacks (a Chinese draft has about a thousand distinct ones), which a set answers without a scan.
    Otherwise an ASCII literal is looked for in the text's ASCII characters alone (a Chinese draft's are a
    few hundred bytes): dropping the others can join characters that were apart, never part ones that were
    together, so nothing present is missed."""
    for c in literal:
        if c not in chars:
            return False
    if literal.isascii():
        return _haystack(doc, text, folded, True).find(literal.encode("ascii")) >= 0
    return _haystack(doc, text, folded, False).find(literal) >= 0


def _characters(doc, folded: bool) -> set:
    """The distinct characters of the document's paragraphs (of every scope's text), or of their case-folded
    form (folding is per character)."""
    key = ("characters", folded)
    chars = doc.derived.get(key)
    if chars is None:
        chars = _characters(doc, False) if folded else set("".join([p.text for p in doc.paragraphs]))
        if folded:
            chars = set("".join(c.casefold() for c in chars))
        doc.derived[key] = chars
    return chars


def _haystack(doc, text: str, folded: bool, ascii_only: bool):
    key = ("haystack", text, folded, ascii_only)
    hay = doc.derived.get(key)
    if hay is None:
        hay = text.casefold() if folded else text
        if ascii_only:
            hay = hay.encode("ascii", "ignore")
        doc.derived[key] = hay
    return hay


class _Compiled:
    """A rule's compiled alternatives. Each is pickled on its own and unpickled when first used, so that
    a process taking the rules from the cache does not rebuild the many that the prefilter skips; a built-in
    pack's alternative is kept as its source and compiled when first used."""

    def __init__(self, items):
        self._items = list(items)            # compiled patterns, their pickles, or (source, flags) to compile

    def __getitem__(self, i):
        item = self._items[i]
        if isinstance(item, bytes):
            from lintdoc.cache import unpickled
            item = self._items[i] = unpickled(item)
        elif isinstance(item, tuple):
            item = self._items[i] = _compile(*item)
        return item

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return (self[i] for i in range(len(self._items)))

    def __reduce__(self):
        # (into the compiled-rules cache compiled: unpickling a pattern takes a small part of compiling it)
        import pickle
        return _Compiled, ([x if isinstance(x, bytes) else pickle.dumps(self[i], pickle.HIGHEST_PROTOCOL)
                            for i, x in enumerate(self._items)],)


def _built_in(source: str) -> bool:
    """Whether a rule was defined in one of lintdoc's own packs (not in a user's file)."""
    from lintdoc.config import packs_dir
    try:
        return bool(source) and Path(source).resolve().parent == packs_dir()
    except (OSError, ValueError):
        return False


SENTENCE_END = "。！？!?"
TIMED_OUT = {"zh": "规则 {rule} 的一个正则表达式在本文件上运行超过 {seconds:g} 秒，已停止（表达式可能回溯过度）",
             "en": "Rule {rule} stopped: one of its patterns ran over {seconds:g} s on this file (a pattern that backtracks?)"}
FLAGS = rx.compile(r"^(?:\(\?[aiLmsux]+\))*")
NEWLINE = rx.compile(r"\n")


def _line_anchored(pattern: str) -> bool:
    """Whether every match must start at a line start: the pattern (after inline flags) opens with ^
    and has no alternative at its top level. Such a pattern is tried at line starts only."""
    return pattern[FLAGS.match(pattern).end():].startswith("^") and len(_alternatives(pattern)) == 1


_CLASS_ESCAPES = set("dDwWsShHX.tnrfvae")           # one character, not a known one
_ZERO_WIDTH_ESCAPES = set("bBAZzGKmM")
_QUANTIFIER = rx.compile(r"[*+?]|\{\d*(?:,\d*)?\}")


SCOPED_FLAGS = rx.compile(r"\(\?[aiLmsu]*(?:-[aiLmsu]+)?:")


class _Unsure(Exception):
    """A construct the literal analysis does not understand: the pattern is always run."""


MAX_REQUIREMENTS = 3


def required_literals(alternative: str, ignorecase: bool):
    """(requirements, case-insensitive), each requirement a tuple of literals of which every match of
    `alternative` contains one; or None when none can be proved. A run of plain characters that no
    quantifier makes optional is one literal; a class, `[xX]`, its characters; a group that must match,
    `(?:总结|报告)`, or a positive lookaround, its branches' best literals (when each branch has one).
    Up to MAX_REQUIREMENTS of them, the most selective first. Whatever is not understood gives None,
    which means "always run the pattern".  '本文由[^。]{0,20}(?:整理|发布)' → (('本文由',), ('整理', '发布'))."""
    flags = FLAGS.match(alternative).group(0)
    if "x" in flags:
        return None
    folded = ignorecase or "i" in flags
    try:
        found, i = _sequence(alternative, len(flags), folded)
        if alternative[i:i + 1] == "|":          # a whole pattern: one of its alternatives' literals
            union, i = _branches(alternative, len(flags), folded)
            found = [union] if union else []
    except _Unsure:
        return None
    if i != len(alternative) or not found:
        return None
    found = sorted(set(found), key=lambda x: (_rank(x), sorted(x)), reverse=True)[:MAX_REQUIREMENTS]
    return tuple(tuple(sorted(x)) for x in found), folded


def _rank(literals):
    """How selective a set of literals is: its shortest member, then fewer members (None: an empty one)."""
    shortest = min(len(x) for x in literals)
    return (shortest, -len(literals)) if shortest else None


def _best(found):
    return max(found, key=_rank) if found else None


def _branches(body: str, i: int, folded: bool):
    """(the union of each branch's best literal set, or None if a branch has none; the index of the
    closing parenthesis or the end)."""
    union, i, _ = _each_branch(body, i, lambda j: (*_sequence(body, j, folded), False))
    return union, i


def _each_branch(body: str, i: int, parse):
    """Parse the branches from `i` on with `parse(index)` → (literal sets, end index, whether it may cross a
    line): (the union of each branch's best literal set, or None if a branch has none; the index of the
    closing parenthesis or the end; whether any branch may cross a line)."""
    union, complete, crosses = set(), True, False
    while True:
        found, i, crossed = parse(i)
        crosses = crosses or crossed
        best = _best(found)
        if best is None or _rank(best) is None:
            complete = False
        else:
            union |= best
        if i < len(body) and body[i] == "|":
            i += 1
            continue
        return (frozenset(union) if complete and union else None), i, crosses


def _sequence(body: str, i: int, folded: bool):
    """(the literal sets one branch requires, all of them; the index where the branch ends). Consecutive
    items that each match one of a few strings make one set of their products: '请(?:按照|根据)' → {请按照, 请根据}."""
    found, runs = [], {""}
    while i < len(body) and body[i] not in "|)":
        ch, options, required = body[i], None, None
        if ch == "(":
            options = _plain_group(body, i)
            required, i = _group(body, i, folded)
        elif ch == "[":
            j = _skip_class(body, i)
            if j > len(body) or "[:" in body[i + 1:j - 1]:
                raise _Unsure                    # [[:alpha:]] and the like
            required, i = _class_chars(body[i + 1:j - 1], folded), j
            options = required
        elif ch == "\\":
            nxt = body[i + 1:i + 2]
            if nxt and nxt in _ESCAPED_LITERAL:
                options, i = {nxt}, i + 2
            elif nxt in _HEX_ESCAPE and nxt:
                i += 2 + _HEX_ESCAPE[nxt]
            elif nxt in ("p", "P", "N") and nxt and body[i + 2:i + 3] == "{":
                end = body.find("}", i)
                if end < 0:
                    raise _Unsure
                i = end + 1
            elif nxt and (nxt in _CLASS_ESCAPES or nxt in _ZERO_WIDTH_ESCAPES):
                i += 2
            else:
                raise _Unsure                    # back-references, octal, \g<…>: not understood
        elif ch in "*+?{":
            raise _Unsure                        # a quantifier (or a literal brace) where none was expected
        elif ch in ".^$":
            i += 1
        else:
            options, i = {ch}, i + 1
        q = _QUANTIFIER.match(body, i)
        quantifier = q.group(0) if q else ""
        if q:
            i = q.end()
            if body[i:i + 1] in ("?", "+"):
                i += 1                           # lazy or possessive
            if _QUANTIFIER.match(body, i):
                raise _Unsure
        optional = quantifier in ("?", "*") or quantifier.startswith(("{0", "{,", "{}"))
        if required is not None and not optional and _rank(required) is not None:
            found.append(required)
        if options is None or optional:
            runs = _ended(runs, found)
            continue
        runs = _followed(runs, options, found, folded)
        if quantifier:                           # repeated: required once, but the run ends here
            runs = _ended(runs, found)
    _ended(runs, found)
    return found, i


MAX_PRODUCT = 64        # strings in a set of runs, past which the run ends and a new one begins


def _followed(runs, options, found, folded: bool) -> set:
    """Each run followed by each option; past MAX_PRODUCT strings the runs end (into `found`) and the options
    begin new ones."""
    if len(runs) * len(options) > MAX_PRODUCT:
        runs = _ended(runs, found)
    options = {x.casefold() for x in options} if folded else options
    return {r + x for r in runs for x in options}


def _ended(runs, found) -> set:
    """Add the runs (when not empty) to `found` as one requirement; a new, empty run."""
    if runs and "" not in runs:
        found.append(frozenset(runs))
    return {""}


def _plain_group(body: str, i: int):
    """The strings a group at `i` matches when its branches are plain characters ('(?:按照|根据)'), else None.
    A look-around matches no text: None."""
    start = _group_start(body, i)
    if start is None or body.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
        return None
    branches, current, j = set(), "", start
    while j < len(body):
        ch = body[j]
        if ch == ")":
            branches.add(current)
            return branches if "" not in branches else None
        if ch == "|":
            branches.add(current)
            current, j = "", j + 1
        elif ch == "\\" and body[j + 1:j + 2] and body[j + 1] in _ESCAPED_LITERAL:
            current, j = current + body[j + 1], j + 2
        elif ch in "\\()[]{}*+?.^$":
            return None
        else:
            current, j = current + ch, j + 1
    return None


def _group_start(body: str, i: int):
    """Where the branches of the group opening at `i` begin: after (?: (?> (?= (?! (?<= (?<! (?P<name> or
    (; None for any other (? construct (scoped flags, comments, conditionals, recursion …)."""
    head = body[i:i + 4]
    if head.startswith(("(?:", "(?>", "(?=", "(?!")):
        return i + 3
    if head.startswith(("(?<=", "(?<!")):
        return i + 4
    if head.startswith("(?P<") or (head.startswith("(?<") and head[3:4] not in ("=", "!")):
        close = body.find(">", i)
        if close < 0:
            raise _Unsure
        return close + 1
    return None if head.startswith("(?") else i + 1


def _group(body: str, i: int, folded: bool):
    """(the literal set a group at `i` requires where it matches, or None; the index after it). A named
    back-reference, (?P=w), repeats text: no literal of its own."""
    head = body[i:i + 4]
    if head == "(?P=":
        return None, _backreference_end(body, i)
    start = _group_start(body, i)
    if start is None:
        if not SCOPED_FLAGS.match(body, i):
            raise _Unsure                        # flags, comments, conditionals, recursion …
        _, j = _branches(body, SCOPED_FLAGS.match(body, i).end(), folded)
        if j >= len(body) or body[j] != ")":
            raise _Unsure
        return None, j + 1                       # (?i:…): its literals would need other folding
    required, j = _branches(body, start, folded)
    if j >= len(body) or body[j] != ")":
        raise _Unsure
    if head.startswith(("(?!", "(?<!")):
        required = None                          # what must not be there is no requirement
    return required, j + 1


def _line_literals(alternative: str):
    """For an alternative that opens with ^: literals one of which every match has on the line it starts
    on (the part of the pattern before them cannot match a newline), or None. Lines without any cannot
    hold a match, so only the others are tried. Case-sensitive patterns only (folding moves offsets)."""
    flags = FLAGS.match(alternative).group(0)
    if set(flags) & set("xsi"):
        return None
    try:
        found, i, _ = _local(alternative, len(flags))
    except _Unsure:
        return None
    if i != len(alternative) or not found:
        return None
    best = max(found, key=lambda x: (_rank(x), sorted(x)))
    if _rank(best) is None or _rank(best)[0] < 2 or any("\n" in x for x in best):
        return None                              # (a single mark such as ， is on nearly every line)
    return tuple(sorted(best))


_NEWLINE_FREE_ESCAPES = set("dwbBAZzGKmM")      # \d and \w match no newline; the others match nothing


def _local(body: str, i: int):
    """(the literal sets a branch requires before any of its items may match a newline, the index where
    the branch ends, whether an item of it may match a newline)."""
    found, runs, crossed = [], {""}, False
    while i < len(body) and body[i] not in "|)":
        ch, options, required, crosses = body[i], None, None, False
        if ch == "(":
            options = _plain_group(body, i)
            required, crosses, i = _local_group(body, i)
        elif ch == "[":
            j = _skip_class(body, i)
            if j > len(body) or "[:" in body[i + 1:j - 1]:
                raise _Unsure
            content = body[i + 1:j - 1]
            if content.startswith("^"):
                crosses = "\\n" not in content     # [^\n。] matches no newline; [^。] does
            else:
                required = options = _class_chars(content, False)
                crosses = required is None or "\n" in required
            i = j
        elif ch == "\\":
            nxt = body[i + 1:i + 2]
            if nxt and nxt in _ESCAPED_LITERAL:
                options, i = {nxt}, i + 2
            elif nxt and nxt in _NEWLINE_FREE_ESCAPES:
                i += 2
            elif nxt and nxt in _HEX_ESCAPE:
                i, crosses = i + 2 + _HEX_ESCAPE[nxt], True
            elif nxt and nxt in ("p", "P", "N") and body[i + 2:i + 3] == "{":
                end = body.find("}", i)
                if end < 0:
                    raise _Unsure
                i, crosses = end + 1, True
            elif nxt and nxt in _CLASS_ESCAPES:
                i, crosses = i + 2, True         # \s, \W, \n …: may match a newline
            else:
                raise _Unsure
        elif ch in "*+?{":
            raise _Unsure
        elif ch in "^$":
            i += 1
        elif ch == ".":
            i += 1                               # no newline without (?s)
        else:
            options, i = {ch}, i + 1
            crosses = ch == "\n"
        q = _QUANTIFIER.match(body, i)
        quantifier = q.group(0) if q else ""
        if q:
            i = q.end()
            if body[i:i + 1] in ("?", "+"):
                i += 1
            if _QUANTIFIER.match(body, i):
                raise _Unsure
        optional = quantifier in ("?", "*") or quantifier.startswith(("{0", "{,", "{}"))
        if not crossed and required is not None and not optional and _rank(required) is not None:
            found.append(required)
        if options is None or optional or crossed or crosses:
            runs = _ended(runs, found) if not crossed else {""}
        else:
            runs = _followed(runs, options, found, False)
            if quantifier:
                runs = _ended(runs, found)
        crossed = crossed or crosses
    if not crossed:
        _ended(runs, found)
    return found, i, crossed


def _backreference_end(body: str, i: int) -> int:
    """The index after a named back-reference, (?P=w), opening at `i`."""
    end = body.find(")", i)
    if end < 0:
        raise _Unsure
    return end + 1


def _local_group(body: str, i: int):
    """(the literal set a group requires on the line, or None; whether it may match a newline; the
    index after it). A lookaround matches no text: it neither requires nor crosses."""
    head = body[i:i + 4]
    if head == "(?P=":
        return None, True, _backreference_end(body, i)     # (what it repeats may hold a newline)
    around = head.startswith(("(?=", "(?!", "(?<=", "(?<!"))
    start = _group_start(body, i)
    if start is None:
        raise _Unsure
    union, j, crosses = _each_branch(body, start, lambda k: _local(body, k))
    if j >= len(body) or body[j] != ")":
        raise _Unsure
    if around:
        return None, False, j + 1
    return (union if not crosses else None), crosses, j + 1


def _alternatives(pattern: str) -> list:
    """The top-level alternatives of `pattern`, each with the pattern's leading inline flags:
    '(?i)^Tip:|Note to author' → ['(?i)^Tip:', '(?i)Note to author']."""
    flags = FLAGS.match(pattern).group(0)
    body = pattern[len(flags):]
    parts, depth, escaped, in_class, start = [], 0, False, False, 0
    for i, ch in enumerate(body):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return [flags + part for part in parts] if len(parts) > 1 else [pattern]


def _line_starts(text):
    """Offsets where the lines of `text` start."""
    return [0] + [m.end() for m in NEWLINE.finditer(text)]


PATTERN_SECONDS = 5.0     # one pattern over one document; a pattern that backtracks is stopped


def _matches(pat, text, anchored: bool):
    """pat.finditer(text), or, for a line-anchored pattern, its matches as trying each line start in
    turn finds them; either raises TimeoutError after PATTERN_SECONDS."""
    if not anchored:
        return pat.finditer(text, timeout=PATTERN_SECONDS)
    return _searched(pat, text)


def _searched(pat, text) -> list:
    """The matches of a pattern that opens with ^ (multi-line), searched for in C: ^ matches only at line
    starts, even after `pos`, so a search finds the match at the first line start that has one, as trying
    each in turn does. After it, the per-line loop tries the line starts from max(end, i + 1), i being the
    line start tried; i is the match's start, except with \\K, where it is only known to be at most the
    start: then an empty match that ends on a line start leaves it open, and the lines are tried in turn."""
    out, pos, deadline = [], 0, time.monotonic() + PATTERN_SECONDS
    reset = "\\K" in pat.pattern
    while pos <= len(text):
        m = pat.search(text, pos, timeout=max(0.001, deadline - time.monotonic()))
        if not m:
            break
        out.append(m)
        if m.end() > m.start():
            pos = m.end()                    # past the line start tried: end is the match's end
        elif not reset:
            pos = m.start() + 1              # an empty match at line start i: from i + 1
        elif m.end() > 0 and text[m.end() - 1] != "\n":
            pos = m.end()                    # not a line start, so not i: the match's end
        else:
            return list(_tried_per_line(pat, text, _line_starts(text)))
    return out


def _lines_with(doc, text: str, literals) -> list:
    """The starts of the lines of `text` that hold one of the literals, in order (kept per literal)."""
    kept = doc.derived.setdefault(("lines with", text), {})
    starts = set()
    for x in literals:
        if x not in kept:
            found, pos = [], text.find(x)
            while pos >= 0:
                found.append(text.rfind("\n", 0, pos) + 1)
                pos = text.find(x, pos + 1)
            kept[x] = found
        starts.update(kept[x])
    return sorted(starts)


def _tried_per_line(pat, text, lines):
    end = -1
    deadline = time.monotonic() + PATTERN_SECONDS
    for i in lines:
        if i < end:
            continue                     # inside the last match, as finditer would skip it
        m = pat.match(text, i, timeout=max(0.001, deadline - time.monotonic()))
        if m:
            end = max(m.end(), i + 1)
            yield m


def _shows(signals, text, count: int) -> bool:
    """At least `count` matches of the `signals` patterns in `text` (a rule meant for templates finds
    the template's other prompts first: [Client Name], {{owner}}, TBD)."""
    found = 0
    for pat in signals:
        for _ in pat.finditer(text):
            found += 1
            if found >= count:
                return True
    return False


RUN_ON = 80         # characters before a phrase past which its "sentence" is text run together (a page's paragraphs
                    # joined without their marks): the phrase's own clause is reported instead
CLAUSE_END = "，,；;"


def _sentence(text, a, b):
    """Widen [a, b) to the sentence around it, its closing mark included (the expensive
    `[^。]*keyword[^。]*` written as a regex would rescan every sentence at every position); to its clause when
    the sentence runs on for more than RUN_ON characters before it."""
    start, clause = a, None
    while a > 0 and text[a - 1] not in SENTENCE_END and text[a - 1] != "\n":
        if clause is None and text[a - 1] in CLAUSE_END:
            clause = a
        a -= 1
    if clause is not None and start - a > RUN_ON:
        a = clause
    while b < len(text) and text[b - 1] not in SENTENCE_END and text[b] != "\n":
        b += 1
    return a, b


_SPACE_IN_LINE = "[^\\S\\n]"
_SPACE_IN_CLASS = "\\t\\x0b\\x0c\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"


def _within_lines(pattern: str) -> str:
    """`pattern` with each \\s made to match any space but a line break. A paragraph's lines are joined by
    line breaks (and a Word paragraph may hold thousands of them); a \\s* that ran across them would be
    tried from every line start to the end of the text, in quadratic time."""
    out, i, in_class, negated = [], 0, False, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            pair = pattern[i:i + 2]
            if pair == "\\s" and not negated:    # ([^\\s] excludes line breaks already)
                pair = _SPACE_IN_CLASS if in_class else _SPACE_IN_LINE
            out.append(pair)
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class, negated = True, pattern[i + 1:i + 2] == "^"
            out.append(ch)
            if negated:
                out.append("^")
                i += 1
            if pattern[i + 1:i + 2] == "]":      # a ] first in a class is a character
                out.append("]")
                i += 1
        elif ch == "]" and in_class:
            in_class = negated = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _compile(pattern, flags, written=None):
    """The compiled pattern; an error names the pattern as `written` in the pack (not the alternative)."""
    if not isinstance(pattern, str):
        raise ValueError(f"a pattern must be a string, not {pattern!r}")
    regex = rx.engine()
    try:
        return regex.compile(_within_lines(pattern), flags | rx.VERSION0 | rx.MULTILINE)
    except regex.error as exc:
        raise ValueError(f"bad regular expression {written or pattern!r}: {exc}") from None

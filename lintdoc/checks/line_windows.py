"""Which lines an unanchored pattern can match on, by the literals every match needs.

A pattern none of whose parts (look-arounds included) can match or test a newline finds each match
inside one line, with the literal every match needs (`required_literals`) on that line too. Searching only
the lines that hold one of those literals, each with the whole text before it in view and the line's end as
the search's end, finds the same matches as `finditer` over the text: what the pattern sees at a line's
end (`$`, `\\b`, a failed look-ahead) is the same at the text's end as before the newline. The pattern
`请(?:按照|根据)[^。\\n]{1,20}说明` is tried on the few lines holding 请按照 or 请根据, not over a whole draft.

    confined('(?<=\\p{Han})[xX]{2}(?=[年月])') → True     confined('[^。]{2}') → False ([^。] matches "\\n")
"""
from __future__ import annotations

import bisect
import time

from lintdoc.checks.regex_syntax import skip_class

# \p{…} properties that hold no newline (a newline is a control character, Cc, and white space)
_SAFE_PROPERTIES = {"Han", "L", "Lu", "Ll", "Lt", "Lm", "Lo", "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Ps", "Pe",
                    "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Latin", "Greek", "Cyrillic", "Hiragana",
                    "Katakana", "Hangul", "Arabic", "Hebrew"}
_HEX = {"x": 2, "u": 4, "U": 8}
_NO_NEWLINE = set("dwSbBmMKtrfvae") | set(".^$*+?{}[]()|\\-/:、，。：；,;!！？\"'#%&~@=<>`_ 　")
# (outside a class, \A \Z \z \G mean something else when a search starts or ends at a line: not confined)
COVER = 0.5     # candidate lines over this share of the text: one search over the whole text is cheaper


def _escape(body: str, i: int):
    """(what the escape at `i` may match: "newline" (it may match one), "safe" (it matches no newline),
    or "unknown"; its character when it is one; the index after it)."""
    nxt = body[i + 1:i + 2]
    if nxt in ("p", "P"):
        end = body.find("}", i)
        name = body[i + 3:end] if body[i + 2:i + 3] == "{" and end > 0 else ""
        if nxt == "P" or name.split("=")[-1] not in _SAFE_PROPERTIES:
            return "unknown", None, len(body)
        return "safe", None, end + 1
    if nxt and nxt in _HEX:
        digits = body[i + 2:i + 2 + _HEX[nxt]]
        if len(digits) != _HEX[nxt] or not all(c in "0123456789abcdefABCDEF" for c in digits):
            return "unknown", None, len(body)
        return "safe", chr(int(digits, 16)), i + 2 + len(digits)
    if nxt in "123456789" and nxt and not body[i + 2:i + 3].isdigit():
        return "safe", None, i + 2               # a back-reference repeats what the pattern matched
    if nxt == "n" or nxt == "s":
        return "newline", "\n" if nxt == "n" else None, i + 2
    if nxt and nxt in _NO_NEWLINE:
        return "safe", nxt if not nxt.isalpha() else None, i + 2
    return "unknown", None, len(body)


def confined(alternative: str) -> bool:
    """Whether no part of `alternative` can match or test a newline (see the module's docstring); anything
    not understood answers False."""
    i, n = 0, len(alternative)
    while i < n:
        ch = alternative[i]
        if ch == "\\":
            kind, char, i = _escape(alternative, i)
            if kind != "safe" or char == "\n":
                return False
            continue
        if ch == "[":
            j = skip_class(alternative, i)
            if j > n or not _class_confined(alternative[i + 1:j - 1]):
                return False
            i = j
            continue
        if ch == "\n":
            return False
        if alternative.startswith("(?", i):
            head = alternative[i + 2:i + 3]
            if head in ("#", "(", "R", "&") or head.isdigit() or alternative.startswith("(?P=", i) or \
                    alternative.startswith("(?P>", i):
                return False                     # comments, conditionals, recursion, back-references
            if head in "aiLmsux-":
                close = min((k for k in (alternative.find(")", i), alternative.find(":", i)) if k > 0), default=-1)
                if close < 0 or "s" in alternative[i + 2:close].split("-")[0] or "x" in alternative[i + 2:close]:
                    return False                 # (?s): . matches a newline; (?x): blanks and # mean other things
        i += 1
    return True


def _class_confined(content: str) -> bool:
    """Whether the class `[content]` matches no newline: a negated one names it (\\n, \\s), a plain one
    holds nothing that matches it (nor a range across it)."""
    negated = content.startswith("^")
    i, previous, excludes = (1 if negated else 0), None, False
    while i < len(content):
        ch = content[i]
        if ch == "\\":
            kind, char, i = _escape(content, i)
            if kind == "unknown":
                return False
            if kind == "newline":
                excludes = True
                if not negated:
                    return False
                previous = None
                continue
        elif content.startswith("[:", i):
            return False
        else:
            char, i = ch, i + 1
        if char == "\n":
            if not negated:
                return False
            excludes = True
        if char == "-" and previous is not None and i < len(content):
            if content[i] == "\\":
                _, end, i = _escape(content, i)
            else:
                end, i = content[i], i + 1
            if end is None:
                return False
            if ord(previous) <= 10 <= ord(end):
                if not negated:
                    return False
                excludes = True
            previous = None
            continue
        previous = char
    return excludes if negated else True


def _folded_line_map(doc, text: str):
    """The case-folded form of `text` and the offsets of its newlines (folding moves
    offsets but keeps every newline, so the k-th newline of one is the k-th of the other)."""
    key = ("folded lines", text)
    kept = doc.derived.get(key)
    if kept is None:
        folded = text.casefold()
        kept = doc.derived[key] = (folded, _newlines(folded))
    return kept


def windows(doc, text: str, requirements: tuple, folded: bool):
    """[(start, end)] of the runs of lines of `text` that hold one literal of each requirement (of its
    case-folded form when `folded`), end being the offset of the run's last newline or the text's end;
    None when they cover more than COVER of the text."""
    key = ("windows", text, requirements, folded)
    if key in doc.derived:
        return doc.derived[key]
    starts = None
    for literals in requirements:
        held = _lines_holding(doc, text, literals, folded)
        starts = held if starts is None else starts & held
    runs, covered = [], 0
    for start in sorted(starts):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if runs and runs[-1][1] + 1 == start:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
        covered += end - start + 1
    result = None if covered > COVER * len(text) else runs
    doc.derived[key] = result
    return result


def _lines_holding(doc, text: str, literals: tuple, folded: bool) -> set:
    """The starts of the lines of `text` holding one of `literals`."""
    haystack, newlines = _folded_line_map(doc, text) if folded else (text, None)
    starts = set()
    for x in literals:
        pos = haystack.find(x)
        while pos >= 0:
            if folded:
                starts.add(_line_starts(doc, text)[bisect.bisect_left(newlines, pos)])
            else:
                starts.add(haystack.rfind("\n", 0, pos) + 1)
            nl = haystack.find("\n", pos)
            if nl < 0:
                break
            pos = haystack.find(x, nl + 1)                              # the next line with it
    return starts


def _newlines(text: str) -> list:
    out, pos = [], text.find("\n")
    while pos >= 0:
        out.append(pos)
        pos = text.find("\n", pos + 1)
    return out


def _line_starts(doc, text: str) -> list:
    key = ("line starts", text)
    starts = doc.derived.get(key)
    if starts is None:
        starts = doc.derived[key] = [0] + [i + 1 for i in _newlines(text)]
    return starts


def searched_in(pat, text: str, runs, seconds: float):
    """The matches of `pat` in the runs of lines, in order (as `pat.finditer(text)` finds them, the
    pattern being `confined`); TimeoutError after `seconds`."""
    deadline = time.monotonic() + seconds
    for start, end in runs:
        yield from pat.finditer(text, start, end, timeout=max(0.001, deadline - time.monotonic()))

"""Which lines a ^-anchored pattern can match on, by the first character after the line's blanks.

`regex` scans a `(?m)^…` pattern at every position of a text (~16 ns a character), though it can only
match at line starts. Most such patterns need a particular kind of first non-blank character: a digit
(`^\\s*\\d{1,3}\\s*$`, a page number), 篇/第 (`^篇\\d`), a mark (`^[：，。]`). `leaders(…)` works that set out
from the pattern; `lines_led_by(…)` lists the lines whose first non-blank character is in it, and only
those are tried. Anything the analysis does not understand gives None: every line is tried.

    leaders('^[ \\u3000]*(?:篇|第)\\d')  → ({'篇', '第'}, no digits)   tries "篇一 …", not "一年来，…"
    leaders('^[^\\S\\n]*$')            → None (a blank line has no first character)
"""
from __future__ import annotations

from lintdoc.checks.regex_syntax import ESCAPED_LITERAL, HEX_ESCAPE, class_chars, skip_class, skip_group

# what is stripped before a line's first character: every character regex's [^\S\n] matches, and more
# (tests/test_prefilter.py checks that), so the stripped run holds any blanks a pattern skips
BLANKS = "\t\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u180e" + "".join(map(chr, range(0x2000, 0x200c))) + \
    "\u2028\u2029\u202f\u205f\u3000\ufeff"
_ZERO_WIDTH = set("bBAGK")                      # escapes that consume nothing
_CAP = 64                                       # a class of more characters than this: not worth it


class _Unsure(Exception):
    pass


class Leaders:
    """The characters one of which opens every match's line (after blanks); `digits`: or any digit;
    `folded`: compared case-insensitively (ASCII letters only; any other character is let through)."""
    __slots__ = ("chars", "digits", "folded")

    def __init__(self, chars, digits: bool, folded: bool):
        self.chars = frozenset(c.lower() for c in chars) if folded else frozenset(chars)
        self.digits, self.folded = digits, folded

    def admits(self, c: str) -> bool:
        if self.folded:
            if not c.isascii() and c.lower() != c.upper():
                return True                      # a cased letter may fold to one of the characters
            c = c.lower()
        return c in self.chars or (self.digits and c.isdigit())


def leaders(alternative: str, ignorecase: bool) -> Leaders | None:
    """The Leaders of an alternative opening with ^ (after inline flags), or None."""
    i = 0
    while alternative.startswith("(?", i) and alternative.find(")", i) > 0 and \
            set(alternative[i + 2:alternative.find(")", i)]) <= set("aiLmsux"):
        flags = alternative[i + 2:alternative.find(")", i)]
        if "x" in flags:
            return None
        ignorecase = ignorecase or "i" in flags
        i = alternative.find(")", i) + 1
    if not alternative.startswith("^", i):
        return None
    try:
        chars, digits, nullable, _ = _first(alternative, i + 1)
    except (_Unsure, IndexError, ValueError):
        return None
    if nullable or any(c in BLANKS or c == "\n" for c in chars):
        return None
    if ignorecase and any(not c.isascii() and c.lower() != c.upper() for c in chars):
        return None
    return Leaders(chars, digits, ignorecase)


def _first(body: str, i: int):
    """(characters, digits, whether it may consume only blanks, end) of the sequence from `i` to its `|`,
    `)` or end: what its first non-blank character may be."""
    chars, digits = set(), False
    while i < len(body) and body[i] not in "|)":
        item, i = _item(body, i)
        optional = False
        if i < len(body) and body[i] in "*+?{":
            if body[i] == "{":
                close = body.index("}", i)
                least = body[i + 1:close].split(",")[0]
                optional = not least.isdigit() or int(least) == 0     # not a count: as if optional
                i = close + 1
            else:
                optional = body[i] in "*?"
                i += 1
            if i < len(body) and body[i] in "?+":
                i += 1                           # lazy or possessive
        if item is None:                         # zero-width or blanks only: look further
            continue
        item_chars, item_digits, item_nullable = item
        chars |= item_chars
        digits = digits or item_digits
        if not (optional or item_nullable):
            return chars, digits, False, _branch_end(body, i)
    return chars, digits, True, i


def _item(body: str, i: int):
    """((characters, digits, nullable) or None when the item consumes nothing or only blanks, index after it)."""
    ch = body[i]
    if ch == "[":
        j = skip_class(body, i)
        if j > len(body):
            raise _Unsure                        # not closed
        content = body[i + 1:j - 1]
        if content == "^\\S\\n":
            return None, j                       # blanks
        chars = class_chars(content, False)
        if chars is None or len(chars) > _CAP:
            raise _Unsure                        # negated, \d \p{…} inside, or a wide range: not worth it
        return (None if chars <= set(BLANKS) else (set(chars), False, False)), j
    if ch == "\\":
        nxt = body[i + 1]
        if nxt == "d":
            return (set(), True, False), i + 2
        if nxt in _ZERO_WIDTH:
            return None, i + 2
        if nxt in HEX_ESCAPE:
            end = i + 2 + HEX_ESCAPE[nxt]
            if len(body[i + 2:end]) != HEX_ESCAPE[nxt]:
                raise _Unsure
            return ({chr(int(body[i + 2:end], 16))}, False, False), end     # (bad digits: ValueError)
        if nxt in ESCAPED_LITERAL:
            return ({nxt}, False, False), i + 2
        raise _Unsure                            # \s \w \p{…} \x… back-references: not a known set
    if ch == "(":
        head = body[i:i + 4]
        if head.startswith(("(?=", "(?!", "(?<=", "(?<!")):
            return None, skip_group(body, i)     # an assertion consumes nothing
        if head.startswith("(?:") or head.startswith("(?>"):
            start = i + 3
        elif head.startswith("(?P<"):
            start = body.index(">", i) + 1
        elif head.startswith("(?"):
            raise _Unsure
        else:
            start = i + 1
        chars, digits, nullable = set(), False, False
        j = start
        while True:
            c, d, n, j = _first(body, j)
            chars |= c
            digits, nullable = digits or d, nullable or n
            if body[j] == ")":
                return (chars, digits, nullable), j + 1
            j += 1                               # past |
    if ch in ".$^":
        raise _Unsure
    return (None if ch in BLANKS else ({ch}, False, False)), i + 1


def _branch_end(body: str, i: int) -> int:
    """The index of the `|` or `)` that ends the branch going on at `i`, or the end of `body`."""
    j = i
    while j < len(body) and body[j] not in "|)":
        ch = body[j]
        j = j + 2 if ch == "\\" else skip_class(body, j) if ch == "[" else skip_group(body, j) if ch == "(" else j + 1
    return j


def lines_led_by(doc, text: str, lead: Leaders) -> list:
    """The starts of the lines of `text` whose first non-blank character `lead` admits, in order."""
    index = doc.derived.get(("line leaders", text))
    if index is None:
        index, pos = {}, 0
        for line in text.split("\n"):
            first = line.lstrip(BLANKS)[:1]
            if first:
                index.setdefault(first, []).append(pos)
            pos += len(line) + 1
        doc.derived[("line leaders", text)] = index
    if lead.folded or lead.digits:
        found = [starts for c, starts in index.items() if lead.admits(c)]
    else:                               # (the usual case: look up its few characters, not every line's)
        found = [index[c] for c in lead.chars if c in index]
    if len(found) == 1:
        return found[0]
    return sorted(s for starts in found for s in starts)


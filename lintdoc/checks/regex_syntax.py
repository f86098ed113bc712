"""Walking over a regular expression's text: where a character class or a group that opens at an index ends.
Shared by the pattern rules' literal prefilter and their line-leader analysis.

    skip_class('[^]a]x', 0) → 5        skip_group('(?:a|(b))c', 0) → 9
"""
from __future__ import annotations

ESCAPED_LITERAL = set(".^$*+?{}[]()|\\-/:、，。：；,;!！？\"'#%&~@=<>`_ 　")   # \. \( \、 …: the character itself
HEX_ESCAPE = {"x": 2, "u": 4, "U": 8}                                       # \xNN \uNNNN \UNNNNNNNN: its digits
CONTROL_ESCAPE = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v"}        # \t in a class: a tab


def skip_class(body: str, i: int) -> int:
    """The index after the character class that opens at `i`."""
    j = i + 1
    if body[j:j + 1] == "^":
        j += 1
    if body[j:j + 1] == "]":
        j += 1                                   # a ] first in the class is a character
    while j < len(body) and body[j] != "]":
        j += 2 if body[j] == "\\" else 1
    return j + 1


def skip_group(body: str, i: int) -> int:
    """The index after the group that opens at `i` (the end of `body` when it is not closed)."""
    depth, j = 0, i
    while j < len(body):
        ch = body[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = skip_class(body, j)
            continue
        depth += ch == "("
        depth -= ch == ")"
        j += 1
        if depth == 0:
            return j
    return j


def _hex(content: str, i: int):
    """(the character of the \\xNN, \\uNNNN or \\UNNNNNNNN escape at `i`, or None; the index after it)."""
    width = HEX_ESCAPE[content[i + 1]]
    digits = content[i + 2:i + 2 + width]
    if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
        return None, i
    return chr(int(digits, 16)), i + 2 + width


RANGE_MAX = 256     # characters in a range of a class past which its characters are not listed


def class_chars(content: str, folded: bool):
    """The characters a class `[content]` matches, as a literal set, or None when it is negated or
    holds anything but plain characters, escaped punctuation, \\uXXXX and ranges of up to RANGE_MAX."""
    if content.startswith("^"):
        return None
    chars, i = [], 0
    while i < len(content):
        ch, escaped = content[i], content[i] == "\\"
        if escaped:
            nxt = content[i + 1:i + 2]
            if nxt and nxt in ESCAPED_LITERAL:
                ch, i = nxt, i + 2
            elif nxt and nxt in CONTROL_ESCAPE:
                ch, i = CONTROL_ESCAPE[nxt], i + 2
            elif nxt and nxt in HEX_ESCAPE:
                ch, i = _hex(content, i)
                if ch is None:
                    return None
            else:
                return None                      # \d, \s, \p{…}: not a set of known characters
        else:
            i += 1
        if ch == "-" and not escaped and chars and i < len(content):
            end = content[i]
            if end == "\\" and content[i + 1:i + 2] in HEX_ESCAPE:          # a range to \uXXXX
                end, after = _hex(content, i)
                if end is None:
                    return None
                i = after - 1
            elif end == "\\":
                return None
            if 0 > ord(end) - ord(chars[-1]) or ord(end) - ord(chars[-1]) > RANGE_MAX:
                return None
            chars.extend(chr(c) for c in range(ord(chars[-1]) + 1, ord(end) + 1))
            i += 1
            continue
        chars.append(ch)
    if not chars:
        return None
    return frozenset(c.casefold() if folded else c for c in chars)

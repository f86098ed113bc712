"""Spans of a text: asked whether one of them covers a range, in log time; adjacent ones joined."""
from __future__ import annotations

import bisect


class Spans:
    """Spans of a paragraph, asked whether one covers [a, b) in log time (a paragraph of thousands of
    candidates must not compare each with every exception)."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [x for x, _ in spans]
        self.reach, furthest = [], -1
        for _, y in spans:
            furthest = max(furthest, y)
            self.reach.append(furthest)

    def cover(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, a) - 1
        return i >= 0 and self.reach[i] >= b


def joined(spans) -> list:
    """Spans in order with those that touch made one: [(0, 2), (2, 4), (6, 8)] → [(0, 4), (6, 8)]."""
    out = []
    for start, end in spans:
        if out and out[-1][1] == start:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out

"""Rule kind `table_figures`: a stand-in left in a figure column of a table (XX, N, ??, x.x).

A column is a figure column when at least two of its data cells (every row but the first) hold
numbers, or one does and the others hold masks or nothing (a short table's | 0.6 | xxx |), and no fewer
than hold masks; a cell there that holds only a mask is a figure not filled in. A dash (—, －, -) counts
only when `dashes` is on: Chinese statistical tables use it for "none".

A template's table often has no figures at all: there the letters of a row stand for them when the row
holds X and also Y or Z (| New Members | X | Y |, | Fees | €X | €Y | +/-€Z |); an X alone is a tick.

Fails: | 培训人次 | 120 | XX | 85 |; | Members | X% | Y% |. Passes: | 培训人次 | 120 | 96 | 85 |; | 负责人 | 王丽 | N | in a
column of figures (a lone N or X counts where the row's other figures are figures, or it is the row's only
one: | 公司活动 | N | 团建 | fails); | Export to PDF | X | |.
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.checks.base import Rule

LETTER = rx.compile(r"^(?:\+/-|[+\-±])?[$€£¥]?([XYZ])%?$")   # a figure's stand-in letter: X, €Y, +/-€Z, Y%
NUMBER = rx.compile(r"^[\s$€£¥+\-−]*\d[\d,，.．]*\s*(?:%|％|万元|亿元|元|人|个|次|项|家|户|件|[KkMm])?\s*$")


class TableFiguresRule(Rule):
    KIND = "table_figures"
    DEFAULT_CATEGORY = "unfilled-figure"
    OPTIONS = {"masks": (list, ["XX", "xx", "XXX", "xxx", "X", "x", "N", "NN", "??", "？？", "x.x", "X.X", "XX.X", "XX%",
                                "xx%", "X%", "N%", "TBD", "TBC", "**", "***"]),
               "dashes": (bool, False), "min_numbers": (int, 2), "letters": (bool, True)}

    def setup(self):
        masks = set(self.options["masks"])
        if self.options["dashes"]:
            masks |= {"—", "－", "-", "--", "——"}
        self.masks = masks

    def check(self, doc):
        columns: dict = {}
        rows: dict = {}
        for p in doc.paragraphs:
            if p.table is None or p.table[1] == 1 or p.part not in self.scope:
                continue                      # the first row holds the column titles
            columns.setdefault((p.story, p.table[0], p.table[2]), []).append(p)
            rows.setdefault((p.story, p.table[0], p.table[1]), []).append(p)
        figure_columns, masked = set(), []
        for key, cells in columns.items():
            texts = [c.text.strip() for c in cells]
            numbers = sum(1 for t in texts if NUMBER.match(t))
            masks = [c for c, t in zip(cells, texts) if t in self.masks]
            only_figures = numbers + len(masks) + texts.count("") == len(texts)    # (a short table: | 0.6 | xxx |)
            if (numbers >= self.options["min_numbers"] or numbers and only_figures) and numbers >= len(masks):
                figure_columns.add(key)
                masked += masks
        for c in masked:
            if len(c.text.strip()) == 1 and not _in_a_row_of_figures(c, rows, figure_columns):
                continue
            yield self._finding(doc, c)
        if self.options["letters"]:
            for cells in rows.values():
                letters = [(c, m.group(1)) for c in cells if (m := LETTER.match(c.text.strip()))]
                found = {x for _, x in letters}
                if "X" in found and found & {"Y", "Z"}:
                    for c, _ in letters:
                        yield self._finding(doc, c)

    def _finding(self, doc, cell):
        start = len(cell.text) - len(cell.text.lstrip())
        return self.finding(doc, cell, start, len(cell.text.rstrip()))


def _in_a_row_of_figures(cell, rows, figure_columns) -> bool:
    """A lone N or X stands for a figure when its row's cells in the table's other figure columns hold figures
    (| 培训人次 | 120 | N |), or when it is its row's only figure (| 公司活动 | N | 员工运动会、团建 |); not when they
    hold words (| 负责人 | 王丽 | N |)."""
    others = [q for q in rows[(cell.story, cell.table[0], cell.table[1])]
              if q is not cell and (q.story, q.table[0], q.table[2]) in figure_columns]
    return not others or any(NUMBER.match(q.text.strip()) for q in others)

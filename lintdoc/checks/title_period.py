"""Rule kind `title_period`: the period a title names must make sense and agree with the body.

Reports a quarter or month that does not exist (2024年第五季度, 2024年13月) and a summary whose
body reports on another year than its title ("现将2023年工作总结如下" under a 2024 title).

Fails: 区委宣传部2024年第五季度工作总结. Passes: 区委宣传部2024年第一季度工作总结.
"""
from __future__ import annotations


from lintdoc import rx
from lintdoc.checks.base import Rule, localized
from lintdoc.outline import cn_to_int

QUARTER = rx.compile(r"第([一二三四五六七八九十\d]{1,2})季度")
MONTH = rx.compile(r"(?<!\d)(\d{1,2})月份?")
YEAR = rx.compile(r"(?<!\d)((?:19|20)\d\d)年")


class TitlePeriodRule(Rule):
    KIND = "title_period"
    DEFAULT_CATEGORY = "structure"
    OPTIONS = {"body_period": (list, []), "summary_title": ((str, type(None)), None),
               "mismatch_message": ((str, dict), "")}

    def setup(self):
        regex = rx.engine()
        self.body_period = [regex.compile(p) for p in self.options["body_period"]]
        self.summary_title = regex.compile(self.options["summary_title"]) if self.options["summary_title"] else None

    def check(self, doc):
        title = next((p for p in doc.paragraphs if p.is_title), None)
        if title is None:
            return
        for m in QUARTER.finditer(title.text):
            n = int(m.group(1)) if m.group(1).isdigit() else cn_to_int(m.group(1))
            if not n or n > 4:
                yield self.finding(doc, title, m.start(), m.end())
        for m in MONTH.finditer(title.text):
            if not 1 <= int(m.group(1)) <= 12:
                yield self.finding(doc, title, m.start(), m.end())
        years = {m.group(1) for m in YEAR.finditer(title.text)}
        if not years or (self.summary_title and not self.summary_title.search(title.text)):
            return
        for p in doc.body():
            if p is title:
                continue
            for pattern in self.body_period:
                m = pattern.search(p.text)
                if m and m.group("year") not in years:
                    start, end = m.span("year")
                    yield self.finding(doc, p, start, end, title_years="、".join(sorted(years)),
                                       message=localized(self.options["mismatch_message"], doc.language))
                    return

"""Rebuild the .docx and .txt samples in this folder: `python samples/build_samples.py`.

The samples are committed; this script documents how they were made (python-docx plus the
raw XML it has no API for: automatic numbering, a content control, a tracked insertion)."""
from __future__ import annotations

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from docx.shared import Pt  # noqa: E402

from docx_fixtures import (GB_LEVELS, abstract, control, ins, new_document, num, numbered,  # noqa: E402
                           raw_paragraph, run, set_numbering)


def summary(path, clean: bool):
    doc = new_document()
    set_numbering(doc, abstract(1, GB_LEVELS), num(1, 1))
    doc.sections[0].header.paragraphs[0].text = "区委宣传部"
    title = doc.add_paragraph()
    title.style = doc.styles["Title"]
    title.add_run("区委宣传部2024年工作总结" if clean else "区委宣传部20xx年工作总结").font.size = Pt(22)
    doc.add_paragraph("2024年，在区委的正确领导下，我部围绕中心、服务大局，各项工作取得了新的进展。现将全年工作总结如下：")
    numbered(doc, "主要成绩", 1, 0)
    numbered(doc, "理论武装持续深化", 1, 1)
    doc.add_paragraph("全年组织区委理论学习中心组集体学习12次，举办专题培训班3期，培训党员干部560名。"
                      if clean else "全年组织区委理论学习中心组集体学习x次，举办专题培训班3期，培训党员干部x名。")
    numbered(doc, "新闻宣传有声有色", 1, 1)
    doc.add_paragraph("一是主题宣传重点突出，在省级以上媒体刊发稿件86篇。二是网络宣传持续发力，"
                      "“文明禅城”公众号关注人数同比增长35%。" if clean else
                      "一是主题宣传重点突出，在省级以上媒体刊发稿件86篇。三是网络宣传持续发力，"
                      "“文明xx”公众号关注人数同比增长**%。")
    table = doc.add_table(rows=3, cols=3)
    table.style = doc.styles["Table Grid"]
    rows = [("指标", "目标", "完成"), ("媒体稿件（篇）", "80", "86"),
            ("培训人次", "500", "560" if clean else "____")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    if clean:
        numbered(doc, "存在的问题", 1, 0)
        doc.add_paragraph("一是理论宣讲的针对性还不够强；二是基层宣传队伍力量相对薄弱，专业人才不足。")
    numbered(doc, "下一步工作打算", 1, 0)
    numbered(doc, "加强理论武装", 1, 1)
    doc.add_paragraph("持续推进党的创新理论进机关、进社区、进企业，全年开展宣讲活动不少于100场。")
    numbered(doc, "提升宣传实效", 1, 1)
    if clean:
        doc.add_paragraph("健全重大主题宣传策划机制，打造一批有影响力的融媒体作品。")
        doc.add_paragraph("区委宣传部")
        doc.add_paragraph("2025年1月10日")
    else:
        raw_paragraph(doc, run("健全重大主题宣传策划机制，") + ins(run("打造一批有影响力的融媒体作品。")))
        raw_paragraph(doc, run("负责人：") + control(run("单击或点击此处输入文字。", '<w:rStyle w:val="PlaceholderText"/>'),
                                                      placeholder=True))
    doc.save(path)


def plan_txt(path):
    text = """区委办公室2025年上半年工作计划

根据区委全年工作部署，结合我办实际，现将上半年工作计划报告如下：

一、加强统筹协调

（一）完善工作机制。建立周调度、月通报制度，确保各项任务按时完成。

（二）提升服务质量。一是优化文稿起草流程；二是加强督查督办；三是做好会务保障。

三、强化队伍建设

（一）加强学习培训。每月组织集中学习不少于2次，全年培训干部x名。

（一）严格日常管理。落实请销假和考勤制度。

区委办公室
2025年1月8日
"""
    path.write_bytes(text.encode("gb18030"))   # Chinese text files are often GBK/GB18030


def from_template(path, variant):
    """The annual-summary template (variant "template"), a draft filled in correctly ("filled"), and
    one with a section deleted, an instruction left, a control unfilled and table cells empty ("faulty")."""
    doc = new_document()
    set_numbering(doc, abstract(1, GB_LEVELS), num(1, 1))
    template, filled = variant == "template", variant == "filled"
    title = doc.add_paragraph()
    title.style = doc.styles["Title"]
    title.add_run("【单位名称】2024年工作总结" if template else "区委宣传部2024年工作总结")
    numbered(doc, "主要成绩", 1, 0)
    doc.add_paragraph("（此处填写本年度主要工作和成绩，500字以内）" if not filled else
                      "全年组织中心组集体学习12次，举办专题培训班3期，培训党员干部560名，在省级以上媒体刊发稿件86篇。")
    table = doc.add_table(rows=3, cols=3)
    table.style = doc.styles["Table Grid"]
    values = [("指标", "目标", "完成"), ("媒体稿件（篇）", "80" if not template else "", "86" if filled else ""),
              ("培训人次", "500" if not template else "", "560" if filled else "")]
    for r, row in enumerate(values):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    if variant != "faulty":
        numbered(doc, "存在的问题", 1, 0)
        if filled:
            doc.add_paragraph("一是理论宣讲的针对性还不够强；二是基层宣传队伍力量相对薄弱，专业人才不足。")
        else:
            raw_paragraph(doc, control(run("单击或点击此处输入文字。", '<w:rStyle w:val="PlaceholderText"/>'),
                                       placeholder=True))
    numbered(doc, "下一步工作打算", 1, 0)
    doc.add_paragraph("[请填写下一年度工作思路]" if not filled else
                      "持续推进党的创新理论进机关、进社区、进企业，全年开展宣讲活动不少于100场。")
    doc.save(path)


if __name__ == "__main__":
    summary(HERE / "zh-annual-summary-clean.docx", clean=True)
    summary(HERE / "zh-annual-summary-draft.docx", clean=False)
    plan_txt(HERE / "zh-work-plan-gbk.txt")
    (HERE / "templates").mkdir(exist_ok=True)
    from_template(HERE / "templates" / "annual-summary-template.docx", "template")
    (HERE / "from-template").mkdir(exist_ok=True)
    from_template(HERE / "from-template" / "summary-filled.docx", "filled")
    from_template(HERE / "from-template" / "summary-faulty.docx", "faulty")
    print("samples rebuilt in", HERE)

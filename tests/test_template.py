"""Checking drafts against their template, and checking templates themselves."""
import json
import pathlib

import pytest

from docx_fixtures import (GB_LEVELS, abstract, control, new_document, num, numbered, raw_paragraph, run,
                           set_numbering)
from lintdoc.cli import main

SECTIONS = [("主要成绩", "全年组织中心组集体学习12次，举办专题培训班3期，培训党员干部560名。"),
            ("存在的问题", "一是理论宣讲的针对性还不够强；二是基层宣传队伍力量相对薄弱。"),
            ("下一步工作打算", "持续推进党的创新理论进机关、进社区、进企业，全年开展宣讲活动不少于100场。")]


def build(path, *, template=False, drop=None, swap=False, rename=None, leave_instruction=False,
          leave_control=False, empty_cells=False):
    doc = new_document()
    set_numbering(doc, abstract(1, GB_LEVELS), num(1, 1))
    title = doc.add_paragraph("【单位名称】2024年工作总结" if template else "区委宣传部2024年工作总结")
    title.style = doc.styles["Title"]
    sections = [s for s in SECTIONS if s[0] != drop]
    if swap:
        sections[1], sections[2] = sections[2], sections[1]
    for name, body in sections:
        numbered(doc, rename.get(name, name) if rename else name, 1, 0)
        if name == "主要成绩":
            doc.add_paragraph("（此处填写本年度主要工作和成绩）" if template or leave_instruction else body)
            table = doc.add_table(rows=2, cols=2)
            table.cell(0, 0).text, table.cell(0, 1).text = "指标", "完成"
            table.cell(1, 0).text = "培训人次"
            table.cell(1, 1).text = "" if template or empty_cells else "560"
        elif name == "存在的问题" and (template or leave_control):
            raw_paragraph(doc, control(run("单击或点击此处输入文字。"), placeholder=True))
        else:
            doc.add_paragraph(body)
    doc.save(path)
    return path


@pytest.fixture
def template(tmp_path):
    return build(tmp_path / "template.docx", template=True)


def findings(capsys, template, draft):
    main(["check", "--no-cache", "--quiet", "--format", "json", "--template", str(template), str(draft)])
    return [(f["rule"], f["category"], f["match"]) for f in json.loads(capsys.readouterr().out)["files"][0]["findings"]]


def test_correctly_filled_draft_gives_nothing(tmp_path, capsys, template):
    assert findings(capsys, template, build(tmp_path / "ok.docx")) == []


@pytest.mark.parametrize("variant,expected", [
    ({"drop": "存在的问题"}, [("template-match", "missing-section", "区委宣传部2024年工作总结")]),
    ({"swap": True}, [("template-match", "structure", "下一步工作打算")]),
    ({"rename": {"存在的问题": "其他情况"}}, [("template-match", "structure", "其他情况")]),
    ({"leave_instruction": True}, [("template-match", "placeholder", "（此处填写本年度主要工作和成绩）")]),
    ({"leave_control": True}, [("placeholder-control", "placeholder", "单击或点击此处输入文字。"),
                               ("document-state", "revision", "单击或点击此处输入文字。")]),
    ({"empty_cells": True}, [("template-match", "placeholder", "")]),
])
def test_each_defect_gives_exactly_its_finding(tmp_path, capsys, template, variant, expected):
    got = findings(capsys, template, build(tmp_path / "draft.docx", **variant))
    assert sorted(got) == sorted(expected)


def test_missing_section_carries_the_template_section(tmp_path, capsys, template):
    draft = build(tmp_path / "d.docx", drop="下一步工作打算")
    main(["check", "--no-cache", "--quiet", "--format", "json", "--template", str(template), str(draft)])
    f = json.loads(capsys.readouterr().out)["files"][0]["findings"][0]
    assert f["section"] == "template:下一步工作打算" and "下一步工作打算" in f["message"]


def test_markdown_template_and_template_in_config_per_glob(tmp_path, capsys):
    (tmp_path / "tpl.md").write_text("# Q3 Status Report — [Project Name]\n\n## Highlights\n\n[Describe the quarter]\n\n"
                                     "## Risks\n\n[List the risks]\n\n## Next Steps\n\n[What comes next]\n", encoding="utf-8")
    (tmp_path / ".lintdoc.yaml").write_text("overrides:\n  - files: ['reports/**']\n    template: tpl.md\n",
                                            encoding="utf-8")
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "q3.md").write_text("# Q3 Status Report — Billing\n\n## Highlights\n\nShipped onboarding to all users.\n\n"
                                                "## Next Steps\n\n[What comes next]\n", encoding="utf-8")
    main(["check", "--no-cache", "--quiet", "--format", "json", str(tmp_path / "reports")])
    got = [(f["rule"], f["match"]) for f in json.loads(capsys.readouterr().out)["files"][0]["findings"]]
    assert ("template-match", "Q3 Status Report — Billing") in got          # Risks missing (on the title)
    assert ("template-match", "[What comes next]") in got


def test_template_profile(tmp_path, capsys, template):
    assert main(["check", "--no-cache", "--quiet", "--profile", "template", str(template)]) == 0
    capsys.readouterr()
    incomplete = build(tmp_path / "incomplete-template.docx", template=True, drop="存在的问题")
    main(["check", "--no-cache", "--quiet", "--format", "json", "--profile", "template", str(incomplete)])
    got = [(f["rule"], f.get("section")) for f in json.loads(capsys.readouterr().out)["files"][0]["findings"]]
    assert got == [("required-sections", "shortcomings")]


def test_samples_template_and_drafts(capsys):
    samples = pathlib.Path(__file__).resolve().parent.parent / "samples"
    main(["check", "--no-cache", "--quiet", "--format", "json", "--template",
          str(samples / "templates" / "annual-summary-template.docx"), str(samples / "from-template")])
    files = {pathlib.Path(f["path"]).name: f["findings"] for f in json.loads(capsys.readouterr().out)["files"]}
    assert files["summary-filled.docx"] == [] and len(files["summary-faulty.docx"]) == 5

"""Reviewed copies: every finding as a Word comment on exactly the offending text."""
import hashlib
import json
import shutil
import zipfile

import docx
import pytest

from conftest import lint_file, soffice
from docx_fixtures import (GB_LEVELS, abstract, control, ins, new_document, num, numbered, raw_paragraph, run,
                           set_numbering)
from lintdoc.cli import main
from lintdoc.readers import read_document
from lintdoc.writers.docx_annotator import annotate
from review_helpers import anchored_comments, part_bytes

SAMPLES = __import__("pathlib").Path(__file__).resolve().parent.parent / "samples"


def rich_draft(path):
    """Findings in plain runs, a bold run split across, a table, a header, a content control, a
    tracked insertion, an automatic label, and an existing reviewer comment."""
    doc = new_document()
    set_numbering(doc, abstract(1, GB_LEVELS), num(1, 1))
    doc.add_paragraph("区委宣传部20xx年工作总结")
    numbered(doc, "主要成绩", 1, 0)
    raw_paragraph(doc, run("全年培训干") + run("部x名，完", "<w:b/>") + run("成投资**万元。"))
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "负责单位"
    table.cell(0, 1).text = "xx局"
    raw_paragraph(doc, run("联系人：") + control(run("单击或点击此处输入文字。"), placeholder=True))
    raw_paragraph(doc, run("推进") + ins(run("xx区")) + run("创建工作。"))
    numbered(doc, "下一步打算", 1, 0)
    numbered(doc, "再一项", 1, 0)
    numbered(doc, "存在问题", 1, 0)  # out of order: reported on a paragraph as a whole
    p = doc.add_paragraph("请核实本段数字。")
    doc.add_comment(p.runs, text="原有批注", author="张三")
    doc.sections[0].header.paragraphs[0].text = "xx区委宣传部"
    doc.save(path)
    return path


def check_copy(source, target, findings):
    comments = anchored_comments(target)
    ours = [v for v in comments.values() if v[0] == "lintdoc"]
    assert len(ours) == len(findings)
    doc = read_document(source)
    for f in findings:
        in_main = f.paragraph is not None and f.paragraph.story.startswith(doc.main_part)
        expected = f.match if in_main and f.match and not f.location.get("auto_label") else None
        if expected:
            assert any(text == expected and f.rule in body for _, body, text in ours), (f.rule, f.match)
        else:   # anchored on a whole paragraph (the title, or the nearest body paragraph)
            assert any(f.rule in body and text for _, body, text in ours), f.rule
    return comments


def test_every_finding_is_a_comment_on_its_match(tmp_path):
    src = rich_draft(tmp_path / "draft.docx")
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    findings = lint_file(src)
    assert {"placeholder-x", "unfilled-figure", "placeholder-control", "placeholder-year"} <= {f.rule for f in findings}
    out = tmp_path / "draft.lintdoc.docx"
    annotate(read_document(src), findings, out)
    comments = check_copy(src, out, findings)
    assert ("张三", "原有批注", "请核实本段数字。") in comments.values()
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before
    header = [body for author, body, _ in comments.values() if "（位于页眉" in body]
    assert header, "a header finding is placed in the body with a note"


def test_other_parts_byte_for_byte_and_text_and_formatting_unchanged(tmp_path):
    src = rich_draft(tmp_path / "draft.docx")
    out = tmp_path / "copy.docx"
    annotate(read_document(src), lint_file(src), out)
    a, b = part_bytes(src), part_bytes(out)
    changed = {n for n in a if a[n] != b.get(n)}
    assert changed <= {"word/document.xml", "word/_rels/document.xml.rels", "[Content_Types].xml",
                       "word/comments.xml"}
    assert set(b) - set(a) <= {"word/comments.xml"}
    assert [p.text for p in read_document(out).paragraphs if p.part != "comment"] == \
        [p.text for p in read_document(src).paragraphs if p.part != "comment"]
    bold = [r.text for p in docx.Document(str(out)).paragraphs for r in p.runs if r.bold]
    assert "".join(bold) == "部x名，完" and "x" in bold     # the bold run was split, each piece still bold


def test_samples_reviewed_copies_open_in_python_docx(tmp_path, capsys):
    assert main(["check", "--annotate-dir", str(tmp_path / "review"), str(SAMPLES)]) == 1
    capsys.readouterr()
    written = sorted(str(p.relative_to(tmp_path / "review")) for p in (tmp_path / "review").rglob("*.docx"))
    assert written == ["from-template/summary-faulty.lintdoc.docx", "from-template/summary-filled.lintdoc.docx",
                       "templates/annual-summary-template.lintdoc.docx", "zh-annual-summary-clean.lintdoc.docx",
                       "zh-annual-summary-draft.lintdoc.docx"]
    draft = SAMPLES / "zh-annual-summary-draft.docx"
    copy = tmp_path / "review" / "zh-annual-summary-draft.lintdoc.docx"
    check_copy(draft, copy, lint_file(draft))
    assert all(c.author == "lintdoc" for c in docx.Document(str(copy)).comments)
    assert len(list(docx.Document(str(tmp_path / "review" / "zh-annual-summary-clean.lintdoc.docx")).comments)) == 0


def test_output_beside_input_mirror_and_refusal(tmp_path, capsys):
    folder = tmp_path / "drafts" / "q3"
    folder.mkdir(parents=True)
    src = rich_draft(folder / "a.docx")
    assert main(["check", "--annotate", str(src)]) == 1
    assert (folder / "a.lintdoc.docx").exists()
    assert main(["check", "--annotate", str(src)]) == 1                     # lintdoc's own copy: replaced
    assert main(["check", "--annotate-dir", str(tmp_path / "out"), str(tmp_path / "drafts")]) == 1
    assert (tmp_path / "out" / "q3" / "a.lintdoc.docx").exists()
    capsys.readouterr()
    mine = tmp_path / "mine.docx"
    shutil.copy(src, mine)
    assert main(["check", "--annotate-to", str(mine), str(src)]) == 2       # not written by lintdoc
    out, err = capsys.readouterr()
    assert zipfile.ZipFile(mine).comment == b""
    # the draft was still checked: its findings and a summary in its language; the error names the copy
    assert "placeholder" in out and "检查了 1 个文件" in out and "1 份审阅副本未写出" in out
    assert f"{mine}: error: reviewed copy not written: exists and was not written by lintdoc" in out
    assert f"{src}: error" not in out


def test_the_report_file_is_o_and_the_reviewed_copy_is_annotate_to(tmp_path, capsys):
    src = rich_draft(tmp_path / "a.docx")
    report = tmp_path / "out.json"
    assert main(["check", "--format", "json", "-o", str(report), str(src)]) == 1
    assert json.loads(report.read_text(encoding="utf-8"))["files"][0]["findings"]    # a report, not a .docx
    assert not (tmp_path / "a.lintdoc.docx").exists()
    copy = tmp_path / "review.docx"
    assert main(["check", "--annotate-to", str(copy), str(src)]) == 1
    assert f"reviewed copy of {src} written to {copy}" in capsys.readouterr().err
    assert main(["check", "--annotate-to", str(tmp_path / "review.json"), str(src)]) == 2
    assert "give a .docx name" in capsys.readouterr().err


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_comments_survive_a_libreoffice_round_trip(tmp_path):
    src = rich_draft(tmp_path / "draft.docx")
    out = tmp_path / "draft.lintdoc.docx"
    findings = lint_file(src)
    annotate(read_document(src), findings, out)
    for fmt in ("odt", "docx"):
        target = out if fmt == "odt" else tmp_path / "odt" / "draft.lintdoc.odt"
        outdir = tmp_path / ("odt" if fmt == "odt" else "back")
        soffice("--convert-to", fmt, "--outdir", outdir, target, profile=tmp_path / "lo-profile")
    back = tmp_path / "back" / "draft.lintdoc.docx"
    authors = [c.author for c in docx.Document(str(back)).comments]
    assert authors.count("lintdoc") == len(findings)
    anchored = {text for author, _, text in anchored_comments(back).values() if author == "lintdoc"}
    assert {"20xx", "x", "**", "xx"} <= anchored

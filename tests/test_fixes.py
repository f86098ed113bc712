"""Fixes (issue 14): every mechanical finding carries its replacement; `--fix` rewrites text drafts in
their own encoding and newline style, once; `--diff` shows the change; SARIF offers it."""
import json
import pathlib

import pytest

from lintdoc.cli import main

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("rule,text,fixed", [
    ("punct-doubled", "加强督查力度,。结合创城工作", "加强督查力度。结合创城工作"),
    ("punct-doubled", "完成任务。。", "完成任务。"),
    ("punct-doubled", "学员反响良好！！", "学员反响良好！"),
    ("punct-doubled", "开展民俗活动、等多项活动", "开展民俗活动等多项活动"),
    ("punct-ellipsis", "今后还要加强学习。。。", "今后还要加强学习……"),
    ("punct-ellipsis", "开展了宣讲、培训、走访……等活动", "开展了宣讲、培训、走访等活动"),
    ("punct-ascii-dash", "学习型党组织示范联系点---南庄镇紫南村委会", "学习型党组织示范联系点——南庄镇紫南村委会"),
    ("punct-after-ordinal", "（一）、强化自制力。", "（一）强化自制力。"),
    ("punct-paragraph-start", "，开展工作。", "开展工作。"),
    ("punct-ascii-period", "区委宣传部.全年完成任务", "区委宣传部。全年完成任务"),
    ("punct-straight-quote", "实施\"十四五\"规划", "实施“十四五”规划"),
    ("punct-document-number", "依据粤府[2024]3号文件", "依据粤府〔2024〕3号文件"),
    ("repeated-text", "县委委宣传部召开会议", "县委宣传部召开会议"),
])
def test_each_mechanical_rule_fixes_its_text(tmp_path, capsys, rule, text, fixed):
    draft = tmp_path / "d.txt"
    draft.write_text(f"标题\n\n{text}\n", encoding="utf-8")
    assert main(["check", "--no-cache", "--select", rule, "--fix", str(draft)]) in (0, 1)
    assert draft.read_text(encoding="utf-8") == f"标题\n\n{fixed}\n"
    capsys.readouterr()


def test_fix_keeps_encoding_and_newlines_and_a_second_run_changes_nothing(tmp_path, capsys):
    text = "标题\r\n\r\n完成任务。。加强督查力度,。实施\"十四五\"规划，开展了宣讲……等活动。还有xx区。\r\n"
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes(text.encode("gbk"))
    bom = tmp_path / "bom.md"
    bom.write_bytes(b"\xef\xbb\xbf" + text.replace("\r\n", "\n").encode("utf-8"))
    assert main(["check", "--no-cache", "--fix", str(gbk), str(bom)]) == 1       # xx区 remains: an error
    out = capsys.readouterr().out
    assert "placeholder-x" in out and "punct-doubled" not in out
    expected = "标题\r\n\r\n完成任务。加强督查力度。实施“十四五”规划，开展了宣讲等活动。还有xx区。\r\n"
    assert gbk.read_bytes() == expected.encode("gbk")
    assert bom.read_bytes() == b"\xef\xbb\xbf" + expected.replace("\r\n", "\n").encode("utf-8")
    before = (gbk.read_bytes(), bom.read_bytes())
    main(["check", "--no-cache", "--fix", str(gbk), str(bom)])
    assert (gbk.read_bytes(), bom.read_bytes()) == before                       # idempotent
    capsys.readouterr()


def test_diff_shows_and_writes_nothing_and_docx_is_never_rewritten(tmp_path, capsys):
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\n完成任务。。\n", encoding="utf-8")
    assert main(["check", "--no-cache", "--diff", str(draft)]) == 1
    out = capsys.readouterr().out
    assert "-完成任务。。" in out and "+完成任务。" in out
    assert draft.read_text(encoding="utf-8") == "标题\n\n完成任务。。\n"
    from docx_fixtures import new_document
    doc = new_document()
    doc.add_paragraph("标题")
    doc.add_paragraph("完成任务。。")
    doc.save(tmp_path / "w.docx")
    before = (tmp_path / "w.docx").read_bytes()
    main(["check", "--no-cache", "--fix", str(tmp_path / "w.docx")])
    assert (tmp_path / "w.docx").read_bytes() == before
    assert main(["check", "--stdin", "--fix"]) == 2
    capsys.readouterr()


def test_text_json_and_sarif_carry_the_fix(tmp_path, capsys):
    import jsonschema
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\n实施\"十四五\"规划。。\n", encoding="utf-8")
    main(["check", "--no-cache", str(draft)])
    assert "→ «。»" in capsys.readouterr().out
    main(["check", "--no-cache", "--format", "json", str(draft)])
    fixes = {f["match"]: f.get("fix") for f in json.loads(capsys.readouterr().out)["files"][0]["findings"]}
    assert fixes["。。"] == "。"
    main(["check", "--no-cache", "--format", "sarif", str(draft)])
    sarif = json.loads(capsys.readouterr().out)
    jsonschema.validate(sarif, json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8")))
    replacements = [r["fixes"][0]["artifactChanges"][0]["replacements"][0] for r in sarif["runs"][0]["results"] if "fixes" in r]
    assert {"deletedRegion": {"startLine": 3, "startColumn": 10, "endColumn": 12}, "insertedContent": {"text": "。"}} in replacements


def test_rules_lists_the_fixes(capsys):
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "fixes: ([，、；：！？])\\1+ → \\1" in out
    assert main(["rules", "--format", "json"]) == 0
    rules = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert ["\\.", "。"] in rules["punct-ascii-period"]["replace"]


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _texts(root, accept: bool):
    """The body's paragraph texts with every tracked change accepted (or rejected)."""
    import copy
    root = copy.deepcopy(root)
    drop, keep = ("del", "ins") if accept else ("ins", "del")
    for el in list(root.iter(W + drop)):
        el.getparent().remove(el)
    for el in list(root.iter(W + keep)):
        parent, at = el.getparent(), el.getparent().index(el)
        for k, child in enumerate(list(el)):
            parent.insert(at + k, child)
        parent.remove(el)
    for t in root.iter(W + "delText"):
        t.tag = W + "t"
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def test_the_reviewed_copy_carries_each_fix_as_a_tracked_change(tmp_path, capsys):
    import shutil
    import zipfile
    from lxml import etree
    from conftest import soffice
    from docx_fixtures import new_document
    doc = new_document()
    original = ["区委宣传部2024年工作总结", "完成任务。。加强督查力度,。推进工作", "（一）、强化自制力。",
                "实施\"十四五\"规划，县委委宣传部开展了宣讲……等活动。"]
    for line in original:
        p = doc.add_paragraph()
        p.add_run(line[:4]).bold = True          # formatting that the change must keep
        p.add_run(line[4:])
    src = tmp_path / "d.docx"
    doc.save(src)
    assert main(["check", "--no-cache", "--annotate", str(src)]) in (0, 1)
    capsys.readouterr()
    copy = tmp_path / "d.lintdoc.docx"
    root = etree.fromstring(zipfile.ZipFile(copy).read("word/document.xml"))
    assert {el.get(W + "author") for el in root.iter(W + "ins", W + "del")} == {"lintdoc"}
    assert _texts(root, accept=False) == original
    assert _texts(root, accept=True) == ["区委宣传部2024年工作总结", "完成任务。加强督查力度。推进工作", "（一）强化自制力。",
                                         "实施“十四五”规划，县委宣传部开展了宣讲等活动。"]
    inserted = next(root.iter(W + "ins"))
    assert inserted.find(f"{W}r/{W}rPr") is not None or inserted.find(f"{W}r/{W}t") is not None
    if shutil.which("soffice"):
        soffice("--convert-to", "odt", "--outdir", tmp_path / "odt", copy, profile=tmp_path / "lo-profile")
        assert (tmp_path / "odt" / "d.lintdoc.odt").exists()

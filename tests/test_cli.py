"""The command line end to end: JSON contract, text output, show, rules, configuration."""
import json
import pathlib
import subprocess
import sys


from lintdoc.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
CORPUS = pathlib.Path(__file__).resolve().parent / "corpus" / "dev"


def run_json(capsys, *args):
    code = main(["check", "--format", "json", *map(str, args)])
    return code, json.loads(capsys.readouterr().out)


def test_json_contract_on_samples(capsys):
    code, report = run_json(capsys, SAMPLES)
    assert code == 1 and report["version"] == 1
    assert {"files", "findings", "by_severity", "by_category"} <= set(report["summary"])
    findings = [f for file in report["files"] for f in file["findings"]]
    assert findings
    for f in findings:
        assert {"rule", "category", "severity", "message", "match", "context", "offset", "location"} <= set(f)
        assert f["context"][f["offset"]:f["offset"] + len(f["match"])] == f["match"]
        assert f["location"]["part"] in ("body", "table", "header", "footer", "footnote", "endnote", "comment",
                                         "textbox")
        assert isinstance(f["location"]["paragraph"], int)
        if f["category"] == "missing-section":
            assert f["section"] in ("achievements", "shortcomings", "next_plans")
    cats = {f["category"] for f in findings}
    assert {"placeholder", "unfilled-figure", "numbering", "missing-section"} <= cats
    clean = {file["path"]: file["findings"] for file in report["files"] if "clean" in file["path"]}
    assert len(clean) == 2 and all(v == [] for v in clean.values())


def test_samples_docx_finds_table_cell_and_content_control(capsys):
    _, report = run_json(capsys, SAMPLES / "zh-annual-summary-draft.docx")
    got = {(f["rule"], f["match"], f["location"]["part"]) for f in report["files"][0]["findings"]}
    assert ("placeholder-blank", "____", "table") in got
    assert ("placeholder-control", "单击或点击此处输入文字。", "body") in got


def test_text_output_lines(capsys):
    assert main(["check", "--color", "never", str(SAMPLES / "zh-work-plan-gbk.txt")]) == 1
    out = capsys.readouterr().out.splitlines()
    assert any(line.startswith(f"{SAMPLES / 'zh-work-plan-gbk.txt'}:13:31 (¶7) [三、强化队伍建设] error: 数字“x”未填写")
               for line in out)
    assert any("«x»" in line for line in out)
    assert out[-1].startswith("检查了 1 个文件")


def test_clean_files_exit_0_and_fail_on_threshold(tmp_path, capsys):
    assert main(["check", str(SAMPLES / "zh-annual-summary-clean.docx"), str(SAMPLES / "en-status-report-clean.md")]) == 0
    cfg = tmp_path / "c.yaml"
    cfg.write_text("rules:\n  placeholder-x: warning\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("区委宣传部2024年工作计划\n\n一、推进xx区创建工作。\n", encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(draft)]) == 0
    assert main(["check", "--config", str(cfg), "--fail-on", "warning", str(draft)]) == 1
    capsys.readouterr()


def test_project_config_found_upward_with_user_rule_ignore_and_off(tmp_path, capsys):
    (tmp_path / ".lintdoc.yaml").write_text(
        "rules:\n  placeholder-x: off\n  banned-word:\n    kind: pattern\n    category: other\n    severity: warning\n"
        "    message: {zh: '请勿使用“{match}”', en: 'Avoid “{match}”'}\n    patterns: ['大概']\n"
        "ignore: ['old/**']\n", encoding="utf-8")
    sub = tmp_path / "drafts"
    sub.mkdir()
    (sub / "d.txt").write_text("区委宣传部2024年工作计划\n\n一、推进xx区工作，大概完成。\n", encoding="utf-8")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "e.txt").write_text("标题\n\nxx区\n", encoding="utf-8")
    code, report = run_json(capsys, tmp_path)
    assert [f["path"].rsplit("/", 1)[-1] for f in report["files"]] == ["d.txt"]
    assert [(f["rule"], f["message"]) for f in report["files"][0]["findings"]] == [("banned-word", "请勿使用“大概”")]
    assert code == 0


def test_a_config_edited_while_lintdoc_runs_takes_effect(tmp_path, capsys):
    """One process (watch, an editor integration) checking again after the config changed."""
    cfg = tmp_path / ".lintdoc.yaml"
    cfg.write_text("rules:\n  placeholder-x: off\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("区委宣传部2024年工作计划\n\n一、推进xx区工作。\n", encoding="utf-8")
    _, report = run_json(capsys, tmp_path / "d.txt")
    assert not [f for f in report["files"][0]["findings"] if f["rule"] == "placeholder-x"]
    cfg.write_text("rules:\n  placeholder-x: on\n  placeholder-mou: off\n", encoding="utf-8")
    _, report = run_json(capsys, tmp_path / "d.txt")
    assert [f["match"] for f in report["files"][0]["findings"] if f["rule"] == "placeholder-x"] == ["xx"]


def test_pyproject_tool_lintdoc(tmp_path, capsys):
    (tmp_path / "pyproject.toml").write_text("[tool.lintdoc]\nrules = {placeholder-x = 'off'}\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("区委宣传部2024年工作计划\n\n一、推进xx区工作。\n", encoding="utf-8")
    _, report = run_json(capsys, tmp_path / "d.txt")
    assert not [f for f in report["files"][0]["findings"] if f["rule"] == "placeholder-x"]


def test_show_says_why_a_paragraph_is_a_heading(tmp_path, capsys):
    draft = tmp_path / "r.md"
    draft.write_text("# Report\n\n## Done\n\n1. Refund API\n\n**Risks**\n\nNone.\n", encoding="utf-8")
    assert main(["show", str(draft)]) == 0
    out = capsys.readouterr().out
    assert "H2 | Done  (heading: Markdown heading)" in out
    assert "1. Refund API  (heading: label 1.; a Markdown list item)" in out
    assert main(["show", "--format", "json", str(SAMPLES / "zh-annual-summary-draft.docx")]) == 0
    heads = [p["heading"] for p in json.loads(capsys.readouterr().out)["paragraphs"] if p["heading"]]
    assert {"level": 1, "reason": "automatic label 一、"} in heads


def test_show_prints_labels_flags_and_json(capsys):
    assert main(["show", str(SAMPLES / "zh-annual-summary-draft.docx")]) == 0
    out = capsys.readouterr().out
    assert "[一、] H1 style=Normal | 主要成绩  (heading: automatic label 一、)" in out and "[（二）]" in out
    assert "flags=content-control,placeholder-control" in out and "flags=inserted" in out
    assert "header" in out and "cell 1.3.3" in out
    assert main(["show", "--format", "json", str(SAMPLES / "zh-work-plan-gbk.txt")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["encoding"] == "gb18030" and data["paragraphs"][0]["title"] is True


def test_rules_lists_every_rule(capsys):
    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    ids = {r["id"] for r in rules}
    assert {"placeholder-x", "unfilled-figure", "required-sections", "numbering-sequence"} <= ids
    assert all(r["examples"].get("fail") and r["examples"].get("pass") for r in rules)


def test_installed_entry_points():
    out = subprocess.run([sys.executable, "-m", "lintdoc", "check", "--format", "json", str(SAMPLES / "en-status-report-draft.md")],
                         capture_output=True, text=True)
    assert out.returncode == 1 and json.loads(out.stdout)["files"][0]["findings"]


def test_accuracy_on_the_dev_corpus(tmp_path):
    """The bars of the core-checks issue, measured with the planners' score.py on a copy of the corpus."""
    scores = tmp_path / "scores.json"
    subprocess.run([sys.executable, str(CORPUS.parents[1] / "tools" / "score.py"), "--cmd",
                    f"{sys.executable} -m lintdoc check --format json", "--json", str(scores), str(CORPUS)],
                   check=True, capture_output=True, text=True)
    s = json.loads(scores.read_text(encoding="utf-8"))
    assert s["leftover"]["precision"] >= 0.97 and s["leftover"]["recall"] >= 0.95
    assert s["numbering"]["f1"] >= 0.85
    assert s["missing-section"]["f1"] >= 0.90
    assert s["boilerplate"]["f1"] >= 0.90 and s["punctuation"]["f1"] >= 0.80


def test_the_config_schema_knows_every_rule_kind():
    from lintdoc.checks import KINDS
    schema = json.loads((pathlib.Path(__file__).resolve().parents[1] / "lintdoc" / "config.schema.json").read_text())
    kinds = set(schema["definitions"]["setting"]["oneOf"][1]["properties"]["kind"]["enum"])
    assert kinds == set(KINDS)

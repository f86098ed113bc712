"""CI and team integration: output formats, thresholds, baseline, suppressions, init, stdin, hooks."""
import io
import json
import os
import pathlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema
import pytest
import yaml

from conftest import lint_file
from docx_fixtures import new_document, raw_paragraph, run
from lintdoc.cli import main

ROOT = pathlib.Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def out_of(capsys, *argv):
    code = main(list(map(str, argv)))
    return code, capsys.readouterr().out


def test_sarif_is_valid_and_carries_rules_levels_and_locations(capsys):
    code, out = out_of(capsys, "check", "--format", "sarif", SAMPLES)
    assert code == 1
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SCHEMA)
    run_ = log["runs"][0]
    rule_ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert "placeholder-x" in rule_ids and "numbering-sequence" in rule_ids
    results = run_["results"]
    assert {r["level"] for r in results} <= {"error", "warning", "note"}
    md = next(r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(".md"))
    assert md["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    docx_result = next(r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                       .endswith(".docx"))
    assert docx_result["locations"][0]["logicalLocations"][0]["name"].startswith("¶")
    assert all(rule_ids[r["ruleIndex"]] == r["ruleId"] for r in results)


def test_github_and_junit_formats(capsys):
    code, out = out_of(capsys, "check", "--format", "github", SAMPLES / "zh-work-plan-gbk.txt")
    assert code == 1
    lines = out.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert any(",line=13,col=31,title=unfilled-figure::" in line for line in lines)
    code, out = out_of(capsys, "check", "--format", "junit", SAMPLES)
    suites = ET.fromstring(out)
    assert int(suites.get("failures")) == sum(len(s.findall("testcase/failure")) for s in suites) > 0
    clean = [s for s in suites if "clean" in s.get("name")]
    assert clean and all(s.get("failures") == "0" for s in clean)


def test_output_file_keeps_exit_code_and_max_warnings(tmp_path, capsys):
    target = tmp_path / "report.sarif"
    code, out = out_of(capsys, "check", "--format", "sarif", "--output", target, SAMPLES / "zh-work-plan-gbk.txt")
    assert code == 1 and out == "" and json.loads(target.read_text(encoding="utf-8"))["version"] == "2.1.0"
    draft = tmp_path / "d.txt"
    draft.write_text("区委宣传部2024年工作计划\n\n全年举办培训3期，参训干部560名，覆盖全区，效果良好。\n\n开展宣讲20场,覆盖群众一万人。\n",
                     encoding="utf-8")
    assert out_of(capsys, "check", draft)[0] == 0                     # one warning, fail-on error
    assert out_of(capsys, "check", "--max-warnings", "0", draft)[0] == 1
    assert out_of(capsys, "check", "--max-warnings", "1", draft)[0] == 0


def test_baseline_reports_only_new_and_fixed_then_reintroduced_comes_back(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    a = drafts / "a.md"
    a.write_text("# Q3 Report — [Name]\n\n## Highlights\n\nRevenue grew XX%.\n\n## Risks\n\nA vendor API change delayed billing.\n\n## Next Steps\n\nHire.\n",
                 encoding="utf-8")
    assert main(["baseline", "drafts", "-o", "base.json"]) == 0
    assert out_of(capsys, "check", "--baseline", "base.json", "drafts")[0] == 0
    a.write_text(a.read_text(encoding="utf-8").replace("Hire.", "Hire [number] engineers. Launch: TBD."),
                 encoding="utf-8")
    code, out = out_of(capsys, "check", "--format", "json", "--baseline", "base.json", "drafts")
    assert code == 1
    assert sorted(f["match"] for f in json.loads(out)["files"][0]["findings"]) == ["TBD", "[number]"]
    # fix the old ones, refresh the baseline, then reintroduce one: it is new again
    a.write_text(a.read_text(encoding="utf-8").replace(" — [Name]", "").replace("XX%", "12%"), encoding="utf-8")
    assert main(["check", "--baseline", "base.json", "drafts"]) == 1     # TBD and [number] are still new
    assert "2 baseline entries no longer occur" in capsys.readouterr().err
    assert main(["baseline", "drafts", "-o", "base.json"]) == 0
    a.write_text(a.read_text(encoding="utf-8").replace("12%", "XX%"), encoding="utf-8")
    code, out = out_of(capsys, "check", "--format", "json", "--baseline", "base.json", "drafts")
    assert code == 1 and [f["match"] for f in json.loads(out)["files"][0]["findings"]] == ["XX"]


def test_markdown_suppressions_and_unknown_ids(tmp_path, capsys):
    md = tmp_path / "d.md"
    md.write_text("# Report\n\n<!-- lintdoc-disable placeholder-bracket-prompt -->\nOwner: [Name]\n\n"
                  "<!-- lintdoc-enable -->\n\nReviewer: [Name]\n\n<!-- lintdoc-disable-next-line placeholder-todo -->\n"
                  "Date: TBD\n\nBudget: TBD\n\n<!-- lintdoc-disable no-such-rule -->\n", encoding="utf-8")
    findings = lint_file(md)
    got = [(f.rule, f.match, f.location.get("line")) for f in findings if f.category != "missing-section"]
    assert ("placeholder-bracket-prompt", "[Name]", 8) in got and ("placeholder-todo", "TBD", 13) in got
    assert not [g for g in got if g[2] in (4, 11)]
    assert ("unknown-suppression", "no-such-rule", 15) in got


def test_word_comment_suppresses_a_rule_on_its_range(tmp_path):
    doc = new_document()
    doc.add_paragraph("区委宣传部2024年工作总结")
    raw_paragraph(doc, run("内部代号xx区，") + run("对外发布xx区。"))
    p = doc.paragraphs[-1]
    doc.add_comment(p.runs[0], text="lintdoc-disable placeholder-x", author="王丽")
    q = doc.add_paragraph("另一处代号yy")
    doc.add_comment(q.runs, text="lintdoc-disable placeholder-typo", author="王丽")
    doc.save(tmp_path / "s.docx")
    findings = lint_file(tmp_path / "s.docx")
    xs = [f.offset for f in findings if f.rule == "placeholder-x"]
    assert xs == [p.text.index("xx", 5)]                           # the commented xx is suppressed
    assert [f.match for f in findings if f.rule == "unknown-suppression"] == ["placeholder-typo"]
    assert "是否要写“placeholder-" in [f for f in findings if f.rule == "unknown-suppression"][0].message
    assert not [f for f in findings if f.rule == "document-state"]  # the directives are not leftover comments
    doc.add_comment(q.runs, text="请补充数据", author="王丽")
    doc.save(tmp_path / "s.docx")
    states = [f.message for f in lint_file(tmp_path / "s.docx") if f.rule == "document-state"]
    assert len(states) == 1 and "1" in states[0]


def test_per_glob_overrides(tmp_path, capsys):
    (tmp_path / ".lintdoc.yaml").write_text(
        "overrides:\n  - files: ['plans/**']\n    rules:\n      placeholder-x: off\n", encoding="utf-8")
    for folder in ("plans", "reports"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "d.txt").write_text("区委宣传部2024年工作计划\n\n一、推进xx区创建工作。\n", encoding="utf-8")
    code, out = out_of(capsys, "check", "--format", "json", tmp_path)
    by = {pathlib.Path(f["path"]).parent.name: [x["rule"] for x in f["findings"]] for f in json.loads(out)["files"]}
    assert "placeholder-x" not in by["plans"] and "placeholder-x" in by["reports"]


def test_init_writes_a_starter_that_validates_and_runs(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    assert main(["init"]) == 2                                      # never overwrites
    code, schema_text = out_of(capsys, "schema")
    jsonschema.validate(yaml.safe_load((tmp_path / ".lintdoc.yaml").read_text(encoding="utf-8")), json.loads(schema_text))
    (tmp_path / "d.txt").write_text("区委宣传部2024年工作计划\n\n一、推进创建工作。\n", encoding="utf-8")
    assert out_of(capsys, "check", "d.txt")[0] == 0


def test_stdin_with_a_filename(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("# Report\n\nOwner: [Name]\n".encode("utf-8"))))
    code, out = out_of(capsys, "check", "--stdin", "--stdin-filename", "notes/report.md", "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["files"][0]["path"] == "notes/report.md"
    assert "[Name]" in [f["match"] for f in data["files"][0]["findings"]]


@pytest.mark.skipif(not shutil.which("pre-commit") or not (ROOT / ".git").exists(),
                    reason="pre-commit is not installed, or this is not a git checkout")
def test_pre_commit_hook_on_a_scratch_repository(tmp_path):
    repo = tmp_path / "drafts"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@x"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / "good.md").write_text("# Q3 Report\n\n## Highlights\n\nShipped.\n\n## Risks\n\nA vendor API change delayed billing.\n\n## Next Steps\n\nHire.\n",
                                  encoding="utf-8")
    (repo / "bad.md").write_text("# Q3 Report\n\n## Highlights\n\nRevenue grew XX%.\n\n## Risks\n\nDelay.\n\n"
                                 "## Next Steps\n\nHire.\n", encoding="utf-8")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    run_hook = lambda *files: subprocess.run(  # noqa: E731
        ["pre-commit", "try-repo", str(ROOT), "lintdoc", "--files", *files], cwd=repo, env=env,
        capture_output=True, text=True, timeout=600)
    good = run_hook("good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    bad = run_hook("bad.md")
    assert bad.returncode == 1 and "unfilled-figure" in bad.stdout

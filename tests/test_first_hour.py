"""The command line as a newcomer meets it (issue 13), run through the installed `lintdoc` entry point:
options named as Ruff and ESLint name them, rule selection, severities that mean something, stdin,
and usage errors that are one clear line with exit code 2."""
import json
import os
import pathlib
import subprocess
import sys

import pytest

BIN = pathlib.Path(sys.executable).parent / "lintdoc"
LINTDOC = [str(BIN)] if BIN.exists() else [sys.executable, "-m", "lintdoc"]

ZH = "区委宣传部2024年工作总结\n\n一、主要成绩\n\n全年举办培训3期,推进xx区创建工作。\n\n二、存在问题\n\n人手不足，宣传形式比较单一，基层力量薄弱。\n\n三、下一步打算\n\n加强学习。\n"
MD = "# Weekly status\n\n## Done\n\n- Shipped the login page\n\n## Blockers\n\n- None\n\n## Next week\n\n- Owner: [Name]\n"


def lintdoc(*args, stdin=None, cwd=None):
    env = {**os.environ, "LINTDOC_CACHE": "off", "NO_COLOR": "1"}
    return subprocess.run(LINTDOC + list(args), input=stdin, capture_output=True, cwd=cwd, env=env, timeout=120)


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(ZH, encoding="utf-8")
    return path


def rules_of(proc):
    return sorted({f["rule"] for f in json.loads(proc.stdout)["files"][0]["findings"]})


def test_select_and_ignore_rules_on_the_command_line(draft):
    all_rules = rules_of(lintdoc("check", "--format", "json", str(draft)))
    assert "placeholder-x" in all_rules and "punct-ascii-in-chinese" in all_rules
    assert rules_of(lintdoc("check", "--format", "json", "--select", "placeholder-x", str(draft))) == ["placeholder-x"]
    both = lintdoc("check", "--format", "json", "--select", "placeholder-x,punct-ascii-in-chinese", str(draft))
    assert rules_of(both) == ["placeholder-x", "punct-ascii-in-chinese"]
    ignored = rules_of(lintdoc("check", "--format", "json", "--ignore", "placeholder-x", "--ignore", "punct-ascii-in-chinese", str(draft)))
    assert ignored == [r for r in all_rules if r not in ("placeholder-x", "punct-ascii-in-chinese")]


def test_an_unknown_rule_id_gets_a_suggestion(draft, tmp_path):
    proc = lintdoc("check", "--select", "placeholder-xx", str(draft))
    assert proc.returncode == 2 and b"did you mean placeholder-x" in proc.stderr and b"Traceback" not in proc.stderr
    cfg = tmp_path / ".lintdoc.yaml"
    cfg.write_text("rules:\n  placholder-x: off\n", encoding="utf-8")
    proc = lintdoc("check", "--config", str(cfg), str(draft))
    assert proc.returncode == 2 and b"did you mean placeholder-x" in proc.stderr


def test_options_are_not_abbreviated_and_counts_are_checked(draft):
    proc = lintdoc("check", "--form", "json", str(draft))
    assert proc.returncode == 2 and b"unrecognized arguments: --form" in proc.stderr
    for bad in ("0", "-2", "x"):
        proc = lintdoc("check", "-j", bad, str(draft))
        assert proc.returncode == 2 and b"--jobs" in proc.stderr


def test_max_warnings_says_so_and_minus_one_means_no_limit(draft):
    proc = lintdoc("check", "--select", "punct-ascii-in-chinese", "--max-warnings", "0", str(draft))
    assert proc.returncode == 1
    assert "1 个警告" in proc.stdout.decode() and "警告数超过 --max-warnings 0" in proc.stdout.decode()
    assert lintdoc("check", "--select", "punct-ascii-in-chinese", "--max-warnings", "-1", str(draft)).returncode == 0


def test_quiet_reports_errors_only(draft):
    proc = lintdoc("check", "--quiet", str(draft))
    out = proc.stdout.decode()
    assert proc.returncode == 1 and "placeholder-x" in out
    assert "punct-ascii-in-chinese" not in out and "检查了" not in out      # no warnings, no summary


def test_default_severities_follow_what_a_reviewer_sends_back(draft):
    findings = json.loads(lintdoc("check", "--format", "json", str(draft)).stdout)["files"][0]["findings"]
    by_category = {}
    for f in findings:
        by_category.setdefault(f["category"], set()).add(f["severity"])
    assert by_category["placeholder"] == {"error"} and by_category["punctuation"] == {"warning"}
    rules = json.loads(lintdoc("rules", "--format", "json").stdout)
    severity = {r["category"]: set() for r in rules}
    for r in rules:
        severity[r["category"]].add(r["severity"])
    for category in ("placeholder", "unfilled-figure", "missing-section", "numbering", "revision"):
        assert severity[category] == {"error"}, category
    for category in ("punctuation", "boilerplate", "duplicate"):
        assert severity[category] == {"warning"}, category
    # so --fail-on warning means something: a draft with warnings only
    warnings_only = draft.with_name("w.txt")
    warnings_only.write_text(ZH.replace("xx区", "东城区"), encoding="utf-8")
    assert lintdoc("check", str(warnings_only)).returncode == 0
    assert lintdoc("check", "--fail-on", "warning", str(warnings_only)).returncode == 1


def test_standard_input(draft):
    proc = lintdoc("check", "--format", "json", "-", stdin=MD.encode())
    report = json.loads(proc.stdout)
    assert report["files"][0]["path"] == "stdin.md"                   # Markdown recognised without a name
    assert [f["match"] for f in report["files"][0]["findings"] if f["category"] == "placeholder"] == ["[Name]"]
    plain = json.loads(lintdoc("check", "--format", "json", "--stdin", stdin=ZH.encode()).stdout)
    assert plain["files"][0]["path"] == "stdin.txt"
    named = json.loads(lintdoc("check", "--format", "json", "--stdin", "--stdin-filename", "q3.md", stdin=MD.encode()).stdout)
    assert named["files"][0]["path"] == "q3.md"
    for args, says in ((["--stdin", str(draft)], b"give no files"), (["-", str(draft)], b"cannot be mixed"),
                       (["--stdin-filename", "a.md", str(draft)], b"--stdin-filename names")):
        proc = lintdoc("check", *args, stdin=b"")
        assert proc.returncode == 2 and says in proc.stderr, args


def test_a_missing_or_unsupported_template_is_a_usage_error(draft, tmp_path):
    proc = lintdoc("check", "--template", str(tmp_path / "MISSING.docx"), str(draft))
    assert proc.returncode == 2 and proc.stderr.count(b"\n") == 1 and b"no such file" in proc.stderr
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    proc = lintdoc("check", "--template", str(pdf), str(draft))
    assert proc.returncode == 2 and b"a template is a .docx, .md or .txt file" in proc.stderr
    assert b"internal error" not in proc.stderr


def test_every_option_has_help():
    for command in ("check", "show", "baseline", "watch", "rules", "init"):
        lines = lintdoc(command, "--help").stdout.decode().split("options:", 1)[1].splitlines()
        for i, line in enumerate(lines):
            if line.strip().startswith("-") and not line.strip().startswith("-h"):
                same_line = len(line.strip().split("  ", 1)) > 1
                next_line = i + 1 < len(lines) and lines[i + 1].startswith(" " * 10)
                assert same_line or next_line, (command, line)
    assert "html (one self-contained page)" in lintdoc("check", "--help").stdout.decode()


def test_the_baseline_message_is_grammatical(tmp_path):
    (tmp_path / "d.txt").write_text(ZH, encoding="utf-8")
    assert lintdoc("baseline", "d.txt", cwd=tmp_path).returncode == 0
    (tmp_path / "d.txt").write_text(ZH.replace("xx区", "东城区"), encoding="utf-8")
    proc = lintdoc("check", "--baseline", ".lintdoc-baseline.json", "d.txt", cwd=tmp_path)
    assert b"1 baseline entry no longer occurs" in proc.stderr


def test_a_baseline_works_from_any_working_directory_and_knows_its_options(tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "d.txt").write_text(ZH, encoding="utf-8")
    assert lintdoc("baseline", "sub", "-o", "sub/.lintdoc-baseline.json", cwd=tmp_path).returncode == 0
    entries = json.loads((sub / ".lintdoc-baseline.json").read_text(encoding="utf-8"))["entries"]
    assert {e["file"] for e in entries} == {"d.txt"}                   # relative to the baseline's folder
    for cwd, args in ((tmp_path, ["sub/.lintdoc-baseline.json", "sub/"]), (sub, [".lintdoc-baseline.json", "."]),
                      (tmp_path.parent, [str(sub / ".lintdoc-baseline.json"), str(sub)])):
        proc = lintdoc("check", "--baseline", *args, cwd=cwd)
        assert proc.returncode == 0 and b"no longer" not in proc.stderr, (cwd, proc.stdout, proc.stderr)
    proc = lintdoc("check", "--select", "placeholder-x", "--baseline", "sub/.lintdoc-baseline.json", "sub", cwd=tmp_path)
    assert b"the baseline was made with other options (none; this run: --select placeholder-x)" in proc.stderr
    assert b"no longer occur" not in proc.stderr
    template = tmp_path / "t.md"
    template.write_text("# 工作总结\n\n## 一、主要成绩\n", encoding="utf-8")
    proc = lintdoc("baseline", "sub", "--template", str(template), "--profile", "draft", "-o", "b.json", cwd=tmp_path)
    assert proc.returncode == 0
    assert json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))["options"] == {"template": "t.md", "profile": "draft"}


def test_pyproject_errors_name_their_line_and_profile_says_where_it_belongs(draft, tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        "[project]\nname = 'x'\n\n[tool.lintdoc]\nfail-on = 'error'\nrules = {placeholder-x = 'off', placholder-mou = 'off'}\n",
        encoding="utf-8")
    proc = lintdoc("check", str(draft))
    assert proc.returncode == 2 and b"pyproject.toml:6" in proc.stderr and b"did you mean placeholder-mou" in proc.stderr
    (tmp_path / "pyproject.toml").write_text("[tool.lintdoc.rules]\nplaceholder-x = 'off'\nplaceholder-y = 'off'\n",
                                             encoding="utf-8")
    proc = lintdoc("check", str(draft))
    assert proc.returncode == 2 and b"pyproject.toml:3" in proc.stderr
    (tmp_path / "pyproject.toml").unlink()
    (tmp_path / ".lintdoc.yaml").write_text("overrides:\n  - files: ['t/**']\n    profile: template\n", encoding="utf-8")
    proc = lintdoc("check", str(draft))
    assert proc.returncode == 2 and b".lintdoc.yaml:2" in proc.stderr and b"belongs at the top level" in proc.stderr


def test_a_config_template_that_cannot_be_read_is_a_configuration_error(draft, tmp_path):
    cfg = tmp_path / ".lintdoc.yaml"
    for value, says in (("missing.docx", b"template missing.docx: no such file"),
                        ("t.pdf", b"a template is a .docx, .md or .txt file")):
        (tmp_path / "t.pdf").write_bytes(b"%PDF-1.4")
        cfg.write_text(f"template: {value}\n", encoding="utf-8")
        proc = lintdoc("check", str(draft))
        assert proc.returncode == 2 and says in proc.stderr and b".lintdoc.yaml:1" in proc.stderr
        assert b"internal error" not in proc.stdout + proc.stderr

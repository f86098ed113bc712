"""Hostile input (issue 15): whatever lands in a shared folder or a config is a clear error, never a
traceback or a hang. Each input is built here, in code."""
import pytest

from lintdoc.cli import main

BOMB = "".join(f"{c}: &{c} [{', '.join(['*' + p] * 9 if p else ['x'] * 9)}]\n"
               for p, c in zip([None, "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi"))


@pytest.mark.parametrize("config,says", [
    ("a: &a [*a]\n", "an alias refers to itself"),
    (BOMB, "alias bomb"),
    ("rules: !!python/name:os.system\n", "could not determine a constructor"),
    ("? [a, b]\n: 1\n", "a key must be a plain name"),
    ("fail-on: [error]\n", "`fail-on` must be error, warning or info"),
    ("template: [a]\n", "`template` must be the path"),
    ("overrides: [{files: 5}]\n", "`files` must be a glob or a list of globs"),
    ("rules:\n  mine:\n    kind: pattern\n    patterns: ['x']\n    priority: abc\n", "priority must be a whole number"),
    ("rules:\n  mine:\n    kind: pattern\n    patterns: ['xx']\n    message: '{0}'\n", "is not a named field"),
    ("rules:\n  mine:\n    kind: pattern\n    patterns: ['xx']\n    message: '{match:>99999999}'\n", "is too large"),
    ("rules:\n  mine:\n    kind: pattern\n    patterns: ['xx']\n    message: 'unclosed {match'\n", "literal braces"),
])
def test_a_hostile_config_is_a_configuration_error(tmp_path, capsys, config, says):
    (tmp_path / ".lintdoc.yaml").write_text(config, encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\nxx区\n", encoding="utf-8")
    assert main(["check", "--no-cache", str(draft)]) == 2
    out, err = capsys.readouterr()
    assert says in err and ".lintdoc.yaml" in err and "Traceback" not in err + out


def _seconds(text, markdown=False):
    import gc
    import time
    from conftest import lint_text
    gc.collect()
    gc.disable()            # the garbage of earlier tests must not be collected inside one timing
    try:
        started = time.perf_counter()
        findings = lint_text(text, markdown)
        return time.perf_counter() - started, findings
    finally:
        gc.enable()


def _assert_linear(small_text, large_text, markdown=False):
    """Four times the input takes at most about four times as long, far from the sixteen of a quadratic pattern
    (the best of three runs of each size, so that a busy machine does not decide), and no pattern was stopped at
    its time limit (a stopped pattern would look linear)."""
    small = min(_seconds(small_text, markdown)[0] for _ in range(3))
    runs = [_seconds(large_text, markdown) for _ in range(3)]
    large = min(seconds for seconds, _ in runs)
    assert large <= 7 * small + 0.1, (large_text[:40], small, large)
    assert not [f for f in runs[0][1] if f.category == "other" and not f.match], large_text[:40]


@pytest.mark.parametrize("unit", ["_", "（", "xx区", "**", "一是加强学习。\n", "某某，", " ~~ "])
def test_time_stays_linear_in_a_run_of_one_thing(unit):
    """A run of one mark, mask, label or sentence."""
    _assert_linear("标题\n\n" + unit * 2000, "标题\n\n" + unit * 8000)


def test_time_stays_linear_in_a_word_paragraph_of_line_breaks(tmp_path):
    """A paragraph of thousands of line breaks (each line is read on its own by some checks)."""
    import gc
    import time
    from docx import Document
    from conftest import lint_file
    timings = []
    for n in (2000, 8000):
        doc = Document()
        doc.add_paragraph("标题")
        run = doc.add_paragraph().add_run("x = 1")
        for _ in range(n):
            run.add_break()
        doc.save(tmp_path / f"{n}.docx")
        gc.collect()
        started = time.perf_counter()
        lint_file(tmp_path / f"{n}.docx")
        timings.append(time.perf_counter() - started)
    assert timings[1] <= 7 * timings[0] + 0.2, timings


def test_a_paragraph_of_thousands_of_one_defect_gives_a_capped_report(tmp_path, capsys):
    import json
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\n" + "xx区" * 4000 + "\n", encoding="utf-8")
    assert main(["check", "--no-cache", "--format", "json", str(draft)]) == 1
    report = capsys.readouterr().out
    findings = json.loads(report)["files"][0]["findings"]
    xs = [f for f in findings if f["rule"] == "placeholder-x"]
    assert len(xs) == 50 and "本段另有3950处相同问题" in xs[-1]["message"]
    assert len(report) < 100_000                                  # not 80 MB: the context is a window
    f = xs[5]
    assert len(f["context"]) <= 700 and f["context"][f["offset"]:f["offset"] + 2] == "xx"
    assert f["context_start"] + f["offset"] == 3 * 5


def test_a_pipe_or_device_is_not_read_and_outputs_never_replace_a_draft(tmp_path, capsys):
    import os
    folder = tmp_path / "shared"
    folder.mkdir()
    draft = folder / "d.txt"
    draft.write_text("标题\n\nxx区\n", encoding="utf-8")
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "pipe.txt")
        assert main(["check", "--no-cache", str(folder)]) == 1             # the pipe is skipped, not waited on
        assert main(["check", "--no-cache", str(folder / "pipe.txt")]) == 2
        assert "not a regular file" in capsys.readouterr().out
        os.remove(folder / "pipe.txt")
    for option in ("-o", "--report"):
        assert main(["check", "--no-cache", option, str(draft), str(draft)]) == 2
        assert "is one of the drafts checked" in capsys.readouterr().err
        assert draft.read_text(encoding="utf-8") == "标题\n\nxx区\n"


def _draft_and_its_copy(tmp_path):
    """x.docx with a leftover, and the reviewed copy lintdoc wrote of it."""
    from docx_fixtures import new_document
    doc = new_document()
    doc.add_paragraph("区委宣传部20xx年工作总结")
    src = tmp_path / "x.docx"
    doc.save(src)
    assert main(["check", "--no-cache", "--annotate", str(src)]) == 1
    return doc, src, tmp_path / "x.lintdoc.docx"


def test_a_reviewed_copy_never_replaces_the_draft_it_reviews(tmp_path, capsys):
    _, src, copy = _draft_and_its_copy(tmp_path)
    before = copy.read_bytes()
    assert main(["check", "--no-cache", "--annotate-to", str(copy), str(copy)]) == 2
    assert "is the draft being checked" in capsys.readouterr().out
    assert copy.read_bytes() == before


def test_a_pattern_that_backtracks_is_stopped_and_reported(tmp_path, capsys, monkeypatch):
    import lintdoc.checks.pattern as pattern
    monkeypatch.setattr(pattern, "PATTERN_SECONDS", 0.5)
    (tmp_path / ".lintdoc.yaml").write_text(
        "rules:\n  mine:\n    kind: pattern\n    category: other\n    patterns: ['(a|aa)+$', '^(a|aa)+$']\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\n" + "a" * 60 + "b\n", encoding="utf-8")
    assert main(["check", "--no-cache", str(draft)]) == 0
    out = capsys.readouterr().out
    assert out.count("Rule mine stopped") + out.count("规则 mine") == 2


def test_control_characters_from_files_and_names_are_escaped_in_text_and_xml(tmp_path, capsys):
    import os
    import xml.dom.minidom
    if os.name == "nt":
        pytest.skip("such names are not allowed there")
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "e\x1b[2Jx.txt").write_text("标题\n\nxx区\x1b[31mred\x1b]0;title\x07\n", encoding="utf-8")
    (folder / "n\nl.txt").write_text("标题\n\nxx区\n", encoding="utf-8")
    assert main(["check", "--no-cache", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "e\\x1b[2Jx.txt" in out and "n\\x0al.txt" in out and "\\x1b]0;title\\x07" in out
    assert main(["check", "--no-cache", "--format", "junit", str(folder)]) == 1
    xml.dom.minidom.parseString(capsys.readouterr().out.encode("utf-8"))       # well-formed
    assert main(["show", str(folder / "e\x1b[2Jx.txt")]) == 0
    assert "\x1b" not in capsys.readouterr().out


def test_a_cache_entry_that_was_edited_or_has_wrong_types_is_computed_again(tmp_path, capsys):
    import hashlib
    import json
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\nxx区\n", encoding="utf-8")
    cache = tmp_path / "cache"
    assert main(["check", "--cache", str(cache), str(draft)]) == 1
    entry = next(p for p in cache.rglob("*.json"))
    digest, body = entry.read_bytes().split(b"\n", 1)
    data = json.loads(body)
    assert len(data["findings"]) == 1 and data["contexts"] == ["xx区"]
    emptied = json.dumps({**data, "findings": []}).encode()
    entry.write_bytes(digest + b"\n" + emptied)                        # edited, old digest: not trusted
    assert main(["check", "--cache", str(cache), str(draft)]) == 1
    wrong = json.dumps({**data, "findings": [{**data["findings"][0], "offset": "3"}]}).encode()
    entry.write_bytes(hashlib.sha256(wrong).hexdigest().encode() + b"\n" + wrong)   # right digest, wrong types
    assert main(["check", "--cache", str(cache), str(draft)]) == 1
    assert "placeholder-x" in capsys.readouterr().out


def test_a_cached_result_matches_a_fresh_one_in_a_long_paragraph(tmp_path, capsys):
    import json
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\n" + "全年举办培训3期。" * 400 + "推进xx区工作。\n", encoding="utf-8")
    cache = tmp_path / "cache"
    outputs = []
    for _ in range(2):
        main(["check", "--cache", str(cache), "--format", "json", str(draft)])
        outputs.append(json.loads(capsys.readouterr().out)["files"][0]["findings"])
    assert outputs[0] == outputs[1] and any("context_start" in f for f in outputs[0])


def test_a_reviewed_copy_of_standard_input_is_made_from_its_bytes(tmp_path, monkeypatch, capsys):
    import io
    import sys
    import docx
    from docx_fixtures import new_document
    doc = new_document()
    doc.add_paragraph("区委宣传部20xx年工作总结")
    src = tmp_path / "src.docx"
    doc.save(src)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(src.read_bytes())))
    assert main(["check", "--no-cache", "--stdin", "--stdin-filename", "x.docx", "--annotate"]) == 1
    assert [c.text for c in docx.Document(str(tmp_path / "x.lintdoc.docx")).comments]   # no x.docx on disk needed
    capsys.readouterr()


def test_a_file_the_word_writer_cannot_open_loses_its_copy_not_its_findings(tmp_path, monkeypatch, capsys):
    import lintdoc.writers.docx_annotator as annotator
    from docx_fixtures import new_document
    for name in ("a", "b"):
        doc = new_document()
        doc.add_paragraph(f"区委宣传部20xx年工作总结{name}")
        doc.save(tmp_path / f"{name}.docx")
    real = annotator.docx.Document

    def picky(path):
        if str(path).endswith("a.docx"):
            raise KeyError("no main document part")
        return real(path)
    monkeypatch.setattr(annotator.docx, "Document", picky)
    assert main(["check", "--no-cache", "-j", "1", "--annotate", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert "a.lintdoc.docx: error: reviewed copy not written: the Word writer cannot open this file" in out
    assert "a.docx:" in out and "placeholder-year" in out                         # its findings still print
    assert (tmp_path / "b.lintdoc.docx").exists() and not (tmp_path / "a.lintdoc.docx").exists()


def test_numbering_overrides_of_levels_word_does_not_have_are_ignored(tmp_path):
    from conftest import lint_file
    from docx_fixtures import abstract, lvl, new_document, num, numbered, set_numbering
    doc = new_document()
    many = "".join(f'<w:lvlOverride w:ilvl="{i % 12}"><w:startOverride w:val="3"/></w:lvlOverride>' for i in range(10000))
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.") + lvl(11, "decimal", "%12.")),
                  num(1, 1, '<w:lvlOverride w:ilvl="9"><w:startOverride w:val="3"/></w:lvlOverride>'), num(2, 1, many))
    doc.add_paragraph("工作总结")
    numbered(doc, "第一项", 1, 0)
    numbered(doc, "第二项", 2, 0)
    doc.save(tmp_path / "o.docx")
    from lintdoc.readers import read_document
    labels = [p.label for p in read_document(tmp_path / "o.docx").paragraphs if p.label]
    assert labels == ["1.", "3."]
    lint_file(tmp_path / "o.docx")


def test_many_small_parts_that_inflate_a_lot_are_a_zip_bomb_too(tmp_path):
    """Each part under 1 MiB skips the per-part ratio check; the package as a whole has a budget."""
    import zipfile
    from docx_fixtures import new_document
    from lintdoc.errors import InputError
    from lintdoc.readers.ooxml import Package
    doc = new_document()
    doc.add_paragraph("工作总结")
    src = tmp_path / "src.docx"
    doc.save(src)
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(src) as z_in, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z_out:
        for item in z_in.infolist():
            z_out.writestr(item, z_in.read(item))
        for i in range(12):
            z_out.writestr(f"word/header{i + 10}.xml", b"<w:hdr>" + b"a" * ((1 << 20) - 100) + b"</w:hdr>")
    pkg = Package(bomb)
    with pytest.raises(InputError, match="zip bomb"):
        for i in range(12):
            pkg.read(f"word/header{i + 10}.xml")


def test_reviewed_copies_never_collide_nor_leave_the_annotate_folder(tmp_path, capsys):
    import os
    from docx_fixtures import new_document
    for folder in ("A", "B"):
        (tmp_path / folder).mkdir()
        doc = new_document()
        doc.add_paragraph(f"区委宣传部20xx年工作总结{folder}")
        doc.save(tmp_path / folder / "x.docx")
    doc.save(tmp_path / "A" / "x.docm")
    review = tmp_path / "review"
    assert main(["check", "--no-cache", "-j", "1", "--annotate-dir", str(review), str(tmp_path / "A"), str(tmp_path / "B")]) == 1
    copies = sorted(str(p.relative_to(review)) for p in review.rglob("*.docx"))
    assert copies == ["A/x.docm.lintdoc.docx", "A/x.lintdoc.docx", "B/x.lintdoc.docx"]
    if hasattr(os, "symlink"):
        outside = tmp_path / "outside"
        outside.mkdir()
        linked = tmp_path / "review2"
        linked.mkdir()
        (linked / "sub").symlink_to(outside, target_is_directory=True)
        (tmp_path / "sub").mkdir()
        doc.save(tmp_path / "sub" / "y.docx")
        assert main(["check", "--no-cache", "--annotate-dir", str(linked), str(tmp_path / "sub"), str(tmp_path / "A")]) == 2
        assert "leads out of --annotate-dir" in capsys.readouterr().out
        assert not list(outside.iterdir())
    capsys.readouterr()


@pytest.mark.skipif(not hasattr(__import__("os"), "killpg"), reason="POSIX process groups")
def test_sigterm_stops_the_workers_too(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time
    folder = tmp_path / "drafts"
    folder.mkdir()
    body = "标题\n\n" + "全年举办培训3期，推进xx区创建工作。\n" * 400
    for i in range(400):
        (folder / f"d{i}.txt").write_text(body + str(i), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "lintdoc", "check", "--no-cache", "-j", "2", str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(2.5)
    if proc.poll() is not None:
        pytest.skip("the run ended before the signal")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) != 0
    deadline = time.time() + 10
    while time.time() < deadline:
        try:
            os.killpg(proc.pid, 0)          # anything left of the group (workers)?
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.killpg(proc.pid, signal.SIGKILL)
    pytest.fail("workers outlived the SIGTERM")


def test_a_utf16_part_with_a_dtd_is_refused_like_a_utf8_one(tmp_path):
    import zipfile
    from docx_fixtures import new_document
    from lintdoc.errors import InputError
    from lintdoc.readers import read_document
    doc = new_document()
    doc.add_paragraph("工作总结")
    src = tmp_path / "src.docx"
    doc.save(src)
    for body, refused in ((None, False), ('<!DOCTYPE w [<!ENTITY e "xx区">]>', True)):
        out = tmp_path / f"u{int(refused)}.docx"
        with zipfile.ZipFile(src) as z_in, zipfile.ZipFile(out, "w") as z_out:
            for item in z_in.infolist():
                data = z_in.read(item)
                if item.filename == "word/document.xml":
                    text = data.decode("utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
                    if body:
                        text = text.replace("?>", "?>" + body, 1)
                    data = text.encode("utf-16")
                z_out.writestr(item, data)
        if refused:
            with pytest.raises(InputError, match="DTD"):
                read_document(out)
        else:
            assert [p.text for p in read_document(out).paragraphs][:1] == ["工作总结"]


def test_only_an_unchanged_copy_of_lintdoc_is_replaced(tmp_path, capsys):
    import zipfile
    doc, src, copy = _draft_and_its_copy(tmp_path)
    assert main(["check", "--no-cache", "--annotate", str(src)]) == 1          # its own copy: replaced
    comment = zipfile.ZipFile(copy).comment
    assert comment.startswith(b"lintdoc reviewed copy ")
    with zipfile.ZipFile(copy, "a") as z:                                        # edited since, comment kept
        z.writestr("customXml/notes.xml", "<notes>my edits</notes>")
        z.comment = comment
    assert main(["check", "--no-cache", "--annotate", str(src)]) == 2
    assert "was not written by lintdoc" in capsys.readouterr().out
    other = tmp_path / "y.docx"
    doc.save(other)
    with zipfile.ZipFile(other, "a") as z:
        z.comment = b"lintdoc reviewed copy"                                      # the old marker alone
    assert main(["check", "--no-cache", "--annotate-to", str(other), str(src)]) == 2
    capsys.readouterr()


def test_a_template_that_is_a_folder_or_too_large_is_a_usage_error(tmp_path, capsys):
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\nxx区\n", encoding="utf-8")
    (tmp_path / "t.docx").mkdir()
    assert main(["check", "--template", str(tmp_path / "t.docx"), str(draft)]) == 2
    assert "not a regular file" in capsys.readouterr().err
    big = tmp_path / "big.md"
    with open(big, "wb") as fh:
        fh.truncate(65 * 1024 * 1024)                       # sparse: no disk space used
    assert main(["check", "--template", str(big), str(draft)]) == 2
    assert "larger than 64 MiB" in capsys.readouterr().err


def test_a_lone_surrogate_in_a_file_is_replaced_once_in_the_reader(tmp_path, capsys):
    from docx_fixtures import new_document, raw_paragraph, run
    doc = new_document()
    doc.add_paragraph("标题")
    raw_paragraph(doc, run("正文xx区") + '<w:r><w:sym w:font="Symbol" w:char="D800"/></w:r>' + run("结束"))
    doc.save(tmp_path / "s.docx")
    for args in (["show", str(tmp_path / "s.docx")], ["show", "--format", "json", str(tmp_path / "s.docx")],
                 ["check", "--cache", str(tmp_path / "c"), "--format", "json", "-o", str(tmp_path / "o.json"),
                  "--report", str(tmp_path / "r.html"), str(tmp_path / "s.docx")]):
        assert main(args) in (0, 1)
    assert "\ufffd" in capsys.readouterr().out


@pytest.mark.parametrize("line", [":::x{} y", "- a: b\n- {}x\n- c: d", "- {}\n- b: c\n- d: e", "*引进了{}的*锦绣", "['a', {}'b']",
                                  "汇报人：xxx{}{{.text-intro", "s2.push(m);{}//如果", "`a` int{}NOT NULL,"])
def test_time_stays_linear_in_markdown_runs(line):
    """A container line, list entries, star masks, a data literal, an attribute list, a code comment and a SQL
    column stretched by a run of spaces or words."""
    _assert_linear("# 周报\n\n" + line.format(" " * 2000 + "a " * 500), "# 周报\n\n" + line.format(" " * 8000 + "a " * 2000), True)


@pytest.mark.parametrize("make", [lambda n: "[" + "a_" * n + "]", lambda n: "{{" + "Ab_" * n + "}}", lambda n: "[X " + "a " * n + "]",
                                  lambda n: "€[" + "a-" * n + "]%", lambda n: "___ of " * n])
def test_time_stays_linear_in_bracketed_stand_ins(make, monkeypatch):
    """A stand-in's words joined by underscores or hyphens, stretched: the words and the joins of a figure's
    stand-in ([TOTAL_BUDGET]) never overlap, so no split of the run is tried twice."""
    import lintdoc.checks.pattern as pattern
    monkeypatch.setattr(pattern, "PATTERN_SECONDS", 1.0)     # (not to wait 5 s for a pattern to be stopped)
    _assert_linear("标题\n\n" + make(1500), "标题\n\n" + make(6000))


@pytest.mark.parametrize("unit", ["a_", "a-", "a ", "Ab", "X ", "[a", "_ ", "1.", "。", "“", "a.", "{a", "(a", "a:", "*a", "xx ",
                                  "某", "1、", "$X", "|a", "a/", "…", "a'", "<a", "${a"])
def test_no_pattern_gives_up_on_a_long_run(unit, monkeypatch):
    """No rule's pattern runs into its time limit on a long run of a word, a mark, a mask or a join, bare, in a
    bracket or after a field's label, in a text file or in Markdown."""
    import lintdoc.checks.pattern as pattern
    from conftest import lint_text
    monkeypatch.setattr(pattern, "PATTERN_SECONDS", 1.0)
    for markdown in (False, True):
        for text in (unit * 3000, "[" + unit * 3000 + "]", "标题：" + unit * 3000 + "。"):
            found = lint_text(("# 周报\n\n" if markdown else "标题\n\n") + text + "\n", markdown)
            assert not [f for f in found if f.category == "other" and not f.match], (unit, text[:12], markdown)

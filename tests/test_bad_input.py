"""Bad input: a clear one-line error, exit 2, never a traceback, never a change to the file."""
import hashlib
import os
import sys
import json
import zipfile

import pytest

from docx_fixtures import new_document
from lintdoc.cli import main
from lintdoc.errors import InputError
from lintdoc.readers import read_document
from lintdoc.readers import ooxml


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def good_docx(path, text="全年完成xx项任务。"):
    doc = new_document()
    doc.add_paragraph(text)
    doc.save(path)
    return path


def rezip(src, dst, replace=None, drop=()):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename in drop:
                continue
            data = (replace or {}).get(item.filename, zin.read(item.filename))
            zout.writestr(item.filename, data)
    return dst


def make(tmp_path, kind):
    p = tmp_path / f"{kind}.docx"
    if kind == "empty":
        p.write_bytes(b"")
    elif kind == "corrupt":
        p.write_bytes(b"PK\x03\x04 this is not really a zip")
    elif kind == "truncated":
        data = good_docx(tmp_path / "src.docx").read_bytes()
        p.write_bytes(data[: len(data) // 2])
    elif kind == "notword":
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("hello.txt", "hi")
    elif kind == "xlsx":
        with zipfile.ZipFile(p, "w") as z:
            z.writestr("xl/workbook.xml", "<workbook/>")
    elif kind == "encrypted":    # Office encryption / IRM: the package sits in an EncryptedPackage stream
        p.write_bytes(ooxml.OLE_MAGIC + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64)
    elif kind == "legacy":
        p.write_bytes(ooxml.OLE_MAGIC + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 64)
    elif kind == "dtd":
        src = good_docx(tmp_path / "src.docx")
        evil = (b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;">]>'
                b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                b'<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
        rezip(src, p, {"word/document.xml": evil})
    elif kind == "badstyle":      # a malformed style the draft uses (the default paragraph style)
        src = good_docx(tmp_path / "src.docx")
        with zipfile.ZipFile(src) as z:
            styles = z.read("word/styles.xml")
        start = styles.index(b'<w:name w:val="Normal"/>')
        rezip(src, p, {"word/styles.xml": styles[:start] + b'<w:name w:val="Normal">' + styles[start + 24:]})
    elif kind == "bomb":
        src = good_docx(tmp_path / "src.docx")
        big = b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' \
              + b" " * (ooxml.MAX_PART_BYTES + 10) + b"</w:document>"
        rezip(src, p, {"word/document.xml": big})
    return p


@pytest.mark.parametrize("kind,words", [
    ("empty", "empty"), ("corrupt", "not a valid .docx"), ("truncated", "not a valid .docx"),
    ("notword", "not a Word document"), ("xlsx", "Excel"), ("encrypted", "rights-protected"), ("legacy", "legacy .doc"),
    ("dtd", "DTD"), ("badstyle", "word/styles.xml is not well-formed"), ("bomb", "zip bomb")])
def test_bad_docx_gives_clear_error_and_exit_2(tmp_path, capsys, monkeypatch, kind, words):
    monkeypatch.setattr(ooxml, "MAX_PART_BYTES", 2 * 1024 * 1024)   # a small cap keeps the bomb small
    path = make(tmp_path, kind)
    before = digest(path)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert words in str(err.value)
    assert main(["check", str(path)]) == 2
    out = capsys.readouterr()
    assert words in out.out and "Traceback" not in out.out + out.err
    assert digest(path) == before


def test_legacy_doc_and_wps_say_how_to_convert(tmp_path, capsys):
    for name in ("old.doc", "old.wps"):
        p = tmp_path / name
        p.write_bytes(ooxml.OLE_MAGIC + b"\x00" * 100)
        with pytest.raises(InputError, match="soffice --headless --convert-to docx"):
            read_document(p)


def test_missing_path_and_binary_txt(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nope.docx")]) == 2
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputError, match="binary|encoding"):
        read_document(junk)
    assert "no such file" in capsys.readouterr().out


def test_a_bad_file_in_a_folder_is_reported_and_the_rest_checked(tmp_path, capsys):
    good_docx(tmp_path / "a.docx")
    make(tmp_path, "corrupt")
    (tmp_path / "~$a.docx").write_bytes(b"lock")            # Word's lock file: skipped
    (tmp_path / ".hidden.md").write_text("xx区", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.md").write_text("# 标题\n\n全年培训x名干部。\n", encoding="utf-8")
    assert main(["check", "--format", "json", str(tmp_path)]) == 2
    report = json.loads(capsys.readouterr().out)
    by_name = {f["path"].rsplit("/", 1)[-1]: f for f in report["files"]}
    assert set(by_name) == {"a.docx", "corrupt.docx", "c.md"}
    assert by_name["corrupt.docx"]["error"] and by_name["a.docx"]["error"] is None
    assert any(f["match"] == "xx" for f in by_name["a.docx"]["findings"])
    assert any(f["match"] == "x" for f in by_name["c.md"]["findings"])


def test_invalid_config_names_file_line_and_problem(tmp_path, capsys):
    cfg = tmp_path / ".lintdoc.yaml"
    cfg.write_text("rules:\n  placeholder-x: sometimes\n", encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\n正文内容。\n", encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(draft)]) == 2
    err = capsys.readouterr().err
    assert f"{cfg}:2" in err and "placeholder-x" in err and "expected" in err
    cfg.write_text("rules: [unclosed\n", encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(draft)]) == 2
    assert "invalid YAML" in capsys.readouterr().err
    cfg.write_text("rules:\n  no-such-rule: off\n", encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(draft)]) == 2
    assert "no such rule" in capsys.readouterr().err
    cfg.write_text("rules:\n  mine:\n    kind: pattern\n    patterns: ['(']\n", encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(draft)]) == 2
    assert "bad regular expression" in capsys.readouterr().err
    cfg.write_text("rules:\n  placeholder-x:\n    extra-patterns: ['(']\n", encoding="utf-8")    # a built-in rule changed
    assert main(["check", "--config", str(cfg), str(draft)]) == 2
    assert "bad regular expression" in capsys.readouterr().err
    cfg.write_text("rules:\n  mine:\n    kind: pattern\n    patterns: ['x']\n    requires: {count: 2}\n", encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(draft)]) == 2
    assert "`requires` needs `patterns`" in capsys.readouterr().err


def test_usage_error_exit_2(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "xml", "x.docx"])
    assert exc.value.code == 2


def test_damaged_numbering_values_do_not_stop_the_reader(tmp_path):
    """Hand-edited or damaged numbering (a non-numeric ilvl, a huge start for a letter format) is read
    as Word would degrade it, never a traceback or a runaway label."""
    from docx_fixtures import abstract, lvl, num, numbered, set_numbering
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "upperLetter", "%1.", start=99999999999) + lvl(1, "decimal", "%2.")),
                  num(1, 1))
    numbered(doc, "第一项", 1, 0)
    p = numbered(doc, "第二项", 1, 1)
    p._p.pPr.numPr.ilvl.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val", "x0")
    doc.save(tmp_path / "n.docx")
    labels = [q.label for q in read_document(tmp_path / "n.docx").paragraphs if q.text in ("第一项", "第二项")]
    assert labels[0] == "99999999999." and len(labels[1]) < 20


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names there are always Unicode")
def test_a_file_name_that_is_not_utf8_is_shown_escaped_in_every_output(tmp_path, capsys):
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    with open(os.fsencode(drafts) + b"/\xb9\xa4\xd7\xf7.txt", "wb") as fh:     # 工作 in GBK
        fh.write("标题\n\nxx区\n".encode("utf-8"))
    for fmt in ("text", "json", "sarif", "junit", "github", "html"):
        out = tmp_path / f"out.{fmt}"
        assert main(["check", "--no-cache", "--format", fmt, "-o", str(out), "--report", str(tmp_path / "r.html"),
                     str(drafts)]) == 1, fmt
        text = out.read_text(encoding="utf-8")
        assert "xb9" in text and "xa4" in text, fmt
        if fmt in ("json", "sarif"):
            json.loads(text)
    capsys.readouterr()

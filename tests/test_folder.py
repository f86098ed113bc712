"""Shared-folder runs: broken and busy files, nested folders, encodings, parallel jobs, the cache,
the HTML report in a real browser, and watch mode."""
import json
import os
import pathlib
import shutil
import threading
import time

import pytest

from docx_fixtures import new_document
from lintdoc import runner
from lintdoc.cli import main


def docx_file(path, text="全年完成xx项任务。"):
    doc = new_document()
    doc.add_paragraph("区委宣传部2024年工作总结")
    doc.add_paragraph(text)
    doc.save(path)
    return path


def folder_of_drafts(root):
    (root / "a" / "b").mkdir(parents=True)
    docx_file(root / "one.docx")
    docx_file(root / "a" / "two.docx", "培训干部x名。")
    (root / "a" / "b" / "three.md").write_text("# Report\n\nOwner: [Name]\n", encoding="utf-8")
    (root / "a" / "gbk.txt").write_bytes("区委办公室2024年工作计划\n\n一、推进xx区工作。\n".encode("gbk"))
    (root / "corrupt.docx").write_bytes(b"PK\x03\x04 not a zip")
    os.utime(root / "corrupt.docx", (time.time() - 60, time.time() - 60))
    (root / "~$one.docx").write_bytes(b"lock owner")
    return root


def run_json(capsys, *argv):
    code = main(["check", "--format", "json", "--quiet", *map(str, argv)])
    return code, json.loads(capsys.readouterr().out)


def test_folder_with_broken_lock_nested_and_gbk_files(tmp_path, capsys):
    root = folder_of_drafts(tmp_path / "shared")
    code, report = run_json(capsys, "--no-cache", root)
    files = {pathlib.Path(f["path"]).name: f for f in report["files"]}
    assert set(files) == {"one.docx", "two.docx", "three.md", "gbk.txt", "corrupt.docx"}
    assert code == 2 and "not a valid .docx" in files["corrupt.docx"]["error"]
    assert [f["match"] for f in files["gbk.txt"]["findings"] if f["rule"] == "placeholder-x"] == ["xx"]
    assert all(files[n]["error"] is None for n in ("one.docx", "two.docx", "three.md", "gbk.txt"))


def test_output_identical_with_and_without_jobs(tmp_path, capsys):
    root = folder_of_drafts(tmp_path / "shared")
    for i in range(6):
        docx_file(root / "a" / f"extra{i}.docx", f"第{i}段：培训干部x名，完成投资**万元。")
    _, single = run_json(capsys, "--no-cache", "--jobs", "1", root)
    _, double = run_json(capsys, "--no-cache", "--jobs", "2", root)
    assert single == double


def test_a_file_being_written_is_retried_not_reported_corrupt(tmp_path, capsys):
    target = tmp_path / "draft.docx"
    complete = docx_file(tmp_path / "complete.docx").read_bytes()
    target.write_bytes(complete[: len(complete) // 3])             # Word is still saving it
    (tmp_path / "~$draft.docx").write_bytes(b"lock")

    def finish_saving():
        time.sleep(0.4)
        target.write_bytes(complete)
        (tmp_path / "~$draft.docx").unlink()
    threading.Thread(target=finish_saving).start()
    code, report = run_json(capsys, "--no-cache", target)
    assert report["files"][0]["error"] is None
    assert "xx" in [f["match"] for f in report["files"][0]["findings"]]


def test_a_file_that_stays_locked_is_reported_in_use(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(runner, "RETRY_DELAY", 0.05)
    target = tmp_path / "draft.docx"
    target.write_bytes(docx_file(tmp_path / "c.docx").read_bytes()[:500])
    (tmp_path / "~$draft.docx").write_bytes(b"lock")
    code, report = run_json(capsys, "--no-cache", target)
    assert code == 2 and report["files"][0]["error"].startswith("in use")
    assert "corrupt" not in report["files"][0]["error"]


def test_a_file_replaced_mid_run_is_checked_as_one_version(tmp_path, capsys, monkeypatch):
    target = docx_file(tmp_path / "draft.docx", "旧版本xx区。")
    newer = docx_file(tmp_path / "newer.docx", "新版本yy。").read_bytes()
    real_read = runner.read_document

    def read_then_replace(path, data=None, run_map=True):
        doc = real_read(path, data, run_map)
        pathlib.Path(path).write_bytes(newer)              # replaced while lintdoc was checking it
        return doc
    monkeypatch.setattr(runner, "read_document", read_then_replace)
    code, report = run_json(capsys, "--no-cache", target)
    assert [p["context"] for p in report["files"][0]["findings"] if p["rule"] == "placeholder-x"] == ["旧版本xx区。"]


def test_cache_hits_unchanged_files_and_misses_on_change(tmp_path, capsys, monkeypatch):
    root = folder_of_drafts(tmp_path / "shared")
    cache = tmp_path / "cache"
    calls = []
    real_read = runner.read_document
    monkeypatch.setattr(runner, "read_document", lambda p, d=None, run_map=True: calls.append(p) or real_read(p, d, run_map))
    _, first = run_json(capsys, "--cache", cache, "--jobs", "1", root)
    parsed_first = len(calls)
    _, second = run_json(capsys, "--cache", cache, "--jobs", "1", root)
    assert first == second
    assert len(calls) - parsed_first == 1      # only the broken .docx is parsed again (errors are not cached)
    docx_file(root / "one.docx", "改过的xx段落。")
    calls.clear()
    run_json(capsys, "--cache", cache, "--jobs", "1", root)
    assert any(p.endswith("one.docx") for p in calls) and not any(p.endswith("two.docx") for p in calls)


def test_html_report_speaks_one_language(tmp_path, capsys):
    root = folder_of_drafts(tmp_path / "shared")
    report = tmp_path / "report.html"
    main(["check", "--no-cache", "--report", str(report), str(root)])
    capsys.readouterr()
    html = report.read_text(encoding="utf-8")
    assert "<th>未填数字</th>" in html and "<option value=\"unfilled-figure\">未填数字</option>" in html
    assert "显示 <span id=\"count\">" in html and "</span> 条" in html and "unfilled-figure</td>" not in html


def _browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver = shutil.which("chromedriver")
    try:
        import selenium  # noqa: F401
    except ImportError:
        return None
    return (chromium, driver) if chromium and driver else None


@pytest.mark.skipif(_browser() is None, reason="no Chromium and chromedriver (or selenium) installed")
def test_html_report_filters_in_a_real_browser(tmp_path, capsys):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    root = folder_of_drafts(tmp_path / "shared")
    report = tmp_path / "report.html"
    main(["check", "--no-cache", "--quiet", "--report", str(report), str(root)])
    capsys.readouterr()
    assert "http" not in report.read_text(encoding="utf-8").split("<body>")[0]    # self-contained head
    chromium, driver = _browser()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(driver), options=options)
    try:
        browser.get(report.as_uri())
        visible = lambda: [r for r in browser.find_elements(By.CSS_SELECTOR, "#findings tr.finding")  # noqa: E731
                           if r.is_displayed()]
        total = len(visible())
        assert total >= 4 and browser.find_element(By.TAG_NAME, "h1").text == "lintdoc 检查报告"
        Select(browser.find_element(By.ID, "f-category")).select_by_value("unfilled-figure")
        rows = visible()
        assert rows and all("未填数字" in r.text for r in rows) and len(rows) < total
        assert browser.find_element(By.ID, "count").text == str(len(rows))
        Select(browser.find_element(By.ID, "f-category")).select_by_value("")
        Select(browser.find_element(By.ID, "f-file")).select_by_value(str(root / "a" / "b" / "three.md"))
        rows = visible()
        assert len(rows) >= 1 and all("three.md" in r.text for r in rows)
        assert rows[-1].find_element(By.TAG_NAME, "mark").text
        status = browser.find_element(By.CSS_SELECTOR, "#files").text
        assert "无法读取" in status                                   # the corrupt draft
    finally:
        browser.quit()


def test_watch_rechecks_a_changed_draft_and_keeps_the_report_current(tmp_path, capsys):
    root = tmp_path / "shared"
    root.mkdir()
    draft = root / "d.md"
    draft.write_text("# Report\n\nOwner: Wang Li\n", encoding="utf-8")
    report = tmp_path / "report.html"

    def edit_later():
        deadline = time.time() + 10
        while not report.exists() and time.time() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        draft.write_text("# Report\n\nOwner: [Name]\n", encoding="utf-8")
    threading.Thread(target=edit_later).start()
    assert main(["watch", "--interval", "0.1", "--cycles", "40", "--report", str(report), str(root)]) == 0
    out = capsys.readouterr().out
    assert out.count("checked  ") >= 2
    assert "[Name]" in report.read_text(encoding="utf-8")


def test_watch_without_a_report_prints_the_findings_and_a_missing_path_fails_at_once(tmp_path, capsys):
    root = tmp_path / "shared"
    root.mkdir()
    (root / "d.md").write_text("# Report\n\nOwner: [Name]\n", encoding="utf-8")
    assert main(["watch", "--interval", "0.05", "--cycles", "2", str(root)]) == 0
    out = capsys.readouterr().out
    assert "d.md" in out and "[Name]" in out and "placeholder" in out
    started = time.time()
    assert main(["watch", "--interval", "5", str(tmp_path / "NONEXISTENT")]) == 2
    assert time.time() - started < 2 and "no such file or folder" in capsys.readouterr().err


def _run_with_terminal(args, stdout_is_terminal: bool) -> str:
    """Run `lintdoc` with stderr (and optionally stdout) on a pseudo-terminal; what the terminal got."""
    import pty
    import subprocess
    import sys
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "lintdoc", *args], stdin=subprocess.DEVNULL, stderr=slave,
                            stdout=slave if stdout_is_terminal else subprocess.DEVNULL,
                            env={**os.environ, "LINTDOC_CACHE": "off"})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:            # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait()
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.skipif(os.name != "posix", reason="pseudo-terminals are POSIX")
def test_progress_bar_on_a_terminal_only(tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    for i in range(3):
        docx_file(folder / f"d{i}.docx")
    shown = _run_with_terminal(["check", str(folder), "-j", "1"], stdout_is_terminal=True)
    assert "3/3" in shown and "[" + "#" * 30 + "]" in shown
    assert "d0.docx" in shown                      # the report itself
    piped = _run_with_terminal(["check", str(folder), "-j", "1"], stdout_is_terminal=False)
    assert "3/3" not in piped                      # `lintdoc check … | less`: no bar on the screen
    quiet = _run_with_terminal(["check", str(folder), "-j", "1", "--quiet"], stdout_is_terminal=True)
    assert "3/3" not in quiet and "d0.docx" in quiet


def test_a_fault_in_a_rule_is_reported_for_that_file_and_the_rest_is_checked(tmp_path, capsys, monkeypatch):
    from lintdoc.checks.title_period import TitlePeriodRule
    folder = tmp_path / "drafts"
    folder.mkdir()
    docx_file(folder / "a.docx")
    docx_file(folder / "b.docx")
    calls = []

    def broken(self, doc):
        calls.append(doc.path)
        if len(calls) == 1:
            raise KeyError("boom")
        return iter(())
    monkeypatch.setattr(TitlePeriodRule, "check", broken)
    monkeypatch.delenv("LINTDOC_DEBUG", raising=False)
    code, report = run_json(capsys, folder, "--jobs", "1", "--no-cache")
    errors = [f["error"] for f in report["files"] if f["error"]]
    assert code == 2 and len(errors) == 1 and "internal error" in errors[0] and "KeyError" in errors[0]
    assert sum(1 for f in report["files"] if f["findings"]) == 1       # the other draft was checked


def test_compiled_rules_are_cached_and_a_damaged_entry_is_built_again(tmp_path, monkeypatch):
    from lintdoc.cache import cached_rules
    from lintdoc.checks import build_rules
    from lintdoc.config import load_config
    config = load_config()
    calls = []

    def build(c):
        calls.append(1)
        return build_rules(c)
    folder = tmp_path / "cache"
    first = cached_rules(str(folder), config, build)
    entries = list((folder / "rules").glob("*.pickle"))
    assert len(entries) == 1 and len(calls) == 1
    again = cached_rules(str(folder), config, build)
    assert len(calls) == 1 and [r.id for r in again] == [r.id for r in first]
    assert [p.pattern for p in again[0].patterns] == [p.pattern for p in first[0].patterns]
    entries[0].write_bytes(entries[0].read_bytes()[:-10] + b"0123456789")        # damaged: built again
    cached_rules(str(folder), config, build)
    assert len(calls) == 2
    cached_rules(None, config, build)                                              # --no-cache: never stored
    assert len(calls) == 3
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)                                                            # writable by others: not used
    cached_rules(str(shared), config, build)
    assert len(calls) == 4 and not (shared / "rules").exists()


def test_old_results_are_pruned_at_most_once_a_day(tmp_path):
    import os
    import time
    from lintdoc.cache import ResultCache
    cache = ResultCache(str(tmp_path))
    old, new = "ab" + "0" * 62, "cd" + "1" * 62
    cache.put(old, "zh", [])
    cache.put(new, "zh", [])
    now = time.time()
    os.utime(cache._path(old), (now - 100 * 86400,) * 2)
    cache.prune(now)
    assert not os.path.exists(cache._path(old)) and cache.get(new) == ("zh", [])
    cache.put(old, "zh", [])
    os.utime(cache._path(old), (now - 100 * 86400,) * 2)
    cache.prune(now + 3600)                   # pruned an hour ago: not again today
    assert os.path.exists(cache._path(old))


def test_cache_keeps_the_newest_entries_of_each_kind(tmp_path):
    """Each code version or configuration adds an entry; the oldest beyond the limit are removed."""
    import os
    from lintdoc.cache import _MISSING, KEEP_ENTRIES, _entry, load_pickle, save_pickle
    folder = str(tmp_path / "cache")
    for i in range(KEEP_ENTRIES + 3):
        save_pickle(folder, "config", f"key {i}", i)
        os.utime(_entry(folder, "config", f"key {i}"), (1_000_000 + i, 1_000_000 + i))   # distinct ages
    kept = [i for i in range(KEEP_ENTRIES + 3) if load_pickle(folder, "config", f"key {i}") is not _MISSING]
    assert len(kept) == KEEP_ENTRIES and kept[-1] == KEEP_ENTRIES + 2 and 0 not in kept


def test_parsed_configuration_is_cached_without_yaml(tmp_path, monkeypatch):
    """A pack's parse is kept in the cache folder under a SHA-256 of its text; a hit gives the same
    configuration without importing PyYAML, and an edited file is parsed again."""
    import subprocess
    import sys

    from lintdoc import config as cfg
    folder = tmp_path / "cache"
    project = tmp_path / "p"
    project.mkdir()
    (project / ".lintdoc.yaml").write_text("rules:\n  placeholder-mou: off\n", encoding="utf-8")
    monkeypatch.setattr(cfg, "_CONFIGS", {})
    monkeypatch.setattr(cfg, "_PARSED", {})
    plain = cfg.load_config(project / ".lintdoc.yaml")
    monkeypatch.setattr(cfg, "_CONFIGS", {})
    monkeypatch.setattr(cfg, "_PARSED", {})
    first = cfg.load_config(project / ".lintdoc.yaml", cache=str(folder))
    assert list((folder / "yaml").glob("*.pickle")) and first.rules == plain.rules and first.where == plain.where
    code = ("import sys; from lintdoc.config import load_config; "
            f"c = load_config({str(project / '.lintdoc.yaml')!r}, cache={str(folder)!r}); "
            "assert c.rules['placeholder-mou']['enabled'] is False; assert 'yaml' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)
    (project / ".lintdoc.yaml").write_text("rules:\n  placeholder-mou: warning\n", encoding="utf-8")
    monkeypatch.setattr(cfg, "_CONFIGS", {})
    monkeypatch.setattr(cfg, "_PARSED", {})
    assert cfg.load_config(project / ".lintdoc.yaml", cache=str(folder)).rules["placeholder-mou"]["severity"] == "warning"


def test_module_expressions_are_kept_in_the_cache_folder_unless_it_is_off(tmp_path):
    """`lintdoc check` keeps the expressions its modules compile in <cache>/regex/ and a second process
    takes them from there (same findings); --no-cache writes nothing."""
    import subprocess
    import sys
    draft = tmp_path / "d.txt"
    draft.write_text("区委宣传部2024年工作总结\n\n完成xx区宣传任务。\n", encoding="utf-8")
    cache = tmp_path / "cache"

    def check(*options):
        env = {**os.environ, "LINTDOC_CACHE": str(cache)}
        return subprocess.run([sys.executable, "-m", "lintdoc", "check", "--format", "json", *options, str(draft)],
                              capture_output=True, text=True, env=env).stdout
    plain = check("--no-cache")
    assert not cache.exists()
    assert check() == plain and len(list((cache / "regex").glob("*.pickle"))) == 1
    draft.write_text(draft.read_text(encoding="utf-8") + "\n", encoding="utf-8")   # not a result cache hit
    assert check() == check("--no-cache")          # a second process, with the kept expressions
    code = ("import sys; from lintdoc import rx; rx.load(sys.argv[1]); import lintdoc.outline; "
            "assert rx._store and not rx._grown")
    subprocess.run([sys.executable, "-c", code, str(cache)], check=True)


def test_a_check_with_everything_from_the_cache_never_imports_the_pattern_compiler(tmp_path):
    """With the rules and the modules' expressions unpickled from the cache, a process needs regex's C
    engine alone (loaded from its file by rx), not the package and its pure-Python compiler (~9 ms); the
    findings are those of a process that compiled everything, and the package still works when imported
    after the engine."""
    import subprocess
    import sys
    import shutil
    import zipfile
    draft = tmp_path / "d.docx"
    sample = os.path.join(os.path.dirname(__file__), "..", "samples", "zh-annual-summary-draft.docx")
    env = {**os.environ, "LINTDOC_CACHE": str(tmp_path / "cache")}
    code = ("import sys, lintdoc.cli as c\n"
            "try: c.main(['check', '--format', 'json', sys.argv[1]])\n"
            "except SystemExit: pass\n"
            "print('regex._regex_core' in sys.modules, 'regex' in sys.modules, file=sys.stderr)")
    runs = []
    for i in range(3):
        shutil.copy(sample, draft)
        with zipfile.ZipFile(draft, "a") as z:
            z.comment = b"copy %d" % i                 # other bytes: no result-cache hit
        runs.append(subprocess.run([sys.executable, "-c", code, str(draft)], capture_output=True, text=True,
                                   env=env))
    assert runs[2].stderr.split() == ["False", "False"], runs[2].stderr
    strip = [r.stdout.replace(str(draft), "") for r in runs]
    assert strip[0] == strip[1] == strip[2] and '"findings": [' in strip[0]
    after = ("import sys; from lintdoc import rx; rx.load(sys.argv[1]); regex = rx.engine(); "
             "assert regex._regex is sys.modules['regex._regex']; "
             "assert regex.compile(r'(\\p{Han})x').sub(r'\\1y', '中x') == '中y'; "
             "assert (rx.IGNORECASE, rx.MULTILINE, rx.VERSION0) == (regex.IGNORECASE, regex.MULTILINE, regex.VERSION0)")
    subprocess.run([sys.executable, "-c", after, str(tmp_path / "cache")], check=True, env=env)


def test_a_kept_configuration_is_used_only_while_its_files_are_unchanged(tmp_path, monkeypatch):
    """The loaded configuration is kept in the cache folder with the SHA-256 of each file it was read
    from; an edited file (even with the same size and time) loads it again; a template is never kept."""
    from lintdoc import config as cfg
    folder = str(tmp_path / "cache")
    project = tmp_path / "p"
    project.mkdir()
    conf = project / ".lintdoc.yaml"
    conf.write_text("rules:\n  placeholder-mou: off\n", encoding="utf-8")

    def load(**kw):
        monkeypatch.setattr(cfg, "_CONFIGS", {})
        monkeypatch.setattr(cfg, "_PARSED", {})
        return cfg.load_config(conf, cache=folder, **kw)
    first = load()
    assert list((tmp_path / "cache" / "config").glob("*.pickle"))
    calls = []
    real = cfg._load_config
    monkeypatch.setattr(cfg, "_load_config", lambda *a: calls.append(1) or real(*a))
    again = load()
    assert not calls and again.rules == first.rules and again.root == first.root
    from lintdoc.cache import config_fingerprint
    assert again.kept_fingerprint == config_fingerprint(first)       # the fingerprint kept with it
    st = conf.stat()
    conf.write_text("rules:\n  placeholder-mou: on\n", encoding="utf-8")
    os.utime(conf, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert load().rules["placeholder-mou"]["enabled"] is True and calls == [1]
    template = project / "t.md"
    template.write_text("# T\n", encoding="utf-8")
    load(template=str(template))
    load(template=str(template))
    assert calls == [1, 1, 1]

"""Throughput of `lintdoc check` on a corpus of realistic Chinese drafts, against bare extraction.

    python benchmarks/bench.py [--docs 200] [--corpus DIR] [--json OUT]

Builds (once, into --corpus) .docx drafts of 3 to 30 pages with automatic numbering (一、（一）1.),
tables, a header, and the usual leftovers, then measures in one run, documents per second:
  lxml        parse word/document.xml with lxml (the floor of any faithful reader)
  lxml + text the same plus each paragraph's w:t texts in Python (the floor of any Python reader)
  python-docx docx.Document(path) alone
  cold        lintdoc check, one process, no cache
  jobs 2      lintdoc check with 2 worker processes, no cache
  warm cache  lintdoc check again over the unchanged folder with a filled cache
and, as new processes, `lintdoc check DRAFT.docx` against `python -c "import docx"` (median of 15
alternating runs, lintdoc's modules compiled to bytecode as an installed package's are), and the ratios
the performance bar is stated in.
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import random
import shutil
import sys
import tempfile
import time
import zipfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE.parent))

OPENERS = ["今年以来，", "一年来，", "全年", "上半年，", "围绕区委中心工作，", "在各级领导的关心支持下，", ""]
ACTORS = ["我部", "全区宣传系统", "各镇街", "机关各科室", "区融媒体中心", "文明办", "网信办", "讲师团"]
ACTIONS = [
    "组织中心组集体学习{n}次，开展专题研讨{k}场",
    "举办专题培训班{n}期，培训党员干部{m}名",
    "在省级以上媒体刊发稿件{m}篇，其中头版头条{n}篇",
    "累计组织志愿服务{m}场次，参与群众{m2}余人次",
    "及时处置网络舆情{n}起，开展网络安全检查{k}次",
    "完成投资{m}万元，同比增长{n}.{k}%",
    "建成新时代文明实践站{n}个，覆盖率达到{p}%",
    "开展理论宣讲{m}场，受众{m2}余人次",
    "推出融媒体产品{m}件，总阅读量{m2}万次",
    "走访基层单位{n}家，收集意见建议{m}条",
]
RESULTS = ["，有效提升了我区的知名度和美誉度", "，各项指标均超额完成年度目标任务", "，工作成效得到上级充分肯定",
           "，为全区高质量发展营造了良好氛围", "，群众满意度进一步提高", ""]
LEFTOVERS = ["xx区", "20xx年", "x名", "**%", "某某同志", "____"]


def sentence(rng):
    """A plausible, varied report sentence (figures differ, so sentences rarely repeat exactly)."""
    action = rng.choice(ACTIONS).format(n=rng.randint(2, 30), k=rng.randint(1, 9), m=rng.randint(100, 9999),
                                        m2=rng.randint(1000, 99999), p=rng.randint(60, 100))
    return f"{rng.choice(OPENERS)}{rng.choice(ACTORS)}{action}{rng.choice(RESULTS)}"


def para(text, num=None, bold=False):
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>' if num else ""
    rpr = '<w:rPr><w:rFonts w:hint="eastAsia"/>' + ("<w:b/>" if bold else "") + '<w:lang w:eastAsia="zh-CN"/></w:rPr>'
    half = len(text) // 2
    runs = "".join(f'<w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>' for t in (text[:half], text[half:]) if t)
    return f"<w:p>{ppr}{runs}</w:p>"


def table(rows, rng):
    cells = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{para(v)}</w:tc>"
                                       for v in (f"指标{r}", str(rng.randint(10, 999)), str(rng.randint(10, 999))))
                    + "</w:tr>" for r in range(rows))
    return f"<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid>" \
           f"<w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>{cells}</w:tbl>"


def body(pages, rng):
    out = [para("区委宣传部2024年工作总结", bold=True)]
    sections = ["主要成绩", "存在的问题", "下一步工作打算"]
    per_section = max(1, pages * 7 // 3)          # about 7 paragraphs of ~100 characters a page
    for s, title in enumerate(sections):
        out.append(para(title, num=(1, 0)))
        for k in range(per_section):
            if k % 6 == 0:
                out.append(para(f"重点工作{k // 6 + 1}", num=(1, 1)))
            if k % 25 == 24:
                out.append(table(rng.randint(3, 8), rng))
            text = "。".join(sentence(rng) for _ in range(rng.randint(2, 4))) + "。"
            if rng.random() < 0.05:
                text = text.replace(rng.choice(ACTORS), rng.choice(LEFTOVERS), 1)
            out.append(para(text))
    return "".join(out)


def build_corpus(folder: pathlib.Path, count: int, seed: int = 7) -> list:
    from docx_fixtures import GB_LEVELS, abstract, new_document, num, set_numbering
    folder.mkdir(parents=True, exist_ok=True)
    existing = sorted(folder.glob("draft-*.docx"))
    if len(existing) >= count:
        return existing[:count]
    template = folder / "template.docx"
    doc = new_document()
    set_numbering(doc, abstract(1, GB_LEVELS), num(1, 1))
    doc.sections[0].header.paragraphs[0].text = "区委宣传部"
    doc.add_paragraph("placeholder")
    doc.save(template)
    with zipfile.ZipFile(template) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    head, _, tail = parts["word/document.xml"].decode("utf-8").partition("<w:body>")
    sect = tail[tail.index("<w:sectPr"):]
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        xml = f"{head}<w:body>{body(rng.randint(3, 30), rng)}{sect}"
        path = folder / f"draft-{i:04d}.docx"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                z.writestr(name, xml.encode("utf-8") if name == "word/document.xml" else data)
        paths.append(path)
    template.unlink()
    return paths


def rate(label, fn, paths):
    start = time.perf_counter()
    fn(paths)
    seconds = time.perf_counter() - start
    return {"label": label, "seconds": round(seconds, 3), "docs_per_second": round(len(paths) / seconds, 1)}


def bare_lxml(paths):
    from lxml import etree
    for p in paths:
        with zipfile.ZipFile(p) as z:
            etree.fromstring(z.read("word/document.xml"))


def bare_text(paths):
    """lxml parse plus the paragraph texts (w:t joined per w:p): what any reader must at least do,
    with no formatting, numbering, tables, fields or revisions."""
    from lxml import etree
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for p in paths:
        with zipfile.ZipFile(p) as z:
            root = etree.fromstring(z.read("word/document.xml"))
        [[t.text for t in para.iter(w + "t")] for para in root.iter(w + "p")]


def python_docx(paths):
    import docx
    for p in paths:
        docx.Document(str(p))


def lintdoc_run(jobs, cache):
    from lintdoc.runner import RunOptions, run

    def go(paths):
        opts = RunOptions(cache=cache, jobs=jobs)
        results = run([(str(p), None, opts, None) for p in paths], jobs)
        assert all(not r.error for r in results)
    return go


def single_draft_process(path, cache, runs=15) -> dict:
    """Median seconds of `lintdoc check DRAFT.docx` as a new process and of `python -c "import docx"`,
    alternated `runs` times. Each run checks a copy with different bytes (no result-cache hit); the
    compiled-rules cache is warm, as it is on a user's machine after the first run."""
    import compileall
    import statistics
    import subprocess

    import lintdoc
    # an installed lintdoc has its modules compiled to bytecode (pip does it at install); a checkout run
    # with PYTHONDONTWRITEBYTECODE set would compile them again in every process (about 90 ms)
    compileall.compile_dir(os.path.dirname(lintdoc.__file__), quiet=1)
    env = {**os.environ, "LINTDOC_CACHE": cache}
    lintdoc = [sys.executable, "-m", "lintdoc", "check"]
    folder = pathlib.Path(tempfile.mkdtemp(prefix="lintdoc-bench-one-"))
    checks, imports = [], []
    try:
        def timed(cmd):
            started = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            return time.perf_counter() - started
        for i in range(runs + 1):
            one = folder / f"draft-{i}.docx"
            shutil.copy(path, one)
            with zipfile.ZipFile(one, "a") as z:
                z.comment = f"copy {i}".encode()
            seconds = timed(lintdoc + [str(one)])
            if i:                                         # the first run fills the compiled-rules cache
                checks.append(seconds)
                imports.append(timed([sys.executable, "-c", "import docx"]))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"lintdoc check one draft": statistics.median(checks), 'python -c "import docx"': statistics.median(imports)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--corpus", default=os.path.join(tempfile.gettempdir(), "lintdoc-bench-corpus-2"))
    ap.add_argument("--json", help="write the figures here")
    a = ap.parse_args()
    paths = build_corpus(pathlib.Path(a.corpus), a.docs)
    pages = sum(os.path.getsize(p) for p in paths) / len(paths) / 1024
    cache = tempfile.mkdtemp(prefix="lintdoc-bench-cache-")
    try:
        bare_lxml(paths)                                  # warm the OS file cache for every measure
        rows = [rate("lxml", bare_lxml, paths), rate("lxml + text", bare_text, paths),
                rate("python-docx", python_docx, paths),
                rate("cold", lintdoc_run(1, None), paths), rate("jobs 2", lintdoc_run(2, None), paths)]
        lintdoc_run(1, cache)(paths)                      # fill the cache
        rows.append(rate("warm cache", lintdoc_run(1, cache), paths))
        process = single_draft_process(paths[0], cache)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    by = {r["label"]: r["docs_per_second"] for r in rows}
    ratios = {"lxml + text / lxml": by["lxml + text"] / by["lxml"], "cold / lxml": by["cold"] / by["lxml"], "cold / python-docx": by["cold"] / by["python-docx"],
              "jobs 2 / cold": by["jobs 2"] / by["cold"], "warm cache / cold": by["warm cache"] / by["cold"]}
    print(f"{len(paths)} drafts, {pages:.0f} KiB each on average; {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}")
    for r in rows:
        print(f"  {r['label']:12} {r['docs_per_second']:8.1f} docs/s  ({r['seconds']:.2f} s)")
    for label, seconds in process.items():
        print(f"  {label:26} {seconds * 1000:6.0f} ms  (median of 15, as a new process)")
    ratios["one draft / import docx"] = process["lintdoc check one draft"] / process['python -c "import docx"']
    for k, v in ratios.items():
        print(f"  {k:26} {v:6.2f}")
    if a.json:
        pathlib.Path(a.json).write_text(json.dumps({"rows": rows, "process": process, "ratios": ratios}, indent=1),
                                        encoding="utf-8")


if __name__ == "__main__":
    main()

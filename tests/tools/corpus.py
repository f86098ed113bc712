#!/usr/bin/env python3
"""The broad corpus: split new documents into the tuning and check halves, and score both.

    python tests/tools/corpus.py add DIR...     # file each document + truth into its half (by name hash)
    python tests/tools/corpus.py score [--json OUT] [--show N] [--half check]
    python tests/tools/corpus.py list             # the table of documents in tests/corpus/README.md
    python tests/tools/corpus.py repos            # the repositories of real .docx files not here yet
    python tests/tools/corpus.py restore          # copy them out of fetched snapshots (../.mirror)

Layout: tests/corpus/{tune,check}/{zh,en,docx}/NAME.(txt|md) + NAME.yaml. A document's half is fixed by a
hash of its file name, never chosen. Real Word files come from public repositories fetched here and are
not committed (only their truth files are, under .../docx/, with `source` and `sha256`); they are looked
up by name under $LINTDOC_REAL_DOCX (default: ../realdocx beside the project) and scored when present.

Scores use the planners' score.py (tests/tools/score.py is a copy) on one lintdoc run over every document,
per half and per language, plus the findings per clean document (truth `clean: true`): every finding
of any category counts there, as a user would count them.
"""
from __future__ import annotations

import argparse
import atexit
import collections
import hashlib
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
REAL_DOCX = pathlib.Path(os.environ.get("LINTDOC_REAL_DOCX") or HERE.parents[2] / "realdocx")
MIRROR = pathlib.Path(os.environ.get("LINTDOC_MIRROR") or HERE.parents[2] / ".mirror")
HALVES = ("tune", "check")
GROUPS = ("zh", "en", "docx")
sys.path.insert(0, str(HERE))
import score  # noqa: E402  the planners' scorer


def half_of(name: str) -> str:
    return HALVES[hashlib.sha256(name.encode("utf-8")).digest()[0] % 2]


def group_of(doc: pathlib.Path, truth: dict) -> str:
    if doc.suffix == ".docx" or str(truth.get("doc", "")).endswith(".docx"):
        return "docx"
    return "zh" if str(truth.get("language", "")).startswith("zh") else "en"


def add(dirs):
    for d in map(pathlib.Path, dirs):
        for t in sorted(d.glob("*.yaml")):
            truth = yaml.safe_load(t.read_text(encoding="utf-8")) or {}
            doc = d / str(truth.get("doc") or "")
            if not truth.get("doc"):
                print(f"skip {t}: no `doc`")
                continue
            group = group_of(doc, truth)
            dest = CORPUS / half_of(doc.name) / group
            dest.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(t, dest / (doc.stem + ".yaml"))
            if group != "docx":
                if not doc.exists():
                    print(f"skip {t}: {doc} missing")
                    continue
                shutil.copyfile(doc, dest / doc.name)
            print(f"{half_of(doc.name):5} {group:4} {doc.name}")


def real_docx(stem: str) -> pathlib.Path | None:
    hits = sorted(REAL_DOCX.rglob(stem + ".docx")) if REAL_DOCX.is_dir() else []
    return hits[0] if hits else None


def docx_sources():
    """[(stem, repo, path, commit, sha256)] of every real .docx truth file; its `source` reads
    `github OWNER/REPO PATH@COMMIT` (the path may hold spaces)."""
    out = []
    for t in sorted(CORPUS.glob("*/docx/*.yaml")):
        truth = yaml.safe_load(t.read_text(encoding="utf-8")) or {}
        m = re.match(r"github (\S+) (.+)@([0-9a-f]{7,40})$", " ".join(str(truth.get("source", "")).split()))
        if m:
            out.append((t.stem, m[1], m[2], m[3], truth.get("sha256")))
    return out


def _present(stem, sha):
    src = real_docx(stem)
    return src is not None and (not sha or hashlib.sha256(src.read_bytes()).hexdigest() == sha)


def _blob(gitdir, spec):
    r = subprocess.run(["git", "--git-dir", str(gitdir), "cat-file", "blob", spec], capture_output=True)
    return r.stdout if r.returncode == 0 else None


def _matching_blob(gitdir, commits, path, sha):
    """The first of the commits' versions of `path` whose sha256 is `sha` (any one when no sha is given), or None."""
    for c in commits:
        blob = _blob(gitdir, f"{c}:{path}")
        if blob is not None and (not sha or hashlib.sha256(blob).hexdigest() == sha):
            return blob
    return None


def _renamed_blob(gitdir, commits, sha):
    """A .docx anywhere in the commits' trees whose sha256 is `sha`: the source a truth file names may have lost a
    character of its path (two spaces copied as one), and the content is what counts."""
    for c in commits:
        r = subprocess.run(["git", "--git-dir", str(gitdir), "ls-tree", "-r", "-z", "--name-only", c],
                           capture_output=True)
        names = r.stdout.decode("utf-8", "replace").split("\0") if r.returncode == 0 else []
        for name in (n for n in names if n.lower().endswith(".docx")):
            blob = _matching_blob(gitdir, [c], name, sha)
            if blob is not None:
                return blob
    return None


def restore():
    """Copy each missing real .docx out of its repository's snapshot under MIRROR (fetched with the
    search library's `fetch`), at the annotated commit or any commit that touched the path, checked by
    sha256 (or, where the path is not found, any .docx of the commit with that sha256). Prints what is still
    missing."""
    REAL_DOCX.mkdir(parents=True, exist_ok=True)
    got = missing = 0
    for stem, repo, path, commit, sha in docx_sources():
        if _present(stem, sha):
            continue
        root = MIRROR / repo.replace("/", "+")
        gitdir = next((g for g in (root / "repo" / ".git", root / "repo") if (g / "HEAD").exists()), None)
        data = None
        if gitdir is not None:
            data = _matching_blob(gitdir, [commit, "HEAD"], path, sha) or _matching_blob(gitdir, subprocess.run(
                ["git", "--git-dir", str(gitdir), "log", "--all", "--format=%H", "--", path],
                capture_output=True, text=True).stdout.split(), path, sha)
            if data is None and sha:
                data = _renamed_blob(gitdir, [commit, "HEAD"], sha)
        if data is None:
            missing += 1
            print(f"missing {stem}: {repo} {path}@{commit}" + ("" if gitdir else " (not fetched)"))
            continue
        tmp = REAL_DOCX / (stem + ".docx.part")
        tmp.write_bytes(data)
        os.replace(tmp, REAL_DOCX / (stem + ".docx"))
        got += 1
    print(f"restored {got}, missing {missing}, under {REAL_DOCX}")


def collect(halves):
    """[(half, group, document path, truth path, truth)] for every pair present here."""
    out, workdir = [], pathlib.Path(tempfile.mkdtemp(prefix="lintdoc-corpus-"))
    atexit.register(shutil.rmtree, workdir, True)     # the copies of real .docx files
    for half in halves:
        for group in GROUPS:
            folder = CORPUS / half / group
            for t in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
                truth = yaml.safe_load(t.read_text(encoding="utf-8")) or {}
                if group == "docx":
                    src = real_docx(t.stem)
                    if src is None:
                        continue
                    want = truth.get("sha256")
                    if want and hashlib.sha256(src.read_bytes()).hexdigest() != want:
                        print(f"note: {src} differs from the annotated file (sha256); skipped", file=sys.stderr)
                        continue
                    doc = workdir / half / (t.stem + ".docx")
                    doc.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(src, doc)
                else:
                    doc = folder / str(truth.get("doc") or t.stem)
                    if not doc.exists():
                        continue
                for item in truth.get("findings") or []:   # (YAML reads an unquoted 20_ or 2024 as a number)
                    for k in ("anchor", "match"):
                        if k in item and not isinstance(item[k], str):
                            item[k] = str(item[k])
                out.append((half, group, doc, t, truth))
    return out


def measure(pairs, report):
    """{(half, group): {category: {tp, fp, fn, precision, recall, f1}, "clean": {...}}}, with
    (half, "all") rows too, and the misses and false alarms for --show."""
    stats = collections.defaultdict(lambda: collections.defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0}))
    clean = collections.defaultdict(lambda: [0, 0])
    misses, extras = [], []
    for half, group, doc, t, truth in pairs:
        entry = report.get(str(doc.resolve())) or {"findings": [], "error": "not in report"}
        findings = entry.get("findings") or []
        for key in ((half, group), (half, "all")):
            m, e = [], []
            score.score_doc(truth, findings, stats[key], m, e, f"{half}/{group}/{doc.name}", score.unanchored(t))
            if key[1] != "all":
                misses += m
                extras += e
            if truth.get("clean"):      # a section the truth cannot judge (a cut-off text) is not counted
                known = {k for k, v in (truth.get("sections") or {}).items() if v in ("present", "missing")}
                clean[key][0] += 1
                clean[key][1] += sum(1 for f in findings if f.get("category") != "missing-section"
                                     or f.get("section") in known)
        if entry.get("error"):
            extras.append((f"{half}/{group}/{doc.name}", "ERROR", entry["error"], ""))
    out = {}
    for key, cats in stats.items():
        row = {}
        for cat in score.SCORED + ["missing-section", "leftover"]:
            s = cats[cat]
            p, r, f = score.prf(s)
            row[cat] = dict(s, precision=round(p, 3), recall=round(r, 3), f1=round(f, 3))
        docs, found = clean.get(key, (0, 0))
        row["clean"] = {"documents": docs, "findings": found, "per_document": round(found / docs, 2) if docs else 0.0}
        out["/".join(key)] = row
    return out, misses, extras


def table(scores) -> str:
    cats = ["leftover", "placeholder", "unfilled-figure", "missing-section", "numbering", "boilerplate", "punctuation"]
    lines = ["| half / docs | " + " | ".join(cats) + " | findings per clean doc |",
             "|---|" + "---|" * (len(cats) + 1)]
    for key in sorted(scores, key=lambda k: (HALVES.index(k.split("/")[0]), (GROUPS + ("all",)).index(k.split("/")[1]))):
        row = scores[key]
        cells = []
        for c in cats:
            s = row[c]
            n = s["tp"] + s["fn"]
            cells.append("—" if n == 0 and s["fp"] == 0 else f"{s['precision']:.2f}/{s['recall']:.2f}/{s['f1']:.2f} ({n})")
        cl = row["clean"]
        cells.append(f"{cl['per_document']:.2f} ({cl['documents']})" if cl["documents"] else "—")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n\nCells: precision/recall/F1 (truth items)."


def listing() -> str:
    """The Markdown table of every document (tests/corpus/README.md): half, group, name, language,
    organisation, kind, clean, source."""
    lines = ["| half | group | document | language | organisation | kind | clean | source |",
             "|---|---|---|---|---|---|---|---|"]
    for half in sorted(HALVES):
        for group in sorted(GROUPS):
            for t in sorted((CORPUS / half / group).glob("*.yaml")):
                truth = yaml.safe_load(t.read_text(encoding="utf-8")) or {}
                cells = [half, group, t.stem, truth.get("language", ""), truth.get("org", ""), truth.get("kind", ""),
                         "yes" if truth.get("clean") else "", " ".join(str(truth.get("source", "")).split())]
                lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    a_add = sub.add_parser("add", help="file documents with their truth into the two halves")
    a_add.add_argument("dirs", nargs="+")
    sub.add_parser("list", help="print the table of documents and sources for tests/corpus/README.md")
    sub.add_parser("repos", help="print the repositories whose real .docx files are not here yet")
    sub.add_parser("restore", help="copy the real .docx files out of fetched snapshots")
    a_score = sub.add_parser("score", help="score both halves (or one) per language")
    a_score.add_argument("--half", choices=HALVES)
    a_score.add_argument("--json", help="write the scores here")
    a_score.add_argument("--show", type=int, default=0, help="print up to N misses and false alarms")
    a_score.add_argument("--cmd", default=f"{sys.executable} -m lintdoc check --format json --no-cache")
    a = ap.parse_args(argv)
    if a.cmd == "add":
        add(a.dirs)
        return
    if a.cmd == "list":
        print(listing(), end="")
        return
    if a.cmd == "repos":
        print("\n".join(sorted({repo for stem, repo, _, _, sha in docx_sources() if not _present(stem, sha)})))
        return
    if a.cmd == "restore":
        restore()
        return
    pairs = collect([a.half] if a.half else HALVES)
    scores, misses, extras = measure(pairs, score.run_lintdoc(a.cmd, [p[2] for p in pairs]))
    print(table(scores))
    score.print_rows(misses, extras, a.show, a.json, scores)


if __name__ == "__main__":
    main()

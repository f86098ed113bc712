"""Command line: `lintdoc check`, `lintdoc show`, `lintdoc rules`.

Exit codes: 0 nothing at or above the failure threshold; 1 findings at or above it;
2 usage, configuration or input errors (a bad file among good ones is reported, the
others are still checked).
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from lintdoc import __version__
from lintdoc.checks import KINDS, build_rules
from lintdoc.config import load_config
from lintdoc.discovery import discover
from lintdoc.engine import run_rules
from lintdoc.errors import ConfigError, InputError, LintdocError
from lintdoc.findings import at_least
from lintdoc.readers import read_document
from lintdoc.reporters import FileResult
from lintdoc.reporters import json_reporter, text_reporter

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2   # argparse also exits 2 on usage errors


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lintdoc", description="Lint report drafts (.docx, .md, .txt): missing sections, "
                     "placeholders, unfilled figures, numbering and more.")
    parser.add_argument("--version", action="version", version=f"lintdoc {__version__}")
    sub = parser.add_subparsers(dest="command")
    check = sub.add_parser("check", help="check drafts and report findings")
    check.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (folders are searched recursively)")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument("--config", metavar="FILE", help="configuration file (default: the nearest .lintdoc.yaml)")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None,
                       help="lowest severity that makes the exit code 1 (default: error)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    review = check.add_argument_group("reviewed copies (.docx only; the checked file is never modified)")
    review.add_argument("--annotate", action="store_true",
                        help="write DRAFT.lintdoc.docx beside each .docx, with every finding as a Word comment")
    review.add_argument("--annotate-dir", metavar="DIR", help="write the reviewed copies under DIR, mirroring folders")
    review.add_argument("-o", "--annotate-output", metavar="FILE", help="the reviewed copy of a single .docx")
    show = sub.add_parser("show", help="print what lintdoc read, paragraph by paragraph")
    show.add_argument("file")
    show.add_argument("--format", choices=("text", "json"), default="text")
    rules = sub.add_parser("rules", help="list every rule with its id, kind, severity and examples")
    rules.add_argument("--config", metavar="FILE")
    rules.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return {"check": cmd_check, "show": cmd_show, "rules": cmd_rules}[args.command](args)
    except LintdocError as exc:
        print(f"lintdoc: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lintdoc: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


class _RuleCache:
    """Rules per configuration file, so that each folder's nearest config is loaded once."""

    def __init__(self, explicit):
        self.explicit = explicit
        self.by_source: dict = {}

    def for_path(self, path):
        config = load_config(self.explicit, start=None if self.explicit else os.path.abspath(path))
        key = tuple(config.sources)
        if key not in self.by_source:
            self.by_source[key] = (config, build_rules(config))
        return self.by_source[key]


def check_file(path, rules) -> FileResult:
    try:
        doc = read_document(path)
    except InputError as exc:
        return FileResult(path, error=exc.detail)
    except (OSError, ValueError, RecursionError) as exc:  # anything a reader did not foresee: report, go on
        return FileResult(path, error=f"cannot read the file ({type(exc).__name__}: {exc})")
    return FileResult(path, doc, run_rules(doc, rules))


def wants_review(args) -> bool:
    return bool(args.annotate or args.annotate_dir or args.annotate_output)


def root_of(path, roots):
    """The folder argument a discovered file came from (for mirroring under --annotate-dir)."""
    for root in roots:
        if os.path.isdir(root) and os.path.abspath(path).startswith(os.path.abspath(root) + os.sep):
            return root
    return None


def review_path(args, path, root) -> str:
    if args.annotate_output:
        return args.annotate_output
    stem = os.path.splitext(os.path.basename(path))[0] + ".lintdoc.docx"
    if args.annotate_dir:
        rel = os.path.relpath(os.path.dirname(os.path.abspath(path)), os.path.abspath(root)) if root else "."
        return os.path.normpath(os.path.join(args.annotate_dir, rel, stem))
    return os.path.join(os.path.dirname(path), stem)


def write_review(args, result, root) -> None:
    from lintdoc.writers.docx_annotator import annotate
    target = review_path(args, result.path, root)
    try:
        annotate(result.document, result.findings, target)
    except InputError as exc:
        result.error = f"reviewed copy not written: {exc.detail}"
    except OSError as exc:
        result.error = f"reviewed copy not written: {exc}"


def cmd_check(args) -> int:
    cache = _RuleCache(args.config)
    results, fail_on = [], args.fail_on
    config_errors = []
    paths = []
    for p in args.paths:
        if not os.path.exists(p):
            results.append(FileResult(p, error="no such file or folder"))
            continue
        paths.append(p)
    if args.annotate_output and (len(paths) != 1 or not os.path.isfile(paths[0])):
        print("lintdoc: -o/--annotate-output takes a single .docx; use --annotate-dir for several", file=sys.stderr)
        return EXIT_ERROR
    base_config, _ = cache.for_path(paths[0] if paths else ".")
    for path in discover(paths, ignored=base_config.ignored):
        try:
            config, rules = cache.for_path(path)
        except ConfigError as exc:
            config_errors.append(str(exc))
            results.append(FileResult(path, error=f"configuration error: {exc}"))
            continue
        result = check_file(path, rules)
        if result.document is not None and wants_review(args) and result.document.format == "docx":
            write_review(args, result, root_of(path, paths))
        results.append(result)
        fail_on = fail_on or config.fail_on
    fail_on = fail_on or "error"
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR"))
    out = json_reporter.render(results) if args.format == "json" else text_reporter.render(results, color)
    sys.stdout.write(out)
    for msg in config_errors[:1]:
        print(f"lintdoc: {msg}", file=sys.stderr)
    if any(r.error for r in results) or not results:
        if not results:
            print("lintdoc: no drafts found (.docx, .md, .txt)", file=sys.stderr)
        return EXIT_ERROR
    if any(at_least(f.severity, fail_on) for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK


def cmd_show(args) -> int:
    doc = read_document(args.file)
    if args.format == "json":
        print(json.dumps({
            "path": doc.path, "format": doc.format, "language": doc.language, "encoding": doc.encoding,
            "revisions": doc.revisions, "comments": doc.comments,
            "controls_showing_placeholder": doc.controls_showing_placeholder,
            "paragraphs": [_show_json(doc, p) for p in doc.paragraphs]}, ensure_ascii=False, indent=1))
        return EXIT_OK
    facts = [f"format={doc.format}", f"language={doc.language}"]
    if doc.encoding:
        facts.append(f"encoding={doc.encoding}")
    if doc.revisions:
        facts.append("revisions=" + ",".join(f"{k}:{v}" for k, v in sorted(doc.revisions.items())))
    if doc.comments:
        facts.append(f"comments={doc.comments}")
    print(f"{doc.path}: {' '.join(facts)}")
    for p in doc.paragraphs:
        print(_show_line(doc, p))
    return EXIT_OK


def _show_json(doc, p):
    out = {"part": p.part, "paragraph": p.index, "label": p.label, "heading_level": p.heading_level,
           "title": p.is_title, "style": p.style, "flags": sorted(p.flags), "text": p.text}
    if p.hidden_text:
        out["hidden_text"] = p.hidden_text
    if p.table:
        out["table"] = list(p.table)
    if p.story:
        out["story"] = p.story
    pos = doc.position(p, 0)
    if pos:
        out["line"], out["column"] = pos
    return out


def _show_line(doc, p) -> str:
    cols = [f"¶{p.index:<4}", f"{p.part:<8}"]
    pos = doc.position(p, 0)
    if pos:
        cols.append(f"L{pos[0]}:{pos[1]}")
    if p.table:
        cols.append("cell %d.%d.%d" % p.table)
    cols.append(f"[{p.label}]" if p.label else "[]")
    cols.append("title" if p.is_title else (f"H{p.heading_level}" if p.heading_level else "-"))
    if p.style:
        cols.append(f"style={p.style}")
    if p.bold:
        cols.append("bold")
    if p.flags:
        cols.append("flags=" + ",".join(sorted(p.flags)))
    text = p.text.replace("\n", "⏎").replace("\t", "→")
    line = " ".join(cols) + " | " + text
    if p.hidden_text:
        line += f"  (hidden: {p.hidden_text})"
    return line


def cmd_rules(args) -> int:
    config = load_config(args.config, start=None if args.config else os.getcwd())
    rules = build_rules(config)
    if args.format == "json":
        print(json.dumps([_rule_json(r) for r in rules], ensure_ascii=False, indent=1))
        return EXIT_OK
    for r in rules:
        d = _rule_json(r)
        print(f"{r.id}  [{r.KIND}, {r.category}, {r.severity}]")
        print(f"    {d['description']['en']}")
        if d["description"]["zh"] and d["description"]["zh"] != d["description"]["en"]:
            print(f"    {d['description']['zh']}")
        for ex in d["examples"].get("fail", [])[:2]:
            print(f"    fails: {ex}")
        for ex in d["examples"].get("pass", [])[:2]:
            print(f"    passes: {ex}")
    print(f"{len(rules)} rules; kinds: {', '.join(sorted(KINDS))}")
    return EXIT_OK


def _rule_json(r) -> dict:
    from lintdoc.checks.base import localized
    return {"id": r.id, "kind": r.KIND, "category": r.category, "severity": r.severity,
            "languages": list(r.languages),
            "description": {"zh": localized(r.description, "zh"), "en": localized(r.description, "en")},
            "examples": r.examples, "source": r.source}

"""Command line: `lintdoc check | show | rules | baseline | watch | init | schema`.

Exit codes: 0 nothing at or above the failure threshold; 1 findings at or above it;
2 usage, configuration or input errors (a bad file among good ones is reported, the
others are still checked).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys

from lintdoc import __version__, rx
from lintdoc.cache import default_folder as default_cache
from lintdoc.config import load_config, template_problem
from lintdoc.errors import LintdocError
from lintdoc.fileio import atomic_write
from lintdoc.findings import at_least
from lintdoc.reporters import visible

# The modules with rules, readers and the outline are imported where they are used, after rx.load:
# the expressions they compile when imported then come from the cache folder.

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2   # argparse also exits 2 on usage errors
FORMATS = ("text", "json", "sarif", "github", "junit", "html")


def _positive(value: str) -> int:
    """A count of 1 or more (--jobs)."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {n}")
    return n


def _rule_list(value: str) -> list:
    """RULE[,RULE…] (--select, --ignore; the options may also be repeated)."""
    return [x.strip() for x in value.split(",") if x.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lintdoc", allow_abbrev=False,
                                     description="Lint report drafts (.docx, .md, .txt): missing sections, "
                                                 "placeholders, unfilled figures, numbering and more.")
    parser.add_argument("--version", action="version", version=f"lintdoc {__version__}")
    sub = parser.add_subparsers(dest="command")

    def command(name, **kw):
        return sub.add_parser(name, allow_abbrev=False, **kw)

    check = command("check", help="check drafts and report findings")
    check.add_argument("paths", nargs="*", metavar="PATH",
                       help="files or folders (folders are searched recursively); - reads one draft from stdin")
    check.add_argument("--format", choices=FORMATS, default="text",
                       help="report format: text (default), json, sarif (code scanning), github (workflow "
                            "annotations), junit (CI test reports) or html (one self-contained page)")
    check.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (atomically) instead of stdout")
    check.add_argument("--config", metavar="FILE", help="configuration file (default: the nearest .lintdoc.yaml)")
    check.add_argument("--select", action="append", type=_rule_list, metavar="RULE[,RULE]",
                       help="run only these rules (ids as `lintdoc rules` lists them)")
    check.add_argument("--ignore", action="append", type=_rule_list, metavar="RULE[,RULE]",
                       help="do not run these rules")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default=None,
                       help="lowest severity that makes the exit code 1 (default: error)")
    check.add_argument("--max-warnings", type=int, metavar="N",
                       help="exit 1 when there are more than N warnings (-1: no limit)")
    check.add_argument("--report", metavar="FILE", help="also write a self-contained HTML report to FILE")
    check.add_argument("--baseline", metavar="FILE", help="report only findings that are not in this baseline")
    check.add_argument("--template", metavar="FILE", help="check the drafts against this template (.docx or .md)")
    check.add_argument("--profile", choices=("draft", "template"), help="`template` checks templates themselves")
    check.add_argument("--jobs", "-j", type=_positive, metavar="N", help="check N files at once (default: number of cores)")
    check.add_argument("--cache", metavar="DIR", help="result cache folder (default: the user cache folder)")
    check.add_argument("--no-cache", action="store_true", help="do not use or fill the result cache")
    check.add_argument("--quiet", "-q", action="store_true",
                       help="report errors only (no warnings or info), with no progress bar and no summary")
    check.add_argument("--stdin", action="store_true", help="read one draft from standard input (as PATH -)")
    check.add_argument("--stdin-filename", metavar="NAME",
                       help="with --stdin: the draft's name (its type and the config are found from it)")
    check.add_argument("--fix", action="store_true",
                       help="apply the mechanical fixes to .txt/.md drafts (same encoding and newlines; written "
                            "atomically), then report what remains; a .docx is never rewritten")
    check.add_argument("--diff", action="store_true",
                       help="print the fixes --fix would make as a unified diff, and write nothing")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="colour the text report: auto (on a terminal, unless NO_COLOR is set), always or never")
    review = check.add_argument_group("reviewed copies (.docx only; the checked file is never modified)")
    review.add_argument("--annotate", action="store_true",
                        help="write DRAFT.lintdoc.docx beside each .docx, with every finding as a Word comment")
    review.add_argument("--annotate-dir", metavar="DIR", help="write the reviewed copies under DIR, mirroring folders")
    review.add_argument("--annotate-to", metavar="FILE.docx", dest="annotate_output",
                        help="the reviewed copy of a single .docx, written to FILE.docx")
    show = command("show", help="print what lintdoc read, paragraph by paragraph")
    show.add_argument("file", help="a .docx, .md or .txt draft")
    show.add_argument("--format", choices=("text", "json"), default="text",
                      help="text: one line per paragraph (part, label, heading level and why, style, flags); json: the same as data")
    base = command("baseline", help="record the current findings, so that later runs report only new ones")
    base.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to record")
    base.add_argument("-o", "--output", metavar="FILE", default=".lintdoc-baseline.json",
                      help="the baseline file to write (default: .lintdoc-baseline.json)")
    base.add_argument("--config", metavar="FILE", help="configuration file (default: the nearest .lintdoc.yaml)")
    base.add_argument("--template", metavar="FILE", help="as for check: the template the drafts follow")
    base.add_argument("--profile", choices=("draft", "template"), help="as for check")
    base.add_argument("--select", action="append", type=_rule_list, metavar="RULE[,RULE]", help="as for check")
    base.add_argument("--ignore", action="append", type=_rule_list, metavar="RULE[,RULE]", help="as for check")
    watch = command("watch", help="re-check drafts whenever they change (Ctrl-C to stop)")
    watch.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to watch")
    watch.add_argument("--config", metavar="FILE", help="configuration file (default: the nearest .lintdoc.yaml)")
    watch.add_argument("--report", metavar="FILE", help="keep this HTML report current (else print each changed draft's findings)")
    watch.add_argument("--annotate-dir", metavar="DIR", help="keep reviewed copies of the .docx drafts here")
    watch.add_argument("--interval", type=float, default=2.0, metavar="SECONDS", help="how often to look (default 2)")
    watch.add_argument("--cycles", type=int, default=0, help=argparse.SUPPRESS)   # tests: stop after N looks
    init = command("init", help="write a commented starter .lintdoc.yaml")
    init.add_argument("path", nargs="?", default=".lintdoc.yaml", help="where to write it (default: .lintdoc.yaml)")
    command("schema", help="print the JSON Schema of the configuration file")
    rules = command("rules", help="list every rule with its id, kind, severity and examples")
    rules.add_argument("--config", metavar="FILE", help="configuration file (default: the nearest .lintdoc.yaml)")
    rules.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    return parser


def _terminated(signum, frame):
    raise KeyboardInterrupt        # SIGTERM ends the run as Ctrl-C does: workers stopped, temporary files removed


def main(argv=None) -> int:
    import signal
    if hasattr(signal, "SIGTERM") and threading_main():
        signal.signal(signal.SIGTERM, _terminated)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    rx.load(_cache_folder(args))
    try:
        return {"check": cmd_check, "show": cmd_show, "rules": cmd_rules, "baseline": cmd_baseline,
                "init": cmd_init, "schema": cmd_schema, "watch": cmd_watch}[args.command](args)
    except LintdocError as exc:
        print(f"lintdoc: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lintdoc: interrupted", file=sys.stderr)
        if _pool_abandoned():
            rx.save()
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(130)            # not Python's exit, which would wait for the stopped pool's threads
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        rx.save()


def _pool_abandoned() -> bool:
    runner = sys.modules.get("lintdoc.runner")
    return bool(runner is not None and runner.pool_abandoned)


def _cache_folder(args) -> str | None:
    """The cache folder of a command that checks files (None: --no-cache, LINTDOC_CACHE=off, stdin)."""
    if args.command not in ("check", "baseline", "watch") or getattr(args, "no_cache", False) \
            or getattr(args, "stdin", False) or "-" in (getattr(args, "paths", None) or []):
        return None
    return getattr(args, "cache", None) or default_cache()


def threading_main() -> bool:
    """Signal handlers can only be set from the main thread (tests may call main() from others)."""
    import threading
    return threading.current_thread() is threading.main_thread()


def usage_error(message: str) -> int:
    print(f"lintdoc: error: {message}", file=sys.stderr)
    return EXIT_ERROR


def cmd_check(args) -> int:
    if "-" in args.paths:
        if args.paths != ["-"]:
            return usage_error("- (standard input) cannot be mixed with files or folders")
        args.stdin, args.paths = True, []
    if args.stdin and args.paths:
        return usage_error("--stdin reads one draft from standard input; give no files or folders with it")
    if args.stdin_filename and not args.stdin:
        return usage_error("--stdin-filename names the draft read with --stdin (or PATH -)")
    if args.annotate_output and not args.annotate_output.lower().endswith(".docx"):
        return usage_error(f"--annotate-to writes a Word copy: give a .docx name, not {args.annotate_output!r}")
    if args.template and template_problem(args.template):
        return usage_error(f"--template {args.template}: {template_problem(args.template)}")
    if (args.fix or args.diff) and args.stdin:
        return usage_error("--fix and --diff work on files; standard input has none to write back")
    if args.stdin:
        return check_stdin(args)
    if not args.paths:
        return usage_error("give files or folders to check (or - for standard input)")
    results = collect(args, args.paths)
    if args.fix or args.diff:
        return fix_files(args, results)
    return report(args, results)


def fix_files(args, results) -> int:
    """--diff: print what --fix would change (exit 1 when something would). --fix: write it, then check
    the drafts again and report what remains."""
    from lintdoc import fixer
    diffs, fixed = [], 0
    for r in results:
        if r.error or not r.findings:
            continue
        try:
            diff = fixer.apply(r, write=args.fix)
        except (LintdocError, OSError, UnicodeError) as exc:
            print(f"lintdoc: {visible(r.path)}: {exc}", file=sys.stderr)
            continue
        if diff:
            diffs.append(diff)
            fixed += 1
    if args.diff:
        sys.stdout.write(visible_lines("".join(diffs)))
        return EXIT_FINDINGS if diffs else EXIT_OK
    print(f"lintdoc: fixed {fixed} file{'s' if fixed != 1 else ''}", file=sys.stderr)
    return report(args, collect(args, args.paths))


def visible_lines(text: str) -> str:
    """A diff with control characters escaped in each line, its newlines kept."""
    return "".join(visible(line.rstrip("\n")) + "\n" for line in text.splitlines(True))


def run_options(args):
    """The RunOptions of a command's arguments."""
    from lintdoc.runner import RunOptions
    cache = None if getattr(args, "no_cache", False) else (getattr(args, "cache", None) or default_cache())
    return RunOptions(config=args.config, cache=cache, annotate=getattr(args, "annotate", False),
                      annotate_dir=getattr(args, "annotate_dir", None),
                      annotate_output=getattr(args, "annotate_output", None),
                      jobs=getattr(args, "jobs", None) or os.cpu_count() or 1,
                      profile=getattr(args, "profile", None), template=getattr(args, "template", None),
                      select=_flat(getattr(args, "select", None)) or None, ignore=_flat(getattr(args, "ignore", None)))


def _flat(groups) -> tuple:
    """The rule ids of repeated --select/--ignore options, each a comma list."""
    return tuple(x for group in groups or () for x in group)


def collect(args, paths_given) -> list:
    """Check every draft under the given paths; a broken file is a result with an error."""
    from lintdoc.runner import run, tasks_for
    opts = run_options(args)
    tasks, missing, base_config = tasks_for(paths_given, opts)
    args.config_fail_on = base_config.fail_on
    # on a terminal only: not when the report is piped or redirected (`| less`, `> out.txt`)
    show = sys.stderr.isatty() and (sys.stdout.isatty() or bool(getattr(args, "output", None))) \
        and not getattr(args, "quiet", False)
    results = run(tasks, opts.jobs, progress=_progress if show else None)
    if show and tasks:
        sys.stderr.write("\r\033[K")
    return missing + results


def _progress(done, total):
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    sys.stderr.flush()


MARKDOWN_HINT = rx.lazy_re(rb"^(?:#{1,6}[ \t]|[-*+][ \t]|\d+\.[ \t]|>|```|\|.*\|[ \t]*$)", re.M)


def check_stdin(args) -> int:
    """Check one draft read from standard input, reported under --stdin-filename (without one, as
    stdin.md when it looks like Markdown, else stdin.txt; a .docx is recognised by its bytes)."""
    import tempfile
    data = sys.stdin.buffer.read()
    name = args.stdin_filename
    if not name:
        name = "stdin.docx" if data[:2] == b"PK" else \
            "stdin.md" if len(MARKDOWN_HINT.findall(data[:65536])) >= 2 else "stdin.txt"
    suffix = os.path.splitext(name)[1] or ".txt"
    opts = run_options(args)
    opts.cache = None
    if (opts.annotate or opts.annotate_dir) and not opts.annotate_output:   # beside the name, not the temp file
        stem = os.path.splitext(os.path.basename(name))[0] + ".lintdoc.docx"
        opts.annotate_output = os.path.join(opts.annotate_dir or os.path.dirname(name) or ".", stem)
    with tempfile.TemporaryDirectory(prefix="lintdoc-stdin-") as folder:
        tmp = os.path.join(folder, "input" + suffix)
        with open(tmp, "wb") as fh:
            fh.write(data)
        from lintdoc.runner import check_one
        result = check_one((tmp, None, opts, name))
    args.config_fail_on = load_config(args.config, start=None if args.config else os.path.abspath(name)).fail_on
    return report(args, [result])


def report(args, results) -> int:
    """Apply the baseline, render the report, and choose the exit code."""
    fixed, other_options = 0, None
    if args.baseline:
        from lintdoc import baseline
        entries, recorded = baseline.load(args.baseline)
        fixed = baseline.only_new(results, entries, baseline.folder_of(args.baseline))
        current = baseline.options_of(run_options(args), args.baseline)
        if recorded != current:
            other_options, fixed = (recorded, current), 0
    fail_on = args.fail_on or getattr(args, "config_fail_on", None) or "error"
    if getattr(args, "quiet", False):      # errors only, as ESLint's --quiet
        for r in results:
            r.findings = [f for f in r.findings if f.severity == "error"]
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not args.output
                                       and not os.environ.get("NO_COLOR"))
    for option, target in (("--output", args.output), ("--report", getattr(args, "report", None))):
        if target and _is_input(target, results):
            return usage_error(f"{option} {target} is one of the drafts checked; it is not overwritten")
    out = render(args.format, results, color, max_warnings=args.max_warnings, summary_off=getattr(args, "quiet", False))
    if getattr(args, "report", None):
        atomic_write(args.report, render("html", results).encode("utf-8"))
    if args.output:
        atomic_write(args.output, out.encode("utf-8"))
    else:
        sys.stdout.write(out)
    if fixed:
        print(f"lintdoc: {fixed} baseline {'entry no longer occurs' if fixed == 1 else 'entries no longer occur'}; "
              "run `lintdoc baseline` again to drop them", file=sys.stderr)
    if other_options:
        print(f"lintdoc: the baseline was made with other options ({_options_text(other_options[0])}; this run: "
              f"{_options_text(other_options[1])}); make it again with the same options to compare like with like",
              file=sys.stderr)
    for r in results:
        if r.copy and not r.copy_error:
            print(f"lintdoc: reviewed copy of {visible(r.path)} written to {visible(r.copy)}", file=sys.stderr)
    if any(r.error or r.copy_error for r in results) or not results:
        if not results:
            print("lintdoc: no drafts found (.docx, .md, .txt)", file=sys.stderr)
        return EXIT_ERROR
    findings = [f for r in results for f in r.findings]
    if any(at_least(f.severity, fail_on) for f in findings):
        return EXIT_FINDINGS
    if args.max_warnings is not None and args.max_warnings >= 0 and \
            sum(f.severity == "warning" for f in findings) > args.max_warnings:
        return EXIT_FINDINGS
    return EXIT_OK


def _is_input(target, results) -> bool:
    """Whether writing `target` would replace a file this run checked."""
    if not os.path.exists(target):
        return False
    for r in results:
        try:
            if os.path.exists(r.path) and os.path.samefile(target, r.path):
                return True
        except OSError:
            continue
    return False


def _options_text(options: dict) -> str:
    return ", ".join(f"--{k} {','.join(v) if isinstance(v, list) else v}" for k, v in options.items()) or "none"


def render(fmt, results, color=False, max_warnings=None, summary_off=False) -> str:
    if fmt == "json":
        from lintdoc.reporters import json_reporter
        return json_reporter.render(results)
    if fmt == "sarif":
        from lintdoc.reporters import sarif_reporter
        return sarif_reporter.render(results, rule_metadata(results))
    if fmt == "github":
        from lintdoc.reporters import github_reporter
        return github_reporter.render(results)
    if fmt == "junit":
        from lintdoc.reporters import junit_reporter
        return junit_reporter.render(results)
    if fmt == "html":
        from lintdoc.reporters import html_reporter
        return html_reporter.render(results)
    from lintdoc.reporters import text_reporter
    return text_reporter.render(results, color, max_warnings, summary_off)


def rule_metadata(results) -> list:
    """Metadata of every rule of the default configuration, plus the ids used by the findings."""
    from lintdoc.checks import build_rules
    rules = [_rule_json(r) for r in build_rules(load_config(), listing=True)]
    known = {r["id"] for r in rules}
    for r in results:
        for f in r.findings:
            if f.rule not in known:
                known.add(f.rule)
                rules.append({"id": f.rule, "kind": "other", "category": f.category, "severity": f.severity,
                              "description": {"zh": "", "en": f.rule}, "examples": {}})
    return rules


def cmd_baseline(args) -> int:
    from lintdoc import baseline
    ns = argparse.Namespace(config=args.config, no_cache=True, jobs=None, quiet=True, template=args.template,
                            profile=args.profile, select=args.select, ignore=args.ignore)
    results = collect(ns, args.paths)
    errors = [r for r in results if r.error]
    for r in errors:
        print(f"lintdoc: {r.path}: {r.error}", file=sys.stderr)
    count = baseline.write([r for r in results if not r.error], args.output, baseline.options_of(run_options(ns), args.output))
    print(f"lintdoc: baseline of {count} finding(s) written to {args.output}", file=sys.stderr)
    return EXIT_ERROR if errors else EXIT_OK


def cmd_watch(args) -> int:
    from lintdoc.watch import watch
    from lintdoc.reporters import html_reporter, majority_language
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    language = []          # the report keeps the language of its first rendering for the whole run

    def html(results):
        if not language:
            language.append(majority_language(results))
        return html_reporter.render(results, language[0])
    return watch(args, run_options(args), html, lambda results: render("text", results, color))


def cmd_init(args) -> int:
    from importlib.resources import files
    if os.path.exists(args.path):
        print(f"lintdoc: {args.path} already exists; not overwriting it", file=sys.stderr)
        return EXIT_ERROR
    atomic_write(args.path, files("lintdoc").joinpath("starter.lintdoc.yaml").read_bytes())
    print(f"lintdoc: wrote {args.path}", file=sys.stderr)
    return EXIT_OK


def cmd_schema(args) -> int:
    from importlib.resources import files
    sys.stdout.write(files("lintdoc").joinpath("config.schema.json").read_text(encoding="utf-8"))
    return EXIT_OK


def cmd_show(args) -> int:
    from lintdoc.readers import read_document
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
    print(f"{visible(doc.path)}: {' '.join(facts)}")
    for p in doc.paragraphs:
        print(visible(_show_line(doc, p)))
    return EXIT_OK


def _show_json(doc, p):
    from lintdoc.outline import heading_of
    heading = heading_of(p, doc.language == "en")
    out = {"part": p.part, "paragraph": p.index, "label": p.label, "heading_level": p.heading_level,
           "heading": {"level": heading.level, "reason": heading.reason} if heading else None,
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
    from lintdoc.outline import heading_of
    cols = [f"¶{p.index:<4}", f"{p.part:<8}"]
    pos = doc.position(p, 0)
    if pos:
        cols.append(f"L{pos[0]}:{pos[1]}")
    if p.table:
        cols.append("cell %d.%d.%d" % p.table)
    cols.append(f"[{p.label}]" if p.label else "[]")
    heading = heading_of(p, doc.language == "en")
    cols.append("title" if p.is_title else (f"H{heading.level}" if heading else "-"))
    if p.style:
        cols.append(f"style={p.style}")
    if p.bold:
        cols.append("bold")
    if p.flags:
        cols.append("flags=" + ",".join(sorted(p.flags)))
    text = p.text.replace("\n", "⏎").replace("\t", "→")
    line = " ".join(cols) + " | " + text
    if heading:
        line += f"  (heading: {heading.reason}{'; a Markdown list item' if p.md_list else ''})"
    if p.hidden_text:
        line += f"  (hidden: {p.hidden_text})"
    return line


def cmd_rules(args) -> int:
    from lintdoc.checks import KINDS, build_rules
    config = load_config(args.config, start=None if args.config else os.getcwd())
    rules = build_rules(config, listing=True)
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
        for pattern, replacement in d.get("replace", [])[:3]:
            print(f"    fixes: {pattern} → {replacement or '(delete)'}")
    print(f"{len(rules)} rules; kinds: {', '.join(sorted(KINDS))}")
    return EXIT_OK


def _rule_json(r) -> dict:
    from lintdoc.checks.base import localized
    return {"id": r.id, "kind": r.KIND, "category": r.category, "severity": r.severity,
            "languages": list(r.languages),
            "description": {"zh": localized(r.description, "zh"), "en": localized(r.description, "en")},
            "examples": r.examples, "source": r.source,
            **({"replace": r.options["replace"]} if r.options.get("replace") else {}),
            **({"fix": r.fix} if r.fix else {})}

"""Baselines: adopt lintdoc on an existing corpus and fail only on new findings.

A finding is keyed on rule, file (relative to the baseline file's folder, '/'-separated, so that a run from
any working directory finds it), heading path and matched text, never
on paragraph numbers, which shift as a draft is edited. Keys are counted, so a third copy of a
finding the baseline holds twice is new. Entries that no longer occur are reported as fixed;
`lintdoc baseline` again drops them, after which a finding fixed and reintroduced is new again.
"""
from __future__ import annotations

import json
import os
from collections import Counter

from lintdoc.errors import ConfigError
from lintdoc.fileio import atomic_write

VERSION = 1


def key(path: str, f, base: str) -> tuple:
    """(rule, file relative to the baseline's folder, heading path, match)."""
    rel = os.path.relpath(os.path.abspath(path), base).replace(os.sep, "/")
    return (f.rule, rel, f.location.get("heading", ""), f.match)


def folder_of(baseline_path) -> str:
    return os.path.dirname(os.path.abspath(baseline_path))


def write(results, target, options: dict | None = None) -> int:
    """Record the findings in `target`, keyed on paths relative to its folder, with the options
    (template, profile, rule selection) they were found with."""
    base = folder_of(target)
    counts = Counter(key(r.path, f, base) for r in results for f in r.findings)
    entries = [{"rule": k[0], "file": k[1], "heading": k[2], "match": k[3], "count": n}
               for k, n in sorted(counts.items())]
    data = json.dumps({"version": VERSION, "options": options or {}, "entries": entries},
                      ensure_ascii=False, indent=1) + "\n"
    atomic_write(target, data.encode("utf-8"))
    return sum(counts.values())


def load(path) -> tuple:
    """(Counter of entries, the options the baseline was made with)."""
    try:
        data = json.loads(open(path, encoding="utf-8").read())
        entries = Counter({(e["rule"], e["file"], e["heading"], e["match"]): int(e.get("count", 1))
                           for e in data["entries"]})
        return entries, data.get("options") or {}
    except FileNotFoundError:
        raise ConfigError(path, "baseline file not found (create it with `lintdoc baseline PATH... -o FILE`)") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(path, f"not a lintdoc baseline ({exc})") from None


def options_of(opts, baseline_path) -> dict:
    """The options that change what is found (a RunOptions): template (relative to the baseline), profile,
    rule selection."""
    template = opts.template
    return {k: v for k, v in {
        "template": os.path.relpath(os.path.abspath(template), folder_of(baseline_path)).replace(os.sep, "/") if template else None,
        "profile": opts.profile, "select": sorted(opts.select or ()) or None, "ignore": sorted(opts.ignore) or None,
    }.items() if v}


def only_new(results, baseline: Counter, base: str) -> int:
    """Drop baselined findings from `results` in place; return how many baseline entries are fixed."""
    remaining = Counter(baseline)
    for r in results:
        kept = []
        for f in r.findings:
            k = key(r.path, f, base)
            if remaining[k] > 0:
                remaining[k] -= 1
            else:
                kept.append(f)
        r.findings = kept
    checked = {os.path.relpath(os.path.abspath(r.path), base).replace(os.sep, "/") for r in results}
    return sum(n for k, n in remaining.items() if k[1] in checked)

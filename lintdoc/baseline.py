"""Baselines: adopt lintdoc on an existing corpus and fail only on new findings.

A finding is keyed on rule, file (relative, '/'-separated), heading path and matched text, never
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


def key(path: str, f) -> tuple:
    rel = os.path.relpath(os.path.abspath(path)).replace(os.sep, "/")
    return (f.rule, rel, f.location.get("heading", ""), f.match)


def write(results, target) -> int:
    counts = Counter(key(r.path, f) for r in results for f in r.findings)
    entries = [{"rule": k[0], "file": k[1], "heading": k[2], "match": k[3], "count": n}
               for k, n in sorted(counts.items())]
    data = json.dumps({"version": VERSION, "entries": entries}, ensure_ascii=False, indent=1) + "\n"
    atomic_write(target, data.encode("utf-8"))
    return sum(counts.values())


def load(path) -> Counter:
    try:
        data = json.loads(open(path, encoding="utf-8").read())
        return Counter({(e["rule"], e["file"], e["heading"], e["match"]): int(e.get("count", 1))
                        for e in data["entries"]})
    except FileNotFoundError:
        raise ConfigError(path, "baseline file not found (create it with `lintdoc baseline PATH... -o FILE`)") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ConfigError(path, f"not a lintdoc baseline ({exc})") from None


def only_new(results, baseline: Counter) -> int:
    """Drop baselined findings from `results` in place; return how many baseline entries are fixed."""
    remaining = Counter(baseline)
    for r in results:
        kept = []
        for f in r.findings:
            k = key(r.path, f)
            if remaining[k] > 0:
                remaining[k] -= 1
            else:
                kept.append(f)
        r.findings = kept
    checked = {os.path.relpath(os.path.abspath(r.path)).replace(os.sep, "/") for r in results}
    return sum(n for k, n in remaining.items() if k[1] in checked)

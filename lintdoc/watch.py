"""`lintdoc watch`: look at the drafts every few seconds; re-check the ones that changed (by size
and modification time), forget removed ones, and keep the HTML report and reviewed copies current.
Polling needs no platform file-watching service and works on network shares."""
from __future__ import annotations

import os
import sys
import time

from lintdoc.fileio import atomic_write
from lintdoc.runner import run, tasks_for


def snapshot(tasks) -> dict:
    state = {}
    for task in tasks:
        try:
            st = os.stat(task[0])
            state[task[0]] = (st.st_size, st.st_mtime_ns)
        except OSError:
            pass
    return state


def watch(args, opts, render_html, render_text) -> int:
    """Poll until interrupted. A path that does not exist fails at once (exit 2); without --report,
    the findings of each draft that changed are printed as `check` prints them."""
    gone = [p for p in args.paths if not os.path.exists(p)]
    if gone:
        print(f"lintdoc: error: no such file or folder: {', '.join(gone)}", file=sys.stderr)
        return 2
    results: dict = {}
    seen: dict = {}
    cycle = 0
    try:
        while True:
            cycle += 1
            tasks, missing, _ = tasks_for(args.paths, opts)
            state = snapshot(tasks)
            changed = [t for t in tasks if state.get(t[0]) != seen.get(t[0])]
            removed = set(results) - set(state)
            for gone in removed:
                del results[gone]
                print(f"removed  {gone}", flush=True)
            if changed:
                fresh = run(changed, opts.jobs)
                for result in fresh:
                    results[result.path] = result
                    if args.report:
                        status = result.error or f"{len(result.findings)} finding(s)"
                        print(f"checked  {result.path}: {status}", flush=True)
                if not args.report:
                    print(render_text(fresh), end="", flush=True)
            if args.report and (changed or removed or cycle == 1):
                ordered = [results[t[0]] for t in tasks if t[0] in results] + missing
                atomic_write(args.report, render_html(ordered).encode("utf-8"))
            seen = state
            if args.cycles and cycle >= args.cycles:
                return 0
            time.sleep(args.interval)
    except KeyboardInterrupt:
        print("", file=sys.stderr)
        return 0

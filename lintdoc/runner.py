"""Check many files: discovery, the nearest configuration per file, the result cache, reading a
file that is still being written, reviewed copies, and parallel workers that keep the order.

One file is read once: its bytes are hashed for the cache and, on a miss, parsed from the same
bytes, so a file replaced mid-run is checked as one consistent version.
"""
from __future__ import annotations

import os
import stat
import time

from lintdoc.cache import ResultCache, cached_rules, config_fingerprint
from lintdoc.checks import build_rules
from lintdoc.config import find_config, load_config
from lintdoc.discovery import discover
from lintdoc.engine import run_rules
from lintdoc.errors import ConfigError, InputError
from lintdoc.fileio import shown
from lintdoc.readers import read_document
from lintdoc.record import dataclass
from lintdoc.reporters import FileResult

RETRIES, RETRY_DELAY = 4, 0.25        # a file still being written gets this many more looks
FRESH_SECONDS = 3.0                   # "being written": modified this recently


@dataclass
class RunOptions:
    config: str | None = None
    cache: str | None = None          # cache folder, or None for no cache
    annotate: bool = False
    annotate_dir: str | None = None
    annotate_output: str | None = None
    jobs: int = 1
    profile: str | None = None
    template: str | None = None
    select: tuple | None = None       # --select: rule ids
    ignore: tuple = ()                # --ignore: rule ids

    @property
    def review(self) -> bool:
        return bool(self.annotate or self.annotate_dir or self.annotate_output)


class RuleCache:
    """Rules per configuration, so that each folder's nearest config is loaded and compiled once."""

    def __init__(self, opts: "RunOptions"):
        self.key = _rule_options(opts)
        self.explicit, self.profile, self.template = opts.config, opts.profile, opts.template
        self.select, self.ignore = opts.select, opts.ignore
        self.cache = opts.cache                 # compiled rules are cached beside the results
        self.by_source: dict = {}
        self.configs: dict = {}         # (config file or None, its stamp) -> loaded Config
        self.nearest: dict = {}         # folder -> its nearest config file

    def for_path(self, path):
        """(config, rules, fingerprint) for a file: its nearest config with the overrides that match it."""
        folder = os.path.dirname(os.path.abspath(path))
        if folder not in self.nearest:
            self.nearest[folder] = self.explicit or find_config(folder)
        source = self.nearest[folder]
        stamp = (source, _stamp(source))      # a config edited while the process runs (watch) is read again
        if stamp not in self.configs:
            self.configs[stamp] = load_config(source, profile=self.profile, template=self.template,
                                              select=self.select, ignore=self.ignore, cache=self.cache)
        config = self.configs[stamp].for_file(path)
        key = (stamp, tuple(config.sources))
        if key not in self.by_source:
            fingerprint = config_fingerprint(config)
            self.by_source[key] = (config, cached_rules(self.cache, config, build_rules, fingerprint), fingerprint)
        return self.by_source[key]


def _rule_options(opts) -> tuple:
    """The options that decide which rules run."""
    return opts.config, opts.profile, opts.template, opts.select, opts.ignore, opts.cache


def _stamp(path):
    """(modification time, size) of a config file, None for the defaults or a file gone."""
    try:
        st = os.stat(path) if path else None
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size) if st else None


_rules: RuleCache | None = None       # per process (workers build their own once)


def check_one(task) -> FileResult:
    """Check one file. `task` = (path, root folder or None, RunOptions, name to report or None)."""
    global _rules
    path, root, opts, shown_as = task
    if _rules is None or _rules.key != _rule_options(opts):
        _rules = RuleCache(opts)
    config, rules, fingerprint = _rules.for_path(os.path.abspath(shown_as or path))
    name = shown(shown_as or path)
    cache = ResultCache(opts.cache) if opts.cache and not opts.review else None
    try:
        data = read_input(path)
        if cache:
            hit = cache.get(cache.key(data, fingerprint))
            if hit is not None:
                return FileResult(name, None, hit[1], language=hit[0])
        data, doc = _read_settled(path, data, run_map=opts.review)
    except InputError as exc:
        return FileResult(name, error=exc.detail.replace(str(path), name))
    except Exception as exc:  # noqa: BLE001 - anything a reader did not foresee: report it, check the rest
        if os.environ.get("LINTDOC_DEBUG"):
            raise
        return FileResult(name, error=f"cannot read the file ({type(exc).__name__}: {exc})")
    key = cache.key(data, fingerprint) if cache else None
    doc.path = name
    try:
        result = FileResult(name, doc, run_rules(doc, rules, set(config.rules)), language=doc.language)
    except ConfigError:
        raise                 # a configuration a rule finds wrong only when it runs: the run's error (exit 2)
    except Exception as exc:  # noqa: BLE001 - a fault in a rule must not stop a folder run
        if os.environ.get("LINTDOC_DEBUG"):
            raise
        return FileResult(name, error=f"internal error while checking ({type(exc).__name__}: {exc}); "
                                      "please report it with the file (LINTDOC_DEBUG=1 shows the traceback)")
    if opts.review and doc.format == "docx":
        _write_review(opts, result, path, root)
    if cache:
        cache.put(key, doc.language, result.findings)
    return result.detached()


MAX_INPUT_BYTES = 512 * 1024 * 1024     # a draft larger than this is refused before any parsing


def read_input(path) -> bytes:
    """The bytes of a draft: a regular file only (a pipe or a device would block or never end), and
    no more than MAX_INPUT_BYTES of it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "not a regular file (a pipe, socket or device); not read")
    if st.st_size > MAX_INPUT_BYTES:
        raise InputError(path, f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; not read")
    with open(path, "rb") as fh:
        data = fh.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(path, f"larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; not read")
    return data


def _read_settled(path, data: bytes, run_map: bool = True):
    """(bytes, parsed document) from the bytes already read. A .docx that fails to parse while it
    looks half-written (a lock file beside it, or modified a moment ago) is read again; while it
    keeps changing or stays locked it is reported as in use, never as corrupt. A file that fails
    the same way twice with no lock and no change is corrupt."""
    previous = None
    for attempt in range(RETRIES + 1):
        try:
            return data, read_document(path, data, run_map)
        except InputError as exc:
            if not exc.transient:
                raise
            try:
                st = os.stat(path)
            except FileNotFoundError:
                raise InputError(path, "no such file (it was removed during the run)") from None
            state = (st.st_size, st.st_mtime_ns)
            lock = lock_file(path)
            fresh = time.time() - st.st_mtime < FRESH_SECONDS
            if not lock and (not fresh or state == previous):
                raise                                   # settled, and still broken: corrupt
            if attempt == RETRIES:
                raise InputError(path, "in use: the file is being written or is open in Word/WPS"
                                 + (f" (lock file {os.path.basename(lock)})" if lock else ""),
                                 "check it again once it has been saved and closed") from None
            previous = state
            time.sleep(RETRY_DELAY)
            data = read_input(path)
    raise AssertionError("unreachable")


def lock_file(path) -> str | None:
    """The lock file Word, WPS or LibreOffice keeps beside an open document, if any."""
    folder, name = os.path.split(os.path.abspath(path))
    for candidate in ("~$" + name, "~$" + name[1:], "~$" + name[2:], ".~lock." + name + "#"):
        full = os.path.join(folder, candidate)
        if os.path.exists(full):
            return full
    return None


def review_path(opts, path, root) -> str:
    """Where the reviewed copy of `path` goes: --annotate-to, else mirrored under --annotate-dir from
    `root`, else beside the draft. r.docx gives r.lintdoc.docx, r.docm gives r.docm.lintdoc.docx."""
    if opts.annotate_output:
        return opts.annotate_output
    base = os.path.basename(path)
    stem = (os.path.splitext(base)[0] if base.lower().endswith(".docx") else base) + ".lintdoc.docx"
    if opts.annotate_dir:
        rel = os.path.relpath(os.path.dirname(os.path.abspath(path)), os.path.abspath(root)) if root else "."
        return os.path.normpath(os.path.join(opts.annotate_dir, rel, stem))
    return os.path.join(os.path.dirname(path), stem)


def _write_review(opts, result, path, root) -> None:
    """Write the reviewed copy; a copy that cannot be written is its own error, the findings stand."""
    from lintdoc.writers.docx_annotator import annotate
    target = review_path(opts, path, root)
    if os.path.exists(target) and os.path.samefile(target, path):
        result.copy, result.copy_error = target, "is the draft being checked; not overwritten"
        return
    if opts.annotate_dir and not _inside(target, opts.annotate_dir):
        result.copy, result.copy_error = target, "a symbolic link leads out of --annotate-dir; not followed"
        return
    try:
        annotate(result.document, result.findings, target, source=path)
        result.copy = target
    except InputError as exc:
        result.copy, result.copy_error = target, exc.detail
    except OSError as exc:
        result.copy, result.copy_error = target, exc.strerror or str(exc)
    except Exception as exc:  # noqa: BLE001 - a package python-docx cannot open: the copy fails, not the run
        result.copy, result.copy_error = target, f"the Word writer cannot open this file ({type(exc).__name__}: {exc})"


def _inside(target, folder) -> bool:
    """Whether `target`'s folder, links resolved, is inside `folder` (links resolved)."""
    real = os.path.realpath(os.path.dirname(os.path.abspath(target)))
    top = os.path.realpath(folder)
    return real == top or real.startswith(top + os.sep)


def root_of(path, roots):
    """The folder argument a discovered file came from (for mirroring under --annotate-dir)."""
    for root in roots:
        if os.path.isdir(root) and os.path.abspath(path).startswith(os.path.abspath(root) + os.sep):
            return root
    return None


def tasks_for(paths_given, opts):
    """(tasks, results for paths that do not exist, the config of the first path)."""
    missing, paths = [], []
    for p in paths_given:
        (paths if os.path.exists(p) else missing).append(p)
    if opts.annotate_output and (len(paths) != 1 or not os.path.isfile(paths[0])):
        raise ConfigError("--annotate-to", "takes a single .docx; use --annotate-dir for several")
    base_config = load_config(opts.config, start=None if opts.config else os.path.abspath(paths[0] if paths else "."),
                              select=opts.select, ignore=opts.ignore,
                              profile=opts.profile, template=opts.template, cache=opts.cache)
    if opts.annotate_dir and len(paths) > 1:
        # several folders or files: mirror them from the folder they share, so that A/x.docx and
        # B/x.docx get A/x.lintdoc.docx and B/x.lintdoc.docx, not one copy each overwriting the other
        shared = os.path.commonpath([os.path.abspath(p) if os.path.isdir(p) else os.path.dirname(os.path.abspath(p))
                                     for p in paths])
        tasks = [(path, shared, opts, None) for path in discover(paths, ignored=base_config.ignored)]
    else:
        tasks = [(path, root_of(path, paths), opts, None) for path in discover(paths, ignored=base_config.ignored)]
    return tasks, [FileResult(shown(p), error="no such file or folder") for p in missing], base_config


def run(tasks, jobs: int = 1, progress=None) -> list:
    """Results in task order, with `jobs` worker processes; `progress(done, total)` after each file."""
    results = _run(tasks, jobs, progress)
    opts = tasks[0][2] if tasks else None
    if opts is not None and opts.cache and not opts.review:
        ResultCache(opts.cache).prune()
    return results


# Workers stopped mid-run can leave the pool's pipes half-written, and Python's exit then waits for the pool's
# threads for ever (it joins them); the command line, once it has cleaned up, ends such a run at once.
pool_abandoned = False


def _run(tasks, jobs, progress) -> list:
    results = []
    if jobs <= 1 or len(tasks) < 2:
        for i, task in enumerate(tasks, 1):
            results.append(check_one(task))
            if progress:
                progress(i, len(tasks))
        return results
    from concurrent.futures import ProcessPoolExecutor
    chunk = max(1, min(16, len(tasks) // (jobs * 8)))
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_die_with, initargs=(os.getpid(),))
    try:
        for i, result in enumerate(pool.map(check_one, tasks, chunksize=chunk), 1):
            results.append(result)
            if progress:
                progress(i, len(tasks))
    except BaseException:
        # interrupted (Ctrl-C, SIGTERM) or failed: the workers stop now, not after their queue
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        global pool_abandoned
        pool_abandoned = True
        raise
    pool.shutdown()
    return results


def _die_with(parent: int) -> None:
    """In a worker: exit when the parent is gone (killed), rather than live on holding its pipes."""
    import threading

    def watch():
        while True:
            time.sleep(0.5)
            if os.getppid() != parent:
                os._exit(1)
    threading.Thread(target=watch, daemon=True).start()

"""Content-hash cache of results: an unchanged file under an unchanged configuration and lintdoc
is not read again; and of compiled rules (`cached_rules`), so that a process does not compile
its regular expressions again. Keys: SHA-256 of the file's bytes, the configuration's rules, and a fingerprint
of lintdoc itself (its version and the size and time of its code and packs, so an edited
checkout never serves stale results). Entries are small JSON files written atomically.

The default folder is $LINTDOC_CACHE, else $XDG_CACHE_HOME/lintdoc, else ~/.cache/lintdoc;
LINTDOC_CACHE=off (or --no-cache) turns it off.
"""
from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path

from lintdoc import __version__
from lintdoc.fileio import atomic_write
from lintdoc.findings import Finding


def default_folder() -> str | None:
    env = os.environ.get("LINTDOC_CACHE")
    if env:
        return None if env.lower() in ("off", "0", "no", "false") else env
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lintdoc")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    here = Path(__file__).resolve().parent
    from lintdoc.config import packs_dir
    h = hashlib.sha256(__version__.encode())
    for folder in (here, packs_dir()):
        for rel, st in sorted(_code_files(str(folder), ())):
            h.update(f"{'/'.join(rel)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def _code_files(folder: str, rel: tuple):
    """(path parts under the top folder, stat) of the .py, .yaml and .json files, __pycache__ left out."""
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    yield from _code_files(entry.path, rel + (entry.name,))
            elif entry.name.endswith((".py", ".yaml", ".json")):
                yield rel + (entry.name,), entry.stat()


def config_fingerprint(config) -> str:
    """The rules, the profile, and the template (its path and version) a result depends on (computed
    when the configuration was kept, for one loaded from the cache folder: it names no template)."""
    kept = getattr(config, "kept_fingerprint", None)
    if kept is not None:
        return kept
    template = None
    if config.template:
        try:
            st = os.stat(config.template)
            template = [os.path.abspath(config.template), st.st_size, st.st_mtime_ns]
        except OSError:
            template = [config.template]
    state = {"rules": config.rules, "profile": config.profile, "template": template}
    return hashlib.sha256(json.dumps(state, sort_keys=True, default=str, ensure_ascii=False)
                          .encode("utf-8")).hexdigest()


RULES_FORMAT = 1


def _private(folder: str) -> bool:
    """Whether `folder` (created if missing) belongs to this user alone: compiled rules are unpickled
    only from such a folder, never from one another user could write to."""
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        st = os.stat(folder)
    except OSError:
        return False
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and not st.st_mode & 0o022


def cached_rules(folder: str | None, config, build, fingerprint: str | None = None) -> list:
    """`build(config)`, or the same rules unpickled from the cache (about 5 ms against the ~0.5 s of compiling
    their regular expressions). The key covers lintdoc's code, Python's and regex's versions and the
    configuration's content (`fingerprint`: its config_fingerprint, when known). No folder (--no-cache,
    LINTDOC_CACHE=off): always built."""
    if not folder:
        return build(config)
    from lintdoc import rx
    return pickled(folder, "rules", f"{RULES_FORMAT}|{rx.engine_id()}|{fingerprint or config_fingerprint(config)}",
                   lambda: build(config))


def pickled(folder: str | None, kind: str, key: str, build):
    """`build()`, or its value unpickled from `<folder>/<kind>/`, stored there on a miss (see load_pickle)."""
    value = load_pickle(folder, kind, key)
    if value is _MISSING:
        value = build()
        save_pickle(folder, kind, key, value)
    return value


_MISSING = object()


def _entry(folder: str | None, kind: str, key: str) -> str | None:
    """The file of an entry (made of a SHA-256 of `key`, Python's version and lintdoc's code), or None
    without a folder, or when the folder is not the user's alone (unpickling runs code)."""
    if not folder:
        return None
    import sys
    sub = os.path.join(folder, kind)
    if not _private(folder) or not _private(sub):
        return None
    name = hashlib.sha256(f"{sys.version}|{code_fingerprint()}|{key}".encode()).hexdigest()
    return os.path.join(sub, name + ".pickle")


def load_pickle(folder: str | None, kind: str, key: str):
    """The value kept under `key`, or _MISSING. An entry carries the SHA-256 of its bytes; one that is
    unreadable, damaged or from another build is missing."""
    path = _entry(folder, kind, key)
    if path is None:
        return _MISSING
    try:
        with open(path, "rb") as fh:
            blob = fh.read()
        if hashlib.sha256(blob[32:]).digest() == blob[:32]:
            return unpickled(blob[32:])
    except Exception:  # noqa: BLE001 - any unreadable entry is built again
        pass
    return _MISSING


def unpickled(data: bytes):
    """pickle.loads(data), taking a class or function of a module already loaded from sys.modules without
    importing the module's package as pickle does (regex's C engine, loaded alone by rx, would import the
    regex package and its compiler)."""
    import io
    return _unpickler_class()(io.BytesIO(data)).load()


@lru_cache(maxsize=1)
def _unpickler_class():
    import pickle
    import sys

    class Unpickler(pickle.Unpickler):
        def find_class(self, module, name):
            loaded = sys.modules.get(module)
            if loaded is not None and "." not in name and hasattr(loaded, name):
                return getattr(loaded, name)
            return super().find_class(module, name)
    return Unpickler


def save_pickle(folder: str | None, kind: str, key: str, value) -> None:
    path = _entry(folder, kind, key)
    if path is None:
        return
    import pickle
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write(path, hashlib.sha256(payload).digest() + payload, durable=False)
    except Exception:  # noqa: BLE001 - a value that cannot be pickled, a full disk: only costs speed
        return
    prune(os.path.dirname(path))


KEEP_ENTRIES = 64      # per kind: the newest ones (the packs, configurations and code versions in use)


def prune(sub: str, keep: int = KEEP_ENTRIES) -> None:
    """Remove all but the `keep` newest entries of one kind (each new code version or configuration adds
    one; an entry removed by mistake is only built again)."""
    try:
        entries = sorted((e for e in os.scandir(sub) if e.name.endswith(".pickle")),
                         key=lambda e: e.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            os.unlink(old.path)
    except OSError:
        pass


class ResultCache:
    def __init__(self, folder: str):
        self.folder = folder

    def key(self, data: bytes, config_key: str) -> str:
        h = hashlib.sha256(data)
        h.update(config_key.encode())
        h.update(code_fingerprint().encode())
        return h.hexdigest()

    def _path(self, key):
        return os.path.join(self.folder, key[:2], key[2:] + ".json")

    MAX_AGE = 90 * 86400          # a result not written again for this long is removed (rebuilt if needed)

    def prune(self, now: float | None = None) -> None:
        """Remove results older than MAX_AGE, at most once a day (a stamp file records the last time)."""
        import time
        now = time.time() if now is None else now
        stamp = os.path.join(self.folder, "pruned")
        try:
            if now - os.stat(stamp).st_mtime < 86400:
                return
        except OSError:
            pass
        try:
            for sub in os.scandir(self.folder):
                if len(sub.name) == 2 and sub.is_dir():
                    for entry in os.scandir(sub.path):
                        if entry.name.endswith(".json") and now - entry.stat().st_mtime > self.MAX_AGE:
                            os.unlink(entry.path)
            with open(stamp, "wb"):
                pass
            os.utime(stamp, (now, now))
        except OSError:
            pass             # a read-only cache folder only keeps its old entries

    def get(self, key):
        """(language, findings), or None for a missing entry or one that fails its digest or its types."""
        try:
            with open(self._path(key), "rb") as fh:
                digest, _, body = fh.read().partition(b"\n")
            if hashlib.sha256(body).hexdigest().encode() != digest:
                return None
            data = json.loads(body)
            contexts = data["contexts"]
            if not isinstance(data["language"], str) or not all(isinstance(c, str) for c in contexts):
                return None
            return data["language"], [from_json(f, contexts) for f in data["findings"]]
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def put(self, key, language, findings) -> None:
        """Store the findings with their whole paragraphs, each paragraph once, under a SHA-256 of the entry."""
        try:
            contexts, index, items = [], {}, []
            for f in findings:
                if f.context not in index:
                    index[f.context] = len(contexts)
                    contexts.append(f.context)
                item = {k: v for k, v in f.to_json().items() if k not in ("context", "context_start")}
                items.append({**item, "offset": f.offset, "context": index[f.context]})
            body = json.dumps({"language": language, "contexts": contexts, "findings": items},
                              ensure_ascii=False).encode("utf-8")
            atomic_write(self._path(key), hashlib.sha256(body).hexdigest().encode() + b"\n" + body, durable=False)
        except (OSError, UnicodeEncodeError):
            pass     # a read-only or full cache folder only costs speed


def from_json(d, contexts) -> Finding:
    """A cached finding; TypeError for one whose fields do not have the types lintdoc writes."""
    text = ("rule", "category", "severity", "message", "match")
    if not all(isinstance(d[k], str) for k in text) or not isinstance(d["offset"], int) \
            or not isinstance(d.get("location") or {}, dict) or isinstance(d["offset"], bool):
        raise TypeError("a cached finding of the wrong shape")
    return Finding(d["rule"], d["category"], d["severity"], d["message"], d["match"], contexts[d["context"]],
                   d["offset"], None, section=d.get("section"), fix=d.get("fix"), location=d.get("location") or {})
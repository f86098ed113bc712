"""The regular expressions lintdoc's modules compile when imported, kept compiled between processes.

`rx.compile` is `regex.compile`. When the command line has a cache folder, it loads the expressions
compiled by an earlier run (`load`, before it imports the modules that compile them; unpickling rebuilds
each from its compiled code in C) and stores them after the run when there were new ones (`save`).
Without a folder (library use, --no-cache, LINTDOC_CACHE=off) each is compiled as usual.
"""
from __future__ import annotations

import regex

_store: dict = {}          # (pattern, flags) -> compiled pattern
_folder: str | None = None
_grown = False


def compile(pattern: str, flags=0):  # noqa: A001 - the name of what it stands for
    global _grown
    key = (pattern, int(flags))
    compiled = _store.get(key)
    if compiled is None:
        compiled = regex.compile(pattern, flags)
        if _folder:
            _store[key] = compiled
            _grown = True
    return compiled


class lazy_re:  # noqa: N801 - stands for re.compile
    """re.compile(pattern, flags), compiled when first used: for the expressions most runs never need."""

    __slots__ = ("_args", "_compiled")

    def __init__(self, pattern, flags=0):
        self._args, self._compiled = (pattern, flags), None

    def __reduce__(self):
        return lazy_re, self._args           # pickled as its source: compiled in the process that uses it

    def __getattr__(self, name):
        if self._compiled is None:
            import re
            self._compiled = re.compile(*self._args)
        return getattr(self._compiled, name)


def _key() -> str:
    return f"module expressions|{regex.__version__}"


def load(folder: str | None) -> None:
    """Use the expressions kept in `folder` (None: none)."""
    global _folder
    if not folder:
        return
    from lintdoc.cache import load_pickle
    _folder = folder
    kept = load_pickle(folder, "regex", _key())
    if isinstance(kept, dict):
        for key, value in kept.items():
            _store.setdefault(key, value)


def save() -> None:
    """Keep the expressions compiled in this process when there are new ones."""
    global _grown
    if _folder and _grown:
        from lintdoc.cache import save_pickle
        save_pickle(_folder, "regex", _key(), dict(_store))
        _grown = False

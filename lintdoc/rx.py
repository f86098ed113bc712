"""The regular expressions lintdoc's modules compile when imported, kept compiled between processes.

`rx.compile` is `regex.compile`. When the command line has a cache folder, it loads the expressions
compiled by an earlier run (`load`, before it imports the modules that compile them; unpickling rebuilds
each from its compiled code in C) and stores them after the run when there were new ones (`save`).
Without a folder (library use, --no-cache, LINTDOC_CACHE=off) each is compiled as usual.

The `regex` package is imported only where an expression is compiled (`engine()`): a process whose
expressions all come from the cache needs only regex's matching engine, its C module `regex._regex`,
which `load` takes from its file alone (the package's pattern compiler, pure Python, takes ~9 ms to
import). Fails: `rx.IGNORECASE` differing from `regex.IGNORECASE`; passes: the two equal (a test).
"""
from __future__ import annotations

import os
import sys

# regex's flag values (tests/test_rx.py compares them with the package's), usable without importing it
IGNORECASE = 0x2
MULTILINE = 0x8
VERSION0 = 0x2000

_store: dict = {}          # (pattern, flags) -> compiled pattern
_folder: str | None = None
_grown = False


def engine():
    """The `regex` package: its compiler, escape() and error."""
    import regex
    if "_regex" not in vars(regex):        # its C module loaded alone first (_matcher): a submodule as usual
        regex._regex = sys.modules["regex._regex"]
    return regex


def compile(pattern: str, flags=0):  # noqa: A001 - the name of what it stands for
    global _grown
    key = (pattern, int(flags))
    compiled = _store.get(key)
    if compiled is None:
        compiled = engine().compile(pattern, flags)
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


def engine_id() -> str:
    """What compiled expressions depend on: regex's matching engine, named by its code format and its
    file (an upgrade of regex replaces the file), or by the package's version when it was not found."""
    module = _matcher()
    path = getattr(module, "__file__", None) if module else None
    try:
        st = os.stat(path)
        return f"regex {module.MAGIC} {path} {st.st_size} {st.st_mtime_ns}"
    except (OSError, TypeError, AttributeError):
        return f"regex {engine().__version__}"


def _matcher():
    """regex's C module, loaded from its file without the package when the package is not imported yet;
    None when it cannot be found that way (it is then imported with the package when first needed)."""
    module = sys.modules.get("regex._regex")
    if module is not None:
        return module
    try:
        from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader, ModuleSpec, PathFinder
        spec = PathFinder.find_spec("regex")
        folder = os.path.dirname(spec.origin)
        path = next(os.path.join(folder, "_regex" + s) for s in EXTENSION_SUFFIXES
                    if os.path.isfile(os.path.join(folder, "_regex" + s)))
        loader = ExtensionFileLoader("regex._regex", path)
        module = loader.create_module(ModuleSpec("regex._regex", loader, origin=path))
        loader.exec_module(module)
    except Exception:  # noqa: BLE001 - an unusual installation: the package is imported as usual
        return None
    module = sys.modules.setdefault("regex._regex", module)
    return module


def _key() -> str:
    return f"module expressions|{engine_id()}"


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

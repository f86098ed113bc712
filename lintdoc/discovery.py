"""Which files a `lintdoc check PATH...` run looks at.

Folders are walked recursively in a stable order; hidden files and folders, Word's lock
files (~$draft.docx) and lintdoc's own reviewed copies (*.lintdoc.docx) are skipped. Legacy
.doc/.wps files are included so that the user is told to convert them.
"""
from __future__ import annotations

import os

from lintdoc.readers import LEGACY, SUPPORTED

CANDIDATES = SUPPORTED + tuple(LEGACY)


def skipped_name(name: str) -> bool:
    return name.startswith((".", "~$", "~WRL")) or name.endswith((".lintdoc.docx", "~", ".tmp"))


def discover(paths, ignored=lambda p: False):
    """Yield file paths: explicit files as given, folders expanded."""
    for path in paths:
        path = str(path)
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not skipped_name(d))
                for name in sorted(files):
                    full = os.path.join(root, name)
                    if skipped_name(name) or not name.lower().endswith(CANDIDATES) or ignored(full) \
                            or not os.path.isfile(full):          # a pipe, socket or device named like a draft
                        continue
                    yield full
        else:
            yield path

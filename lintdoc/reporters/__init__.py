"""Reporters turn checked files into output; they know nothing of rules.

Each checked file is a `FileResult`; a reporter takes the list and returns text."""
from __future__ import annotations

import re

from lintdoc import rx
from lintdoc.record import dataclass, field


@dataclass
class FileResult:
    path: str
    document: object = None      # the model Document (None when it could not be read)
    findings: list = field(default_factory=list)
    error: str | None = None
    language: str = "en"
    copy: str | None = None          # the reviewed copy written (--annotate)
    copy_error: str | None = None    # why the reviewed copy was not written (the draft was still checked)

    def detached(self) -> "FileResult":
        """The result without the document model (cheap to send between processes)."""
        for f in self.findings:
            f.paragraph = None
        return FileResult(self.path, None, self.findings, self.error, self.language, self.copy, self.copy_error)


def summary(results) -> dict:
    by_sev = {"error": 0, "warning": 0, "info": 0}
    by_cat: dict = {}
    for r in results:
        for f in r.findings:
            by_sev[f.severity] += 1
            by_cat[f.category] = by_cat.get(f.category, 0) + 1
    return {"files": len(results), "files_with_errors": sum(1 for r in results if r.error),
            "copies_not_written": sum(1 for r in results if r.copy_error),
            "files_with_findings": sum(1 for r in results if r.findings),
            "findings": sum(by_sev.values()), "by_severity": by_sev, "by_category": dict(sorted(by_cat.items()))}


def majority_language(results) -> str:
    langs = [r.language for r in results if not r.error]
    return "zh" if langs and langs.count("zh") >= len(langs) / 2 else "en"


_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_NOT_XML = rx.lazy_re("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def visible(text: str) -> str:
    """Text from a file or a file name, safe to print on a terminal: control characters (escape
    sequences, BEL, NUL, a newline in a file name) written as \\xNN, as git and Ruff do."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def xml_safe(text: str) -> str:
    """An XML document with the characters XML 1.0 forbids written as \\xNN (they can only be in text)."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)

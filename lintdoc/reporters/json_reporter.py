"""JSON output: the contract of DEVELOPERS.md (version 1)."""
import json

from lintdoc.reporters import summary


def _file(r) -> dict:
    out = {"path": r.path, "error": r.error, "findings": [f.to_json() for f in r.findings]}
    if r.copy:         # --annotate: where the reviewed copy went, or why it could not be written
        out["reviewed_copy"] = {"path": r.copy, "error": r.copy_error}
    return out


def render(results) -> str:
    return json.dumps({
        "version": 1,
        "files": [_file(r) for r in results],
        "summary": summary(results),
    }, ensure_ascii=False, indent=1) + "\n"

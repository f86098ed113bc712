"""JSON output: the contract of DEVELOPERS.md (version 1)."""
import json

from lintdoc.reporters import summary


def render(results) -> str:
    return json.dumps({
        "version": 1,
        "files": [{"path": r.path, "error": r.error, "findings": [f.to_json() for f in r.findings]}
                  for r in results],
        "summary": summary(results),
    }, ensure_ascii=False, indent=1) + "\n"

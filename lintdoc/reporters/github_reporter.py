"""GitHub Actions workflow commands: one `::error file=…::message` line per finding."""
from __future__ import annotations

COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def render(results) -> str:
    lines = []
    for r in results:
        if r.error:
            lines.append(f"::error file={_prop(r.path)},title=lintdoc::{_data(r.error)}")
        for f in r.findings:
            loc = f.location
            props = [f"file={_prop(r.path)}"]
            if "line" in loc:
                props += [f"line={loc['line']}", f"col={loc['column']}"]
            props.append(f"title={_prop(f.rule)}")
            where = f"¶{loc.get('paragraph', 0)}" + (f" [{loc['heading']}]" if loc.get("heading") else "")
            lines.append(f"::{COMMAND[f.severity]} {','.join(props)}::{_data(f'{where} {f.message}')}")
    return "\n".join(lines) + ("\n" if lines else "")

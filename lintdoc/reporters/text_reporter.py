"""Text output, one finding per line, the way editors and people read it:

    draft.docx:¶12 [一、主要成绩 > （二）宣传] error: 占位符“xx”未替换为实际内容 (placeholder-x)
        …推进«xx»区文明城市创建…

Text files give line and column: `notes.md:14:7 (¶9) …`. Colour only on a terminal.
"""
from __future__ import annotations

from lintdoc.reporters import majority_language, summary, visible

COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
BOLD, RESET, MARK = "\033[1m", "\033[0m", "\033[7m"
EXCERPT = 36
SEVERITY_ZH = {"error": "错误", "warning": "警告", "info": "提示"}


def excerpt(context: str, offset: int, length: int, color: bool) -> str:
    start = max(0, offset - EXCERPT)
    end = min(len(context), offset + length + EXCERPT)
    before, match, after = context[start:offset], context[offset:offset + length], context[offset + length:end]
    flat = lambda s: visible(s.replace("\n", "⏎").replace("\t", " "))  # noqa: E731
    marked = f"{MARK}{flat(match)}{RESET}" if color else f"«{flat(match)}»"
    return ("…" if start else "") + flat(before) + marked + flat(after) + ("…" if end < len(context) else "")


def where(result, f) -> str:
    loc = f.location
    path = visible(result.path)
    if "line" in loc:
        head = f"{path}:{loc['line']}:{loc['column']} (¶{loc['paragraph']})"
    else:
        head = f"{path}:¶{loc.get('paragraph', 0)}"
    if loc.get("part") not in (None, "body", "table"):
        head += f" {loc['part']}"
    if loc.get("heading"):
        head += f" [{visible(loc['heading'])}]"
    return head


def render(results, color: bool = False, max_warnings: int | None = None, summary_off: bool = False) -> str:
    out = []
    error = f"{COLORS['error']}error{RESET}" if color else "error"
    for r in results:
        if r.error:
            out.append(f"{visible(r.path)}: {error}: {visible(r.error)}")
            continue
        for f in r.findings:
            sev = f"{COLORS[f.severity]}{f.severity}{RESET}" if color else f.severity
            fix = "" if f.fix is None else (f" → «{visible(f.fix)}»" if f.fix else " → (delete)")
            out.append(f"{where(r, f)} {sev}: {visible(f.message)} ({f.rule}){fix}")
            if f.context:
                out.append("    " + excerpt(f.context, f.offset, len(f.match), color))
        if r.copy_error:
            out.append(f"{visible(r.copy)}: {error}: reviewed copy not written: {visible(r.copy_error)}")
    if not summary_off:
        out.append(summary_line(results, max_warnings))
    return "\n".join(out) + "\n" if out else ""


def summary_line(results, max_warnings: int | None = None) -> str:
    """One line of counts in the drafts' language, with what else went wrong (unreadable drafts,
    reviewed copies not written, more warnings than --max-warnings allows)."""
    s = summary(results)
    sev = s["by_severity"]
    over = max_warnings is not None and max_warnings >= 0 and sev["warning"] > max_warnings
    if majority_language(results) == "zh":
        line = (f"检查了 {s['files']} 个文件：{sev['error']} 个错误，{sev['warning']} 个警告，{sev['info']} 个提示")
        if s["files_with_errors"]:
            line += f"；{s['files_with_errors']} 个文件无法读取"
        if s["copies_not_written"]:
            line += f"；{s['copies_not_written']} 份审阅副本未写出"
        if over:
            line += f"；警告数超过 --max-warnings {max_warnings}"
        return line + "。"
    line = (f"{s['files']} file{'s' if s['files'] != 1 else ''} checked: {sev['error']} error(s), "
            f"{sev['warning']} warning(s), {sev['info']} info")
    if s["files_with_errors"]:
        line += f"; {s['files_with_errors']} file(s) could not be read"
    if s["copies_not_written"]:
        line += f"; {s['copies_not_written']} reviewed cop{'y' if s['copies_not_written'] == 1 else 'ies'} not written"
    if over:
        line += f"; {sev['warning']} warning{'s' if sev['warning'] != 1 else ''} exceed --max-warnings {max_warnings}"
    return line + "."

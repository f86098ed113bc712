"""One self-contained HTML report (no network) a coordinator can open in a browser: every file
with its status and counts by category, and every finding with its paragraph and the match
highlighted, filterable by file, category and severity. Chinese or English, following the drafts.
"""
from __future__ import annotations

import html
from collections import Counter

from lintdoc import __version__
from lintdoc.reporters import majority_language, summary

TEXT = {
    "zh": {"title": "lintdoc 检查报告", "files": "文件", "status": "状态", "findings": "问题", "clean": "通过",
           "unreadable": "无法读取", "all": "全部", "file": "文件", "category": "类别", "severity": "级别",
           "where": "位置", "message": "说明", "rule": "规则", "context": "段落", "shown": "显示 {count} 条",
           "error": "错误", "warning": "警告", "info": "提示", "summary": "共 {files} 个文件，{findings} 个问题",
           "none": "没有符合条件的问题。"},
    "en": {"title": "lintdoc report", "files": "Files", "status": "Status", "findings": "Findings", "clean": "clean",
           "unreadable": "could not be read", "all": "All", "file": "File", "category": "Category",
           "severity": "Severity", "where": "Where", "message": "Message", "rule": "Rule", "context": "Paragraph",
           "shown": "{count} shown", "error": "error", "warning": "warning", "info": "info",
           "summary": "{files} files, {findings} findings", "none": "No finding matches the filters."},
}

CATEGORY_NAMES = {
    "zh": {"placeholder": "占位符", "unfilled-figure": "未填数字", "numbering": "编号", "missing-section": "缺少部分",
           "empty-section": "空的部分", "boilerplate": "网页或模板文字", "punctuation": "标点", "duplicate": "重复",
           "revision": "修订与批注", "structure": "结构", "other": "其他"},
    "en": {"placeholder": "placeholder", "unfilled-figure": "unfilled figure", "numbering": "numbering",
           "missing-section": "missing section", "empty-section": "empty section", "boilerplate": "boilerplate",
           "punctuation": "punctuation", "duplicate": "duplicate", "revision": "revision", "structure": "structure",
           "other": "other"},
}

STYLE = """
body{font:14px/1.5 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:24px;color:#222}
h1{font-size:20px;margin:0 0 4px}
.meta{color:#666;margin-bottom:16px}
table{border-collapse:collapse;width:100%;margin:8px 0 20px}
th,td{border-bottom:1px solid #e3e3e3;padding:6px 8px;text-align:left;vertical-align:top}
th{background:#f6f6f6;font-weight:600}
td[class^="sev-"]{white-space:nowrap}
.sev-error{color:#b00020;font-weight:600}.sev-warning{color:#9a6700}.sev-info{color:#0b6aa2}
.status-clean{color:#1a7f37}.status-error{color:#b00020}
mark{background:#ffe08a;padding:0 1px}
.ctx{color:#444;max-width:48em}
.filters{display:flex;gap:16px;flex-wrap:wrap;align-items:end;margin:12px 0}
.filters label{display:flex;flex-direction:column;font-size:12px;color:#555}
select{font-size:14px;padding:2px 4px}
#count{color:#555}
"""

SCRIPT = """
(function(){
  var f=document.getElementById('f-file'),c=document.getElementById('f-category'),s=document.getElementById('f-severity');
  function apply(){
    var rows=document.querySelectorAll('#findings tbody tr.finding'),n=0;
    rows.forEach(function(r){
      var ok=(!f.value||r.dataset.file===f.value)&&(!c.value||r.dataset.category===c.value)&&
             (!s.value||r.dataset.severity===s.value);
      r.hidden=!ok; if(ok){n++;}
    });
    document.getElementById('count').textContent=n;
    document.getElementById('empty').hidden=n>0;
  }
  [f,c,s].forEach(function(el){el.addEventListener('change',apply);});
  apply();
})();
"""


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _context(f) -> str:
    ctx, a = f.context or "", f.offset or 0
    b = a + len(f.match or "")
    if f.match and ctx[a:b] == f.match:
        return f"{_e(ctx[:a])}<mark>{_e(ctx[a:b])}</mark>{_e(ctx[b:])}"
    return _e(ctx)


def _where(f) -> str:
    loc = f.location
    parts = [f"¶{loc.get('paragraph', 0)}"]
    if "line" in loc:
        parts.append(f"{loc['line']}:{loc['column']}")
    if loc.get("part") not in (None, "body"):
        parts.append(loc["part"])
    if loc.get("heading"):
        parts.append(loc["heading"])
    return " · ".join(_e(p) for p in parts)


def render(results, language: str | None = None) -> str:
    lang = language or majority_language(results)
    t = TEXT[lang]
    name = lambda c: CATEGORY_NAMES[lang].get(c, c)  # noqa: E731
    s = summary(results)
    categories = sorted(s["by_category"])
    out = [f"<!DOCTYPE html><html lang=\"{'zh-CN' if lang == 'zh' else 'en'}\"><head><meta charset=\"utf-8\">",
           f"<meta name=\"generator\" content=\"lintdoc {__version__}\"><title>{t['title']}</title>",
           f"<style>{STYLE}</style></head><body>",
           f"<h1>{t['title']}</h1><div class=\"meta\">{_e(t['summary'].format(**s))}</div>",
           f"<h2>{t['files']}</h2><table id=\"files\"><thead><tr><th>{t['file']}</th><th>{t['status']}</th>"
           f"<th>{t['findings']}</th>" + "".join(f"<th>{_e(name(c))}</th>" for c in categories) + "</tr></thead><tbody>"]
    for r in results:
        counts = Counter(f.category for f in r.findings)
        if r.error:
            status = f"<span class=\"status-error\">{t['unreadable']}: {_e(r.error)}</span>"
        elif r.findings:
            status = f"{len(r.findings)} {t['findings']}"
        else:
            status = f"<span class=\"status-clean\">{t['clean']}</span>"
        out.append(f"<tr data-file=\"{_e(r.path)}\"><td>{_e(r.path)}</td><td>{status}</td><td>{len(r.findings)}</td>"
                   + "".join(f"<td>{counts.get(c, '')}</td>" for c in categories) + "</tr>")
    out.append("</tbody></table>")
    shown = t["shown"].format(count=f"<span id=\"count\">{s['findings']}</span>")
    options = lambda values, label: "".join(  # noqa: E731
        [f"<option value=\"\">{t['all']}</option>"] + [f"<option value=\"{_e(v)}\">{_e(label(v))}</option>" for v in values])
    out.append("<div class=\"filters\">"
               f"<label>{t['file']}<select id=\"f-file\">{options([r.path for r in results], str)}</select></label>"
               f"<label>{t['category']}<select id=\"f-category\">{options(categories, name)}</select></label>"
               f"<label>{t['severity']}<select id=\"f-severity\">"
               f"{options(['error', 'warning', 'info'], lambda v: t[v])}</select></label>"
               f"<span>{shown}</span></div>")
    out.append(f"<table id=\"findings\"><thead><tr><th>{t['file']}</th><th>{t['where']}</th><th>{t['severity']}</th>"
               f"<th>{t['category']}</th><th>{t['message']}</th><th>{t['rule']}</th><th>{t['context']}</th></tr></thead>"
               "<tbody>")
    for r in results:
        for f in r.findings:
            out.append(f"<tr class=\"finding\" data-file=\"{_e(r.path)}\" data-category=\"{_e(f.category)}\" "
                       f"data-severity=\"{_e(f.severity)}\"><td>{_e(r.path)}</td><td>{_where(f)}</td>"
                       f"<td class=\"sev-{_e(f.severity)}\">{t[f.severity]}</td><td>{_e(name(f.category))}</td>"
                       f"<td>{_e(f.message)}</td><td><code>{_e(f.rule)}</code></td>"
                       f"<td class=\"ctx\">{_context(f)}</td></tr>")
    out.append(f"</tbody></table><p id=\"empty\" hidden>{t['none']}</p><script>{SCRIPT}</script></body></html>\n")
    return "".join(out)

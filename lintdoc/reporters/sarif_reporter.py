"""SARIF 2.1.0 output for code scanning: rule metadata, levels, and locations that name the part
and paragraph (logical location) and, for .md/.txt, the line and column (physical region)."""
from __future__ import annotations

import json
import os
from urllib.parse import quote

from lintdoc import __version__

LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    """A relative URI for files under the working folder (what code scanning expects), else absolute."""
    full = os.path.abspath(path)
    inside = full.startswith(os.getcwd() + os.sep)
    return quote((os.path.relpath(full) if inside else full).replace(os.sep, "/"))


def render(results, rules=()) -> str:
    rule_list = list(rules)
    index = {r["id"]: i for i, r in enumerate(rule_list)}
    sarif_rules = [{
        "id": r["id"], "name": r["id"],
        "shortDescription": {"text": r["description"].get("en") or r["id"]},
        "fullDescription": {"text": r["description"].get("zh") or r["description"].get("en") or r["id"]},
        "defaultConfiguration": {"level": LEVEL[r["severity"]]},
        "properties": {"category": r["category"], "kind": r["kind"]},
    } for r in rule_list]
    out_results, notes = [], []
    for res in results:
        if res.error:
            notes.append({"level": "error", "message": {"text": f"{res.path}: {res.error}"},
                          "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(res.path)}}}]})
        for f in res.findings:
            loc = f.location
            physical = {"artifactLocation": {"uri": _uri(res.path)}}
            if "line" in loc:
                physical["region"] = {"startLine": loc["line"], "startColumn": loc["column"],
                                      "endColumn": loc["column"] + max(len(f.match), 1),
                                      "snippet": {"text": f.to_json()["context"]}}
            name = f"¶{loc.get('paragraph', 0)}"
            logical = {"name": name, "kind": "paragraph",
                       "fullyQualifiedName": "/".join(x for x in (loc.get("part"), loc.get("heading"), name) if x)}
            result = {"ruleId": f.rule, "level": LEVEL[f.severity], "message": {"text": f.message},
                      "locations": [{"physicalLocation": physical, "logicalLocations": [logical]}],
                      "partialFingerprints": {"lintdoc/v1": f"{f.rule}|{loc.get('heading', '')}|{f.match}"},
                      "properties": {"category": f.category, "match": f.match, "part": loc.get("part"),
                                     "paragraph": loc.get("paragraph")}}
            if f.rule in index:
                result["ruleIndex"] = index[f.rule]
            if f.section:
                result["properties"]["section"] = f.section
            if f.fix is not None and "line" in loc and "\n" not in f.match:
                # a text file's fix, as code-scanning tools offer it: the match's region and what replaces it
                result["fixes"] = [{
                    "description": {"text": f"“{f.match}” → “{f.fix}”" if f.fix else f"delete “{f.match}”"},
                    "artifactChanges": [{"artifactLocation": {"uri": _uri(res.path)}, "replacements": [{
                        "deletedRegion": {"startLine": loc["line"], "startColumn": loc["column"],
                                          "endColumn": loc["column"] + len(f.match)},
                        "insertedContent": {"text": f.fix}}]}]}]
            out_results.append(result)
    run = {"tool": {"driver": {"name": "lintdoc", "version": __version__, "semanticVersion": __version__,
                               "informationUri": "https://pypi.org/project/lintdoc/", "rules": sarif_rules}},
           "results": out_results,
           "invocations": [{"executionSuccessful": not notes, "toolExecutionNotifications": notes}],
           "columnKind": "unicodeCodePoints"}
    return json.dumps({"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}, ensure_ascii=False, indent=1) + "\n"

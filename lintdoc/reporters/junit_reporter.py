"""JUnit XML: a test suite per file, a test case per finding (a failure), one passing case for a
clean file, and an error case for a file that could not be read."""
from __future__ import annotations

from xml.etree import ElementTree as ET

from lintdoc.reporters import xml_safe


def render(results) -> str:
    suites = ET.Element("testsuites", name="lintdoc")
    total = failures = errors = 0
    for r in results:
        suite = ET.SubElement(suites, "testsuite", name=r.path)
        cases = 0
        if r.error:
            case = ET.SubElement(suite, "testcase", classname=r.path, name="read")
            ET.SubElement(case, "error", message=r.error).text = r.error
            cases, errors = cases + 1, errors + 1
        for f in r.findings:
            loc = f.location
            where = f"¶{loc.get('paragraph', 0)}" + (f":{loc['line']}:{loc['column']}" if "line" in loc else "")
            case = ET.SubElement(suite, "testcase", classname=r.path, name=f"{f.rule} {where}")
            failure = ET.SubElement(case, "failure", message=f.message, type=f.severity)
            failure.text = f"{f.message}\n{where} {loc.get('heading', '')}\n{f.context}"
            cases += 1
            failures += 1
        if not cases:
            ET.SubElement(suite, "testcase", classname=r.path, name="lintdoc")
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(len(r.findings)))
        suite.set("errors", "1" if r.error else "0")
        total += cases
    suites.set("tests", str(total))
    suites.set("failures", str(failures))
    suites.set("errors", str(errors))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_safe(ET.tostring(suites, encoding="unicode")) + "\n"

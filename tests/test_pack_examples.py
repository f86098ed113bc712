"""Every rule's own failing and passing examples (the ones `lintdoc rules` shows) hold."""
import pytest

from conftest import _RULES, lint_text

# kinds whose examples are draft text (the others describe a .docx or a whole document, and have tests of their own)
TEXT_RULES = [r for r in _RULES if r.KIND in ("pattern", "numbering", "paired_marks", "duplicates", "title_period",
                                            "announced_count", "repeated_text", "straight_quotes", "page_chunks",
                                            "caption_numbers")]


def _cases(kind):
    for rule in TEXT_RULES:
        for example in rule.examples.get(kind, []):
            yield pytest.param(rule.id, example, id=f"{rule.id}:{example[:20]}")


def _doc(example):
    # a title line first, so that title-only rules see the example as the title when it is one
    return example.replace(" … ", "\n\n").replace(" （", "\n\n（").replace(" 二、", "\n\n二、")


@pytest.mark.parametrize("rule_id,example", list(_cases("fail")))
def test_failing_example_fails(rule_id, example):
    findings = lint_text(_doc(example))
    assert any(f.rule == rule_id for f in findings), [(f.rule, f.match) for f in findings]


@pytest.mark.parametrize("rule_id,example", list(_cases("pass")))
def test_passing_example_passes(rule_id, example):
    findings = lint_text(_doc(example))
    assert not [f for f in findings if f.rule == rule_id], [(f.rule, f.match) for f in findings]


def test_every_built_in_pattern_compiles():
    """The packs' patterns are compiled when a document first needs them; all of them compile (a bad one would
    otherwise show only on the document that needs it)."""
    patterns = [rule.patterns for rule in _RULES if rule.KIND == "pattern"]
    assert sum(len(p) for p in patterns) > 400
    for compiled in patterns:
        assert all(hasattr(pattern, "finditer") for pattern in compiled)


def test_every_rule_has_examples():
    for rule in _RULES:
        assert rule.examples.get("fail") and rule.examples.get("pass"), rule.id


def _fixed_cases():
    for rule in TEXT_RULES:
        for before, after in rule.examples.get("fixed", []):
            yield pytest.param(rule.id, before, after, id=f"{rule.id}:{before[:20]}")


@pytest.mark.parametrize("rule_id,before,after", list(_fixed_cases()))
def test_fixed_example_is_what_the_fixes_make(rule_id, before, after):
    """`examples.fixed: [[text, fixed text]]`: the rule's fixes applied to the text give the fixed text."""
    findings = [f for f in lint_text("标题\n\n" + before) if f.rule == rule_id and f.fix is not None]
    assert findings, rule_id
    text, shift = before, 0
    for f in sorted(findings, key=lambda f: f.offset):
        text = text[:f.offset + shift] + f.fix + text[f.offset + shift + len(f.match):]
        shift += len(f.fix) - len(f.match)
    assert text == after


def test_every_rule_with_fixes_shows_a_fixed_example():
    for rule in _RULES:
        if rule.options.get("replace") or rule.KIND in ("straight_quotes", "repeated_text"):
            assert rule.examples.get("fixed"), rule.id

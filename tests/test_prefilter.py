"""The pattern prefilter never skips a pattern that would match: for every alternative of every pack's
pattern rules, on the corpus texts, the samples and every rule's examples, a text the alternative
matches holds one of its required literals; and the literal analysis itself on hand-made cases."""
import hashlib
import pathlib
import sys

import regex

from conftest import _RULES
from lintdoc.checks.pattern import PatternRule, _alternatives, required_literals

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _texts():
    """The samples, every rule example and a third of the corpus texts (a fixed third, chosen by a hash of the
    file name: each of the properties below tries every pattern on every text, and the whole corpus, grown to
    thousands of texts, took minutes of CI; the examples hold a match of every pattern)."""
    files = [p for folder in (ROOT / "tests" / "corpus", ROOT / "samples")
             for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".md")]
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files
             if "corpus" not in p.parts or hashlib.sha256(p.name.encode("utf-8")).digest()[1] % 3 == 0]
    for rule in _RULES:
        for kind in ("fail", "pass"):
            texts.extend(e for e in rule.examples.get(kind, []) if isinstance(e, str))
    return texts


def _holds(requirements, folded, text):
    hay = text.casefold() if folded else text
    return all(any(x in hay for x in literals) for literals in requirements)


def test_no_alternative_that_matches_is_skipped():
    texts = _texts()
    checked = 0
    for rule in (r for r in _RULES if isinstance(r, PatternRule)):
        for pat, literal in zip(rule.patterns, rule.literals):
            if literal is None:
                continue
            for text in texts:
                if pat.search(text, timeout=5):
                    checked += 1
                    assert _holds(*literal, text), (rule.id, pat.pattern, literal, text[:200])
    assert checked > 100          # the property was exercised on real matches, not vacuously


def test_about_half_of_the_alternatives_or_more_have_literals():
    alternatives = [lit for r in _RULES if isinstance(r, PatternRule) for lit in r.literals]
    assert sum(lit is not None for lit in alternatives) > 0.8 * len(alternatives)


def test_case_folded_literals_meet_every_character_the_pattern_would_match():
    """A case-insensitive pattern may match other characters than its own (K Kelvin sign, ſ long s):
    their case folding must still contain the literal's, for every code point."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    chars = {ch for r in _RULES if isinstance(r, PatternRule) for lit in r.literals if lit and lit[1]
             for x in lit[0] for ch in x}
    assert chars
    for ch in chars:
        for m in regex.finditer(regex.escape(ch), everything, flags=regex.IGNORECASE | regex.VERSION0):
            assert ch.casefold() in m.group().casefold(), (ch, m.group())


def test_literal_sets_are_derived_conservatively():
    def lit(p, ignorecase=False):
        found = required_literals(p, ignorecase)
        return None if found is None else ([set(x) for x in found[0]], found[1])
    assert lit("本文由[^。\\n]{0,20}(?:整理|发布)") == ([{"本文由"}, {"整理", "发布"}], False)
    assert lit("(?i)\\bthis (?:template|guide) is") == ([{"this template is", "this guide is"}, {"template", "guide"}], True)
    assert lit("某{2,}") == ([{"某"}], False) and lit("[xX]{2}区") == ([{"区"}, {"x", "X"}], False)
    assert lit("[\\u3000 ]+万元") == ([{"万元"}, {"\u3000", " "}], False)
    assert lit("\\[object Object\\]") == ([{"[object Object]"}], False)
    assert lit("^(?:文档|资料)(?:简介|介绍)$") == ([{"文档简介", "文档介绍", "资料简介", "资料介绍"}, {"文档", "资料"},
                                                {"简介", "介绍"}], False)
    assert lit("请(?:按照|根据)[^。]{1,20}说明")[0][0] == {"请按照", "请根据"}           # runs multiply out
    assert lit("下[载載]文档") == ([{"下载文档", "下載文档"}, {"载", "載"}], False)
    assert lit("[（(\\[]?(?:此处|在此)填写") == ([{"此处填写", "在此填写"}, {"此处", "在此"}], False)  # [ escaped in a class
    assert lit("[a-h][a-h][a-h]yz")[0][0] == {c + "yz" for c in "abcdefgh"}    # past MAX_PRODUCT a run starts anew
    assert lit("(?<=增加|减少)(?:户|人)(?=[，,])") == ([{"增加", "减少"}, {"户", "人"}, {"，", ","}], False)
    assert lit("(?i)^\\s*(?:Example|sample)\\s*[:：]") == ([{"example", "sample"}, {":", "："}], True)
    assert lit("小编|供大家参考") == ([{"小编", "供大家参考"}], False)
    assert lit("(?!abc)xyz") == ([{"xyz"}], False) and lit("(?:ab|cd)?xyz") == ([{"xyz"}], False)
    assert lit("a?b") == ([{"b"}], False) and lit("[a-c\\-]") == ([{"a", "b", "c", "-"}], False)
    for unsure in ("ab*", "(?<=\\p{Han})[^*＊](?=\\p{Han})", "\\d+[^xX]", "(?x) a b", "(?!总结)\\d", "[\\dx]",
                   "(?:总结)?", "(?:总结){0,2}", "a(?#c)b", "(总结)\\1", "a(?i)bc", "[[:alpha:]]总结]", "(?(1)总结|报告)",
                   "{总结}", "(?:总结|报告", "总结\\g<0>"):
        assert lit(unsure) is None or unsure == "ab*", unsure
    assert lit("ab*") == ([{"a"}], False) and lit("(?:总结|\\d)") is None
    for pattern in ("(?i)^Tip:|Note to (?:author|editor)", "(?:文档|资料)(?:简介|介绍)", "(?<=汇编)\\s*（\\d{1,2}篇）"):
        for alternative in _alternatives(pattern):
            assert required_literals(alternative, False) is not None, alternative


def test_anchored_alternatives_searched_find_what_trying_each_line_finds():
    """Also with \\K, and for made-up patterns whose empty matches end on a line start."""
    import regex as re_
    from lintdoc.checks.pattern import _line_starts, _searched, _tried_per_line
    texts = _texts() + ["\n\nTip: a\n\n\nTip:\nx", "（一）、\n（二），\n", "...\n…\n  ...  \n", "\n，\n\n\u3000：\n"]
    for rule in (r for r in _RULES if isinstance(r, PatternRule)):
        for pat, anchored in zip(rule.patterns, rule.anchored):
            if not anchored:
                continue
            for text in texts:
                lines = _line_starts(text)
                assert [m.span() for m in _searched(pat, text)] == \
                    [m.span() for m in _tried_per_line(pat, text, lines)], (rule.id, pat.pattern)
    for pattern in ("^\\s*\\K", "^a*\\K", "^(?:x\\n)?\\K", "^\\K(?=b)", "^[ \\u3000]*\\K[，：]", "^x?"):
        pat = re_.compile(pattern, re_.MULTILINE | re_.VERSION0)
        for text in ("", "\n", "x\n\nb\nx\nb", "aa\n\naab\n", " ，\n\u3000：x\n"):
            assert [m.span() for m in _searched(pat, text)] == \
                [m.span() for m in _tried_per_line(pat, text, _line_starts(text))], (pattern, text)


def test_only_lines_with_a_line_literal_can_hold_a_match():
    """A ^-anchored alternative with line literals finds, trying only the lines that hold one, what it
    finds trying every line; and the analysis refuses what could cross a line before its literal."""
    import regex as re_

    from lintdoc.checks.pattern import _line_literals, _line_starts, _lines_with, _tried_per_line

    class Doc:
        def __init__(self):
            self.derived = {}
    texts = _texts() + ["上一篇：x\n下一篇：y", "工作总结（10篇）\n\n学习心得体会2篇"]
    checked = 0
    for rule in (r for r in _RULES if isinstance(r, PatternRule)):
        for pat, literals in zip(rule.patterns, rule.line_literals):
            if not literals:
                continue
            for text in texts:
                found = [m.span() for m in _tried_per_line(pat, text, _lines_with(Doc(), text, literals))]
                assert found == [m.span() for m in _tried_per_line(pat, text, _line_starts(text))], (rule.id, pat.pattern)
                checked += bool(found)
    assert checked
    assert _line_literals("^[^\\n。]{2,30}?(?:总结|报告)\\s?\\d") == ("总结", "报告") or \
        set(_line_literals("^[^\\n。]{2,30}?(?:总结|报告)\\s?\\d")) == {"总结", "报告"}
    for crossing in ("^[^。]{2,30}?(?:总结|报告)", "^\\s*(?:总结|报告)", "^.*\\n总结", "^(?:a|\\n)总结",
                     "(?i)^总结", "(?s)^.*总结", "^\\W总结", "^\\x0a总结", "^[\\n]总结"):
        assert _line_literals(crossing) is None, crossing
    for pattern in ("^(?:上一篇|下一篇)[:：]", "^[^\\n，]{0,5}?(?:总结|报告)\\s*\\d", "^(?=ab\\nc)ab总结"):
        pat = re_.compile(pattern, re_.MULTILINE | re_.VERSION0)
        literals = _line_literals(pattern)
        assert literals, pattern
        for text in ("上一篇：a\n下一篇：b", "总结\n报告 3\nx总结 4", "ab\nc\nab总结\nab\nc"):
            assert [m.span() for m in _tried_per_line(pat, text, _lines_with(Doc(), text, literals))] == \
                [m.span() for m in _tried_per_line(pat, text, _line_starts(text))], (pattern, text)


def test_only_lines_led_by_a_first_character_of_the_pattern_can_hold_a_match():
    """A ^-anchored alternative tried on the lines whose first non-blank character may open it finds what
    it finds trying every line (on the corpus, the samples and every rule example, blanks and case varied);
    what the analysis cannot bound tries every line."""
    import regex as re_

    from lintdoc.checks.line_leaders import leaders, lines_led_by
    from lintdoc.checks.pattern import _line_starts, _tried_per_line

    class Doc:
        def __init__(self):
            self.derived = {}
    base = _texts() + ["篇一：x\n  第二篇：y\n\u3000\u3000 12 \n\t— 3 —\nExample 2\nSAMPLE\n ，开头"]
    texts = base + [t.replace("\n", "\n\u3000 ") for t in base[-40:]] + [t.swapcase() for t in base[-40:]]
    checked = used = 0
    for rule in (r for r in _RULES if isinstance(r, PatternRule)):
        for pat, lead in zip(rule.patterns, rule.leaders):
            if not lead:
                continue
            used += 1
            for text in texts:
                found = [m.span() for m in _tried_per_line(pat, text, lines_led_by(Doc(), text, lead))]
                assert found == [m.span() for m in _tried_per_line(pat, text, _line_starts(text))], (rule.id, pat.pattern)
                checked += bool(found)
    assert used >= 20 and checked
    assert sorted(leaders("^[ \\u3000]*(?:篇|第)\\d", False).chars) == ["第", "篇"]
    assert leaders("^[^\\S\\n]*\\d{1,3}$", False).digits
    for unbounded in ("^[^\\S\\n]*$", "^\\s*x", "^.*x", "^[^\\w\\n]{0,3}x", "^(?:a|)", "^[ a]b", "(?x)^a",
                      "^(?i:a)", "^\\p{Han}", "^[^a]", "x^a", "^(?:a", "^[a-\\u4e00]"):
        assert leaders(unbounded, False) is None, unbounded
    assert leaders("(?i)^Ä", False) is None          # a non-ASCII letter folds in ways not followed here
    doc = Doc()
    assert lines_led_by(doc, "x\n  12\n\u3000第\nExample", leaders("(?i)^[^\\S\\n]*e", False)) == [10]


def test_what_is_stripped_before_a_leader_covers_every_blank_a_pattern_can_skip():
    """Every character `[^\\S\\n]` matches is stripped (else a line opening with it would not be tried), and
    no uncased non-ASCII character matches an ASCII letter case-insensitively (so only cased ones are let
    through unexamined)."""
    import regex as re_

    from lintdoc.checks.line_leaders import BLANKS
    everything = "".join(map(chr, range(0x110000)))
    assert set(re_.findall(r"[^\S\n]", everything)) <= set(BLANKS)
    assert "\n" not in BLANKS
    uncased = "".join(c for c in everything if not c.isascii() and c.lower() == c.upper())
    assert not re_.findall(r"(?i)[a-z]", uncased)

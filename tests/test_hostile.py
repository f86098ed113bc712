"""Hostile input (issue 15): whatever lands in a shared folder or a config is a clear error, never a
traceback or a hang. Each input is built here, in code."""
import pytest

from lintdoc.cli import main

BOMB = "".join(f"{c}: &{c} [{', '.join(['*' + p] * 9 if p else ['x'] * 9)}]\n"
               for p, c in zip([None, "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi"))


@pytest.mark.parametrize("config,says", [
    ("a: &a [*a]\n", "an alias refers to itself"),
    (BOMB, "alias bomb"),
    ("rules: !!python/name:os.system\n", "could not determine a constructor"),
    ("? [a, b]\n: 1\n", "a key must be a plain name"),
    ("fail-on: [error]\n", "`fail-on` must be error, warning or info"),
    ("template: [a]\n", "`template` must be the path"),
    ("overrides: [{files: 5}]\n", "`files` must be a glob or a list of globs"),
    ("rules:\n  mine:\n    kind: pattern\n    patterns: ['x']\n    priority: abc\n", "priority must be a whole number"),
    ("rules:\n  mine:\n    kind: pattern\n    patterns: ['xx']\n    message: '{0}'\n", "is not a named field"),
    ("rules:\n  mine:\n    kind: pattern\n    patterns: ['xx']\n    message: '{match:>99999999}'\n", "is too large"),
    ("rules:\n  mine:\n    kind: pattern\n    patterns: ['xx']\n    message: 'unclosed {match'\n", "literal braces"),
])
def test_a_hostile_config_is_a_configuration_error(tmp_path, capsys, config, says):
    (tmp_path / ".lintdoc.yaml").write_text(config, encoding="utf-8")
    draft = tmp_path / "d.txt"
    draft.write_text("标题\n\nxx区\n", encoding="utf-8")
    assert main(["check", "--no-cache", str(draft)]) == 2
    out, err = capsys.readouterr()
    assert says in err and ".lintdoc.yaml" in err and "Traceback" not in err + out

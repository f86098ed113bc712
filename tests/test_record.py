"""lintdoc.record makes records as the standard dataclasses does, for the features lintdoc uses."""
import dataclasses

import pytest

from lintdoc import record


def _pair():
    made = []
    for module in (dataclasses, record):
        @module.dataclass
        class Item:
            """An item."""
            name: str
            count: int = 0
            tags: list = module.field(default_factory=list)
            note: str = module.field(default="", repr=False)
            seen: dict = module.field(default_factory=dict, repr=False)

            def __post_init__(self):
                self.tags.append("made")

            @property
            def size(self):
                return len(self.name)
        made.append(Item)
    return made


def test_records_behave_as_dataclasses():
    standard, ours = _pair()
    for args, kwargs in [(("a",), {}), (("b", 3), {"note": "n"}), (("c",), {"tags": ["x"], "seen": {1: 2}})]:
        a, b = standard(*args, **kwargs), ours(*args, **kwargs)
        assert vars(a) == vars(b) and repr(a).replace("Item", "") == repr(b).replace("Item", "")
        assert a.size == b.size
    assert ours("a") == ours("a") and ours("a") != ours("b") and ours("a") != standard("a")
    assert ours("a").tags is not ours("a").tags                     # a new list each time
    with pytest.raises(TypeError):
        hash(ours("a"))
    with pytest.raises(TypeError):
        ours()
    assert ours.count == 0 and ours.note == "" and not hasattr(ours, "tags")
    assert ours.__match_args__ == standard.__match_args__


def test_lintdoc_does_not_import_dataclasses():
    import subprocess
    import sys
    code = "import sys, lintdoc.cli, lintdoc.runner, lintdoc.readers.docx_reader; assert 'dataclasses' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)

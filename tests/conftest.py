import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))            # docx_fixtures

from lintdoc.checks import build_rules  # noqa: E402
from lintdoc.config import load_config  # noqa: E402
from lintdoc.engine import run_rules  # noqa: E402
from lintdoc.readers import finish, read_document  # noqa: E402
from lintdoc.readers.text_reader import parse_text  # noqa: E402

_RULES = build_rules(load_config())


def lint_text(text, markdown=False, rules=None):
    doc = finish(parse_text(text, "draft.md" if markdown else "draft.txt", markdown))
    return run_rules(doc, rules or _RULES)


def lint_file(path, rules=None):
    return run_rules(read_document(path), rules or _RULES)


@pytest.fixture
def lint():
    return lint_text


@pytest.fixture
def default_rules():
    return _RULES

# tests never read or fill the user's result cache (tests of the cache pass --cache DIR)
import os  # noqa: E402

os.environ["LINTDOC_CACHE"] = "off"


def soffice(*args, profile):
    """Run LibreOffice headless with its own profile folder, so that another soffice running on the
    machine (a user's, another test run's) cannot make the conversion fail."""
    return subprocess.run(["soffice", f"-env:UserInstallation={pathlib.Path(profile).resolve().as_uri()}",
                           "--headless", *map(str, args)], check=True, capture_output=True, timeout=180)

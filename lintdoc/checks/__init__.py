"""Rule kinds: one module each. A YAML rule names its kind; `build_rules` instantiates them."""
from __future__ import annotations

from lintdoc.checks.pattern import PatternRule
from lintdoc.checks.control_placeholder import ControlPlaceholderRule
from lintdoc.checks.required_sections import RequiredSectionsRule
from lintdoc.checks.numbering import NumberingRule
from lintdoc.checks.paired_marks import PairedMarksRule
from lintdoc.checks.mixed_width import MixedWidthRule
from lintdoc.checks.document_state import DocumentStateRule
from lintdoc.checks.duplicates import DuplicatesRule
from lintdoc.checks.title_period import TitlePeriodRule
from lintdoc.checks.announced_count import AnnouncedCountRule
from lintdoc.checks.repeated_text import RepeatedTextRule
from lintdoc.checks.straight_quotes import StraightQuotesRule
from lintdoc.checks.table_figures import TableFiguresRule
from lintdoc.checks.example_block import ExampleBlockRule
from lintdoc.checks.empty_entries import EmptyEntriesRule
from lintdoc.checks.part_guidance import PartGuidanceRule
from lintdoc.checks.unanswered_questions import UnansweredQuestionsRule
from lintdoc.checks.label_marks import LabelMarksRule
from lintdoc.checks.page_chunks import PageChunksRule
from lintdoc.checks.caption_numbers import CaptionNumbersRule
from lintdoc.errors import ConfigError


def _template_rule(*args):
    """A TemplateRule: its module (difflib, the template reader) is imported only when a template is given."""
    from lintdoc.checks.template_match import TemplateRule
    return TemplateRule(*args)


KINDS = {cls.KIND: cls for cls in (PatternRule, ControlPlaceholderRule, RequiredSectionsRule, NumberingRule,
                                            PairedMarksRule, MixedWidthRule, DocumentStateRule,
                                            DuplicatesRule, TitlePeriodRule, AnnouncedCountRule, RepeatedTextRule,
                                            StraightQuotesRule, TableFiguresRule, ExampleBlockRule,
                                            EmptyEntriesRule, PartGuidanceRule, UnansweredQuestionsRule,
                                            LabelMarksRule, PageChunksRule, CaptionNumbersRule)}
KINDS["template"] = _template_rule


def build_rules(config, listing: bool = False) -> list:
    """Rule objects for every enabled rule of a Config (ConfigError for a bad definition).
    `listing`: every rule, as `lintdoc rules` shows them, template rules included."""
    rules = []
    superseded = set()
    if config.template and not listing:
        for spec in config.rules.values():
            if spec.get("kind") == "template" and spec.get("enabled", True) is not False:
                superseded.update(spec.get("supersedes") or [])
    for rule_id, spec in config.rules.items():
        if rule_id in superseded:
            continue
        source, line = config.where.get(rule_id, ("", None))
        if spec.get("enabled", True) is False:
            continue
        if spec.get("kind") == "template" and not listing:
            if not config.template:
                continue                       # template rules run only when a template is given
            spec = {**spec, "template": config.template}
        kind = spec.get("kind")
        if kind not in KINDS:
            raise ConfigError(source, f"rule {rule_id}: unknown kind {kind!r} (kinds: {', '.join(sorted(KINDS))})",
                              str(line or ""))
        rules.append(KINDS[kind](spec, source, {"line": str(line or "")}))
    return rules

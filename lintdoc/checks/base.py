"""What every rule kind shares: the common keys of a rule in a YAML pack, messages in the
document's language, and turning a span of a paragraph into a Finding."""
from __future__ import annotations

import bisect
import re
import string


from lintdoc.errors import ConfigError
from lintdoc.findings import CATEGORIES, SEVERITIES, Finding

COMMON_KEYS = {"id", "kind", "category", "severity", "description", "message", "fix", "examples", "languages",
               "scope", "priority", "enabled"}
DEFAULT_SCOPE = ("body", "table", "header", "footer", "footnote", "endnote", "textbox")
ALL_PARTS = DEFAULT_SCOPE + ("comment",)
LANGUAGE_NEUTRAL = {"document_state", "control_placeholder"}   # rule kinds that read no words


def _template_problem(value) -> str | None:
    """What is wrong with a message or fix template ({match}, {name} …), or None. Positional fields
    ({0}, {}) and huge widths ({match:>99999999}) are refused here rather than failing, or filling
    memory, at the first finding."""
    texts = value.values() if isinstance(value, dict) else [value]
    for text in texts:
        if text is None:
            continue
        if not isinstance(text, str):
            return f"expected text (or {{zh: …, en: …}}), not {text!r}"
        try:
            fields = list(string.Formatter().parse(text))
        except ValueError as exc:
            return f"{exc} (write {{{{ and }}}} for literal braces)"
        for _, name, spec, _ in fields:
            if name is None:
                continue
            if not name or not name.split(".")[0].split("[")[0].isidentifier():
                return f"{{{name}}} is not a named field (use {{match}}, {{expected}} …)"
            width = re.match(r"[^\d]*?(\d+)", spec or "")
            if width and int(width.group(1)) > 200:
                return f"the width in {{{name}:{spec}}} is too large"
    return None


def localized(value, lang: str) -> str:
    """A message field: a plain string, or {zh: …, en: …} picked by the document language."""
    if isinstance(value, dict):
        return value.get(lang) or value.get("en") or value.get("zh") or next(iter(value.values()), "")
    return value or ""


class Rule:
    """Base of all rule kinds. A kind declares OPTIONS {name: (type or tuple of types, default)}
    and implements `check(doc)` yielding Findings (use `self.finding`)."""

    KIND = ""
    OPTIONS: dict = {}
    DEFAULT_CATEGORY = "other"

    def __init__(self, spec: dict, source: str = "", lines: dict | None = None):
        self.source = source
        where = (lines or {}).get("line", "")
        self.id = spec.get("id")
        if not isinstance(self.id, str) or not self.id:
            raise ConfigError(source, "a rule needs an `id` (a string)", where)
        self.category = spec.get("category", self.DEFAULT_CATEGORY)
        if self.category not in CATEGORIES:
            raise ConfigError(source, f"rule {self.id}: category must be one of {', '.join(CATEGORIES)}, "
                              f"not {self.category!r}", where)
        self.severity = spec.get("severity", "error")
        if self.severity not in SEVERITIES:
            raise ConfigError(source, f"rule {self.id}: severity must be error, warning or info, "
                              f"not {self.severity!r}", where)
        unknown = set(spec) - COMMON_KEYS - set(self.OPTIONS)
        if unknown:
            allowed = ", ".join(sorted(COMMON_KEYS | set(self.OPTIONS)))
            raise ConfigError(source, f"rule {self.id}: unknown key(s) {', '.join(sorted(unknown))} for kind "
                              f"{self.KIND!r} (allowed: {allowed})", where)
        self.languages = tuple(spec.get("languages") or ("zh", "en"))
        self.scope = tuple(spec.get("scope") or DEFAULT_SCOPE)
        bad_scope = set(self.scope) - set(ALL_PARTS)
        if bad_scope:
            raise ConfigError(source, f"rule {self.id}: scope may list {', '.join(ALL_PARTS)}; "
                              f"not {', '.join(sorted(bad_scope))}", where)
        try:
            self.priority = int(spec.get("priority", 0))
        except (TypeError, ValueError):
            raise ConfigError(source, f"rule {self.id}: priority must be a whole number, "
                              f"not {spec.get('priority')!r}", where) from None
        self.description = spec.get("description", "")
        self.message = spec.get("message", "")
        self.fix = spec.get("fix")
        for key in ("message", "fix"):
            problem = _template_problem(spec.get(key))
            if problem:
                raise ConfigError(source, f"rule {self.id}: {key}: {problem}", where)
        self.examples = spec.get("examples") or {}
        self.options = {}
        for name, (types, default) in self.OPTIONS.items():
            value = spec.get(name, default)
            if value is not None and not isinstance(value, types):
                tname = types.__name__ if isinstance(types, type) else " or ".join(t.__name__ for t in types)
                raise ConfigError(source, f"rule {self.id}: option {name!r} must be a {tname}", where)
            self.options[name] = value
        try:
            self.setup()
        except ConfigError:
            raise
        except Exception as exc:  # noqa: BLE001 - a bad regex or option value in a pack
            raise ConfigError(source, f"rule {self.id}: {exc}", where) from None

    def setup(self) -> None:
        """Compile options (patterns, word lists) once."""

    def applies(self, doc) -> bool:
        if doc.language not in ("zh", "en"):   # another language: only what is not about words
            return self.KIND in LANGUAGE_NEUTRAL
        return doc.language in self.languages

    def paragraphs(self, doc):
        return (p for p in doc.paragraphs if p.part in self.scope)

    def check(self, doc):
        raise NotImplementedError

    def finding(self, doc, paragraph, start: int, end: int, **fields) -> Finding:
        lang = doc.language
        text = paragraph.text if paragraph is not None else fields.pop("context", "")
        match = text[start:end] if paragraph is not None else fields.pop("match", "")
        values = {"match": match, **fields}
        message = localized(fields.pop("message", None) or self.message, lang).format_map(_Defaults(values))
        if "fix" in fields:             # a kind that works out its own replacement (None: no mechanical fix)
            fix = fields.pop("fix")
        else:
            fix = localized(self.fix, lang).format_map(_Defaults(values)) if self.fix else None
        return Finding(self.id, fields.pop("category", self.category), fields.pop("severity", self.severity), message, match, text,
                       start, paragraph, section=fields.get("section"), fix=fix, priority=self.priority)


def joined_text(doc, scope):
    """(text of the paragraphs in `scope` joined by newlines, their start offsets, the paragraphs),
    computed once per document and scope."""
    key = ("joined", scope)
    if key not in doc.derived:
        paragraphs = [p for p in doc.paragraphs if p.part in scope]
        starts, pos = [], 0
        for p in paragraphs:
            starts.append(pos)
            pos += len(p.text) + 1
        doc.derived[key] = ("\n".join(p.text for p in paragraphs), starts, paragraphs)
    return doc.derived[key]


def paragraph_at(joined, start: int, end: int):
    """(paragraph, start, end in it) for a span of `joined_text`'s text, or None when the span
    crosses a paragraph edge."""
    text, starts, paragraphs = joined
    k = bisect.bisect_right(starts, start) - 1
    p, base = paragraphs[k], starts[k]
    if end > base + len(p.text):
        return None
    return p, start - base, end - base


class _Defaults(dict):
    def __missing__(self, key):
        return "{" + key + "}"

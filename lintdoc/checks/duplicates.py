"""Rule kind `duplicates`: a paragraph, or a long sentence, repeated within the document;
reported on the second copy, with where the first one is.

Fails: the same 30-character paragraph pasted twice. Passes: two paragraphs that share only
short phrases (加强组织领导); a heading repeated (each week's "What did you struggle with?"); a short
list item or field listed again under another heading (a ticket named under "Closed" and again under
"Demo agenda" is a reference, not a copy; each week's "Completion Percentage : 100%", and a form's field in
each week's report of a file that holds several); a link given again.
"""
from __future__ import annotations

from lintdoc import rx
from lintdoc.checks.base import Rule, localized
from lintdoc.model import METADATA
from lintdoc.outline import heading_paths, headings, label_of

BULLET = rx.compile(r"\s*[-*+•·●▪◦]\s")
LINK = rx.compile(r"^\W{0,3}(?:[^:：\n]{1,40}[:：]\s*)?(?:https?://|www\.)[!-~]+\W{0,3}$")   # a link, named again
FIELD = rx.compile(r"[^:：。！？!?\n]{1,30}[:：]")     # Assigned to: …, Completion Percentage : 100%
SENTENCE = rx.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")


class DuplicatesRule(Rule):
    KIND = "duplicates"
    DEFAULT_CATEGORY = "duplicate"
    OPTIONS = {"min_paragraph": (int, 20), "min_sentence": (int, 30), "sentence_message": ((str, dict), ""),
               "min_item": (int, 80)}

    def check(self, doc):
        min_paragraph, min_sentence = self.options["min_paragraph"], self.options["min_sentence"]
        message = localized(self.options["sentence_message"], doc.language)
        seen_paragraphs: dict[str, int] = {}
        seen_sentences: dict[str, int] = {}
        paths = parts = None
        heads = {h.paragraph.index for h in headings(doc)}
        for p in self.paragraphs(doc):
            text = p.text
            if len(text) < min(min_paragraph, min_sentence) or p.index in heads or _link(text.strip()) \
                    or METADATA in p.flags:
                continue        # a heading repeated is the document's structure (the same questions each week),
                                # a link given again a reference, a page's summary: the opening it sums up
            key = "".join(text.split())
            if len(key) >= min_paragraph:
                if key in seen_paragraphs:
                    first = seen_paragraphs[key]
                    if len(key) < self.options["min_item"] and self._item(doc, p):
                        paths = paths if paths is not None else heading_paths(doc)
                        if paths.get(first) != paths.get(p.index):
                            continue    # the same short item named again under another heading
                        parts = parts if parts is not None else _parts(doc, heads)
                        if FIELD.match(text) and parts.get(first) != parts.get(p.index):
                            continue    # a form's field in each week's report (Project Manager: James Madden)
                    start = len(text) - len(text.lstrip())
                    yield self.finding(doc, p, start, len(text.rstrip()), first=first)
                    continue
                seen_paragraphs[key] = p.index
            for m in SENTENCE.finditer(text) if len(key) >= min_sentence else ():
                if m.end() - m.start() < min_sentence:
                    continue
                sentence = "".join(m.group(0).split())
                if len(sentence) < min_sentence or _link(m.group(0).strip()):
                    continue
                if sentence in seen_sentences:
                    yield self.finding(doc, p, m.start(), m.end(), first=seen_sentences[sentence], message=message)
                else:
                    seen_sentences[sentence] = p.index

    @staticmethod
    def _item(doc, p) -> bool:
        """A list item: Markdown's, a numbered one, a line a plain text opens with a bullet (- ・ •), or a
        form's field with its value (each week's "Completion Percentage : 100%")."""
        return p.md_list or bool(p.label) or label_of(p, doc.language == "en") is not None or bool(BULLET.match(p.text)) \
            or bool(FIELD.match(p.text))


def _link(text: str) -> bool:
    """LINK.match(text), asked only of a text holding a web address's start."""
    return ("http" in text or "www." in text) and bool(LINK.match(text))


def _parts(doc, heads: set) -> dict:
    """{paragraph index: index of the heading it sits under (None before the first)}."""
    out, current = {}, None
    for p in doc.paragraphs:
        if p.index in heads:
            current = p.index
        out[p.index] = current
    return out

"""Rule kind `duplicates`: a paragraph, or a long sentence, repeated within the document;
reported on the second copy, with where the first one is.

Fails: the same 30-character paragraph pasted twice. Passes: two paragraphs that share only
short phrases (加强组织领导).
"""
from __future__ import annotations

import regex

from lintdoc.checks.base import Rule, localized

SENTENCE = regex.compile(r"[^。！？!?；;\n]+[。！？!?；;]?")
SPACE = regex.compile(r"\s+")


class DuplicatesRule(Rule):
    KIND = "duplicates"
    DEFAULT_CATEGORY = "duplicate"
    OPTIONS = {"min_paragraph": (int, 20), "min_sentence": (int, 30), "sentence_message": ((str, dict), "")}

    def check(self, doc):
        seen_paragraphs: dict[str, int] = {}
        seen_sentences: dict[str, int] = {}
        for p in self.paragraphs(doc):
            key = SPACE.sub("", p.text)
            if len(key) >= self.options["min_paragraph"]:
                if key in seen_paragraphs:
                    start = len(p.text) - len(p.text.lstrip())
                    yield self.finding(doc, p, start, len(p.text.rstrip()), first=seen_paragraphs[key])
                    continue
                seen_paragraphs[key] = p.index
            for m in SENTENCE.finditer(p.text):
                sentence = SPACE.sub("", m.group(0))
                if len(sentence) < self.options["min_sentence"]:
                    continue
                if sentence in seen_sentences:
                    yield self.finding(doc, p, m.start(), m.end(), first=seen_sentences[sentence],
                                       message=localized(self.options["sentence_message"], doc.language))
                else:
                    seen_sentences[sentence] = p.index

"""Re-read a reviewed copy: each comment's text and the document text its range covers."""
import zipfile

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def anchored_comments(path):
    """{comment id: (author, comment text, anchored text)} from the written file's XML."""
    with zipfile.ZipFile(path) as z:
        body = etree.fromstring(z.read("word/document.xml"))
        comments = etree.fromstring(z.read("word/comments.xml"))
    texts = {c.get(W + "id"): (c.get(W + "author"), "".join(t.text or "" for t in c.iter(W + "t")))
             for c in comments.iter(W + "comment")}
    open_ranges, anchored = set(), {k: "" for k in texts}
    for el in body.iter():
        if el.tag == W + "commentRangeStart":
            open_ranges.add(el.get(W + "id"))
        elif el.tag == W + "commentRangeEnd":
            open_ranges.discard(el.get(W + "id"))
        elif el.tag in (W + "t", W + "tab") and open_ranges:
            inside_deleted = any(a.tag == W + "del" for a in el.iterancestors())
            if not inside_deleted:
                for k in open_ranges:
                    anchored[k] += el.text or "" if el.tag == W + "t" else "\t"
    return {k: (texts[k][0], texts[k][1], anchored[k]) for k in texts}


def part_bytes(path):
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist()}

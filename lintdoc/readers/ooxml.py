"""Safe access to the parts of an Office Open XML package (zipfile + lxml).

Refuses what could hurt or mislead: non-zip files (with a precise reason: legacy .doc,
encrypted document), zips that are not Word documents, parts that inflate beyond a cap
(zip bombs), and XML with a DTD or entity declarations (no entity expansion, no network).
"""
from __future__ import annotations

import hashlib
import html
import io
import posixpath
import re
import zipfile

from lxml import etree

from lintdoc.errors import InputError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
V = "{urn:schemas-microsoft-com:vml}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
REL_TYPE_DOC = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")

MAX_PART_BYTES = 256 * 1024 * 1024     # decompressed size of one XML part
MAX_RATIO = 200                         # decompressed / compressed, for parts over 1 MiB
MAX_PACKAGE_BYTES = 512 * 1024 * 1024   # decompressed size of all the parts read
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)

_ROOT = re.compile(rb"<w:([A-Za-z]+)\b[^>]*>")
_W_DECL = f'xmlns:w="{W_NS}"'.encode()
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          huge_tree=True, remove_comments=True, remove_pis=True)


def wattr(el, name: str):
    """The value of attribute w:name (None when absent or el is None)."""
    if el is None:
        return None
    return el.get(W + name)


def int_or(value, default=None):
    """An attribute's integer value, or `default` when absent or not a number (a hand-edited or
    damaged part must not stop the reader)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def sniff_binary(path, data: bytes) -> None:
    """Raise a precise InputError for formats that look like Word files but are not .docx. An OLE
    compound file is told apart by its stream names (UTF-16 in the directory sectors): Office's
    encryption and rights management keep the package in an `EncryptedPackage` stream, a legacy
    .doc has a `WordDocument` stream."""
    if data.startswith(OLE_MAGIC):
        if _ole_stream(data, "EncryptedPackage") or _ole_stream(data, "DRMEncryptedDataSpace"):
            raise InputError(path, "this .docx is password-protected or rights-protected (IRM): its content "
                             "is encrypted and cannot be read", "remove the protection in Word (File > Info) "
                             "and save a copy, or check the unprotected draft")
        raise InputError(path, "this is an OLE compound file, not a .docx: a legacy .doc/.wps file "
                         "(or a protected document)",
                         "open it in Word/WPS and save as .docx; or convert with "
                         "`soffice --headless --convert-to docx FILE`")
    if data.startswith(b"{\\rtf"):
        raise InputError(path, "this is an RTF file, not a .docx",
                         "save it as .docx or convert with `soffice --headless --convert-to docx FILE`")


def _ole_stream(data: bytes, name: str) -> bool:
    return name.encode("utf-16-le") in data


_XML_DECL = re.compile(rb"^<\?xml[^>]*\?>")


def _as_utf8(data: bytes, path, name) -> bytes:
    """A part in UTF-16 (allowed by XML, and a way to hide a DTD from a byte search) as UTF-8, its
    declaration rewritten to match; other parts as they are."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:4] in (b"\x00<\x00?", b"<\x00?\x00"):
        try:
            text = data.decode("utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else
                               ("utf-16-be" if data[:1] == b"\x00" else "utf-16-le"))
        except UnicodeDecodeError:
            raise InputError(path, f"part {name} is not valid UTF-16", "open and re-save it in Word/WPS") from None
        return _XML_DECL.sub(b'<?xml version="1.0" encoding="UTF-8"?>', text.encode("utf-8"), count=1)
    return data


def _prolog_end(data: bytes) -> int:
    """Where the root element starts: a DTD (and so any entity declaration) can only come before it."""
    pos = 0
    while True:
        pos = data.find(b"<", pos)
        if pos < 0 or pos + 1 >= len(data):
            return len(data)
        if data[pos + 1:pos + 2] not in (b"?", b"!"):
            return pos
        if data.startswith(b"<!--", pos):
            end = data.find(b"-->", pos)
            pos = len(data) if end < 0 else end + 3
        elif data.startswith(b"<!", pos):
            return len(data)              # a declaration (DOCTYPE): search everything
        else:
            pos += 2


_W_ATTRIBUTE = re.compile(rb"""\sw:([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


class _StartTag(bytes):
    """The bytes of a start tag, read like an element's attributes: get(W + "styleId"). Its w: attributes
    are read all at once, on the first question (a style's type, id and default are asked together)."""

    def get(self, name: str, default=None):
        try:
            values = self._values
        except AttributeError:
            values = self._values = {}
            for m in _W_ATTRIBUTE.finditer(self):
                key = W + m.group(1).decode()
                if key not in values:           # the first of a repeated attribute, as a search finds it
                    raw = (m.group(2) if m.group(2) is not None else m.group(3)).decode("utf-8", "replace")
                    values[key] = html.unescape(raw) if "&" in raw else raw
        return values.get(name, default)


# the last parts split (their bytes, and their top-level start tags), by the hash of the part as stored: the
# drafts of a folder made from one template share its styles.xml, which each would otherwise inflate and scan
_SPLITS: dict = {}


def _children_start_tags(data: bytes, tags):
    """The root element's match and [(local name, attributes, start-tag match)] of the top-level elements
    w:<tag> (tag in `tags`), or None when the part does not have the usual shape (w: prefix, no DTD)."""
    prolog = _prolog_end(data)
    if _DTD.search(data, 0, prolog):
        return None
    root = _ROOT.match(data, prolog)
    if root is None or _W_DECL not in root.group(0):
        return None
    names = b"|".join(re.escape(t.encode()) for t in tags)
    return root, [(m.group(1).decode(), _StartTag(m.group(0)), m)
                  for m in re.compile(rb"<w:(" + names + rb")(?=[\s/>])[^>]*>").finditer(data, root.end())]


class Package:
    """An opened .docx: lists and parses its parts with the safety checks above."""

    def __init__(self, path, data: bytes | None = None):
        """`data`: the file's bytes when the caller has read them already (one read, one snapshot)."""
        self.path = str(path)
        self.inflated = self.compressed = 0       # bytes of the parts read so far, unpacked and packed
        try:
            if data is None:
                with open(path, "rb") as fh:
                    data = fh.read()
        except OSError as exc:
            raise InputError(path, f"cannot read the file: {exc.strerror or exc}") from None
        if not data:
            raise InputError(path, "the file is empty", transient=True)
        sniff_binary(path, data)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise InputError(path, "not a valid .docx: the file is not a complete zip archive "
                             "(corrupt, truncated or still being written)",
                             "open and re-save it in Word/WPS", transient=True) from None
        except OSError as exc:
            raise InputError(path, f"cannot read the file: {exc}") from None
        self.names = {info.filename: info for info in self.zip.infolist()}
        self.data = data
        self.main = self._main_part()

    def close(self):
        self.zip.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _main_part(self) -> str:
        rels = self.xml("_rels/.rels", required=False)
        if rels is not None:
            for rel in rels.iter(PKG_REL + "Relationship"):
                if rel.get("Type") in REL_TYPE_DOC:
                    target = rel.get("Target", "").lstrip("/")
                    if target in self.names:
                        return target
        if "word/document.xml" in self.names:
            return "word/document.xml"
        if any(n.startswith(("xl/", "ppt/")) for n in self.names):
            kind = "an Excel workbook" if any(n.startswith("xl/") for n in self.names) else "a PowerPoint file"
            raise InputError(self.path, f"this is {kind}, not a Word document")
        raise InputError(self.path, "this zip archive is not a Word document (no word/document.xml)")

    def read(self, name: str) -> bytes:
        info = self.names[name]
        if info.file_size > MAX_PART_BYTES or (
                info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise InputError(self.path, f"part {name} would inflate to {info.file_size} bytes; "
                             "refusing a possible zip bomb")
        try:
            with self.zip.open(info) as fh:
                data = fh.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
            if "encrypted" in str(exc).lower():
                raise InputError(self.path, "the archive is encrypted", "remove the password in Word") from None
            raise InputError(self.path, f"part {name} is corrupt ({exc})", "open and re-save it in Word/WPS",
                             transient=True) from None
        if len(data) > MAX_PART_BYTES:
            raise InputError(self.path, f"part {name} inflates beyond {MAX_PART_BYTES} bytes; "
                             "refusing a possible zip bomb")
        # the whole package has a budget too: forty parts of 1 MiB each under the per-part ratio check
        self.inflated += len(data)
        self.compressed += info.compress_size
        if self.inflated > MAX_PACKAGE_BYTES or (
                self.inflated > (4 << 20) and self.inflated > MAX_RATIO * max(self.compressed, 1)):
            raise InputError(self.path, f"its parts inflate to more than {self.inflated} bytes from "
                             f"{self.compressed}; refusing a possible zip bomb")
        return data

    def stored_digest(self, name: str) -> bytes | None:
        """SHA-256 of part `name` as stored in the archive (its compression method and compressed bytes), read
        without inflating it; None for an entry whose local header is not where the directory says, or that
        is encrypted. Equal digests mean equal inflated parts."""
        info = self.names[name]
        header = self.data[info.header_offset:info.header_offset + 30]
        if len(header) < 30 or header[:4] != b"PK\x03\x04" or info.flag_bits & 1:
            return None
        start = info.header_offset + 30 + int.from_bytes(header[26:28], "little") + \
            int.from_bytes(header[28:30], "little")
        raw = self.data[start:start + info.compress_size]
        if len(raw) != info.compress_size:
            return None
        return hashlib.sha256(b"%d:%d:" % (info.compress_type, info.file_size) + raw).digest()

    def xml(self, name: str, required: bool = True):
        """The parsed root of part `name`, or None when absent and not required."""
        if name not in self.names:
            if required:
                raise InputError(self.path, f"part {name} is missing")
            return None
        data = _as_utf8(self.read(name), self.path, name)
        if _DTD.search(data, 0, _prolog_end(data)):
            raise InputError(self.path, f"part {name} declares a DTD or entities; refusing to expand them "
                             "(a Word document never contains them)")
        try:
            return etree.fromstring(data, _PARSER)
        except etree.XMLSyntaxError as exc:
            raise InputError(self.path, f"part {name} is not well-formed XML ({exc})",
                             "open and re-save it in Word/WPS", transient=True) from None

    def children(self, name: str, *tags: str):
        """The top-level w:<tag> children of part `name` (tag in `tags`), each parsed only when used:
        a list of (local name, its attributes (`.get(W + name)`), function returning the element), in
        document order; None when the part is absent. A template's styles.xml runs to hundreds of
        KiB of styles a draft never uses, so the part is split at the byte level; an unusual part
        (another prefix for the Word namespace) is parsed whole instead."""
        if name not in self.names:
            return None
        stored = self.stored_digest(name)
        if stored and (tags, stored) in _SPLITS:
            data, found = _SPLITS[tags, stored]
            self.inflated += len(data)          # counted as if inflated again
        else:
            data = self.read(name)
            found = _children_start_tags(data, tags)
            if stored:
                if len(_SPLITS) >= 8:
                    del _SPLITS[next(iter(_SPLITS))]
                _SPLITS[tags, stored] = data, found
        if found is None:
            return [(etree.QName(el).localname, el.attrib, lambda el=el: el)
                    for el in self.xml(name).iterchildren(*(W + t for t in tags))]
        root, starts = found
        return [(local, attrs, lambda m=m: self._element(name, data, root, m)) for local, attrs, m in starts]

    def _element(self, name, data: bytes, root, start):
        """Parse the element whose start tag matched `start`, inside a copy of the root's start tag
        (which declares the namespaces)."""
        end = start.end()
        if not start.group(0).endswith(b"/>"):
            close = b"</w:" + start.group(1) + b">"
            end = data.find(close, end)
            end = len(data) if end < 0 else end + len(close)
        try:
            return etree.fromstring(root.group(0) + data[start.start():end] + b"</w:" + root.group(1) + b">",
                                    _PARSER)[0]
        except etree.XMLSyntaxError:
            self.xml(name)            # report a malformed part as such
            raise InputError(self.path, f"part {name} could not be read") from None

    def relationships(self, part: str) -> dict:
        """{rId: (type, target part name)} of a part."""
        folder, base = posixpath.split(part)
        rels = self.xml(posixpath.join(folder, "_rels", base + ".rels"), required=False)
        out = {}
        if rels is None:
            return out
        for rel in rels.iter(PKG_REL + "Relationship"):
            if rel.get("TargetMode") == "External":
                continue
            target = rel.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            out[rel.get("Id")] = (rel.get("Type", "").rsplit("/", 1)[-1], full)
        return out

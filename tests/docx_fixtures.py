"""Build .docx fixtures in code with python-docx, adding the raw XML python-docx has no API for
(automatic numbering, tracked changes, content controls, fields, text boxes, hidden text, notes)."""
from __future__ import annotations

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NSDECLS = nsdecls("w", "r", "wp", "a", "pic") + \
    ' xmlns:v="urn:schemas-microsoft-com:vml"' + \
    ' xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"' + \
    ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def lvl(ilvl, fmt, text, start=1, extra=""):
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


# The GB/T 9704 hierarchy as Chinese templates define it: 一、 （一） 1. （1） ①
GB_LEVELS = (lvl(0, "chineseCounting", "%1、") + lvl(1, "chineseCounting", "（%2）") +
             lvl(2, "decimal", "%3.") + lvl(3, "decimal", "（%4）") + lvl(4, "decimalEnclosedCircle", "%5"))


def abstract(aid, levels, multi="multilevel", extra=""):
    return (f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="{multi}"/>{extra}'
            f'{levels}</w:abstractNum>')


def num(nid, aid, overrides=""):
    return f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>{overrides}</w:num>'


def set_numbering(doc, *defs):
    """Replace numbering.xml with the given abstractNum and num elements (abstractNums first)."""
    part = doc.part.numbering_part
    body = "".join(d for d in defs if d.startswith("<w:abstractNum")) + \
        "".join(d for d in defs if not d.startswith("<w:abstractNum"))
    part._element = parse_xml(f"<w:numbering {W_NS}>{body}</w:numbering>")


def add_style(doc, style_xml):
    """Append a raw <w:style> to styles.xml."""
    doc.styles.element.append(parse_xml(style_xml.replace("<w:style ", f"<w:style {W_NS} ", 1)))


def numbered(doc, text, num_id=None, ilvl=None, style=None):
    """A paragraph with a numPr (numId/ilvl, either may be None) and/or a style id."""
    p = doc.add_paragraph(text)
    ppr = p._p.get_or_add_pPr()
    if style:
        ppr.insert(0, parse_xml(f'<w:pStyle {W_NS} w:val="{style}"/>'))
    if num_id is not None or ilvl is not None:
        inner = (f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else "") + \
                (f'<w:numId w:val="{num_id}"/>' if num_id is not None else "")
        ppr.append(parse_xml(f"<w:numPr {W_NS}>{inner}</w:numPr>"))
    return p


def raw_paragraph(doc, inner_xml, ppr=""):
    """Append a paragraph built from raw run-level XML (w:r, w:ins, w:sdt, …)."""
    p = parse_xml(f"<w:p {NSDECLS}>{ppr}{inner_xml}</w:p>")
    doc.element.body.insert(len(doc.element.body) - 1, p)  # before sectPr
    return p


def raw_block(doc, block_xml):
    el = parse_xml(block_xml.replace(">", f" {NSDECLS}>", 1))
    doc.element.body.insert(len(doc.element.body) - 1, el)
    return el


def run(text, rpr=""):
    return f'<w:r>{f"<w:rPr>{rpr}</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def ins(inner, rid=1):
    return f'<w:ins w:id="{rid}" w:author="张三" w:date="2024-01-01T00:00:00Z">{inner}</w:ins>'


def deleted(text, rid=2):
    return (f'<w:del w:id="{rid}" w:author="张三" w:date="2024-01-01T00:00:00Z"><w:r>'
            f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')


def control(inner, placeholder=False, tag="负责人"):
    flag = "<w:showingPlcHdr/>" if placeholder else ""
    return f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>{flag}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>'


def field(code, result):
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def textbox(text, fallback_text=None):
    """A text box the way Word 2010+ writes it: wps in mc:Choice, VML copy in mc:Fallback."""
    fallback_text = text if fallback_text is None else fallback_text
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" '
            'distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" '
            'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
            '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset>'
            '</wp:positionV><wp:extent cx="1828800" cy="457200"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
            '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
            f'<wps:wsp><wps:txbx><w:txbxContent><w:p>{run(text)}</w:p></w:txbxContent></wps:txbx><wps:bodyPr/>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape><v:textbox><w:txbxContent><w:p>{run(fallback_text)}</w:p></w:txbxContent></v:textbox>'
            '</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def add_notes(doc, kind, texts):
    """Add a footnotes or endnotes part with separator notes and the given notes."""
    tag = "footnote" if kind == "footnotes" else "endnote"
    notes = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
             f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
    for i, t in enumerate(texts, 1):
        notes += f'<w:{tag} w:id="{i}"><w:p>{run(t)}</w:p></w:{tag}>'
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind} {NSDECLS}>{notes}</w:{kind}>'
    ct = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    part = Part(PackURI(f"/word/{kind}.xml"), ct, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES if kind == "footnotes" else RT.ENDNOTES)
    return part


def new_document():
    return docx.Document()


__all__ = [name for name in dir() if not name.startswith("_")] + ["qn"]

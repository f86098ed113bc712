"""The .docx reader: what a person sees in Word, built from fixtures made in code."""
import shutil

import pytest

from conftest import soffice
from docx_fixtures import (GB_LEVELS, W_NS, abstract, add_notes, add_style, control, deleted, field, ins, lvl,
                           new_document, num, numbered, parse_xml, raw_block, raw_paragraph, run, set_numbering,
                           textbox)
from lintdoc.model import HIDDEN, INSERTED, PLACEHOLDER_CONTROL
from lintdoc.readers import read_document

# -- automatic numbering ---------------------------------------------------------------

MAIN_ITEMS = [("主要成绩", 1, 0), ("理论学习", 1, 1), ("学习一", 1, 2), ("学习二", 1, 2), ("细项", 1, 3),
              ("圈一", 1, 4), ("圈二", 1, 4), ("新闻宣传", 1, 1), ("存在问题", 1, 0),
              ("再来", 2, 0), ("再来二", 2, 0), ("回到一", 1, 0),
              ("章", 3, 0), ("节", 3, 1), ("节二", 3, 1), ("章二", 3, 0), ("节三", 3, 1),
              ("A", 4, 0), ("i", 4, 1), ("ii", 4, 1), ("jia", 4, 2), ("yi", 4, 2), ("legal", 4, 3),
              ("zero", 4, 4), ("roman", 4, 6), ("B", 4, 0)] + [(f"十几{i}", 1, 0) for i in range(12)]
# What LibreOffice 7.4 renders for this file (soffice --convert-to txt), label by label.
MAIN_LABELS = ["一、", "（一）", "1.", "2.", "（1）", "①", "②", "（二）", "二、", "一、", "二、", "三、",
               "第1章", "1.1", "1.2", "第2章", "2.1", "A)", "i.", "ii.", "甲、", "乙、", "壹、", "01.", "I.", "B)",
               "四、", "五、", "六、", "七、", "八、", "九、", "十、", "十一、", "十二、", "十三、", "十四、", "十五、"]


def main_numbering_docx(path):
    doc = new_document()
    set_numbering(
        doc, abstract(1, GB_LEVELS), num(1, 1),
        num(2, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'),
        abstract(3, lvl(0, "decimal", "第%1章") + lvl(1, "decimal", "%1.%2")), num(3, 3),
        abstract(4, lvl(0, "upperLetter", "%1)") + lvl(1, "lowerRoman", "%2.") + lvl(2, "ideographTraditional", "%3、")
                 + lvl(3, "chineseLegalSimplified", "%4、") + lvl(4, "decimalZero", "%5.")
                 + lvl(5, "decimalFullWidth", "%6．") + lvl(6, "upperRoman", "%7.")), num(4, 4))
    for text, num_id, ilvl in MAIN_ITEMS:
        numbered(doc, text, num_id, ilvl)
    doc.save(path)
    return path


def style_numbering_docx(path):
    doc = new_document()
    set_numbering(
        doc,
        abstract(5, lvl(0, "chineseCounting", "%1、", extra='<w:pStyle w:val="1"/>')
                 + lvl(1, "chineseCounting", "（%2）", extra='<w:pStyle w:val="2"/>')), num(5, 5),
        abstract(7, "", extra='<w:numStyleLink w:val="MyList"/>'), num(7, 7),
        abstract(8, lvl(0, "decimalEnclosedCircle", "%1") + lvl(1, "decimal", "%1-%2"),
                 extra='<w:styleLink w:val="MyList"/>'), num(8, 8),
        abstract(9, lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2")),
        num(9, 9, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride>'))
    # Chinese Word names heading styles "1", "2": only the *name* says heading 1
    add_style(doc, '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
                   '<w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>')
    add_style(doc, '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
                   '<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="5"/></w:numPr></w:pPr></w:style>')
    add_style(doc, '<w:style w:type="paragraph" w:styleId="MySub"><w:name w:val="我的小标题"/><w:basedOn w:val="2"/></w:style>')
    add_style(doc, '<w:style w:type="numbering" w:styleId="MyList"><w:name w:val="My List"/>'
                   '<w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style>')
    numbered(doc, "主要成绩", style="1")
    numbered(doc, "理论学习", style="2")
    numbered(doc, "子样式", style="MySub")
    numbered(doc, "无编号标题", num_id=0, style="1")
    numbered(doc, "存在问题", style="1")
    numbered(doc, "问题一", style="2")
    numbered(doc, "link1", 7, 0)
    numbered(doc, "link1-1", 7, 1)
    numbered(doc, "link2", 8, 0)
    numbered(doc, "so3", 9, 0)
    numbered(doc, "so3.1", 9, 1)
    numbered(doc, "so4", 9, 0)
    numbered(doc, "missing num", 99, 0)
    doc.save(path)
    return path


STYLE_LABELS = ["一、", "（一）", "（二）", "", "二、", "（一）", "①", "①-1", "②", "3.", "3.1", "4.", ""]


def labels(path):
    return [p.label for p in read_document(path).paragraphs if p.part == "body"]


def test_numbering_labels_as_libreoffice_renders(tmp_path):
    assert labels(main_numbering_docx(tmp_path / "n.docx")) == MAIN_LABELS


def test_style_linked_numbering_numstylelink_startoverride_and_numid_0(tmp_path):
    assert labels(style_numbering_docx(tmp_path / "s.docx")) == STYLE_LABELS


def test_word_only_semantics_islgl_lvlrestart_fullwidth(tmp_path):
    """Where LibreOffice departs from Word (it ignores isLgl and lvlRestart=0, and renders
    decimalFullWidth half-width), lintdoc follows Word: ECMA-376 §17.9."""
    doc = new_document()
    set_numbering(doc,
                  abstract(1, lvl(0, "decimal", "%1") + lvl(1, "decimal", "%1.%2")
                           + lvl(2, "chineseCounting", "%1.%2.%3", extra="<w:isLgl/>")), num(1, 1),
                  abstract(2, lvl(0, "decimal", "%1.") + lvl(1, "lowerLetter", "%2)", extra='<w:lvlRestart w:val="0"/>')
                           + lvl(2, "decimalFullWidth", "%3．")), num(2, 2))
    for text, n, level in [("a", 1, 0), ("b", 1, 1), ("c", 1, 2), ("d", 2, 0), ("e", 2, 1), ("f", 2, 0), ("g", 2, 1),
                           ("h", 2, 2)]:
        numbered(doc, text, n, level)
    doc.save(tmp_path / "w.docx")
    assert labels(tmp_path / "w.docx") == ["1", "1.1", "1.1.1", "1.", "a)", "2.", "b)", "１．"]


def test_counters_are_kept_per_story(tmp_path):
    doc = new_document()
    set_numbering(doc, abstract(1, GB_LEVELS), num(1, 1))
    numbered(doc, "正文一", 1, 0)
    header = doc.sections[0].header.paragraphs[0]
    header.text = "页眉编号"
    header._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
    numbered(doc, "正文二", 1, 0)
    doc.save(tmp_path / "h.docx")
    got = {p.text: p.label for p in read_document(tmp_path / "h.docx").paragraphs}
    assert got == {"正文一": "一、", "正文二": "二、", "页眉编号": "一、"}


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) is not installed")
def test_labels_match_a_fresh_libreoffice_rendering(tmp_path):
    for build, expected in ((main_numbering_docx, MAIN_LABELS), (style_numbering_docx, STYLE_LABELS)):
        path = build(tmp_path / f"{build.__name__}.docx")
        soffice("--convert-to", "txt:Text", "--outdir", tmp_path, path, profile=tmp_path / "lo-profile")
        rendered = path.with_suffix(".txt").read_text(encoding="utf-8-sig").splitlines()
        texts = [p.text for p in read_document(path).paragraphs if p.part == "body"]
        assert len(rendered) == len(texts) == len(expected)
        for line, text, label in zip(rendered, texts, expected):
            assert line.rstrip().endswith(text), line
            assert line.strip()[: -len(text)].strip() == label, (line, label)


# -- text as Word shows it ---------------------------------------------------------------

def test_tracked_changes_fields_controls_smart_tags_and_hyperlinks(tmp_path):
    doc = new_document()
    raw_paragraph(doc, run("完成") + ins(run("全年")) + deleted("上半年") + run("任务。"))
    raw_paragraph(doc, run("负责人：") + control(run("单击或点击此处输入文字。"), placeholder=True))
    raw_paragraph(doc, run("联系人：") + control(run("王丽")))
    raw_paragraph(doc, run("见第") + field("PAGEREF _Toc1 \\h", "3") + run("页"))
    raw_paragraph(doc, '<w:fldSimple w:instr=" DATE "><w:r><w:t>2024年1月5日</w:t></w:r></w:fldSimple>')
    raw_paragraph(doc, '<w:smartTag w:uri="urn:x" w:element="place">' + run("禅城区") + '</w:smartTag>'
                  + '<w:hyperlink r:id="rId99">' + run("政府网站") + '</w:hyperlink>')
    raw_block(doc, "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p>"
              + run("Click or tap here to enter text.") + "</w:p></w:sdtContent></w:sdt>")
    doc.save(tmp_path / "t.docx")
    d = read_document(tmp_path / "t.docx")
    texts = [p.text for p in d.paragraphs]
    assert texts[:7] == ["完成全年任务。", "负责人：单击或点击此处输入文字。", "联系人：王丽", "见第3页", "2024年1月5日",
                         "禅城区政府网站", "Click or tap here to enter text."]
    assert INSERTED in d.paragraphs[0].flags
    assert d.revisions == {"insertions": 1, "deletions": 1}
    assert d.paragraphs[1].placeholder_spans == [(4, 16)] and PLACEHOLDER_CONTROL in d.paragraphs[1].flags
    assert not d.paragraphs[2].placeholder_spans
    assert d.paragraphs[6].placeholder_spans == [(0, 32)]
    assert d.controls_showing_placeholder == 2


def test_text_box_read_once_as_its_own_story_and_hidden_text_flagged(tmp_path):
    doc = new_document()
    raw_paragraph(doc, run("正文段落") + textbox("文本框里的xx区", fallback_text="文本框里的xx区"))
    raw_paragraph(doc, run("可见") + run("隐藏的字", "<w:vanish/>"))
    doc.save(tmp_path / "b.docx")
    d = read_document(tmp_path / "b.docx")
    assert [(p.part, p.text) for p in d.paragraphs] == [("body", "正文段落"), ("textbox", "文本框里的xx区"),
                                                        ("body", "可见")]
    assert HIDDEN in d.paragraphs[2].flags and d.paragraphs[2].hidden_text == "隐藏的字"


def test_tables_merged_cells_once_nested_tables_headers_footers_notes_comments(tmp_path):
    doc = new_document()
    table = doc.add_table(rows=2, cols=2)
    table.cell(0, 0).merge(table.cell(1, 0))
    table.cell(0, 0).text = "合并单元格"
    table.cell(0, 1).text = "右上"
    inner = table.cell(1, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "嵌套表格"
    doc.sections[0].header.paragraphs[0].text = "页眉"
    doc.sections[0].footer.paragraphs[0].text = "页脚"
    doc.add_section()                       # a second section sharing the same header part
    add_notes(doc, "footnotes", ["脚注内容"])
    add_notes(doc, "endnotes", ["尾注内容"])
    para = doc.add_paragraph("有批注的段落")
    doc.add_comment(para.runs, text="请核实数据", author="李四")
    doc.save(tmp_path / "x.docx")
    d = read_document(tmp_path / "x.docx")
    got = [(p.part, p.text) for p in d.paragraphs if p.text]
    assert got.count(("table", "合并单元格")) == 1
    assert ("table", "嵌套表格") in got and ("table", "右上") in got
    assert got.count(("header", "页眉")) == 1 and ("footer", "页脚") in got
    assert ("footnote", "脚注内容") in got and ("endnote", "尾注内容") in got
    assert ("comment", "请核实数据") in got and d.comments == 1
    cell = next(p for p in d.paragraphs if p.text == "右上")
    assert cell.table == (1, 1, 2)


def test_heading_levels_by_style_name_and_outline_level(tmp_path):
    doc = new_document()
    add_style(doc, '<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/></w:style>')
    add_style(doc, '<w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 2"/></w:style>')
    add_style(doc, '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Body Text"/></w:style>')
    numbered(doc, "一级", style="1")
    numbered(doc, "二级", style="a5")
    numbered(doc, "不是标题", style="Heading1")
    p = doc.add_paragraph("大纲级别")
    p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl {W_NS} w:val="2"/>'))
    doc.save(tmp_path / "h.docx")
    got = {p.text: p.heading_level for p in read_document(tmp_path / "h.docx").paragraphs}
    assert got == {"一级": 1, "二级": 2, "不是标题": None, "大纲级别": 3}


def test_run_map_points_back_to_runs(tmp_path):
    doc = new_document()
    raw_paragraph(doc, run("全年完成") + run("xx", "<w:b/>") + run("项任务"))
    doc.save(tmp_path / "r.docx")
    p = read_document(tmp_path / "r.docx").paragraphs[0]
    assert [(s.start, s.end, s.run_offset) for s in p.runs] == [(0, 4, 0), (4, 6, 0), (6, 9, 0)]
    assert [s.run for s in p.runs] == sorted(s.run for s in p.runs)


def test_styles_read_element_by_element_equal_a_whole_parse(tmp_path):
    """styles.xml is split at the byte level and only the styles a draft uses are parsed; a part
    written with another prefix for the Word namespace is parsed whole: both read the same."""
    import zipfile
    src = style_numbering_docx(tmp_path / "s.docx")
    with zipfile.ZipFile(src) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    styles = parts["word/styles.xml"]
    for old, new in ((b"xmlns:w=", b"xmlns:ns0="), (b"<w:", b"<ns0:"), (b"</w:", b"</ns0:"), (b" w:", b" ns0:")):
        styles = styles.replace(old, new)
    assert b"<w:" not in styles
    other = tmp_path / "prefixed.docx"
    with zipfile.ZipFile(other, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, styles if name == "word/styles.xml" else data)
    seen = [[(p.text, p.label, p.heading_level, p.style) for p in read_document(path).paragraphs]
            for path in (src, other)]
    assert seen[0] == seen[1]
    assert labels(src) == STYLE_LABELS


# -- reading details seen in real files ------------------------------------------------------

M_NS = 'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"'


def test_equation_and_inline_picture_stand_as_one_object_character(tmp_path):
    """Fails without it: "如式（）所示" reads as an empty pair. Passes: "如式（\ufffc）所示"."""
    doc = new_document()
    raw_paragraph(doc, run("如式（") + f'<m:oMath {M_NS}><m:r><m:t>E=mc^2</m:t></m:r></m:oMath>' + run("）所示"))
    doc.save(tmp_path / "m.docx")
    d = read_document(tmp_path / "m.docx")
    assert d.paragraphs[0].text == "如式（\ufffc）所示"


def test_tables_and_text_boxes_in_headers_keep_their_part(tmp_path):
    doc = new_document()
    doc.add_paragraph("正文")
    header = doc.sections[0].header
    header.paragraphs[0].text = "页眉"
    header.add_table(rows=1, cols=1, width=doc.sections[0].page_width).cell(0, 0).text = "页眉表格"
    doc.save(tmp_path / "h.docx")
    d = read_document(tmp_path / "h.docx")
    assert ("header", "页眉表格") in [(p.part, p.text) for p in d.paragraphs]


def test_typed_label_after_invisible_leading_characters():
    from lintdoc.outline import parse_label
    assert parse_label("\u2002（三）加强队伍建设").value == 3
    assert parse_label("\n二、存在问题").value == 2
    assert parse_label("\u200b2020年工作") is None


def test_character_style_never_styles_a_paragraph(tmp_path):
    """A character style that shares its id with a paragraph style (seen in WPS files) must not
    make the paragraph bold or a heading."""
    doc = new_document()
    add_style(doc, '<w:style w:type="paragraph" w:styleId="x1"><w:name w:val="正文x"/></w:style>')
    add_style(doc, '<w:style w:type="character" w:styleId="x1"><w:name w:val="heading 1"/>'
                   '<w:rPr><w:b/></w:rPr></w:style>')
    numbered(doc, "主要成绩", style="x1")
    doc.save(tmp_path / "s.docx")
    p = read_document(tmp_path / "s.docx").paragraphs[0]
    assert p.heading_level is None and not p.bold and p.style == "正文x"


def test_legal_numbering_keeps_zero_padding(tmp_path):
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimalZero", "%1") + lvl(1, "chineseCounting", "%1.%2", extra="<w:isLgl/>")),
                  num(1, 1))
    for text, level in [("a", 0), ("b", 1)]:
        numbered(doc, text, 1, level)
    doc.save(tmp_path / "z.docx")
    assert labels(tmp_path / "z.docx") == ["01", "01.1"]


def test_cell_and_row_level_controls_showing_their_placeholder(tmp_path):
    doc = new_document()
    cell = control('<w:tc><w:p>' + run("单击或点击此处输入文字。") + '</w:p></w:tc>', placeholder=True)
    row = control('<w:tr><w:tc><w:p>' + run("输入负责人") + '</w:p></w:tc></w:tr>', placeholder=True)
    raw_block(doc, f'<w:tbl><w:tr><w:tc><w:p>{run("负责人")}</w:p></w:tc>{cell}</w:tr>{row}</w:tbl>')
    doc.save(tmp_path / "c.docx")
    d = read_document(tmp_path / "c.docx")
    flagged = [p.text for p in d.paragraphs if PLACEHOLDER_CONTROL in p.flags]
    assert flagged == ["单击或点击此处输入文字。", "输入负责人"] and d.controls_showing_placeholder == 2


def test_contents_lines_and_code_paragraphs_are_literal(tmp_path):
    """A contents line (一、主要成绩……3) joins no list; `**` in a code paragraph is no placeholder."""
    from conftest import lint_file
    doc = new_document()
    add_style(doc, '<w:style w:type="paragraph" w:styleId="SourceCode"><w:name w:val="Source Code"/></w:style>')
    doc.add_paragraph("2024年工作总结")
    doc.add_paragraph("三、存在问题\t3")
    doc.add_paragraph("一、主要成绩")
    doc.add_paragraph("全年举办培训12期。")
    numbered(doc, "x = a ** 2  # square", style="SourceCode")
    doc.save(tmp_path / "t.docx")
    d = read_document(tmp_path / "t.docx")
    assert "toc" in d.paragraphs[1].flags and "code" in d.paragraphs[4].flags
    rules = {f.rule for f in lint_file(tmp_path / "t.docx")}
    assert "numbering-sequence" not in rules and "placeholder-stars" not in rules


def test_a_paragraph_all_in_a_monospace_font_is_code(tmp_path):
    doc = new_document()
    raw_paragraph(doc, run("total = price ** 2  # xx", '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas"/>'))
    raw_paragraph(doc, run("全年完成xx项", '<w:rFonts w:ascii="Consolas" w:eastAsia="宋体"/>'))
    doc.save(tmp_path / "c.docx")
    d = read_document(tmp_path / "c.docx")
    assert "code" in d.paragraphs[0].flags and "code" not in d.paragraphs[1].flags


def test_a_heading_followed_by_a_table_or_a_figure_is_not_empty(tmp_path):
    from conftest import lint_file
    doc = new_document()
    doc.add_paragraph("2024年工作总结")
    doc.add_paragraph("一、主要成绩")
    doc.add_table(rows=1, cols=2).cell(0, 0).text = "培训12期"
    doc.add_paragraph("二、主要数据")
    raw_paragraph(doc, '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="10" cy="10"/>'
                       '<wp:docPr id="5" name="Picture 5"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/'
                       'drawingml/2006/picture"/></a:graphic></wp:inline></w:drawing></w:r>')
    doc.add_paragraph("三、存在问题")
    doc.add_paragraph("宣传手段还不够丰富，基层宣传力量薄弱，队伍建设有待加强。")
    doc.save(tmp_path / "e.docx")
    assert not [f for f in lint_file(tmp_path / "e.docx") if f.category == "empty-section"]


def test_ascii_marks_in_a_chinese_word_document_are_reported_even_as_its_habit(tmp_path):
    """A text file written all in ASCII marks is a conversion (left alone); a Word draft is not."""
    from conftest import lint_file, lint_text
    body = "2024年工作总结\n\n全年举办培训3期,参训干部560名(含新任干部)。\n\n(一)加强学习。\n"
    assert not [f for f in lint_text(body) if f.rule == "punct-ascii-in-chinese"]
    doc = new_document()
    for line in body.strip().split("\n\n"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "a.docx")
    assert [f.match for f in lint_file(tmp_path / "a.docx") if f.rule == "punct-ascii-in-chinese"] == [",", "(", ")"]   # not the label (一)


def test_straight_quotes_around_latin_names_are_the_writers_choice(tmp_path):
    """默认支持 "person" 行人 quotes a class name as code does; "十四五"规划 quotes Chinese with ASCII marks."""
    from conftest import lint_file
    doc = new_document()
    for line in ("中期报告", '对指定目标类别（默认支持 "person" 行人与 "car" 车辆）进行实时跟踪。', '实施 "十四五" 规划。'):
        doc.add_paragraph(line)
    doc.save(tmp_path / "q.docx")
    hits = [f.context for f in lint_file(tmp_path / "q.docx") if f.category == "punctuation"]
    assert hits == ['实施 "十四五" 规划。'] * 2


def test_the_colon_of_an_english_run_in_label_is_the_labels(tmp_path):
    """Done: 结算界面 opens with an English label whose colon is English; 完成情况:结算界面 is a slip."""
    from conftest import lint_file
    doc = new_document()
    for line in ("第二周周报", "Done: 结算、主场景界面", "Todo: 登录、匹配UI", "完成情况:结算界面"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "c.docx")
    assert [f.context for f in lint_file(tmp_path / "c.docx") if f.rule == "punct-ascii-in-chinese"] == ["完成情况:结算界面"]


def test_brackets_around_a_web_address_are_part_of_a_pasted_link_title(tmp_path):
    """A browser pastes a link as its page title and site (编程快速入门 | 虚幻引擎文档 (unrealengine.com)): the
    ASCII brackets around the address are the link's, not a slip; around Chinese they still are."""
    from conftest import lint_file
    doc = new_document()
    for line in ("实习阶段工作总结", "参考资料：编程快速入门 | 虚幻引擎文档 (unrealengine.com)",
                 "联系邮箱 (wang_li@example.cn)，资料见 (https://docs.example.cn/ue4)。", "共培训干部560名(含新任干部)。"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "l.docx")
    assert [f.context for f in lint_file(tmp_path / "l.docx") if f.rule == "punct-ascii-in-chinese"] == \
        ["共培训干部560名(含新任干部)。"] * 2


def test_decimal_items_that_skip_a_level_under_a_bare_automatic_number(tmp_path):
    """Word's %1 (a number with no mark) heads 本周工作 and 下周计划; under 2 the items run 2.3.1, 2.3.2:
    copied from part 1, they skip 2.1 to 2.3."""
    from conftest import lint_file
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1")), num(1, 1))
    doc.add_paragraph("项目周报")
    for title, items in (("本周工作情况", ["1.1 需求分析", "1.2 接口开发"]), ("下周工作计划", ["2.3.1 趋势分析模块", "2.3.2 健康评价模块"])):
        numbered(doc, title, 1, 0).runs[0].bold = True
        for item in items:
            doc.add_paragraph(item + "：完成设计。")
    doc.save(tmp_path / "w.docx")
    got = [(f.match, f.message) for f in lint_file(tmp_path / "w.docx") if f.rule == "numbering-sequence"]
    assert got == [("2.3.1", "编号从“2.3.1”开始，应从“2.1”开始")]



def test_a_label_typed_after_words_automatic_one_is_doubled(tmp_path):
    """Word shows "1. 1.零售行业…" when the writer types a number into an automatically numbered
    paragraph (here in a form's table cell, too); a typed label of another form after it (一，二月份) is text."""
    from conftest import lint_file
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.")), num(1, 1))
    doc.add_paragraph("硕士学位论文中期报告")
    numbered(doc, "1.零售行业营销系统的功能模块", 1, 0)
    numbered(doc, "一，二月份主要忙于控制台的改版。", 1, 0)
    cell = doc.add_table(rows=1, cols=1).rows[0].cells[0]
    numbered(cell, "2.零售行业营销系统的技术方案", 1, 0)
    numbered(doc, "（4）群聊功能", 1, 0)      # the same number in brackets (Word shows "4. （4）群聊功能")
    numbered(doc, "（2）私聊功能", 1, 0)      # …not another number (Word's 5. and a sub-item (2))
    doc.save(tmp_path / "w.docx")
    got = [(f.match, f.location["part"]) for f in lint_file(tmp_path / "w.docx")
           if f.rule == "numbering-sequence" and "手动" in f.message]
    assert got == [("1.", "body"), ("2.", "table"), ("（4）", "body")]


def test_a_word_list_nested_in_another_of_the_same_form_breaks_neither(tmp_path):
    """Two Word lists numbered 1. 2. …: the second opens inside the first's item 2 and the first takes up
    again at 3 (as Word shows it). A typed 3. where Word's list would go on at 3 is not Word's and still counts."""
    from conftest import lint_file
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.")), abstract(2, lvl(0, "decimal", "%1.")), num(1, 1), num(2, 2))
    doc.add_paragraph("实习中期报告")
    numbered(doc, "修改配置文件，使其匹配数据集。", 1, 0)
    numbered(doc, "修改训练技巧：", 1, 0)
    for item in ("替换主干网络的风格。", "修改预测数上限。", "替换标准化参数。"):
        numbered(doc, item, 2, 0)
    numbered(doc, "修改模型结构。", 1, 0)
    numbered(doc, "修改训练方式。", 1, 0)
    doc.add_paragraph("5.比较测试过程。")
    doc.save(tmp_path / "w.docx")
    got = [(f.match, f.rule) for f in lint_file(tmp_path / "w.docx") if f.category == "numbering"]
    assert got == []
    doc.add_paragraph("7.总结。")
    doc.save(tmp_path / "w.docx")
    got = [f.match for f in lint_file(tmp_path / "w.docx") if f.category == "numbering"]
    assert got == ["7."]


# -- reading many drafts of one template ------------------------------------------------

def test_drafts_sharing_a_styles_part_each_get_their_own_styles(tmp_path):
    """Drafts of one template share styles.xml, which is split once and reused; a draft whose styles.xml
    differs (the same style id named otherwise) is read with its own."""
    paths = []
    for i, name in enumerate(("heading 1", "heading 1", "Body Text", "标题 2")):
        doc = new_document()
        add_style(doc, f'<w:style w:type="paragraph" w:styleId="H"><w:name w:val="{name}"/></w:style>')
        numbered(doc, f"第{i}个标题", style="H")
        doc.add_paragraph("正文内容。")
        doc.save(tmp_path / f"d{i}.docx")
        paths.append(tmp_path / f"d{i}.docx")
    levels = [read_document(p).paragraphs[0].heading_level for p in paths]
    assert levels == [1, 1, None, 2]


def test_without_a_run_map_the_text_is_the_same(tmp_path):
    """A check that writes nothing back reads no run map; the paragraphs are otherwise the same."""
    path = main_numbering_docx(tmp_path / "n.docx")
    full, bare = read_document(path), read_document(path, run_map=False)
    assert [(p.text, p.label, p.flags) for p in full.paragraphs] == [(p.text, p.label, p.flags) for p in bare.paragraphs]
    assert all(p.runs for p in full.paragraphs if p.text) and not any(p.runs for p in bare.paragraphs)


def test_a_templates_italic_note_under_each_heading_in_word(tmp_path):
    """Word templates put their guidance in italics under each heading; a run's own w:i and an italic
    character style both count, and a half-italic line is the writer's."""
    from conftest import lint_file
    doc = new_document()
    doc.add_paragraph("Project Status Report", style="Title")
    for head, note, body in (("Accomplishments", "List 3-5 key achievements since the last report", "Shipped the API."),
                             ("Risks", "Describe anything threatening the schedule", "The vendor is late."),
                             ("Next steps", None, "Finish the tests.")):
        doc.add_paragraph(head, style="Heading 1")
        if note:
            doc.add_paragraph().add_run(note).italic = True
        else:
            p = doc.add_paragraph()
            p.add_run("Planned work, ").italic = True
            p.add_run("written by the team")
        doc.add_paragraph(body)
    doc.save(tmp_path / "s.docx")
    got = [f.match for f in lint_file(tmp_path / "s.docx") if f.category == "placeholder"]
    assert got == ["List 3-5 key achievements since the last report", "Describe anything threatening the schedule"]


def test_a_mark_right_after_an_equation_is_the_formulas_punctuation(tmp_path):
    """因[equation],所以……: the comma typed after an inline equation belongs to the formula's notation; the same
    comma after Chinese text is still a slip."""
    from conftest import lint_file
    doc = new_document()
    eq = f'<m:oMath {M_NS}><m:r><m:t>P=I^2R</m:t></m:r></m:oMath>'
    raw_paragraph(doc, run("因") + eq + run(",所以方程简化为") + eq + run("。"))
    raw_paragraph(doc, run("其中") + eq + run(" ,表示高斯光的光斑半径，参训干部560名,覆盖全区。"))
    doc.save(tmp_path / "e.docx")
    got = [(f.match, f.offset) for f in lint_file(tmp_path / "e.docx") if f.rule == "punct-ascii-in-chinese"]
    assert got == [(",", 24)]


def test_sub_figure_labels_in_the_a_style_are_no_ascii_brackets(tmp_path):
    """A thesis report's sub-figure captions (a) 原图  b) 位置偏移) and references to them (如图2-3 b) 所示) use the
    a) labels of GB/T 1.1: their bracket is the label's; a bracket pair around Chinese is still a slip."""
    from conftest import lint_file
    doc = new_document()
    for line in ("装配检测中期报告", "a) 原图                 b) 位置偏移", "二值化的结果如图2-3 b) 所示。", "检测样本(含返修件)共320件。"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "f.docx")
    found = [(f.rule, f.match) for f in lint_file(tmp_path / "f.docx") if f.category == "punctuation"]
    assert found == [("punct-ascii-in-chinese", "("), ("punct-ascii-in-chinese", ")")]


def test_a_list_in_the_text_under_a_numbered_heading_does_not_take_the_headings_with_it(tmp_path):
    """A status report's headings are typed 1. 2. 3. in a heading style; under 2. the text lists 1.–4.: the
    headings' 3. follows their 2. (no gap from 4.), while a gap among the headings is still one."""
    from conftest import lint_file
    doc = new_document()
    doc.add_paragraph("Project Status Report")
    for n, title in ((1, "Project Decision Process"), (2, "Objectives for Next Checkpoint")):
        doc.add_paragraph(f"{n}. {title}", style="Heading 2")
        doc.add_paragraph("The team agreed on the points below.")
    for i, item in enumerate(("Finalize navigation", "Enhance UI components", "Conduct testing", "Prepare documentation"), 1):
        doc.add_paragraph(f"{i}.{item} and report on it")
    doc.add_paragraph("3.References", style="Heading 2")
    doc.add_paragraph("5. Appendix", style="Heading 2")
    doc.save(tmp_path / "h.docx")
    assert [f.match for f in lint_file(tmp_path / "h.docx") if f.category == "numbering"] == ["5."]


def test_ideograph_digital_numbers_digit_by_digit(tmp_path):
    """ideographDigital (a Word 2013 training report's headings `%1.`): 一. 二. …, ten is 一〇., not 1. 2. nor 十."""
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "ideographDigital", "%1.")), num(1, 1))
    for n in range(1, 12):
        numbered(doc, f"第{n}部分", 1, 0)
    doc.save(tmp_path / "d.docx")
    got = labels(tmp_path / "d.docx")
    assert got[:3] == ["一.", "二.", "三."] and got[9:] == ["一〇.", "一一."]


def test_a_parent_level_shown_at_its_start_counts_as_used(tmp_path):
    """A report whose first chapter is typed (1 项目概述) and whose sections are Word's (1.1–1.3): Word and
    LibreOffice show the list's first chapter of its own as 2, not 1, and its sections as 2.1."""
    from conftest import lint_file
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1") + lvl(1, "decimal", "%1.%2")), num(1, 1))
    doc.add_paragraph("1 项目概述")
    for text in ("项目名称", "项目背景", "项目简介"):
        numbered(doc, text, 1, 1)
        doc.add_paragraph("本节介绍项目的有关情况，内容从略。")
    numbered(doc, "开发过程", 1, 0)
    numbered(doc, "项目计划", 1, 1)
    doc.add_paragraph("按计划完成了各阶段的开发任务。")
    doc.save(tmp_path / "r.docx")
    assert [x for x in labels(tmp_path / "r.docx") if x] == ["1.1", "1.2", "1.3", "2", "2.1"]
    assert not [f for f in lint_file(tmp_path / "r.docx") if f.category == "numbering"]


def test_a_bibliography_numbered_by_word_takes_part_in_no_prose_rule(tmp_path):
    """Entries behind Word's automatic [1] [2] (程志宇,徐国庆,等.题名[J].刊名,2019,41(3): 303-306.) are references:
    their ASCII commas and brackets are the standard's, not slips in Chinese prose."""
    from conftest import lint_file
    # (…also behind [1]. with its full stop, with no 参考文献 line above them: a proposal's review section)
    cases = (("[%1]", ["结题报告", "本项目实现了流体模拟，效果良好。", "参考文献"],
              ["程志宇,徐国庆,张岚斌,等.SPH真实感流体交互模拟改进算法[J].武汉工程大学学报,2019,41(3): 303-306.",
               "袁志勇,徐标,廖祥云 基于SPH方法的快速逼真流体表面张力仿真[J].武汉大学学报,2019,42(9): 1-8."]),
             ("[%1].", ["开题报告", "国内外研究现状如下。"],
              ["黄思源, 刘利民, 董健,等. 车载激光雷达点云数据地面滤波算法综述[J]. 光电工程, 2020, 47(12):12",
               "刘芳. 传感器技术在智能车辆中的应用研究[J]. 河北科技大学学报, 2019, 40(6): 84-88."]))
    for k, (label, lines, entries) in enumerate(cases):
        doc = new_document()
        set_numbering(doc, abstract(1, lvl(0, "decimal", label)), num(1, 1))
        for line in lines:
            doc.add_paragraph(line)
        for entry in entries:
            numbered(doc, entry, 1, 0)
        doc.save(tmp_path / f"refs{k}.docx")
        assert not [f for f in lint_file(str(tmp_path / f"refs{k}.docx")) if f.category == "punctuation"], label


def test_a_slip_in_a_printed_forms_repeated_label_is_reported_once(tmp_path):
    """A weekly form printed once a week repeats its labels (| 学校(或实验室) | …): the ASCII brackets of the label are one
    slip, reported on the first copy with how many more carry it; a slip in prose stays one finding each."""
    from conftest import lint_file
    doc = new_document()
    doc.add_paragraph("毕业设计周报（第36—43周）")
    doc.add_paragraph("本周完成了数据预处理（清洗、去重），下周开始训练模型。")
    for week in range(4):
        table = doc.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "学校(或实验室)", "计算机学院"
        table.cell(1, 0).text, table.cell(1, 1).text = "本周工作", f"第{week + 1}周：完成了实验（对比了三种模型）。"
    doc.save(tmp_path / "form.docx")
    found = [f for f in lint_file(str(tmp_path / "form.docx")) if f.context == "学校(或实验室)"]
    assert len(found) == 2 and all("另有3处" in f.message for f in found)      # the ( and the ), once each

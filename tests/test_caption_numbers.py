"""Caption numbers (numbering-captions) in Word files: captions in text boxes, contents entries, several captions in
one line of pictures side by side."""
from conftest import lint_file
from docx_fixtures import new_document, raw_paragraph, run, textbox


def _captions(path):
    return [(f.match, f.message) for f in lint_file(str(path)) if f.rule == "numbering-captions"]


def test_text_boxes_anchored_together_are_read_in_their_numbers_order(tmp_path):
    doc = new_document()
    doc.add_paragraph("图1 系统结构")
    doc.add_paragraph("项目可视化结果分析，图2为扇形图，图3为热力图，图4为柱状图。")
    raw_paragraph(doc, run("") + textbox("图4 柱状图") + textbox("图2 扇形图") + textbox("图3 热力图"))
    doc.add_paragraph("图5 词频统计")
    doc.save(tmp_path / "boxes.docx")
    assert _captions(tmp_path / "boxes.docx") == []


def test_a_caption_used_twice_and_a_gap_are_reported(tmp_path):
    doc = new_document()
    for text in ("图 2-1 总体架构", "如图2-1所示，系统分为三层。", "图 2-2 模块划分", "图 2-2 部署结构", "图 2-4 测试环境"):
        doc.add_paragraph(text)
    doc.save(tmp_path / "twice.docx")
    found = _captions(tmp_path / "twice.docx")
    assert [m for m, _ in found] == ["图 2-2", "图 2-4"]
    assert "重复" in found[0][1] and "图 2-3" in found[1][1]


def test_a_list_of_figures_and_pictures_side_by_side(tmp_path):
    doc = new_document()
    doc.add_paragraph("图5.1 登录\t12")               # an entry of the list of figures: a tab and its page
    doc.add_paragraph("图5.3 首页\t13")
    doc.add_paragraph("图5.1 登录       图5.2 注册     图5.3 修改密码")
    doc.add_paragraph("图5.4 首页   图5.5 档案管理")
    doc.save(tmp_path / "side.docx")
    assert _captions(tmp_path / "side.docx") == []



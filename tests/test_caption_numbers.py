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




def test_a_caption_in_the_caption_style_may_open_with_a_verb(tmp_path):
    """图2.1.2  显示文件前num行功能代码 in Word's Caption style is a caption (its title names a function that shows
    something), so the sequence has no gap; the same words in body text read as a sentence (图3显示了…)."""
    doc = new_document()
    for text in ("图2.1.1 文件加锁功能代码", "图2.1.2  显示文件前num行功能代码", "图2.1.3  显示文件后num行功能代码",
                 "图2.1.4  文件指针移动功能代码"):
        doc.add_paragraph(text, style="Caption")
    doc.add_paragraph("图2.1.6显示了用户登录后的主界面。")
    doc.save(tmp_path / "styled.docx")
    assert _captions(tmp_path / "styled.docx") == []
    doc = new_document()
    for text in ("图1 系统结构", "图2 数据流程", "图4 部署结构"):
        doc.add_paragraph(text, style="Caption")
    doc.save(tmp_path / "gap.docx")
    assert [m for m, _ in _captions(tmp_path / "gap.docx")] == ["图4"]

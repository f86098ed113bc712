"""Pre-submission hygiene: document state (.docx fixtures), punctuation, boilerplate, duplicates,
titles and dates, announced counts, repeated characters."""
from conftest import lint_file, lint_text
from docx_fixtures import control, deleted, ins, new_document, raw_paragraph, run
from lintdoc.checks import build_rules
from lintdoc.config import Config, load_file, packs_dir


def by_rule(findings, rule):
    return [f for f in findings if f.rule == rule]


def test_document_state_counts_revisions_comments_hidden_and_controls(tmp_path):
    doc = new_document()
    doc.add_paragraph("区委宣传部2024年工作总结")
    raw_paragraph(doc, run("完成") + ins(run("全年")) + deleted("上半年") + run("任务。"))
    raw_paragraph(doc, run("可见文字") + run("隐藏说明", "<w:vanish/>"))
    raw_paragraph(doc, run("负责人：") + control(run("单击或点击此处输入文字。"), placeholder=True))
    raw_paragraph(doc, run("请核实") + run("这一数字", '<w:highlight w:val="yellow"/>'))
    para = doc.add_paragraph("全年培训干部560名。")
    doc.add_comment(para.runs, text="数字请核实", author="李四")
    doc.save(tmp_path / "state.docx")
    found = {f.message: f for f in by_rule(lint_file(tmp_path / "state.docx"), "document-state")}
    assert set(found) == {"文档中有2处未接受的修订（插入1处、删除1处、格式0处），请接受或拒绝全部修订",
                          "文档中还有1条批注，提交前请删除", "文档中有1段含隐藏文字，请检查后删除", "文档中有1个内容控件未填写"}
    assert all(f.category == "revision" for f in found.values())
    assert found["文档中有1个内容控件未填写"].match == "单击或点击此处输入文字。"
    # highlight is reported when the pack or config enables it
    config = load_file(packs_dir() / "default.yaml", Config())
    config.rules["document-state"]["report"] = ["highlight"]
    rules = [r for r in build_rules(config) if r.id == "document-state"]
    got = by_rule(lint_file(tmp_path / "state.docx", rules), "document-state")
    assert [(f.match, f.message) for f in got] == [("这一数字", "文档中有1处突出显示（高亮）的文字，请确认已处理并取消突出显示")]


def test_clean_docx_has_no_document_state_findings(tmp_path):
    doc = new_document()
    doc.add_paragraph("区委宣传部2024年工作总结")
    doc.add_paragraph("全年完成各项任务。")
    doc.save(tmp_path / "clean.docx")
    assert by_rule(lint_file(tmp_path / "clean.docx"), "document-state") == []


def test_a_templates_labels_and_headings_in_controls_are_its_own_text(tmp_path):
    """Microsoft's status-report template puts its labels and headings in content controls that keep showing
    their placeholder: kept as they read, with the value typed after them, they are not fields left empty.
    A prompt (单击或点击此处输入文字。) is reported wherever it stands, and a bare stand-in that nothing follows;
    a cover page's Subtitle whose placeholder is a few spaces shows nothing and is not."""
    doc = new_document()
    doc.add_paragraph("项目周报")
    raw_paragraph(doc, control(run("Project Name:"), placeholder=True) + run(" Ozmart Network Uplift"))
    raw_paragraph(doc, control(run("Areas/questions for discussion:"), placeholder=True))
    raw_paragraph(doc, control(run("Project Abstract"), placeholder=True), ppr='<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>')
    raw_paragraph(doc, run("负责人：") + control(run("单击或点击此处输入文字。"), placeholder=True))
    raw_paragraph(doc, run("单位：") + control(run("Company Name"), placeholder=True))
    raw_paragraph(doc, control(run("     "), placeholder=True, tag="Subtitle"))     # (shows nothing)
    doc.save(tmp_path / "t.docx")
    got = [f.match for f in by_rule(lint_file(tmp_path / "t.docx"), "placeholder-control")]
    assert got == ["单击或点击此处输入文字。", "Company Name"]


def punctuation(text):
    return [(f.rule, f.match) for f in lint_text(text) if f.category == "punctuation"]


def test_punctuation_defects():
    text = ("标题\n\n加强督查力度,。结合创城工作。\n\n建设“宜居、文化、幸福“等中心工作。\n\n出台《xx区“微文明”市民行动。\n\n"
            "》,配套出台《文明餐桌方案》。\n\n（二）、加强宣传。\n\n示范联系点---南庄镇。\n\n实践的行动.注重指导。\n\n开展活动、等多项工作。")
    assert punctuation(text) == [("punct-doubled", ",。"), ("punct-unpaired", "“"), ("punct-unpaired", "《"),
                                 ("punct-unpaired", "》"), ("punct-after-ordinal", "、"), ("punct-ascii-dash", "---"),
                                 ("punct-ascii-period", "."), ("punct-doubled", "、等")]


def test_punctuation_labels_numbers_and_balanced_text_pass():
    text = ("标题\n\n1.加强学习，全年增长3.5%，共计1,200人。\n\n（一）学习“十四五”规划，出台《实施方案》（试行）。\n\n"
            "网址 www.gov.cn 和 https://example.gov.cn/a--b 不算。")
    assert punctuation(text) == []


def test_ascii_marks_reported_only_where_full_width_is_the_habit():
    slips = "区委宣传部2024年工作总结\n\n全年举办培训3期，参训干部560名，覆盖全区，效果良好。\n\n开展宣讲20场,覆盖群众一万人。"
    assert [(f.rule, f.match, f.severity) for f in lint_text(slips) if f.rule == "punct-ascii-in-chinese"] == \
        [("punct-ascii-in-chinese", ",", "warning")]
    habit = "区委宣传部2024年工作总结\n\n全年举办培训3期,参训干部560名,覆盖全区。\n\n开展宣讲20场,覆盖群众一万人。"
    assert not [f for f in lint_text(habit) if f.rule == "punct-ascii-in-chinese"]


def test_ascii_brackets_around_chinese_are_slips_where_the_commas_are_full_width():
    """Brackets are rarer than commas: a draft whose every bracket is ASCII but whose commas are full-width has
    not folded its marks, so (软件分析) is a slip; a folded draft (ASCII commas too) is left alone, and so
    are brackets around Latin text and the empty pair of a call."""
    wide_commas = ("实习总结\n\n学习了静态代码检测(软件分析)，了解了外部版本(只有安卓相关分析)。\n\n"
                   "掌握了消息类型(type)，会用table.render()方法，效果良好。")
    got = [f.match for f in lint_text(wide_commas) if f.rule == "punct-ascii-in-chinese"]
    assert got == ["(", ")", "(", ")"]
    folded = wide_commas.replace("，", ",")
    assert [f.match for f in lint_text(folded) if f.rule == "punct-ascii-in-chinese"] == []


def test_boilerplate_found_and_ordinary_text_passes():
    text = (":区委宣传部第一季度工作总结范文\n\n下面是小编为大家整理的,供大家参考。\n\n"
            "区委宣传部是区委的重要部门之一,那么区委宣传部怎么做上。\n\n当前隐藏内容免费查看做好党史学习教育工作。\n\n"
            "（此处填写本单位主要成绩）")
    got = [(f.rule, f.match) for f in lint_text(text) if f.category == "boilerplate"]
    assert got == [("boilerplate-title", "范文"), ("boilerplate-web-intro", "下面是小编为大家整理的,供大家参考。"),
                   ("boilerplate-teaser", "那么区委宣传部怎么做上。"), ("boilerplate-paywall", "当前隐藏内容免费查看")]
    # an instruction to the writer stands where content belongs: a leftover to replace, not furniture to delete
    assert ("placeholder-writer-instruction", "（此处填写本单位主要成绩）") in [(f.rule, f.match) for f in lint_text(text)]
    clean = "区委宣传部2024年工作总结\n\n我部认真研究如何做好宣传工作，请各单位参考执行。"
    assert not [f for f in lint_text(clean) if f.category == "boilerplate"]


def test_a_teaser_run_into_the_article_is_reported_as_its_own_clause():
    """A page whose paragraphs were joined without their marks runs the teaser on from the article's text: the
    teaser's clause is reported, not the whole run-on "sentence" (whose slips are the writer's)."""
    text = ("基层党建工作总结\n\n团县委党支部在上级工委的正确领导下,以“三个代表”重要思想为指导,认真学习贯彻党的十九届五中全会精神"
            "和县委十届党代会精神,深入开展组织生活会和民主评议党员工作,扎实推进基层党组织标准化规范化建设,下面是小编为大家整理的基层党建工作总结7篇,供大家参考。")
    got = [f.match for f in lint_text(text) if f.rule == "boilerplate-web-intro"]
    assert got == ["下面是小编为大家整理的基层党建工作总结7篇,供大家参考。"]


def test_duplicates_reported_on_second_copy():
    para = "全区共组织开展理论宣讲活动一百余场，覆盖党员干部群众两万余人次。"
    findings = [f for f in lint_text(f"标题\n\n{para}\n\n其他内容。\n\n{para}") if f.category == "duplicate"]
    assert [(f.location["paragraph"], f.message) for f in findings] == [(4, "本段与第2段重复")]
    sentence = "全区共组织开展理论宣讲活动一百余场并覆盖党员干部群众两万余人次。"
    findings = [f for f in lint_text(f"标题\n\n{sentence}加强学习。\n\n改进作风。{sentence}") if f.category == "duplicate"]
    assert [f.match for f in findings] == [sentence]


def test_a_weekly_logs_fields_repeat_under_each_week():
    """Each week of a log repeats its fields (Completion Percentage : 100%); the same field under the same
    week, or a paragraph pasted twice, is a duplicate."""
    week = ("Responsibilities : to develop the DDoS attack detection code\n\nCompletion Percentage : 100 %\n\n"
            "The team reviewed the detection results together with the supervisor on Friday.\n\n")
    log = "# Weekly Progress Report\n\n## Week 1\n\n" + week + "## Week 2\n\n" + week.replace("reviewed", "discussed")
    assert [f.match for f in lint_text(log, markdown=True) if f.category == "duplicate"] == []
    links = ("# Sprint 3 Results\n\nSprint review notes: https://docs.google.com/document/d/1IoAJxyz/edit\n\n"
             "## Daily scrums\n\nSprint review notes: https://docs.google.com/document/d/1IoAJxyz/edit\n")
    assert [f.match for f in lint_text(links, markdown=True) if f.category == "duplicate"] == []
    pasted = log + "The team discussed the detection results together with the supervisor on Friday.\n"
    assert [f.match for f in lint_text(pasted, markdown=True) if f.category == "duplicate"] == [
        "The team discussed the detection results together with the supervisor on Friday."]


def test_title_period_and_announced_count():
    got = [(f.rule, f.match) for f in lint_text("区委宣传部2024年第五季度工作总结\n\n正文。") if f.category == "structure"]
    assert got == [("title-period", "第五季度")]
    got = [(f.rule, f.match) for f in lint_text("区委宣传部2024年工作总结\n\n现将2023年工作总结如下：") if f.category == "structure"]
    assert got == [("title-period", "2023")]
    text = "标题\n\n存在的问题主要有三个方面：\n\n（一）学习不够深入。\n\n（二）宣传形式单一。\n\n二、下一步打算"
    assert [f.match for f in lint_text(text) if f.rule == "announced-count"] == ["主要有三个方面"]
    assert not [f for f in lint_text(text.replace("三个", "两个")) if f.rule == "announced-count"]


def test_repeated_characters():
    got = [f.match for f in lint_text("标题\n\n县委委宣传部发挥了重要的的作用，增强党员意识增强了凝聚力。") if f.rule == "repeated-text"]
    assert got == ["委委", "的的", "增强党员意识增强"]
    ok = "标题\n\n党委委员、宣传部部长人人参与，扎扎实实推进工作作为重点，达到目的的手段，研究研究再定。"
    assert not [f for f in lint_text(ok) if f.rule == "repeated-text"]


def test_repeated_words_found_across_the_document_but_never_across_paragraphs():
    """The rule scans the whole text at once: a double is placed in its own paragraph, one that an
    overlapping non-Han double (x加x加) sits next to is still found, and a paragraph ending in 的
    followed by one starting with 的 is not a double."""
    text = "标题\n\n一是做好x加x加强加强工作。\n\n二是发挥重要作用的\n\n的确取得了成效，全年加强加强了宣传。"
    got = [(f.match, f.context[:4]) for f in lint_text(text) if f.rule == "repeated-text"]
    assert got == [("加强加强", "一是做好"), ("加强加强", "的确取得")]


def test_a_template_label_kept_in_a_content_control_is_no_empty_field(tmp_path):
    """Word's meeting-minutes template puts its labels in content controls that keep showing their placeholder
    (Type of meeting:, Presenter:): the document's own words. A control still asking for its value (Click or tap
    to enter a date.) is reported."""
    doc = new_document()
    doc.add_paragraph("Team Status Meeting")
    raw_paragraph(doc, control(run("Type of meeting:"), placeholder=True, tag="type") + run(" Status Update"))
    raw_paragraph(doc, control(run("Presenter:"), placeholder=True, tag="presenter"))
    raw_paragraph(doc, control(run("Click or tap to enter a date."), placeholder=True, tag="date"))
    doc.save(tmp_path / "minutes.docx")
    assert [f.match for f in lint_file(tmp_path / "minutes.docx") if f.rule == "placeholder-control"] == \
        ["Click or tap to enter a date."]

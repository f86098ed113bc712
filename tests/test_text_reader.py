"""Plain text and Markdown: encodings detected, paragraphs, headings, lists, tables, line:column."""
import pytest

from lintdoc.readers import read_document
from lintdoc.readers.text_reader import parse_text
from conftest import lint_text

TEXT = "区委宣传部2024年工作总结\n\n一、主要成绩\n全年培训干部x名。\n\n二、存在问题\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "gbk"])
def test_encodings_are_detected_not_assumed(tmp_path, encoding):
    path = tmp_path / "d.txt"
    data = TEXT.encode(encoding)
    if encoding == "utf-16-le":
        data = TEXT.encode("utf-16-le")            # no BOM
    path.write_bytes(data)
    doc = read_document(path)
    assert [p.text for p in doc.paragraphs] == ["区委宣传部2024年工作总结", "一、主要成绩", "全年培训干部x名。", "二、存在问题"]
    assert doc.language == "zh"


def test_chinese_lines_are_paragraphs_and_positions_are_exact(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("标题\n\n　　第一段结束。\n第二段也结束。\n", encoding="utf-8")
    doc = read_document(path)
    assert [p.text for p in doc.paragraphs] == ["标题", "第一段结束。", "第二段也结束。"]
    assert doc.position(doc.paragraphs[1], 0) == (3, 3)
    assert doc.position(doc.paragraphs[2], 2) == (4, 3)


def test_a_labelled_heading_line_ends_its_paragraph_but_a_wrapped_item_does_not(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("标题\n\n六、总结工作的难点及应对策略：破解“形式化、碎片化”困局\n【研讨会场景：技术员围绕难点献策】\n"
                    "1.加强学习培训，提高干部队伍的理论水平和业务能力，切实做到学以致用、\n用以促学，推动工作。\n",
                    encoding="utf-8")
    assert [p.text for p in read_document(path).paragraphs] == [
        "标题", "六、总结工作的难点及应对策略：破解“形式化、碎片化”困局", "【研讨会场景：技术员围绕难点献策】",
        "1.加强学习培训，提高干部队伍的理论水平和业务能力，切实做到学以致用、\n用以促学，推动工作。"]


def test_english_wrapped_lines_stay_one_paragraph(tmp_path):
    path = tmp_path / "d.txt"
    path.write_text("Status report\n\nWe shipped the new flow and\nreduced tickets by 10%.\n", encoding="utf-8")
    doc = read_document(path)
    assert doc.paragraphs[1].text == "We shipped the new flow and\nreduced tickets by 10%."
    assert doc.position(doc.paragraphs[1], 28) == (4, 1)
    assert doc.language == "en"


def test_markdown_headings_lists_tables_and_inline_markup(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("---\ntitle: x\n---\n# Report\n\n## Highlights\n\n1. Shipped **the flow**.\n2) Fixed [bugs](http://x.y/xx).\n"
                    "- bullet item\n\n| Metric | Value |\n|---|---|\n| Users | XX% |\n\n```\ncode xx区\n```\n"
                    "<!-- note -->\nText\n===\n", encoding="utf-8")
    doc = read_document(path)
    got = [(p.text, p.heading_level, p.part) for p in doc.paragraphs]
    assert got == [("x", None, "body"), ("Report", 1, "body"), ("Highlights", 2, "body"), ("1. Shipped the flow.", None, "body"),
                   ("2) Fixed bugs.", None, "body"), ("bullet item", None, "body"), ("Metric", None, "table"),
                   ("Value", None, "table"), ("Users", None, "table"), ("XX%", None, "table"),
                   ("\ufffc", None, "body"), ("Text", 1, "body")]     # the code block stands as one object
    assert "code" in doc.paragraphs[10].flags
    p = doc.paragraphs[3]
    assert doc.position(p, p.text.index("the flow")) == (8, 14)    # after the ** markers
    cell = doc.paragraphs[9]
    assert cell.table == (1, 2, 2) and doc.position(cell, 0) == (14, 11)


def test_a_markdown_line_opened_with_a_chinese_label_is_an_item_of_its_own(tmp_path):
    path = tmp_path / "w.md"
    path.write_text("一、本周进展\n1、编写注册模块代码\n2、阅读协议\n（三）整理文档\n"
                    "第二行接着写，不是新的一项\n", encoding="utf-8")
    doc = read_document(path)
    assert [p.text for p in doc.paragraphs] == ["一、本周进展", "1、编写注册模块代码", "2、阅读协议",
                                                "（三）整理文档\n第二行接着写，不是新的一项"]


def test_site_generator_tags_and_html_figures_in_markdown_are_syntax_not_text():
    md = ("# 2023年中总结\n\n{% note danger, 这半年没有更新项目代码 %}\n\n{% noteblock warning %}\n正文一段。\n"
          "{% endnoteblock %}\n\n<figure><img src=\"KPI (4).jpg\" alt=\"\"><figcaption></figcaption></figure>\n\n"
          "<details>\n<summary>本周目标</summary>\n\n- 完成接口\n</details>\n\n{%raw%} 行内 {% endraw %} 不算整行标签\n")
    doc = parse_text(md, markdown=True)
    assert [p.text for p in doc.paragraphs] == ["2023年中总结", "正文一段。", "本周目标", "完成接口",
                                                "{%raw%} 行内 {% endraw %} 不算整行标签"]
    hugo = parse_text('# 周报\n\n{{< photos cols="2" >}}\n{{< photo src="a.png" caption="初战：小炒" >}}\n'
                      '{{< /photos >}}\n\n{{% notice info %}}\n本周完成了实验。\n{{% /notice %}}\n', markdown=True)
    assert [p.text for p in hugo.paragraphs] == ["周报", "本周完成了实验。"]


def test_markdown_inline_code_is_recorded_and_not_checked(tmp_path):
    from lintdoc.checks import build_rules
    from lintdoc.config import load_config
    from lintdoc.engine import run_rules
    path = tmp_path / "r.md"
    path.write_text("# Weekly report\n\n## Done\n\nDeployed the `{service_name}` template; owner {owner}.\n", encoding="utf-8")
    doc = read_document(path)
    p = doc.paragraphs[2]
    assert [p.text[a:b] for a, b in p.code_spans] == ["`{service_name}`"]
    found = [f.match for f in run_rules(doc, build_rules(load_config(None))) if f.category == "placeholder"]
    assert found == ["{owner}"]


def test_a_form_in_a_plain_fenced_block_is_text_but_code_is_not():
    from lintdoc.readers.text_reader import parse_text
    form = "# Monthly report\n\n```\nTotal Marketing Spend: $\nROI: X%\n```\n"
    assert [p.text for p in parse_text(form, "r.md", markdown=True).paragraphs] == \
        ["Monthly report", "Total Marketing Spend: $", "ROI: X%"]
    tree = "# Investor update\n\n```\nTotal Expenses: $X\n├── Engineering: $X (X%)\n└── G&A: $X (X%)\n```\n"
    assert [p.text for p in parse_text(tree, "r.md", markdown=True).paragraphs] == \
        ["Investor update", "Total Expenses: $X", "├── Engineering: $X (X%)", "└── G&A: $X (X%)"]
    for code in ("```python\nroi = spend / revenue\n```", "```\nroi = spend / revenue  # X%\n```",
                 "```\n$ lintdoc check draft.docx\n```", "```\nsrc/\n├── app.py\n```", "```\nsrc/\n├── config: settings.py\n└── main.py\n```", "```\nprint(total)\n```"):
        doc = parse_text("# Monthly report\n\n" + code + "\n", "r.md", markdown=True)
        assert [p.text for p in doc.paragraphs] == ["Monthly report", "\ufffc"], code     # code: one object


def test_a_templates_text_in_a_plain_fenced_block_is_text_and_a_code_span_line_no_fence():
    """A report template fills plain blocks with the text to replace (```↵Describe any factors that impede progress,
    such as: lack of time; lack of funding.↵```): each line is text. A line ```Enter URL``` is a code span, not a
    fence (CommonMark: a backtick fence's info string holds no backtick), so the headings after it stay headings.
    A block of commands or log output stays code."""
    md = ("# Annual Report\n\n### Website\n\n```Enter URL```\n\n## Impediments to progress\n\n```\n"
          "Describe any factors or conditions that impede progress toward goals, such as: intractable\n"
          "discussions; lack of time; lack of funding; need for advice.\n```\n\n## Plans\n\nShip it.\n")
    texts = [p.text for p in parse_text(md, "r.md", markdown=True).paragraphs]
    assert "Impediments to progress" in texts and "discussions; lack of time; lack of funding; need for advice." in texts
    for block in ("```\nThe build runs on every push to the main branch\nnpm run build && npm test --coverage\n```",
                  "```\ngit checkout main and pull the latest changes\n```"):
        doc = parse_text("# Weekly report\n\n" + block + "\n", "r.md", markdown=True)
        assert [p.text for p in doc.paragraphs] == ["Weekly report", "\ufffc"], block


def test_a_report_written_inside_a_plain_fence_is_text_but_code_with_chinese_comments_is_not():
    """A team's weekly keeps its layout by writing each part inside ``` (### 一、本周工作总结 ↵```↵   本周最主要的就是……):
    each line is the report's text. A block of code with Chinese comments or names stays code."""
    from lintdoc.readers.text_reader import parse_text
    md = ("## 第六周\n\n### 一、本周工作总结\n```\n   本周最主要的就是对已经实现SRAM接口的CPU进行讨论,同时初步建立了学习记录提交机制。\n"
          "   这一周其实已经初步确立了分工，两人一组。\n```\n")
    texts = [p.text for p in parse_text(md, "w.md", markdown=True).paragraphs]
    assert texts[-1] == "这一周其实已经初步确立了分工，两人一组。" and "\ufffc" not in texts
    for block in ("```\n// 初始化缓存，设置大小\nint size = 64;\n```", "```\n# 安装依赖，然后运行\npip install -r requirements.txt\n```",
                  "```\nSELECT 姓名, 部门 FROM 员工表 WHERE 状态 = '在职'；\n```", "```python\n本周完成了接口开发，联调通过。\n```"):
        doc = parse_text("# 周报\n\n" + block + "\n", "w.md", markdown=True)
        assert [p.text for p in doc.paragraphs] == ["周报", "\ufffc"], block


def test_chinese_lines_broken_at_the_texts_width_are_one_paragraph():
    """A PDF's or a page's text broken every 27 characters, mid-sentence and mid-quotation (……增强“四个意 / 识”、坚定……):
    the lines at that width run on; a short line ending a sentence, or one opening with a label, starts a paragraph."""
    from lintdoc.readers.text_reader import parse_text
    body = ("思想为指导,全面学习贯彻党的二十大和二十届三中、四中全\n会精神,深刻领悟“两个确立”的决定性意义,增强“四个意\n"
            "识”、坚定“四个自信”、做到“两个维护”,弘扬伟大建党\n精神,深入贯彻落实新时代党的建设总要求和新时代党的组织\n"
            "路线,牢牢把握国有企业“六个力量”定位,以党的政治建设\n为统领,以推动党建与生产经营深度融合为主线,以“严真细\n"
            "实快”的作风狠抓落实。\n一、加强政治建设\n")
    texts = [p.text for p in parse_text("党建工作要点\n\n" + body, "p.txt").paragraphs]
    assert len(texts) == 3 and texts[1].startswith("思想为指导") and texts[1].endswith("狠抓落实。") and texts[2] == "一、加强政治建设"
    assert not [f for f in lint_text("党建工作要点\n\n" + body) if f.rule == "punct-unpaired"]


def test_a_web_pages_navigation_path_is_not_the_title(lint):
    """您的当前位置:首页正文 above the article: the article's first line is the title, and its collection tag is reported
    as a title's."""
    from lintdoc.readers.text_reader import parse_text
    from lintdoc.readers import finish
    doc = finish(parse_text("您的当前位置:首页正文\n\n交通安全宣传工作总结集锦\n\n今年以来，大队开展宣传活动12场。\n", "p.txt"))
    assert [p.text for p in doc.paragraphs if p.is_title] == ["交通安全宣传工作总结集锦"]
    found = lint("您的当前位置:首页正文\n\n交通安全宣传工作总结集锦\n\n今年以来，大队开展宣传活动12场。\n")
    assert {f.match for f in found if f.rule == "boilerplate-title"} == {"集锦"}


def test_front_matter_title_is_the_title():
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text('---\nlayout: page\ntitle: "Week 8 report"\n---\nDid things.\n', "w.md", markdown=True)
    assert [(p.text, p.is_title) for p in doc.paragraphs][0] == ("Week 8 report", True)


def test_front_matter_fields_shown_as_text_are_checked_and_the_rest_is_metadata(lint):
    """A page's summary:, author: and date: show as text, so a template's {{ date }} or XXX left there is a leftover;
    a date written out, the layout and the tags are metadata; a summary that repeats the opening is not a copy."""
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("---\nlayout: post\ntitle: 周报\ndate: 2024-01-05 10:00:00\ntags: [周报]\nsummary: 本周完成了接口联调和压测。\n---\n"
                     "\n本周完成了接口联调和压测。\n", "w.md", markdown=True)
    assert [p.text for p in doc.paragraphs] == ["周报", "本周完成了接口联调和压测。", "本周完成了接口联调和压测。"]
    block = parse_text("---\ntitle: |\n  28. 周报\ndescription: >\n  两行的\n  摘要\n---\n\n正文。\n", "w.md", markdown=True)
    assert [p.text for p in block.paragraphs] == ["28. 周报", "两行的", "正文。"]     # a block scalar: its first line
    names = lint("---\ntitle: Weekly report\nauthor: [Zhang San, Li Si]\n---\n\n## Done\n\nShipped.\n", markdown=True)
    assert not [f for f in names if f.category == "placeholder"]          # a YAML list of names, not a prompt
    found = lint("---\ntitle: 周报\ndate: {{ date }}\nauthor: XXX\nsummary: 本周完成了接口联调和压测。\n---\n\n"
                 "本周完成了接口联调和压测。\n", markdown=True)
    assert {(f.rule, f.match) for f in found if f.category != "missing-section"} == \
        {("placeholder-bracket-prompt", "{{ date }}"), ("placeholder-todo", "XXX")}


def test_markdown_reference_links_are_link_text():
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# Report\n\n- [x] [README.md] reviewed and [the guide][g] updated\n\n[README.md]: https://x.y/readme\n"
                     "[g]: https://x.y/guide\n", "r.md", markdown=True)
    assert [p.text for p in doc.paragraphs] == ["Report", "[x] README.md reviewed and the guide updated"]


def test_a_run_of_underscores_or_stars_is_a_blank_not_emphasis():
    """_____ is not strong emphasis (__) around "_": the template's blank is read whole, as is a mask *****."""
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# Weekly Report\n\n**Best performing email:** _____\n\n- **Target per day:** $______\n\n"
                     "完成投资*****万元，__重点__工作\n\n**Completion Rate:** ___/5 (___%)\n", "r.md", markdown=True)
    assert [p.text for p in doc.paragraphs[1:]] == ["Best performing email: _____", "Target per day: $______",
                                                    "完成投资*****万元，重点工作", "Completion Rate: ___/5 (___%)"]


def test_a_table_delimiter_row_with_one_dash_per_cell_is_not_a_row():
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# 小组总结\n\n| 模块 | 耗时 |\n|:-:|:-:|\n| 登录 | 3 |\n", "r.md", markdown=True)
    assert [p.text for p in doc.paragraphs[1:]] == ["模块", "耗时", "登录", "3"]


def test_tex_math_in_markdown_is_literal_but_a_sum_of_money_is_prose():
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# 周报\n\n得到最佳匹配 $（U_i，V_j)$ 。\n\nBudget: $X and $Y, $5-$10\n", "r.md", markdown=True)
    assert doc.paragraphs[1].code_spans == [(7, 18)] and doc.paragraphs[2].code_spans == []


def test_a_code_fence_indented_inside_a_list_item_is_code():
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# 周报\n\n1. 题目：爬楼梯\n\n       ```\n       输入：n = 2\n       ```\n\n2. 总结\n", "r.md", markdown=True)
    assert [p.text for p in doc.paragraphs[1:]] == ["1. 题目：爬楼梯", "\ufffc", "2. 总结"]


def test_a_fence_never_closed_ends_where_chinese_prose_takes_up_again():
    """A weekly template's ```cpp block is never closed: its code ends at the first line of Chinese prose, and the
    template's stand-ins after it are text (CommonMark would make the rest of the file code)."""
    from lintdoc.readers.text_reader import parse_text
    text = ("# 周总结\n\n```cpp\n// 本周编写的代表性代码\nclass WeeklyProgress {\n    void show();\n};\n代码量统计\n"
            "新增代码: XXX 行\n")
    doc = parse_text(text, "w.md", markdown=True)
    assert [p.text for p in doc.paragraphs[1:]] == ["\ufffc", "代码量统计\n新增代码: XXX 行"]
    closed = parse_text(text.replace("};\n", "};\n```\n"), "w.md", markdown=True)
    assert [p.text for p in closed.paragraphs[1:]] == ["\ufffc", "代码量统计\n新增代码: XXX 行"]
    code_only = parse_text("# 周报\n\n```python\nprint('你好')\n    x = 1\n", "w.md", markdown=True)
    assert [p.text for p in code_only.paragraphs[1:]] == ["\ufffc"]


def test_a_pipe_inside_inline_code_or_escaped_does_not_split_a_table_cell():
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# 周报\n\n| 指标 | 值 |\n|---|---|\n| `|SRCC| > 0.8` | 0 |\n| a \\| b | 1 |\n", "r.md", markdown=True)
    assert [p.text for p in doc.paragraphs[1:]] == ["指标", "值", "`|SRCC| > 0.8`", "0", "a | b", "1"]


def test_a_link_whose_target_is_still_a_stand_in_is_kept_as_typed():
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# Weekly Status\n\n- [PRD](link)\n- [Designs](https://figma.com/x)\n- [Dashboard](URL)\n", "r.md", markdown=True)
    assert [p.text for p in doc.paragraphs[1:]] == ["[PRD](link)", "Designs", "[Dashboard](URL)"]


def test_underscores_inside_a_chinese_date_are_its_blanks_not_emphasis():
    """2026年__月__日 in a Markdown weekly template: __ opens no emphasis inside a word (CommonMark), so the date keeps
    its blanks and they are reported; __重点__ after a mark is still bold."""
    from conftest import lint_text
    doc = parse_text("# 周报模板\n\n**报告周期：** 2026年__月__日 - __月__日\n\n本周，__重点__工作是验收\n", "r.md", markdown=True)
    assert [p.text for p in doc.paragraphs[1:]] == ["报告周期： 2026年__月__日 - __月__日", "本周，重点工作是验收"]
    found = [f.match for f in lint_text("# 周报模板\n\n**报告周期：** 2026年__月__日\n", markdown=True) if f.category == "placeholder"]
    assert found and all("__" in m for m in found)


def test_markdown_toc_links_and_emphasis_around_links():
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# 年度总结\n\n- [一、版本发布](#一、版本发布)\n- [二、工具开发](#二、工具开发)\n\n"
                     "| 🚀 **[版本发布](#一、版本发布)** | 4 |\n|---|---|\n\n_姓名：_ 刘浩洋\n", "r.md", markdown=True)
    assert [("toc" in p.flags) for p in doc.paragraphs[1:3]] == [True, True]
    assert "🚀 版本发布" in [p.text for p in doc.paragraphs] and "姓名： 刘浩洋" in [p.text for p in doc.paragraphs]



def test_an_html_table_in_markdown_is_read_as_a_table_and_its_tags_are_not_text():
    """GitHub renders HTML typed into Markdown: a table's cells are cells (numbered after the Markdown tables
    before it), a <br> a line break; the tags are no text, so no rule reads `<td style=…>` as a sentence."""
    from lintdoc.readers.text_reader import parse_text
    md = ("# 三月份计划\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<br />时间安排表如下：\n\n<table width=\"500\">\n  <tr>\n"
          "    <th style=\"text-align: left\">Time</th>\n    <th>job</th>\n  </tr>\n  <tr><td>6:30</td><td><b>起床</b>了</td></tr>\n"
          "</table>\n\n<div>\n签到表&nbsp;见附件\n</div>\n\n正文。\n")
    got = [(p.text, p.part, p.table) for p in parse_text(md, "p.md", markdown=True).paragraphs]
    assert got == [("三月份计划", "body", None), ("a", "table", (1, 1, 1)), ("b", "table", (1, 1, 2)),
                   ("1", "table", (1, 2, 1)), ("2", "table", (1, 2, 2)), ("时间安排表如下：", "body", None),
                   ("Time", "table", (2, 1, 1)), ("job", "table", (2, 1, 2)), ("6:30", "table", (2, 2, 1)),
                   ("起床了", "table", (2, 2, 2)), ("签到表见附件", "body", None), ("正文。", "body", None)]
    doc = parse_text(md, "p.md", markdown=True)
    cell = next(p for p in doc.paragraphs if p.text == "起床了")
    assert md[cell.source_offset(0):cell.source_offset(0) + 2] == "起床" and md[cell.source_offset(2)] == "了"


def test_an_unclosed_html_table_ends_at_a_blank_line():
    from lintdoc.readers.text_reader import parse_text
    md = "# Report\n\n<table>\n<tr><td>a</td>\n\n## Next steps\n\nShip it.\n"
    got = [(p.text, p.heading_level) for p in parse_text(md, "r.md", markdown=True).paragraphs]
    assert got == [("Report", 1), ("a", None), ("Next steps", 2), ("Ship it.", None)]


def test_markdown_backslash_escapes_are_the_marks_they_escape():
    """\\[ _Group Name_ \\] shows as [ Group Name ]; in `code` a backslash stays as typed."""
    from lintdoc.readers.text_reader import parse_text
    md = "# Annual report\n\n\\[ _Group Name_ \\]\n\n**Report \\#:** 1, `a\\_b`\n"
    assert [p.text for p in parse_text(md, "r.md", markdown=True).paragraphs] == \
        ["Annual report", "[ Group Name ]", "Report #: 1, `a\\_b`"]


def test_a_code_block_or_a_rule_stands_as_one_object_and_a_bare_dash_is_an_empty_item():
    """A heading followed by a code block has something under it; ---, ___ and * * * are rules (a line of
    underscores is no blank to fill); a bare "-" under a label is an empty item of a template list, not a
    setext underline making the line above a heading of "-"."""
    from lintdoc.readers.text_reader import parse_text
    doc = parse_text("# Report\n\n## Architecture\n\n```\nUser -> API\n```\n\n___\n\n* * *\n\n## Next\n\n"
                     "**Highlights**:\n-\n-\n", "r.md", markdown=True)
    assert [(p.text, p.heading_level, "code" in p.flags) for p in doc.paragraphs[1:]] == [
        ("Architecture", 2, False), ("\ufffc", None, True), ("\ufffc", None, False), ("\ufffc", None, False),
        ("Next", 2, False), ("Highlights:", 2, False)]


def test_a_heading_over_a_code_block_is_not_empty_and_a_rule_is_no_blank(lint):
    found = {(f.rule, f.match) for f in lint("# Sprint report\n\n## Architecture\n\n```\nUser -> API -> DB\n```\n\n"
                                              "______________________\n\n## Progress\n\nShipped the login flow.\n",
                                              markdown=True)}
    assert not [f for f in found if f[0] == "placeholder-blank" or "Architecture" in f[1]], found
    found = {(f.rule, f.match) for f in lint("# Sprint report\n\n## Architecture\n\n## Progress\n\nShipped it.\n",
                                              markdown=True)}
    assert ("required-sections", "Architecture") in found


def test_a_pattern_opening_at_a_line_start_is_not_lost_after_an_object(lint):
    """^[^\\w\\n]{0,3}template from … must not start its match on the object line before it (and be dropped as
    crossing a paragraph edge): boilerplate patterns never span a line."""
    for before in ("---", "→"):
        found = {(f.rule, f.match) for f in lint(f"# Weekly Status\n\nShipped it.\n\n{before}\n\n*Template from Pink Castle Kit v1.0*\n",
                                                  markdown=True)}
        assert ("boilerplate-template-instruction", "Template from Pink Castle Kit v1.0") in found, before


def test_a_markdown_container_fence_is_syntax_and_its_title_is_text(tmp_path):
    """::: info 通知范围 … ::: (VuePress, Docusaurus): the colons are no doubled punctuation at a paragraph's
    start; the title and the content inside are text."""
    from conftest import lint_text
    md = "# 周报\n\n:::info 通知范围\n本周完成了接口开发。\n:::\n"
    path = tmp_path / "w.md"
    path.write_text(md, encoding="utf-8")
    assert [p.text for p in read_document(str(path)).paragraphs] == ["周报", "通知范围", "本周完成了接口开发。"]
    assert not [f for f in lint_text(md, markdown=True) if f.category == "punctuation"]


def test_a_typed_table_of_contents_takes_part_in_no_check():
    """A page copied with its 目錄 (title, leaders, a page or a chapter-page number) is contents, not text: its
    labels restarting at 1、 are no numbering break; a sentence ending in a sigh (习惯了......) is still text."""
    from conftest import lint_text
    from lintdoc.readers.toc import toc_line
    text = ("中程施政計畫\n\n目錄\n\n壹、 使命\n\n1、 現有計畫執行成效………………...........……………1-4\n\n"
            "1、 環境情勢分析…………………………….…….……1-9\n\n1、 策略績效目標 …………...…………...………...……1-11\n\n"
            "（一）反馈机制现状分析…………………………………………\n\n壹、 使命\n\n本府秉持便民原則，持續推動文書簡化。")
    assert not [f for f in lint_text(text) if f.category == "numbering"]
    assert toc_line("一、总体要求\t3") and toc_line("Introduction ........ iv") and toc_line("    （一）反馈机制现状分析…………7")
    for prose in ("铲屎久了也习惯了......", "同比增长……12%", "完成了……等工作", "第二季度完成目标……超额完成", "Name\t",
                  "Month: _________ 2025", "完成时间\t2024", "    完成了……等工作"):
        assert not toc_line(prose), prose


def test_inline_html_tags_in_markdown_are_markup():
    """<center>, <figure>, <img …> typed inside a list item are HTML the page renders, not a prompt in angle
    brackets; a template's <Project Name> still is."""
    from conftest import lint_text
    md = ("# Weekly news\n\n* **This week**\n    * Manuel presented the EXO-200 paper.\n    <center>\n    <figure>\n"
          "    <img src=\"imgs/energy.png\" style=\"width:54%\">\n    </figure>\n    </center>\n")
    assert not [f for f in lint_text(md, markdown=True) if f.category in ("placeholder", "unfilled-figure")]
    assert [f.match for f in lint_text("# Status\n\nProject: <Project Name>\n", markdown=True)
            if f.category == "placeholder"] == ["<Project Name>"]


def test_contents_whose_leaders_a_copy_lost_take_part_in_no_check():
    """A compilation's contents copied without leaders (2.县医疗保障局工作总结13, the page glued to the title): a run
    of numbered entries whose last numbers rise is contents, not a list the body's 一、 would sit under; numbered
    lines ending in figures that fall are text."""
    from conftest import lint_text
    from lintdoc.readers.toc import toc_run
    text = ("目录\n1.市医疗保障局上半年工作总结1\n2.市医疗保障局上半年工作总结和下半年工作安排13\n3.县医疗保障局上半年工作总结20\n"
            "4.县医疗保障局上半年工作总结28\n今年以来，我局坚持以人民健康为中心。\n一、上半年工作总结\n（一）聚焦党建引领\n1.深化理论学习。\n")
    assert not [f for f in lint_text(text) if f.category in ("numbering", "boilerplate")]
    assert toc_run(["1.市医保局工作总结5", "2.县医保局工作总结13", "3.区医保局工作总结20"]) == [0, 1, 2]
    assert toc_run(["1.参训人数120", "2.覆盖村庄35", "3.志愿者80"]) == []
    assert toc_run(["1.市医保局工作总结5", "2.县医保局工作总结13"]) == []


def test_a_lettered_list_in_plain_text_has_one_item_a_line():
    """a) b) d) on lines of their own after a lead-in are items (the gap at d) is then seen), as 1、 2、 are; a line
    that only wraps a sentence stays joined."""
    doc = parse_text("Status Report\n\nNext steps:\na) Finish the migration.\nb) Ship the beta.\n(c) Write the notes.\n"
                     "d. Review the plan.\n\nWe met the team and\nagreed on the plan.\n")
    assert [p.text for p in doc.paragraphs] == ["Status Report", "Next steps:", "a) Finish the migration.", "b) Ship the beta.",
                                                "(c) Write the notes.", "d. Review the plan.", "We met the team and\nagreed on the plan."]


def test_parenthesised_and_dotted_number_signs_open_items_in_plain_text():
    """⑴ ⑵ (U+2474…) and ⒈ ⒉ (U+2488…) after a lead-in ending in an ASCII colon are items of their own, as ① ② are."""
    lead = "我这次在建设银行的实习,所涉及的内容主要有会计业务、储蓄业务和信贷业务。下面,我将实习报告总结如下:"
    doc = parse_text(f"实习报告\n\n{lead}\n⑴会计业务\n对公业务的核算。\n⑵储蓄业务\n⒈柜员负责制\n")
    assert [p.text for p in doc.paragraphs][1:] == [lead, "⑴会计业务", "对公业务的核算。", "⑵储蓄业务", "⒈柜员负责制"]


def test_a_liquid_pages_output_tags_are_its_syntax():
    """A Jekyll page's Liquid output tags ({{ delivs | size }}, {{ d }}, {{ delivs[1] }}) are filled in when the
    site is built: no slots. In a page without Liquid's block tags, {{owner_name}} is a template's slot."""
    from conftest import lint_text
    page = ("# WP1 review\n\n{% include deliverables_slides.html %}\n\n{{ delivs | size }} deliverables were "
            "submitted.\n\n{% for d in delivs %}\n{{ d }}\n{% endfor %}\n\n### {{ delivs[1] }}\n")
    assert not [f for f in lint_text(page, markdown=True) if f.category == "placeholder"]
    assert [f.match for f in lint_text("# Weekly\n\nOwner: {{owner_name}}\n", markdown=True)
            if f.category == "placeholder"] == ["{{owner_name}}"]


def test_a_jekyll_page_naming_its_own_objects_is_liquid():
    """A page with front matter that names Jekyll's objects ({{ page.title }}, also inside an HTML block of
    slides) uses Liquid: those tags are syntax. Without front matter {{ page_title }} stays a slot."""
    from conftest import lint_text
    page = ("---\nlayout: slides\ntitle: \"Progress report for Oxford\"\nauthor: Dima Pasechnik\n---\n\n"
            "<section data-markdown>\n# {{ page.title }}\n\n{{ page.author }}, {{ page.period }}\n</section>\n")
    assert not [f for f in lint_text(page, markdown=True) if f.category == "placeholder"]
    assert [f.match for f in lint_text("# Weekly\n\nTitle: {{ page_title }}\n", markdown=True)
            if f.category == "placeholder"] == ["{{ page_title }}"]

"""Rule behaviour on real-looking drafts: what must fail, and what must pass."""
import pytest

from conftest import lint_text

LEFTOVER = {"placeholder", "unfilled-figure"}

TRAPS_ZH = """某些问题仍然存在，某种程度上影响了进度，某一环节需要加强。
采购x86服务器3台，计算效率提升2x，完成3×3矩阵测算。
医院新购X光机一台，职工活动室配备Xbox游戏机，数据采用XML格式交换。
详见第2.1节（Section 2.1），联系人邮箱 wang_li@example.cn，网址 https://example.gov.cn/xx/index.html。
函数 f(x) = 2x + 1 在区间上单调递增。"""

TRAPS_MD = """# Status

Revenue grew **12%** and __costs__ fell. See Section 2.1 and https://example.com/__init__/xx.

Builds on x86 are 2x faster; the 3×3 grid is done. Mail wang_li@example.cn.
"""


def leftovers(findings):
    return [(f.rule, f.match) for f in findings if f.category in LEFTOVER]


def test_precision_traps_raise_no_leftovers():
    assert leftovers(lint_text(TRAPS_ZH)) == []
    assert leftovers(lint_text(TRAPS_MD, markdown=True)) == []


def test_each_slot_reported_once_with_exact_match_and_offset():
    text = "标题\n\n同比增长**%，培训干部x名，由某某同志负责，20xx年完成。"
    found = [(f.category, f.match, f.offset) for f in lint_text(text) if f.category in LEFTOVER]
    body = text.split("\n\n")[1]
    assert found == [("unfilled-figure", "**", body.index("**")), ("unfilled-figure", "x", body.index("x名")),
                     ("placeholder", "某某", body.index("某某")), ("placeholder", "20xx", body.index("20xx"))]


@pytest.mark.parametrize("text,match", [
    ("区委*届*次全会", "*"), ("打造xx名片", "xx"), ("“”规划的开局之年", "“”"), ("Owner: [Name]", "[Name]"),
    ("预算：TBD", "TBD"), ("共计 人参加", " 人"), ("Revenue: $X.XM", "$X.XM")])
def test_leftover_forms(text, match):
    title = "Report" if text.isascii() else "标题"
    assert match in [f.match for f in lint_text(f"{title}\n\n{text}")]


def test_a_markdown_heading_typed_without_its_space_is_a_heading():
    assert leftovers(lint_text("# 总结\n\n##整体总结\n\n本学期完成了三项工作。\n", markdown=True)) == []
    assert leftovers(lint_text("总结\n\n##县理论武装工作按照要求开展。")) == [("placeholder-stars", "##")]


def test_bold_typed_into_plain_text_is_not_a_mask():
    bold = "周报\n\n**本周工作**：完成了登录模块。\n\n1. **完成接口开发**：联调通过。\n\n本周完成**接口**开发。"
    assert leftovers(lint_text(bold)) == []
    masks = "标题\n\n提升**区的外部形象。在人民网建立**区视频宣传平台。总投资**亿元，长**公里，**县**镇。"
    assert [m for _, m in leftovers(lint_text(masks))] == ["**"] * 6
    # one word masked again and again pairs up like bold, but each pair is followed by the masked word's rest
    party = "要点\n\n推进**员活动：组织开展各类**员活动，加强**员教育培训，提高**员队伍的凝聚力。"
    assert [m for _, m in leftovers(lint_text(party))] == ["**"] * 4
    # …or preceded by the word before it; and a pair that closes an enumeration's item with its comma
    workshop = "年度总结\n\n诸如溶剂不能及时**或不能主动及时**，为了增加产量而多投料。质量问题如结块、刀片、**发黄、**产量低等。"
    assert [m for _, m in leftovers(lint_text(workshop))] == ["**"] * 4
    counts = "气象年度总结\n\n发布决策短信***条次，约***万余条，建成四要素站**套。"     # a pair holding a measure word
    assert [m for _, m in leftovers(lint_text(counts))] == ["***", "***", "**"]
    assert leftovers(lint_text("周报\n\n本学期**期末考试**安排在1月。召开了**家长会**。")) == []      # bold, not masks
    # a leader's name masked twice in one sentence pairs like bold, but the second mask is followed by the title
    leader = "水利局半年总结\n\n县水利局坚持以***新时代中国特色社会主义思想为指导，深入学习***总书记重要讲话精神。"
    assert [m for _, m in leftovers(lint_text(leader))] == ["***", "***"]
    # bold headings whose lines were joined: a closing ** run into the next opening one; not masks in a row
    joined = "团支部工作计划\n\n**2024年医院团支部工作计划****一、指导思想**以新时代中国特色社会主义思想为指导。"
    assert leftovers(lint_text(joined)) == []
    assert [m for _, m in leftovers(lint_text("标题\n\n在年度****市共青团****街道的支持下开展活动。"))] == ["****"] * 2


def test_stars_between_a_word_and_the_mark_after_it_close_a_masked_word():
    """风景**、实力**、: stars cannot open a bold phrase there (Markdown's flanking rule), and a phrase in bold
    holds its quotes whole, so none of these pair up as bold; **“十四五”规划** and **本周工作：**完成 still do."""
    masks = "交通警察大队年度总结\n\n为**全面建设小康社会，构建“风景**、实力**、创新**、幸福**”平安县城。我叫***，现任***村党支部书记。"
    assert [m for _, m in leftovers(lint_text(masks))] == ["**"] * 5 + ["***"] * 2
    bold = "周报\n\n这是**“十四五”规划**的开局之年。\n\n**本周工作：**完成接口开发。\n\n**重点**、**难点**已明确。"
    assert leftovers(lint_text(bold)) == []


def test_emphasis_in_any_form_is_not_a_mask():
    for md in (True, False):
        title = "# 周报\n\n" if md else "周报\n\n"
        for text in ("本周*重点*是接口开发。", "***重点工作***：完成接口", "** 本周完成 **：接口", "说明：带*项为必填",
                     "- **工作中的不足？ ** 前端知识不熟悉。", "> **项目名称**: 企业知识库", "| **个人信息页** | 独立开发 |",
                     "**安全意识的盲区**。代码审查中发现了问题。"):
            assert leftovers(lint_text(title + text, markdown=md)) == [], (md, text)
    assert leftovers(lint_text("# 周报\n\n**本周完成\n接口开发**\n", markdown=True)) == []
    assert [m for _, m in leftovers(lint_text("标题\n\n召开区委*届三次全会，在*县召开现场会。"))] == ["*", "*"]
    assert [m for _, m in leftovers(lint_text("标题\n\n全乡** 村已完成，** 镇未完成。"))] == ["**", "**"]
    # emphasis inside a sentence marks a word: single stars a long stretch apart are two masks
    masks = "镇政府上半年工作总结\n\n成功引进了*农林科技发展有限公司投资500万元的*锦绣桃园基地。"
    for md in (True, False):
        assert [m for _, m in leftovers(lint_text(masks, markdown=md))] == ["*", "*"], md


def test_template_prompts_only_in_a_template():
    template = ("# Incident Report\n\nService: [Service Name]\n\nOwner: {{owner}}\n\nImpact: XX% of users\n\n"
                "## Summary\n\nDescribe customer impact and affected systems.\n\nFollow-up: [as needed]\n")
    got = [(f.rule, f.match) for f in lint_text(template, markdown=True) if f.rule == "placeholder-template-prompt"]
    assert got == [("placeholder-template-prompt", "Describe customer impact and affected systems."),
                   ("placeholder-template-prompt", "[as needed]")]
    filled = ("# Incident Report\n\nService: Checkout\n\nOwner: Li Wei\n\nImpact: 12% of users\n\n"
              "## Summary\n\nDescribe the fix to the on-call team on Monday.\n\nFollow-up: [as needed]\n")
    assert not [f for f in lint_text(filled, markdown=True) if f.rule == "placeholder-template-prompt"]


def test_a_template_example_line_is_one_finding_but_a_mask_inside_web_furniture_is_its_own():
    template = "Status Report for [Client Name]\n\nOwner: {{owner}}\n\nLaunch: TBD\n\n## Accomplishments\n\n"
    example = lint_text(template + "- ✅ [Example] Migrated the billing tables\n", markdown=True)
    assert [(f.category, f.match) for f in example if "Example" in f.match] == [("boilerplate", "[Example]")]
    teaser = lint_text("下面是小编为大家整理的2023某县科协工作总结，供大家参考。\n\n一、主要成绩\n\n举办培训3期。")
    assert {f.category for f in teaser} >= {"boilerplate", "placeholder"}


def test_title_year_only_in_title():
    assert [f.match for f in lint_text("区委宣传部年第一季度工作总结\n\n正文。") if f.rule == "placeholder-title-year"] == ["年"]
    assert not [f for f in lint_text("区委宣传部工作总结\n\n青年工作总结表彰会已召开。") if f.rule == "placeholder-title-year"]


# -- numbering -------------------------------------------------------------------------

def numbering(text, markdown=False):
    return [(f.match, f.message) for f in lint_text(text, markdown) if f.category == "numbering"]


def test_gap_duplicate_start_and_restart():
    text = ("标题\n\n二、主要成绩\n\n（一）学习\n\n（二）宣传\n\n（二）创建\n\n三、存在问题\n\n五、下一步打算\n\n"
            "（一）加强学习\n\n（二）改进作风\n\n一是抓好学习。\n\n（一）再次开始")
    got = numbering(text)
    assert [m for m, _ in got] == ["二、", "（二）", "五、", "（一）"]
    assert "缺少“四、”" in got[2][1] and "应从“一、”开始" in got[0][1]


def test_a_decimal_label_before_a_word_that_opens_with_a_unit_is_a_label():
    """3.1项目验收原则 is a section's number before its title (项目 is no count of items), as 2.1人员配置 and
    4.2分析 are; 3.2亿元, 1.5万人次 and 3.5分 stay quantities. A section numbered 2.2.1 under 2.2 opens right."""
    from lintdoc.outline import parse_label
    assert [parse_label(t).raw for t in ("3.1项目验收原则", "2.1人员配置", "4.2分析", "1.2年度计划")] == \
        ["3.1", "2.1", "4.2", "1.2"]
    assert [parse_label(t) for t in ("3.2亿元", "1.5万人次", "3.5分", "2.5小时")] == [None] * 4
    text = "项目验收报告\n\n1.项目基本情况\n\n内容。\n\n2.项目验收情况\n\n2.1项目验收原则\n\n审查文档的正确性。\n\n2.2项目验收情况汇总表\n\n" \
           "2.2.1网站模块及功能验收\n\n内容。\n\n2.2.2项目文档验收\n"
    assert not [f for f in lint_text(text) if f.category == "numbering"]


def test_a_markdown_bullet_heads_the_numbered_list_under_it():
    """A plan's schedule: - 第7周 (8.10 - 15, 2021) then 1. 2., - 第8-13周 (8.17 - 9.24, 2021) 共计5周半 then 1. again:
    each bullet heads its own list. A bullet that is a sentence heads nothing: 1. 2. / - 其他。 / 1. is reported."""
    plan = ("时间规划\n\n- 第7周 (8.10 - 15, 2021)\n1. 准备中期报告。\n2. 预留赶进度时间。\n\n"
            "- 第8-13周 (8.17 - 9.24, 2021) 共计5周半\n1. 进行图形界面的逻辑编写，实现刻录ISO功能。\n")
    assert not [f for f in lint_text(plan, markdown=True) if f.category == "numbering"]
    wrong = "工作总结\n\n1. 完成了需求分析。\n2. 完成了设计。\n\n- 另外还参加了两次技术分享会，收获很大。\n\n1. 完成了测试。\n"
    assert [f.match for f in lint_text(wrong, markdown=True) if f.category == "numbering"] == ["1."]


def test_a_date_range_opening_a_list_item_is_no_label():
    """- 7.18 - 7.24 and - 7.25 - 8.8 in a schedule are dates, not section numbers 7.18 and 7.25 out of sequence;
    3.1 项目概述 still is a label."""
    from lintdoc.outline import parse_label
    assert [parse_label(t) for t in ("7.18 - 7.24 完成需求", "8.9~8.21 测试", "7.25至8.8 开发")] == [None] * 3
    assert parse_label("3.1 项目概述").raw == "3.1"
    text = "开发计划\n\n- 7.18 - 7.24\n  - 完成需求\n- 7.25 - 8.8\n  - 完成开发\n- 8.9 - 8.21\n  - 测试\n"
    assert not [f for f in lint_text(text, markdown=True) if f.category == "numbering"]


def test_list_restarts_under_new_parent_and_after_intro_line():
    text = ("标题\n\n一、成绩\n\n（一）学习\n\n（二）宣传\n\n二、问题\n\n（一）不足\n\n"
            "下半年，我们将重点抓好以下工作：\n\n（一）加强学习\n\n（二）改进作风")
    assert numbering(text) == []
    # …or go on counting through the parts (一、 1、 2、 二、 3、): a draft numbered through
    through = "工作计划\n\n一、学习贯彻\n\n1、开展学习。\n\n2、参与社区服务。\n\n二、激发活力\n\n3、成立事务中心。\n\n4、开展志愿服务。"
    assert numbering(through) == []
    assert [m for m, _ in numbering(through.replace("3、成立", "4、成立").replace("4、开展志愿", "5、开展志愿"))] == ["4、"]


def test_a_short_sentence_under_an_item_is_no_new_parent():
    """A short unlabelled line may be a heading without a label, after which a list starts again (20xx年工作计划。
    (一)…); a sentence under an item (状态机模块负责解析并执行动作。) is not one, so 3.4.1 after it is a duplicate."""
    text = "报告\n\n3.4 状态机模块\n\n3.4.1 功能需求\n\n状态机模块负责解析请求并执行相应的动作。\n\n3.4.1 非功能需求"
    assert [m for m, _ in numbering(text)] == ["3.4.1"]
    plan = "标题\n\n一、成绩\n\n（一）学习\n\n（二）宣传\n\n20xx年工作计划。\n\n（一）加强学习\n\n（二）改进作风"
    assert numbering(plan) == []


def test_decimal_sections_may_open_a_chapter_at_n_0():
    text = ("标题\n\n3 系统设计\n\n3.1 开始界面\n\n3.2 战斗界面\n\n4 系统实现\n\n4.0程序系统的结构\n\n4.1 run类\n\n"
            "4.2 Map类")
    assert numbering(text) == []
    assert "重复" in numbering(text.replace("4.1 run", "4.0 run"))[0][1]     # twice is a duplicate
    assert [m for m, _ in numbering(text.replace("4 系统实现\n\n", ""))] == ["4.0"]     # no new chapter: backwards


def test_inline_ordinals_gap_and_nested_enumeration():
    assert [m for m, _ in numbering("标题\n\n一是加强学习；三是强化宣传。")] == ["三是"]
    nested = "标题\n\n一是抓学习。二是抓宣传：一是办讲座，二是出简报。三是抓创建。"
    assert numbering(nested) == []
    # 第一， after a comma opens the run its 第二， and 第三， continue; a ranking (全市第一，) opens none
    after_comma = "标题\n\n这样做优点如下，第一，不容易出错；第二，有阶段性成果；第三，思路清晰。"
    assert numbering(after_comma) == []
    assert [m for m, _ in numbering(after_comma.replace("第二，有", "第四，有").replace("第三，思路", "第五，思路"))] == ["第四"]
    assert numbering("标题\n\n考核获得全市第一，第二季度又获表彰。") == []
    # several levels or quarters named at once are no enumeration (第三、四级标题, 第一、二季度); an item is (第一，一定要…)
    assert numbering("撰写要求\n\n第二级标题序数前不留空格，第三、四级标题序数前要空两个汉字位置。") == []
    assert numbering("工作总结\n\n全年任务中，第一、二季度完成了六成，下半年完成其余部分。") == []
    assert numbering("工作总结\n\n有两点体会，第一，一定要加强学习；第二，注重方法。") == []
    # the first item in words (一个是…，二是…) opens the run its 二是 continues
    assert numbering("标题\n\nPaxos算法包含两个阶段：一个是Prepare阶段，二是Accept阶段。") == []


def test_ordinals_opening_their_paragraphs_head_the_lists_under_them():
    """第一、…： 1、2、3、 第二、…： 1、2、: the 第N items go on past the lists under them, and each heads a list of its own
    (a head nurse's self-appraisal); 第二 after such a list is no list starting at 第二."""
    text = ("护士长自我鉴定\n\n第一、学管理、懂管理、有创造性地开展工作，计划如下:\n\n1、调动科室的一切资源。\n\n"
            "2、要与时俱进创造性的开展工作。\n\n3、逐步探索量化考核标准。\n\n第二、护士长应具备以下几方面的职业素质:\n\n"
            "1、加强自身学习。\n\n2、做好管理。")
    assert numbering(text) == []
    assert [m for m, _ in numbering(text.replace("第二、护士长", "第三、护士长"))] == ["第三"]


def test_mixed_styles_and_hierarchy():
    got = numbering("标题\n\n1.学习\n\n2、宣传\n\n3.创建")
    assert [m for m, _ in got] == ["2、"]
    assert [m for m, _ in numbering("标题\n\n一、成绩\n\n1.学习\n\n（一）宣传")] == ["（一）"]
    # a list of higher rank after a finished list (1、–3、) is the text's next part, not the 3、's sub-list; the list
    # opened under the （一） is a list of its own, not a restart of the 1、–3、 (from a kindergarten's summary)
    next_part = "教研总结\n\n1、贯彻落实。\n\n2、扎实开展。\n\n3、认真研究。\n\n（一）常规工作。\n\n1、常规教学。\n\n2、幼儿活动。"
    assert numbering(next_part) == []
    # …nor is a writer's own order kept under each item (2. 主要函数 一、二、 3. 行为描述 一、), from a Word report
    scheme = "设计报告\n\n1.类图设计\n\n2.函数设计\n\n一、按帧更新\n\n二、密度更新\n\n3.行为描述\n\n一、初始化\n\n二、重置"
    assert numbering(scheme) == []
    # under a first item the higher rank is inverted (（一）重点工作 一、党风廉政建设 二、文明创建)
    assert [m for m, _ in numbering("年度总结\n\n（一）重点工作\n\n一、党风廉政建设\n\n二、文明创建")] == ["一、"]
    # two items in two styles: the one the document's other lists do not use (here 1．, not 2.)
    tie = "标题\n\n一、方法\n\n1．读取影像\n\n2.勾画轮廓\n\n二、结果\n\n1.准确率提高\n\n2.召回率提高"
    assert [m for m, _ in numbering(tie)] == ["1．"]


def test_a_decimal_label_that_moved_on_to_the_next_parent_starts_its_own_run():
    """7.1 after 6.3 opens chapter 7's sections (the chapter's own heading may be elsewhere or Word's); 1.1 after
    1.3 is a restart with no new parent."""
    assert not numbering("报告\n\n6.2 研究局限\n\n6.3 未来工作\n\n7.1 提示词\n\n7.2 模型输出")
    assert [m for m, _ in numbering("报告\n\n1.1 背景\n\n1.2 目标\n\n1.3 方案\n\n1.1 进度")] == ["1.1"]


def test_a_heading_may_start_with_a_year():
    text = ("区委宣传部2023年工作总结和2024年工作计划\n\n一、2023年工作情况\n\n完成了各项任务。\n\n二、存在的不足\n\n"
            "创新不够，队伍力量薄弱。\n\n四、2024年工作计划\n\n加强理论武装。")
    assert [m for m, _ in numbering(text)] == ["四、"]
    assert not [f for f in lint_text(text) if f.category in ("missing-section", "structure")]   # 2023年工作情况 is no plan
    items = "标题\n\n一、工作\n\n1、2023年重点工作\n\n2、2024年重点工作\n\n4、保障措施"
    assert [m for m, _ in numbering(items)] == ["4、"]
    paren = "标题\n\n一、工作\n\n1）加强学习\n\n2）创新方式\n\n2）强化考核"
    assert [m for m, _ in numbering(paren)] == ["2）"]


def test_a_higher_label_after_a_sub_list_closes_it():
    # an excerpt that opens inside item (一): its 6. and (二) start late, and nothing more; opening after a page
    # number alone (56), it is an excerpt whose late start is by design
    excerpt = "標題\n\n6. 擬訂實施計畫。\n\n(二)文書事務業務:\n\n1. 總收文13,157件。\n\n2. 召開會報24次。\n\n(三)國會聯繫業務\n\n1. 撰擬報告。"
    assert [m for m, _ in numbering(excerpt)] == ["6.", "(二)"]
    assert numbering(excerpt.replace("標題\n\n", "56\n\n")) == []
    # …and a text that opens in the middle of an enumeration run into its paragraphs (……权益。五是开展职工技能培训。)
    assert numbering("进一步维护职工劳动安全权益。五是开展职工技能培训。六是做好困难职工帮扶。") == []
    assert [m for m, _ in numbering("工会工作总结\n\n今年工会主要做了以下工作。二是开展职工技能培训。")] == ["二是"]
    assert [m for m, _ in numbering("标题\n\n一、成绩\n\n1.学习\n\n（一）宣传")] == ["（一）"]   # still out of place


def test_markdown_numbering_by_kind_of_line():
    # headings and the list items under them are two lists; 1. 1. 1. is Markdown's own numbering
    doc = ("# Report\n\n## 1. Activity\n\nDone.\n\n## 2. Retrospective\n\n1. Appreciations\n2. Successes\n3. Failures\n\n"
           "## 3. Next Steps\n\n1. Fix the build\n1. Ship 2.8\n1. Write the notes\n")
    assert numbering(doc, markdown=True) == []
    assert [m for m, _ in numbering("# Report\n\n1. One\n2. Two\n2. Three\n", markdown=True)] == ["2."]
    levels = "# 总结\n\n## 1. 并发\n\n### 1. asyncio\n\n内容。\n\n## 2. 实用方法\n\n### 1. 调试\n\n内容。\n\n## 3. 下一步\n"
    assert [m for m, _ in numbering(levels, markdown=True)] == []
    roman = "# Weekly Report\n\n# I. Overview\n\ntext\n\n# II. Work Done\n\n## A. Docs\n\n## B. Code\n\n# III. Next Week\n\n# V. Notes\n"
    assert [m for m, _ in numbering(roman, markdown=True)] == ["V."]


def test_a_markdown_list_nested_in_an_item_is_a_list_of_its_own():
    doc = ("# Weekly Update\n\n1. **Hours this week**\n  - 6 hours\n\n2. **Breakdown:**\n   1. Writing, 4 hours\n"
           "   2. Research, 2 hours\n\n3. **What did you accomplish?**\n   1. Feedback to classmates\n")
    assert numbering(doc, markdown=True) == []
    assert [m for m, _ in numbering(doc.replace("3. **What", "5. **What"), markdown=True)] == ["5."]


def test_quantities_at_a_paragraph_start_are_not_labels():
    text = ("标题\n\n一、主要成绩\n\n1.5万人次参加了宣讲活动。\n\n3.2亿元项目资金全部到位。\n\n2.5小时的专题辅导。\n\n"
            "1.1加强学习\n\n1.3创新方式")
    assert [m for m, _ in numbering(text)] == ["1.3"]
    # a list in the other form inside an item: 1. 2. under 2、, then the list's 3、
    report = ("实习报告\n\n一、总结\n\n1、本人承担的主要工作\n\n负责水准测量。\n\n2、遇到的问题及解决办法\n\n"
              "1.水准仪超限，更换仪器。\n\n2.山地通视差，调整测站。\n\n3、体会与收获\n\n4、意见与建议")
    assert numbering(report) == []
    assert [m for m, _ in numbering(report.replace("3、体会", "5、体会"))] == ["5、"]
    # …also with the item's text between: the item is a heading of its own (2、神经网络方面), not a sentence
    # a text that opens with its item 6. is an excerpt of a longer one, not a list opening at 6
    assert numbering("6. 拟订电话礼貌测试计划。\n\n7. 办理测试。\n\n(二)文书事务业务") == []
    servers = "周报\n\n五台服务器以lx-srv-X命名：\n\n1为主节点。\n\n2, 3为爬虫节点。\n\n4, 5为hadoop从节点。"
    assert numbering(servers) == []


def test_lists_under_an_item_that_heads_its_own_text_are_inside_it(tmp_path):
    """2、神经网络方面 is a heading over its own text: the 1. 2. 3. lists after it (with a line between) are inside the
    item, and 3、 goes on from 2、; after an item that is a sentence, the same 1. would be the list written two ways."""
    from conftest import lint_file
    from docx import Document
    lines = ["结题报告", "1、俄罗斯方块游戏模块", "2、神经网络方面", "nether：函数成员：",
             "1.构造函数double inn[200]，用于存放输入数据；2.构造函数double w[200]，存放权值；",
             "3.构造函数double outt，构造一个double型变量；", "4.函数double cal()，作为神经元的功能函数；", "net：数据成员：",
             "1.double *inn", "2.nether ne1[200]，构造一个nether类；", "3.nether ne2[34]，构造一个nether类；", "函数成员：",
             "1.net()，给随机数赋值；", "2.void cal()，功能函数；", "3.void setinn(double *p)，给net1和net2中的inn赋值", "3、难点和算法"]
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(tmp_path / "report.docx")
    assert not [f for f in lint_file(tmp_path / "report.docx") if f.category == "numbering"]


def test_an_item_reported_missing_that_turns_up_late_is_one_defect():
    swapped = numbering("标题\n\n一是加强学习；二是创新方式；四是强化考核；三是健全机制。")
    assert [m for m, _ in swapped] == ["四是"]
    blocks = numbering("标题\n\n一、学习\n\n二、宣传\n\n四、队伍\n\n三、机制\n\n五、保障")
    assert [m for m, _ in blocks] == ["四、"]
    back = numbering("标题\n\n一是加强学习；二是创新方式；三是强化考核；二是健全机制。")
    assert [m for m, _ in back] == ["二是"]


def test_lines_of_a_word_paragraph_split_by_line_breaks_are_list_items(tmp_path):
    """A weekly e-mail pasted into Word: a lead-in and its first item in one paragraph, an item and the
    next list's lead-in in another (line breaks, not paragraphs)."""
    from docx_fixtures import new_document, raw_paragraph, run
    from conftest import lint_file
    br = "<w:r><w:br/></w:r>"
    doc = new_document()
    doc.add_paragraph("实习周报")
    raw_paragraph(doc, run("本周主要工作（5.17-5.21）：") + br + run("1. 熟悉驾驶舱项目架构 1d"))
    doc.add_paragraph("2. 给商家列表添加搜索缓存 1d")
    raw_paragraph(doc, run("3. 审查自己写的代码 1d") + br + br + run("下周工作计划："))
    doc.add_paragraph("1. 惠聚客推广页面接口联调")
    doc.add_paragraph("3. 页面搭建工具测试跟进")
    doc.save(tmp_path / "weekly.docx")
    got = [(f.match, f.context[f.offset:f.offset + 2]) for f in lint_file(tmp_path / "weekly.docx")
           if f.category == "numbering"]
    assert got == [("3.", "3.")]          # only the real gap: 1. then 3. in the second list


def test_ascii_brackets_in_a_chinese_text_file_only_around_chinese():
    """In a text file that writes （） elsewhere, (软件分析) is a slip; (type) and (ROI) are the writer's choice."""
    text = ("2024年工作总结\n\n全年完成静态代码检测（工具开发）和动态检测(软件分析)。\n\n"
            "理解了消息类型(type)和投资回报率(ROI)的口径（按季度）。")
    got = [f.match for f in lint_text(text) if f.rule == "punct-ascii-in-chinese"]
    assert got == ["(", ")"]


def test_mixed_styles_reported_on_the_odd_one_out():
    got = numbering("标题\n\n1．实践地点：北京\n\n2. 实践对象：高一师生\n\n3. 实践时间：寒假")
    assert [m for m, _ in got] == ["1．"]
    tie = numbering("标题\n\n1.学习\n\n2、宣传")
    assert [m for m, _ in tie] == ["2、"]


def test_a_label_typed_without_its_mark_is_found_after_its_body():
    text = ("测试报告\n\n1.测试范围\n\n本次测试覆盖全部模块。\n\n2.测试环境\n\n服务器两台。\n\n"
            "3缺陷的统计与分析\n\n共发现缺陷12个。\n\n其中严重缺陷2个。\n\n4.测试结论")
    assert [m for m, _ in numbering(text)] == ["3"]


def test_blanks_in_a_sign_off_table_are_for_a_hand(tmp_path):
    md = ("# Project Closure Report\n\n| Role | Name | Signature | Date |\n|---|---|---|---|\n"
          "| Project Sponsor | Ashley Kissinger | __________ | ________ |\n\n"
          "| Task | Owner | Date |\n|---|---|---|\n| Deploy | Li Wei | ______ |\n")
    got = [f.context for f in lint_text(md, markdown=True) if f.rule == "placeholder-blank"]
    assert got == ["| Deploy | Li Wei | ______ |"]     # the date still to fill in a task table, not the sign-off's
    from docx import Document
    from conftest import lint_file
    doc = Document()
    doc.add_paragraph("项目结题报告")
    table = doc.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("负责人", "签字", "日期")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("王丽", "________", "________")):
        cell.text = text
    doc.save(tmp_path / "form.docx")
    assert not [f for f in lint_file(tmp_path / "form.docx") if f.rule == "placeholder-blank"]


def test_a_numbered_name_of_a_long_series_is_no_stand_in(tmp_path):
    """A plan's task table numbers its tasks and milestones past nine (任务1 … 任务10, 里程碑1 …) and cites them:
    names, not a template's stand-ins; a template's 任务1 任务2 still are."""
    from docx import Document
    from conftest import lint_file
    doc = Document()
    doc.add_paragraph("项目计划书")
    table = doc.add_table(rows=10, cols=4)
    for n, row in enumerate(table.rows, 1):
        for cell, text in zip(row.cells, (f"2024年4月{n}日", "杨昆龙", f"里程碑{n}", f"任务{n}")):
            cell.text = text
    doc.save(tmp_path / "plan.docx")
    assert not [f for f in lint_file(tmp_path / "plan.docx") if f.rule == "placeholder-stand-in"]
    template = "周报模板\n\n本周任务\n\n- [ ] 任务1\n- [ ] 任务2\n"
    assert [f.match for f in lint_text(template, markdown=True) if f.rule == "placeholder-stand-in"] == ["任务1", "任务2"]


def test_a_list_typed_inside_one_table_cell_is_checked_within_the_cell(tmp_path):
    """A form's cell holding a whole part (研究内容: ①②③⑥⑤): its list's break is reported; a table whose cells
    number its rows one cell at a time (（2） alone in the second row's cell), and a cell's 1. over its own 1. 2.,
    are not lists that break."""
    from docx import Document
    from conftest import lint_file
    doc = Document()
    doc.add_paragraph("大学生创新训练项目申报书")
    table = doc.add_table(rows=3, cols=2)
    table.rows[0].cells[0].text = "研究内容"
    cell = table.rows[0].cells[1]
    cell.text = "主要研究以下问题："
    for text in ("①卫星三维模型的显示；", "②数据的实时监测；", "③界面优化；", "⑥用户权限设置；"):
        cell.add_paragraph(text)
    table.rows[1].cells[0].text = "（1）"
    table.rows[1].cells[1].text = "需求分析"
    table.rows[2].cells[0].text = "（2）"
    table.rows[2].cells[1].text = "系统设计"
    other = doc.add_table(rows=1, cols=1).rows[0].cells[0]
    other.text = "1.前端测试"
    for text in ("1.兼容主流浏览器；", "2.页面加载时间。"):
        other.add_paragraph(text)
    doc.save(tmp_path / "form.docx")
    got = [f.match for f in lint_file(tmp_path / "form.docx") if f.category == "numbering"]
    assert got == ["⑥"]


def test_code_pasted_as_paragraphs_takes_part_in_no_prose_rule(tmp_path):
    """A report with code pasted as ordinary paragraphs: its quotes are the language's; the prose's are not."""
    code = ['school_alias = {', '    "ZUA": "郑州航空工业管理学院",', '    "郑航": "郑州航空工业管理学院",', '}',
            'type Bird struct {', '  Kind string `json:"类型"`', '}', 'st.title("小航 · 校园信息助手")',
            '    new_qs = ["报到流程是什么？","学费怎么缴纳？"]']
    prose = ['实习报告', '本周完成了"校园助手"的开发，代码如下：'] + code + ['下周继续完善"问答"功能。']
    from docx import Document
    from conftest import lint_file
    doc = Document()
    for line in prose:
        doc.add_paragraph(line)
    doc.save(tmp_path / "code.docx")
    quoted = [f.context for f in lint_file(tmp_path / "code.docx") if f.rule == "punct-straight-quote"]
    assert set(quoted) == {prose[1], prose[-1]}


def test_code_pasted_from_a_web_page_keeps_no_break_spaces_and_is_still_code(tmp_path):
    """Code copied from a browser into Word has no-break spaces for its spaces and indentation."""
    nb = "\xa0"
    code = [f"model{nb}={nb}dict(", f"{nb * 4}backbone=dict(", f"{nb * 8}depth=50,", f"{nb * 8}init_cfg=dict(type='Pretrained')),",
            f"{nb * 4}neck=dict(", f"{nb * 8}num_outs=5))"]
    prose = ["实习中期报告", "模型配置如下（见附件(1)：", *code, "训练结果见表2-1。"]
    from docx import Document
    from conftest import lint_file
    doc = Document()
    for line in prose:
        doc.add_paragraph(line)
    doc.save(tmp_path / "nbsp.docx")
    unpaired = [f.context for f in lint_file(tmp_path / "nbsp.docx") if f.rule == "punct-unpaired"]
    assert unpaired == [prose[1]]


def _punctuation_contexts(tmp_path, lines) -> set:
    """The paragraphs with a punctuation finding in a .docx made of `lines`, one paragraph each."""
    from docx import Document
    from conftest import lint_file
    doc = Document()
    for line in lines:
        doc.add_paragraph(line)
    doc.save(tmp_path / "pasted.docx")
    return {f.context for f in lint_file(tmp_path / "pasted.docx") if f.category == "punctuation"}


def test_spring_and_jquery_pasted_into_word_are_code(tmp_path):
    """A course report's Spring controller and jQuery call: annotations, declarations led by their modifiers or
    annotations, a generic type, a comment between two declarations, an object literal's keys. The prose around
    them (a slip of an ASCII bracket around Chinese) is still checked; an English sentence is no declaration."""
    code = ['@PostMapping("/login")', '    public Map login(@RequestParam(value = "username") String username,',
            '                        @RequestParam(value = "password") String password) {',
            '        Map<String, String> map = new HashMap<>();', '    private String username;',
            '    //线程安全的无序集合,用一个集合保存当前所有连接',
            '    private static CopyOnWriteArraySet<Websocket> websockets = new CopyOnWriteArraySet<>();',
            '        $.ajax({', '            url: "/upload",', '            type: "POST",', '}while(退出命令)']
    prose = ["网页聊天室结题报告", "核心代码如下(登录接口)：", *code, "以上代码实现了登录功能。"]
    assert _punctuation_contexts(tmp_path, prose) == {prose[1]}
    from lintdoc.readers.code_lines import code_shaped
    assert not any(code_shaped(t) for t in ("private sector partners joined;", "Goal: \"ship it\",",
                                             "Public outreach reached 300 people (see table);"))
    assert code_shaped("\xa0 }, [searchText, rows]);")       # a React hook's dependencies closing its call
    assert not code_shaped("}, and the team (all five of us) agreed;")


def test_cpp_sql_xml_and_docstrings_pasted_into_word_are_code(tmp_path):
    """Course reports paste C++ with Chinese comments after the statement, a MySQL table (its closing `) ;` too), a
    Markdown fence, a Qt .ui file and Python docstrings as paragraphs: their quotes and brackets are the language's.
    The prose around them is checked."""
    code = ['\tm_test.Replace("π","3.1415926");  //把输入的"π"用3.1415926替换', '\t\t\t\ts2.push(m_string);   //如果碰到")"',
            '}                //如果碰到")"', 'CCount::~CCount()', "  `active_id` char(13) NOT NULL COMMENT '活动编号',",
            "  `address` varchar(64) DEFAULT NULL COMMENT '联系地址',", "  PRIMARY KEY (`id`)", ") ;", "```python",
            "    screen.blit(penguin.scene, (0, 0))", "    elif penguin.scene == 'start':  draw1()", "        else:  draw7()",
            '     <layout class="QHBoxLayout" name="horizontalLayout_2">', "def on_key_down(key):",
            "    '''处理键盘的信号'''", "    MateralIndex WaterRed = fluid.addMateral(", "        new Materal(",
            "            1.0f,  1000.f,        //水的参数", "            glm::vec3(1, 0.5, 0.5)  //颜色", "    ));// 红色的水",
            '<textarea id="feedback" placeholder="请输入反馈意见..."></textarea>']
    prose = ["社团管理系统实训报告", "核心代码如下(节选)：", *code, "以上代码实现了计算功能。"]
    assert _punctuation_contexts(tmp_path, prose) == {prose[1]}
    from lintdoc.readers.code_lines import code_shaped
    assert not any(code_shaped(t) for t in ("Start date default is Monday", "Due date TBD", "学生 int 类型的字段",
                                             "详见官网 http://www.example.com/a 的说明。", "）；", "(完成)", "```很好```",
                                             "if needed: restart the service", "If approved: submit(form) today.",
                                             "张三, 李四,", "Alice, Bob,"))


def test_cpp_streams_and_declarations_pasted_into_word_are_code(tmp_path):
    """A course report pastes C++ whose lines are stream statements, declarations of built-in, qualified and pointer
    types, function declarations and lone semicolons, with Chinese in their strings and comments: code, not prose.
    English list items ending in a semicolon stay prose."""
    code = ['\tstd::cout << "请输入您的学号(工号): ";', '    std::cout << "学号(工号)或密码错误! 重新输入? \\n";',
            'extern std::vector<User*> users;   // 所有用户基类指针.', '    User* user;     // 当前登录的用户.',
            '    bool is_optional_;                          // 是否任选(非任选则必限)',
            'bool ValidPassword(std::string password);   // 判断密码是否符合标准.(数字, 字母)',
            '    void print() { std::cout << name_ << "老师" << std::endl; }', '        ;',
            'login:              // 登录标签.', '    Token tmp;\t\t// 获取登录信息的令牌.', '    user->print();  // 显示用户基本信息.']
    prose = ["学生成绩管理系统课程设计报告", "主要代码如下(节选)：", *code, "以上代码实现了登录功能。"]
    assert _punctuation_contexts(tmp_path, prose) == {prose[1]}
    from lintdoc.readers.code_lines import code_shaped
    assert not any(code_shaped(t) for t in ("Budget approved;", "Meeting with Bob (Monday);", "Status: done",
                                             "We reached 300 people << more than planned;"))


def test_javadoc_android_layouts_box_diagrams_and_folder_trees_are_code(tmp_path):
    """An Android course report pastes a Javadoc comment (its Chinese lines between /** and */) and a layout element
    whose attributes stand on lines of their own; a design pastes a box diagram and a project's folder tree. A tree
    of report items (├── Subscription (Tier 1): $X (X%)) is text: its leftovers are reported."""
    code = ["/**\n * get请求\n * @param message ：发送的话\n * @return：数据\n */",
            '    <EditText\n        android:id="@+id/sr"\n        android:textSize="30dp"/>',
            "┌──────────────┐\n│ 前端 (Vue组件) │\n└──────┬───────┘",
            "├── static/                  # 静态文件 (CSS, JavaScript, 图片等)"]
    prose = ["聊天机器人实训报告", "关键代码如下(节选)：", *code, "以上代码实现了发送功能。"]
    assert _punctuation_contexts(tmp_path, prose) == {prose[1]}
    # (an indented line after code, between code or ending a block, is code: return True, an elided body)
    python = ["人脸识别实训报告", "核心代码：", "    def add_face(self, name):", "        self.names.append(name)",
              "        return True", "    def load_database(self, db_path=None):", "        ...", "以上为人脸库的管理。",
              # (a C function's header alone and a call going on after its first arguments)
              "int alg_NF(int pid , Block** last)", "{", '\t\t\tprintf("[%d-%d] 大小:%d 占用 (进程%d)\\n",',
              "\t\t\t\tp->start, p->size, p->pid);", "}"]
    from docx import Document
    from conftest import lint_file
    doc = Document()
    for line in python:
        doc.add_paragraph(line)
    doc.save(tmp_path / "py.docx")
    assert not [f for f in lint_file(tmp_path / "py.docx") if f.category in ("placeholder", "punctuation")]
    from lintdoc.readers.code_lines import code_shaped
    assert not code_shaped("Progress Report (insert date here)")     # a title with its prompt, not a function
    tree = "# Investor Update\n\n## Revenue\n\n├── Subscription (Tier 1): $X (X%)\n└── Professional Services: $X (X%)\n"
    assert [f.match for f in lint_text(tree, markdown=True) if f.category == "unfilled-figure"]


def test_a_symbol_of_a_models_notation_or_an_index_is_a_label_before_its_colon():
    text = ("高铁快运基地选址实训报告\n\n本报告给出模型的符号，全文使用全角标点：逗号，冒号：\n\n• sat_k ≥ 0: 连续变量，表示满足的货流量。\n\n"
            "• C ⊂ V: 具备建设条件的备选站点集合。\n\n1-3:能够运用工程基础知识解决问题。\n\n• 编程语言环境: Python 3.10\n")
    found = [f.context[:8] for f in lint_text(text) if f.rule == "punct-ascii-in-chinese"]
    assert found == ["• 编程语言环境"]


def test_a_date_format_as_a_fields_value_in_backticks_is_a_stand_in():
    md = "# Stock 周报模板\n\n- 周期: `YYYY-MM-DD ~ YYYY-MM-DD`\n\n接口返回日期格式为 `YYYY-MM-DD` 的字符串。\n"
    assert [f.match for f in lint_text(md, markdown=True) if f.rule == "placeholder-date"] == ["YYYY-MM-DD", "YYYY-MM-DD"]


def test_a_book_numbered_in_lenticular_brackets_is_a_reference():
    text = ("聊天机器人实训报告\n\n参考文献\n\n【1】《Android移动开发基础案例教程》黑马程序员编著.北京:人民邮电出版社.2017\n\n"
            "【2】张三.数据库原理.北京:清华大学出版社,2019.\n")
    assert not [f for f in lint_text(text) if f.category == "punctuation"]
    note = "实训报告\n\n【1】本周完成了登录模块.北京:天气晴.\n"     # a numbered note, no publisher and year
    assert [f for f in lint_text(note) if f.category == "punctuation"]
    # (an entry numbered under a labelled 参考文献 line, whatever its form: a blog post with its author's handle)
    blog = "实验报告\n\n六、参考文献\n\n[1] weixin_42572273. 内存分配算法实现---首次适应、循环首次适应\n"
    assert not [f for f in lint_text(blog) if f.category == "punctuation"]


def test_entries_under_a_qualified_or_numbered_references_heading_are_references():
    """A proposal's 八、主要参考文献, a thesis's 1.1 参考资料, an English report's V. References: the numbered entries
    under them are a bibliography whatever their form (张艳艳.论……现象.理论观察.2014,06 has no [J] nor a year after a
    comma), so its ASCII full stops are no prose; a task line that names references opens no list."""
    entry = "[5] 张艳艳.论公益志愿活动精神救助匮乏现象及改进措施.理论观察.2014,06\n"
    for heading in ("八、主要参考文献", "1.1 参考资料", "7.主要参考文献。"):
        text = f"开题报告\n\n本课题研究公益网站的用户模块。\n\n{heading}\n\n{entry}"
        assert not [f for f in lint_text(text) if f.category == "punctuation"], heading
    task = "周报\n\n本周完成了用户模块。\n\n2、整理参考文献的顺序\n\n" + entry
    assert [f for f in lint_text(task) if f.category == "punctuation"]


def test_a_list_whose_first_item_ran_on_after_a_form_label_is_a_new_list():
    """A weekly form: 本周学习情况：  1.… 2.…, then 下周计划：1.… 2.…; the second 2. is the new list's, not a
    duplicate."""
    form = ("学习周报\n\n本周学习情况详细描述：  1.这周一到周五都在补高数；\n\n2.周五考完后继续学习C语言。\n\n"
            "下周计划：1.恢复C语言的常态化学习;\n\n2.写代码时注意细节问题。")
    assert not numbering(form)
    assert [m for m, _ in numbering("周报\n\n1.学习链表\n\n2.学习数组\n\n2.学习位运算")] == ["2."]


def test_items_that_ran_together_in_one_paragraph_fill_the_gap_they_seem_to_leave():
    """A web page joins a list's items into one paragraph (1、…。2、…。7、…), then 8、 stands alone: no gap. Items that
    did not run on are still missing, counted from the last that did; the in-paragraph ordinals are read as written."""
    plan = "学校工作计划\n\n一、指导思想\n\n以科学发展观统领学校工作全局。\n\n二、主要工作目标\n\n"
    ran = "1、加强新课程改革。以新课程理念为先导。2、加强教学常规管理。3、加强教研组建设。4、抓好毕业班工作。"
    assert not numbering(plan + ran + "\n\n5、继续加强后勤服务管理。")
    found = numbering(plan + "1、加强新课程改革。2、加强教学常规管理。\n\n5、继续加强后勤服务管理。")
    assert [m for m, _ in found] == ["5、"] and "3、" in found[0][1]
    assert [m for m, _ in numbering("工作总结\n\n一是加强学习。二是强化宣传。四是组织活动。三是开展服务。")] == ["四是"]


def test_a_run_nested_in_an_item_is_no_restart_when_the_list_goes_on():
    """A table flattened into text: item 7.'s cell holds its own 1., then 8. goes on; the 1. was a run nested in the
    item, not a restart. A restart that nothing takes up again is still reported; so is a ROC year after a label
    (7.105年度…), which opens an item as 7. does."""
    nested = ("教育優先區計畫執行成果\n\n1.全縣說明會是否派員與會。\n\n2.學校執行計畫之人力組織。\n\n3.申請程序。\n\n4.依計畫確實辦理。\n\n5.各補助項目經費確實用於原來申請補助之對象。\n\n6.能夠提出相關配套措施。\n\n7.105年度補助項目經費至11月30日止執行率達80%以上。\n\n"
              "1.發展學校特色—烏克麗麗的部分，執行率83.3%。\n\n8.104年度補助項目是否於計劃規定時程執行完畢。\n\n9.公文處理之配合度。")
    assert not numbering(nested)
    assert [m for m, _ in numbering("工作总结\n\n1.学习理论。\n\n2.开展培训。\n\n1.完成宣传。\n\n2.组织活动。")] == ["1."]


def test_a_document_sites_page_numbers_are_boilerplate():
    """A site shows a text in pieces numbered 1、 2、 3、, cut wherever the page ends (……放在 / 2、首位，……): the numbers
    are its, each reported; a list whose long items end with a full stop, or whose items are short, is the writer's."""
    body = "今年以来，全镇各级妇联组织认真学习贯彻党的二十大精神，广泛开展巾帼建功活动，积极引导广大妇女投身乡村振兴。" * 4
    pages = (f"乡镇妇联工作总结\n\n1、乡镇2023年度妇联工作总结{body}我们把提高妇女政治素养的教育放在\n\n"
             f"2、首位，在3月份组织妇女同志学习法律法规。{body}组织开展了“防控疫情法治同行”国家安全教育日宣传活动，开展\n\n"
             f"3、了防灾减灾主题日宣传活动。{body}")
    found = [f for f in lint_text(pages) if f.rule == "boilerplate-page-chunk"]
    assert [f.match for f in found] == ["1、", "2、", "3、"]
    listed = f"工作总结\n\n1、加强理论学习。{body}\n\n2、开展专题培训。{body}\n\n3、完善考核机制。{body}"
    short = "工作要点\n\n1、加强理论学习\n\n2、开展专题培训\n\n3、完善考核机制"
    # short headings over long parts, a part ending in a line with no stop (a code line, a table row): still a list
    code = "for (int i = 0; i < rows; i++) { grid[i] = 0 }"
    headed = f"结题报告\n\n1、游戏模块\n\n{body}\n\n{code}\n\n2、神经网络方面\n\n{body}\n\n{code}\n\n3、难点和算法\n\n{body}"
    assert not [f for text in (listed, short, headed) for f in lint_text(text) if f.rule == "boilerplate-page-chunk"]
    # …and no list: an enumeration a page cut goes on in the next piece (……一是加强学习 / 2、队伍建设。二是……)
    ordinals = (f"乡镇工作总结\n\n1、乡镇2023年度工作总结{body}一是加强学习，提升能力。{body}工作中还存在一些问题，如\n\n"
                f"2、队伍建设有待加强。二是完善制度，规范管理。{body}")
    assert not numbering(ordinals)


def test_a_scoring_legend_is_no_outline():
    """An OKR template's legend (1.0, 0.7, 0.3, 0.0) lists scores, not sections 1.0 and 0.7."""
    legend = ("# Quarterly OKRs\n\n## Scoring\n\n- **1.0 (🟢)**: Fully achieved\n- **0.7 (🟡)**: Significant progress\n"
              "- **0.3 (🟠)**: Some progress\n- **0.0 (🔴)**: No progress\n")
    assert not numbering(legend, markdown=True)


def test_a_date_left_as_blanks_is_one_slot():
    """____年__月__日 and __/__/____ are one date to fill in, reported once, not as a year, a month and a day."""
    for text, date in (("工作总结\n\n本人于____年__月__日入职，负责财务工作。", "____年__月__日"),
                       ("Status Report\n\nThe project started on __/__/____ and is on track.", "__/__/____"),
                       ("Status Report\n\nGrant Period: _____/______/______to ____/_____/______", "_____/______/______to ____/_____/______")):
        found = [f for f in lint_text(text) if f.category in ("placeholder", "unfilled-figure")]
        assert [(f.rule, f.match) for f in found] == [("placeholder-date-blank", date)]


def test_a_text_opening_in_the_middle_of_an_enumeration_is_an_excerpt():
    """An excerpt opening with ……。五是开展…… has lost its first items: a list of another form opening later at （三）
    is its continuation, not a wrong start; a full text's （三） is still reported."""
    excerpt = "进一步维护职工权益。五是开展职工技能培训。六是弘扬劳模精神。\n\n（三）履行工会组织的基本职责。\n\n（四）推动工会改革。"
    assert not numbering(excerpt)
    assert [m for m, _ in numbering("工会工作总结\n\n今年以来工会各项工作稳步推进。\n\n（三）履行工会组织的基本职责。")] == ["（三）"]
    # a heading run into the text by a web page: its 一是 follows a word, and the 二是 after it is no wrong start
    assert not numbering("信息公开工作总结\n\n（一）强化组织领导，完善工作机制一是领导高度重视。成立领导小组。二是制度不断完善。")
    assert [m for m, _ in numbering("信息公开工作总结\n\n（一）强化组织领导。成立领导小组。二是制度不断完善。")] == ["二是"]


def test_an_outer_list_goes_on_after_the_runs_nested_in_its_items():
    """A test report: （1）登录测试, its steps （1）… （2）… and expected results 预期结果：（1）… （2）… (the first run on
    after the form's label, going on in the next line), then （2）修改密码测试: the outer list's second item. A list
    under a heading of its own that repeats a number is still reported."""
    report = ("社团管理系统实训报告\n\n（1）登录用例测试\n\n测试数据：用户账号和密码。\n\n（1）选择对应的登录身份。\n\n（2）点击登录按钮。\n\n"
              "（3）跳转到首页。\n\n预期结果：（1）如果没有输入帐号，\n\n提示请输入帐号\n\n（2）登录成功后跳转。\n\n"
              "（2）修改密码用例测试\n\n测试数据：初始密码。\n\n（1）输入初始密码。\n\n（2）单击确定按钮上传。\n\n（3）修改个人信息测试\n")
    assert not numbering(report)
    weekly = "# 个人周报\n\n## 本周工作\n\n1. 搭建了个人博客\n2. 学习了java\n\n## 下周安排\n\n1. 学习JavaWeb\n2. 学习MySQL\n3. 准备六级\n3. 完善博客\n"
    assert [m for m, _ in numbering(weekly, markdown=True)] == ["3."]


def test_java_pasted_into_word_with_tabs_is_code(tmp_path):
    """Java in a course-design summary: typed declarations, calls on indexed names and their last lines,
    comments. A Chinese list item that ends in a bracket and a semicolon is still prose."""
    code = ['\t\tJMenuItem equipV = new JMenuItem("装备");', '\t\t\t\tgotowar[index].setLabel("已上阵");',
            "\t\t// 弹出确认框 选中“是”返回0,选中“否”返回 1",
            '\t\t\tint n = JOptionPane.showConfirmDialog(null, name + " 想要加入你的队伍！",',
            '\t\t\t\t\t"新成员", JOptionPane.YES_NO_OPTION, newmember.image);']
    prose = ["课程设计总结", "背包界面有三个按钮:", *code, "1、独立app(组件化+kotlin的app);", "2、热修复;"]
    from docx import Document
    from conftest import lint_file
    doc = Document()
    for line in prose:
        doc.add_paragraph(line)
    doc.save(tmp_path / "java.docx")
    found = lint_file(tmp_path / "java.docx")
    assert {f.context for f in found if f.category == "punctuation"} == {prose[1], prose[-2], prose[-1]}
    assert not [f for f in found if f.category == "numbering"]


def test_a_word_list_taken_up_again_after_other_lists_is_no_duplicate(tmp_path):
    """A proposal's chapters are one Word list (1. 2. 3.), the features under chapter 3 are lists of their own
    (一． with 1.–4. under it, each a new Word list): chapter 4. after the feature 4. continues its own list."""
    from conftest import lint_file
    from docx_fixtures import abstract, lvl, new_document, num, numbered, set_numbering
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.")), num(1, 1), abstract(2, lvl(0, "decimal", "%1.")),
                  num(2, 2), num(3, 2), abstract(3, lvl(0, "chineseCounting", "%1．")), num(4, 3))
    doc.add_paragraph("记账软件项目开题报告")
    for n, text in enumerate(["引言", "整体描述", "核心功能"], 1):
        numbered(doc, text, num_id=1, ilvl=0)
        doc.add_paragraph(f"第{n}章的正文内容。")
    numbered(doc, "系统账户登录", num_id=4, ilvl=0)
    for text in ["初始化设置", "文本密码登录", "图形密码登录", "密码错误提醒"]:
        numbered(doc, text, num_id=2, ilvl=0)
    numbered(doc, "收支记录", num_id=4, ilvl=0)
    for text in ["建立账户", "分账户记账", "资金流动类型选择", "记账一级类型选择"]:
        numbered(doc, text, num_id=3, ilvl=0)
    numbered(doc, "任务分工", num_id=1, ilvl=0)
    doc.save(tmp_path / "proposal.docx")
    assert [f.match for f in lint_file(tmp_path / "proposal.docx") if f.category == "numbering"] == []
    # …but an item typed among a Word list's items is seen in the list: 1. 2. 3. (Word's) 4. (typed) 4. (Word's)
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.")), num(1, 1))
    doc.add_paragraph("心理健康助手开题报告")
    for text in ["Java语言的应用", "Java的优势", "端侧语言模型的优势"]:
        numbered(doc, text, num_id=1, ilvl=0)
    doc.add_paragraph("4.\t心理健康管理的现状与挑战")
    numbered(doc, "未来发展", num_id=1, ilvl=0)
    doc.save(tmp_path / "typed.docx")
    assert [f.match for f in lint_file(tmp_path / "typed.docx") if f.category == "numbering"] == ["4."]
    # …while typed items opening at 一 under Word's 三、 are a list of their own, which Word's 四、 ends
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "chineseCounting", "%1、")), num(1, 1))
    doc.add_paragraph("员工管理系统课程设计")
    for text in ["项目简介", "任务概述", "系统架构及使用说明"]:
        numbered(doc, text, num_id=1, ilvl=0, style="Heading1")
        doc.add_paragraph("系统包括以下页面：")
    for label in "一二三":
        doc.add_paragraph(f"{label}、员工信息页面：", style="Heading 2")
        doc.add_paragraph("页面包括输入框和查询按钮。")
    numbered(doc, "功能具体实现", num_id=1, ilvl=0, style="Heading1")
    doc.save(tmp_path / "nested.docx")
    assert [f.match for f in lint_file(tmp_path / "nested.docx") if f.category == "numbering"] == []


def test_a_word_list_set_to_open_at_zero_after_another_list_is_no_step_back(tmp_path):
    """A development log's to-do list, a Word list of its own set to start at 0. (priorities 0.–10.), after
    another Word list's 1.–3.: Word counts each list itself."""
    from docx_fixtures import abstract, lvl, new_document, num, numbered, set_numbering
    from conftest import lint_file
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.")), abstract(2, lvl(0, "decimal", "%1.", start=0)),
                  num(1, 1), num(2, 2))
    doc.add_paragraph("开发日志")
    for text in ("抽象一下bullet，实现一个抛体类", "在游戏对象中加入缩放参数", "重新设计事件处理"):
        numbered(doc, text, num_id=1, ilvl=0)
    doc.add_paragraph("20231228")
    for text in ("继续学习Games104", "游戏地形对象的特殊化设计", "游戏对象的销毁逻辑"):
        numbered(doc, text, num_id=2, ilvl=0)
    doc.save(tmp_path / "log.docx")
    assert not [f for f in lint_file(tmp_path / "log.docx") if f.category == "numbering"]


def test_a_word_list_under_a_sub_heading_leaves_the_sub_headings_numbering_open(tmp_path):
    """Typed headings 1. / 1.1 / 1.1.1–1.1.3, a Word list 1.–3. under 1.1.3, then 1.1.4: the sub-headings go on."""
    from conftest import lint_file
    from docx_fixtures import abstract, lvl, new_document, num, numbered, set_numbering
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.")), num(1, 1))
    doc.add_paragraph("记账本系统项目总结", style="Title")
    for text, style in [("1. 开发过程心得体会", "Heading2"), ("1.1 项目开发历程回顾", "Heading3"),
                        ("1.1.1 需求分析阶段的收获", "Heading4"), ("1.1.2 系统设计阶段的思考", "Heading4"),
                        ("1.1.3 编码实现阶段的体验", "Heading4")]:
        numbered(doc, text, style=style)
        doc.add_paragraph("这一阶段完成了相应的工作。")
    for text in ["前后端数据交互", "数据库连接问题", "图表渲染优化"]:
        numbered(doc, text, num_id=1, ilvl=0)
    numbered(doc, "1.1.4 测试阶段的深入理解", style="Heading4")
    doc.add_paragraph("测试覆盖了主要功能。")
    doc.save(tmp_path / "summary.docx")
    assert [f.match for f in lint_file(tmp_path / "summary.docx") if f.category == "numbering"] == []


def test_verilog_in_a_word_list_numbered_as_line_numbers_is_a_listing(tmp_path):
    """An FPGA project summary pastes Verilog into a Word list so that Word numbers its lines: the numbers are
    line numbers (no gaps to report, empty lines included), the statements are code (no unpaired brackets); the
    report's own list (1、ADC驱动模块 …) is still checked."""
    from conftest import lint_file
    from docx_fixtures import abstract, lvl, new_document, num, numbered, set_numbering
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.")), num(1, 1), abstract(2, lvl(0, "decimal", "%1.")), num(2, 2))
    doc.add_paragraph("FPGA电压表项目总结")
    doc.add_paragraph("1、ADC驱动模块：")
    for line in ["always\xa0@(posedge\xa0I_sys_clk\xa0or\xa0negedge\xa0I_rst_n)\xa0begin", "\xa0\xa0\xa0\xa0if(~I_rst_n)\xa0begin",
                 "\xa0\xa0\xa0\xa0\xa0\xa0\xa0\xa0f_sck\xa0<=\xa00;", "\xa0\xa0", "\xa0\xa0\xa0\xa0end", "ADS7868_DRIVER\xa0inst0(",
                 "\xa0\xa0\xa0\xa0.I_rst_n(I_rst_n),", ");", "wire\xa0W_key_pos;", "8'd1\xa0:\xa0begin"]:
        numbered(doc, line, num_id=1, ilvl=0)
    doc.add_paragraph("3、功能按键模块：")
    doc.save(tmp_path / "v.docx")
    found = lint_file(tmp_path / "v.docx")
    assert [f.match for f in found if f.category == "numbering"] == ["3、"]
    assert not [f for f in found if f.category == "punctuation"]


def test_a_letter_or_number_closed_by_a_bracket_is_a_label():
    """Sub-figure labels (a) 原图  b) 位置偏移), a reference to one (见图2-1 b)) and steps in running text (转 5）；)
    close no bracket; an unopened bracket after a word still is reported."""
    text = ("装配检测中期报告\n\n a) 原图      b) 位置偏移\n\n位置偏移示例见图2-1 b)。\n\n若没有找到，转 5）；否则重复步骤2），直至结束。\n\n"
            "共检测样本320件）。")
    got = [(f.match, f.context) for f in lint_text(text) if f.rule == "punct-unpaired"]
    assert got == [("）", "共检测样本320件）。")]


def test_english_numbering():
    got = numbering("Report\n\n1. Shipped.\n\n2. Fixed.\n\n4. Hired.\n\n(a) first\n\n(c) third")
    assert [m for m, _ in got] == ["4.", "(c)"]


# -- required sections ------------------------------------------------------------------

def sections(text, markdown=False):
    return sorted(f.section for f in lint_text(text, markdown) if f.category == "missing-section")


@pytest.mark.parametrize("parts", [("Keep", "Problem", "Try"), ("Continue", "Stop", "Start"),
                                   ("Liked", "Lacked", "Longed for"), ("What went well", "What didn't go well", "Action items"),
                                   ("What went well during Sprint 1", "What needs to be improved for Sprint 2", "Actions"),
                                   ("What went well?", "What can be improved?", "What are your next actions?"),
                                   ("What did I do?", "Challenges?", "What’s next?"),
                                   ("What did your team do last week?", "Any blocking issues?", "What will you do this week?")])
def test_the_usual_retrospective_formats_have_all_three_parts(parts):
    text = "# Sprint 3 Retrospective\n\n" + "".join(f"## {p}\n\n- Something about {p.lower()}.\n\n" for p in parts)
    assert sections(text, markdown=True) == []
    assert sections(text.replace(f"## {parts[1]}\n\n- Something about {parts[1].lower()}.\n\n", ""), markdown=True) == ["shortcomings"]


def test_a_retrospectives_questions_on_plain_lines_head_its_parts():
    """A plain-text retrospective asks its questions on lines of their own (What went wrong?), as a Word one typed
    without heading styles does; a GSoC weekly asks "Did you get stuck anywhere?"."""
    retro = ("Sprint Retrospective\n\nDate: October 28, 2020\n\nWhat went right?\n\nTeam coordination;\n\n"
             "What went wrong?\n\nTime management during the increments;\n\nWhat will we do next sprint?\n\n"
             "Strictly follow deadlines.\n")
    assert sections(retro) == []
    assert sections(retro.replace("What went wrong?\n\nTime management during the increments;\n\n", "")) == ["shortcomings"]
    gsoc = ("# Week #8: Addressing Reviews\n\n## What did you do this week?\n\nI addressed the reviews on my PR.\n\n"
            "## What is coming up next?\n\nMerge the PR early next week.\n\n## Did you get stuck anywhere?\n\nNo.\n")
    assert sections(gsoc, markdown=True) == []


def test_a_postmortem_has_all_three_parts():
    text = ("# Checkout outage: incident report\n\n## Impact\n\nCheckout failed for 40 minutes for all customers.\n\n"
            "## Resolution\n\nThe certificate was rotated.\n\n## Corrective Actions\n\n- Alert on expiry.\n")
    assert sections(text, markdown=True) == []
    assert sections(text.replace("## Corrective Actions", "## Timeline"), markdown=True) == ["next_plans"]


def test_sections_found_by_headings():
    full = "区委宣传部2024年工作总结\n\n一、主要成绩\n\n举办培训3期。\n\n二、存在的问题\n\n人手不足。\n\n三、下一步打算\n\n加强学习。"
    assert sections(full) == []
    assert sections(full.replace("二、存在的问题\n\n人手不足。\n\n三、", "二、")) == ["shortcomings"]


def test_sections_found_by_lead_sentences_without_headings():
    text = ("区委宣传部2024年工作总结\n\n今年以来，我部举办了培训班3期，开展了宣讲活动20场，完成了年度任务。\n\n"
            "工作中仍存在着不足之处，主要表现在宣传形式单一。\n\n下一步，我部将进一步加强理论学习。")
    assert sections(text) == []


def test_outlook_and_main_problems_leads_count_as_sections():
    """展望2024年，… is a next-plans lead (with or without a decorated start) and 存在的主要问题有 a
    shortcomings lead, as reports write them."""
    text = ("县政府2024年工作报告\n\n一年来，全县完成了基础设施投资100亿元，新增公路100公里。\n\n"
            "点评全年工作，存在的主要问题有：一是创新不足，二是人才短缺。\n\n"
            "🎯展望2024年，我们将紧紧围绕以下目标开展工作：推动产业结构优化升级。")
    assert sections(text) == []
    assert sections(text.replace("🎯展望2024年", "2024年")) == []
    assert sections(text.replace("🎯展望2024年，我们将紧紧围绕以下目标开展工作：推动", "同时优化")) == ["next_plans"]


def test_run_in_headings_count_as_sections():
    en = ("Q3 Progress Report\n\nAccomplishments: we onboarded 12 customers.\n\n"
          "Challenges: hiring is behind plan.\n\nNext steps: finalize the Q4 roadmap.")
    assert sections(en) == []
    assert sections(en.replace("Challenges:", "Also,")) == ["shortcomings"]
    zh = ("区委宣传部2024年工作总结\n\n主要成绩：全年举办培训班3期。\n\n存在问题：宣传形式比较单一，专业人才缺乏，"
          "基层力量薄弱。\n\n下一步打算：加强队伍建设。")
    assert sections(zh) == []
    assert sections(zh.replace("存在问题：", "另外，")) == ["shortcomings"]
    # a weekly's 已完成 / 待完成 lists: what is still to do is the next plan, bulleted or not
    weekly = "周报\n\n* 已完成：\n\nHtml5背景知识\n\n* 待完成：\n\nHtml5的文档创建\n\n* 存在问题：环境安装耗时较长，影响进度。"
    assert sections(weekly) == []
    assert sections(weekly.replace("待完成", "未安排")) == ["next_plans"]


def test_sections_are_required_of_reports_only():
    notice = "关于召开2024年宣传工作会议的通知\n\n各镇街宣传办：\n\n定于3月5日召开全区宣传工作会议，请准时参加。"
    assert sections(notice) == []
    assert sections(notice.replace("关于召开2024年宣传工作会议的通知", "区委宣传部2024年工作总结")) == [
        "next_plans", "shortcomings"]


def test_a_lab_report_is_asked_for_its_results_not_for_problems_and_plans():
    """A lab report's parts are the experiment's aim, steps, results and reflections: no reviewer asks it for a
    problems or a next-plans part; a work report with the same body is asked for both."""
    lab = ("现代操作系统应用开发实验报告\n\n一、实验目的\n\n掌握网络访问的基本方法。\n\n二、实验步骤\n\n"
           "完成了界面布局，实现了天气查询功能，测试通过。\n\n三、实验结果\n\n运行结果如截图所示。")
    assert sections(lab) == []
    assert sections(lab.replace("实验报告", "工作总结")) == ["next_plans", "shortcomings"]
    english = "# Lab Report 4: Network Access\n\n## Procedure\n\nWe built the client and measured latency.\n"
    assert sections(english, markdown=True) == []
    # a thesis proposal (开题报告) is a plan: no part of a summary is asked of it
    proposal = lab.replace("现代操作系统应用开发实验报告", "本科毕业论文（设计）开题报告")
    assert sections(proposal) == []
    assert sections("# Project Proposal: Campus Map\n\n## Goals\n\nWe will build a map.\n", markdown=True) == []


def test_a_report_has_its_achievements_unless_it_reads_as_a_plan():
    """A 述职报告 telling its work in the present (认真履行……，创建……) has no past-aspect sentences and no
    heading for it, and still reports what was done; a draft made of intentions (要……，将……) does not."""
    debriefing = ("2022年度基层党建专项述职报告\n\n共学共建，让基层组织强起来\n\n认真履行基层党建第一责任人职责，"
                  "围绕五抓五提专项行动，切实提高党建工作质量。一是强化政治意识，认真学习贯彻党的二十大精神。"
                  "二是深入开展书记项目，动员老党员担任信息员、调解员。三是建立行动支部，号召党员志愿者守卡口、做宣传。")
    assert "achievements" not in sections(debriefing)
    plan = debriefing.replace("认真履行", "要认真履行").replace("一是强化", "一是要强化").replace(
        "二是深入", "二是将深入开展").replace("三是建立", "三是要建立")
    assert "achievements" in sections(plan)


def test_an_okr_plan_asks_for_no_parts_but_a_progress_update_does():
    """A team's quarterly OKRs are a plan (like a 工作计划): no achievements, problems or next-plans part is asked
    of it; an update on the same OKRs reports, so a missing problems part is reported."""
    okrs = ("# Quarterly Objectives and Key Results\n\n## Objective 1: Ship the new peer routing\n\n"
            "- KR: 90% of nodes use the new router\n- KR: p95 lookup under 200 ms\n")
    assert sections(okrs, markdown=True) == []
    update = okrs.replace("# Quarterly Objectives and Key Results", "# OKR progress update, Q1").replace(
        "## Objective 1", "## Done this quarter\n\nWe shipped the router to 60% of nodes.\n\n## Next quarter\n\nWe will finish the rollout.\n\n## Objective 1")
    assert sections(update, markdown=True) == ["shortcomings"]


def test_plan_made_only_of_plans_lacks_achievements():
    text = ("区委宣传部工作总结\n\n" + "要继续加强理论学习。要进一步做好宣传工作。力争全年开展活动20场。\n\n" * 3)
    assert sections(text) == ["achievements", "shortcomings"]


def test_order_and_empty_section():
    text = ("区委宣传部2024年工作总结\n\n一、下一步打算\n\n加强学习。\n\n二、主要成绩\n\n办班3期。\n\n三、存在问题\n\n")
    found = [(f.category, f.match) for f in lint_text(text) if f.category in ("structure", "empty-section")]
    assert ("structure", "一、下一步打算") in found
    assert ("empty-section", "三、存在问题") in found


def test_short_list_items_are_not_empty_headings():
    text = ("区委宣传部2024年工作计划\n\n一、工作目标\n\n（一）继续加强理论武装。\n\n（二）创新宣传方式。\n\n"
            "二、工作措施\n\n1.加强学习\n\n2.强化考核\n\n考核结果与评优挂钩。")
    empty = [f.match for f in lint_text(text) if f.category == "empty-section"]
    assert empty == ["1.加强学习"]


def test_an_item_a_line_introduced_is_not_an_empty_heading():
    text = "2024年工作计划\n\n一、重点工作\n\n今年重点抓好以下工作：\n\n1.预算编制\n\n二、保障措施\n\n加强领导。"
    assert not [f for f in lint_text(text) if f.category == "empty-section"]
    md = "# Sprint report\n\n## Done\n\n1. Refund API\n\n## Next\n\nShip it.\n"
    assert not [f for f in lint_text(md, markdown=True) if f.category == "empty-section"]
    assert [f.match for f in lint_text("2024年工作总结\n\n一、主要成绩\n\n二、存在问题\n\n人手不足，宣传形式比较单一，基层力量薄弱，培训不够。") if f.category == "empty-section"] == ["一、主要成绩"]


def test_a_cover_page_field_and_an_outline_are_not_empty_headings(tmp_path):
    """A bold cover-page field with its value (学   号  532024150155, 研究方向\t项目管理) is no heading; the
    headings an outline part lists (三、论文提纲 > 第1章 绪论 > 1.1 研究背景) have nothing under them by design."""
    from docx_fixtures import new_document
    from lintdoc.runner import RunOptions, check_one
    doc = new_document()
    doc.add_paragraph("硕士学位论文中期报告", style="Title")
    for field in ("学   号  532024150155", "作者姓名     于琮源", "研究方向\t项目管理"):
        doc.add_paragraph().add_run(field).bold = True
    doc.add_paragraph("一、研究进展", style="Heading1")
    doc.add_paragraph("完成了数据收集和模型构建，取得了阶段性成果。")
    doc.add_paragraph("二、论文提纲", style="Heading1")
    for text, level in (("第1章 绪论", 2), ("1.1 研究背景", 3), ("1.2 研究意义", 3), ("第2章 文献综述", 2)):
        doc.add_paragraph(text, style=f"Heading {level}")
    doc.add_paragraph("三、存在问题", style="Heading1")
    path = tmp_path / "midterm.docx"
    doc.save(str(path))
    result = check_one((str(path), None, RunOptions(cache=None), None))
    assert [f.match for f in result.findings if f.category == "empty-section"] == ["三、存在问题"]


def test_a_block_of_bold_lines_is_a_cover_not_empty_headings(tmp_path):
    """Bold lines in a row (a cover's 南京大学工程管理学院 over the form's name, a team's project over its
    week) are a cover block, not headings with nothing under them; a bold part heading directly over the
    next one still is one."""
    from docx_fixtures import new_document
    from lintdoc.runner import RunOptions, check_one
    doc = new_document()
    for line in ("南京大学工程管理学院", "工程管理专业学位论文中期报告", "2024年12月"):
        doc.add_paragraph().add_run(line).bold = True
    for line, body in (("主要成绩", "完成了数据收集和模型构建，取得了阶段性成果。"), ("存在问题", ""),
                       ("下一步打算", "下一步将完成实验并撰写论文第三章。")):
        doc.add_paragraph().add_run(line).bold = True
        if body:
            doc.add_paragraph(body)
    path = tmp_path / "midterm.docx"
    doc.save(str(path))
    result = check_one((str(path), None, RunOptions(cache=None), None))
    assert [f.match for f in result.findings if f.category == "empty-section"] == ["存在问题"]


def test_a_heading_over_a_list_a_run_in_label_table_headers_or_references_is_not_empty(tmp_path):
    """Real Word reports: 2.2 项目功能 over its 1、 2、 3、; Future work over a run-in label ending in a colon;
    Release Notes over a list whose first item took a heading style; a minutes template's table with its header
    cells in heading styles; references styled as Heading 3 under 参考文献. None has nothing under it; a heading
    directly over the next one still has."""
    from docx_fixtures import new_document
    from lintdoc.runner import RunOptions, check_one
    doc = new_document()
    doc.add_heading("项目中期报告", 1)
    doc.add_heading("4.1.2 算法分析", 3)
    doc.add_paragraph("（1）首次适应算法（FF）")
    doc.add_paragraph("以空闲分区首地址递增组织链表，从链表头部开始遍历。")
    doc.add_heading("2.2 项目功能", 2)
    for item in ("1、用户可以注册并填写必要信息", "2、用户可以上架商品和购买商品", "3、用户可以对商品进行评论"):
        doc.add_paragraph(item)
    doc.add_heading("Future work", 2)
    doc.add_heading("Q-learning in test generation:", 2)
    doc.add_paragraph("We now suppose that the app under test is the environment of the agent.")
    doc.add_heading("Release Notes", 2)
    doc.add_heading("1. Intractable NPC between levels.", 2)
    doc.add_paragraph("2. Enemy sound effects have range.")
    table = doc.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Action items", "Person responsible", "Deadline")):
        cell.paragraphs[0].text = text
        cell.paragraphs[0].style = doc.styles["Heading 2"]
    for cell, text in zip(table.rows[1].cells, ("Research demography", "Rudolph", "April 15")):
        cell.paragraphs[0].text = text
    doc.add_heading("存在问题", 2)
    doc.add_heading("下一步打算", 2)
    doc.add_paragraph("下一步将完成实验并撰写论文第三章。")
    doc.add_heading("参考文献", 1)
    for ref in ("[1] 项亮编著，2012年6月，《推荐系统实践》第三章——推荐系统冷启动问题", "[2] 郭霖编著，2016年12月，《第一行代码》"):
        doc.add_heading(ref, 3)
    path = tmp_path / "midterm.docx"
    doc.save(str(path))
    result = check_one((str(path), None, RunOptions(cache=None), None))
    assert [f.match for f in result.findings if f.category == "empty-section"] == ["存在问题"]


def test_a_mark_opened_where_the_text_is_cut_off_may_close_after_the_cut():
    cut = "工会年度工作总结\n\n一是不断夯实基层基础。探索“重点建、行业建”模式，制定印发《关于推进新就业形态劳动者工会"
    assert not [f for f in lint_text(cut) if f.rule == "punct-unpaired"]
    whole = cut + "建设的意见》。\n\n二是探索“重点建模式，效果明显。"
    assert [f.match for f in lint_text(whole) if f.rule == "punct-unpaired"] == ["“"]
    # …however few characters the cut leaves after the last sentence (……栏目宣传。六是抓《全国科普, ……能力提升。修订《新)
    for tail in ("六是抓《全国科普", "修订《新"):
        short = "科协年度工作总结\n\n四是开辟《科普专栏》栏目宣传。" + tail
        assert not [f for f in lint_text(short) if f.rule == "punct-unpaired"]


def test_a_quote_closed_by_a_lookalike_is_paired_the_lookalike_alone_reported():
    text = "局长供职报告\n\n认真实践“三个代表〞,大胆推进“三改〞,使医疗机构面貌发生根本转变。"
    assert [(f.rule, f.match) for f in lint_text(text) if f.category == "punctuation"] == \
        [("punct-wrong-quote", "〞"), ("punct-wrong-quote", "〞")]


def test_a_form_option_with_a_checkbox_keeps_its_label():
    text = "中期报告评审表\n\n□ 1）课程学分、文献阅读报告等不能达到要求；\n\n□ 2）没有完整的论文章节；\n\n说明）这里少了括号。"
    assert [f.match for f in lint_text(text) if f.rule == "punct-unpaired"] == ["）"]


def test_a_questionnaire_report_has_its_parts_in_its_numbered_questions():
    weekly = ("# Weekly Individual Update\n\n1. **What did you accomplish this week?** _(Be specific)_\n\n- Built the order form.\n\n"
              "2. **What are you planning to do next week?**\n\n- Define the interfaces.\n\n"
              "3. **Is anything blocking you that you need from others?** _(What do you need from whom)_\n\n- None so far\n")
    assert sections(weekly, markdown=True) == []
    assert sections(weekly.replace("blocking you that you need from others", "your favourite tool"), markdown=True) == ["shortcomings"]


def test_how_a_plan_went_is_not_the_next_plan():
    text = "项目总结\n\n一、项目计划执行情况\n\n按计划完成了全部模块的开发和测试。\n\n二、存在问题\n\n测试用例覆盖不足，文档编写滞后于开发进度。"
    assert sections(text) == ["next_plans"]


def test_a_work_plan_heading_and_expected_output_are_the_next_plan():
    """【工作规划】 closes a customer-service debriefing; 预期工作内容 opens an intern's renewal plan."""
    text = "客服述职报告\n\n一、工作回顾\n\n全年接待咨询3000次。\n\n二、存在的不足\n\n情绪把控能力还需提高。\n\n三、工作规划\n\n提升回复效率。"
    assert sections(text) == []
    assert "next_plans" in sections(text.replace("三、工作规划", "三、工作体会"))
    assert sections(text.replace("三、工作规划", "三、预期工作内容及产出")) == []


def test_a_design_approach_is_not_the_next_plan_but_a_learning_plan_is():
    """设计思路 and 解决思路 say how a thing was built or solved; 未来学习规划, 预期进度安排 and 后续会…… say what comes next."""
    body = "一、项目概况\n\n完成了电压表的设计与调试。\n\n{}\n\n使用状态机控制采样。\n\n三、存在问题\n\n精度不足。"
    assert sections("项目总结\n\n" + body.format("二、设计思路")) == ["next_plans"]
    assert sections("项目总结\n\n" + body.format("二、未来学习规划")) == []
    assert sections("项目总结\n\n" + body.format("二、预期进度安排")) == []
    assert sections("项目总结\n\n" + body.format("二、测量结果") + "后续会重新校正，方便扩展使用。") == []


def test_the_label_of_a_row_of_figures_is_not_a_part(tmp_path):
    """A time sheet's row | 计划 | 3 | names a line of the table; a form's | 下周计划 | 完成支付模块联调。| heads a part."""
    from docx_fixtures import new_document
    from conftest import lint_file
    doc = new_document()
    doc.add_paragraph("小组总结").runs[0].bold = True
    doc.add_paragraph("本周完成了登录模块开发，修复缺陷12个。")
    doc.add_paragraph("存在的问题：测试环境不稳定，联调推迟两天。")
    table = doc.add_table(rows=3, cols=2)
    for row, (label, text) in zip(table.rows, [("PSP阶段", "耗时"), ("计划", "3"), ("开发", "12 h")]):
        row.cells[0].text, row.cells[1].text = label, text
    doc.save(tmp_path / "t.docx")
    assert [f.section for f in lint_file(tmp_path / "t.docx") if f.category == "missing-section"] == ["next_plans"]
    table.rows[1].cells[1].text = "下周完成支付模块联调"
    doc.save(tmp_path / "t.docx")
    assert not [f for f in lint_file(tmp_path / "t.docx") if f.category == "missing-section"]


def test_english_sections():
    md = "# Q3 Report\n\n## Highlights\n\nShipped.\n\n## Risks\n\nVendor delay.\n\n## Next Steps\n\nHire.\n"
    assert sections(md, markdown=True) == []
    weekly = "# Weekly Status\n\n## Work completed this week\n\nShipped.\n\n## Next week\n\nLoad test.\n\n## Blockers\n\nQuota.\n"
    assert sections(weekly, markdown=True) == []
    assert not [f for f in lint_text(weekly, True) if f.category == "structure"]   # plans before risks is fine
    assert sections(md.replace("## Risks\n\nVendor delay.\n\n", ""), markdown=True) == ["shortcomings"]
    # a retrospective's "could have been better" is its problems part; "Future Goals", "Projected for next cycle" plans
    retro = ("# Team Retrospective\n\n## What went well\n\nDemo done.\n\n## What could've gone better?\n\nLate merges.\n\n"
             "## Future Goals\n\nShip v2.\n")
    assert sections(retro, markdown=True) == []
    assert sections(retro.replace("## Future Goals", "## Projected for next cycle"), markdown=True) == []
    assert sections(retro.replace("What could've gone better?", "What didn’t go as well?"), markdown=True) == []
    # a sprint summary tells its problems in a sentence: tasks not finished, bugs met (not a plan to fix them)
    sprint = ("# Sprint 3 Summary\n\nWe shipped the login page.\n\nOur team was not able to finish all the tasks; two "
              "tickets encountered some bugs.\n\nWe will complete them in the next sprint.\n")
    assert sections(sprint, markdown=True) == []
    assert sections(sprint.replace("was not able to finish all the tasks; two tickets encountered some bugs",
                                   "plans to fix bugs as they come"), markdown=True) == ["shortcomings"]


def test_remaining_tasks_improvement_plans_and_plans_in_sentences_are_next_plans():
    """Remaining Tasks, 改进方案 and "We are planning to … in the next stage" say what comes next; what needed
    improving (需要改进的地方) is a shortcoming, not a plan."""
    en = ("# Progress Report\n\n## Tasks Accomplished\n\nBuilt the chassis.\n\n## Questions or Concerns\n\nThe motor "
          "overheats.\n\n## Remaining Tasks\n\nWrite the controller.\n")
    assert sections(en, markdown=True) == []
    assert sections(en.replace("## Remaining Tasks\n\nWrite the controller.", "We are planning to add the controller in "
                                                                                 "the next stage."), markdown=True) == []
    assert sections(en.replace("Remaining Tasks", "Photos"), markdown=True) == ["next_plans"]
    for plans in ("## Actionable Improvements\n\nMerge earlier.", "## Current Project Goals\n\nReach 1.0.",
                  "## Notes\n\nGoing forward, each member will take an extra role."):
        assert sections(en.replace("## Remaining Tasks\n\nWrite the controller.", plans), markdown=True) == [], plans
    assert sections(en.replace("Remaining Tasks", "Goals"), markdown=True) == ["next_plans"]     # the week's own goals
    zh = "多人聊天系统项目总结\n\n一、项目成果\n\n完成了聊天功能。\n\n二、存在的问题\n\n文件传输不稳定。\n\n三、改进方案\n\n引入线程池。"
    assert sections(zh) == []
    assert sections(zh.replace("改进方案", "需要改进的地方")) == ["next_plans"]
    kindergarten = ("幼儿园年度工作总结\n\n亮点\n\n我们完成了师资培训3期。\n\n不足\n\n教师人手不足，照顾孩子时难免疏忽。\n\n"
                    "未来方向\n\n我们将招聘两名教师。")
    assert sections(kindergarten) == []


def test_bold_questions_head_a_word_retrospective(tmp_path):
    """A retrospective typed in Word with its three questions in bold: they are its headings, so it has all
    three parts."""
    from conftest import lint_file
    from docx import Document
    doc = Document()
    doc.add_paragraph().add_run("Sprint Retrospective").bold = True
    for question, answer in (("what went well in the Sprint?", "Phases 1 and 2 went well."),
                             ("what can be improved for next Sprint?", "Time management: interviews cut our hours."),
                             ("what work needs to be done next Sprint?", "Test cases 4-8 need to be automated.")):
        doc.add_paragraph().add_run(question).bold = True
        doc.add_paragraph(answer)
    doc.save(tmp_path / "retro.docx")
    assert not [f for f in lint_file(tmp_path / "retro.docx") if f.category == "missing-section"]


def test_too_short_section_is_reported():
    text = ("区委宣传部2024年工作总结\n\n一、主要成绩\n\n举办培训3期，开展宣讲20场。\n\n二、存在的问题\n\n人手不足。\n\n"
            "三、下一步打算\n\n加强学习。")
    found = [(f.category, f.match) for f in lint_text(text) if f.category == "empty-section"]
    assert found == [("empty-section", "二、存在的问题")]


# -- precision on documents from elsewhere (issue 12) ------------------------------------------

def test_short_item_named_again_under_another_heading_is_not_a_duplicate():
    md = ("# Sprint 45 Summary\n\n## Closed\n\n* #1593 - Tree test of the sitemap survey\n\n"
          "## Demo agenda\n\n* #1593 - Tree test of the sitemap survey\n")
    assert not [f for f in lint_text(md, markdown=True) if f.rule == "duplicate-text"]
    twice = "# Notes\n\n## Closed\n\n* #1593 - Tree test of the sitemap survey\n* #1593 - Tree test of the sitemap survey\n"
    assert [f for f in lint_text(twice, markdown=True) if f.rule == "duplicate-text"]
    plain = ("Weekly report\n\n01. What did you do?\n\n- [COSC 8398 - Doctoral Research]\n\n"
             "02. What will you do next?\n\n- [COSC 8398 - Doctoral Research]\n")       # a text file's bullets too
    assert not [f for f in lint_text(plain) if f.rule == "duplicate-text"]


def test_a_line_introducing_what_follows_is_not_an_empty_heading():
    md = "# Weekly report\n\n## Goal: baseline metrics for documentation usefulness\n\n## Done\n\nShipped the docs site.\n"
    assert not [f for f in lint_text(md, markdown=True) if f.category == "empty-section"
                and "Goal" in f.match]
    md2 = "# Weekly report\n\n## Risks\n\n## Done\n\nShipped the docs site.\n"
    assert [f for f in lint_text(md2, markdown=True) if f.category == "empty-section"]


def test_markdown_findings_show_the_line_as_written():
    f = next(f for f in lint_text("# Status report\n\n**Owner:** [Name]\n", markdown=True) if f.category == "placeholder")
    assert f.context == "**Owner:** [Name]" and f.context[f.offset:f.offset + len(f.match)] == "[Name]"


def test_traditional_chinese_plan_needs_no_achievements():
    text = "大社區公所106年度工作計畫\n\n一、加強為民服務，提升行政效能。\n\n二、推動社區營造，持續辦理各項活動。\n"
    assert not [f for f in lint_text(text) if f.category == "missing-section"]


def test_a_form_of_labelled_cells_and_lines_shows_its_sections(tmp_path):
    """A 周报 laid out as a table: the label cells 本周工作 / 存在问题 / 下周计划 are its headings."""
    from docx_fixtures import new_document
    from conftest import lint_file
    doc = new_document()
    doc.add_paragraph("项目周报").runs[0].bold = True
    table = doc.add_table(rows=3, cols=2)
    for row, (label, text) in zip(table.rows, [("本周工作", "完成登录模块开发，修复缺陷12个。"),
                                               ("存在问题", "测试环境不稳定，联调推迟两天。"),
                                               ("下周计划", "完成支付模块联调。")]):
        row.cells[0].text, row.cells[1].text = label, text
    doc.save(tmp_path / "w.docx")
    assert not [f for f in lint_file(tmp_path / "w.docx") if f.category == "missing-section"]
    table.rows[1].cells[0].text = "备注"
    doc.save(tmp_path / "w.docx")
    assert [f.section for f in lint_file(tmp_path / "w.docx") if f.category == "missing-section"] == ["shortcomings"]


def test_passages_of_a_personal_summary_count_as_sections():
    text = ("个人实训总结\n\n实训期间，我完成了图书管理系统的开发，掌握了Spring框架。\n\n"
            "但我在编写程序过程中仍存在很多不足，实际操作能力还有待提高。\n\n"
            "我会在今后的学习中更加努力，争取早日赶上进度。")
    assert sections(text) == []
    assert sections(text.replace("我会在今后的学习中更加努力，争取早日赶上进度。", "感谢老师的指导。")) == ["next_plans"]


def test_an_activity_summary_names_its_problems_and_ends_with_suggestions():
    """An activity's summary: 出现了下列一些问题 opens its problems, and its 三、活动建议 is the part on what to do next;
    a sprint review's Not Fully Completed / Gaps is its shortcomings part."""
    text = ("节水宣传活动总结\n\n一、活动基本情况\n\n本次活动共发放传单500份，取得了圆满成功。\n\n"
            "二、活动中的不足\n\n活动过程中出现了下列一些问题：宣传时间偏短，现场秩序不够好。\n\n"
            "三、活动建议：\n\n下次活动应提前联系场地，细化分工。")
    assert sections(text) == []
    assert sections(text.replace("三、活动建议", "三、活动照片").replace("下次活动应提前联系场地，细化分工。", "照片见附件。")) == ["next_plans"]
    lead = "节水宣传活动总结\n\n本次活动共发放传单500份，取得了圆满成功。\n\n活动过程中出现了下列一些问题：宣传时间偏短。\n\n下一步将细化分工。"
    assert sections(lead) == []
    sprint = ("# Sprint 4 Review\n\n## Completed Work\n\nShipped the new search page.\n\n"
              "## Not Fully Completed / Gaps\n\nThe README is unfinished.\n\n## Next Sprint\n\nFinish the README.\n")
    assert sections(sprint, markdown=True) == []


def test_a_topic_with_prospects_in_its_name_is_no_plans_part():
    """未来展望 and 展望2026年 head the plans part; a topic studied, 5. AI Prompt行业现状与展望研究, does not."""
    text = "实习总结\n\n一、主要工作\n\n完成了数据标注。\n\n二、存在问题\n\n经验不足，效率不高。\n\n三、{}\n\n说明。"
    assert sections(text.format("未来展望")) == []
    assert sections(text.format("AI Prompt行业现状与展望研究")) == ["next_plans"]


def test_a_forms_long_prompt_opening_with_its_parts_name_heads_that_part():
    """A progress-report form's prompts: 3) Accomplishments and overall project status during this increment,
    4) Challenges, changes in the plan and scope of the project and things that went wrong: their first words name
    the parts; a long line that does not open with one is no heading."""
    text = ("Progress Report\n\n3) Accomplishments and overall project status during this increment\n\n"
            "We built a mock UI and the login code.\n\n4) {}\n\nJava was new to most of us.\n\n"
            "6) Plans for the next increment\n\nA basic UI and the login feature.\n")
    assert sections(text.format("Challenges, changes in the plan and scope of the project and things that went wrong "
                                "during this increment")) == []
    assert sections(text.format("Team member contributions to the code and the documents during this increment")) == \
        ["shortcomings"]


def test_a_retrospectives_and_minutes_questions_name_their_parts():
    """What should we have done better? asks for the problems; What should we do differently next time? and Agenda for
    Next Meeting for what comes next."""
    text = ("# Sprint 1 Retrospective\n\n## What went well?\n\nThe pipeline runs.\n\n## What should we have done better?\n\n"
            "Story points were guessed.\n\n## {}\n\nMeet the sponsor weekly.\n")
    assert sections(text.format("What should we do differently next time?"), markdown=True) == []
    assert sections(text.format("Time, Place & Agenda for Next Meeting"), markdown=True) == []
    assert sections(text.format("Photos"), markdown=True) == ["next_plans"]


@pytest.mark.parametrize("heading", ["不满意的地方", "四、工作中不尽如意的地方", "遇到难题及解决方法", "改进点", "阻塞清单",
                                     "经营中的突出问题", "问题疑惑与解答", "四、仍未解决的问题", "亮点与暗点", "二、问题与解决",
                                     "需要改进的"])
def test_headings_that_name_what_went_wrong_head_the_problems_part(heading):
    text = f"个人年度总结\n\n一、主要工作\n\n完成了三个项目。\n\n{heading}\n\n时间管理不够好。\n\n三、明年计划\n\n继续学习。"
    assert sections(text) == []
    assert sections(text.replace(heading, "学习心得")) == ["shortcomings"]


@pytest.mark.parametrize("heading", ["目标设定", "后续规划", "13. 后续可优化", "不足与改进方向", "新年目标"])
def test_headings_that_name_what_comes_next_head_the_plans_part(heading):
    text = f"个人年度总结\n\n一、主要工作\n\n完成了三个项目。\n\n二、存在问题\n\n时间管理不够好。\n\n{heading}\n\n学完两门课程。"
    assert sections(text) == []
    assert sections(text.replace(heading, "学习心得")) == ["next_plans"]


def test_an_untitled_draft_with_a_summary_heading_is_a_report():
    text = "一、实习目的\n\n了解行业现状。\n\n二、实习内容\n\n参与了系统开发。\n\n三、实习总结\n\n收获很大。"
    assert sections(text) == ["next_plans", "shortcomings"]


def test_untitled_document_without_sections_is_not_asked_for_them():
    text = "For each initiative below is outlined the goals and an approximate roadmap.\n\nRun the command to list interfaces.\n"
    assert not [f for f in lint_text(text) if f.category == "missing-section"]


def test_a_list_is_one_level_of_one_label_form():
    text = ("2024年工作总结\n\n1.加强学习。全年学习12次。\n\n1）集中学习6次。\n\n2）专题研讨6次。\n\n"
            "2.强化宣传。全年发稿30篇。\n\n1）报纸10篇。\n\n2）网络20篇。\n")
    assert not [f for f in lint_text(text) if f.rule == "numbering-sequence"]
    en = "Status report\n\n" + "".join(f"{c}) Item number {i}\n\n" for i, c in enumerate("abcdefghij", 1))
    assert not [f for f in lint_text(en) if f.rule == "numbering-sequence"]
    mixed = "2024年工作总结\n\n1、加强学习。\n\n2.强化宣传。\n"
    assert [f for f in lint_text(mixed) if f.rule == "numbering-sequence"]


def test_a_latin_script_document_that_is_not_english_gets_no_english_rules():
    from lintdoc.language import detect_language
    danish = ("Statusrapport\n\n" + "Projektet er forsinket, og det er ikke muligt at levere til tiden med de ressourcer "
              "som vi har. Vi har brug for N personer mere [Navn] og TBD.\n\n") * 3
    assert detect_language(danish) == "other"
    assert not [f for f in lint_text(danish) if f.category in ("placeholder", "unfilled-figure", "missing-section")]
    template = "Weekly Status Report\n\n**Project:** [Project Name]\n\n" + "[Date] [Owner] [Status] [Notes]\n\n" * 10
    assert detect_language(template) == "en"


def test_references_significance_marks_and_signature_blanks_are_not_leftovers():
    text = ("2024年工作总结\n\n[1] 张三, 李四. 基层治理研究[J]. 社会科学, 2019, 3(2): 1-5.\n\n"
            "相关系数为0.453**，显著性水平为**p<0.01。\n\n负责人签字：________　日期：________\n")
    assert not [f for f in lint_text(text) if f.category == "placeholder"]
    ieee = "Status Report\n\n[1] IEEE Standard for Software Project. [Online] 1998. IEEE Std 1058-1998.\n"
    assert not [f for f in lint_text(ieee) if f.category == "placeholder"]


def test_a_curly_quote_closed_by_a_straight_one_is_one_defect():
    found = [(f.rule, f.match) for f in lint_text("澳门年度总结\n\n举办“澳门国际旅游博览会\"，吸引观众。\n")
             if f.category == "punctuation"]
    assert found == [("punct-straight-quote", '"')]


def test_a_quotation_may_run_over_paragraphs():
    """A couplet quoted over two paragraphs, and a quotation of several paragraphs, each opening with “ and only the
    last closing it (GB/T 15834), pair up; a quote left open with no paragraph after it to close it is still reported,
    and so is one a text file's line break cut in two (a PDF's lines: 以党员干部“一帮 / 一”为基础)."""
    text = ("寒假招生实践报告\n\n“举浩然京畿俊杰，同学潇洒，红果园里搅风云\n\n料慷慨燕赵交子，吾辈风流，上园村中占鳌头”\n\n"
            "他说：“第一段。\n\n“第二段。\n\n“第三段。”\n\n一个“没关上的引号。\n\n下一段没有引号。\n")
    found = [(f.rule, f.context) for f in lint_text(text, markdown=True) if f.category == "punctuation"]
    assert found == [("punct-unpaired", "一个“没关上的引号。")]
    found = [f.match for f in lint_text("工会帮扶工作总结\n以党员干部“一帮\n一”为基础，开展帮扶。\n") if f.category == "punctuation"]
    assert found == ["“", "”"]


def test_a_stand_in_put_in_backticks_is_a_prompt_not_code():
    """A Markdown template's `<name>`, `<YYYY-MM-DD>`, `<pass/fail + notes>` are its stand-ins; `<div>`, `<br />`
    and a command with its argument (`git checkout <branch>`) stay code."""
    md = ("# Weekly Progress Summary\n\nPrepared by: `<name>`\n\nWeek of: `<YYYY-MM-DD>`\n\n"
          "Build status: `<pass/fail + notes>`\n\nWe used `<div>`, `<br />` and `git checkout <branch>`.\n")
    found = [f.match for f in lint_text(md, markdown=True) if f.category in ("placeholder", "unfilled-figure")]
    assert found == ["<name>", "YYYY-MM-DD", "<pass/fail + notes>"]


def test_an_aside_in_brackets_may_run_over_a_few_paragraphs():
    """（ opened in one paragraph of a Word or Markdown file and closed two lines on holds an aside of several lines;
    one still open after three lines, or broken over a text file's lines, is reported."""
    text = ("研究工作总结\n\n3. 端到端训练（就是把数据丢进去，期望的输出吐出来。\n\n好处是方便。\n\n坏处是越来越像一个黑箱。）\n\n"
            "4. 数据增强（旋转、翻转。\n\n第一行。\n\n第二行。\n\n第三行。\n\n第四行。）\n")
    found = [f.match for f in lint_text(text, markdown=True) if f.rule == "punct-unpaired"]
    assert found == ["（", "）"]
    found = [f.match for f in lint_text(text.replace("\n\n", "\n")) if f.rule == "punct-unpaired"]
    assert found == ["（", "）", "（", "）"]


def test_punctuation_inside_web_furniture_is_not_reported_apart():
    found = [f.category for f in lint_text("2022年第一季度工作总结\n\n---此处隐藏0字,下载后查看---\n")]
    assert "boilerplate" in found and "punctuation" not in found


def test_straight_quotes_in_chinese_carry_their_curly_fix():
    found = [(f.match, f.fix) for f in lint_text("2024年工作总结\n\n实施\"十四五\"规划，深化'放管服'改革。\n")
             if f.rule == "punct-straight-quote"]
    assert found == [('"', "“"), ('"', "”"), ("'", "‘"), ("'", "’")]


def test_three_short_labelled_lines_in_a_row_are_a_list_not_empty_headings():
    text = ("个人周报\n\n## 本周工作\n\n1. 看Java视频\n2. 学习了git的常用指令\n3. 准备期中考试\n\n"
            "## 遇到的困难\n\n时间压力有点重，复习进度偏慢，需要加时间重新复习。\n\n## 下周安排\n\n继续学习Java。\n")
    assert not [f for f in lint_text(text, markdown=True) if f.category == "empty-section"]
    typed = "2024年工作总结\n\n一、主要成绩\n\n二、存在问题\n\n宣传手段还不够丰富，基层宣传力量薄弱，队伍建设有待加强。\n"
    assert [f.match for f in lint_text(typed) if f.category == "empty-section"] == ["一、主要成绩"]


def test_two_items_a_higher_heading_closes_are_a_list_not_empty_headings():
    weekly = ("2021年8月20日周报\n\n一、本周进展\n\n1、编写注册模块授权代码\n\n2、阅读接口协议，学习授权加密\n\n"
              "二、下周计划\n\n继续完善注册模块代码，下周五前提交测试。\n")
    assert not [f for f in lint_text(weekly) if f.category == "empty-section"]
    # two items that text follows are still a heading with nothing under it and its sibling
    typed = weekly.replace("二、下周计划\n\n", "")
    assert [f.match for f in lint_text(typed) if f.category == "empty-section"] == ["1、编写注册模块授权代码"]


def test_section_order_is_a_summary_convention_not_a_weekly_one():
    weekly = ("第8周周报\n\n一、本周工作\n\n完成了接口设计和数据库建表。\n\n二、下周计划\n\n完成前端页面。\n\n"
              "三、遇到的问题\n\n接口文档不全，联调进度受影响，需要协调。\n")
    assert not [f for f in lint_text(weekly) if f.category == "structure"]
    summary = weekly.replace("第8周周报", "2024年工作总结")
    assert [f for f in lint_text(summary) if f.category == "structure"]


def test_a_first_item_typed_onto_the_line_before_is_not_a_wrong_start():
    text = "2024年工作总结\n\n一、收获与心得\t\t1、设计理念：理解了前后端分离。\n\n2、团队协作：配合更顺畅。\n\n3、沟通能力：主动汇报。\n"
    assert not [f for f in lint_text(text) if f.rule == "numbering-sequence"]
    text2 = "2024年工作总结\n\n一、收获与心得\n\n2、团队协作：配合更顺畅。\n\n3、沟通能力：主动汇报。\n"
    assert [f for f in lint_text(text2) if f.rule == "numbering-sequence"]


def test_a_first_item_on_a_line_of_the_paragraph_before_is_not_a_wrong_start():
    md = "# 第十二周组会汇报\n\n#自学内容\n1.计算机科普系列\n\n2.数学整理\n\n3.明确学习资源\n"
    assert not [f for f in lint_text(md, markdown=True) if f.rule == "numbering-sequence"]
    assert [f.match for f in lint_text(md.replace("#自学内容\n1.计算机科普系列\n\n", ""), markdown=True)
            if f.rule == "numbering-sequence"] == ["2."]


def test_a_label_typed_without_its_mark_is_reported_not_a_gap():
    text = "2024年工作总结\n\n1.要提高主动性。\n\n2.工作要注重实效。\n\n3要提高大局观。\n\n4.精细化工作方式的思考。\n"
    found = [(f.match, f.context[:3]) for f in lint_text(text) if f.rule == "numbering-sequence"]
    assert found == [("3", "3要提")]


def test_a_label_without_its_mark_anywhere_in_its_list():
    def found(text):
        return [(f.match, f.fix) for f in lint_text(text) if f.rule == "numbering-sequence"]
    head = "2023年街道工作总结\n\n"
    # a part heading between 三、 and 五、, the first item before 2., the last item after 2., an ordinal that lost its 是
    assert found(head + "一、加强学习\n\n学习深入。\n\n二、强化宣传\n\n宣传到位。\n\n三、狠抓落实\n\n落实到位。\n\n"
                 "四以打造特色社区为着力点\n\n社区建设扎实。\n\n五、存在问题\n\n问题较多。\n") == [("四", "四、")]
    assert found(head + "一、主要工作\n\n1保障粮油生产，全年完成。\n\n2.稳定菜篮子工程，全年完成。\n\n3.加强监管。\n") == [("1", "1.")]
    assert found(head + "一、主要工作\n\n1.保障粮油生产。\n\n2.稳定菜篮子工程。\n\n3加强市场监管。\n\n二、存在问题\n\n问题较多。\n") \
        == [("3", "3.")]
    assert found(head + "一、加强党建\n\n一是推进学习教育，发放教材1744册。二把巡视整改作为检验标准。三是抓好政治建设。\n") \
        == [("二", "二是")]
    # a count or a date opening the line is no label: 3月, 四季度, 两个, 二十多人
    assert found(head + "一、主要工作\n\n1.保障粮油生产。\n\n2.稳定菜篮子工程。\n\n3月份起全面开展市场监管。\n") == []
    assert [m for m, _ in found(head + "一、加强学习\n\n二、强化宣传\n\n三、狠抓落实\n\n四季度销售额同比增长12%。\n\n"
                                 "五、存在问题\n")] == ["五、"]
    assert [m for m, _ in found(head + "一、主要工作\n\n一是人员到位。二十多人参加了培训。三是经费到位。\n")] == ["三是"]


def test_a_mask_in_a_figure_column_of_a_table():
    md = ("# 2024年工作总结\n\n## 主要成绩\n\n| 项目 | 一季度 | 二季度 |\n|---|---|---|\n| 培训人次 | 120 | XX |\n"
          "| 走访户数 | 85 | 96 |\n| 发放资金 | 30 | 42 |\n| 负责人 | 王丽 | N |\n")
    found = [(f.match, f.location.get("row")) for f in lint_text(md, markdown=True) if f.rule == "unfilled-figure-table"]
    assert found == [("XX", 2)]
    overview = ("# 2025年度工作总结\n\n| 类别 | 数量 | 具体成果 |\n|:---:|:---:|:---|\n| 版本发布 | 4 | 样机、工具 |\n"
                "| 工具开发 | 3 | 插桩工具 |\n| 公司活动 | N | 运动会、团建 |\n")
    assert [f.match for f in lint_text(overview, markdown=True) if f.rule == "unfilled-figure-table"] == ["N"]
    # a short tracking table: one score in the column, the other masked; an attendance table's ticks are no figures
    tracking = ("# Q1 OKR review\n\n| Date | KR #1 | KR #2 |\n|:--:|:--:|:--:|\n| 18.03.19 | 0.6 | 0.1 |\n"
                "| 05.04.19 | xxx | 0.3 |\n")
    assert [f.match for f in lint_text(tracking, markdown=True) if f.rule == "unfilled-figure-table"] == ["xxx"]
    attendance = ("# Team log\n\n| Date | Wang | Li |\n|:--:|:--:|:--:|\n| 18.03.19 | x | x |\n| 25.03.19 | x | |\n")
    assert not [f for f in lint_text(attendance, markdown=True) if f.rule == "unfilled-figure-table"]


def test_letters_standing_for_a_rows_figures_in_a_template_table():
    """A blank template's table has no figures to make a figure column; X beside Y or Z in one row is the
    row's actual and target. An X alone is a tick, Y/N an answer."""
    md = ("# Monthly Progress Report\n\n| Metric | Current | Target | Change |\n|---|---|---|---|\n"
          "| New Members | X | Y | |\n| Retention | X% | Y% | |\n| Fees | €X | €Y | +/-€Z |\n\n"
          "| Feature | Web | Mobile |\n|---|---|---|\n| Export to PDF | X | |\n| Dark mode | Y | N |\n")
    found = [(f.match, f.location.get("row")) for f in lint_text(md, markdown=True) if f.category == "unfilled-figure"]
    assert found == [("X", 2), ("Y", 2), ("X%", 3), ("Y%", 3), ("€X", 4), ("€Y", 4), ("+/-€Z", 4)]


def test_line_anchored_patterns_are_told_apart():
    from lintdoc.checks.pattern import _line_anchored
    assert _line_anchored("^(?:a|b)x") and _line_anchored("(?i)^\\s*x") and _line_anchored("^[|]x")
    assert not _line_anchored("^a|b") and not _line_anchored("a^") and not _line_anchored("^\\|x|y")


def test_a_pattern_is_skipped_only_when_a_literal_it_needs_is_absent():
    # (the literal analysis itself: tests/test_prefilter.py)
    # case-insensitive rules look in the folded text: "Template" still finds "template"
    assert [f.match for f in lint_text("Weekly Report TEMPLATE\n\nDone.") if f.rule == "boilerplate-template-title"] == ["TEMPLATE"]


def test_a_pattern_is_split_into_its_top_level_alternatives():
    from lintdoc.checks.pattern import _alternatives
    assert _alternatives("(?i)^Tip:|Note to (?:author|editor)|[|]x") == ["(?i)^Tip:", "(?i)Note to (?:author|editor)", "(?i)[|]x"]
    assert _alternatives("^(?:a|b)x") == ["^(?:a|b)x"] and _alternatives("a\\|b|c") == ["a\\|b", "c"]
    # the findings are those of the whole pattern: one per slot
    assert [f.match for f in lint_text("Report\n\nOwner: TBD, due TODO.") if f.rule == "placeholder-todo"] == ["TBD", "TODO"]


def test_english_section_words_are_matched_from_a_word_start():
    """`plan` is not in "Explanation", nor `risk` in "Asterisk": a glossary does not stand for the next steps."""
    md = ("# Q3 Status Report\n\n## Highlights\n\nShipped the billing API.\n\n## Risks\n\nVendor delay.\n\n"
          "## Explanation of terms\n\nAPI: the interface other teams call.\n")
    assert sections(md, markdown=True) == ["next_plans"]
    assert sections(md.replace("## Explanation of terms", "## Plans"), markdown=True) == []


def test_outstanding_issues_are_the_shortcomings_of_a_weekly():
    """A 周报 lists what is left over under 遗留问题 (outstanding issues): that is its 存在问题 part."""
    text = ("项目周报\n\n本周工作：完成用户管理模块开发，修复缺陷12个。\n\n"
            "遗留问题：域名校验尚不完善，部门职位回显尚未完成。\n\n下周计划：完成角色管理功能。")
    assert sections(text) == []
    assert sections(text.replace("遗留问题：", "另外，")) == ["shortcomings"]


def test_advice_for_when_problems_come_is_no_shortcomings_part():
    """遇到困难和问题要虚心求助 is a maxim (what to do when problems come), not a report of problems."""
    text = ("个人工作总结\n\n今年我完成了产品测试任务，编写了测试用例300条。\n\n"
            "做事与做人。工作中遇到困难和问题要虚心求助，多和自己的领导同事沟通。\n\n"
            "明年我将继续学习自动化测试。")
    assert sections(text) == ["shortcomings"]
    assert sections(text.replace("遇到困难和问题要虚心求助", "遇到了一些困难和问题，经验还不足")) == []



def test_results_name_the_achievements_part():
    """一、实习成果 (results) heads the achievements of a summary as 主要成绩 does."""
    text = ("实习总结\n\n一、实习成果\n\n1.登录模块开发上线。\n\n2.接口文档编写。\n\n"
            "二、存在的不足\n\n对业务流程还不够熟悉，代码规范意识不强。\n\n三、下一步打算\n\n深入学习业务知识。")
    assert sections(text) == []
    # under another heading its items still report what was done: a report has that part unless it reads as a plan
    assert sections(text.replace("一、实习成果", "一、实习单位")) == []


def test_notes_numbered_before_the_first_chapter_do_not_take_the_chapters_with_them(tmp_path):
    """A school's template opens with numbered notes; the report's chapters are Heading 1 and hold lists of their
    own. The chapters are one list (第三章 after 第一章 is a gap), the notes another."""
    from docx import Document
    from conftest import lint_file
    doc = Document()
    doc.add_paragraph("实习中期报告")
    doc.add_paragraph("1.报告要求3000字以上。")
    doc.add_paragraph("2.本模板仅为基本参考。")
    for chapter, items in (("第一章 实习项目进展情况", ("1.学习Python。", "2.阅读论文。")),
                           ("第二章 存在问题与解决方案", ("1.样本不均衡。", "2.小目标难检测。")),
                           ("第四章 后续实施计划", ("1.完成实验。",))):
        doc.add_paragraph(chapter, style="Heading1")
        for item in items:
            doc.add_paragraph(item)
    doc.save(tmp_path / "chapters.docx")
    found = [(f.match, f.message) for f in lint_file(tmp_path / "chapters.docx") if f.rule == "numbering-sequence"]
    assert [m for m, _ in found] == ["第四章"]


def test_the_lines_under_a_templates_example_label():
    """The block under a bare `Example:` line ends at a line naming the next part; a paragraph of prose after
    the block's first one is the writer's own. A heading `### Examples` names a part the writer fills. A block is
    one finding, on its first line."""
    text = ("Investor Update Template\n\n2 HIGHLIGHTS (WHAT WENT RIGHT)\nKeep it short.\nExample:\n"
            "✅ Closed enterprise pilot with XYZ Hospital\n✅ Revenue up 18% MoM\n3 METRICS THAT MATTER\n"
            "Keep it consistent.\n\nStatus Update\n\nExample:\n\nThis week I worked on Issue 12.\n\nWe then merged it.\n")
    got = [f.match for f in lint_text(text) if f.rule == "boilerplate-example-block"]
    assert got == ["Closed enterprise pilot with XYZ Hospital", "This week I worked on Issue 12."]
    filled = ("# Sprint 1 Retrospective\n\n## What went well\n\n### Examples:\n\n- Branches were created for each feature\n"
              "- No major merge conflicts\n\nExample: the billing migration cut costs.\n")
    assert not [f for f in lint_text(filled, markdown=True) if f.rule == "boilerplate-example-block"]


def test_an_instruction_heading_answered_under_it_is_the_forms_prompt():
    """A retrospective form's prompts are headings ("### List the team's accomplishments."): answered under them,
    they are the form's; with only the template's italic note under it, the prompt is still the writer's to fill."""
    answered = ("# Team Retrospective Report\n\n### List the team's accomplishments.\n\n*Give yourselves a pat!*\n\n"
                "- We shipped the export and fixed 12 bugs.\n\n### How is communication going?\n\nWell.\n")
    assert not [f for f in lint_text(answered, markdown=True) if f.rule == "placeholder-instruction"]
    blank = answered.replace("- We shipped the export and fixed 12 bugs.\n\n", "---\n\n")
    assert [f.match for f in lint_text(blank, markdown=True) if f.rule == "placeholder-instruction"] == [
        "List the team's accomplishments."]


def test_a_numbered_prompt_answered_by_a_bulleted_list_is_the_forms_prompt(tmp_path):
    """A biweekly report form's prompts are a Word list (3. Describe any significant progress…): bullets under
    one answer it; the next prompt of the list, or a starter line typed under it, does not."""
    from conftest import lint_file
    from docx_fixtures import abstract, lvl, new_document, num, numbered, set_numbering
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "decimal", "%1.")), num(1, 1), abstract(2, lvl(0, "bullet", "•")), num(2, 2))
    doc.add_paragraph("Biweekly Progress Report 6")
    numbered(doc, "Describe any significant progress made by the team as a whole in this time period.", 1, 0)
    numbered(doc, "We finished the architecture section of the final report.", 2, 0)
    numbered(doc, "Describe any delays and their cause in this time period.", 1, 0)
    numbered(doc, "List the tasks you will tackle the upcoming week.", 1, 0)
    doc.add_paragraph("This week we:")
    doc.save(tmp_path / "form.docx")
    got = [f.match for f in lint_file(tmp_path / "form.docx") if f.rule == "placeholder-instruction"]
    assert got == ["Describe any delays and their cause in this time period.",
                   "List the tasks you will tackle the upcoming week."]


def test_punctuation_inside_an_instruction_to_replace_is_not_reported():
    """The instruction is replaced whole, its marks with it; a slip beside it is still a slip."""
    text = ("实习中期报告\n\n（详细介绍已完成的工作情况，包括对问题的推理分析,针对问题设计总体方案。）\n\n"
            "本周完成了数据库设计，接口开发，用例编写,联调。")
    found = [(f.category, f.match) for f in lint_text(text)]
    assert ("placeholder", "（详细介绍已完成的工作情况，包括对问题的推理分析,针对问题设计总体方案。）") in found
    assert [m for c, m in found if c == "punctuation"] == [","]


def test_an_entry_left_empty_in_a_list_filled_entry_by_entry():
    """A retrospective's per-person list, half filled: the skipped names are reported; a label over its own
    sub-list, a fully filled list and a blank template's list of fields are not."""
    md = ("# Sprint 3 Review\n\n## Work Completed\n\n- **Sofia**: built the review API and its tests\n\n"
          "- **Trung**:  \n\n- **Howie**: chat components, profile page\n\n- **Peter**:\n")
    got = [f.match for f in lint_text(md, markdown=True) if f.rule == "placeholder-empty-entry"]
    assert got == ["Trung", "Peter"]
    for ok in ("# Sprint 3 Review\n\n- Sofia: built the review API\n- Trung: fixed the upload bug\n- Howie: chat\n",
               "# Weekly report\n\n- Done: the API\n- Risks:\n  - the vendor is late\n- Next: the tests\n",
               "# Team update template\n\n- Name:\n- Role:\n- Update:\n",
               "# Weekly report\n\n- Blockers:\n- none this week, all merged\n- tests pass\n"):
        assert not [f for f in lint_text(ok, markdown=True) if f.rule == "placeholder-empty-entry"], ok


def test_an_entry_left_empty_in_a_word_list(tmp_path):
    from conftest import lint_file
    from docx_fixtures import new_document, set_numbering, abstract, lvl, num, numbered
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "bullet", "•")), num(1, 1))
    doc.add_paragraph("Sprint 1 Retrospective", style="Title")
    for text in ("Timur: paper prototype and the test sessions", "Krishna: the storyboard", "Howie:", "Sofia:"):
        numbered(doc, text, 1, 0)
    doc.save(tmp_path / "r.docx")
    got = [f.match for f in lint_file(tmp_path / "r.docx") if f.rule == "placeholder-empty-entry"]
    assert got == ["Howie", "Sofia"]
    # an internship log's day: Topic Cover: …, Summary: and the notes or the screenshot under it, no item of the list
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "bullet", "•")), num(1, 1))
    doc.add_paragraph("Internship Report", style="Title")
    for day in ("Day 1", "Day 2"):
        for text in (f"{day}: 5th December 2022", "Topic Cover: Domain name creation", "Summary:"):
            numbered(doc, text, 1, 0)
        doc.add_paragraph("Strings in Python are surrounded by quotes.")
    doc.save(tmp_path / "log.docx")
    assert not [f for f in lint_file(tmp_path / "log.docx") if f.rule == "placeholder-empty-entry"]


def test_a_templates_italic_note_under_each_heading():
    """The italic line a template puts under each heading is reported where two or more parts keep one; a
    stand-up's repeated italic question, a record line, a pointer and a lone note are not."""
    md = ("# Season of Docs case study\n\n## Problem statement\n\n_What problem were you trying to solve?_\n\n"
          "Our docs were out of date.\n\n## Budget\n\n_Include a short section on your budget._\n\nWe spent $5,000.\n")
    got = [(f.rule, f.match) for f in lint_text(md, markdown=True) if f.category == "placeholder"]
    assert got[0] == ("placeholder-part-guidance", "What problem were you trying to solve?")
    assert [m for _, m in got[1:]] == ["Include a short section on your budget."]     # (an instruction rule's too)
    standup = ("# Sprint 3 review\n\n#### Michael\n\n_What did you accomplish yesterday?_\n\n> fixed the mailer\n\n"
               "#### Kel\n\n_What did you accomplish yesterday?_\n\n> the delete dialog\n\n"
               "#### Paul\n\n_What did I learn this sprint as a team?_\n\n> testing first\n")
    records = ("# Treasurer reports\n\n## January\n\n*Meeting: 2026-01-29 | Presented by: Jeff Davis*\n\nBalance $100.\n\n"
               "## Lessons\n\n*Refer to Lessons_Learned.md for complete details*\n\n## Notes\n\n*Figures are unaudited this month.*\n")
    for ok in (standup, records):
        assert not [f for f in lint_text(ok, markdown=True) if f.rule == "placeholder-part-guidance"], ok


def test_a_templates_bracketed_note_under_each_heading():
    """A note in brackets standing under two or more headings of a template is its guidance; a table's unit, a
    continued table and a single bracketed line are the parts' own."""
    md = ("# 会展行业周报模板\n\n## 四、行业观察\n\n### 4.1 行业趋势\n\n- （本周观察到的行业新动向、新模式、新技术）\n\n"
          "### 4.2 政策解读\n\n- （新出台的会展相关政策、补贴、扶持措施）\n\n### 活动二\n\n（同上格式）\n")
    got = [f.match for f in lint_text(md, markdown=True) if f.rule == "placeholder-part-guidance"]
    assert got == ["（本周观察到的行业新动向、新模式、新技术）", "（新出台的会展相关政策、补贴、扶持措施）", "（同上格式）"]
    units = ("# 2024年度工作总结\n\n## 表1 主要指标\n\n（单位：万元）\n\n| 指标 | 完成 |\n|---|---|\n| 收入 | 320 |\n\n"
             "## 表1 主要指标（续）\n\n（续表）\n\n## 二、存在问题\n\n（此部分由办公室汇总，见附件二）\n\n人员不足。\n")
    assert not [f for f in lint_text(units, markdown=True) if f.rule == "placeholder-part-guidance"]


def test_a_forms_bracketed_notes_after_its_headings(tmp_path):
    """A Word form whose headings end in a note saying what to write there (（对照项目任务书陈述完成情况……）,
    （附主要成果相关证明材料）) left them in; a plan's headings naming who leads each part, or one such note, did not."""
    from conftest import lint_file
    from docx_fixtures import new_document
    doc = new_document()
    for text in ["开放基金阶段成果简报", "一、概述", "本课题按计划推进。", "二、科研进展与成果",
                 "2.1 课题主要指标及完成情况（对照项目任务书陈述完成情况，并附成果简介及重要图表）", "完成了纤维分散性表征。",
                 "三、存在问题", "测试设备不足。", "四、意见及建议（请对实验室提出宝贵意见）", "建议增加开放时间。",
                 "五、附件（附主要成果相关证明材料）"]:
        doc.add_paragraph(text)
    doc.save(tmp_path / "brief.docx")
    got = [f.match for f in lint_file(tmp_path / "brief.docx") if f.rule == "placeholder-part-guidance"]
    assert got == ["（对照项目任务书陈述完成情况，并附成果简介及重要图表）", "（请对实验室提出宝贵意见）", "（附主要成果相关证明材料）"]
    doc = new_document()
    for text in ["2025年水利工作计划", "一、推进供水工程（牵头单位：县水利局）", "完成管网改造12公里。",
                 "二、加强河湖管护（牵头单位：县河长办）", "开展巡河120次。", "三、存在问题（附整改清单说明）", "资金不足。"]:
        doc.add_paragraph(text)
    doc.save(tmp_path / "plan.docx")
    assert not [f for f in lint_file(tmp_path / "plan.docx") if f.rule == "placeholder-part-guidance"]


def test_a_templates_questions_left_without_answers():
    """Questions followed by the next heading or the end, three or more in the document, are a template's
    prompts; answered questions, an agenda of questions the text then answers, a question asked under each
    person, and one open question are not."""
    md = ("# Working Group Review Template\n\n## Information About the Working Group\n\n"
          "* What is the purpose of the working group?\n* What problems are you trying to solve?\n\n"
          "## Progress\n\n* What goals have you achieved?\n\n## Future Goals\n\n* What are your current priorities?\n")
    got = [f.match for f in lint_text(md, markdown=True) if f.rule == "placeholder-unanswered-question"]
    assert got == ["What is the purpose of the working group?", "What problems are you trying to solve?",
                   "What goals have you achieved?", "What are your current priorities?"]
    answered = ("# Sprint 12 retrospective\n\n## What went well?\n\nWhat went well?\n\nThe migration finished early.\n\n"
                "What could be improved?\n\nReviews were slow.\n\nWhat will we try next?\n\nPairing on reviews.\n")
    agenda = ("# CS:4400 Weekly Report\n\nFor each meeting we will answer the following questions:\n\n"
              "What did we do this week?\n\nWhere do we need help?\n\nDid we face any problems?\n\n"
              "We met on Monday for about 30 minutes to discuss the ER diagram.\n")
    labels = "# Weekly status\n\n" + "".join(f"## {n}\n\n* What did I work on?\n* What did I accomplish?\n\n"
                                              for n in ("Adam", "Sapana", "Keith"))
    open_question = "# Design notes\n\n## Open questions\n\nShould we cache the index?\n\n## Plan\n\nShip it.\n"
    for ok in (answered, agenda, labels, open_question):
        assert not [f for f in lint_text(ok, markdown=True) if f.rule == "placeholder-unanswered-question"], ok
    # questions over a form's table with nothing in it but its header row are unanswered; a filled row answers
    form = ("# Team Retrospective\n\n## What went well?\n\n* What were you pleased with?\n* What have you learned?\n"
            "* What should we continue to do?\n\n| Attendee | Attendee |\n|:--:|:--:|\n|   |   |\n\n## Next\n\nShip it.\n")
    assert len([f for f in lint_text(form, markdown=True) if f.rule == "placeholder-unanswered-question"]) == 3
    filled = form.replace("|   |   |", "| Kept the demo short | Reviews got faster |")
    assert not [f for f in lint_text(filled, markdown=True) if f.rule == "placeholder-unanswered-question"]


def test_a_generic_label_heading_a_row_of_figures_is_no_stand_in():
    """| priority5 | 1 | 0.85 | labels a filled table's row; | Milestone 1 | [date] | [status] | and a Milestone 1 alone
    on its line are still the template's stand-ins."""
    filled = ("# 团队贡献分配计划\n\n| 任务优先级 | 未超时 | 超时1天 |\n| --- | --- | --- |\n| priority5 | 1 | 0.85 |\n"
              "| priority4 | 1 | 0.88 |\n")
    assert not [f for f in lint_text(filled, markdown=True) if f.rule == "placeholder-stand-in"]
    template = "# Status report\n\n| Milestone | Date | Status |\n| --- | --- | --- |\n| Milestone 1 | [date] | [status] |\n"
    assert "Milestone 1" in [f.match for f in lint_text(template, markdown=True) if f.rule == "placeholder-stand-in"]


def test_a_templates_questions_after_typed_bullets(tmp_path):
    """A Word template whose questions are typed after a bullet (• What are the main highlights this week?) asks
    them as one with Word's bullets does; the finding is the question, not its bullet. Answered, they pass."""
    import docx
    from conftest import lint_file
    d = docx.Document()
    d.add_heading("Project weeknotes", 0)
    d.add_heading("Good things", 1)
    for q in ("What are the main highlights this week?", "Have you hit any milestones?", "What decisions have been made?"):
        d.add_paragraph("•\t" + q)
    d.add_heading("Learned things", 1)
    d.add_paragraph("• Did anything happen that you didn’t expect?")
    d.save(tmp_path / "weeknotes.docx")
    got = [f.match for f in lint_file(tmp_path / "weeknotes.docx") if f.rule == "placeholder-unanswered-question"]
    assert got == ["What are the main highlights this week?", "Have you hit any milestones?",
                   "What decisions have been made?", "Did anything happen that you didn’t expect?"]
    d.add_paragraph("The supplier visit moved to May, which nobody expected.")
    d.save(tmp_path / "answered.docx")
    got = [f.match for f in lint_file(tmp_path / "answered.docx") if f.rule == "placeholder-unanswered-question"]
    assert got == ["What are the main highlights this week?", "Have you hit any milestones?",
                   "What decisions have been made?"]


def test_a_label_run_together_with_a_year_is_a_label():
    """2.2024年… is the label 2. and a year (7.110學年度 in Taiwan's calendar), not the decimal 2.2024 nor a
    section 7.110: the list runs 1. 2. 3. with no gap."""
    for text in ("工作计划\n\n1.加强理论学习。\n\n2.2024年完成村道改造。\n\n3.推进项目建设。",
                 "自評報告\n\n1.提出相關配套措施。\n\n2.110學年度補助項目經費執行率。\n\n3.108-109學年度補助項目如期執行。"):
        assert not [f for f in lint_text(text) if f.category == "numbering"], text
    assert [f.match for f in lint_text("工作计划\n\n1.加强学习。\n\n3.推进建设。") if f.category == "numbering"] == ["3."]


def test_a_style_declaration_typed_into_a_sentence_is_code():
    """水平居中用text-align:center; 设置: the ; ends a CSS declaration, not a Chinese clause; a ; between two
    Chinese clauses of the same text is still a slip."""
    text = ("前端实习周报\n\n本周完成了首页改版；修复了三个问题；下周继续优化。\n\n"
            "文字居中问题之前也遇到过，水平居中用text-align:center; 设置，垂直居中另行处理。\n\n"
            "参训干部560名;覆盖全区。")
    got = [f.match for f in lint_text(text) if f.rule == "punct-ascii-in-chinese"]
    assert got == [";"] and "覆盖全区" in [f.context for f in lint_text(text) if f.rule == "punct-ascii-in-chinese"][0]


def test_an_author_year_reference_is_literal():
    """An APA/Harvard entry (Seo, J. (2019). …) is a bibliography entry like [1] …[J]: its BibTeX braces
    ({ANYONE}) are no template variable; the same braces in the report's own text are."""
    text = ("Progress Report\n\nWe sent the survey to {client_name} in May.\n\nReferences\n\n"
            "Seo, J. (2019). Is the Maker Movement Inclusive of {ANYONE}? Journal of Making, 3(2), 1-5.\n")
    assert [f.match for f in lint_text(text) if f.category == "placeholder"] == ["{client_name}"]


def test_a_numbered_reference_with_its_year_in_brackets_is_literal():
    """[4]惠苗,&张晓冬.(2019)."互联网+"…学报, 36(3), 6. is a bibliography entry: its ASCII marks are not prose."""
    text = ("社团管理系统实训报告\n\n参考文献\n\n[4]惠苗,&张晓冬.(2019).\"互联网+\"高校社团管理系统的设计与实现.萍乡学院学报, 36(3), 6.\n\n"
            "本系统基于Vue实现，界面简洁，前后端分离,运行稳定。\n")
    assert [f.context[:6] for f in lint_text(text) if f.category == "punctuation"] == ["本系统基于V"]


def test_typed_numbers_before_entries_with_their_years_under_references_are_a_bibliography(tmp_path):
    """A proposal's table cell: 参考文献： then 1. 杨真真;徐奕 《题名》 2026.03: its authors' semicolons are no prose;
    the first line that is no entry ends the list, and a plan's 1. 2026年3月完成调研;…, typed after it, is prose."""
    from docx_fixtures import new_document
    from lintdoc.runner import RunOptions, check_one
    doc = new_document()
    doc.add_paragraph("开题报告")
    cell = doc.add_table(rows=1, cols=1).rows[0].cells[0]
    cell.paragraphs[0].text = "参考文献："
    for line in ("1. 杨真真;徐奕;万成业 《融合多尺度频域适配器的时序预测》 2026.03", "2. 任欢;王旭光 《注意力机制综述》2021.01",
                 "四、进度安排", "1. 2026年3月完成文献调研;4月完成模型搭建。"):
        cell.add_paragraph(line)
    path = tmp_path / "proposal.docx"
    doc.save(str(path))
    found = check_one((str(path), None, RunOptions(cache=None), None)).findings
    assert [f.context[:6] for f in found if f.category == "punctuation"] == ["1. 202"]


def test_the_colon_after_a_file_name_typed_as_code_is_the_labels():
    """- ✅ `utils.py`: 数据工具函数 lists a file with its description: the colon after the code is the label's; in
    the same report 完成情况:结算界面 is a slip (the report writes ：and ，elsewhere)."""
    md = ("# 中期报告\n\n本阶段完成了数据处理，模型训练，评测三部分。\n\n主要问题：训练时间长。\n\n下一步：优化模型。\n\n- ✅ `utils.py`: 数据工具函数，包括collate函数\n"
          "- （已移除）`demo.py`: 旧版演示脚本\n\n完成情况:结算界面已上线，运行稳定，用户反馈良好。\n")
    got = [f.context[:4] for f in lint_text(md, markdown=True) if f.rule == "punct-ascii-in-chinese"]
    assert got == ["完成情况"]


def test_a_reference_list_in_one_markdown_paragraph_is_literal():
    """参考文献： and its entries on the lines of one paragraph (no blank line between them, as Markdown and text
    files often write it) are a bibliography: 张三 there is an author, its commas are not prose. A paragraph
    with one prose line among the entries is checked."""
    refs = ("# 信息中心工作总结\n\n迁移完成了。\n\n参考文献：\n[1] 张三. 数据中心迁移实践[J]. 计算机工程, 2020, 46(3): 1-8.\n"
            "[2] 李四. 机房改造[J]. 电脑知识, 2019, 15(2): 3-5.\n")
    assert not [f for f in lint_text(refs, markdown=True) if f.category in ("placeholder", "punctuation")]
    mixed = refs.replace("[2] 李四", "张三负责了机房改造,效果很好。\n[2] 李四")
    assert [f.match for f in lint_text(mixed, markdown=True) if f.category == "placeholder"]


def test_converter_pinyin_is_reported_once_with_its_count():
    """A page whose script converter left pinyin after many characters gets one finding that counts them, not one
    per character; a pronunciation given on purpose is not reported."""
    page = "森林消防年度工作總結(jié)\n\n我們加強(qiáng)隊(duì)伍建設，響應(yīng)迅速，發(fā)展良好。\n"
    found = [(f.match, f.message) for f in lint_text(page) if f.rule == "converter-residue"]
    assert found == [("(jié)", "文中有5处繁简转换留下的拼音（如“(jié)”），应删除")]
    assert not [f for f in lint_text("工作总结\n\n“重(chóng)新”的读音要注意。\n") if f.rule == "converter-residue"]


def test_versions_are_not_section_numbers():
    md = "# Board report\n\n## Releases\n\n- 2.30.0 released with bug fixes\n- 2.31.0 released, with notable improvements\n"
    assert not [f for f in lint_text(md, markdown=True) if f.category == "numbering"]


def test_a_forms_field_in_each_weeks_report_is_no_copy():
    """A file holding several weekly reports of one form repeats its fields under each week's heading; an
    accomplishment copied from last week's report is still reported."""
    week = ("## Project Status Report\n\nProject Manager: James Madden\n\nPeriod: week {n}\n\n"
            "### Accomplishments\n\n- Conducted interviews and determined user requirements with the client\n\n")
    md = "# Payroll System: weekly status reports\n\n" + week.format(n=1) + week.format(n=2)
    got = [f.match for f in lint_text(md, markdown=True) if f.rule == "duplicate-text"]
    assert got == ["Conducted interviews and determined user requirements with the client"]


def test_an_emoji_shortcode_is_markup():
    """GitHub's :bug: and :warning: open a Markdown item of a priority legend: their colons are no Chinese
    colon at a paragraph's start nor an ASCII one in Chinese text; a colon typed after a Chinese label still is."""
    md = "# 周会模板\n\n- :bug: 设计缺陷、漏洞，可以正常迭代\n- :warning: 重要不紧急，下周处理\n\n完成情况:接口联调，测试中。\n\n本周目标：完成登录。\n\n下周目标：完成支付。"
    got = [(f.rule, f.match) for f in lint_text(md, markdown=True) if f.category == "punctuation"]
    assert got == [("punct-ascii-in-chinese", ":")]


def test_a_bracket_a_table_cell_closes_on_its_next_line(tmp_path):
    """A schedule's cell breaks its date range over two lines (（2017.09.01- / 2017.10.31）): the cell's lines pair
    up; a bracket no line of the cell closes is still reported, and a body paragraph is still checked alone."""
    from docx_fixtures import new_document
    from conftest import lint_file
    doc = new_document()
    doc.add_paragraph("论文实施计划").runs[0].bold = True
    table = doc.add_table(rows=2, cols=2)
    cell = table.rows[0].cells[0]
    cell.text = "第一阶段"
    cell.add_paragraph("（2017.09.01-")
    cell.add_paragraph("2017.10.31）")
    table.rows[0].cells[1].text = "收集整理资料，确定毕设题目。"
    other = table.rows[1].cells[0]
    other.text = "第二阶段"
    other.add_paragraph("（2017.11.01-")
    table.rows[1].cells[1].text = "发表小论文。"
    doc.add_paragraph("本阶段完成资料收集（")
    doc.add_paragraph("见附件）。")
    doc.save(tmp_path / "c.docx")
    got = [f.context for f in lint_file(tmp_path / "c.docx") if f.rule == "punct-unpaired"]
    assert got == ["（2017.11.01-", "本阶段完成资料收集（", "见附件）。"]


def test_a_mark_after_the_number_of_an_automatic_label(tmp_path):
    """Word's label 一． (chineseCounting "%1．") takes 、 under GB/T 9704: reported on the mark, the paragraph as
    seen (label, a space, text) as the context; 一、 and 1. are not, nor is a typed 一． by this rule (the text
    rules report that one)."""
    from docx_fixtures import new_document, set_numbering, abstract, lvl, num, numbered
    from conftest import lint_file
    doc = new_document()
    set_numbering(doc, abstract(1, lvl(0, "chineseCounting", "%1．", extra='<w:suff w:val="nothing"/>')), num(1, 1),
                  abstract(2, lvl(0, "chineseCounting", "%1、") + lvl(1, "decimal", "%2.")), num(2, 2))
    doc.add_paragraph("团队总结").runs[0].bold = True
    numbered(doc, "在代码和文档的管理中，我们引入了代码托管平台。", 1, 0)
    numbered(doc, "租用了云服务器，保证了后台服务的稳定。", 1, 0)
    numbered(doc, "主要工作", 2, 0)
    numbered(doc, "完成了登录模块。", 2, 1)
    doc.add_paragraph("一．本段的序号是打出来的。")
    doc.save(tmp_path / "l.docx")
    got = [(f.match, f.context[:6], f.offset) for f in lint_file(tmp_path / "l.docx") if f.rule == "punct-auto-label"]
    assert got == [("．", "一． 在代码", 1), ("．", "二． 租用了", 1)]


def test_a_quoted_format_holds_its_variable_parts():
    """A name or a message given as a format (命名“xxx支队__材料”, 自动发送“你的成绩是xxx”) keeps its xxx and __: they
    stand for what varies; the same marks in a sentence of the report are still leftovers."""
    text = ("实践总结\n\n请另起一个文件夹，命名“xxx支队__情系母校活动材料”，对具体内容不作要求。\n\n"
            "公众号能根据发送的内容回复，比如发送“查询成绩”自动发送“你的成绩是xxx”。\n\n本次活动共有xxx人参加。")
    got = [(f.match, f.context[:4]) for f in lint_text(text) if f.category in ("placeholder", "unfilled-figure")]
    assert got == [("xxx", "本次活动")]


def test_brackets_in_a_file_name_are_the_files():
    """A link to 指南(初版).md (its target holding the same brackets) and an attachment 纪要(终稿).docx keep the
    name as the file has it; the same brackets in a sentence are still ASCII marks in Chinese."""
    md = ("# 实习周报\n\n本周完成了站点更新文档的整理，并与导师讨论了下一步的分发机制。\n\n"
          "- [GitHub Pages站点更新指南(初版).md](other-doc/GitHub Pages站点更新指南(初版).md) - 使用指南\n"
          "- 附件：会议纪要(终稿).docx 已上传到共享盘。\n\n会议纪要(终稿)已经上传到共享盘，请各位同事查阅，本周共完成三项任务。\n")
    got = [(f.match, f.context[:4]) for f in lint_text(md, markdown=True) if f.category == "punctuation"]
    assert got == [("(", "会议纪要"), (")", "会议纪要")]


def test_a_log_of_dated_entries_is_no_list_of_sections():
    """An engineer's daily log dates its entries month.day (2.22 工作进展, 2.25 …, 3.4 …): no gap between 2.22 and 2.25
    and none between 2.25 and 3.4; the same labels as sections (each parent opened at .1) are still checked."""
    log = "".join(f"{d}工作进展：\n\n参加项目例会，整理文档。\n\n" for d in ("2.21", "2.22", "2.25", "3.4", "3.5", "3.8", "4.2", "4.3"))
    assert not numbering("海外项目工作日报\n\n" + log)
    sections = "".join(f"{d} 需求分析\n\n说明。\n\n" for d in ("2.1", "2.2", "2.5", "3.1", "3.2", "4.1", "4.2"))
    assert [m for m, _ in numbering("项目总结\n\n" + sections)] == ["2.5"]


def test_decimal_section_numbers_keep_to_their_parent():
    """Under 3.2 the sections run 3.2.1, 3.2.2: a 3.1.2 kept from an earlier parent, a 3.3.3 under the same parent
    and a second 3.1.1 under 3.1 are reported; 3.2.1项目概述 is a section's number (a quantity has one point: 3.5万元),
    and sections picked from a book (5.1, then 5.1.6, 5.1.7) are not a list that starts late."""
    text = ("项目总结报告\n\n3.1 路由模块\n\n3.1.1 功能需求\n\n路由模块负责接受请求并分发给对应的处理函数。\n\n"
            "3.1.1 非功能需求\n\n路由接口遵循统一的命名风格，便于维护。\n\n3.2 需求分析\n\n3.2.1项目概述\n\n介绍项目的背景和目标。\n\n"
            "3.2.2 功能性需求\n\n列出系统的主要功能。\n\n3.1.2 修改后的插桩\n\n说明插桩的实现。\n\n3.3.3 完善之前提取的特征\n\n说明特征。\n")
    assert [m for m, _ in numbering(text)] == ["3.1.1", "3.1.2", "3.3.3"]
    assert not numbering("C++学习周报\n\n5.1 for循环\n\n5.1.6 副作用和顺序点\n\n完整表达式是指……\n\n5.1.7 前缀格式和后缀格式\n\n说明。\n")


def test_a_sub_lists_first_item_run_on_after_its_parents_label():
    """一．1.输入形式为整型。 / 2.输出形式为整型。 / 二．1.…… / 2.……: each 一． opens a part whose list's 1. runs on after
    the label; neither 2. starts a list at 2, and 三． follows 二．."""
    text = ("数据结构实习报告\n\n一．1.输入形式为整型，范围为大于0的整数。\n\n2.输出形式为整型。\n\n3.功能：按顺序输出序号。\n\n"
            "二．1.本程序用到的类型为结构体。\n\n2.主程序流程：构建循环单链表，输出结果。\n\n三．调试分析\n\n1.通过构建循环单链表解决报数问题。\n")
    assert not numbering(text)


def test_a_call_written_into_a_sentence_keeps_its_ascii_brackets(tmp_path):
    """Study notes on JavaScript in Word: a call's brackets around Chinese arguments (JSON.stringify(对象), new Map(数组),
    getUser(编号)) and an arrow function's ((参数)=>返回值) are the language's; a gloss after a word (python(一种语言))
    is still a slip."""
    lines = ["前端学习周报", "数组转Map：new Map(数组)，Map转JSON：JSON.stringify(对象)。", "箭头函数：(参数)=>返回值。",
             "按编号查找用户：getUser(编号)。", "本周学习了python(一种语言)的基础语法。"]
    assert _punctuation_contexts(tmp_path, lines) == {lines[4]}


def test_a_table_row_that_documents_code_keeps_its_ascii_marks():
    """A data dictionary in a Markdown report: the row of a field in backticks describes codes (0:正常, 1:心动过速)
    and formats ((JSON格式)) in the notation's marks; the same marks in a row of prose are slips."""
    text = ("中期报告\n\n本周完成了数据库设计（含三张表），接口设计（含五个接口）和页面原型（含首页），字段说明如下：\n\n| 字段 | 类型 | 说明 |\n|---|---|---|\n"
            "| `warning_id` | Integer | 潜在慢病警告（0:正常, 21:睡眠呼吸暂停） |\n| `breath_waveform` | Text | 呼吸波形 (JSON格式) |\n"
            "| 心率 | 数值 | 每分钟心跳次数(平均值) |\n")
    got = [f.context for f in lint_text(text, True) if f.rule == "punct-ascii-in-chinese"]
    assert got and all("每分钟心跳次数" in c for c in got)


def test_primes_apostrophes_and_one_mark_quotes_are_not_unpaired():
    """A formula's primes (g’(x’,y’)) and an apostrophe after a word (the teachers’ room) open nothing; names quoted
    with the closing mark on both sides (分为 ’Road’, ’City’ 和’Person’五类) pair up. A ’ that closes nothing before
    Chinese is still reported."""
    text = ("实习报告\n\n影像g(x,y)与g’(x’,y’)的相关系数为ρ。\n\n原始数据分为 ’Road’, ’City’ 和’Person’五类。\n\n"
            "我们参观了the teachers’ room。\n\n本次活动主题是团结’，效果很好。")
    got = [f.context for f in lint_text(text) if f.rule == "punct-unpaired"]
    assert got == ["本次活动主题是团结’，效果很好。"]


def test_parenthesised_digit_signs_are_the_bracketed_list_written_another_way():
    """⑴ ⑵ (one character each, as Word's symbol font or a converter leaves them) number the same level as (1) (2):
    a ⑵ among (1) (3) is the list written two ways, a ⑴ ⑵ ⑷ list skips ⑶."""
    mixed = "四月工作总结\n\n一、教学工作\n\n(1)按计划开展教学。\n\n⑵认真准备好每一堂课。\n\n(3)督促幼儿按时午睡。"
    assert [(m, msg) for m, msg in numbering(mixed)] == [("⑵", "同一级编号格式不一致：“⑵”与“(1)”")]
    assert numbering(mixed.replace("⑵", "(2)")) == []
    signs = "四月工作总结\n\n⑴做好卫生。\n\n⑵做好消毒。\n\n⑷做好记录。"
    assert [m for m, _ in numbering(signs)] == ["⑷"]
    assert numbering(signs.replace("⑷", "⑶")) == []


def test_markdown_links_without_an_address_are_left_to_fill():
    """[Trello](), [Demo](#) and [书名](.) keep their syntax in a Markdown file and are reported; a link with an
    address, or to a heading of the page, is plain text."""
    md = ("# Weekly Status\n\n- Board: [trello]()\n\n| Contract | [**Demo**](#) |\n|---|---|\n| Escrow | done |\n\n"
          "读书会书目：[《开源之迷》](.)\n\nSee [the notes](#next-steps) and [the board](https://trello.com/b/abc).\n")
    got = [f.match for f in lint_text(md, True) if f.rule == "placeholder-empty-link"]
    assert got == ["[trello]()", "[**Demo**](#)", "[《开源之迷》](.)"]


def test_a_function_signature_heading_its_description_keeps_its_colon(tmp_path):
    """A project summary in Word describes its functions one per paragraph, the signature first
    (change_password(self): 这个函数实现了修改密码的功能); that colon is the signature's. A Chinese label with an ASCII
    colon is still a slip."""
    lines = ["项目总结报告", "主要函数说明如下，共有三个。", "change_password(self): 这个函数实现了修改密码的功能。",
             "get_error_log(self): 用于查看当前错题（错误日志）。", "完成情况:登录和注册功能已上线。"]
    assert _punctuation_contexts(tmp_path, lines) == {lines[4]}


def test_an_emoticons_mouth_is_no_bracket():
    """（ a.k.a. 我们连周报都开源了 ;-) ）: the ;-) is a face, and the full-width brackets around the aside pair up."""
    text = "实验室周报\n\n这是每周进展更新（ a.k.a. 我们连周报都开源了 ;-) ）。\n\n本周没有进展 :(\n\n本周完成了编译(测试。"
    got = [f.context for f in lint_text(text) if f.rule == "punct-unpaired"]
    assert got == ["本周完成了编译(测试。"]

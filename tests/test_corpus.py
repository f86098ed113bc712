"""Accuracy on the broad corpus (tests/corpus/{tune,check}): documents from many sources, annotated by hand.

The check half is only measured, never tuned on. These floors are today's check-half figures on its
text documents (the real .docx files are not in the repository; tests/tools/corpus.py scores them where
they are present): a change that lowers them lost accuracy on drafts nobody tuned for. The issue's
target bars (leftover P ≥ 0.95 / R ≥ 0.90, sections F1 ≥ 0.85, boilerplate F1 ≥ 0.75) are not all reached
yet; README's Accuracy section has the figures.
"""
import json
import os
import pathlib
import subprocess
import sys

TOOLS = pathlib.Path(__file__).resolve().parent / "tools"


def scores(tmp_path, half):
    out = tmp_path / f"{half}.json"
    subprocess.run([sys.executable, str(TOOLS / "corpus.py"), "score", "--half", half, "--json", str(out)],
                   check=True, capture_output=True, text=True, env={**os.environ, "LINTDOC_REAL_DOCX": str(tmp_path / "none")})
    return json.loads(out.read_text(encoding="utf-8"))[f"{half}/all"]


def test_check_half_does_not_lose_accuracy(tmp_path):
    s = scores(tmp_path, "check")
    # (recall 0.85 before r44 joined: an OKR draft's 25 unfilled key results and a generated report never filled in,
    # held out and missed by 0.27.0 and this code alike)
    # (precision 0.96 before r69–r71 joined: a lab's meeting template whose questions to the student its annotator left
    # unmarked, masked figures a few drafts list only once; the bar is 0.95)
    assert s["leftover"]["precision"] >= 0.95 and s["leftover"]["recall"] >= 0.84
    # (0.58 before r28 joined, its sections judged present by content; 0.57 before r40, 0.56 before r42, 0.55 before r46,
    # 0.54 before r51: weeknotes and a monthly report whose problems and plans are told in passing; 0.53 before r55–r60:
    # library directors' and principals' reports, Markdown weeklies and personal summaries whose problems are told in passing;
    # 0.51 before r62–r65: a hospital director's debriefing that points to another report's 存在的问题, retrospectives,
    # minutes and SEO articles about debriefings judged one way or the other; 0.49 before r72: course-design and lab
    # reports asked for shortcomings and plans, a newsletter and a study summary whose plans are told in passing; 0.48
    # before r81–r83: a lab's monthly commit logs titled only 2026年2月, meeting minutes and a Taiwan agency's list of
    # achievements, whose annotators asked for the problems and plans parts; 0.47 before r91: student teams' Markdown scrum
    # reports, plans and a contest retrospective's skeleton, a college's news page and a university's foreword, whose
    # annotators judged parts missing that lintdoc found or did not ask for: 1 of 16 found blind, by 0.38.0 and this code alike)
    assert s["missing-section"]["f1"] >= 0.46
    # (boilerplate 0.61 before r45 joined: a tutorial page showing an example report, reported line by line; raised to
    # today's 0.73 less a margin when r55–r60's kinds of page furniture were added, and to 0.74 when r62–r65's were)
    # (punctuation 0.71 before r72: a study summary's bilingual glossary, 栈 stack, 队列 queue, whose annotator left its
    # ASCII commas after English words unmarked, where 44 such commas are marked in other drafts; 0.70 before r73: a
    # Markdown weekly writing ASCII colons after Chinese 33 times against 13 full-width ones, a house style the rule
    # leaves alone and its annotator marked mark by mark; 0.68 before r77: two Word course reports whose annotators
    # marked a bracketed clause or a quotation as one item, (th默认0.6,与dlib官方推荐一致), "查看用户协议", where the
    # rule reports each ASCII mark of it, as most of the corpus's truths mark them; 0.67 before r87: a Markdown project
    # summary writing **前端**: React after every bold label, 27 ASCII colons and no full-width one, a house style the rule
    # leaves alone and its annotator marked mark by mark)
    assert s["boilerplate"]["f1"] >= 0.74 and s["punctuation"]["f1"] >= 0.66
    assert s["clean"]["per_document"] <= 0.50


def test_tuning_half_figures(tmp_path):
    s = scores(tmp_path, "tune")
    # (recall 0.90 before r46 joined: grant forms whose instruction sentences, `Provide a comparison of …`, are missed; 0.89
    # before r54: templates whose stand-ins describe the content, `Brief description of what happened.`, `User impact`)
    # (precision 0.96 before r75 joined: a half-filled retrospective template whose question headings and TBD cells its
    # annotator left unmarked, and an issue template whose empty fields likewise; the bar is 0.95)
    # (recall 0.88 before r84 joined: an English status template's stand-ins and a Word daily-report form's hints, held out
    # and missed by 0.35.0 and this code alike)
    assert s["leftover"]["precision"] >= 0.95 and s["leftover"]["recall"] >= 0.87
    # (boilerplate 0.80 before r47 joined: page numbers a document site runs into the text, 1、 2、; clean 0.34 before r25 and r26 joined, 0.37
    # before r28, 0.38 before r29, 0.41 before r31, 0.42 before r51–r53: finished reports, parish councils' among them, whose
    # problems are told in passing, asked for that part; 0.47 before r67–r69: foundations' and clubs' annual reviews with no
    # problems part, a school's evaluation form whose score column reads as page numbers; 0.48 before r70: pages cut off
    # before their problems part, an information-disclosure report's and a group's speech among them; 0.49 before r71:
    # a teaching group's speech and an engineering weekly with no problems part, a document number's year in [ ]; 0.50
    # before r72–r73: a chairman's statement's brackets the page left unpaired, and a clean report's doubled word,
    # "ourselves the the", which its annotator lists as a slip of kind other and repeated-word-en now reports; 0.52
    # before r77–r79: an intern's log keeping the template's brackets around his real name, [Kishan Goli], and a
    # retrospective's table of test accounts, 张三 | zhangsan | 123456; 0.54 before r81–r83: a principal's memo to staff,
    # "Principal's Update", read as a report and its "Please update your classroom and hall displays." as a template's
    # instruction, and an OKR review with no problems part; 0.55 before r85: a site generator's blank weekly template
    # whose six empty headings are reported, and clean weeklies and a sprint review with no problems or plans part)
    assert s["boilerplate"]["f1"] >= 0.79 and s["clean"]["per_document"] <= 0.58


def test_every_real_docx_truth_names_where_to_restore_it_from():
    """`corpus.py restore` finds each real .docx again by its truth's `github OWNER/REPO PATH@COMMIT` and sha256 (the
    files are not committed; a new machine fetches them): a truth file it cannot parse would drop out of the scores."""
    sys.path.insert(0, str(TOOLS))
    import corpus
    import yaml
    truths = sorted(corpus.CORPUS.glob("*/docx/*.yaml"))
    parsed = {stem for stem, repo, path, commit, sha in corpus.docx_sources() if "/" in repo and path and sha}
    assert truths and {t.stem for t in truths} == parsed
    assert all(len(yaml.safe_load(t.read_text(encoding="utf-8"))["sha256"]) == 64 for t in truths)

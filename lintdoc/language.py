"""Document language: Chinese when Han characters carry a fair share of the text; English when the
Latin words are English; "other" for any other language (Russian, Danish, …), which the English and
Chinese word rules must not judge.

>>> detect_language("区委宣传部上半年工作总结")
'zh'
>>> detect_language("Quarterly progress report: we shipped the new flow and the team closed the open bugs.")
'en'
>>> detect_language("Отчёт о работе школы за 2017 год: план мероприятий выполнен полностью.")
'other'
>>> detect_language(" ".join(["Projektet er forsinket, og det er ikke muligt at levere til tiden med de ressourcer som vi har."] * 3))
'other'
"""
import re

from lintdoc import rx

HAN_RUN = rx.compile(r"[\u3400-\u9fff]+")     # (regex compiles a range at once; re builds a 27k-entry map)
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-žǍ-ǰ]{2,}")
OTHER_RUN = rx.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0e00-\u0e7f\u3040-\u30ff\uac00-\ud7af]+")
# words every English paragraph uses; in Danish, German or Spanish text they are rare
ENGLISH = frozenset("the and of to in is for with on we our this that was were be by are it as at from has have "
                    "will an or not all".split())
# and the words every paragraph of Danish, Norwegian, Swedish, German, Dutch, French, Spanish, Portuguese or
# Italian uses (a template full of [Name] and [Date] has few English function words, and is still English)
OTHER_LATIN = frozenset("og det er til af på med som ikke var och att inte und der die das ist nicht mit von zu "
                        "den het een van niet les et des du est pour dans une sur el los las que por con para del "
                        "una em um uma não il che per della sono".split())


def detect_language(text: str) -> str:
    sample = text[:8000]             # a draft's language shows in its first pages
    han = sum(map(len, HAN_RUN.findall(sample)))
    words = LATIN_WORD.findall(sample)
    others = sum(map(len, OTHER_RUN.findall(sample)))
    # one Han character carries about as much as one English word
    if han >= len(words) * 0.5 and han > 0 and han >= others / 4:
        return "zh"
    if others > 3 * len(words) + 20:
        return "other"               # Cyrillic, Greek, Arabic, Hebrew, Thai, Japanese kana, Hangul
    if len(words) >= 30:
        english = sum(1 for w in words if w.lower() in ENGLISH)
        foreign = sum(1 for w in words if w.lower() in OTHER_LATIN)
        if foreign > 2 * english and foreign >= 0.04 * len(words):
            return "other"           # a Latin-script language that is not English
    return "en"

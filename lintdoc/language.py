"""Document language: Chinese when Han characters carry a fair share of the text.

>>> detect_language("区委宣传部上半年工作总结")
'zh'
>>> detect_language("Quarterly progress report")
'en'
"""
import re

HAN = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_language(text: str) -> str:
    sample = text[:8000]             # a draft's language shows in its first pages
    han = len(HAN.findall(sample))
    words = len(LATIN_WORD.findall(sample))
    # one Han character carries about as much as one English word
    return "zh" if han >= words * 0.5 and han > 0 else "en"

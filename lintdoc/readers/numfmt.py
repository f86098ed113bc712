"""Word number formats (`w:numFmt`): turn a counter into the text Word shows.

>>> format_number(12, "chineseCounting")
'十二'
>>> format_number(3, "decimalEnclosedCircle")
'③'
"""
from __future__ import annotations

CN_DIGITS = "〇一二三四五六七八九"
LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"
STEMS = "甲乙丙丁戊己庚辛壬癸"
ZODIAC = "子丑寅卯辰巳午未申酉戌亥"


def _roman(n: int) -> str:
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


LETTER_MAX = 26 * 30                # beyond 30 repeats (a damaged or hostile start value) show digits


def _letter(n: int, upper: bool) -> str:
    # Word repeats the letter: 27 -> AA, 53 -> AAA
    if n <= 0 or n > LETTER_MAX:
        return str(n)
    ch = chr(ord("A" if upper else "a") + (n - 1) % 26)
    return ch * ((n - 1) // 26 + 1)


def chinese_counting(n: int) -> str:
    """一 … 十, 十一 … 九十九; 100 and above digit by digit (一〇〇), as Word does."""
    if n < 0:
        return str(n)
    if n < 10:
        return CN_DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")
    return "".join(CN_DIGITS[int(d)] for d in str(n))


def chinese_counting_thousand(n: int, digits: str = CN_DIGITS, units=("", "十", "百", "千"),
                              ten_alone: str = "十") -> str:
    """一 … 十 … 一百〇一 … 一千: positional Chinese numerals up to 9999 (then 万)."""
    if n < 0:
        return str(n)
    if n == 0:
        return digits[0]
    if n >= 10000:
        high, low = divmod(n, 10000)
        rest = chinese_counting_thousand(low, digits, units, ten_alone) if low else ""
        zero = digits[0] if 0 < low < 1000 else ""
        return chinese_counting_thousand(high, digits, units, ten_alone) + "万" + zero + rest
    if 10 <= n < 20 and ten_alone:
        return ten_alone + (digits[n - 10] if n > 10 else "")
    out, pending_zero = [], False
    for pos in range(3, -1, -1):
        d = (n // 10 ** pos) % 10
        if d == 0:
            if out:
                pending_zero = True
            continue
        if pending_zero:
            out.append(digits[0])
            pending_zero = False
        out.append(digits[d] + units[pos])
    return "".join(out)


def format_number(n: int, fmt: str, custom: str | None = None) -> str:
    """The text of counter `n` in Word number format `fmt` ('' for none, bullets handled by the caller)."""
    if fmt in ("decimal", "ordinal", "cardinalText", "ordinalText", "decimalHalfWidth", None, ""):
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}" if 0 <= n < 10 else str(n)
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in str(n))
    if fmt == "upperLetter":
        return _letter(n, True)
    if fmt == "lowerLetter":
        return _letter(n, False)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("chineseCounting", "japaneseCounting", "taiwaneseCounting"):
        return chinese_counting(n)
    if fmt in ("chineseCountingThousand", "taiwaneseCountingThousand", "japaneseCountingThousand"):
        return chinese_counting_thousand(n)
    if fmt == "chineseLegalSimplified":
        return chinese_counting_thousand(n, LEGAL_DIGITS, ("", "拾", "佰", "仟"), ten_alone="")
    if fmt in ("ideographDigital", "taiwaneseDigital"):
        return "".join(CN_DIGITS[int(d)] for d in str(n))      # digit by digit: 一 … 九, 一〇, 一一
    if fmt == "ideographTraditional":
        return STEMS[n - 1] if 1 <= n <= 10 else str(n)
    if fmt == "ideographZodiac":
        return ZODIAC[n - 1] if 1 <= n <= 12 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese"):
        if 1 <= n <= 20:
            return chr(0x2460 + n - 1)
        return str(n)
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "custom" and custom:
        return _custom(n, custom)
    if fmt == "none":
        return ""
    return str(n)


def _custom(n: int, pattern: str) -> str:
    """Word 2010 custom formats such as "001, 002, 003": zero-padded decimal by the first sample."""
    first = pattern.split(",")[0].strip()
    if first.isdigit():
        return str(n).zfill(len(first))
    return str(n)

"""How much one reference may hold: past these limits a value is refused, with a message naming the limit.

No real reference comes near them; a damaged or hostile file does, and without a bound it makes
work grow without end (a 5,000-digit year cannot even be printed, a list nested 20,000 deep
overflows the stack of whatever reads it next).
"""

from __future__ import annotations

import math
from typing import Any

#: A whole number (a year, a footnote, a volume) has at most this many digits: every number CSL
#: readers keep exactly, JavaScript's included (2**53 has 16 digits).
MAX_DIGITS = 15
WHOLE_NUMBER_BOUND = 10**MAX_DIGITS - 1
#: A text value holds at most this many characters (a long abstract is a few thousand).
MAX_TEXT_LENGTH = 100_000
#: Lists and mappings nest at most this deep, counted from the file's top (a reference needs 7).
MAX_DEPTH = 64
#: A file holds at most this many references (the 100,000 of the benchmarks take 44 MB; a count past
#: this is a generated or damaged file, refused before any of it is validated).
MAX_REFERENCES = 1_000_000


def digit_count(number: int) -> int:
    """The decimal digits of ``number``, for any size (``str()`` refuses past 4,300 digits)."""
    if -WHOLE_NUMBER_BOUND <= number <= WHOLE_NUMBER_BOUND:
        return len(str(abs(number)))
    estimate = int(math.log10(abs(number))) + 1  # a float: 10**5000 - 1 comes out one digit long
    return estimate - 1 if abs(number) < 10 ** (estimate - 1) else estimate


def too_many_digits(number: int) -> str:
    return f"a whole number has at most {MAX_DIGITS} digits (the limit), this one has {digit_count(number)}"


def is_whole_number_text(text: str) -> bool:
    """True for ``2022`` or ``-5`` written as text: ASCII digits only (``str.isdigit`` takes ``²``), within
    the digit limit."""
    digits = text.strip().removeprefix("-")
    return digits.isascii() and digits.isdigit() and len(digits) <= MAX_DIGITS


def check_nested(value: Any, depth: int) -> Any:
    """``value`` if its lists and mappings nest at most ``MAX_DEPTH - depth`` levels and its whole numbers keep
    to the digit limit; else ValueError. Iterative: the point is to survive what recursion would not."""
    pending = [(value, depth)]
    while pending:
        item, level = pending.pop()
        if isinstance(item, (dict, list)):
            if level >= MAX_DEPTH:
                raise ValueError(f"nested deeper than {MAX_DEPTH} levels (the limit)")
            pending.extend((child, level + 1) for child in (item.values() if isinstance(item, dict) else item))
        elif isinstance(item, int) and not isinstance(item, bool) and abs(item) > WHOLE_NUMBER_BOUND:
            raise ValueError(too_many_digits(item))
        elif isinstance(item, str) and len(item) > MAX_TEXT_LENGTH:
            raise ValueError(f"a text value has at most {MAX_TEXT_LENGTH:,} characters (the limit), "
                             f"this one has {len(item):,}")
    return value

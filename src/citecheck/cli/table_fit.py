"""Fitting a table to the terminal: one line per row, cells cut with an ellipsis, never wrapped.

A wrapped cell splits words and ids across lines (``Russ/ia-C/hina``); a cut one stays readable and says
that it was cut. Columns that hold ids and dates are kept whole; the others share what is left by weight, a
column that needs less than its share gives the rest back, and a column is dropped (by its priority) when
even its header would not fit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ELLIPSIS = "…"


@dataclass(frozen=True)
class Column:
    header: str
    weight: int = 0  # 0: kept whole; else its share of the room left
    words: bool = True  # cut at a word boundary (prose); False: at any character (URLs)
    priority: int = 0  # columns are dropped lowest priority first when the terminal is too narrow
    min_width: int = 0


def overhead(count: int) -> int:
    """Characters a rich table with ``count`` columns spends on borders and padding (``│ x │``)."""
    return 3 * count + 1


def fit(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int) -> tuple[list[int], list[int]]:
    """Which columns to show (their indexes) and each one's width, for a table ``width`` characters wide."""
    shown = list(range(len(columns)))
    natural = [max([len(columns[i].header), *(len(row[i]) for row in rows)]) for i in shown]
    while True:
        widths = _share([columns[i] for i in shown], [natural[i] for i in shown], width - overhead(len(shown)))
        droppable = [i for i in shown if columns[i].priority > 0]
        if widths is not None or not droppable:
            return shown, widths if widths is not None else [natural[i] for i in shown]
        shown.remove(min(droppable, key=lambda i: (columns[i].priority, -i)))


def _share(columns: Sequence[Column], natural: Sequence[int], room: int) -> list[int] | None:
    """Widths within ``room``: whole columns at their natural width, the rest by weight; None if they cannot fit."""
    widths = [n if c.weight == 0 else 0 for c, n in zip(columns, natural)]
    flexible = [i for i, c in enumerate(columns) if c.weight]
    left = room - sum(widths)
    while flexible:
        total = sum(columns[i].weight for i in flexible)
        satisfied = [i for i in flexible if natural[i] <= left * columns[i].weight // total]
        if not satisfied:
            break
        for i in satisfied:  # needs less than its share: give the rest to the others
            widths[i] = natural[i]
            left -= natural[i]
            flexible.remove(i)
    if flexible:
        total = sum(columns[i].weight for i in flexible)
        for i in flexible:
            widths[i] = left * columns[i].weight // total
    # A column may be cut down to its header or min_width, whichever is wider, unless its values need less.
    least = [max(min(n, max(c.min_width, len(c.header))), 1) for c, n in zip(columns, natural)]
    if left < 0 or any(w < floor for w, floor in zip(widths, least)):
        return None
    return widths


def shorten(text: str, width: int, words: bool = True) -> str:
    """``text`` in at most ``width`` characters; a cut one ends with an ellipsis, after a whole word if it can."""
    text = " ".join(text.split())  # a cell is one line
    if len(text) <= width:
        return text
    if width <= 1:
        return ELLIPSIS[:width]
    cut = text[: width - 1]
    if words and text[width - 1] != " ":
        space = cut.rfind(" ")
        if space >= (width - 1) // 2:  # a word boundary not too far back; else cut inside the long word
            cut = cut[:space]
    return cut.rstrip(" ,;:") + ELLIPSIS

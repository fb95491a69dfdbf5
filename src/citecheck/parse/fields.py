"""From labelled tokens to field spans: runs of one label, cut free of the punctuation between fields.

Transcribe, don't correct: a span keeps its printed casing and markup (``Consortium News]]``);
only the separators around it (``,`` ``.`` ``;`` ``:``, enclosing quotes and brackets) go.
"""

from __future__ import annotations

from dataclasses import dataclass

from citecheck.parse.tokens import Token

_QUOTE_PAIRS = {"“": "”", "\"": "\"", "‘": "’", "'": "'", "«": "»", "„": "“", "(": ")", "[": "]"}
_SEPARATORS = " ,;:."


@dataclass(frozen=True, slots=True)
class Span:
    label: str
    text: str  # as printed, from the first token's start to the last token's end
    start: int
    end: int


def spans(text: str, tokens: list[Token], labels: list[str]) -> list[Span]:
    """Consecutive tokens with one label, as printed (the spaces between them kept)."""
    out: list[Span] = []
    begin = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or labels[i] != labels[begin]:
            start, end = tokens[begin].start, tokens[i - 1].end
            out.append(Span(labels[begin], text[start:end], start, end))
            begin = i
    return out


def balanced(tokens: list[Token], labels: list[str]) -> list[str]:
    """Labels where a parenthesis opened in a title or outlet closes in it: ``(Or ... War III),`` is all title.

    Only within a few tokens of the opening: an unclosed parenthesis does not swallow the footnote.
    """
    labels = list(labels)
    depth, label, opened_at = 0, "", 0
    for i, token in enumerate(tokens):
        if depth > 0:
            if i - opened_at > 12:
                depth = 0
            else:
                labels[i] = label
        change = token.text.count("(") - token.text.count(")")
        if depth == 0 and change > 0:
            if labels[i] not in ("title", "container"):  # "(Vol. 3, ... pp. 1-10)" holds two fields
                continue
            label, opened_at = labels[i], i
        depth = max(0, depth + change)
    return labels


_ENDS_FIELD = tuple(",.;:!?)]}\"'”’»")
_STARTS_FIELD = tuple("([{\"'“‘«<")


def whole_titles(tokens: list[Token], labels: list[str]) -> list[str]:
    """Labels where a title ends at a separator: ``...NEW WORLD ORDER, x.com`` does not end at ``WORLD``.

    A field after a title starts after punctuation (or at an opening bracket or quote); when the tagger
    ends the title between two plain words, the title runs on to the next separator.
    """
    labels = list(labels)
    i = 1
    while i < len(tokens):
        if labels[i - 1] == "title" and labels[i] not in ("title", "url", "doi") \
                and not tokens[i - 1].text.endswith(_ENDS_FIELD) and not tokens[i].text.startswith(_STARTS_FIELD):
            j = i
            while j < len(tokens) and labels[j] not in ("url", "doi"):
                labels[j] = "title"
                if tokens[j].text.endswith(_ENDS_FIELD) or j - i >= 3:
                    break
                j += 1
            i = j
        i += 1
    return labels


def clean(value: str) -> str:
    """``“Title,”`` -> ``Title``; ``Consortium News]],`` -> ``Consortium News]]``; ``(Penguin,`` -> ``Penguin``."""
    value = value.strip()
    while True:
        before = value
        value = _unwrap(value.rstrip(_SEPARATORS))
        if value == before:
            return value


def _unwrap(value: str) -> str:
    """Quotes or parentheses around the whole value, or one of them left over from the next field."""
    if len(value) >= 2 and value[0] in _QUOTE_PAIRS:
        closing = _QUOTE_PAIRS[value[0]]
        inner = value[1:]
        if inner.endswith(closing) and (value[0] not in "([" or inner.count(closing) == inner.count(value[0]) + 1):
            return inner[:-1].strip()
        if closing not in inner and value[0] != "[":  # opened, never closed: its other half is elsewhere
            return inner.strip()
    if value and value[-1] in "”’»)" and value.count(value[-1]) > sum(value.count(q) for q in _OPENERS[value[-1]]):
        return value[:-1].rstrip()  # closed, never opened
    return value


_OPENERS = {"”": "“„\"", "’": "‘", "»": "«", ")": "("}

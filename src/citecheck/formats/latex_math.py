"""Simple TeX math in BibTeX text as the text it prints: ``$ 2^{nd} $`` is ``2\\textsuperscript{nd}``,
``$\\alpha$`` is α, ``$^\\circ$C`` is °C, ``\\ensuremath{_{2}}`` is ``\\textsubscript{2}``.

Math is simple when it holds only letters, digits, punctuation, symbols pylatexenc names with one character
or word (``\\alpha``, ``\\pm``, ``\\leq``, ``\\log``), ``\\text``/``\\mathrm`` text, and a super- or
subscript of such (not nested). Anything else (``\\frac``, ``\\sqrt``, ``&``...) stays math as written: the
reader keeps it verbatim. The result is LaTeX for :mod:`latex_rich` and :func:`latex.decode` to read on, so
a superscript becomes ``<sup>`` in rich text, and the writer's ``\\textsuperscript{nd}`` reads back the same.
A space typed in math is kept (one for a run, none at the ends): ``$p>0$`` is p>0 and ``$p > 0$`` p > 0, as
TeX's spacing shows them.
"""

from __future__ import annotations

import re
from functools import lru_cache

# \ensuremath{...} (no group inside its groups' groups); and $ signs, paired in order as TeX pairs
# them: in citecheck's own $<$$<$x$>$$>$ the math is < twice and > twice, never the x between them.
_ENSUREMATH = re.compile(r"\\ensuremath\s*\{((?:[^{}]|\{[^{}]*\})*)\}")
_DOLLAR = re.compile(r"\\.|\$", re.DOTALL)
_OWN = frozenset(("<", ">", r"\lbrace", r"\rbrace"))  # citecheck's own escapes ($<$...): latex.decode reads them
_TOKEN = re.compile(r"\\([A-Za-z]+)\s*|\\(.)|([\^_])\s*|(\{)|(\})|(\s+)|(.)", re.DOTALL)
_PLAIN = re.compile(r"[A-Za-z0-9+\-=<>()\[\],.;:/|!*?@\"]")
_TEXT = frozenset(("text", "textrm", "mathrm", "mbox", "textup", "mathup", "operatorname"))
_CONTROL_SYMBOLS = {  # \, \; \: and "\ " are spaces, \! none; an escape stays one
    ",": " ", ";": " ", ":": " ", " ": " ", "!": "", "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_", "$": r"\$"}
_SCRIPT = {"^": r"\textsuperscript", "_": r"\textsubscript"}
_SPECIAL = frozenset("\\{}$&%#_~^")
_RUNS = re.compile(" {2,}")
_MAX_GROUPS = 16


class _NotSimple(Exception):
    pass


def read_math(value: str) -> str:
    """``value`` with each simple math span as the LaTeX text it prints (see the module's docstring)."""
    if "\\ensuremath" in value:
        value = _ENSUREMATH.sub(lambda m: _text(m.group(1), m.group()), value)
    if "$" not in value:
        return value
    signs = [m.start() for m in _DOLLAR.finditer(value) if m.group() == "$"]
    out, last = [], 0
    for start, end in zip(signs[::2], signs[1::2]):
        out += [value[last:start], _text(value[start + 1:end], value[start:end + 1])]
        last = end + 1
    return "".join(out) + value[last:]


def _text(body: str, math: str) -> str:
    """The text of the math ``body``, or ``math`` (as written) when it is not simple."""
    if not body.strip() or body.strip() in _OWN or body.count("{") > _MAX_GROUPS:
        return math  # many groups: no simple math, and the reader recurses into each
    try:
        text = _Reader(body).read(script=False, closing=False)
    except _NotSimple:
        return math
    return _RUNS.sub(" ", text).strip(" ")  # $ 2^{nd} $ is 2nd; $O(n \log n)$ keeps its typed spaces


class _Reader:
    def __init__(self, body: str) -> None:
        self.tokens = list(_TOKEN.finditer(body))
        self.at = 0

    def read(self, script: bool, closing: bool) -> str:
        """The text of the tokens up to the end (or, with ``closing``, the ``}`` that closes a group)."""
        out = []
        while self.at < len(self.tokens):
            token = self.tokens[self.at]
            self.at += 1
            word, symbol, mark, opens, closes, _space, char = token.groups()
            if closes:
                if closing:
                    return "".join(out)
                raise _NotSimple
            if opens:
                out.append(self.read(script, closing=True))
            elif mark:
                if script:
                    raise _NotSimple  # x^{a^b}: nested scripts are past what text can show
                out.append(self.script(mark))
            elif word:
                text = self.text_argument() if word in _TEXT else _symbol(word)
                # \log n: an operator's name keeps the space typed after it (the macro's own match holds it)
                out.append(text + " " if len(text) > 1 and token.group()[-1:].isspace() else text)
            elif symbol:
                if symbol not in _CONTROL_SYMBOLS:
                    raise _NotSimple
                out.append(_CONTROL_SYMBOLS[symbol])
            elif _space:
                out.append(" ")
            elif char:
                if char == "'":
                    out.append("\u2032")  # f': a prime
                elif _PLAIN.fullmatch(char) or (not char.isascii() and char.isprintable()):
                    out.append(char)
                else:
                    raise _NotSimple
        if closing:
            raise _NotSimple
        return "".join(out)

    def script(self, mark: str) -> str:
        if self.at >= len(self.tokens):
            raise _NotSimple
        token = self.tokens[self.at]
        self.at += 1
        word, _, _, opens, _, _, char = token.groups()
        if word in ("circ", "degree") and mark == "^":
            return "°"  # 25$^\circ$C
        if opens:
            inner = self.read(script=True, closing=True)
            if inner.strip() in ("\u2218", "°") and mark == "^":
                return "°"
        elif word:
            inner = _symbol(word)
        elif char and (_PLAIN.fullmatch(char) or not char.isascii()):
            inner = char
        else:
            raise _NotSimple
        return f"{_SCRIPT[mark]}{{{inner}}}"

    def text_argument(self) -> str:
        """``\\text{a b}``: its argument as text, spaces kept (plain text only: no group or macro inside)."""
        if self.at >= len(self.tokens) or not self.tokens[self.at].group(4):
            raise _NotSimple
        self.at += 1
        parts = []
        while self.at < len(self.tokens):
            token = self.tokens[self.at]
            self.at += 1
            if token.group(5):
                return "".join(parts)
            symbol = token.group(2)
            if token.group(1) or token.group(4) or token.group(3) or (symbol and symbol not in _CONTROL_SYMBOLS):
                raise _NotSimple
            parts.append(_CONTROL_SYMBOLS[symbol] if symbol else token.group())
        raise _NotSimple


@lru_cache(maxsize=512)
def _symbol(name: str) -> str:
    """The text pylatexenc prints for a math symbol with no argument (α for \\alpha, log for \\log), else
    :class:`_NotSimple`."""
    from pylatexenc import latex2text

    if name == "prime":
        return "\u2032"
    spec = latex2text.get_default_latex_context_db().get_macro_spec(name)
    text = getattr(spec, "simplify_repl", None)
    if not isinstance(text, str) or not text or "%" in text or " " in text or any(c in _SPECIAL for c in text):
        raise _NotSimple
    return text

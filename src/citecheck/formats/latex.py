"""LaTeX text for BibTeX and BibLaTeX values: escaping, case protection, and reading it back.

Escaping follows export.md §7 with two changes, both chosen so that BibTeX, biber, pandoc and
pylatexenc all read the result back: ``{`` and ``}`` become ``$\\lbrace$`` and ``$\\rbrace$``
(BibTeX counts ``\\{`` as a brace, so a lone one would unbalance the entry; pandoc drops
``\\textbraceleft``), and ``<``/``>`` become ``$<$``/``$>$`` (pylatexenc drops ``\\textless``).
Every control word ends in ``{}`` so it never swallows the following space.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache, reduce
from itertools import groupby
from operator import and_, itemgetter, or_

from citecheck.formats.latex_rich import (
    DECLARATIONS,
    braced,
    braced_runs,
    has_marks,
    mark_latex,
    marks_to_latex,
    marks_to_tags,
    strip_marks,
    tags_to_marks,
)
from citecheck.formats.latex_math import read_math

_ESCAPES = {
    "\\": r"\textbackslash{}", "{": r"$\lbrace$", "}": r"$\rbrace$",
    "$": r"\$", "&": r"\&", "%": r"\%", "#": r"\#", "_": r"\_",
    "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "<": "$<$", ">": "$>$",
    "`": r"\`{}",  # a grave accent over nothing: a typed backtick, never half of TeX's quote `x' (pandoc reads it)
}
_SPECIAL = re.compile(r"[\\{}$&%#_~^<>`]")
_LIGATURE = re.compile(r"-(?=-)|'(?=')")  # -- is an en dash to LaTeX, '' a quote (a backtick is escaped)
_UNESCAPES = {value: key for key, value in _ESCAPES.items()}
_TOKEN = re.compile(r"\$(?:<|>|\\[lr]brace)\$|\\(?:[a-z]+\{\}|[$&%#_])|\\|[{}]|~|\$")
_NEEDS_DECODING = re.compile(r"[\\{}~$`]|--|''")


_ODD_SPACE = re.compile(r"[ \t\r\n\f\v]{2,}|[\t\r\n\f\v]|^ | $")
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


def normalise_space(text: str) -> str:
    """Whitespace as BibTeX reads it: ASCII space runs become one space, ends are trimmed (a documented
    loss). A no-break space is kept: it is text, not layout."""
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # the usual text: control characters (tab, newline...) are not printable
    return _SPACES.sub(" ", text).strip(" ") if _ODD_SPACE.search(text) else text




def escape(text: str, ascii_only: bool = False) -> str:
    """``text`` as a LaTeX literal: specials escaped; non-ASCII kept, or with ``ascii_only`` encoded."""
    text = normalise_space(text)
    if _SPECIAL.search(text):  # one C-level scan each: most values have nothing to escape
        text = _SPECIAL.sub(lambda m: _ESCAPES[m.group()], text)
    if "--" in text or "''" in text:
        text = _LIGATURE.sub(lambda m: m.group() + "{}", text)  # -- is an en dash to LaTeX: -{}-
    return to_ascii(text) if ascii_only else text


def to_ascii(latex: str) -> str:
    """Latin letters with accents as LaTeX (``{\\'e}``, ``{\\L}``); everything else stays UTF-8.

    Only forms that BibTeX, biber and pandoc all read are used: pandoc drops ``\\textemdash`` or
    ``\\cyra``, so dashes, Cyrillic, CJK and emoji are kept as they are, never lost.
    """
    if latex.isascii():
        return latex
    return "".join(c if c.isascii() else _ascii_char(c) for c in latex)


_ACCENTED = re.compile(r"\{\\(?:[`'^\"~=.]|[uvHckrdb](?=\{))(?:\{?\\?[A-Za-z]\}?)\}")
_NAMED = {r"{\L}", r"{\l}", r"{\O}", r"{\o}", r"{\ss}", r"{\ae}", r"{\AE}", r"{\oe}", r"{\OE}",
          r"{\aa}", r"{\AA}", r"{\textquoteleft}", r"{\textquoteright}", r"{\textquotedblleft}",
          r"{\textquotedblright}"}


@lru_cache(maxsize=4096)
def _ascii_char(char: str) -> str:
    from pylatexenc.latexencode import unicode_to_latex

    latex = unicode_to_latex(char, non_ascii_only=True, replacement_latex_protection="braces-all",
                             unknown_char_policy="keep", unknown_char_warning=False)
    latex = latex.replace("\\i}", "i}").replace("\\j}", "j}")  # {\"\i} reads as a dotless i in pandoc
    return latex if _ACCENTED.fullmatch(latex) or latex in _NAMED else char


_MINOR = {"a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
          "off", "on", "per", "to", "up", "via", "vs", "with", "from", "into", "over", "than", "onto", "upon"}


def _needs_protection(word: str) -> bool:
    """A capital after the first letter (NYC, McGovern, US-NATO, iPhone): a style must not lowercase it."""
    if not any(map(str.isupper, word[1:])):
        return False  # most words: one C-level scan (the letters after the first are all in word[1:])
    letters = [c for c in word if c.isalpha()]
    return any(c.isupper() for c in letters[1:])


# What protect_case asks of each word, as bits, worked out once per distinct word: titles repeat words.
_PROTECT, _MARKS_SENTENCE_CASE, _CAPITALISED, _ENDS_CLAUSE, _NO_LOWER, _PLAIN_WORD, _KNOWN = 1, 2, 4, 8, 16, 32, 64
_PLAIN_WORD_TEXT = re.compile(r"[^\\{}$&%#_~^<>\s`'?!-]+")  # a word with nothing to escape
_WORD_FACTS: dict[str, int] = {}


def _facts(marked: str) -> int:
    if len(_WORD_FACTS) > 100_000:
        _WORD_FACTS.clear()  # bounded: a long-lived process may export many bibliographies
    word = strip_marks(marked) if marked.isascii() is False and has_marks(marked) else marked  # <i>NASA</i> is NASA
    facts = _WORD_FACTS[marked] = (
        _KNOWN | _PROTECT * _needs_protection(word) | _CAPITALISED * word[:1].isupper()
        # a word that shows a title is in sentence case: lower-case, not short, not a minor word
        | _MARKS_SENTENCE_CASE * (word[:1].islower() and len(word) > 3 and word.lower() not in _MINOR)
        | _ENDS_CLAUSE * (word[-1:] in ":.?!") | _NO_LOWER * (not any(c.islower() for c in word))
        | _PLAIN_WORD * bool(_PLAIN_WORD_TEXT.fullmatch(marked)))
    return facts


def protect_case(text: str, ascii_only: bool = False) -> str:
    """Escape ``text`` and brace what a style must not lowercase, in runs, without over-bracing.

    Acronyms and mixed-case words are always braced. In a sentence-case title the capitalised
    words after the first (and after a colon) are proper nouns, so they are braced too; in a
    Title Case title they cannot be told apart from title capitals, so they are left alone.
    """
    text = normalise_space(text)
    words = text.split(" ") if text else []
    facts = [_WORD_FACTS.get(word) or _facts(word) for word in words]
    rest = reduce(or_, facts[1:], 0)
    sentence = rest & _MARKS_SENTENCE_CASE
    # Escaping never crosses a space, so a title of plain words needs none, and runs of words escape alone.
    plain = reduce(and_, facts, _PLAIN_WORD) & _PLAIN_WORD and not ascii_only
    if not (facts and (facts[0] | rest) & _PROTECT) and not (sentence and rest & _CAPITALISED):
        return text if plain else escape(text, ascii_only)  # most titles: nothing to brace
    flags = [bool(f & _PROTECT) or bool(sentence and i and f & _CAPITALISED and not facts[i - 1] & _ENDS_CLAUSE)
             for i, f in enumerate(facts)]
    if not any(flags):
        return escape(text, ascii_only)
    for i in range(1, len(words) - 1):  # "BUILDING A NEW": a lone capital inside a run joins it
        if flags[i - 1] and flags[i + 1] and facts[i] & _NO_LOWER:
            flags[i] = True
    out = []
    for flag, run in groupby(zip(words, flags), key=itemgetter(1)):
        joined = " ".join([word for word, _ in run])
        escaped = joined if plain else escape(joined, ascii_only)
        out.append(braced(escaped) if flag else escaped)
    return " ".join(out)


def escape_rich(text: str, ascii_only: bool = False) -> str:
    """:func:`escape` for CSL rich text: ``<i>``, ``<b>``, small caps, ``<sup>``, ``<sub>`` and nocase spans as LaTeX."""
    marked = tags_to_marks(text) if "<" in text else None
    return escape(text, ascii_only) if marked is None else marks_to_latex(escape(marked, ascii_only))


def protect_rich(text: str, ascii_only: bool = False) -> str:
    """:func:`protect_case` for CSL rich text (the tags as in :func:`escape_rich`)."""
    marked = tags_to_marks(text) if "<" in text else None
    return protect_case(text, ascii_only) if marked is None else marks_to_latex(protect_case(marked, ascii_only))


def decode_rich(value: str, lines: bool = False) -> str:
    """:func:`decode`, with ``\\emph``, ``\\textbf``, ``\\textsc``, ``\\textsuperscript``... as CSL rich text."""
    value = read_math(value)  # H$^1$: H\textsuperscript{1}, so <sup>
    marked = mark_latex(_shallow(value), nocase=False) if "\\" in value else None
    return decode(value, lines) if marked is None else marks_to_tags(decode(marked, lines))


def _shallow(value: str) -> str:
    """``value``, or LatexError when its braces nest deeper than the model allows (marks would hide them
    from :func:`decode`'s own check)."""
    from citecheck.model.limits import MAX_DEPTH

    if value.count("{") > MAX_DEPTH and _depth(value) > MAX_DEPTH:
        raise LatexError(f"braces nested more than {MAX_DEPTH} levels deep")
    return value


def decode_title(value: str, english: bool = True) -> str:
    """:func:`decode_rich` for a title: a brace group that protects case is a ``<span class="nocase">``, as pandoc
    reads it, unless it is a group citecheck's writer puts there itself (``english``: it protects the case of
    English titles): ``The {NASA} mission`` is the text "The NASA mission", which every export braces so."""
    if "{" not in value:
        return decode_rich(value)
    value = read_math(value)
    ours: Counter[str] = Counter()
    if english and _shallow(value):
        plain = decode_rich(value)
        written = protect_rich(plain)
        if written == value or written == normalise_space(value):
            return plain  # citecheck's own export read back (most braced titles): no group is the user's
        ours.update(map(decode_rich, braced_runs(written)))
    marked = mark_latex(value, nocase=True, ours=ours, key=decode_rich)
    return decode(value) if marked is None else marks_to_tags(decode(marked))


_NOTHING_TO_DO = re.compile(r"[\\{}~$`]|--|''|[ \t\r\n\f\v]{2,}|[\t\r\n\f\v]|^ | $")


# A paragraph break (\par, or a blank line, which LaTeX reads as \par) and a line break (\\, \\*,
# \\[2pt], \newline, \linebreak[n]): a space in a field's text, the end of a line in a note's
# (decode(lines=True)). biber and BibTeX print a blank line as a space; pandoc reads it as \par, as does
# citecheck. A blank line beside a command adds no break. Each alternative starts with "\n" or "\\": the
# search stays linear in the value.
_BREAK_COMMAND = (r"(?:\\\\\*?(?:[ \t\r\n\f\v]*\[[^\[\]{}]*\])?|\\(?:par|newline)(?![A-Za-z])(?:\{\})?"
                  r"|\\linebreak(?![A-Za-z])(?:[ \t]*\[[0-4]?\])?(?:\{\})?)[ \t\r\n\f\v]*")
_BREAKS = re.compile(rf"\n[ \t\r\f\v]*\n[ \t\r\n\f\v]*(?:{_BREAK_COMMAND})?|{_BREAK_COMMAND}")
#: A break, held as text while the rest is decoded or escaped (no glyph decodes to it, see _glyph, and
#: escaping leaves it alone): the reader's and the note writer's placeholder.
HELD_BREAK = "\U0010feff"


def has_breaks(value: str) -> bool:
    """Whether ``value`` holds a paragraph or line break (see :data:`_BREAKS`)."""
    return ("\\" in value or "\n" in value) and _BREAKS.search(value) is not None


def decode(value: str, lines: bool = False) -> str:
    """Plain text of a LaTeX value: citecheck's own escapes quickly, anything else through pylatexenc.
    Its paragraph and line breaks are spaces, or with ``lines`` the ends of its lines (a note's)."""
    if not _NOTHING_TO_DO.search(value):
        return value  # most values: one search and done
    if ("\\" in value or "\n" in value) and _BREAKS.search(value):
        parts = decode(_BREAKS.sub(HELD_BREAK, value)).split(HELD_BREAK)
        if not lines:
            return normalise_space(" ".join(parts))
        return "\n".join(map(normalise_space, parts)).strip("\n")
    if not _NEEDS_DECODING.search(value):
        return normalise_space(value)
    value = read_math(_glyphs_read(value))
    if "--" in value or "``" in value or "''" in value or "?`" in value or "!`" in value:
        # before braces go: citecheck writes a typed "--" as -{}-, which must stay two hyphens
        value = _TEX_LIGATURES.sub(lambda m: _LIGATURE_TEXT[m.group()], value)
    if "`" in value:
        value = _QUOTE_PAIR.sub("\u2018\\1\u2019", value)
    unknown = False

    def replace(match: re.Match[str]) -> str:
        nonlocal unknown
        token = match.group()
        if token in ("{", "}"):
            return ""
        if token == "~":
            return "\u00a0"
        if token in _UNESCAPES:
            return _UNESCAPES[token]
        if len(token) == 2 and token[1] in "$&%#_":
            return token[1]
        unknown = True
        return token

    text = _TOKEN.sub(replace, value)
    if unknown:
        text = _decode_foreign(value)
    return normalise_space(text)


# An accent over nothing is the accent itself, as pandoc reads it (pylatexenc drops it): a^b written a\^{}b
_BARE_ACCENTS = {r"\^{}": "^", r"\~{}": "~", r"\`{}": "`"}
_PLACEHOLDERS = {escaped: chr(0xE000 + i) for i, escaped in enumerate(
    sorted([*_UNESCAPES, *_BARE_ACCENTS, r"\&", r"\%", r"\#", r"\_"], key=len, reverse=True))}
_PLACEHOLDER_TEXT = {mark: _UNESCAPES.get(escaped) or _BARE_ACCENTS.get(escaped) or escaped[-1]
                     for escaped, mark in _PLACEHOLDERS.items()}
_OWN_ESCAPE = re.compile("|".join(re.escape(e) for e in _PLACEHOLDERS))


class LatexError(ValueError):
    """A value citecheck cannot read as LaTeX (nesting too deep, or the LaTeX parser failed on it)."""


# Macros BibTeX files use that pylatexenc's defaults do not read (it drops \TeX and crashes on \href):
# (name, arguments as pylatexenc spells them, the text, %(n)s being argument n).
_MACROS = (
    ("href", "{{", "%(2)s"), ("url", "{", "%(1)s"), ("path", "{", "%(1)s"), ("mbox", "{", "%(1)s"),
    ("hbox", "{", "%(1)s"), ("hyphen", "", "-"), ("nobreakdash", "", ""), ("slash", "", "/"), ("TeX", "", "TeX"), ("LaTeX", "", "LaTeX"), ("LaTeXe", "", "LaTeX2e"),
    ("BibTeX", "", "BibTeX"), ("AmS", "", "AMS"), ("XeTeX", "", "XeTeX"), ("LuaTeX", "", "LuaTeX"),
    ("ConTeXt", "", "ConTeXt"), ("METAFONT", "", "METAFONT"), ("MF", "", "METAFONT"), ("MP", "", "MetaPost"),
    ("hologo", "{", "%(1)s"), ("mkbibquote", "{", "“%(1)s”"), ("enquote", "{", "“%(1)s”"),
    ("mkbibemph", "{", "%(1)s"), ("mkbibitalic", "{", "%(1)s"), ("mkbibbold", "{", "%(1)s"),
    ("textsuperscript", "{", "%(1)s"), ("textsubscript", "{", "%(1)s"), ("NoCaseChange", "{", "%(1)s"),
    ("nocite", "{", ""), ("input", "{", ""), ("noopsort", "{", ""), ("printfirst", "{{", "%(2)s"),
    ("texttt", "{", "%(1)s"), ("textsf", "{", "%(1)s"), ("textrm", "{", "%(1)s"), ("textup", "{", "%(1)s"),
    ("textnormal", "{", "%(1)s"), ("textmd", "{", "%(1)s"), ("textsl", "{", "%(1)s"), ("uppercase", "{", "%(1)s"),
    ("par", "", " "), ("newline", "", " "), ("linebreak", "[", " "),  # decode reads them first (_BREAKS)
    # symbols pylatexenc lacks (or, \textperiodcentered, reads as a dot above, U+02D9), as LaTeX prints them
    ("textless", "", "<"), ("textgreater", "", ">"), ("textbar", "", "|"), ("textunderscore", "", "_"),
    ("textminus", "", "\u2212"), ("textbraceleft", "", "{"), ("textbraceright", "", "}"), ("pounds", "", "£"),
    ("euro", "", "€"), ("og", "", "«"), ("fg", "", "»"), ("glqq", "", "„"), ("grqq", "", "“"), ("glq", "", "‚"),
    ("grq", "", "‘"), ("flqq", "", "«"), ("frqq", "", "»"), ("flq", "", "‹"), ("frq", "", "›"),
    ("nobreakspace", "", "\u00a0"), ("SS", "", "SS"), ("textperiodcentered", "", "\u00b7"),
    ("-", "", ""),  # a discretionary hyphen: where a line may break, no character (pandoc drops it too)
    # font and size declarations and other commands that print nothing: dropped, their group's text kept
    *((name, "", "") for name in (
        "tt", "sf", "sl", "rm", "up", "md", "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large",
        "Large", "LARGE", "huge", "Huge", "normalfont", "rmfamily", "sffamily", "ttfamily", "upshape", "slshape",
        "mdseries", "selectfont", "relax", "protect", "noindent", "ignorespaces", "unskip", "xspace", "/", "@")),
)


@lru_cache(maxsize=1)
def _converter() -> tuple[object, object]:
    """pylatexenc's parser and text converter, with :data:`_MACROS` added (built once, on first use)."""
    from pylatexenc import latex2text, latexwalker, macrospec

    walker_db = latexwalker.get_default_latex_context_db()
    walker_db.add_context_category("citecheck", prepend=True,
                                   macros=[macrospec.MacroSpec(name, args) for name, args, _ in _MACROS])
    text_db = latex2text.get_default_latex_context_db()
    text_db.add_context_category("citecheck", prepend=True,
                                 macros=[latex2text.MacroTextSpec(name, text) for name, _, text in _MACROS])
    return walker_db, latex2text.LatexNodes2Text(latex_context=text_db, math_mode="verbatim",
                                                 strict_latex_spaces=True)


# Elsevier's files write a character they lack as \ElsevierGlyph{2014}, its code point in hex (U+2014, an em
# dash). One that is not a hex code point of a character stays a macro: decode drops it, unknown_macros says it.
_GLYPH = re.compile(r"\\ElsevierGlyph\s*\{\s*([0-9A-Fa-f]{1,6})\s*\}")


def _glyphs_read(value: str) -> str:
    return _GLYPH.sub(_glyph, value) if "\\ElsevierGlyph" in value else value


def _glyph(match: re.Match[str]) -> str:
    code = int(match.group(1), 16)
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF or code < 0x20 or 0x7F <= code < 0xA0 or code >= 0xF0000:
        # no character, a control one, or private use (planes 15-16 name nothing, and hold latex_rich's marks)
        return match.group()
    char = chr(code)
    return _ESCAPES.get(char, char)  # "{" or "$" stays an escape, as decode reads it


_MACRO_NAME = re.compile(r"\\(?:([A-Za-z]+)|.)", re.DOTALL)  # \\\\Two: a line break, then the text "Two"
_ENVIRONMENT_WORDS = frozenset(("begin", "end"))  # an environment reads as its content (decode, bibfields.names)


def unknown_macros(value: str) -> list[str]:
    """The macros of ``value`` that pylatexenc and :data:`_MACROS` do not know: :func:`decode` drops each
    (its argument stays, as a brace group's text), so the reader says them."""
    if "\\" not in value:
        return []
    value = _glyphs_read(value)
    _, to_text = _converter()
    known = to_text.latex_context
    return [name for name in _MACRO_NAME.findall(value) if name and name not in _ENVIRONMENT_WORDS
            and name not in DECLARATIONS and known.get_macro_spec(name) is None]


def _depth(value: str) -> int:
    depth = deepest = 0
    for mark in _BRACE.finditer(value):
        depth += 1 if mark.group() == "{" else -1
        deepest = max(deepest, depth)
    return deepest


_BRACE = re.compile(r"(?<!\\)[{}]")


def _decode_foreign(value: str) -> str:
    """pylatexenc for accents and commands, with citecheck's escapes held aside so it cannot misread them."""
    from pylatexenc.latexwalker import LatexWalker

    from citecheck.model.limits import MAX_DEPTH

    if _depth(value) > MAX_DEPTH:
        raise LatexError(f"braces nested more than {MAX_DEPTH} levels deep")
    held = _OWN_ESCAPE.sub(lambda m: _PLACEHOLDERS[m.group()], value)
    walker_db, to_text = _converter()
    try:  # a third-party parser on arbitrary input: any failure is this value's problem, not a traceback
        nodes, _, _ = LatexWalker(held, latex_context=walker_db, tolerant_parsing=True).get_latex_nodes()
        text = to_text.nodelist_to_text(nodes)
    except (RecursionError, MemoryError):
        raise LatexError("LaTeX nested too deeply to read") from None
    except Exception as exc:
        raise LatexError(f"cannot read this LaTeX ({type(exc).__name__})") from None
    return "".join(_PLACEHOLDER_TEXT.get(c, c) for c in text)


# A single TeX quote pair, `graphics', as TeX prints it: ‘graphics’ (a grave accent \` and a doubled `` or '' are
# not one; the quoted text holds neither quote, on one line)
_QUOTE_PAIR = re.compile(r"(?<![\\`])`(?![`{])([^`'\n]{1,200})'(?!')")
# TeX's input ligatures, as pandoc reads them (pylatexenc leaves them as typed)
_LIGATURE_TEXT = {"---": "—", "--": "–", "``": "“", "''": "”", "?`": "¿", "!`": "¡"}
_TEX_LIGATURES = re.compile(r"---|--|``|''|\?`|!`")

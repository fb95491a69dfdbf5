"""CSL rich text <-> LaTeX: ``\\emph``/``\\textit`` <-> ``<i>``, ``\\textbf`` <-> ``<b>``, ``\\textsc`` <-> small caps,
``\\textsuperscript``/``\\textsubscript`` <-> ``<sup>``/``<sub>``, and, in titles, a brace group that protects case
<-> ``<span class="nocase">`` (as pandoc's BibTeX reader reads them).

Both ways go through marks: private-use characters standing for each tag's start and end, which LaTeX
escaping, decoding and case protection leave alone. Reading, the formatting commands (and ``{\\em ...}``,
``{\\bf ...}``...) become marks before :func:`latex.decode`, and the marks tags after it; writing, well-nested
tags become marks before escaping and the commands after it. Tags that do not nest (``<i>x``) are text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: tag name -> (CSL rich text start, end, LaTeX start, end)
_TAGS = {
    "i": ("<i>", "</i>", "\\textit{", "}"),
    "b": ("<b>", "</b>", "\\textbf{", "}"),
    "sc": ('<span style="font-variant:small-caps;">', "</span>", "\\textsc{", "}"),
    "sup": ("<sup>", "</sup>", "\\textsuperscript{", "}"),
    "sub": ("<sub>", "</sub>", "\\textsubscript{", "}"),
    "nocase": ('<span class="nocase">', "</span>", "{", "}"),
}
# Supplementary private use area: never in a bibliography's text, and not a LaTeX special.
_OPEN = {tag: chr(0x10FF00 + 2 * n) for n, tag in enumerate(_TAGS)}
_CLOSE = {tag: chr(0x10FF01 + 2 * n) for n, tag in enumerate(_TAGS)}
_MARKS = frozenset((*_OPEN.values(), *_CLOSE.values()))
_MARK = re.compile("[" + "".join(sorted(_MARKS)) + "]")
_STRIP_MARKS = {ord(mark): None for mark in _MARKS}

#: LaTeX commands whose argument is formatted, and declarations that format the rest of their group.
_COMMANDS = {"emph": "i", "textit": "i", "mkbibemph": "i", "mkbibitalic": "i", "textbf": "b", "mkbibbold": "b",
             "textsc": "sc", "textsuperscript": "sup", "textsubscript": "sub"}
_DECLARATIONS = {"em": "i", "it": "i", "itshape": "i", "bf": "b", "bfseries": "b", "sc": "sc", "scshape": "sc"}
DECLARATIONS = frozenset(_DECLARATIONS)  # read here, before decode: latex.unknown_macros must not name them
_CONTROL = re.compile(r"\\([A-Za-z]+|.)", re.DOTALL)
_DECLARATION = re.compile(r"\\(em|it|itshape|bf|bfseries|sc|scshape)(?![A-Za-z])\s*")
_ARGUMENT = "}\x00"  # on the stack: the brace closing a command's argument
_NOCASE_END = _CLOSE["nocase"]  # on the stack, alone or after a declaration's end: a nocase span's end
_LETTER = re.compile(r"[^\W\d_]")  # a group with no letter ({-}) has no case to protect


_OPENING = frozenset(_OPEN.values())
_CLOSING = frozenset(_CLOSE.values())


def braced(text: str) -> str:
    """``{text}`` for case protection, the braces kept inside any span ``text`` only opens or only closes.

    ``<i>Xenopos laevis</i>`` protected word by word must read ``\\textit{{Xenopos} laevis}``: a brace put
    around the marked word (``{<i>Xenopos} laevis</i>``) would close the italics after one word. A run that
    has letters outside the span it opens or closes is braced a word at a time; a word that still cannot be
    is left unbraced rather than written crossed.

    A group that would start with a command (``{\\textit{NASA}}``, ``{\\#MeToo}``) is braced twice: to
    BibTeX a group that starts with a backslash is a special character, whose letters its styles lowercase
    (and pandoc protects nothing inside ``\\textit{{NASA}}``); ``{{\\textit{NASA}}}`` keeps its case in
    both."""
    if not has_marks(text):
        return _group(text)
    start, end = _unmatched_edges(text)
    if start is not None:
        return text[:start] + _group(text[start:end]) + text[end:]
    words = text.split(" ")
    if len(words) == 1:
        return text
    return " ".join(map(braced, words))


def _group(text: str) -> str:
    return "{{" + text + "}}" if text[:1] in _COMMAND_STARTS else "{" + text + "}"


def _unmatched_edges(text: str) -> tuple[int | None, int]:
    """Where braces can go: after the last span start ``text`` leaves open and before the first end it closes
    without opening, when no letter or digit lies outside them; ``(None, 0)`` when there is no such place."""
    opened, first_close = [], None
    for index, char in enumerate(text):
        if char in _OPENING:
            opened.append(index)
        elif char in _CLOSING:
            if opened:
                opened.pop()
            elif first_close is None:
                first_close = index
    start = opened[-1] + 1 if opened else 0
    end = len(text) if first_close is None else first_close
    outside = strip_marks(text[:start] + text[end:])
    if start > end or any(char.isalnum() for char in outside):
        return None, 0
    return start, end


def strip_marks(text: str) -> str:
    return text.translate(_STRIP_MARKS)


def has_marks(text: str) -> bool:
    return bool(_MARK.search(text))


# --- reading: LaTeX -> marks (before decoding) -> tags (after) ---------------------------------------------------

def mark_latex(value: str, nocase: bool, ours: dict[str, int] | None = None,
               key: Callable[[str], str] | None = None) -> str | None:
    """``value`` with its formatting commands (and, with ``nocase``, its case-protecting groups) as marks, or
    None when it has none. A group that protects case: braces that are no command's argument, hold a letter,
    start with no command but a formatting one (``{\\"O}`` is an accent; ``{\\textit{NASA}}`` and
    ``{\\em NASA}`` protect) and are not the whole value. ``ours`` counts groups by ``key(content)`` that are
    citecheck's own case protection, not a nocase span: each is used once."""
    if "\\" not in value and not (nocase and "{" in value):
        return None
    closing = _matching_braces(value)
    out: list[str] = []
    stack: list[str] = []  # what each open brace closes with: "}", "}" + ARG (a command's argument) or a mark
    found = False
    math = False
    argument_next = False  # just after a command's argument: \href{url}{text}'s second one follows
    i, n = 0, len(value)
    while i < n:
        char = value[i]
        if argument_next and char == "{":
            out.append("{")
            stack.append(_ARGUMENT)
            i += 1
            continue
        argument_next = False
        if char == "\\":
            control = _CONTROL.match(value, i)
            if control is None:  # a backslash that ends the value
                out.append(char)
                break
            name, end = control.group(1), control.end()
            after = end
            while after < n and value[after] in " \t\n":
                after += 1
            tag = _COMMANDS.get(name)
            if tag and not math and after < n and value[after] == "{" and after in closing:
                out.append(_OPEN[tag])
                stack.append(_CLOSE[tag])
                found = True
                i = after + 1
                continue
            out.append(control.group())
            i = end
            if after < n and value[after] == "{" and (name.isalpha() or name in "'`^\"~=.uvHckrdb"):
                out.append(value[end:after + 1])  # the command's argument: never a case-protecting group
                stack.append(_ARGUMENT)
                i = after + 1
            continue
        if char == "$":
            math = not math
        elif char == "{" and not math:
            end = closing.get(i)
            declaration = _DECLARATION.match(value, i + 1) if end is not None else None
            # A group that starts with a formatting command or declaration ({\textit{NASA}}, {\em NASA}) is
            # the user's: it protects case unless another group does (see _formatting_first)
            if (nocase and end is not None and not any(_NOCASE_END in closer for closer in stack)
                    and not (i == 0 and end == n - 1)
                    and _LETTER.search(value, declaration.end() if declaration else i + 1, end)
                    and ("}" not in stack and (declaration or _formatting_first(value, i + 1, closing))
                         if value[i + 1:i + 2] == "\\" else not _is_ours(value[i + 1:end], ours, key))):
                out.append(_OPEN["nocase"])
                closer = _NOCASE_END
                found = True
            elif declaration:
                closer = ""  # the marks stand for the group's braces
            else:
                out.append("{")
                closer = "}"
            if declaration:  # {\em NASA}: the rest of the group is italic, ended before a nocase span's end
                tag = _DECLARATIONS[declaration.group(1)]
                out.append(_OPEN[tag])
                stack.append(_CLOSE[tag] + closer)
                found = True
                i = declaration.end()
            else:
                stack.append(closer)
                i += 1
            continue
        elif char == "}" and stack:
            closed = stack.pop()
            argument_next = closed == _ARGUMENT
            out.append("}" if argument_next else closed)
            i += 1
            continue
        out.append(char)
        i += 1
    return "".join(out) if found else None


def _formatting_first(value: str, start: int, closing: dict[int, int]) -> bool:
    """Whether ``value`` at ``start`` is a formatting command with its argument (``\\textit{NASA}``): a
    group that starts with one protects case, as pandoc reads it (``{\\textit{NASA}} rockets``). citecheck's
    writer never writes one braced once (see :func:`braced`), so it is the user's; one inside another group is
    protected by that group. A group that starts with another command is a special character (``{\\"O}``),
    which protects nothing."""
    control = _CONTROL.match(value, start)
    if control is None or control.group(1) not in _COMMANDS:
        return False
    after = control.end()
    while after < len(value) and value[after] in " \t\n":
        after += 1
    return after in closing


def _is_ours(content: str, ours: dict[str, int] | None, key: Callable[[str], str] | None) -> bool:
    if not ours:
        return False
    found = key(content) if key else content
    if ours.get(found, 0) <= 0:
        # A run the writer had to brace in pieces around a user's span ({'t {Hooft's}} {{S}-matrix}, run
        # "Hooft's S-matrix"): a piece of whole words of one of its runs that holds a user's span is its own.
        return (bool(found) and any(run[:1] != "\\" and _LETTER.search(run) for run in braced_runs(content))
                and any(n > 0 and f" {found} " in f" {run} " for run, n in ours.items()))
    ours[found] -= 1
    return True


def braced_runs(latex: str) -> list[str]:
    """The contents of the top-level brace groups of ``latex`` that are no command's argument, and of those
    inside a formatting command's argument (the runs :func:`latex.protect_case` braces)."""
    closing = _matching_braces(latex)
    runs, i = [], 0
    while i < len(latex):
        end = closing.get(i)
        if end is None:
            i += 2 if latex[i] == "\\" else 1
            continue
        before = _COMMAND_BEFORE.search(latex, 0, i)
        if not before:
            runs.append(latex[i + 1:end])
        elif _COMMANDS.get(before.group().lstrip("\\").rstrip()):  # \textit{{Xenopos} laevis}: runs inside
            runs.extend(braced_runs(latex[i + 1:end]))
        i = end + 1
    return runs


_COMMAND_BEFORE = re.compile(r"\\[A-Za-z]+\s*$|\\[^A-Za-z\s]$|\}$")


def _matching_braces(value: str) -> dict[int, int]:
    """Offset of each ``{`` that is closed -> offset of its ``}`` (escaped braces ``\\{`` are text)."""
    found, opened, i = {}, [], 0
    while i < len(value):
        char = value[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            opened.append(i)
        elif char == "}" and opened:
            found[opened.pop()] = i
        i += 1
    return found


_EMPTY = re.compile("|".join(re.escape(_OPEN[tag] + _CLOSE[tag]) for tag in _TAGS))


def marks_to_tags(text: str) -> str:
    """Decoded text with marks -> CSL rich text (an empty pair is dropped; a whitespace-only one too)."""
    text = _EMPTY.sub("", text)
    for tag, (start, end, _, _) in _TAGS.items():
        text = text.replace(_OPEN[tag], start).replace(_CLOSE[tag], end)
    return text


# --- writing: tags -> marks (before escaping) -> LaTeX (after) ---------------------------------------------------

_RICH_TAG = re.compile(r'<(/?)(i|b|sup|sub)>|<span (?:style="font-variant:\s*small-caps;?"|class="nocase")>|</span>')
_SPAN_TAG = {'style="font-variant:small-caps;"': "sc", 'class="nocase"': "nocase"}


def tags_to_marks(text: str) -> str | None:
    """CSL rich text with its well-nested tags as marks, or None when it has none (a lone ``<i>`` is text)."""
    if "<" not in text or not _RICH_TAG.search(text):
        return None
    out, stack, last = [], [], 0
    for match in _RICH_TAG.finditer(text):
        out.append(text[last:match.start()])
        last = match.end()
        found = match.group()
        if found == "</span>":
            if not stack or stack[-1] not in ("sc", "nocase"):
                return None
            out.append(_CLOSE[stack.pop()])
        elif match.group(2):
            tag = match.group(2)
            if match.group(1):
                if not stack or stack[-1] != tag:
                    return None
                out.append(_CLOSE[stack.pop()])
            else:
                stack.append(tag)
                out.append(_OPEN[tag])
        else:
            tag = "nocase" if "nocase" in found else "sc"
            stack.append(tag)
            out.append(_OPEN[tag])
    if stack:
        return None
    out.append(text[last:])
    return "".join(out)


def marks_to_latex(latex: str) -> str:
    """Escaped LaTeX with marks -> LaTeX commands (``\\textit{...}``; nocase: ``{...}``, or ``{{...}}`` when its
    text starts with a command: to BibTeX ``{\\$O(n)\\$}`` is a special character, whose letters it lowercases)."""
    if _OPEN["nocase"] in latex:
        latex = _command_first_doubled(latex)
    for tag, (_, _, start, end) in _TAGS.items():
        latex = latex.replace(_OPEN[tag], start).replace(_CLOSE[tag], end)
    return latex


_COMMAND_STARTS = frozenset(["\\", *(_OPEN[tag] for tag in _TAGS if tag != "nocase")])


def _command_first_doubled(latex: str) -> str:
    """``latex`` with each nocase span whose text starts with a command braced twice (``{{\\$O(n)\\$}}``)."""
    out, doubled = [], []
    for i, char in enumerate(latex):
        if char == _OPEN["nocase"]:
            doubled.append(latex[i + 1:i + 2] in _COMMAND_STARTS)
            out.append(char + "{" if doubled[-1] else char)
        elif char == _CLOSE["nocase"] and doubled:
            out.append("}" + char if doubled.pop() else char)
        else:
            out.append(char)
    return "".join(out)

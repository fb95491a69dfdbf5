from __future__ import annotations

import re

from citecheck.rules.base import Severity
from citecheck.rules.prefilter import Pattern
from citecheck.rules.value_rule import ValueRule

#: LaTeX a BibTeX import left behind: text commands, accent commands, escaped specials.
_LATEX = re.compile(r"\\(?:emph|textit|textbf|textsc|textrm|texttt|textsuperscript|textsubscript|enquote|mkbibquote|"
                    r"mbox|url|href|cite|textquotedbl|textendash|textemdash|ldots|dots|LaTeX|TeX)\b"
                    r"|\{\\['\"`^~=.uvHckrbdt]\s*\{?\w|\\['\"`^~=][{]?[A-Za-z]|\\[&%#_]"
                    # any command given an argument (\section{…}); a letter command (\ss, {\o}); a tie (Fig.~3);
                    # a capitalised word kept in case protection braces ({NATO}, {No Limits})
                    r"|\\[A-Za-z]+\{|\\(?:ss|ae|oe|aa|AE|OE|AA|o|O|l|L|i|j)(?=[\s{}]|$)|(?<=[\w.])~(?=\w)"
                    r"|(?<![\w\\])\{[A-Z][^{}\\$]*\}")

#: Math (`$x^2$`, `\\(x^2\\)`) is how a title writes a formula: left to the formula rules of its style.
_MATH = re.compile(r"\$[^$]*\$|\\\(.*?\\\)|\\\[.*?\\\]")


class LatexResidue(ValueRule):
    """LaTeX markup in a title, outlet or name.

    What it checks: text commands (`\\emph{…}`, `\\textit{…}`, any `\\command{…}`), accent commands
    (`{\\'e}`, `\\"o`), letter commands (`\\ss`, `{\\o}`), escaped specials (`\\&`, `\\%`), a tie
    between words (`Fig.~3`) and case-protection braces around a capitalised word (`{NATO}`) in a CSL
    value. Math between `$…$` is not flagged by itself.
    Why it matters: CSL output is not LaTeX: the markup is printed as typed (`The \\emph{entente}`).
    Example: `title: "The \\emph{entente} of two powers"`.
    Fix: none; import the file again (citecheck import turns LaTeX into text) or write the text.
    """

    code = "CC119"
    name = "latex-residue"
    severity = Severity.ERROR
    scope = "titles"
    prefilter = Pattern(scope, re.compile(r"[\\~{]"))

    def inspect(self, value):
        found = _LATEX.search(_MATH.sub("", value))
        return None if found is None else f"LaTeX markup {found.group()!r}"


class LatexResidueInName(LatexResidue):
    __doc__ = LatexResidue.__doc__
    code = "CC217"
    name = "latex-residue-in-name"
    scope = "names"
    prefilter = Pattern(scope, re.compile(r"[\\~{]"))

"""Read ``{{cite …}}`` templates back into CSL data (see :mod:`wikitext`), as Wikipedia writes them.

This module imports :mod:`wikitext` (its template and parameter tables), never the other way round.

Parsed with mwparserfromhell (the parser Wikipedia's own bots use): a template may sit in a named or
unnamed ``<ref>``, or stand alone in a list; parameters may hold wikilinks (``[[Reuters|the agency]]``),
``{{!}}`` or comments. citecheck's own exports add a ``<!-- citecheck: {...} -->`` comment in the ref.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from citecheck.errors import InputProblem
from citecheck.formats.latex import normalise_space
from citecheck.formats.result import ImportResult, Record, kept_in_note, validate_records
from citecheck.formats.wikitext import (
    DEFAULT_TYPES,
    MONTH_NAMES,
    NAME_PARAMETERS,
    SUFFIX,
    TEXT_PARAMETERS,
)

_OUTLETS = ("newspaper", "magazine", "website", "work", "journal", "periodical", "encyclopedia")
#: CS1 templates citecheck does not write, read as the CSL type they cite (the export's own are DEFAULT_TYPES).
_READ_TYPES = {"cite journal": "article-journal", "cite book": "book", "cite report": "report",
               "cite thesis": "thesis", "cite encyclopedia": "entry-encyclopedia", "cite conference": "paper-conference",
               "cite speech": "speech", "cite interview": "interview", "cite map": "map", "cite patent": "patent",
               "cite av media": "motion_picture", "cite tweet": "post", "cite arxiv": "article"}
#: Parameters only other writers use (citecheck writes TEXT_PARAMETERS): read into their CSL variables.
_READ_PARAMETERS = {"page": "page", "isbn": "ISBN", "issn": "ISSN", "edition": "edition",
                    "publication-place": "publisher-place", "pmid": "PMID", "pmc": "PMCID", "series": "collection-title",
                    "medium": "medium", "department": "section"}
_MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
_CITATION = re.compile(r"cite \S.*|citation")  # CS1's {{cite web}}, {{cite press release}}…, CS2's {{citation}}
_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]]*)\]\]")  # [[target|label]] -> label, [[target]] -> target
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HIDDEN = "citecheck:"
# Read from the tag's own text: mwparserfromhell takes a backslash before the closing quote for an escape.
_REF_NAME = re.compile(r"""<ref\s[^>]*?\bname\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))""", re.IGNORECASE)


@dataclass
class Citation:
    """One citation template as found: its ``<ref name>`` (None if unnamed), template, parameters, line."""

    name: str | None
    template: str
    params: dict[str, str]
    hidden: str | None  # the JSON of a citecheck comment in the same ref
    line: int


def citations(text: str) -> Iterator[Citation | tuple[int, str]]:
    """Each citation template of ``text`` in order, or ``(line, problem)`` for one that cannot be read."""
    import mwparserfromhell
    from mwparserfromhell.nodes import Comment, Tag, Template

    text, unclosed = _balanced(_closed_tags(_unformatted(text)))
    yield from unclosed
    code, cursor, counted, lines = mwparserfromhell.parse(text), 0, 0, 1
    refs: dict[int, tuple[str | None, str | None]] = {}  # by id(): the tree holds every ref while this runs
    for template, ref in _templates(code, Template, Tag):
        kind = " ".join(str(template.name).replace("_", " ").split()).lower()
        if not _CITATION.fullmatch(kind):
            continue
        source = str(template)
        offset = text.find(source, cursor)
        offset = offset if offset >= 0 else text.find(source)
        cursor = max(cursor, offset + len(source))
        offset = max(offset, 0)
        if offset >= counted:  # lines counted on from the last citation: one pass over the text in all
            lines += text.count("\n", counted, offset)
            counted = offset
        line = lines if offset == counted else text.count("\n", 0, offset) + 1
        if id(ref) not in refs:  # once per ref: a ref may hold thousands of citations (each read it all again)
            refs[id(ref)] = _ref_name_and_comment(ref, Comment)
        name, hidden = refs[id(ref)]
        unnamed = [value for param in template.params if not param.showkey and (value := str(param.value).strip())]
        if unnamed:
            yield line, f"parameter {unnamed[0]!r} has no '='"
            continue
        # a name on one line: MediaWiki trims it, and one running over lines would break every message naming it
        params = {" ".join(str(param.name).split()): _plain(str(param.value))
                  for param in template.params if param.showkey}
        yield Citation(name or None, kind, params, hidden, line)


def _ref_name_and_comment(ref: Any, comment_type: type) -> tuple[str | None, str | None]:
    """A ``<ref>``'s name and the JSON of the citecheck comment in it (None, None for no ref)."""
    if ref is None:
        return None, None
    named = _REF_NAME.match(str(ref))
    name = _plain(next(group for group in named.groups() if group is not None)) if named else None
    hidden = next((str(c.contents).strip()[len(_HIDDEN):] for c in ref.contents.filter_comments()
                   if isinstance(c, comment_type) and str(c.contents).strip().startswith(_HIDDEN)), None)
    return name, hidden


def _templates(code: Any, template_type: type, tag_type: type) -> Iterator[tuple[Any, Any]]:
    """Each template of ``code`` in document order (as ``filter_templates(recursive=True)``), with the
    innermost ``<ref>`` around it (None). One walk of the tree: ``get_ancestors`` per template walks it
    again each time (2,000 citations: 30 s)."""
    pending: list[tuple[Any, Any]] = [(node, None) for node in reversed(code.nodes)]
    while pending:
        node, ref = pending.pop()
        if isinstance(node, template_type):
            yield node, ref
        elif isinstance(node, tag_type) and str(node.tag).strip().lower() == "ref":
            ref = node
        pending.extend(reversed([(child, ref) for part in node.__children__() for child in part.nodes]))


#: Templates or links nested deeper than this are not citations; the parser's time and stack grow with depth.
NESTING_LIMIT = 30
_BRACKETS = re.compile(r"\{\{|\}\}|\[\[|\]\]")
_NEUTRAL = {"{{": "&#123;&#123;", "[[": "&#91;&#91;", "}}": "&#125;&#125;", "]]": "&#93;&#93;"}
_CITE_START = re.compile(r"\s*(?:cite[ _]|citation\s*[|}])", re.IGNORECASE)
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)


def _balanced(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` with every ``{{``/``[[`` that is never closed, and every pair nested deeper than
    :data:`NESTING_LIMIT`, turned into entities (which read back as the same characters), and a problem
    for each such citation. mwparserfromhell takes time growing faster than the text on unclosed
    templates (16 KB: 30 s); a linear scan first keeps reading linear."""
    stacks: dict[str, list[tuple[int, bool]]] = {"{{": [], "[[": []}
    closers = {"}}": "{{", "]]": "[["}
    neutral: list[int] = []  # offsets of two-character brackets to neutralise
    problems: list[tuple[int, str]] = []
    # A comment is opaque to the parser, and holds citecheck's own JSON (a printed footnote may hold "[["):
    # brackets inside one are left as written.
    comments = [(found.start(), found.end()) for found in _HTML_COMMENT.finditer(text)]
    inside = 0
    for match in _BRACKETS.finditer(text):
        mark, offset = match.group(), match.start()
        while inside < len(comments) and comments[inside][1] <= offset:
            inside += 1
        if inside < len(comments) and comments[inside][0] <= offset:
            continue
        if mark in stacks:
            deep = len(stacks[mark]) >= NESTING_LIMIT
            stacks[mark].append((offset, deep))
            if deep:
                neutral.append(offset)
            if len(stacks[mark]) == NESTING_LIMIT + 1:  # once each time the limit is crossed
                problems.append((text.count("\n", 0, offset) + 1,
                                 f"templates or links nested deeper than {NESTING_LIMIT} levels"))
        elif stacks[closers[mark]]:
            _, deep = stacks[closers[mark]].pop()
            if deep:
                neutral.append(offset)
    for offset, _ in stacks["{{"]:
        if _CITE_START.match(text, offset + 2):
            problems.append((text.count("\n", 0, offset) + 1, "a {{cite …}} template is never closed"))
    neutral += [offset for stack in stacks.values() for offset, _ in stack]
    if not neutral:
        return text, problems
    pieces, last = [], 0
    for offset in sorted(neutral):
        pieces += [text[last:offset], _NEUTRAL[text[offset:offset + 2]]]
        last = offset + 2
    pieces.append(text[last:])
    return "".join(pieces), sorted(problems)


# Markup the tokenizer tries against the rest of the text (or of the line) when it is never closed: runs of
# apostrophes (italic, bold), a single "[" (an external link) and "{|" starting a line (a table). Outside
# comments (citecheck's JSON is in one).
_UNREAD_MARKUP = re.compile(r"<!--.*?-->|'{2,}|(?<!\[)\[(?!\[)|^[ \t]*\{\|", re.DOTALL | re.MULTILINE)


def _unformatted(text: str) -> str:
    """``text`` with the markup nothing here reads written as entities, which read back as the same
    characters: the parser retries each unclosed italic, external link or table against what follows
    (2,000 unclosed links in refs: 51 s; a 350 KB line of italics and refs: 24 s)."""
    return _UNREAD_MARKUP.sub(_entities, text)


def _entities(found: re.Match[str]) -> str:
    mark = found.group()
    if mark.startswith("<"):
        return mark  # a comment, as written
    return mark.replace("'", "&#39;").replace("[", "&#91;").replace("{", "&#123;")


_TAG_START = re.compile(r"<(/?)([A-Za-z][\w:-]*)")
# A whole tag as the parser reads one: attributes bare (no "/", or "<ref name=a/>" would not close),
# quoted with no "<" or ">" inside, or valueless.
_TAG = re.compile(r"""<(/?)([A-Za-z][\w:-]*)(?:\s+[^\s=<>"'/]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"'/]+))?)*\s*(/?)>""")
_CLOSED_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def _closed_tags(text: str) -> str:
    """``text`` with the ``<`` of every tag that is never closed, or not a whole tag (``<ref name="a`` and
    no closing quote), turned into ``&lt;`` (which reads back as ``<``). The parser tries each such tag
    against the rest of the text before taking it as text: 2,000 unclosed ``<ref>`` tags took it over a
    minute. Tags that need no closing (``<br>``) and self-closed ones (``<ref name=a/>``) are left alone."""
    from mwparserfromhell.definitions import SINGLE

    if "<" not in text:
        return text
    comments = [(found.start(), found.end()) for found in _CLOSED_COMMENT.finditer(text)]
    opened: dict[str, list[int]] = {}
    neutral: list[int] = []
    inside = 0
    for start in _TAG_START.finditer(text):
        offset = start.start()
        while inside < len(comments) and comments[inside][1] <= offset:
            inside += 1
        if inside < len(comments) and comments[inside][0] <= offset:
            continue  # a comment is opaque to the parser
        whole = _TAG.match(text, offset)
        if whole is None:
            neutral.append(offset)
            continue
        closing, name, self_closed = whole.group(1), whole.group(2).lower(), whole.group(3)
        if self_closed or name in SINGLE:
            continue
        if closing:
            if opened.get(name):
                opened[name].pop()
        else:
            opened.setdefault(name, []).append(offset)
    neutral += [offset for offsets in opened.values() for offset in offsets]
    if not neutral:
        return text
    pieces, last = [], 0
    for offset in sorted(neutral):
        pieces += [text[last:offset], "&lt;"]
        last = offset + 1
    pieces.append(text[last:])
    return "".join(pieces)


def read_citation(citation: Citation, kept: dict[str, int] | None = None) -> dict[str, Any]:
    """CSL data of one citation; a parameter with no CSL home goes to ``note`` as ``name: value`` and is
    counted in ``kept`` (name -> times)."""
    params = _canonical(citation.params)
    used: set[str] = set()

    def take(*names: str) -> str | None:
        """The first of ``names`` with a value, marked as read (the others, if set, go to the note)."""
        found = next((name for name in names if params.get(name)), None)
        if found is None:
            return None
        used.add(found)
        return params[found]

    kind = citation.template
    data: dict[str, Any] = {"type": DEFAULT_TYPES.get(kind) or _READ_TYPES.get(kind, "webpage")}
    if citation.name is not None:
        data["id"] = citation.name
    for variable, (last, first, single) in NAME_PARAMETERS.items():
        names = _names(params, last, first, single, used)
        vancouver = take(_VANCOUVER[variable])
        listed = take(_LISTS[variable])
        names += _vancouver(vancouver) if vancouver else []
        names += [{"literal": part.strip()} for part in (listed or "").split(";") if part.strip()]
        if names:
            data[variable] = names
    for parameter, variable in {**TEXT_PARAMETERS, **_READ_PARAMETERS}.items():
        if params.get(parameter) and variable not in data:  # |page= beside |pages=: the second to the note
            data[variable] = take(parameter)
    outlet = take(*_OUTLETS)
    if outlet is not None:
        data["container-title"] = outlet
    dates = (("date", "issued"), ("publication-date", "issued"), ("year", "issued"), ("orig-date", "original-date"),
             ("access-date", "accessed"), ("archive-date", "archive-date"))
    for parameter, variable in dates:
        value = params.get(parameter)
        if not value:
            continue
        used.add(parameter)
        if variable in data:  # a second date for the same variable (a year beside the date): keep it as written
            used.discard(parameter)
            continue
        date, suffix = _date(value)
        data[variable] = date
        if suffix:
            data["year-suffix"] = suffix
    for parameter, variable in (("url", "URL"), ("archive-url", "archive-url")):
        value = take(parameter)
        if value is not None:
            data[variable] = value
    used.update(_IGNORED)
    notes = [f"{name}: {value}" for name, value in params.items() if value and name not in used]
    if kept is not None:
        for name in (name for name, value in params.items() if value and name not in used):
            kept[name] = kept.get(name, 0) + 1
    if notes:
        data["note"] = "\n".join(notes)
    if citation.hidden:
        try:
            hidden = json.loads(citation.hidden)
        except json.JSONDecodeError as error:
            raise ValueError(f"the citecheck comment is not JSON: {error.msg}") from None
        except RecursionError:  # deeper than the JSON parser's stack; the model's limit is far below it
            from citecheck.model.limits import MAX_DEPTH

            raise ValueError(f"the citecheck comment is nested deeper than {MAX_DEPTH} levels (the limit)") from None
        if not isinstance(hidden, dict):
            raise ValueError("the citecheck comment is not a JSON object")
        if "source" in hidden and "footnote" in hidden and "printed" not in hidden:
            # the printed footnote's old name, told from CSL source as load.old_spelling tells it (beside a footnote)
            hidden["printed"] = hidden.pop("source")
        data.update(hidden)
    return data


#: CS1's other spellings of a parameter (Module:Citation/CS1/Configuration's aliases), to the one read.
_ALIASES = {"accessdate": "access-date", "archiveurl": "archive-url", "archivedate": "archive-date", "URL": "url",
            "lang": "language", "p": "page", "pp": "pages", "number": "issue", "institution": "publisher",
            "origdate": "orig-date", "publicationdate": "publication-date", "place": "location",
            "quotation": "quote", "orig-year": "orig-date", "origyear": "orig-date"}
_PERSON = re.compile(r"^(author|editor|translator)?-?(\d*)-?(last|first|surname|given|link|mask)?(\d*)$")
_VANCOUVER = {"author": "vauthors", "editor": "veditors", "translator": "vtranslators"}
_LISTS = {"author": "authors", "editor": "editors", "translator": "translators"}
#: Parameters that only steer how Wikipedia prints the citation (no data in them).
_IGNORED = frozenset(("df", "mode", "postscript", "name-list-style", "display-authors", "display-editors"))


def _canonical(params: dict[str, str]) -> dict[str, str]:
    """Names in the form the tables use: ``author2-last``/``surname2`` -> ``last2``, ``editor1-first`` ->
    ``editor-first1``, ``accessdate`` -> ``access-date``; ``authorlink`` -> ``author-link``."""
    canonical: dict[str, str] = {}
    for name, value in params.items():
        name = _ALIASES.get(name, name)
        match = _PERSON.match(name.replace("authorlink", "author-link").replace("editorlink", "editor-link"))
        if match and (match.group(1) or match.group(3)) and not (match.group(2) and match.group(4)):
            role, part, number = match.group(1) or "author", match.group(3), match.group(2) or match.group(4)
            part = {"surname": "last", "given": "first"}.get(part or "", part)
            if part in ("last", "first"):
                name = f"{part}{number}" if role == "author" else f"{role}-{part}{number}"
            elif part is None and role != "author" or part is None and number:
                name = f"{role}{number}"
            elif part in ("link", "mask"):
                name = f"{role}-{part}{number}"
        canonical.setdefault(name, value)
    return canonical


def _vancouver(text: str) -> list[dict[str, str]]:
    """``Smith AB, Jones CD, et al.``: family then initials; a name with no initials is kept whole."""
    names = []
    for part in (p.strip() for p in text.split(",")):
        if not part or part.rstrip(".").lower() in ("et al", "et al."):
            continue
        family, _, initials = part.rpartition(" ")
        if family and initials.isupper() and initials.isalpha() and len(initials) <= 4:
            names.append({"family": family, "given": " ".join(f"{c}." for c in initials)})
        else:
            names.append({"literal": part})
    return names


def _plain(value: str) -> str:
    """A parameter's text: comments dropped, links to their label, ``{{!}}`` a pipe, entities decoded."""
    value = _LINK.sub(r"\1", _COMMENT.sub("", value)).replace("{{!}}", "|")
    return normalise_space(html.unescape(normalise_space(value)))


def _names(params: dict[str, str], last: str, first: str, single: str, used: set[str]) -> list[dict[str, str]]:
    for part in (last, first, single):  # |last= is |last1= (CS1 takes both)
        if params.get(part) and f"{part}1" not in params:
            params[f"{part}1"] = params[part]
        used.add(part)
    names, number = [], 1
    while any(f"{p}{number}" in params for p in (last, single, first)):
        used.update(f"{p}{number}" for p in (last, first, single))
        if params.get(f"{single}{number}"):
            names.append({"literal": params[f"{single}{number}"]})
        elif params.get(f"{last}{number}"):
            name = {"family": params[f"{last}{number}"]}
            given, _, suffix = params.get(f"{first}{number}", "").rpartition(", ")
            if not SUFFIX.match(suffix):
                given, suffix = params.get(f"{first}{number}", ""), ""
            name.update({key: value for key, value in (("given", given), ("suffix", suffix)) if value})
            names.append(name)
        elif params.get(f"{first}{number}"):
            names.append({"literal": params[f"{first}{number}"]})  # a first name alone: kept, as written
        number += 1
    return names


_MONTH_ABBREVIATIONS = {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)} | {"sept": 9}
_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
_DAY_MONTH_RANGE = re.compile(r"^(\d{1,2})\s*[–-]\s*(\d{1,2}) (\w+) (\d{4})$")
_MONTH_DAY_RANGE = re.compile(r"^(\w+) (\d{1,2})\s*[–-]\s*(\d{1,2}),? (\d{4})$")
_MONTH_RANGE = re.compile(r"^(\w+)\s*[–-]\s*(\w+) (\d{4})$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*[–-]\s*(\d{2}|\d{4})$")
_YEAR_SUFFIX = re.compile(r"^(\d{4})([a-z])$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    return _MONTHS.get(word) or _MONTH_ABBREVIATIONS.get(word)


def _date(text: str) -> tuple[Any, str | None]:
    """A CS1 date as CSL date data and its year suffix (``2005a``): ``2021-06-15``, ``June 2021``,
    ``15 June 2021``, ``June 15, 2021``, ``2021``, ranges (``12–15 February 2007``, ``June–July 2007``,
    ``2007–08``), seasons (``Spring 2007``), ``c. 2000``; anything else (``n.d.``) is kept as a literal."""
    text = text.strip()
    if match := _YEAR_SUFFIX.match(text):
        return {"date-parts": [[int(match.group(1))]]}, match.group(2)
    if text.isascii() and text.isdigit() and len(text) <= 4:
        return {"date-parts": [[int(text)]]}, None
    if match := _ISO.match(text):
        return {"date-parts": [[int(g) for g in match.groups()]]}, None
    circa = text.lower().startswith(("c. ", "ca. ", "circa "))
    words = text.split(" ", 1)[1].replace(",", "").split() if circa else text.replace(",", "").split()
    parts = _date_parts(text, words)
    if parts is None:
        return {"literal": text}, None
    return ({**parts, "circa": True} if circa else parts), None


def _date_parts(text: str, words: list[str]) -> dict[str, Any] | None:
    if len(words) == 1 and words[0].isascii() and words[0].isdigit() and len(words[0]) <= 4:
        return {"date-parts": [[int(words[0])]]}
    if len(words) == 2 and words[1].isascii() and words[1].isdigit() and len(words[1]) == 4:
        if words[0].lower() in _SEASONS:
            return {"date-parts": [[int(words[1])]], "season": _SEASONS[words[0].lower()]}
        if _month(words[0]):
            return {"date-parts": [[int(words[1]), _month(words[0])]]}
    if len(words) == 3 and all(w.isascii() for w in words):
        day, month = (words[0], words[1]) if words[0].isdigit() else (words[1], words[0])
        if _month(month) and day.isdigit() and len(day) <= 2 and words[2].isdigit() and len(words[2]) == 4:
            return {"date-parts": [[int(words[2]), _month(month), int(day)]]}
    if match := _DAY_MONTH_RANGE.match(text):
        start, end, month, year = match.groups()
        if _month(month):
            return {"date-parts": [[int(year), _month(month), int(start)], [int(year), _month(month), int(end)]]}
    if match := _MONTH_DAY_RANGE.match(text):
        month, start, end, year = match.groups()
        if _month(month):
            return {"date-parts": [[int(year), _month(month), int(start)], [int(year), _month(month), int(end)]]}
    if match := _MONTH_RANGE.match(text):
        first, last, year = match.groups()
        if _month(first) and _month(last):
            return {"date-parts": [[int(year), _month(first)], [int(year), _month(last)]]}
    if match := _YEAR_RANGE.match(text):
        start, end = match.groups()
        end = start[:2] + end if len(end) == 2 else end
        return {"date-parts": [[int(start)], [int(end)]]}
    return None


def load(text: str, path: str = "<string>") -> ImportResult:
    """Every ``{{cite …}}`` of ``text``: a ``<ref name>`` becomes the id, an unnamed citation gets a key
    made of author, year and title word (as BibTeX export makes them)."""
    records, problems, named = [], [], {}
    kept: dict[str, int] = {}  # parameter -> times
    for found in citations(text):
        if not isinstance(found, Citation):
            problems.append(InputProblem(path, found[0], 1, "", f"skipped: {found[1]}"))
            continue
        label = found.name or f"the citation on line {found.line}"
        try:
            data = read_citation(found, kept)
        except ValueError as error:
            problems.append(InputProblem(path, found.line, 1, label, f"skipped: {error}"))
            continue
        if found.name is not None and found.name in named:  # MediaWiki: one reference, defined again
            if data != named[found.name]:
                problems.append(InputProblem(path, found.line, 1, label,
                                             f"skipped: ref name {found.name!r} is defined again with other content"))
            continue
        if found.name is not None:
            named[found.name] = data
        data.setdefault("id", f"{_UNNAMED}{len(records)}")
        records.append(Record(data, found.line, label))
    if not records and not problems and text.strip():
        problems.append(InputProblem(path, 1, 1, "", "no {{cite …}} citations found"))
    result = validate_records(records, path, ImportResult(problems=problems))
    result.references = _named(result.references)
    if kept:  # kept, not lost: a notice, not a problem (the import still succeeds)
        result.notices.append(kept_in_note(path, kept))
    return result


_UNNAMED = "?unnamed-"  # never a safe citation key, so citation_keys makes one up


def _named(refs: list[Reference]) -> list[Reference]:
    from citecheck.formats.bibkeys import citation_keys

    if not any(ref.id.startswith(_UNNAMED) for ref in refs):
        return refs
    return [ref.model_copy({"id": key}) if ref.id.startswith(_UNNAMED) else ref
            for ref, key in zip(refs, citation_keys(refs))]

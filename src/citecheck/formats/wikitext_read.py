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
from citecheck.formats.result import ImportResult, Record, validate_records
from citecheck.formats.wikitext import (
    DEFAULT_TYPES,
    MONTH_NAMES,
    NAME_PARAMETERS,
    TEXT_PARAMETERS,
)

_OUTLETS = ("newspaper", "magazine", "website", "work", "journal", "periodical", "encyclopedia")
#: CS1 templates citecheck does not write, read as the CSL type they cite (the export's own are DEFAULT_TYPES).
_READ_TYPES = {"cite journal": "article-journal", "cite book": "book", "cite report": "report",
               "cite thesis": "thesis", "cite encyclopedia": "entry-encyclopedia", "cite conference": "paper-conference",
               "cite speech": "speech", "cite interview": "interview", "cite map": "map", "cite patent": "patent",
               "cite av media": "motion_picture", "cite tweet": "post", "cite arxiv": "article"}
#: Parameters only other writers use (citecheck writes TEXT_PARAMETERS): read into their CSL variables.
_READ_PARAMETERS = {"page": "page", "isbn": "ISBN", "issn": "ISSN", "edition": "edition", "place": "publisher-place",
                    "publication-place": "publisher-place", "pmid": "PMID", "pmc": "PMCID"}
_SUFFIX = re.compile(r"^(?:Jr\.?|Sr\.?|I{2,3}|IV|V|VI{1,3})$")
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
    from mwparserfromhell.nodes import Comment, Tag

    code, cursor = mwparserfromhell.parse(text), 0
    for template in code.filter_templates(recursive=True):
        kind = " ".join(str(template.name).replace("_", " ").split()).lower()
        if not _CITATION.fullmatch(kind):
            continue
        source = str(template)
        offset = text.find(source, cursor)
        offset = offset if offset >= 0 else text.find(source)
        cursor = max(cursor, offset + len(source))
        line = text.count("\n", 0, max(offset, 0)) + 1
        ref = next((node for node in reversed(code.get_ancestors(template))
                    if isinstance(node, Tag) and str(node.tag).strip().lower() == "ref"), None)
        named = _REF_NAME.match(str(ref)) if ref is not None else None
        name = _plain(next(group for group in named.groups() if group is not None)) if named else None
        hidden = next((str(c.contents).strip()[len(_HIDDEN):] for c in (ref.contents.filter_comments() if ref else ())
                       if isinstance(c, Comment) and str(c.contents).strip().startswith(_HIDDEN)), None)
        unnamed = [value for param in template.params if not param.showkey and (value := str(param.value).strip())]
        if unnamed:
            yield line, f"parameter {unnamed[0]!r} has no '='"
            continue
        params = {str(param.name).strip(): _plain(str(param.value)) for param in template.params if param.showkey}
        yield Citation(name or None, kind, params, hidden, line)


def read_citation(citation: Citation) -> dict[str, Any]:
    params = citation.params
    kind = citation.template
    data: dict[str, Any] = {"type": DEFAULT_TYPES.get(kind) or _READ_TYPES.get(kind, "webpage")}
    if citation.name is not None:
        data["id"] = citation.name
    for variable, (last, first, single) in NAME_PARAMETERS.items():
        names = _names(params, last, first, single)
        if names:
            data[variable] = names
    data.update({variable: params[p] for p, variable in _READ_PARAMETERS.items() if params.get(p)})
    data.update({variable: params[p] for p, variable in TEXT_PARAMETERS.items() if params.get(p)})
    outlet = next((params[p] for p in _OUTLETS if params.get(p)), None)
    if outlet is not None:
        data["container-title"] = outlet
    for parameter, variable in (("date", "issued"), ("access-date", "accessed"), ("archive-date", "archive-date")):
        if params.get(parameter):
            data[variable] = _date(params[parameter])
    for parameter, variable in (("url", "URL"), ("archive-url", "archive-url")):
        if params.get(parameter):
            data[variable] = params[parameter]
    if citation.hidden:
        try:
            hidden = json.loads(citation.hidden)
        except json.JSONDecodeError as error:
            raise ValueError(f"the citecheck comment is not JSON: {error.msg}") from None
        if not isinstance(hidden, dict):
            raise ValueError("the citecheck comment is not a JSON object")
        data.update(hidden)
    return data


def _plain(value: str) -> str:
    """A parameter's text: comments dropped, links to their label, ``{{!}}`` a pipe, entities decoded."""
    value = _LINK.sub(r"\1", _COMMENT.sub("", value)).replace("{{!}}", "|")
    return normalise_space(html.unescape(normalise_space(value)))


def _names(params: dict[str, str], last: str, first: str, single: str) -> list[dict[str, str]]:
    for part in (last, first, single):  # |last= is |last1= (CS1 takes both)
        if params.get(part) and f"{part}1" not in params:
            params[f"{part}1"] = params[part]
    names, number = [], 1
    while any(f"{p}{number}" in params for p in (last, single)):
        if f"{single}{number}" in params:
            names.append({"literal": params[f"{single}{number}"]})
        else:
            name = {"family": params[f"{last}{number}"]}
            given, _, suffix = params.get(f"{first}{number}", "").rpartition(", ")
            if not _SUFFIX.match(suffix):
                given, suffix = params.get(f"{first}{number}", ""), ""
            name.update({key: value for key, value in (("given", given), ("suffix", suffix)) if value})
            names.append(name)
        number += 1
    return names


def _date(text: str) -> Any:
    """``2021-06-15``, ``June 2021``, ``15 June 2021``, ``June 15, 2021``, ``2021``."""
    words = text.replace(",", "").split()
    if len(words) == 2 and words[0].lower() in _MONTHS and words[1].isdigit():
        return {"date-parts": [[int(words[1]), _MONTHS[words[0].lower()]]]}
    if len(words) == 3:
        day, month = (words[0], words[1]) if words[0].isdigit() else (words[1], words[0])
        if month.lower() in _MONTHS and day.isdigit() and words[2].isdigit():
            return {"date-parts": [[int(words[2]), _MONTHS[month.lower()], int(day)]]}
    return text


def load(text: str, path: str = "<string>") -> ImportResult:
    """Every ``{{cite …}}`` of ``text``: a ``<ref name>`` becomes the id, an unnamed citation gets a key
    made of author, year and title word (as BibTeX export makes them)."""
    records, problems, named = [], [], {}
    for found in citations(text):
        if not isinstance(found, Citation):
            problems.append(InputProblem(path, found[0], 1, "", f"skipped: {found[1]}"))
            continue
        label = found.name or f"the citation on line {found.line}"
        try:
            data = read_citation(found)
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
    return result


_UNNAMED = "?unnamed-"  # never a safe citation key, so citation_keys makes one up


def _named(refs: list[Reference]) -> list[Reference]:
    from citecheck.formats.bibkeys import citation_keys

    if not any(ref.id.startswith(_UNNAMED) for ref in refs):
        return refs
    return [ref.model_copy({"id": key}) if ref.id.startswith(_UNNAMED) else ref
            for ref, key in zip(refs, citation_keys(refs))]

"""``load(text, path) -> ImportResult``: an article's printed footnotes as references.

The same shape as every format's reader. Each footnote found becomes a reference carrying its
number (``footnote``) and its printed text; one the tagger cannot read is still imported with its
printed text and reported with its line. The result also says how sure the parse is of each
footnote (:attr:`TextImportResult.parsed`), which ones need a look, and can explain its labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from citecheck.errors import InputProblem
from citecheck.vocabulary import PRINTED_FIELD
from citecheck.formats.result import ImportResult, Record, validate_records
from citecheck.model.limits import MAX_TEXT_LENGTH
from citecheck.parse.build import reference_data
from citecheck.parse.fields import balanced, spans, whole_titles
from citecheck.parse.footnotes import Footnote, split_footnotes
from citecheck.parse.markup import printed_lines
from citecheck.parse.sections import references_section
from citecheck.parse.tagger import Tagged, Tagger
from citecheck.parse.tokens import tokenise

#: citecheck's field for the footnote as printed (one place to change when it is renamed).
#: Below this probability of its labelling, a footnote is listed as needing a look.
DOUBTFUL_BELOW = 0.5
#: Longer footnotes are imported with their printed text only (bounded work per footnote).
LONGEST_PARSED = 2000

_MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\((\S+?)\)")
_EMPHASIS = re.compile(r"(?<!\w)([*_]{1,3})(?=\S)(.+?)(?<=\S)\1(?!\w)")


@dataclass(frozen=True, slots=True)
class ParsedFootnote:
    footnote: Footnote
    tagged: Tagged | None  # None: not parsed (too long, or nothing to tag)
    title_found: bool

    @property
    def confidence(self) -> float:
        return self.tagged.confidence if self.tagged else 0.0

    @property
    def doubtful(self) -> bool:
        return self.tagged is None or not self.title_found or self.confidence < DOUBTFUL_BELOW


@dataclass
class TextImportResult(ImportResult):
    parsed: list[ParsedFootnote] = field(default_factory=list)

    def doubtful(self) -> list[int]:
        """The numbers of the footnotes that need a look, in order."""
        return [item.footnote.number for item in self.parsed if item.doubtful]

    def summary(self) -> str:
        """``3 of 16 footnotes need a look: 4, 9, 13`` (or that none does)."""
        doubtful = self.doubtful()
        total = len(self.parsed)
        if not doubtful:
            return f"{total} footnote{'s' if total != 1 else ''} read; none needs a look"
        return (f"{len(doubtful)} of {total} footnote{'s' if total != 1 else ''} need{'s' if total == 1 else ''}"
                f" a look: {', '.join(map(str, doubtful))}")

    def explanation(self) -> str:
        """Each footnote's tokens with their labels (and the model's probability of each, when loaded with
        ``explain``)."""
        out = []
        for item in self.parsed:
            out.append(f"footnote {item.footnote.number} (line {item.footnote.line}, "
                       f"confidence {item.confidence:.2f}): {item.footnote.text}")
            if item.tagged is not None:
                marginals = item.tagged.marginals or [None] * len(item.tagged.labels)
                out.extend(f"  {token.text}\t{label}" + ("" if p is None else f"\t{p:.2f}")
                           for token, label, p in zip(item.tagged.tokens, item.tagged.labels, marginals))
        return "\n".join(out) + "\n"


def load(text: str, path: str = "<string>", *, explain: bool = False) -> TextImportResult:
    """The footnotes of ``text`` as references; ``explain`` keeps each label's probability for
    :meth:`TextImportResult.explanation`."""
    result = TextImportResult()
    section = references_section(printed_lines(text))
    if section is None:
        result.problems.append(InputProblem(path, 1, 1, "", "no references section: no heading such as "
                                            "References, Notes or Sources, and not a list of references"))
        return result
    footnotes = split_footnotes(section)
    if not footnotes:
        line = section[0][0] if section else 1
        result.problems.append(InputProblem(path, line, 1, "", "the references section has no footnotes"))
        return result
    tagger = Tagger()
    records = []
    for footnote in footnotes:
        if len(footnote.text) > MAX_TEXT_LENGTH:  # no reference may hold it: reported, not imported
            result.problems.append(InputProblem(path, footnote.line, 1, f"footnote {footnote.number}",
                                                f"skipped: longer than {MAX_TEXT_LENGTH:,} characters"))
            continue
        data, parsed = _parse(footnote, tagger, explain)
        result.parsed.append(parsed)
        if parsed.tagged is None:
            result.problems.append(InputProblem(path, footnote.line, 1, f"footnote {footnote.number}",
                                                "not parsed (longer than 2,000 characters or no words); "
                                                "imported with its printed text only"))
        records.append(Record(data, footnote.line, f"footnote {footnote.number}"))
    _name(records)
    result = validate_records(records, path, result)
    # What the import command prints and writes for any reader: the run's one line, the YAML's marks.
    result.notices.append(result.summary())
    result.comments.update(needs_a_look(result))
    if explain:
        result.details = result.explanation()
    return result


def parse_footnote(text: str, tagger: Tagger | None = None) -> dict[str, Any]:
    """One printed footnote -> CSL-keyed data (no id, number or printed text): for tests and benchmarks."""
    data, _ = _parse(Footnote(1, text, 1), tagger or Tagger())
    for key in ("id", "footnote", PRINTED_FIELD):
        data.pop(key, None)
    return data


def _parse(footnote: Footnote, tagger: Tagger, explain: bool = False) -> tuple[dict[str, Any], ParsedFootnote]:
    printed = footnote.text
    own = {"id": "", "footnote": footnote.number, PRINTED_FIELD: printed}
    readable = _plain(printed)
    tokens = tokenise(readable) if len(readable) <= LONGEST_PARSED else []
    if not tokens:
        return {**own, "type": "document"}, ParsedFootnote(footnote, None, False)
    tagged = tagger.tag(tokens, marginals=explain)
    labels = whole_titles(tagged.tokens, balanced(tagged.tokens, tagged.labels))
    data = reference_data(readable, spans(readable, tagged.tokens, labels))
    return {**own, **data}, ParsedFootnote(footnote, tagged, bool(data.get("title")))


def _plain(text: str) -> str:
    """Markdown links and emphasis as a reader sees them (a link's address kept after its text)."""
    if "](" in text:
        text = _MARKDOWN_LINK.sub(lambda m: m.group(1) if m.group(1) == m.group(2) else f"{m.group(1)} {m.group(2)}",
                                  text)
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(r"\2", text)
    return text


def _name(records: list[Record]) -> None:
    """citecheck's author-year-word key for each footnote, made unique (``-2``, ``-3``...)."""
    from pydantic import ValidationError

    from citecheck.formats.bibkeys import generated_key
    from citecheck.formats.result import free_id
    from citecheck.model import Reference

    taken: set[str] = set()
    for record in records:
        base = f"footnote{record.data['footnote']}"  # for a footnote with no title or names to key it by
        if record.data.get("title") or record.data.get("author"):
            try:
                base = generated_key(Reference.model_validate({**record.data, "id": "-"}))
            except ValidationError:
                pass
        ident = free_id(base, taken)
        taken.add(ident)
        record.data["id"] = ident


def needs_a_look(result: TextImportResult) -> dict[str, str]:
    """``needs a look: footnote 4 (confidence 0.40)`` by reference id, for the doubtful footnotes."""
    confidence = {item.footnote.number: item for item in result.parsed if item.doubtful}
    found = {}
    for ref in result.references:
        item = confidence.get(ref.footnote)
        if item is not None:
            why = "not parsed" if item.tagged is None else (
                "no title found" if not item.title_found else f"confidence {item.confidence:.2f}")
            found[ref.id] = f"needs a look: footnote {ref.footnote} ({why})"
    return found

import os
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citecheck.formats import biblatex, bibtex, bibwrite
from citecheck.formats.bibcompile import branches, lost_counter, sets_any
from citecheck.formats.bibdialect import CARRIED, CUSTOM_FIELDS, LIST_FIELDS, NAME_VARS, TITLE_VARS, VERBATIM_VARS
from citecheck.formats.bibkeys import citation_keys
from citecheck.formats.bibvalues import ValueWriters
from citecheck.formats.latex import escape
from citecheck.model import Reference
from citecheck.vocabulary import ITEM_TYPES, python_name
from formats.strategies import person, reference, text

EVERYTHING = {"title": "T", "title-short": "T", "author": [{"family": "A"}], "editor": [{"family": "E"}],
              "translator": [{"family": "R"}], "container-title": "C", "publisher": "P", "publisher-place": "L",
              "genre": "G", "event-title": "E", "event-place": "V", "volume": 1, "issue": 2, "page": "3",
              "ISSN": "1", "ISBN": "2", "issued": "2020", "accessed": "2021", "URL": "u", "DOI": "d",
              "language": "en", "note": "n", "abstract": "a", "keyword": "k", "footnote": 1, "printed": "s",
              "archive-url": "w", "archive-date": "2022"}


@pytest.mark.parametrize("dialect", [biblatex.DIALECT, bibtex.DIALECT], ids=lambda d: d.name)
@pytest.mark.parametrize("csl_type", ITEM_TYPES)
def test_each_types_counter_counts_the_variables_its_entry_type_has_no_field_for(dialect, csl_type):
    for data in (EVERYTHING, {"title": "T", "volume": 1, "event-title": "E", "accessed": "2021"}):
        ref = Reference.model_validate({"id": "r", "type": csl_type, **data})
        entry_type = dialect.entry_type(csl_type, data.__contains__)
        expected = {v: 1 for v in CARRIED if v in data and dialect.slot(v, entry_type) is None}
        if dialect.name == "bibtex":
            expected.pop("accessed", None)  # BibTeX writes it at the end of note
        counts: dict[str, int] = defaultdict(int)
        lost_counter(dialect, csl_type)(ref, counts)
        assert dict(counts) == expected


def test_a_type_whose_entry_type_needs_fields_falls_back_to_misc():
    [(needs, article), (nothing, misc)] = branches(biblatex.DIALECT, "article-newspaper")
    assert (needs, article.entry_type, nothing, misc.entry_type) == (
        (("author",), ("container-title",)), "article", (), "misc")
    assert [(needs, found.entry_type) for needs, found in branches(biblatex.DIALECT, "bill")] == [((), "misc")]


def test_sets_any_tells_whether_a_reference_sets_one_of_the_keys():
    sets_edition_or_medium = sets_any(("edition", "medium"))
    plain = Reference.model_validate({"id": "a", "type": "book"})
    assert [sets_edition_or_medium(plain), sets_edition_or_medium(Reference.model_validate(
        {"id": "b", "type": "book", "medium": "print"}))] == [False, True]


# The reference the generated writers must equal: the same entries worked out from the dialect one field at
# a time, as a plain interpreter would (slower, which is why the writers are compiled instead).
def interpreted_entry(ref: Reference, key: str, dialect, values: ValueWriters) -> str:
    bibtex = dialect.name == "bibtex"
    entry_type = dialect.entry_type(ref.type, lambda variable: getattr(ref, python_name(variable)) is not None)
    parts = [f"@{entry_type}{{{key},\n"]
    for variable in CARRIED:
        name, value = dialect.slot(variable, entry_type), getattr(ref, python_name(variable))
        if name is None or value is None or (bibtex and variable == "accessed"):
            continue
        if bibtex and variable == "issued":
            parts.append(values.year_month_day(value))
        elif variable == "footnote":
            parts.append(f"  {name:<12} = {values.number(value)},\n")
        else:
            text = values.list_text(value) if not bibtex and name in LIST_FIELDS else \
                written(variable, value, ref, values, bibtex)
            parts.append(f"  {name:<12} = {{{text}}},\n")
    if bibtex and dialect.slot("note", entry_type) and ref.accessed is not None and ref.note is None:
        parts.append(f"  {'note':<12} = {{{values.note_with_access(None, ref.accessed)}}},\n")
    subtype = {"article-newspaper": "newspaper", "article-magazine": "magazine"}.get(ref.type) \
        if entry_type == "article" else None
    subtype = subtype or (ref.type if dialect.csl_type(entry_type) != ref.type else None)
    if subtype:
        parts.append(f"  {'entrysubtype':<12} = {{{subtype}}},\n")
    if key != ref.id:
        parts.append(f"  {CUSTOM_FIELDS['id']:<12} = {{{escape(ref.id)}}},\n")
    return "".join(parts) + "}\n"


def written(variable, value, ref, values, bibtex):
    if variable in NAME_VARS:
        return values.names(value)
    if variable in TITLE_VARS:
        return values.title(value, ref.language)
    if variable in VERBATIM_VARS:
        return values.verbatim(value)
    if variable in ("issued", "accessed", "archive-date"):
        return values.date(value)
    if variable == "language":
        return values.language(value)
    if bibtex and variable == "note":
        return values.note_with_access(value, ref.accessed)
    return values.text(value)


def interpreted(refs, dialect, ascii_only):
    values = ValueWriters(dialect.name == "bibtex", ascii_only)
    return "\n".join(interpreted_entry(ref, key, dialect, values) for ref, key in zip(refs, citation_keys(refs)))


DIALECTS = pytest.mark.parametrize("dialect", [biblatex.DIALECT, bibtex.DIALECT], ids=lambda d: d.name)
ASCII = pytest.mark.parametrize("ascii_only", [False, True], ids=["utf8", "ascii"])


@DIALECTS
@ASCII
@pytest.mark.parametrize("csl_type", ITEM_TYPES)
def test_each_types_compiled_writer_writes_what_the_interpreter_writes(dialect, ascii_only, csl_type):
    full = Reference.model_validate({"id": "r", "type": csl_type, **EVERYTHING})
    bare = Reference.model_validate({"id": "s", "type": csl_type, "title": "T", "accessed": "2021"})
    noted = Reference.model_validate({"id": "t x", "type": csl_type, "note": "n", "accessed": "2021-02"})
    refs = [full, bare, noted]
    assert bibwrite.dump(refs, dialect, ascii_only) == interpreted(refs, dialect, ascii_only)


MORE = {"title-short": text(), "translator": st.lists(person(), min_size=1, max_size=2), "event-title": text(),
        "event-place": text(), "volume": st.one_of(st.integers(1, 99), text(max_size=5)), "issue": text(max_size=5),
        "page": st.sampled_from(["1-10", "iv", "12"]), "ISSN": st.just("1234-5678"), "ISBN": st.just("978-3-16"),
        "abstract": text(), "keyword": text(), "edition": text(max_size=5)}


@st.composite
def fuller_reference(draw):
    """A generated reference that may also set every other variable BibTeX and BibLaTeX carry."""
    data = draw(reference()).to_csl()
    for key, strategy in MORE.items():
        if draw(st.booleans()):
            data[key] = draw(strategy)
    return Reference.model_validate(data)


@DIALECTS
@ASCII
@settings(max_examples=int(os.environ.get("CITECHECK_EXAMPLES", "60")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(refs=st.lists(fuller_reference(), min_size=1, max_size=6))
def test_generated_references_are_written_as_the_interpreter_writes_them(dialect, ascii_only, refs):
    assert bibwrite.dump(refs, dialect, ascii_only) == interpreted(refs, dialect, ascii_only)

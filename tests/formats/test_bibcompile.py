from collections import defaultdict

import pytest

from citecheck.formats import biblatex, bibtex
from citecheck.formats.bibcompile import branches, lost_counter, sets_any
from citecheck.formats.bibdialect import CARRIED
from citecheck.model import Reference
from citecheck.vocabulary import ITEM_TYPES

EVERYTHING = {"title": "T", "title-short": "T", "author": [{"family": "A"}], "editor": [{"family": "E"}],
              "translator": [{"family": "R"}], "container-title": "C", "publisher": "P", "publisher-place": "L",
              "genre": "G", "event-title": "E", "event-place": "V", "volume": 1, "issue": 2, "page": "3",
              "ISSN": "1", "ISBN": "2", "issued": "2020", "accessed": "2021", "URL": "u", "DOI": "d",
              "language": "en", "note": "n", "abstract": "a", "keyword": "k", "footnote": 1, "source": "s",
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

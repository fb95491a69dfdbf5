"""Numbers in a .bib file: only ASCII digits are numbers, within the whole-number limit.

``str.isdigit`` takes ``²`` (which ``int()`` refuses) and ``\\d`` takes Thai digits; ``int()`` refuses
past 4,300 digits. Each of these once ended an import with a traceback (found by the fuzzer).
"""

from citecheck.formats import get

BIBLATEX, BIBTEX = get("biblatex"), get("bibtex")


def read(entry: str, fmt=BIBTEX):
    result = fmt.read(entry, "refs.bib")
    return [ref.to_csl() for ref in result.references], [str(p) for p in result.problems]


def test_a_month_or_day_that_is_no_number_is_kept_in_note():
    [data], problems = read("@misc{a, title = {T}, year = 2024, month = {²}, day = {²}}")
    assert (data["issued"], data["note"], problems) == ({"date-parts": [[2024]]}, "month: ²\nday: ²", [])
    [data], problems = read("@misc{a, title = {T}, year = 2024, month = may, day = {1²}}")
    assert (data["issued"], data["note"], problems) == ({"date-parts": [[2024, 5]]}, "day: 1²", [])
    [data], problems = read(f"@misc{{a, title = {{T}}, year = 2024, month = may, day = {'9' * 4301}}}")
    assert (data["issued"], data["note"], problems) == ({"date-parts": [[2024, 5]]}, f"day: {'9' * 4301}", [])


def test_a_date_with_a_thai_digit_is_kept_as_written():
    [data], problems = read("@misc{a, title = {T}, date = {2022-0๓-10}}", BIBLATEX)
    assert (data["issued"], problems) == ({"literal": "2022-0๓-10"}, [])


def test_a_superscript_footnote_number_is_refused_at_its_line():
    assert read("@misc{a, title = {T}, usera = {1²}}", BIBLATEX) == (
        [], ["refs.bib:1:1: a.footnote: expected a whole number, got text '1²'"])


def test_a_year_of_5000_digits_skips_its_entry_at_its_line_naming_the_limit():
    year = "9" * 5000
    refs, problems = read(f"@misc{{ok, title = {{T}}, year = 2020}}\n@misc{{big, title = {{T}},\n  year = {year}}}\n")
    assert [ref["id"] for ref in refs] == ["ok"]
    assert problems == ["refs.bib:2:1: big: skipped: year: a whole number has at most 15 digits (the limit), "
                        "this one has 5,000"]


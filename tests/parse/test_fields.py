from citecheck.parse.fields import balanced, clean, spans, whole_titles
from citecheck.parse.tokens import tokenise


def test_consecutive_tokens_with_one_label_are_one_span_as_printed():
    text = "Title here, Ann Lee, Times, May 2, 2020."
    tokens = tokenise(text)
    labels = ["title", "title", "author", "author", "container", "date", "date", "date"]
    assert [(s.label, s.text) for s in spans(text, tokens, labels)] == [
        ("title", "Title here,"), ("author", "Ann Lee,"), ("container", "Times,"), ("date", "May 2, 2020.")]


def test_cleaning_drops_separators_and_enclosing_quotes_but_keeps_printed_markup():
    assert [clean(v) for v in ("“Deep learning,”", "Consortium News]],", "‘Title’,", "(Penguin,", "1999),",
                               "McCoy ,", "RAY McGOVERN: Russia & China — Two Against One,")] == [
        "Deep learning", "Consortium News]]", "Title", "Penguin", "1999", "McCoy",
        "RAY McGOVERN: Russia & China — Two Against One"]


def test_a_parenthesis_keeps_its_title_together():
    text = "The Other America (Or the Missed Chances to Avoid World War III), Matthew Ehret,"
    tokens = tokenise(text)
    labels = ["title"] * 11 + ["author"] * 3
    assert balanced(tokens, labels) == ["title"] * 12 + ["author"] * 2


def test_a_parenthesis_in_a_locator_is_left_alone():
    tokens = tokenise("(Vol. 3, pp. 1-10).")
    assert balanced(tokens, ["volume", "volume", "pages", "pages"]) == ["volume", "volume", "pages", "pages"]


def test_a_title_runs_on_to_the_next_separator():
    tokens = tokenise("BUILDING A NEW WORLD ORDER, x.com")
    assert whole_titles(tokens, ["title"] * 4 + ["author", "url"]) == ["title"] * 5 + ["url"]
    tokens = tokenise("Title here, Ann Lee, Times.")
    assert whole_titles(tokens, ["title", "title", "author", "author", "container"]) == [
        "title", "title", "author", "author", "container"]
    tokens = tokenise("The Title (London: Verso, 2019)")
    assert whole_titles(tokens, ["title", "title", "location", "publisher", "date"]) == [
        "title", "title", "location", "publisher", "date"]

from citecheck.parse.footnotes import split_footnotes


def split(*lines):
    return [(f.number, f.text, f.line) for f in split_footnotes(list(enumerate(lines, 1)))]


def test_every_kind_of_marker_starts_a_footnote_and_is_not_part_of_it():
    assert split("- ↑ Alpha, 2020.", "- ↑ Beta, 2021.") == [(1, "Alpha, 2020.", 1), (2, "Beta, 2021.", 2)]
    assert split("^ a b Alpha, 2020.", "^ Beta, 2021.") == [(1, "Alpha, 2020.", 1), (2, "Beta, 2021.", 2)]
    assert split("[3] Alpha, 2020.", "[4] Beta.") == [(3, "Alpha, 2020.", 1), (4, "Beta.", 2)]
    assert split("1. Alpha.", "2) Beta.") == [(1, "Alpha.", 1), (2, "Beta.", 2)]
    assert split("* Alpha.", "• Beta.") == [(1, "Alpha.", 1), (2, "Beta.", 2)]
    assert split("[^7]: Alpha.", "[^note]: Beta.") == [(7, "Alpha.", 1), (8, "Beta.", 2)]
    assert split("12. ^ a b Alpha.", "13. ↑ Beta.") == [(12, "Alpha.", 1), (13, "Beta.", 2)]


def test_a_wrapped_footnote_and_a_hanging_indent_continue_the_footnote():
    assert split("1. Alpha, a long", "title, 2020.", "2. Beta.") == [(1, "Alpha, a long title, 2020.", 1),
                                                                    (2, "Beta.", 3)]
    assert split("Smith, J. (2020). A long", "    title. Publisher.", "Lee, K. (2021). B.") == [
        (1, "Smith, J. (2020). A long title. Publisher.", 1), (2, "Lee, K. (2021). B.", 3)]


def test_without_markers_each_line_or_each_paragraph_is_a_footnote():
    assert split("Alpha, 2020.", "Beta, 2021.") == [(1, "Alpha, 2020.", 1), (2, "Beta, 2021.", 2)]
    assert split("Alpha, a", "long one.", "", "Beta, 2021.") == [(1, "Alpha, a long one.", 1), (2, "Beta, 2021.", 4)]


def test_an_unnumbered_footnote_counts_on_from_the_printed_number_before_it():
    assert [n for n, _, _ in split("[5] A.", "- B.", "[9] C.", "- D.")] == [5, 6, 9, 10]


def test_a_footnote_label_of_a_superscript_digit_is_a_name_not_a_number():
    assert split("[^²]: Alpha.", "[^3]: Beta.") == [(1, "Alpha.", 1), (3, "Beta.", 2)]

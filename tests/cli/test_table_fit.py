from citecheck.cli.table_fit import Column, fit, overhead, shorten


def test_shorten_keeps_a_text_that_fits():
    assert shorten("Russia-China entente", 20) == "Russia-China entente"


def test_shorten_cuts_after_a_whole_word_and_says_so():
    assert shorten("Russia-China entente deepens", 16) == "Russia-China…"


def test_shorten_cuts_inside_a_word_only_when_no_boundary_is_near():
    assert shorten("Antidisestablishmentarianism rules", 10) == "Antidises…"


def test_shorten_cuts_urls_at_any_character():
    assert shorten("example.org/a/b/c", 10, words=False) == "example.o…"


def test_shorten_puts_a_cell_on_one_line():
    assert shorten("two\nlines", 20) == "two lines"


def test_whole_columns_keep_their_width_and_the_rest_share_by_weight():
    columns = [Column("id"), Column("title", weight=3), Column("url", weight=1)]
    rows = [("abc", "t" * 100, "u" * 100)]
    shown, widths = fit(columns, rows, 3 + 40 + overhead(3))
    assert (shown, widths) == ([0, 1, 2], [3, 30, 10])


def test_a_column_that_needs_less_than_its_share_gives_the_rest_back():
    columns = [Column("title", weight=1), Column("url", weight=1)]
    shown, widths = fit(columns, [("short", "u" * 100)], 40 + overhead(2))
    assert widths == [5, 35]


def test_columns_are_dropped_lowest_priority_first_when_their_headers_cannot_fit():
    columns = [Column("id"), Column("title", weight=1), Column("container", weight=1, priority=1),
               Column("authors", weight=1, priority=2)]
    shown, _ = fit(columns, [("a", "t" * 50, "c" * 50, "p" * 50)], 20)
    assert shown == [0, 1]


def test_a_column_narrower_than_its_minimum_is_kept_at_its_own_width():
    columns = [Column("id"), Column("detail", weight=1, min_width=10)]
    assert fit(columns, [("a", "")], 200) == ([0, 1], [2, 6])

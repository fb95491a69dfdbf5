from citecheck.parse.markup import looks_like_html, printed_lines


def test_plain_text_and_markdown_are_their_own_lines():
    assert printed_lines("## Notes\n\n1. A, 2020.") == [(1, "## Notes"), (2, ""), (3, "1. A, 2020.")]


def test_html_is_rendered_as_a_browser_shows_it_with_its_lines():
    html = ("<html><body><p>Text.</p>\n<h2><span>References</span></h2>\n<ol>\n"
            "<li id=\"cite_note-1\"><b><a href=\"#r1\">^</a></b> <span>Title, <i>Outlet</i>, 2020.</span></li>\n"
            "<li>Second &amp; last, 2021.</li>\n</ol><script>var x = 1;</script></body></html>")
    assert looks_like_html(html)
    assert printed_lines(html) == [(1, "Text."), (2, "## References"), (4, "1. ^ Title, Outlet, 2020."),
                                   (5, "2. Second & last, 2021.")]


def test_an_ordered_list_may_start_elsewhere_and_unordered_items_are_bullets():
    html = "<ol start=\"7\"><li>A</li><li>B</li></ol><ul><li>C</li></ul>"
    assert [text for _, text in printed_lines(html)] == ["7. A", "8. B", "- C"]


def test_a_list_number_that_is_not_ascii_digits_or_is_too_long_is_not_taken():
    html = f"<ol start=\"²\"><li>A</li><li value=\"{'9' * 5000}\">B</li></ol><ol start=\"0\"><li>C</li></ol>"
    assert [text for _, text in printed_lines(html)] == ["1. A", "2. B", "0. C"]


def test_a_tag_longer_than_any_real_one_is_text_read_in_memory_of_its_own_size():
    import tracemalloc

    from citecheck.parse.markup import LONGEST_TAG

    attributes = "".join(f"\n{' ' * (i % 300)}a:" for i in range(LONGEST_TAG))  # ~1.5 MB inside one <li
    html = f"<ol><li>First, 2020.</li>\n<li i{attributes}\n</ol><p>After.</p><!-- {'x' * 20_000} -->"
    tracemalloc.start()
    try:
        lines = printed_lines(html)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 10 * len(html)  # html.parser's tag regex kept ~140 bytes a character
    assert [text for _, text in lines][0] == "1. First, 2020."
    assert lines[-1] == (LONGEST_TAG + 3, "After.")

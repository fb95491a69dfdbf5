from citecheck.formats.csl_yaml import dump_native
from citecheck.parse import load
from citecheck.formats.importing import commented
from citecheck.parse.reader import LONGEST_PARSED


def test_a_doubtful_footnote_gets_a_comment_above_its_item_and_the_others_none():
    text = ("References\n- This Is the Russia-China Friendship That Nixon Feared, By Farah Stockman, New York Times, "
            f"Feb. 20, 2022.\n- {'A' * (LONGEST_PARSED + 1)}\n")
    result = load(text, "a.txt")
    written = commented(dump_native(result.references), result.comments)  # as import writes it
    assert [line for line in written.splitlines() if line.startswith(("- id", "#"))] == [
        "- id: stockman2022this", "# needs a look: footnote 2 (not parsed)", "- id: footnote2"]


def test_nothing_doubtful_leaves_the_text_as_it_was():
    result = load("References\n- Fifty Years After Nixon’s Visit, China Tilts Back Toward Russia, James T. Areddy, "
                  "Wall Street Journal, Feb. 26, 2022.\n", "a.txt")
    yaml_text = dump_native(result.references)
    assert result.comments == {} and commented(yaml_text, result.comments) == yaml_text

from citecheck.parse.synthetic import STYLE_NAMES, examples, styled_examples
from citecheck.parse.tokens import tokenise


def test_the_same_seed_gives_the_same_footnotes_and_another_seed_others():
    assert examples(50, seed=3) == examples(50, seed=3)
    assert examples(50, seed=3) != examples(50, seed=4)


def test_every_token_has_one_label_and_every_style_is_used():
    made = styled_examples(600, seed=1)
    assert all(len(tokenise(text)) == len(labels) for text, labels, _ in made)
    assert {style for _, _, style in made} == set(STYLE_NAMES)
    assert {label for _, labels, _ in made for label in labels} >= {
        "author", "title", "container", "date", "url", "doi", "volume", "issue", "pages", "publisher", "location",
        "editor", "note"}

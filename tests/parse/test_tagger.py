from citecheck.parse.tagger import Tagger
from citecheck.parse.tokens import tokenise


def test_the_shipped_model_labels_a_title_first_footnote():
    footnote = "We Are Suddenly Taking On China and Russia at the Same Time, Thomas Friedman, New York Times Op-ed, Oct. 12, 2022."
    tagged = Tagger().tag(tokenise(footnote), marginals=True)
    assert tagged.labels == ["title"] * 12 + ["author"] * 2 + ["container"] * 3 + ["genre"] + ["date"] * 3
    assert len(tagged.marginals) == len(tagged.labels)


def test_confidence_is_high_for_a_plain_footnote_and_low_for_junk():
    tagger = Tagger()
    plain = tagger.tag(tokenise("This Is the Russia-China Friendship That Nixon Feared, By Farah Stockman, "
                                "New York Times, Feb. 20, 2022."))
    junk = tagger.tag(tokenise("x 1 ; y ( 2 , z"))
    assert plain.confidence > 0.9 > 0.5 > junk.confidence


def test_nothing_to_tag_is_no_labels_and_no_confidence():
    tagged = Tagger().tag([])
    assert (tagged.labels, tagged.confidence) == ([], 0.0)

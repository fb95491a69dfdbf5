"""Text helpers shared by the rules: folding for comparison keys."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citecheck.rules.text import fold, fold_all


def test_folding_drops_case_accents_punctuation_and_spacing():
    assert fold("America’s Nightmare: The Sino-Russian Entente") == "americasnightmarethesinorussianentente"
    assert fold("America's nightmare:  the Sino-Russian entente!") == "americasnightmarethesinorussianentente"
    assert fold("Ðàñ Éntente") == "ðanentente"


def test_folding_a_list_folds_each_text_as_alone():
    texts = ["A. B-C", "", "Крым, 2014", "line\nbreak", "x_y z", "Ça va", "\n", "ok"]
    assert fold_all(texts) == ["abc", "", "крым2014", "linebreak", "xyz", "cava", "", "ok"]


@given(st.lists(st.text(alphabet=st.sampled_from("aZ 9_-'\n\t’éЖ中.!"), max_size=12), max_size=20))
def test_folding_a_list_equals_folding_one_by_one(texts):
    assert fold_all(texts) == [fold(t) for t in texts]

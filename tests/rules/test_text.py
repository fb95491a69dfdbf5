"""Text helpers shared by the rules: the folded comparison key."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from citecheck.rules.text import fold, fold_all


def test_folding_drops_case_accents_punctuation_and_spacing():
    assert fold("America’s Nightmare: The Sino-Russian Entente") == "americasnightmarethesinorussianentente"
    assert fold("America's nightmare:  the Sino-Russian entente!") == "americasnightmarethesinorussianentente"
    assert fold("Крым_2014 — ﬁnal") == "крым2014final"


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=20) | st.text(alphabet="aZ 9_-'’.é\n", max_size=20))
def test_folding_keeps_exactly_the_letters_and_digits_of_the_compatibility_decomposition(text):
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    assert fold(text) == "".join(c for c in decomposed if c.isalnum())


@given(st.lists(st.text(alphabet=st.characters(codec="utf-8"), max_size=12) | st.text(alphabet="aZ 9_-'’.é\n",
                                                                                     max_size=12), max_size=8))
def test_folding_many_texts_at_once_folds_each_as_alone(texts):
    assert fold_all(texts) == [fold(text) for text in texts]

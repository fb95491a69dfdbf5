from citecheck.parse.tagger import Tagger
from citecheck.parse.tokens import tokenise
from citecheck.parse.train import train


def test_training_is_deterministic_and_gives_a_model_the_tagger_opens(tmp_path):
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train(first, count=150, seed=5)
    train(second, count=150, seed=5)
    assert first.read_bytes() == second.read_bytes()
    other = tmp_path / "c.crfsuite"
    train(other, count=150, seed=6)
    assert other.read_bytes() != first.read_bytes()  # what the rebuild test compares does tell models apart
    assert Tagger(str(first)).tag(tokenise("Title, Ann Lee, Times, 2020.")).labels[-1] == "date"

"""Labelling a footnote's tokens with the shipped CRF model (python-crfsuite).

The model file is package data, built by :mod:`citecheck.parse.train` from the project's own
synthetic footnotes; nothing is downloaded. Links and DOIs found by pattern keep their label
whatever the model says.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from citecheck.parse.features import sequence_features
from citecheck.parse.tokens import Token, fixed_label

MODEL_NAME = "model.crfsuite"


@dataclass(frozen=True, slots=True)
class Tagged:
    tokens: list[Token]
    labels: list[str]
    confidence: float  # the model's probability of the whole labelling, 0..1
    marginals: list[float]  # each token's probability of its label (when asked for)


class Tagger:
    """One opened model; open one per file read (opening takes a few milliseconds)."""

    def __init__(self, model: str | None = None):
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        if model is None:
            with resources.as_file(resources.files("citecheck.parse") / MODEL_NAME) as path:
                self._tagger.open(str(path))
        else:
            self._tagger.open(model)

    def tag(self, tokens: list[Token], marginals: bool = False) -> Tagged:
        """The tokens' labels and the model's probability of them (and of each label, when asked)."""
        if not tokens:
            return Tagged([], [], 0.0, [])
        tagger = self._tagger
        tagger.set(sequence_features(tokens))
        labels = list(tagger.tag())
        confidence = tagger.probability(labels)
        each = [tagger.marginal(label, i) for i, label in enumerate(labels)] if marginals else []
        for i, token in enumerate(tokens):
            fixed = fixed_label(token.text)
            if fixed and labels[i] not in (fixed, "accessed"):
                labels[i] = fixed
        return Tagged(tokens, labels, confidence, each)

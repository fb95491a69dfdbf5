"""The shipped model is what the training script makes from the committed generator, byte for byte."""

import os
from importlib import resources

import pytest

from citecheck.parse.tagger import MODEL_NAME
from citecheck.parse.train import train


@pytest.mark.skipif(not os.environ.get("CI"), reason="rebuilding the model takes a few minutes: runs in CI (CI=true)")
def test_the_shipped_model_is_rebuilt_exactly_by_the_training_script(tmp_path):
    rebuilt = tmp_path / MODEL_NAME
    train(rebuilt)
    shipped = (resources.files("citecheck.parse") / MODEL_NAME).read_bytes()
    assert rebuilt.read_bytes() == shipped, "the generator or features changed: run python -m citecheck.parse.train"

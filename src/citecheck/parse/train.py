"""Rebuild the shipped tagger model from the project's synthetic footnotes, deterministically.

    python -m citecheck.parse.train                 # writes src/citecheck/parse/model.crfsuite
    python -m citecheck.parse.train --count 4000 -o /tmp/model.crfsuite

The same count, seed and python-crfsuite version give the same model.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from citecheck.parse.features import sequence_features
from citecheck.parse.synthetic import examples
from citecheck.parse.tokens import tokenise

DEFAULT_COUNT = 16000
DEFAULT_SEED = 20261202
PARAMETERS = {"c1": 0.05, "c2": 0.01, "max_iterations": 200, "feature.minfreq": 2,
              "feature.possible_transitions": True}


def train(output: Path, count: int = DEFAULT_COUNT, seed: int = DEFAULT_SEED) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for text, labels in examples(count, seed):
        trainer.append(sequence_features(tokenise(text)), labels)
    trainer.set_params(PARAMETERS)
    trainer.train(str(output))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("-o", "--output", type=Path, default=Path(__file__).with_name("model.crfsuite"))
    args = parser.parse_args(argv)
    train(args.output, args.count, args.seed)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes) from {args.count} footnotes")


if __name__ == "__main__":
    main()

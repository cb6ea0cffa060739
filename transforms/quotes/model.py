"""The speaker model: a logistic regression over the features of (quote, candidate) pairs,
trained on PolNeAR's training split by `bench/train_quotes.py` and shipped as the weights in
`speaker_model.json` (see `speaker_model.md`). Loaded once, offline; scoring is a sum of weights,
so it is deterministic and needs no scikit-learn at run time."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

MODEL_FILE = "speaker_model.json"


@dataclass(frozen=True)
class SpeakerModel:
    weights: dict[str, float]
    bias: float

    def probability(self, features: dict[str, float]) -> float:
        """P(the candidate said the quote) for one candidate's features."""
        z = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> str:
        return json.dumps({"bias": self.bias, "weights": dict(sorted(self.weights.items()))}, indent=0)


@cache
def speaker_model() -> SpeakerModel:
    """The shipped model, read from the package."""
    data = json.loads(files("transforms.quotes").joinpath(MODEL_FILE).read_text())
    return SpeakerModel(data["weights"], data["bias"])

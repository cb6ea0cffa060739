"""Entity mentions from spaCy NER, grouped into the entities of one article.

`extract_entities(doc)` finds PERSON/ORG/GPE/... mentions and joins the variants of a
name used within the article ("Mr. Zelensky", "Zelensky" -> "Volodymyr Zelensky").
Cross-article identity is `transforms/resolve.py`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

KEPT_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})

_TITLES = frozenset(
    ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime", "minister", "gen.", "gen", "general", "sen.", "sen", "senator", "rep.", "rep", "sir", "lord", "lady", "secretary", "chancellor", "minister", "spokesman", "spokeswoman", "spokesperson", "envoy", "king", "queen", "prince", "pope", "cardinal", "bishop", "rev.", "rev", "col.", "col", "lt.", "lt", "sgt.", "sgt", "capt.", "capt", "adm.", "adm", "gov.", "gov", "judge", "justice", "mayor", "ambassador", "commissioner", "chairman", "chairwoman", "director", "officer", "deputy", "vice"]
)
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")


@dataclass(frozen=True)
class Mention:
    """One NER mention; `cluster` indexes the article entity it belongs to."""

    start_char: int
    end_char: int
    text: str
    label: str
    sentence_index: int
    cluster: int


@dataclass(frozen=True)
class LocalEntity:
    """One entity of one article: its fullest name and the surface forms used for it."""

    cluster: int
    name: str
    label: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class ArticleEntities:
    mentions: tuple[Mention, ...]
    entities: tuple[LocalEntity, ...]

    def entity_at(self, start_char: int, end_char: int) -> LocalEntity | None:
        """The entity of the mention overlapping [start_char, end_char), if any."""
        for mention in self.mentions:
            if mention.start_char < end_char and start_char < mention.end_char:
                return self.entities[mention.cluster]
        return None


def name_tokens(text: str) -> list[str]:
    """The words of a name without leading titles, a leading 'the' or a possessive ending."""
    words = _POSSESSIVE.sub("", text.strip()).split()
    while words and (words[0].lower() in _TITLES or words[0].lower() == "the"):
        words = words[1:]
    return words


def clean_name(text: str) -> str:
    return " ".join(name_tokens(text)) or text.strip()


def _trimmed_span(ent: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


def _sentence_starts(doc: Doc) -> list[int]:
    return [sent.start for sent in doc.sents]


def extract_entities(doc: Doc) -> ArticleEntities:
    """Mentions of named entities in `doc`, with within-article name variants joined.

    A PERSON mention whose words are a subset of a longer PERSON name in the same article
    ("Peskov", "Mr. Peskov") joins that name ("Dmitry Peskov"); other labels join on the
    same cleaned name.
    """
    sent_starts = _sentence_starts(doc)
    raw: list[tuple[Span, str]] = []
    for ent in doc.ents:
        if ent.label_ not in KEPT_LABELS:
            continue
        span = _trimmed_span(ent)
        if not clean_name(span.text):
            continue
        raw.append((span, ent.label_))

    # Longest names first so that short forms find the full name they abbreviate.
    order = sorted(range(len(raw)), key=lambda i: -len(name_tokens(raw[i][0].text)))
    cluster_of: dict[int, int] = {}
    names: list[str] = []
    labels: list[str] = []
    keys: list[tuple[str, ...]] = []
    for i in order:
        span, label = raw[i]
        words = tuple(w.lower() for w in name_tokens(span.text))
        found = None
        for c, key in enumerate(keys):
            if labels[c] != label and not (label in {"PERSON"} and labels[c] == "PERSON"):
                continue
            if words == key or (label == "PERSON" and set(words) <= set(key) and len(keys_matching(words, keys, labels)) == 1):
                found = c
                break
        if found is None:
            found = len(keys)
            keys.append(words)
            names.append(clean_name(span.text))
            labels.append(label)
        cluster_of[i] = found

    aliases: list[set[str]] = [set() for _ in names]
    mentions = []
    for i, (span, label) in enumerate(raw):
        c = cluster_of[i]
        if span.text != names[c]:
            aliases[c].add(span.text)
        sentence_index = _bisect_right(sent_starts, span.start) - 1
        mentions.append(Mention(span.start_char, span.end_char, span.text, labels[c], sentence_index, c))
    entities = tuple(
        LocalEntity(c, names[c], labels[c], tuple(sorted(aliases[c]))) for c in range(len(names))
    )
    return ArticleEntities(tuple(mentions), entities)


def keys_matching(words: tuple[str, ...], keys: list[tuple[str, ...]], labels: list[str]) -> list[int]:
    """PERSON names in the article that contain all of `words`: a short form is joined only when one does."""
    return [c for c, key in enumerate(keys) if labels[c] == "PERSON" and set(words) <= set(key)]


def _bisect_right(values: list[int], x: int) -> int:
    from bisect import bisect_right

    return bisect_right(values, x)

"""What the entity tests compare: an article's entities as (name, label) pairs."""

from transforms.entities import extract_entities


def typed_entities(nlp, text: str) -> set[tuple[str, str]]:
    return {(e.name, e.label) for e in extract_entities(nlp(text)).entities}

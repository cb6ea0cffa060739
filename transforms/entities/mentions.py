"""What entity extraction returns: the mentions of one article and the entities they form."""

from __future__ import annotations

from dataclasses import dataclass

from transforms.gazetteer import Place


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
    place: Place | None = None
    # ISO code of the country a state body belongs to ("Russia's Defense Ministry"): see entities/bodies.py
    country: str | None = None


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


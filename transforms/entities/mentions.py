"""What entity extraction returns: the mentions of one article and the entities they form."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from transforms.gazetteer import Place

# The area a place's name is written with ("the Donetsk region", "Kupiansk district"): part of the
# mention, not of the name, which news shares with the area's centre ("Donetsk"). ("state" is not here:
# "the Texas state senate".)
AREA_WORDS = r"(?:region|oblast|province|district|governorate|krai|county|raion|prefecture|territory)"
_AREA_WORD_AT_END = re.compile(rf"[ \t]+{AREA_WORDS}$")


@dataclass(frozen=True)
class Mention:
    """One NER mention; `cluster` indexes the article entity it belongs to."""

    start_char: int
    end_char: int
    text: str
    label: str
    sentence_index: int
    cluster: int

    def name_only(self) -> Mention:
        """The mention without the area word a place's name is written with: "Donetsk" of "Donetsk region"."""
        m = _AREA_WORD_AT_END.search(self.text) if self.label == "GPE" else None
        return self if m is None else replace(self, end_char=self.start_char + m.start(), text=self.text[: m.start()])


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


"""The country a state body belongs to: "Russia's Defense Ministry", "the Ukrainian Air Force",
"the Ministry of Foreign Affairs of Kenya".

Every state has a foreign ministry, an army and a supreme court, and news often names them without
their country. Across a dataset, "Foreign Ministry" is then many bodies: cross-article resolution
(`transforms.resolve`) keys a body by its country where the article gives one, so the ministries of
two countries stay apart and "Russian Ministry of Defence" meets "Russia's Defense Ministry".
"""

from __future__ import annotations

from dataclasses import replace

from breame.spelling import get_american_spelling
from spacy.tokens import Doc

from transforms.entities.mentions import ArticleEntities
from transforms.entities.names import org_key
from transforms.gazetteer import country_for_demonym, demonym_of, lookup_place
from transforms.lexicon.entities import STATE_BODIES, STATE_BODY_FILLERS


def country_code(word: str) -> str | None:
    """The ISO code of the country `word` names or is the adjective of: "Russia", "Russian" -> "RU"."""
    place = lookup_place(word, allow_codes=True)
    if place is None and (country := country_for_demonym(word)):
        place = lookup_place(country)
    return place.country_code if place is not None and place.kind == "country" else None


def body_key(name: str) -> tuple[str | None, str] | None:
    """(country code or None, key of the body) of a state body's name, else None.

    The key is the body's words without its country and fillers, in American spelling and in
    alphabetical order, so "Ministry of Defence" and "Defense Ministry" share one. A name with any
    other proper word ("Kyiv City Council", "Trump administration") is no state body of a country.
    """
    words = org_key(name).split()
    if not set(words) & STATE_BODIES:
        return None
    countries, body = set(), []
    for word in words:
        if word in STATE_BODY_FILLERS:
            continue
        if code := country_code(word):
            countries.add(code)
        elif lookup_place(word) is not None:
            return None
        else:
            body.append(get_american_spelling(word))
    if len(countries) > 1 or not body or not set(body) & STATE_BODIES:
        return None
    return (countries.pop() if countries else None), " ".join(sorted(body))


def _qualifier(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The country written next to a mention: "Russia's" or "Russian" before it, "of Russia" after."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return None
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in {"'s", "’s"} and span.start > 1:
        return country_code(doc[span.start - 2].text)
    if before is not None and before.pos_ in {"ADJ", "PROPN"}:
        return country_code(before.text)
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].lower_ == "of":
        return country_code(after[1].text)
    return None


def with_state_countries(doc: Doc, found: ArticleEntities) -> ArticleEntities:
    """`found` with the country of each state body whose mentions name one country (`LocalEntity.country`).
    Where the mentions of one name give two countries ("Japan's Foreign Ministry ... China's Foreign
    Ministry") they are two bodies: the first country's keeps the entity and its unqualified mentions,
    each other country's becomes an entity of its own."""
    entities = list(found.entities)
    mentions = list(found.mentions)
    for entity in found.entities:
        if entity.label != "ORG" or entity.country is not None:
            continue
        by_code: dict[str, list[int]] = {}
        for i, mention in enumerate(found.mentions):
            if mention.cluster != entity.cluster or (key := body_key(mention.text)) is None:
                continue
            code = key[0] or _qualifier(doc, mention.start_char, mention.end_char)
            if code is not None:
                by_code.setdefault(code, []).append(i)
        for n, (code, held) in enumerate(by_code.items()):
            cluster = entity.cluster if n == 0 else len(entities)
            if n:
                for i in held:
                    mentions[i] = replace(mentions[i], cluster=cluster)
            texts = [m.text for m in mentions if m.cluster == cluster]
            name = _ministry_name(code, texts) or entity.name
            aliases = entity.aliases if name == entity.name else tuple(dict.fromkeys((*entity.aliases, entity.name)))
            named = replace(entity, cluster=cluster, name=name, aliases=aliases, country=code)
            if n:
                entities.append(named)
            else:
                entities[cluster] = named
    if entities == list(found.entities):
        return found
    return ArticleEntities(tuple(mentions), tuple(entities))


# The words around a ministry's portfolio in its written forms: "Russia's Defence Ministry", "the
# Ministry of Foreign Affairs of Japan".
_NOT_PORTFOLIO = frozenset({"ministry", "of", "the", "for", "'s", "’s"})


def _ministry_name(code: str, texts: list[str]) -> str | None:
    """One name for a country's ministry however an article writes it, so that it reads the same in
    every article: "<nationality> Ministry of <portfolio>" ("Russia's Defence Ministry" -> "Russian
    Ministry of Defense", "the Japanese foreign ministry" -> "Japanese Ministry of Foreign Affairs")."""
    demonym = demonym_of(code)
    ministries = [t for t in texts if "ministry" in t.lower().split()]
    if demonym is None or not ministries:
        return None
    words = [w for w in max(ministries, key=len).replace("’s", " 's").replace("'s", " 's").split()
             if w.lower() not in _NOT_PORTFOLIO and not country_code(w)]
    while words and words[0].lower() == "and":
        words = words[1:]
    while words and words[-1].lower() == "and":
        words = words[:-1]
    if not words or not all(w[:1].isalpha() for w in words):
        return None
    # ("Energy and Mines": the "and" between two portfolios stays)
    portfolio = [w.lower() if w.lower() == "and" else get_american_spelling(w.lower()).capitalize() for w in words]
    if portfolio == ["Foreign"]:
        portfolio = ["Foreign", "Affairs"]
    return f"{demonym} Ministry of {' '.join(portfolio)}"


__all__ = ["body_key", "country_code", "with_state_countries"]

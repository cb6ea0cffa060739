"""Entity mentions from spaCy NER, corrected and grouped into the entities of one article.

`extract_entities(doc)` finds PERSON/ORG/GPE/... mentions, corrects the small model's
systematic label errors (a city tagged PERSON, a full name tagged ORG, a nationality tagged
GPE) with the offline gazetteer and a list of given names, and joins the variants of a name
used within the article ("Mr. Zelensky", "Zelensky" -> "Volodymyr Zelensky"; "WHO" ->
"World Health Organization"). Cross-article identity is `transforms/resolve.py`'s job.

The steps, one module each: `names` (the parts, particles and spellings of a name),
`candidates` (NER spans cut into names and relabelled by the gazetteer and the given-name
list), `name_shapes` (the words that make a name a person's, a people's or an organisation's),
`wire` (scores, headlines in capitals and places inside numbers of wire copy), `particles`
(a name cut at its particles made whole), `regions` (the words written after a region's name), `context`
(labels the words and the parse around a name decide: place-type nouns, speech subjects, roles), `facilities` (buildings, venues, roads), `non_names` (page furniture,
events, time zones, tickers and other capitalised words that name nothing),
`outlets` (where news names its sources), `story_towns` (small towns of the story and people named like them), `sports` (countries and cities that play are teams),
`things` (weapons, models, products and laws named like organisations or people), `place_roles`
(names typed as people that are only where things happen), `repeats` (a name given once, untagged
later), `grouping` (mentions joined into entities), `extract` (the steps in order). The closed word classes the rules read are transforms/lexicon/entities.py.
"""

from transforms.entities.extract import extract_entities
from transforms.entities.mentions import ArticleEntities, LocalEntity, Mention
from transforms.entities.names import (
    clean_name,
    given_name_detector,
    given_names_match,
    is_given_name,
    name_tokens,
    of_head,
    of_tail,
    org_key,
    org_short_form,
    person_parts,
    skeleton,
    surnames_match,
)

__all__ = [
    "ArticleEntities", "LocalEntity", "Mention", "clean_name", "extract_entities", "given_name_detector",
    "given_names_match", "is_given_name", "name_tokens", "of_head", "of_tail", "org_key", "org_short_form", "person_parts", "skeleton", "surnames_match",
]

"""`extract_entities`: the candidates of one article, grouped into its entities."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from spacy.tokens import Doc

from transforms.doc_index import doc_index
from transforms.entities.candidates import Candidate, candidates
from transforms.entities.grouping import Groups, display_name, group_others, group_people
from transforms.entities.mentions import ArticleEntities, LocalEntity, Mention


def extract_entities(doc: Doc) -> ArticleEntities:
    """Mentions of named entities in `doc`, with labels corrected and within-article variants joined.

    A short form joins a full name only when exactly one full name in the article fits it:
    "Mr. Peskov" joins "Dmitry Peskov", but "Smith" next to "John Smith" and "Anna Smith"
    stays on its own. An acronym joins the long form the article introduces it with.
    """
    cands = candidates(doc)
    groups = Groups(len(cands))
    group_people(cands, groups)
    group_others(doc_index(doc).text, cands, groups)

    cluster_of: dict[int, int] = {}
    members: list[list[Candidate]] = []
    for i in range(len(cands)):
        root = groups.find(i)
        if root not in cluster_of:
            cluster_of[root] = len(members)
            members.append([])
        members[cluster_of[root]].append(cands[i])

    entities = []
    for c, group in enumerate(members):
        label = Counter(m.label for m in group).most_common(1)[0][0]
        if any(m.label == "PERSON" for m in group):
            label = "PERSON"
        name = display_name([m for m in group if m.label == label] or group)
        place = next((m.place for m in group if m.place), None) if label in {"GPE", "LOC"} else None
        aliases = tuple(sorted({m.text for m in group} - {name}))
        entities.append(LocalEntity(c, name, label, aliases, place))

    sent_starts = [sent.start_char for sent in doc_index(doc).sents]
    mentions = tuple(
        Mention(cand.start, cand.end, cand.text, entities[cluster_of[groups.find(i)]].label,
                max(bisect_right(sent_starts, cand.start) - 1, 0), cluster_of[groups.find(i)])
        for i, cand in enumerate(cands)
    )
    return ArticleEntities(mentions, tuple(entities))

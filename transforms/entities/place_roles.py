"""Names typed as people that the article only ever uses as places.

The small model reads an unfamiliar town as a person when its first word is also a given name
("Khan Younis", "Bint Jbeil") or when it has no gazetteer entry. A person acts, speaks, owns and is
titled somewhere in a story; a town only has things happen in it. A name whose every mention is
where something happens ("killed in X", "near X"), and none is a subject, a possessor or titled,
is a place. A person's name whose own last word is an administrative unit ("Franklin County",
"Kanbalu Township") is one too; an organisation's keeps its type ("Irving School District").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from transforms.entities.candidates import Candidate, name_tokens, titled
from transforms.lexicon.events import PLACE_NOUNS, SETTLEMENTS, TRIGGERS

# Prepositions of being somewhere ("shelled in X", "died near X"); "from", "to" and "around" also
# carry people ("a call from X", "said to X", "rallied around X").
_WHERE = frozenset({"in", "near", "outside", "inside"})
# Nouns of events and of places something can be in: "a strike in X", "shelters in X".
_HAPPENINGS = frozenset().union(*(lemmas["NOUN"] for lemmas in TRIGGERS.values())) | PLACE_NOUNS | SETTLEMENTS | {
    "tent", "shelter", "school", "hospital", "house", "home", "building", "market", "street", "camp"}
# Last words of a name that make it an administrative unit whatever the model said.
_UNIT_HEADS = frozenset({"county", "township", "parish", "borough", "municipality", "governorate", "prefecture",
                         "oblast", "krai", "raion", "district", "province"})


def places_by_role(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    text = doc.text
    uses: dict[str, list[bool]] = {}
    for cand in cands:
        if cand.label == "PERSON":
            uses.setdefault(cand.text, []).append(_where_something_happens(doc, cand) and not titled(text, cand))
    out = []
    for cand in cands:
        words = name_tokens(cand.text)
        unit = len(words) >= 2 and words[-1].lower() in _UNIT_HEADS
        if cand.label == "PERSON" and (unit or all(uses[cand.text])):
            cand = replace(cand, label="GPE")
        out.append(cand)
    return out


def _where_something_happens(doc: Doc, cand: Candidate) -> bool:
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    if span is None:
        return False
    root: Token = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in _WHERE and (
        prep.head.pos_ in {"VERB", "AUX"} or prep.head.lemma_.lower() in _HAPPENINGS)

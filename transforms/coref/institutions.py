"""Institutions and places: "the ministry", "the company", "the Israeli military", "Netanyahu's office",
"the authorities" to the organisation, place or country the article means."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.coref.grammar import indefinite
from transforms.coref.words import (
    _COUNTRY_BODIES,
    _DEFINITE,
    _MAX_SENTENCE_DISTANCE,
    _PLACE_NOUNS,
    _STATE_NOUNS,
    _SUBJECT_DEPS,
    SPEAKER_LABELS,
)
from transforms.entities import Mention
from transforms.gazetteer import country_for_demonym
from transforms.lexicon.entities import ORG_NOUNS

# Nouns by which news names a country's armed forces ("the Israeli military", "the Sudanese army"), and the
# words of those forces' own names.
_MILITARY_NOUNS = frozenset({"military", "army"})
_ARMED_FORCES_NAMES = frozenset({"Defense Forces", "Armed Forces", "Defense Force"})
# Words of the names of armies that fight a state ("Sudan People's Liberation Army", "Kachin Independence
# Army"): a bare "the army" is the state's, not theirs.
_INSURGENT_WORDS = frozenset({"Liberation", "Independence", "Revolutionary", "Resistance"})


class Institutions:
    """Resolution of common nouns to organisations, places and states, over the index of `ArticleCoref`."""

    def _state_antecedent(self, token: Token) -> int | None:
        """The country of the last "the Sudanese army" or "Sudan's army" before "the army"."""
        lemma = token.lemma_.lower()
        for t in reversed(self.doc[: token.i]):
            if t.lemma_.lower() != lemma or self._excluded(t.idx):
                continue
            for child in t.children:
                cluster = self._country_named_by(child)
                if cluster is not None:
                    return cluster
        return None

    def _country_named_by(self, modifier: Token) -> int | None:
        """The country a modifier of a state noun names, where the article names it: a nationality
        ("the Sudanese army") or a possessive ("Sudan's army")."""
        if modifier.dep_ in {"amod", "compound"}:
            country = country_for_demonym(modifier.text)
            hits = [e.cluster for e in self.found.entities if e.label == "GPE" and e.name == country] if country else []
            return hits[0] if hits else None
        if modifier.dep_ == "poss":
            m = self._mention_of(modifier, {"GPE"})
            return m.cluster if m is not None else None
        return None

    def _armed_forces(self) -> list[int]:
        """The armed forces the article names by name ("Israel Defense Forces", "Sudanese Armed Forces")."""
        forces = []
        for entity in self.found.entities:
            words = entity.name.replace("Defence", "Defense").split()
            if entity.label == "ORG" and _ARMED_FORCES_NAMES & {" ".join(words[i : i + 2]) for i in range(len(words))}:
                forces.append(entity.cluster)
        return forces

    def _armed_forces_named(self, noun: Token) -> int | None:
        """The armed forces the article names by their name of the country "the Israeli military" or
        "the Sudanese army" is of ("Israel Defense Forces", "Sudanese Armed Forces"), else None."""
        terms = set()  # the nationality as written and its country: "Israeli" and "Israel"
        for child in noun.children:
            if child.dep_ in {"amod", "compound"} and (country := country_for_demonym(child.text)):
                terms |= {child.text, country}
        if not terms:
            return None
        for cluster in self._armed_forces():
            if terms & set(self.found.entities[cluster].name.replace("Defence", "Defense").split()):
                return cluster
        return None

    def _mention_of(self, token: Token, labels) -> Mention | None:
        """The mention with one of `labels` that holds `token`, else None."""
        return next((m for m in self.mentions if m.start_char <= token.idx < m.end_char and m.label in labels), None)

    def _last_country(self, token: Token) -> int | None:
        here = self.sentence_of(token.idx)
        for m in reversed(self.mentions):
            if m.start_char >= token.idx or self._excluded(m.start_char) or m.label != "GPE":
                continue
            if here - self.sentence_of(m.start_char) > _MAX_SENTENCE_DISTANCE * 2:
                return None
            place = self.found.entities[m.cluster].place
            if place is not None and place.kind == "country":
                return m.cluster
        return None

    def _introduced_unnamed(self, token: Token) -> bool:
        """Whether the article introduced the body "the charity" refers to as "a ... charity" with
        no name: it is that unnamed body, not the nearest organisation named."""
        lemma = token.lemma_.lower()
        for t in self.doc[: token.i]:
            if t.lemma_.lower() == lemma and t.pos_ == "NOUN" and indefinite(t) and t.dep_ not in {"appos", "attr"} \
                    and not any(c.dep_ in {"appos", "compound"} and self.found.entity_at(c.idx, c.idx + len(c))
                                for c in t.children) and not self._excluded(t.idx):
                # a lede's "a medical group said" is named as the subject of the next sentences
                # ("The Sudan Doctors Network said in a statement"): then "the group" is that one
                return not self._named_subject_between(t, token)
        return False

    def _named_subject_between(self, first: Token, last: Token) -> bool:
        for m in self.mentions:
            if m.label == "ORG" and first.idx < m.start_char < last.idx and not self._excluded(m.start_char):
                head = self.doc.char_span(m.start_char, m.end_char, alignment_mode="expand").root
                if head.dep_ in {"nsubj", "nsubjpass"}:
                    return True
        return False

    def described_before(self, token: Token, *, besides: int | None = None) -> int | None:
        """The organisation or place, other than `besides`, the article last described with the noun
        `token` heads before it ("MINUDEK, the UN peacekeeping mission" for a later "the UN mission",
        besides the UN), or None."""
        found = [cluster for start, cluster in self._kinds.get(token.lemma_.lower(), [])
                 if start < token.idx and cluster != besides]
        return found[-1] if found else None

    def _owner_named_before(self, token: Token, here: int) -> int | None:
        """Who owned the same noun in the sentence or the two before: "Netanyahu's office", "his office"."""
        lemma = token.lemma_.lower()
        for t in reversed(self.doc[: token.i]):
            if self.sentence_of(t.idx) < here - 2:
                return None
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            for child in t.children:
                if child.dep_ != "poss":
                    continue
                if child.pos_ == "PRON":
                    return self.resolve_pronoun(child)
                m = self._mention_of(child, SPEAKER_LABELS)
                if m is not None:
                    return m.cluster
            return None
        return None

    def resolve_institution(self, token: Token, *, definite: bool = False) -> int | None:
        """The organisation or place a definite common noun refers back to, or None; `definite`
        reads a bare noun as definite ("a company spokesman": the company's).

        "Netanyahu's office" -> the possessor; "the Israeli military" -> Israel, where the article
        names it; "the ministry" -> the nearest organisation named before whose name holds the
        word ("Interior Ministry"); a generic "the company" or "the city" -> the nearest
        organisation (place) named before, subjects first.
        """
        if token.pos_ != "NOUN" and not (token.pos_ == "ADJ" and token.dep_ in _SUBJECT_DEPS):
            return None
        for child in token.children:
            if child.dep_ == "poss":
                m = self._mention_of(child, SPEAKER_LABELS)
                if m is not None:
                    return m.cluster
                if child.pos_ == "NOUN":
                    # "the prime minister's office": the office of the prime minister named before
                    holder = self.resolve_role(child)
                    if holder is not None:
                        return holder
        lemma = token.lemma_.lower()
        if lemma in _MILITARY_NOUNS and (forces := self._armed_forces_named(token)) is not None:
            return forces
        if lemma in _STATE_NOUNS:
            # (a possessive naming a country was taken by the loop above)
            for child in token.children:
                cluster = self._country_named_by(child)
                if cluster is not None:
                    return cluster
        if not definite and not any(c.dep_ in {"det", "poss"} and c.lower_ in _DEFINITE for c in token.children):
            return None
        if lemma == "authority" and token.tag_ == "NNS" and not any(c.dep_ in {"amod", "compound", "prep"}
                                                                     for c in token.children):
            # "the authorities" are the state of the country the story is in: the last country named
            return self._last_country(token)
        here = self.sentence_of(token.idx)
        owner = self._owner_named_before(token, here)
        if owner is not None:
            return owner  # "according to his office ... the office said": his
        before = [m for m in self.mentions if m.start_char < token.idx and not self._excluded(m.start_char)
                  and here - self.sentence_of(m.start_char) <= _MAX_SENTENCE_DISTANCE * 2]
        named = [m for m in before if m.label in {"ORG", "GPE"}
                 and {lemma, token.lower_} & {w.lower() for w in self.found.entities[m.cluster].name.split()}
                 and not (lemma in _MILITARY_NOUNS and _INSURGENT_WORDS & set(self.found.entities[m.cluster].name.split()))]
        if named:
            return named[-1].cluster
        label = "ORG" if lemma in ORG_NOUNS else "GPE" if lemma in _PLACE_NOUNS else None
        if self._introduced_unnamed(token):
            return None
        described = [(start, c) for start, c in self._kinds.get(lemma, []) if start < token.idx]
        if described:
            # "X, a California company ... Samsung said it would appeal. '...,' the company said": the
            # subject of the sentence before, of the noun's kind, is nearer than the one described
            subject = [m for m in before if m.label == label == "ORG" and m.start_char > described[-1][0]
                       and here - self.sentence_of(m.start_char) == 1 and self._role(m) == 0
                       and not self.is_person(m.cluster)]
            return subject[-1].cluster if subject else described[-1][1]
        if lemma in _STATE_NOUNS:
            # "the army said": the nearest organisation named is as often the army's enemy; the army
            # is its country's, the one an earlier "the Sudanese army" names, else the story's
            if definite or any(c.dep_ in {"amod", "compound"} for c in token.children):
                return None
            if lemma in _MILITARY_NOUNS and len(forces := self._armed_forces()) == 1:
                return forces[0]  # "the Israel Defense Forces said ... The military said": the one the article names
            country = self._state_antecedent(token)
            if country is not None:
                return country
            return self._last_country(token) if lemma in _COUNTRY_BODIES else None
        kept = [m for m in before if m.label == label and not self.is_person(m.cluster)]
        if not kept:
            return None
        return min(kept, key=lambda m: (here - self.sentence_of(m.start_char), self._role(m), -m.start_char)).cluster


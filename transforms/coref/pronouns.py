"""Pronouns, epithets and role nouns: "he" takes the nearest person of its gender, subjects and
recent speakers first; "the spokesman" takes the person the article names with that role."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from transforms.coref.grammar import clause_verb, indefinite
from transforms.coref.words import (
    _FEMALE_PRONOUNS,
    _MALE_PRONOUNS,
    _MAX_SENTENCE_DISTANCE,
    _NEUTER_PRONOUNS,
    _PLURAL_PRONOUNS,
    _SUBJECT_DEPS,
)
from transforms.lexicon.entities import ORG_NOUNS, STAFF_NOUNS
from transforms.lexicon.speech import SPEECH_VERBS

# Words before a role that make it another office: a shadow chancellor is no chancellor.
_OTHER_OFFICE_WORDS = frozenset({"shadow", "former", "deputy", "vice", "assistant", "acting", "junior"})
# What a name given mostly to the other sex costs a candidate, in the sentences of distance it equals (two
# points each): a person so named one sentence farther than another fitting one loses to them.
_UNLIKELY_GENDER_COST = 2.5


def _speaks(subject: Token) -> bool:
    """Whether the subject's verb, or a verb conjoined to it ("arrived and said"), is a speech verb."""
    return any(verb.lemma_.lower() in SPEECH_VERBS for verb in (subject.head, *subject.head.conjuncts))


@dataclass
class _Candidate:
    start_char: int
    sentence: int
    cluster: int
    role: int
    """0: subject of a main clause or a speaker, 1: subject of an embedded clause, 2: other."""


class People:
    """Resolution of pronouns and roles to people, over the index of `ArticleCoref`."""

    def resolve_pronoun(self, token: Token) -> int | None:
        """The entity a third-person pronoun refers to, or None.

        He/she: the nearest person whose gender is not known to differ, subjects and recent
        speakers first ("Mr. Trump told reporters that Mr. Putin had ..., he said" -> Trump).
        It/they: the nearest organisation or country in subject position.
        """
        word = token.lower_
        if word in _MALE_PRONOUNS | _FEMALE_PRONOUNS:
            return self.resolve_person(token, "male" if word in _MALE_PRONOUNS else "female")
        if word in _PLURAL_PRONOUNS and (body := self._body_of_staff_before(token)) is not None:
            return body  # "Analysts at X wrote ... "...," they wrote": the firm speaks through them
        if word in _PLURAL_PRONOUNS and self._unnamed_plural_before(token):
            return None  # "The researchers say ... They call for": people nobody names
        if word in _NEUTER_PRONOUNS | _PLURAL_PRONOUNS:
            cands = [
                c for c in self._candidates({"ORG", "GPE"}, token.idx) if c.role < 2 and not self.is_person(c.cluster)
            ] + self._institutions_as_subjects(token)
        else:
            return None
        return self._nearest(token, cands)

    def resolve_person(self, token: Token, gender: str | None) -> int | None:
        """The person a 'he'/'she' or an epithet ("the 52-year-old", "the father of five") at
        `token` refers to: the nearest person of that gender (any, if None), subjects and recent
        speakers first, unless an unnamed person introduced in between is meant."""
        here = self.sentence_of(token.idx)
        cands = [c for c in self._candidates({"PERSON"}, token.idx) + self._roles_as_subjects(token)
                 if gender is None or self._gender.get(c.cluster, gender) == gender or c.cluster in self._unsure_gender]
        unnamed = self._unnamed_subject_before(token, here)
        # after an unnamed speaker, a person named as the object of what they said ("A survivor said the men
        # spoke X") is not whom "she" means; a subject named after them may be
        said = self.sentence_of(unnamed) if unnamed >= 0 else None
        cands = [c for c in cands if c.start_char > unnamed and (c.role < 2 or c.sentence != said)]
        # a name given mostly to the other sex ("Mel ... he") is this person only if no one nearer fits
        unlikely = {c.cluster for c in cands if gender is not None and self._gender.get(c.cluster, gender) != gender}
        found = self._nearest(token, cands, unlikely)
        if found is None and gender is not None:
            # where no one of that sex is near, the subject of a sentence just before is meant, when only the
            # lists guessed its sex from a given name they know from elsewhere ("Suad ... she said")
            found = self._nearest(token, [
                c for c in self._candidates({"PERSON"}, token.idx)
                if c.role == 0 and here - c.sentence <= 2 and c.cluster in self._guessed_gender
                and c.start_char > self._unnamed_subject_before(token, here)])
        return found

    def _institutions_as_subjects(self, token: Token) -> list[_Candidate]:
        """The bodies that a definite noun of one as a subject stands for, in the pronoun's sentence before
        it: "The army did not comment, but it has said ..." is the army, not a body named before."""
        here = self.sentence_of(token.idx)
        return [_Candidate(t.idx, here, cluster, 0) for t in self._subjects_before(token, 0)
                if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in ORG_NOUNS
                and any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in t.children)
                and (cluster := self._institution_of(t)) is not None and not self.is_person(cluster)]

    def _institution_of(self, noun: Token) -> int | None:
        """The body "the army" or "the doctors' group" refers back to (an owner's noun reads as definite)."""
        owned = any(c.dep_ == "poss" for c in noun.children)
        return self.resolve_institution(noun) or (self.resolve_institution(noun, definite=True) if owned else None)

    def _roles_as_subjects(self, token: Token) -> list[_Candidate]:
        """The people that a role noun as a subject ("The chancellor confirmed ...") stands for, in the
        pronoun's sentence or the one before, before it: "... "...," she added" may be the chancellor."""
        # (a role that is the subject of what someone reports, "X told reporters that the head of state had
        # ...", is less salient than the reporter, as a name there is)
        return [_Candidate(t.idx, self.sentence_of(t.idx), cluster, 0 if clause_verb(t).dep_ == "ROOT" else 1)
                for t in self._subjects_before(token, 1)
                if t.pos_ == "NOUN" and t.tag_ == "NN" and not indefinite(t)
                and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
                and (cluster := self.resolve_role(t)) is not None]

    def _subjects_before(self, token: Token, sentences_back: int) -> Iterator[Token]:
        """The subjects before `token`, nearest first, in its sentence and the `sentences_back` before it,
        outside the excluded spans (datelines, credits)."""
        here = self.sentence_of(token.idx)
        for t in reversed(self.doc[: token.i]):
            if self.sentence_of(t.idx) < here - sentences_back:
                return
            if t.dep_ in _SUBJECT_DEPS and not self._excluded(t.idx):
                yield t

    def _nearest(self, token: Token, cands: list[_Candidate], unlikely: frozenset[int] | set[int] = frozenset()) -> int | None:
        here = self.sentence_of(token.idx)
        best, best_score = None, None
        for c in cands:
            distance = here - c.sentence
            if distance > _MAX_SENTENCE_DISTANCE:
                continue
            score = distance * 2.0 + (0.0, 1.5, 2.5)[c.role] - c.start_char / 1e7
            if c.cluster in self._gender:
                score -= 0.5
            if c.cluster in unlikely:
                score += _UNLIKELY_GENDER_COST
            if best_score is None or score < best_score:
                best, best_score = c.cluster, score
        return best

    def _unnamed_subject_before(self, token: Token, here: int) -> int:
        """Where the nearest unnamed person introduced as a subject stands before `token`, in its
        sentence or the two before ("An aid worker said ... "...," he said": he is the worker, not
        the governor named above; a quote of two sentences stands between them), else -1."""
        for t in reversed(self.doc[: token.i]):
            if self.sentence_of(t.idx) < here - 2:
                break
            # a speaker, not any thing: "a convoy had been stuck" introduces nobody 'she' could be
            if t.dep_ in _SUBJECT_DEPS and t.pos_ == "NOUN" and indefinite(t) and _speaks(t) and not self._names_a_person(t) \
                    and not self._excluded(t.idx):
                return t.idx
        return -1

    def _unnamed_role_since(self, role: Token, after: int) -> bool:
        """Whether "a <role>" that no name covers stands between `after` and the role noun, in its
        sentence or the two before: "A source in the ministry said ... The source added" is that
        source, not the person named as a source further up."""
        here = self.sentence_of(role.idx)
        for t in reversed(self.doc[: role.i]):
            if t.idx <= after or self.sentence_of(t.idx) < here - 2:
                return False
            if t.lemma_.lower() == role.lemma_.lower() and t.pos_ == "NOUN" and indefinite(t) \
                    and t.dep_ not in {"appos", "attr"} and not self._names_a_person(t):
                return True
        return False

    def _names_a_person(self, noun: Token) -> bool:
        """Whether a person's name stands in the noun's phrase ("a spokesperson, Jane Doe,"); a unit or
        a place in it ("a soldier from the 3rd Brigade") leaves the noun unnamed."""
        start, end = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
        return any(start <= m.start_char < end and self.is_person(m.cluster) for m in self.found.mentions)

    def _unnamed_plural_before(self, token: Token) -> bool:
        """Whether people in the plural that no name covers ("the authors", "residents") are the
        subject of the pronoun's sentence or the one before, before it: 'they' is them."""
        here = self.sentence_of(token.idx)
        for t in reversed(self.doc[: token.i]):
            if self.sentence_of(t.idx) < here - 1:
                break
            if t.dep_ in _SUBJECT_DEPS and t.tag_ == "NNS" and t.lemma_.lower() not in ORG_NOUNS \
                    and self.found.entity_at(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) is None \
                    and not self._excluded(t.idx):
                return True
        return False

    def _body_of_staff_before(self, token: Token) -> int | None:
        """The organisation of staff in the plural ("analysts at X", "researchers from X") who are the
        subject of the pronoun's sentence or the one before, before it."""
        staff = next((t for t in self._subjects_before(token, 1)
                      if t.tag_ == "NNS" and t.lemma_.lower() in STAFF_NOUNS), None)
        if staff is None:
            return None
        for prep in staff.children:
            if prep.dep_ == "prep" and prep.lower_ in {"at", "from", "with"}:
                for o in prep.children:
                    m = next((m for m in self.found.mentions if m.start_char <= o.idx < m.end_char), None)
                    if o.dep_ == "pobj" and m is not None and m.label == "ORG":
                        return m.cluster
        return None

    def resolve_role(self, token: Token) -> int | None:
        """The named person holding the role `token` heads ("the spokesman"), or None."""
        key = token.lemma_.lower()
        if key == "head" and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() == "state" for o in c.children)
                                 for c in token.children):
            key = "president"  # "the head of state said": the president the article names
        entries = self._roles.get(key)
        if not entries or token.tag_ == "NNS":
            return None  # "analysts wrote": many, not the one analyst the article names
        if key != token.lemma_.lower():
            # the head of state is a president by that title alone, not a president "of the institute"
            entries = [e for e in entries if not e[2]] or entries
        mods = {w.lemma_.lower() for w in token.subtree if w.i != token.i and w.is_alpha and not w.is_stop}
        # "the shadow chancellor, Y", "the deputy mayor, Z" hold another office than "the chancellor"
        entries = [e for e in entries if not (e[2] & _OTHER_OFFICE_WORDS) or mods & _OTHER_OFFICE_WORDS]
        if not entries:
            return None
        if self._unnamed_role_since(token, max((start for start, _, _ in entries if start < token.idx), default=-1)):
            return None
        clusters = {c for _, c, _ in entries}
        if len(clusters) == 1:
            return next(iter(clusters))
        # Two people named in the same role ("X was elected mayor of A and Y mayor of B"): a bare
        # "the mayor" that no modifier ties to one of them names neither.
        best = max(len(mods & entry_mods) for _, _, entry_mods in entries)
        if best == 0 and len({c for start, c, _ in entries if start < token.idx}) > 1:
            # "Chancellor X" and "the shadow chancellor, Y": a bare "the chancellor" is the one whose role
            # no word qualifies
            plain = {c for start, c, entry_mods in entries if start < token.idx and not entry_mods}
            qualified = {c for start, c, entry_mods in entries if start < token.idx and entry_mods}
            return next(iter(plain)) if not mods and len(plain) == 1 and not plain & qualified else None

        # Of holders the role noun's words fit as well, the one named last before it ("Lindqvist said ...
        # '...,' the chief executive said"), not the one whose role was given last.
        last_named = {}
        for m in self.found.mentions:
            if m.cluster in clusters and m.start_char < token.idx:
                last_named[m.cluster] = m.start_char

        def rank(entry: tuple[int, int, frozenset[str]]) -> tuple[int, int, int]:
            start, cluster, entry_mods = entry
            return (-len(mods & entry_mods), 0 if start < token.idx else 1,
                    abs(token.idx - max(start, last_named.get(cluster, start))))

        return min(entries, key=rank)[1]

"""From a speaker phrase to an entity: `SpeakerPhrases.resolve(head)` maps the head of the subject a cue
rule found ("she", "the ministry", "a No 10 spokesperson", "the statement", "Kim's lawyer") to the
article's entity that spoke, adding the name NER missed where the phrase holds one. `Attributor`
(cues.py) mixes it in with the cue rules.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from transforms.coref import SPEAKER_LABELS, ArticleCoref, indefinite
from transforms.entities import ArticleEntities
from transforms.entities.candidates import is_nationality
from transforms.lexicon.entities import PERSON_NOUNS as _PERSON_NOUNS
from transforms.lexicon.speech import STATEMENT_NOUNS
from transforms.quotes.missed import MissedName, missed_speaker, portfolio_antecedent, speaker_noun

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them"})
# How far back (in words) the issuer of "the statement said" may stand.
_STATEMENT_LOOKBACK = 120
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "statement"})
# People named by their tie to another person: "her lawyer", "Kim's wife", "the senator's aide" speak
# for themselves, not for the person they are tied to (a spokesperson does: _SPOKES).
_KIN = frozenset({"wife", "husband", "brother", "sister", "friend", "partner", "attorney", "widow", "widower",
                  "cousin", "uncle", "aunt", "niece", "nephew", "grandson", "granddaughter", "colleague", "child"})
# Nouns by which news refers back to a person it has named ("the father of five said"), with the
# gender they fix.
_EPITHETS = {
    "man": "male", "father": "male", "husband": "male", "son": "male", "grandfather": "male", "boy": "male",
    "brother": "male", "woman": "female", "mother": "female", "wife": "female", "daughter": "female",
    "grandmother": "female", "girl": "female", "sister": "female", "widow": "female", "teenager": "",
    "pensioner": "", "retiree": "", "veteran": "", "survivor": "",
}


def _epithet(head: Token) -> str | None:
    """'' or the gender of a definite epithet for a person named before: "the 52-year-old", "the
    mother of three", "the Frenchman", "the Argentine"; None for any other phrase."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in head.children):
        return None
    if head.lower_ == "old" and any(c.lower_ in {"year", "years"} for c in head.children):
        return ""
    if _one_of_a_nation(head.text):
        return "female" if head.lower_.endswith("woman") else "male" if head.lower_.endswith("man") else ""
    return _EPITHETS.get(head.lemma_.lower()) if head.pos_ == "NOUN" else None


def _one_of_a_nation(word: str) -> bool:
    """A singular noun of a person's nationality: "Frenchman", "Spaniard", "Argentine", "Kenyan"; not a
    plural or a form that is its own plural ("Japanese", "French", "Swiss": the nation, or its side)."""
    if not word[:1].isupper() or word.lower().endswith(("men", "ese", "ch", "sh", "ss")) \
            or (word.endswith("s") and not word.lower().endswith("man")):
        return False
    return is_nationality(word)  # the adjectives and the nouns ("Kenyan", "Spaniard", "Frenchman")



class SpeakerPhrases:
    """The speaker-phrase half of `Attributor`: it reads the article's parse, entities and coreference."""

    doc: Doc
    found: ArticleEntities
    coref: ArticleCoref
    in_quote: list[bool]

    def resolve(self, head: Token) -> tuple[str, int | None]:
        """(surface form, entity cluster) of the speaker phrase headed by `head`."""
        if head.lower_ in _PRONOUNS and head.pos_ == "PRON":
            cluster = self.coref.resolve_pronoun(head)
            return head.text, cluster if cluster is not None else self._body_of_unnamed_spokesperson(head)
        own = self._mention_at(head)
        if own is not None and own.label == "PERSON":
            return own.text, own.cluster
        # NER often tags a bare surname as a nationality or a firm ("Cuban said", "Ebeling said")
        # when the article named the person in full before: the surname goes to that person.
        if own is not None and own.text == head.text and head.pos_ == "PROPN":
            named = self.coref.cluster_named(head.text)
            if named is not None and self.coref.is_person(named):
                return own.text, named
        # "CEO of the council, Jane Doe, said": the person in apposition, whatever NER made of the title
        for child in head.children:
            if child.dep_ == "appos":
                # the apposition's own name before a place that modifies it ("its operator, Athens-based X")
                own_name = self._mention_at(child)
                # ("Analysts at X, a London-based think tank": the place that says where it is based is no speaker)
                m = own_name if own_name is not None and own_name.label in SPEAKER_LABELS \
                    else self._first_mention((t for t in child.subtree if not _says_where_based(t, child)), SPEAKER_LABELS)
                if m is not None and m.label != "PERSON":
                    # "Superintendent of Police Jane Roe, the spokesperson of the district office": the name the
                    # title holds, not the body its apposition names
                    appositions = {t.i for c in head.children if c.dep_ == "appos" for t in c.subtree}
                    held = self._first_mention((t for t in head.subtree if t.i not in appositions), {"PERSON"})
                    m = held or m
                if m is not None and (own is None or m.label == "PERSON"):
                    return m.text, m.cluster
        nxt = head.i + 2 if head.i + 1 < len(head.doc) and head.doc[head.i + 1].lower_ == "the" else head.i + 1
        if own is None and head.pos_ == "NOUN" and nxt < len(head.doc):
            # "state-run newspaper The Daily Star reported", parsed as two subjects: the name after the noun
            after = self._mention_at(head.doc[nxt])
            if after is not None and after.label in SPEAKER_LABELS and after.start_char == head.doc[nxt].idx:
                return after.text, after.cluster
        if own is not None and own.label == "NORP" and (epithet := _epithet(head)) is not None:
            return self._phrase(head), self.coref.resolve_person(head, epithet or None)  # "the Dane said"
        if own is not None:
            return own.text, own.cluster if own.label in SPEAKER_LABELS else None
        missed = self.missed(head)
        if missed is not None:
            return missed.text, None
        phrase = self._phrase(head)
        if head.pos_ == "NOUN" and indefinite(head):
            if head.lemma_.lower() in STATEMENT_NOUNS:
                return phrase, self._issuer_of_the_statement(head)  # "a statement from the ministry said"
            spoken_for = self._spoken_for(head)
            return phrase, spoken_for if spoken_for is not None else self._named_in_passing(head)
        if head.text[:1].isupper() and head.pos_ in {"PROPN", "NOUN"}:
            # a surname extraction left untagged where it may not be a name ("Reid:" opening a
            # headline) is that person's when it is a speaker
            named = self.coref.cluster_named(head.text)
            if named is not None:
                return phrase, named
        named = self._named_before_role(head)
        if named is not None:
            return named.text, named.cluster
        if head.pos_ in {"NOUN", "PROPN"}:
            role = self.coref.resolve_role(head)
            if role is not None:
                return phrase, role
            if head.lemma_.lower() in _SPOKES and (body := self._body_of_unnamed_spokesperson(head)) is not None:
                return phrase, body
            if (issuer := self._issuer_of_the_statement(head)) is not None:
                return phrase, issuer
        epithet = _epithet(head)
        if epithet is not None:
            return phrase, self.coref.resolve_person(head, epithet or None)
        tied = _tied_person(head)
        # the person a tie names ("Kim's", "for Kim") is not the speaker; a name of the head's own
        # ("Qatar's minister of state Jane Doe") is
        # ("the wife of Kim", but "Minister of State Jane Doe": 'of' ties kin only)
        ties = {t.i for c in head.children if tied and (c.dep_ == "poss" or c.lower_ == "for" or (
            c.lower_ == "of" and head.lemma_.lower() in _KIN)) for t in c.subtree}
        # ("Analysts at Lisbon-based X said": the place that says where X is based is no speaker; "the group, led
        # by X, said": the leader a clause names is not the group)
        clauses = {t.i for c in head.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
        m = self._first_mention((t for t in head.subtree if t.i not in clauses and t.i not in ties
                                 and not _based_somewhere(t, head)),
                                SPEAKER_LABELS) or self._first_mention(
            (head.doc[i] for i in sorted(ties)), SPEAKER_LABELS - {"PERSON"})
        if m is not None and m.end_char <= head.idx and head.pos_ == "NOUN" \
                and (described := self.coref.described_before(head, besides=m.cluster)) is not None:
            return phrase, described  # "the UN mission" after "MINUDEK, the UN peacekeeping mission"
        if m is not None:
            return phrase, m.cluster
        return phrase, None if tied else self.coref.resolve_institution(head)

    def _named_before_role(self, head: Token):
        """The person named right before a role noun the parse took for the subject: in "Jane Doe,
        the chairwoman of the county party, recalled", the name hangs off the verb and "chairwoman"
        is its subject."""
        if head.pos_ != "NOUN" or not speaker_noun(head) or head.dep_ not in SUBJECT_DEPS:
            return None
        left = head.left_edge.i
        if left < 2 or self.doc[left - 1].text != ",":
            return None
        m = self._mention_at(self.doc[left - 2])
        return m if m is not None and m.label == "PERSON" and m.end_char <= self.doc[left - 1].idx else None

    def _body_of_unnamed_spokesperson(self, head: Token) -> int | None:
        """The body of the unnamed spokesperson a later "the spokesperson" or "he" refers back to: "A
        spokesperson for X said ... '...,' the spokesperson added" is X's, as "a X spokesman declined
        to ... '...,' he said" is; None when someone else was introduced or named in between."""
        here = self.coref.sentence_of(head.idx)
        for t in reversed(self.doc[: head.i]):
            if self.coref.sentence_of(t.idx) < here - 2:
                return None
            if self.in_quote[t.i] or t.dep_ not in SUBJECT_DEPS:
                continue
            if t.pos_ == "NOUN" and indefinite(t):
                return self._spoken_for(t)  # the nearest person introduced unnamed: a spokesperson or not
            if t.pos_ == "PROPN" and (m := self._mention_at(t)) is not None and m.label == "PERSON":
                return None
        return None

    def _issuer_of_the_statement(self, head: Token) -> int | None:
        """Who issued "the statement" that speaks: the source it is from ("a statement from its media office");
        else the subject of the speech verb of the last "said in a statement" or "issued a statement" within a
        few sentences before it."""
        if head.lemma_.lower() not in STATEMENT_NOUNS:
            return None
        # "a statement from the ministry said", "issued by the army's media wing, X"
        preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"from", "by"}]
        preps += [a for v in head.children if v.dep_ == "acl" for a in v.children if a.dep_ == "agent"]
        for source in (o for c in preps for o in c.children if o.dep_ == "pobj"):
            # "from its media office": the office's owner; "the army's media wing, X": X
            for named in (source, *(c for c in source.children if c.dep_ == "appos")):
                _, cluster = self.resolve(named)
                if cluster is not None:
                    return cluster
        if not any(c.lower_ in {"the", "its", "their"} for c in head.children):
            return None
        # the last "said in a statement" or "issued a statement" before it; or, where the one who spoke last
        # gave none by name ("The army said its units had cleared the forest." then '"...," the statement
        # said'), what that one said
        for token in reversed(self.doc[max(0, head.i - _STATEMENT_LOOKBACK) : head.i]):
            if token.lemma_.lower() in STATEMENT_NOUNS:
                verb = token.head.head if token.dep_ == "pobj" else token.head
                subject = self.subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
                if subject is not None and subject.i != head.i:
                    _, cluster = self.resolve(subject)
                    return cluster
                return None
            if not self.in_quote[token.i] and token.pos_ in {"VERB", "AUX"} and self.is_cue(token) \
                    and (subject := self.subject_of(token)) is not None and subject.lemma_.lower() not in STATEMENT_NOUNS:
                return self.resolve(subject)[1]
        return None

    def _named_in_passing(self, head: Token) -> int | None:
        """The person someone introduced unnamed gives their name in a clause of their own: "a resident
        who gave only her first name, Ana," or "a nurse who asked to be identified only as Ana"."""
        for child in head.children:
            if child.dep_ not in {"relcl", "acl"}:
                continue
            for t in child.subtree:
                named = (t.dep_ == "appos" and t.head.lemma_.lower() == "name") or (
                    t.dep_ == "pobj" and t.head.lower_ == "as" and t.head.head.lemma_.lower() == "identify")
                m = self._mention_at(t) if named else None
                if m is not None and m.label == "PERSON":
                    return m.cluster
        return None

    def _spoken_for(self, head: Token) -> int | None:
        """The body an unnamed spokesperson speaks for: "a Home Office spokesperson", "a
        spokesman for the ministry", "a company spokeswoman" (the company the article names);
        None for anyone else introduced unnamed ("a resident", "one official")."""
        if head.lemma_.lower() not in _SPOKES:
            return None
        for child in head.children:
            # ("a No 10 spokesperson": the parse makes the seat's number a count)
            modifies = child.i < head.i and child.dep_ in {"compound", "nmod", "poss", "amod", "nummod"}
            if not modifies and not (child.dep_ == "prep" and child.lower_ == "for"):
                continue
            tokens = list(child.subtree)
            # "a Downing Street spokesperson": a seat of power speaks for its office, LOC or not
            m = self._first_mention(tokens, {"ORG", "GPE", "LOC", "FAC"})
            if m is not None:
                return m.cluster
            for t in tokens:
                if t.pos_ == "NOUN" and t.i != head.i:
                    cluster = self.coref.resolve_institution(t, definite=True)
                    if cluster is not None:
                        return cluster
        return None

    def missed(self, head: Token, *, speaking: bool = False) -> MissedName | None:
        """A name NER missed in the speaker phrase headed by `head` (see transforms/quotes/missed.py)."""
        def covered(t: Token) -> bool:
            return self.in_quote[t.i] or self._mention_at(t) is not None

        def label(t: Token) -> str | None:
            m = self._mention_at(t)
            return m.label if m is not None else None

        return missed_speaker(head, covered, label, speaking=speaking) or portfolio_antecedent(
            head, label, lambda t: self.in_quote[t.i])

    def adopt(self, head: Token) -> tuple[str, int] | None:
        """Make the name NER missed in the speaker phrase an entity of the article: (text, cluster)."""
        missed = self.missed(head, speaking=True)
        if missed is None:
            return None
        cluster = self.coref.add_entity(missed.start_char, missed.end_char, missed.text, missed.name, missed.label)
        self.found = self.coref.found
        return missed.text, cluster

    def _mention_at(self, token: Token):
        for m in self.found.mentions:
            if m.start_char <= token.idx < m.end_char:
                return m
        return None

    def _first_mention(self, tokens, labels):
        best = None
        for t in tokens:
            if self.in_quote[t.i]:
                continue
            m = self._mention_at(t)
            if m is not None and m.label in labels:
                if m.label == "PERSON":
                    return m
                best = best or m
        return best

    def _phrase(self, head: Token) -> str:
        tokens = [t for t in head.subtree if not self.in_quote[t.i]]
        left = head.i
        for t in sorted(tokens, key=lambda t: t.i):
            if t.i < head.i and t.dep_ not in {"punct", "cc"}:
                left = t.i
                break
        right = head.i
        for t in head.rights:
            if t.dep_ in {"prep", "appos", "compound", "flat"} and not self.in_quote[t.i]:
                right = max(right, t.right_edge.i)
        while right > head.i and (self.doc[right].is_punct or self.in_quote[right]):
            right -= 1
        return self.doc[left : right + 1].text


def _says_where_based(token: Token, noun: Token) -> bool:
    """Whether `token` is in a modifier of `noun` that says where it is ("a London-based think tank")."""
    return any(a.dep_ == "amod" and a.head.i == noun.i and a.lower_ == "based" for a in [token, *token.ancestors])


def _based_somewhere(token: Token, head: Token) -> bool:
    """Whether `token` is in a "-based" modifier of a noun below `head` ("analysts at Lisbon-based X")."""
    for a in [token, *token.ancestors]:
        if a.i == head.i:
            return False
        if a.dep_ == "amod" and a.lower_ == "based":
            return True
    return False


def _tied_person(head: Token) -> bool:
    """Whether `head` names a person by a role or a tie to someone else ("Kim's lawyer", "the
    lawyer for Kim", "the senator's wife"): the person named inside the phrase is not the speaker."""
    lemma = head.lemma_.lower()
    return lemma not in _SPOKES and (lemma in _KIN or (speaker_noun(head) and lemma in _PERSON_NOUNS))

"""Who a pronoun or a role noun stands for, among the entities of one article.

`ArticleCoref(doc, found)` indexes the article once; `resolve(token)` maps the head of a
noun phrase ("he", "the Kremlin spokesman", "Mr. Peskov", "Netanyahu's office") to the index
of an entity in `found.entities`, or None. Pronouns take the nearest compatible antecedent
(number and gender), preferring grammatical subjects and recent speakers over other mentions;
role nouns take the person the article names with that role ("spokesman Dmitry Peskov",
"Georgiy Tykhyi, a spokesman for the ministry").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from transforms.doc_index import doc_index
from transforms.entities import ArticleEntities, LocalEntity, Mention, given_name_detector, name_tokens
from transforms.gazetteer import country_for_demonym

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
# Honorifics fix a person's gender whatever the first name; only these few are unambiguous.
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
_FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "sister"})
# An antecedent further back than this many sentences is a guess, not a resolution.
_MAX_SENTENCE_DISTANCE = 6
# Nouns by which news refers back to an organisation or a place it has named: "the ministry said",
# "the company said in a statement", "the city argued".
_ORG_NOUNS = frozenset({
    "company", "firm", "group", "organisation", "organization", "agency", "party", "campaign", "network",
    "newspaper", "paper", "broadcaster", "bank", "charity", "union", "ministry", "department", "council",
    "committee", "court", "administration", "office", "army", "military", "police", "university", "institute",
    "commission", "board", "authority", "team", "club", "embassy", "service", "airline", "operator", "regulator",
    "publisher", "studio", "foundation", "association", "federation", "alliance", "coalition", "movement",
})
# Bodies of a state, named by its nationality: "the Israeli military" speaks for Israel.
_STATE_NOUNS = frozenset({"government", "military", "army", "navy", "authority", "force", "ministry", "embassy",
                          "administration", "police", "president", "presidency", "cabinet", "parliament"})
# State bodies that speak for the whole state when nothing else names them.
_COUNTRY_BODIES = frozenset({"army", "military", "government", "authority"})
_PLACE_NOUNS = frozenset({"city", "town", "country", "state", "municipality", "region", "province", "village",
                          "county", "nation", "republic", "kingdom"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
# Verbs that give a person a role as complement: "is", "became", "was named", "serves as".
_ROLE_VERBS = frozenset({"be", "become", "remain", "serve", "name", "appoint", "elect", "nominate", "install",
                         "promote", "work", "act"})


def indefinite(token: Token) -> bool:
    """Whether the noun `token` is introduced as someone new: "a resident", "one official",
    "an army spokesman". Such a phrase is nobody the article has named."""
    return any(c.dep_ in {"det", "nummod"} and c.lower_ in _INDEFINITE for c in token.children)


def first_name_gender(name: str) -> str | None:
    """'male', 'female' or None from the first word of a personal name (gender-guesser's lists)."""
    words = name_tokens(name)
    if len(words) < 2:
        return None
    guess = given_name_detector().get_gender(words[0].strip("."))
    if guess in {"male", "mostly_male"}:
        return "male"
    if guess in {"female", "mostly_female"}:
        return "female"
    return None


def _name_shaped(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)


def participle_subject(subject: Token) -> Token | None:
    """The name that ends a participle's phrase the parser took for a verb's subject: in
    "Reporting from Tyre, Al Jazeera's Jane Doe said", 'Reporting' is the subject and 'Doe' hangs
    inside its phrase, right before the verb."""
    if subject.tag_ != "VBG" or subject.dep_ not in _SUBJECT_DEPS:
        return None
    edge = subject.right_edge
    return edge if edge.pos_ == "PROPN" and edge.i + 1 == subject.head.i else None


def _complements(verb: Token) -> list[Token]:
    """The nouns a copular or naming verb gives its subject: "became chief executive", "was named
    minister", "serves as the bank's economist"."""
    if verb.lemma_.lower() not in _ROLE_VERBS:
        return []
    out = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
    out += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children if o.dep_ == "pobj"]
    return out


def _predicated_roles(tokens: list[Token]) -> list[Token]:
    """Roles the sentence predicates of the name `tokens`: "Jane Doe became mayor", "Jane Doe, who
    was appointed minister, ...", "The mayor is Jane Doe". News names an official that way once and
    later writes "the mayor said"."""
    inside = {t.i for t in tokens}
    root = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)
    if root is None:
        return []
    roles: list[Token] = []
    if root.dep_ in _SUBJECT_DEPS:
        roles += _complements(root.head)
    if root.dep_ == "attr" and root.head.lemma_.lower() in _ROLE_VERBS:
        roles += [c for c in root.head.children if c.dep_ in _SUBJECT_DEPS]
    for child in root.children:
        if child.dep_ == "relcl":
            roles += _complements(child)
    return [r for r in roles if r.i not in inside]


@dataclass
class _Candidate:
    start_char: int
    sentence: int
    cluster: int
    role: int
    """0: subject of a main clause or a speaker, 1: subject of an embedded clause, 2: other."""


@dataclass
class ArticleCoref:
    """Pronoun and role resolution over one article's parse and entities."""

    doc: Doc
    found: ArticleEntities
    excluded: list[tuple[int, int]] = field(default_factory=list)
    """Character ranges (quotations) whose mentions are not antecedents of an outside pronoun."""

    def __post_init__(self) -> None:
        # A paragraph break always ends a sentence, even where the parser ran a headline on.
        # Blank lines between paragraphs are no sentence: "the sentence before" a quote that opens a
        # paragraph is the last one of the paragraph above, whatever whitespace parts them.
        index = doc_index(self.doc)
        text = index.text
        paragraph_starts = [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        starts = sorted({0} | {s.start_char for s in index.sents} | set(paragraph_starts))
        ends = starts[1:] + [len(text)]
        self._sent_starts = [a for a, b in zip(starts, ends, strict=True) if text[a:b].strip()] or [0]
        self.mentions = self.found.mentions + self._unlabelled_mentions()
        self._gender = self._cluster_genders()
        self._speakers: list[_Candidate] = []
        self._roles = self._role_index()
        self._kinds = self._kind_index()

    # ---- indexing -------------------------------------------------------------------------
    def sentence_of(self, char: int) -> int:
        return bisect_right(self._sent_starts, char) - 1

    def cluster_named(self, word: str) -> int | None:
        """The one person (else organisation) whose name holds `word`: NER misses bare
        surnames ("Akers said") that it tagged in full elsewhere ("Dave Akers")."""
        if len(word) < 3 or not word[:1].isupper():
            return None
        for labels in ({"PERSON"}, {"ORG"}):
            hits = [e.cluster for e in self.found.entities if e.label in labels and word in e.name.split()[1:]]
            if len(hits) == 1:
                return hits[0]
        return None

    def _unlabelled_mentions(self) -> tuple[Mention, ...]:
        """Capitalised words outside any NER mention that repeat a surname of the article."""
        covered = {i for m in self.found.mentions for i in range(m.start_char, m.end_char)}
        lower = {t.text for t in self.doc if t.is_lower}
        extra = []
        for t in self.doc:
            # a sentence's first word is capitalised anyway: there a surname is a proper noun, or a
            # subject the article never writes in lower case ("Simion refused to concede")
            opening = t.is_sent_start and (t.is_stop or t.lower_ in lower or (
                t.pos_ != "PROPN" and t.dep_ not in _SUBJECT_DEPS))
            if t.pos_ not in {"PROPN", "NOUN"} or t.idx in covered or opening:
                continue
            cluster = self.cluster_named(t.text)
            if cluster is not None:
                entity = self.found.entities[cluster]
                extra.append(Mention(t.idx, t.idx + len(t), t.text, entity.label, -1, cluster))
        return tuple(extra)

    def _tokens_of(self, mention: Mention) -> list[Token]:
        span = self.doc.char_span(mention.start_char, mention.end_char, alignment_mode="expand")
        return list(span) if span is not None else []

    def _role(self, mention: Mention) -> int:
        """How salient a mention is: main-clause subjects are what a later 'he' usually means."""
        tokens = self._tokens_of(mention)
        inside = {t.i for t in tokens}
        for t in tokens:
            if t.head.i in inside and t.head.i != t.i:
                continue
            # "Georgiy Tykhyi, a spokesman" or "Netanyahu's office" as subject keep the name salient.
            if t.dep_ in {"appos", "poss", "compound"} and t.head.dep_ in _SUBJECT_DEPS:
                t = t.head
            t = next((a for a in t.ancestors if participle_subject(a) == t), t)
            if t.dep_ in _SUBJECT_DEPS:
                verb = t.head
                while verb.dep_ == "conj" and verb.head.i != verb.i:
                    verb = verb.head
                main = verb.dep_ == "ROOT" or "\n" in doc_index(self.doc).text[min(verb.idx, verb.head.idx) : max(verb.idx, verb.head.idx)]
                return 0 if main else 1
        return 2

    def _cluster_genders(self) -> dict[int, str]:
        votes: dict[int, set[str]] = {}
        text = doc_index(self.doc).text
        for m in self.found.mentions:
            before = text[max(0, m.start_char - 6) : m.start_char].split()
            words = [w.lower() for w in m.text.split()[:1] + before[-1:]]
            for w in words:
                if w in _MALE_TITLES:
                    votes.setdefault(m.cluster, set()).add("male")
                elif w in _FEMALE_TITLES:
                    votes.setdefault(m.cluster, set()).add("female")
        genders = {c: next(iter(v)) for c, v in votes.items() if len(v) == 1}
        for entity in self.found.entities:
            # NER sometimes calls an unfamiliar full name an ORG: a known first name says it is a person.
            if entity.cluster not in genders and (entity.label == "PERSON" or _name_shaped(entity.name)):
                guess = first_name_gender(entity.name)
                if guess:
                    genders[entity.cluster] = guess
        return genders

    def _role_index(self) -> dict[str, list[tuple[int, int, frozenset[str]]]]:
        """role lemma -> (char offset, person cluster, modifier lemmas) for every named role holder.

        News names an official once with the role ("Kremlin spokesman Dmitry Peskov", "Georgiy
        Tykhyi, a spokesman for the ministry") and later uses the role alone ("the spokesman said").
        """
        roles: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
        doc = self.doc

        def add(role: Token, m: Mention) -> None:
            if role.pos_ not in {"NOUN", "PROPN"} or not role.is_alpha:
                return
            mods = frozenset(
                w.lemma_.lower() for w in role.subtree if w.i != role.i and w.is_alpha and not w.is_stop
            )
            roles.setdefault(role.lemma_.lower(), []).append((m.start_char, m.cluster, mods))

        for m in self.found.mentions:
            if m.label != "PERSON":
                continue
            tokens = self._tokens_of(m)
            if not tokens:
                continue
            name_words = {w.lower() for w in name_tokens(self.found.entities[m.cluster].name)}
            for t in tokens:
                if t.lower_ not in name_words and t.is_alpha and t.text[:1].isupper():
                    add(t, m)  # a title inside the mention: "President Volodymyr Zelensky"
            first = tokens[0]
            j = first.i - 1
            while j >= 0 and doc[j].pos_ in {"NOUN", "PROPN"} and doc[j].dep_ in {"compound", "nmod", "amod"}:
                if self.found.entity_at(doc[j].idx, doc[j].idx + len(doc[j])) is None:
                    add(doc[j], m)
                j -= 1
            for t in tokens:
                for child in t.children:
                    if child.dep_ == "appos" and child.i not in {x.i for x in tokens}:
                        add(child, m)
                if t.dep_ == "appos" and t.head.i not in {x.i for x in tokens}:
                    add(t.head, m)
            for role in _predicated_roles(tokens):
                add(role, m)
        return roles

    def add_entity(self, start_char: int, end_char: int, text: str, name: str, label: str) -> int:
        """Add a mention NER missed (a speaker the quote step found) to the article's entities, as
        a new entity or, where one of that name and label exists, to it; returns its cluster."""
        found = self.found
        same = next((e for e in found.entities if e.label == label and e.name.lower() == name.lower()), None)
        index = doc_index(self.doc)
        sentence = max(bisect_right([s.start_char for s in index.sents], start_char) - 1, 0)
        entities = list(found.entities)
        if same is None:
            cluster = len(entities)
            entities.append(LocalEntity(cluster, name, label, (text,) if text != name else ()))
        else:
            cluster = same.cluster
            if text != same.name and text not in same.aliases:
                entities[cluster] = LocalEntity(cluster, same.name, label, tuple(sorted({*same.aliases, text})),
                                                same.place)
        mention = Mention(start_char, end_char, text, label, sentence, cluster)
        mentions = tuple(sorted((*found.mentions, mention), key=lambda m: (m.start_char, m.end_char)))
        self.found = ArticleEntities(mentions, tuple(entities))
        self.mentions = self.found.mentions + self._unlabelled_mentions()
        self._gender = self._cluster_genders()
        self._roles = self._role_index()
        self._kinds = self._kind_index()
        return cluster

    def _kind_index(self) -> dict[str, list[tuple[int, int]]]:
        """common noun -> (char offset, cluster) of every organisation or place the article
        describes with it: "Vantapix, a social media company", "the rights group Kivu Watch",
        "Kivu Watch is a charity". A later "the company" or "a group spokesman" means that one."""
        kinds: dict[str, list[tuple[int, int]]] = {}
        doc = self.doc
        for m in self.found.mentions:
            if m.label not in {"ORG", "GPE"} or self._excluded(m.start_char):
                continue
            tokens = self._tokens_of(m)
            if not tokens:
                continue
            inside = {t.i for t in tokens}
            nouns = [c for t in tokens for c in t.children if c.dep_ == "appos" and c.i not in inside]
            nouns += [t.head for t in tokens if t.dep_ in {"appos", "compound"} and t.head.i not in inside]
            j = tokens[0].i - 1
            if j >= 0 and doc[j].pos_ == "NOUN" and doc[j].is_lower:
                nouns.append(doc[j])
            nouns += _predicated_roles(tokens)
            for n in nouns:
                if n.pos_ == "NOUN" and n.is_alpha:
                    kinds.setdefault(n.lemma_.lower(), []).append((m.start_char, m.cluster))
        return kinds

    # ---- resolution ------------------------------------------------------------------------
    def note_speaker(self, cluster: int, start_char: int) -> None:
        """Record a resolved speaker: the person just quoted is the likeliest 'he' that follows."""
        self._speakers.append(_Candidate(start_char, self.sentence_of(start_char), cluster, 0))

    def _excluded(self, char: int) -> bool:
        return any(a <= char < b for a, b in self.excluded)

    def is_person(self, cluster: int) -> bool:
        return self.found.entities[cluster].label == "PERSON" or cluster in self._gender

    def _candidates(self, labels: Iterable[str], before: int) -> list[_Candidate]:
        labels = set(labels)
        out = [
            _Candidate(m.start_char, self.sentence_of(m.start_char), m.cluster, self._role(m))
            for m in self.mentions
            if m.start_char < before and not self._excluded(m.start_char)
            and (m.label in labels or ("PERSON" in labels and self.is_person(m.cluster)))
        ]
        out += [
            c for c in self._speakers
            if c.start_char < before
            and (self.found.entities[c.cluster].label in labels or ("PERSON" in labels and self.is_person(c.cluster)))
        ]
        return out

    def resolve_pronoun(self, token: Token) -> int | None:
        """The entity a third-person pronoun refers to, or None.

        He/she: the nearest person whose gender is not known to differ, subjects and recent
        speakers first ("Mr. Trump told reporters that Mr. Putin had ..., he said" -> Trump).
        It/they: the nearest organisation or country in subject position.
        """
        word = token.lower_
        if word in _MALE_PRONOUNS | _FEMALE_PRONOUNS:
            return self.resolve_person(token, "male" if word in _MALE_PRONOUNS else "female")
        if word in _NEUTER_PRONOUNS | _PLURAL_PRONOUNS:
            cands = [
                c for c in self._candidates({"ORG", "GPE"}, token.idx) if c.role < 2 and not self.is_person(c.cluster)
            ]
        else:
            return None
        return self._nearest(token, cands)

    def resolve_person(self, token: Token, gender: str | None) -> int | None:
        """The person a 'he'/'she' or an epithet ("the 52-year-old", "the father of five") at
        `token` refers to: the nearest person of that gender (any, if None), subjects and recent
        speakers first, unless an unnamed person introduced in between is meant."""
        cands = [c for c in self._candidates({"PERSON"}, token.idx)
                 if gender is None or self._gender.get(c.cluster, gender) == gender]
        here = self.sentence_of(token.idx)
        cands = [c for c in cands if c.start_char > self._unnamed_subject_before(token, here)]
        return self._nearest(token, cands)

    def _nearest(self, token: Token, cands: list[_Candidate]) -> int | None:
        here = self.sentence_of(token.idx)
        best, best_score = None, None
        for c in cands:
            distance = here - c.sentence
            if distance > _MAX_SENTENCE_DISTANCE:
                continue
            score = distance * 2.0 + (0.0, 1.5, 2.5)[c.role] - c.start_char / 1e7
            if c.cluster in self._gender:
                score -= 0.5
            if best_score is None or score < best_score:
                best, best_score = c.cluster, score
        return best

    def _unnamed_subject_before(self, token: Token, here: int) -> int:
        """Where the nearest unnamed person introduced as a subject stands before `token`, in its
        sentence or the one before ("An aid worker said ... "...," he said": he is the worker, not
        the governor named above), else -1."""
        for t in reversed(self.doc[: token.i]):
            if self.sentence_of(t.idx) < here - 1:
                break
            if t.dep_ in _SUBJECT_DEPS and t.pos_ == "NOUN" and indefinite(t) and t.lemma_.lower() not in _ORG_NOUNS \
                    and self.found.entity_at(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) is None \
                    and not self._excluded(t.idx):
                return t.idx
        return -1

    def resolve_role(self, token: Token) -> int | None:
        """The named person holding the role `token` heads ("the spokesman"), or None."""
        entries = self._roles.get(token.lemma_.lower())
        if not entries:
            return None
        mods = {w.lemma_.lower() for w in token.subtree if w.i != token.i and w.is_alpha and not w.is_stop}
        clusters = {c for _, c, _ in entries}
        if len(clusters) == 1:
            return next(iter(clusters))
        # Two people named in the same role ("X was elected mayor of A and Y mayor of B"): a bare
        # "the mayor" that no modifier ties to one of them names neither.
        best = max(len(mods & entry_mods) for _, _, entry_mods in entries)
        if best == 0 and len({c for start, c, _ in entries if start < token.idx}) > 1:
            return None

        def rank(entry: tuple[int, int, frozenset[str]]) -> tuple[int, int, int]:
            start, _, entry_mods = entry
            return (-len(mods & entry_mods), 0 if start < token.idx else 1, abs(token.idx - start))

        return min(entries, key=rank)[1]

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
            m = next((m for m in self.mentions if m.start_char <= modifier.idx < m.end_char and m.label == "GPE"), None)
            return m.cluster if m is not None else None
        return None

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
                m = next((m for m in self.mentions if m.start_char <= child.idx < m.end_char
                          and m.label in SPEAKER_LABELS), None)
                if m is not None:
                    return m.cluster
                if child.pos_ == "NOUN":
                    # "the prime minister's office": the office of the prime minister named before
                    holder = self.resolve_role(child)
                    if holder is not None:
                        return holder
        lemma = token.lemma_.lower()
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
        before = [m for m in self.mentions if m.start_char < token.idx and not self._excluded(m.start_char)
                  and here - self.sentence_of(m.start_char) <= _MAX_SENTENCE_DISTANCE * 2]
        named = [m for m in before if m.label in {"ORG", "GPE"}
                 and lemma in {w.lower() for w in self.found.entities[m.cluster].name.split()}]
        if named:
            return named[-1].cluster
        label = "ORG" if lemma in _ORG_NOUNS else "GPE" if lemma in _PLACE_NOUNS else None
        if self._introduced_unnamed(token):
            return None
        described = [(start, c) for start, c in self._kinds.get(lemma, []) if start < token.idx]
        if described:
            return described[-1][1]
        if lemma in _STATE_NOUNS:
            # "the army said": the nearest organisation named is as often the army's enemy; the army
            # is its country's, the one an earlier "the Sudanese army" names, else the story's
            if definite or any(c.dep_ in {"amod", "compound"} for c in token.children):
                return None
            country = self._state_antecedent(token)
            if country is not None:
                return country
            return self._last_country(token) if lemma in _COUNTRY_BODIES else None
        kept = [m for m in before if m.label == label and not self.is_person(m.cluster)]
        if not kept:
            return None
        return min(kept, key=lambda m: (here - self.sentence_of(m.start_char), self._role(m), -m.start_char)).cluster

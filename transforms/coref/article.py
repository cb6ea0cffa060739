"""The article's index for coreference: its sentences, mentions, the genders of its people, the roles
and kinds the article gives its entities, and the salience of each mention; `ArticleCoref` puts it
together with the resolution steps (pronouns, institutions)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from transforms.coref.grammar import (
    _name_shaped,
    _predicated_roles,
    clause_verb,
    first_name_gender,
    first_name_gender_unsure,
    participle_subject,
)
from transforms.coref.institutions import Institutions
from transforms.coref.pronouns import People, _Candidate
from transforms.coref.words import _FEMALE_TITLES, _MALE_TITLES, _SUBJECT_DEPS
from transforms.doc_index import doc_index
from transforms.entities import ArticleEntities, LocalEntity, Mention, name_tokens
from transforms.entities.names import is_person_noun, is_title
from transforms.lexicon.entities import OFFICER_RANKS, PERSON_NOUNS, TITLE_ROLES
from transforms.lexicon.speech import SPEECH_VERBS


@dataclass
class ArticleCoref(People, Institutions):
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
        # a name written surname first ("Prime Minister Takaichi Sanae", later "Takaichi said")
        if any(word in e.name.split()[1:] for e in self.found.entities):
            return None
        opening = [e.cluster for e in self.found.entities if e.label == "PERSON" and len(e.name.split()) >= 2
                   and e.name.split()[0] == word]
        return opening[0] if len(opening) == 1 else None

    def _unlabelled_mentions(self) -> tuple[Mention, ...]:
        """Capitalised words outside any NER mention that repeat a name word of the article.

        Extraction adds most later surnames (entities/repeats.py); this pass also takes the two it
        leaves out, for coreference only: a sentence-opening subject the tagger read as a common
        noun, and a word of an organisation's name. Made entities at extraction, they change the
        events (a second meeting of the same envoy merges into the first), so they stay here."""
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
                verb = clause_verb(t)
                main = verb.dep_ == "ROOT" or "\n" in doc_index(self.doc).text[min(verb.idx, verb.head.idx) : max(verb.idx, verb.head.idx)]
                return 0 if main else 1
            if t.dep_ == "appos" and _speaks_after_commas(t):
                return 1
        return 2

    def _cluster_genders(self) -> dict[int, str]:
        """Each person's sex, by a title ("Mr", "Ms") or a given name; people whose given name is given
        to both sexes (one mostly) are also in `_unsure_gender`."""
        self._unsure_gender: set[int] = set()
        self._guessed_gender: set[int] = set()  # by a given name, not a title
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
            # A place never is ("El Obeid", "Santa Rosa"), whatever its first word.
            if entity.cluster not in genders and (
                    entity.label == "PERSON" or (entity.label == "ORG" and _name_shaped(entity.name))):
                guess = first_name_gender(entity.name)
                if guess:
                    genders[entity.cluster] = guess
                    self._guessed_gender.add(entity.cluster)
                    if first_name_gender_unsure(entity.name):
                        self._unsure_gender.add(entity.cluster)
        return genders

    def _role_index(self) -> dict[str, list[tuple[int, int, frozenset[str]]]]:
        """role lemma -> (char offset, person cluster, modifier lemmas) for every named role holder.

        News names an official once with the role ("Kremlin spokesman Dmitry Peskov", "Georgiy
        Tykhyi, a spokesman for the ministry") and later uses the role alone ("the spokesman said").
        """
        roles: dict[str, list[tuple[int, int, frozenset[str]]]] = {}
        doc = self.doc

        def add(role: Token, m: Mention) -> None:
            word = role.lower_.rstrip(".")
            if role.pos_ not in {"NOUN", "PROPN"} or not word.isalpha():
                return
            mods = frozenset(
                w.lemma_.lower() for w in role.subtree if w.i != role.i and w.is_alpha and not w.is_stop
            )
            # "Gov. Jane Doe" is later "the governor", "Capt. Jane Doe" "the officer": the title's role
            # noun holds the same entry
            officer = "officer" if word in OFFICER_RANKS else None
            for key in {role.lemma_.lower().rstrip("."), TITLE_ROLES.get(word), officer, _initials(role)} - {None}:
                roles.setdefault(key, []).append((m.start_char, m.cluster, mods))

        for m in self.found.mentions:
            if m.label != "PERSON":
                continue
            tokens = self._tokens_of(m)
            if not tokens:
                continue
            name_words = {w.lower() for w in name_tokens(self.found.entities[m.cluster].name)}
            for t in tokens:
                if t.lower_ not in name_words and t.lower_.rstrip(".").isalpha() and t.text[:1].isupper():
                    add(t, m)  # a title inside the mention: "President Volodymyr Zelensky"
            # the role is the noun right before the name ("state senator Jane Doe" is "the
            # senator", not "the state"); words before it are the role's modifiers
            before = doc[tokens[0].i - 1] if tokens[0].i else None
            if before is not None and before.text == ")" and tokens[0].i >= 4 and doc[tokens[0].i - 3].text == "(":
                # "District Police Officer (DPO) Jane Doe" is later "the DPO" and "the officer"
                add(doc[tokens[0].i - 2], m)
                before = doc[tokens[0].i - 4]
            if (before is not None and before.pos_ in {"NOUN", "PROPN"} and before.dep_ in {"compound", "nmod", "amod"}
                    and self.found.entity_at(before.idx, before.idx + len(before)) is None):
                add(before, m)
                if before.i and is_title(doc[before.i - 1].text) and not is_title(before.text):
                    add(doc[before.i - 1], m)  # "Mayor Datu Jane Doe": an honorific between the role and the name
            for t in tokens:
                for child in t.children:
                    if child.dep_ == "appos" and child.i not in {x.i for x in tokens}:
                        add(child, m)
                if t.dep_ == "appos" and t.head.i not in {x.i for x in tokens}:
                    add(_role_holding(t.head), m)
            for role in _predicated_roles(tokens):
                add(role, m)
            if (role := _role_before_comma(doc, tokens[0].i)) is not None:
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
        # "X, the UN peacekeeping mission in ...": the phrase after the comma, whatever the parse hung it on
        chunks = {chunk.start: chunk for chunk in doc.noun_chunks}
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
            after = tokens[-1].i + 1
            if after + 1 < len(doc) and doc[after].text == "," and (chunk := chunks.get(after + 1)) is not None \
                    and chunk[0].lower_ in {"the", "a", "an"}:
                nouns.append(chunk.root)
            for n in nouns:
                # "near the border with X, a security source told ...": a person beside a place is no kind of it
                if n.pos_ == "NOUN" and n.is_alpha and not (m.label == "GPE" and n.lemma_.lower() in PERSON_NOUNS):
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
            # the entity's type, not the mention's: the model types one mention of a town a person
            and (self.found.entities[m.cluster].label in labels or ("PERSON" in labels and self.is_person(m.cluster)))
        ]
        out += [
            c for c in self._speakers
            if c.start_char < before
            and (self.found.entities[c.cluster].label in labels or ("PERSON" in labels and self.is_person(c.cluster)))
        ]
        return out


def _speaks_after_commas(name: Token) -> bool:
    """"..., wounding a nurse, the Health Authority (HA), which runs the clinic, said": a name set off by
    commas right before a speech verb the parse joins to another (its subject displaced) speaks."""
    after = name.right_edge.i + 1
    doc = name.doc
    if after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].lower_ in {"which", "who"}:
        after = max(after, doc[after + 1].head.right_edge.i + 1)  # ", which runs the clinic," hung elsewhere
    if name.right_edge.text != "," and after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or doc[after - 1].text != ",":
        return False
    verb = doc[after]
    return verb.dep_ == "conj" and verb.lemma_.lower() in SPEECH_VERBS \
        and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children)


def _initials(role: Token) -> str | None:
    """The initials a role goes by ("ceo" of "Chief Executive Officer" and of "chief executive", "cfo" of
    "Chief Financial Officer"), for a headline's "CEO says ..."."""
    doc = role.doc
    start = role.i
    while start > 0 and role.i - start < 3 and doc[start - 1].is_alpha and doc[start - 1].lower_ != "the":
        start -= 1
    words = [t.lower_ for t in doc[start : role.i + 1]]
    if "chief" not in words[:-1]:
        return None
    words = words[words.index("chief") :]
    return "".join(w[0] for w in words) + ("o" if words[-1] != "officer" else "")


def _role_before_comma(doc: Doc, first: int) -> Token | None:
    """The role a name set off by a comma after it holds: "met the special envoy of the bloc (EAC), Jane
    Doe, to ...", which the parse seldom hangs on the role as an apposition."""
    if first < 2 or doc[first - 1].text != ",":
        return None
    last = first - 2
    if doc[last].text == ")":
        while last > 0 and doc[last].text != "(":
            last -= 1
        last -= 1
    token = doc[last]
    for _ in range(4):
        if token.pos_ == "NOUN" and is_person_noun(token.lemma_):
            return token
        if token.dep_ in {"pobj", "compound"} and token.head.i < first:
            token = token.head.head if token.dep_ == "pobj" else token.head
            continue
        break
    return None


def _role_holding(head: Token) -> Token:
    """The role noun a name in apposition describes: the parse hangs "Jane Doe" in "the mayor of
    Milford, Jane Doe" on the place, and the role is the noun the place's "of" phrase qualifies."""
    if head.pos_ == "PROPN" and head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.pos_ == "NOUN":
        return head.head.head
    return head

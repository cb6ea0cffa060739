"""What the parse says about a phrase: whether it is indefinite, the roles a sentence predicates of a
name, the name a misparsed participle hides, and a first name's gender."""

from __future__ import annotations

from spacy.tokens import Token

from transforms.coref.words import _INDEFINITE, _ROLE_VERBS, _SUBJECT_DEPS
from transforms.entities import given_name_detector, name_tokens
from transforms.entities.candidates import ORG_WORDS
from transforms.entities.names import is_person_noun
from transforms.lexicon.entities import BUSINESS_HEADS, INSTITUTION_HEADS


def indefinite(token: Token) -> bool:
    """Whether the noun `token` is introduced as someone new: "a resident", "one official",
    "an army spokesman". Such a phrase is nobody the article has named."""
    return any(c.dep_ in {"det", "nummod"} and c.lower_ in _INDEFINITE for c in token.children)


def first_name_gender(name: str) -> str | None:
    """'male', 'female' or None from the first word of a personal name (gender-guesser's lists)."""
    words = name_tokens(name)
    if len(words) < 2:
        return None
    guess = _first_name_guess(words[0])
    if guess in {"male", "mostly_male"}:
        return "male"
    if guess in {"female", "mostly_female"}:
        return "female"
    return None


def first_name_gender_unsure(name: str) -> bool:
    """Whether the gender-guesser's lists give the first word of a name to both sexes, one mostly ("Mel",
    "Robin"): a pronoun of the other sex may still be the person's."""
    words = name_tokens(name)
    return len(words) >= 2 and _first_name_guess(words[0]) in {"mostly_male", "mostly_female"}


# gender-guesser's frequency of a name in one country, from 1 (isolated cases) to 13 (very common): a sex
# the lists give a name only in one country, and rarely there, is a guess too thin to rule a pronoun out
# ("Gul", rare as a woman's name in one country's list and a man's name across Afghanistan and Pakistan):
# the name tells no sex.
_THIN_FREQUENCY = 3


def _first_name_guess(word: str) -> str:
    detector = given_name_detector()
    word = word.strip(".")
    guess = detector.get_gender(word)
    if guess in {"male", "female"}:
        counts = [c for c in (detector.names.get(word.lower()) or {}).get(guess, "") if c != " "]
        if len(counts) == 1 and int(counts[0], 16) <= _THIN_FREQUENCY:
            return "unknown"
    return guess


def _name_shaped(name: str) -> bool:
    """Shaped like a person's name: two or three capitalised words, the last not a plural ("the
    Kashmir Tigers", "the Grey Wolves" are groups) nor an institution's noun ("Grant Foundation")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
        and not (words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "is", "os"))) \
        and not any(w.lower() in ORG_WORDS | INSTITUTION_HEADS | BUSINESS_HEADS for w in words)


def clause_verb(subject: Token) -> Token:
    """The verb whose clause a subject opens, past the conjuncts of a shared subject ("X arrived and
    said": "arrived")."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb


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
    minister", "serves as the bank's economist"; and an office any verb gives it with "as": "won a
    third term as mayor", "was sworn in as president"."""
    out = []
    if verb.lemma_.lower() in _ROLE_VERBS:
        out += [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        out += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                if o.dep_ == "pobj"]
    for clause in (verb, *(c for c in verb.children if c.dep_ in {"advcl", "xcomp"})):
        if clause is not verb or verb.lemma_.lower() not in _ROLE_VERBS:
            out += [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                    if o.dep_ == "pobj" and o.pos_ == "NOUN" and is_person_noun(o.text)]
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


"""Things named like organisations or people: weapons, models and products ("Patriot systems", "H20
processors", "Iskander-M"), and laws ("the Inflation Reduction Act").

The small model types the name of a thing by its letters: a capitalised word is a person, a word
with digits an organisation. News tells what it is by the noun it modifies ("Leopard tanks"),
by its shape next to such a noun (a model number: "F-16 jets", "iPhone sales") and by what is
done to it ("launched two Kh-101s"). A name that is a thing somewhere in an article is one
everywhere in it, unless the article also shows it acting as a maker does ("Nvidia said",
"Nvidia's chief executive", "Nvidia Corp.").
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.doc_index import doc_index
from transforms.entities.candidates import ACRONYM_AFTER, ORG_WORDS, Candidate
from transforms.entities.names import is_given_name, name_tokens
from transforms.lexicon.entities import FIRING_VERBS, LAW_HEADS, PRODUCT_HEADS, WEAPON_HEADS, WEAPON_MODIFIERS
from transforms.lexicon.speech import SPEECH_VERBS

# Model numbers: letters and digits ("H20", "F-16", "S-400", "IE9", "Su-34"), a name with a
# letter code after a hyphen ("Iskander-M", "IRIS-T"), a brand in lower camel case ("iPhone").
_MODEL_WORD = re.compile(r"^(?:[A-Za-z]{1,4}-?\d{1,4}[A-Za-z]{0,3}|[A-Z][A-Za-z]+-[A-Z0-9]{1,2}|[a-z][A-Z][a-z]+\w*)$")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
# What a maker, never a thing, does in a sentence: speaks, employs, owns shares.
_MAKER_NOUNS = frozenset({
    "chief", "executive", "executives", "ceo", "spokesman", "spokeswoman", "spokesperson", "shares", "stock",
    "founder", "chairman", "president", "board", "employees", "workers", "staff", "headquarters", "revenue",
    "profit", "profits", "sales", "statement",
})
_SYSTEM_WORDS = frozenset({"system", "systems"})
_THING_LABELS = frozenset({"ORG", "PERSON", "GPE", "FAC", "LOC"})


def model_shaped(text: str) -> bool:
    """Whether a name is written like a model number or a product brand ("F-16", "Iskander-M", "iPhone")."""
    return any(_MODEL_WORD.match(word) for word in text.split())


def _thing_key(text: str) -> str:
    """One key for a thing's forms: "Shaheds" and "Shahed", "HIMARS" and "Himars"."""
    key = text.lower()
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key) > 3 else key


def _first_conjunct(token: Token) -> Token:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token


def _object_of_firing(token: Token) -> bool:
    """The object of a verb of firing or supplying weapons: "launched Iskander-M", "shot down Shaheds"."""
    if token.dep_ not in {"dobj", "nsubjpass"}:
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    if lemma == "shoot":
        return any(child.dep_ == "prt" and child.lower_ == "down" for child in verb.children)
    return lemma in FIRING_VERBS and lemma != "shoot"


def _thing_here(span: Span, cand: Candidate) -> bool:
    """Whether this mention, by the words around it, names a weapon or a product."""
    root = _first_conjunct(span.root)
    shaped = model_shaped(cand.text)
    doc = span.doc
    # The noun the name modifies, with only other names or a weapon's kind between ("Patriot and IRIS-T
    # systems", "Kalibr cruise missiles", not "White House email systems"); the word after it where the
    # parse took the pair apart.
    heads = []
    if root.dep_ in _MODIFIER_DEPS and root.head.i >= span.end and all(
            t.pos_ in {"PROPN", "CCONJ", "NUM"} or t.text in {",", "-"} or t.lower_ in WEAPON_MODIFIERS
            for t in doc[span.end : root.head.i]):
        heads.append(root.head.text)
    after = span.end + 1 if span.end < len(doc) and doc[span.end].text == ")" else span.end
    if after < len(doc) and doc[after].is_lower:
        heads.append(doc[after].text)  # also past the bracket of an introduced short form: "(K7) browser"
    # An acronym before "system" is an organisation's or a tax's ("the NHS system", "VAT systems").
    acronym = cand.text.isupper() and not shaped
    if any((head in WEAPON_HEADS and not (acronym and head in _SYSTEM_WORDS)) or (head in PRODUCT_HEADS and shaped)
           for head in heads):
        return True
    counted = any(child.dep_ == "nummod" for child in root.children) or (root.tag_ == "NNPS" and not root.is_upper)
    return _object_of_firing(root) and (shaped or counted)


def _acts_as_maker(span: Span, cand: Candidate, text: str) -> bool:
    """Whether this mention shows its bearer acting as a company or an armed group does: speaking,
    owning, employing, or, for a name not shaped like a model, doing anything ("Hezbollah fired",
    "Hezbollah's rockets"); or whether the article introduces it as an organisation's short form
    ("Rapid Support Forces (RSF)")."""
    root = span.root
    if any(w.lower().strip(".") in ORG_WORDS for w in name_tokens(cand.text)):
        return True
    if ACRONYM_AFTER.search(text) and f"({cand.text})" in text:
        return True
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_.lower() in SPEECH_VERBS | {"report"}:
        return True
    if root.dep_ == "poss" and root.head.lower_ in _MAKER_NOUNS:
        return True
    acts = root.dep_ in {"nsubj", "poss"} or (root.dep_ == "pobj" and root.head.lower_ == "by")
    return acts and not model_shaped(cand.text)


def things(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Candidates that name a weapon, a model or a product relabelled PRODUCT (see the module).

    A big place keeps its label ("Kyiv" is no thing even before "drones"), and so does a name the
    article gives as a person's in full.
    """
    spans = [doc.char_span(c.start, c.end, alignment_mode="expand") for c in cands]
    thing_keys: set[str] = set()
    maker_keys: set[str] = set()
    for cand, span in zip(cands, spans, strict=True):
        if span is None:
            continue
        key = _thing_key(cand.text)
        if _acts_as_maker(span, cand, doc_index(doc).text):
            maker_keys.add(key)
            maker_keys.add(_thing_key(cand.text.split()[0]))  # "Nvidia Corp." makes "Nvidia" a maker
        elif cand.label in _THING_LABELS and _small_or_no_place(cand) and _thing_here(span, cand):
            thing_keys.add(key)
    thing_keys -= maker_keys
    if not thing_keys:
        return cands
    out: list[Candidate] = []
    for cand in cands:
        if cand.label in _THING_LABELS and _thing_key(cand.text) in thing_keys and _small_or_no_place(cand) \
                and not _a_full_name(cand):
            out += _maker_and_model(cand)
        else:
            out.append(cand)
    return out


# The words that close a stock index's name ("BSE Sensex", "Nikkei Stock Average", "Hang Seng Composite Index").
_INDEX_NAME = re.compile(r"^(?P<owner>.+?)\s+(?:(?:Stock|Industrial|Composite|All[- ]Share)\s+)?(?:Sensex|Nifty|Average|Composite|"
                         r"Index|Indices)(?:\s+\d+)?$")


def market_indices(cands: list[Candidate]) -> list[Candidate]:
    """A stock index is no organisation: "The BSE Sensex closed higher" names the exchange that keeps it, kept
    as a body where its name is one word ("BSE", "Nikkei"), and the index, which is dropped; a longer
    owner's name ("Dow Jones Industrial Average") goes with it, since it may be the index's own name."""
    out: list[Candidate] = []
    for cand in cands:
        m = _INDEX_NAME.match(cand.text) if cand.label in {"ORG", "PERSON", "GPE"} and cand.place is None else None
        if m is None:
            out.append(cand)
        elif len(owner := m.group("owner").split()) == 1 and owner[0].lower() != "the":
            out.append(replace(cand, end=cand.start + len(owner[0]), text=owner[0], label="ORG"))
    return out


def _maker_and_model(cand: Candidate) -> list[Candidate]:
    """A thing's name cut into its maker, an organisation, and its model: "Airbus A350" is Airbus and
    a product; a name without a model number ("Storm Shadow") is the product's whole."""
    words = cand.text.split()
    if len(words) == 2 and not model_shaped(words[0]) and words[0][:1].isupper() and model_shaped(words[1]):
        cut = cand.text.index(words[1], len(words[0]))
        return [replace(cand, end=cand.start + len(words[0]), text=words[0], label="ORG", place=None),
                replace(cand, start=cand.start + cut, text=words[1], label="PRODUCT", place=None)]
    return [replace(cand, label="PRODUCT", place=None)]


def _small_or_no_place(cand: Candidate) -> bool:
    place = cand.place
    return place is None or (place.kind == "city" and place.population < 100_000)


def _a_full_name(cand: Candidate) -> bool:
    words = name_tokens(cand.text)
    return cand.label == "PERSON" and len(words) >= 2 and is_given_name(words[0]) and not model_shaped(cand.text)


def law_name(words: list[str]) -> bool:
    """Whether a name is a law's, a tax's or a treaty's by its head noun: "Inflation Reduction Act"."""
    last = words[-1]
    # "School of Law", "Faculty of Law": an institution teaches it.
    return len(words) >= 2 and last[:1].isupper() and not last.isupper() and last.lower() in LAW_HEADS \
        and words[-2].lower() != "of"

"""Speaker phrases that name someone the entity step missed.

Wire copy names sources NER does not know: a group introduced by an appositive ("The Night
Watch, a rights group that tracks the war, said"), a name behind a role noun ("ministry
spokesperson He Lan told reporters", where "He" reads as a pronoun), a ministry named by its
country in lower case ("the Chilean health ministry said"), the firm of "analysts at Halden
Capital wrote". `missed_speaker(head, ...)` finds such a name in the phrase headed by `head` and
says what it is; the quote step then makes it an entity of the article (`ArticleCoref.add_entity`)
so that the quote has a canonical speaker, not None, and not the country or the person nearby.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from transforms.entities.names import is_given_name, is_title
from transforms.gazetteer import is_demonym
from transforms.lexicon.entities import INSTITUTION_HEADS, ORG_NOUNS, PERSON_NOUNS, STAFF_NOUNS

# Nouns that say a name is an organisation's: in apposition ("X, a rights group") or heading it.
_ORG_WORDS = INSTITUTION_HEADS | ORG_NOUNS
# Bodies of a state that a portfolio word names apart from the state ("the foreign ministry", "the
# prime minister's office"); a bare "the Chilean army" or "government" speaks for the country.
_PORTFOLIO_HEADS = frozenset({"ministry", "office", "department", "embassy", "agency", "commission", "consulate",
                              "force", "forces", "guard", "service"})
_MINOR = frozenset({"of", "for", "and", "the", "'s", "’s", "on", "de", "al"})


def speaker_noun(token: Token) -> bool:
    """Whether a common noun names someone who speaks: an organisation or a person's role."""
    return token.lemma_.lower() in _ORG_WORDS | PERSON_NOUNS


@dataclass(frozen=True)
class MissedName:
    start_char: int
    end_char: int
    text: str  # the words as written, the mention's text
    name: str  # the entity's name
    label: str  # PERSON or ORG


def _capitalised(t: Token) -> bool:
    return t.is_alpha and t.text[:1].isupper() and not (len(t) > 1 and t.text.isupper() and len(t) > 4)


def _name_word(t: Token) -> bool:
    """A word of a proper name: capitalised and tagged a proper noun, or a capitalised 'He'/'She'
    inside a name ("spokesperson He Lan": a pronoun never modifies a proper noun)."""
    if t.lower_ in {"he", "she"}:
        return t.text[:1].isupper() and t.dep_ in {"compound", "nmod"} and t.head.pos_ == "PROPN"
    return _capitalised(t) and t.pos_ in {"PROPN", "NOUN", "ADJ"} and not is_title(t.text)


def _name_run(head: Token, covered: Callable[[Token], bool]) -> list[Token] | None:
    """The contiguous proper-name words ending at `head` ("He Lan", "Night Watch"), or None."""
    if not _name_word(head) or head.pos_ != "PROPN" or covered(head):
        return None
    doc = head.doc
    left = head.i
    while left - 1 >= 0 and _name_word(doc[left - 1]) and not covered(doc[left - 1]) \
            and doc[left - 1].head.i >= left - 1 and not doc[left - 1].is_sent_start:
        left -= 1
    if doc[left].is_sent_start and doc[left].lower_ in {"he", "she"}:
        left += 1
    right = head.i
    # "Mothers of Kutum": an 'of' and the capitalised words after it are the name's, even a
    # place NER found there
    if right + 2 < len(doc) and doc[right + 1].lower_ == "of" and doc[right + 1].head.i == head.i:
        end = right + 2
        while end < len(doc) and _capitalised(doc[end]) and doc[end].pos_ == "PROPN":
            end += 1
        if end > right + 2:
            right = end - 1
    run = list(doc[left : right + 1])
    return run or None


def _label_of(head: Token, run: list[Token]) -> str | None:
    doc = head.doc
    for child in head.children:
        if child.dep_ == "appos":
            if child.lemma_.lower() in _ORG_WORDS:
                return "ORG"
            if child.lemma_.lower() in PERSON_NOUNS:
                return "PERSON"
    if head.lower_ in _ORG_WORDS:
        return "ORG"
    before = doc[run[0].i - 1] if run[0].i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.lemma_.lower() in PERSON_NOUNS:
        return "PERSON"
    if before is not None and is_title(before.text) and len(run) >= 2:
        return "PERSON"  # "Governor Ihor Taburets", though the tagger reads a surname in -s as a plural
    if head.tag_ == "NNPS":
        return "ORG"
    if any(t.lower_ in {"he", "she"} for t in run) and len(run) >= 2:
        return "PERSON"
    return None


def _title_case(tokens: list[Token]) -> str:
    words = []
    for t in tokens:
        word = t.text if t.lower_ in _MINOR and words else t.text[:1].upper() + t.text[1:]
        words.append(word + t.whitespace_)
    return "".join(words).strip()


def _portfolio_body(head: Token, mention_label: Callable[[Token], str | None]) -> MissedName | None:
    """'the Chilean health ministry', "Chile's foreign ministry", "the Israeli prime minister's
    office": a body of a state named by a portfolio, an organisation of its own."""
    if head.pos_ not in {"NOUN", "PROPN"} or head.lower_ not in _PORTFOLIO_HEADS or not head.is_lower:
        return None
    lefts = [t for t in head.subtree if t.i < head.i]
    words = [t for t in lefts if t.dep_ not in {"det", "punct"}]
    if not words or any(not (t.is_alpha or t.lower_ in {"'s", "’s"}) for t in words):
        return None
    state = any(is_demonym(t.text) or mention_label(t) == "GPE" for t in words)
    portfolio = any(t.is_lower and t.is_alpha and t.pos_ in {"NOUN", "ADJ", "PROPN"} for t in words)
    if not state or not portfolio or any(mention_label(t) in {"PERSON", "ORG"} for t in words):
        return None
    tokens = words + [head]
    doc = head.doc
    start, end = tokens[0].idx, head.idx + len(head)
    return MissedName(start, end, doc.text[start:end], _title_case(tokens), "ORG")


def _full_form(word: Token, covered: Callable[[Token], bool]) -> str:
    """The one fuller name the article writes `word` in ("Tom Ebeling" for "Ebeling"), else the word."""
    forms = set()
    for t in word.doc:
        if t.text != word.text or t.i == 0:
            continue
        j = t.i
        while j - 1 >= 0 and _name_word(t.doc[j - 1]) and t.doc[j - 1].pos_ == "PROPN" and not covered(t.doc[j - 1]) \
                and t.i - j < 2:
            j -= 1
        if j < t.i:
            forms.add(t.doc[j : t.i + 1].text)
    return next(iter(forms)) if len(forms) == 1 else word.text


def portfolio_antecedent(
    head: Token, mention_label: Callable[[Token], str | None], excluded: Callable[[Token], bool]
) -> MissedName | None:
    """The body "the ministry" refers back to where the article named it by its country in lower
    case ("Chile's health ministry said ... the ministry said"); None where an organisation whose
    name holds the word stands nearer (coreference finds that one)."""
    if head.lower_ not in _PORTFOLIO_HEADS or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    if any(c.i < head.i and c.dep_ in {"amod", "compound", "poss"} for c in head.children):
        return None
    for t in reversed(head.doc[: head.i]):
        if excluded(t):
            continue
        if mention_label(t) == "ORG" and t.lower_ == head.lower_:
            return None
        if t.lower_ == head.lower_:
            body = _portfolio_body(t, mention_label)
            if body is not None:
                return body
    return None


def missed_speaker(
    head: Token, covered: Callable[[Token], bool], mention_label: Callable[[Token], str | None], *,
    speaking: bool = False,
) -> MissedName | None:
    """The name NER missed in the speaker phrase headed by `head`, or None. `covered(token)`: the
    token is inside a quote or an entity mention; `mention_label(token)`: the label of the
    mention holding it, if any. `speaking`: the phrase is the chosen speaker of a quote, so that a
    lone capitalised word ("Halvorsen said") is a person's name."""
    body = _portfolio_body(head, mention_label)
    if body is not None:
        return body
    target = head
    if head.pos_ == "NOUN" and head.lemma_.lower() in STAFF_NOUNS:
        # "analysts at Halden Capital wrote": the firm speaks through its staff
        target = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in {"at", "from", "with"}
                       for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
        if target is None:
            return None
    run = _name_run(target, covered)
    if run is None:
        return None
    label = _label_of(head, run) if target is head else "ORG"
    doc = head.doc
    if label is None and speaking and 2 <= len(run) <= 3 and is_given_name(run[0].text):
        label = "PERSON"  # "Twitter's Adam Sharp said": a given name opens it
    if label is None and speaking and len(run) == 1 and head.tag_ == "NNP" and len(head) > 2 and not head.is_upper:
        start, end = head.idx, head.idx + len(head)
        return MissedName(start, end, head.text, _full_form(head, covered), "PERSON")
    if label is None:
        return None
    # one capitalised word is as often a surname or a stray capital as a name: only an
    # appositive ("Kivu Watch, a monitoring group,") or a firm's staff vouch for it
    if len(run) == 1 and target is head and not any(c.dep_ == "appos" for c in head.children):
        return None
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    text = doc.text[start:end]
    return MissedName(start, end, text, text, label)

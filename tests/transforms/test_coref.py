import pytest

from transforms.coref import ArticleCoref, first_name_gender
from transforms.entities import extract_entities


@pytest.mark.parametrize(
    "name, expected",
    [("Maria Lopez", "female"), ("Dmitry Peskov", "male"), ("Peskov", None), ("Xq Zzyzx", None)],
)
def test_first_name_gender(name, expected):
    assert first_name_gender(name) == expected


def _resolve(nlp, text, word):
    doc = nlp(text)
    found = extract_entities(doc)
    coref = ArticleCoref(doc, found)
    token = [t for t in doc if t.text == word][-1]
    cluster = coref.resolve_pronoun(token) if token.pos_ == "PRON" else coref.resolve_role(token)
    return found.entities[cluster].name if cluster is not None else None


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("Maria Lopez met John Smith in Madrid. She left early.", "She", "Maria Lopez"),
        ("Maria Lopez met John Smith in Madrid. He left early.", "He", "John Smith"),
        ("Mrs. Okonjo met Mr. Adeyemi in Lagos. He left early.", "He", "Adeyemi"),
        ("The bridge was closed on Monday. He left early.", "He", None),
        ("Kremlin spokesman Dmitry Peskov spoke on Monday. The spokesman left early.", "spokesman", "Dmitry Peskov"),
        ("Mark Rutte visited Kyiv. The minister left early.", "minister", None),
    ],
)
def test_pronouns_and_roles(nlp, text, word, expected):
    assert _resolve(nlp, text, word) == expected


def _institution(nlp, text, word):
    doc = nlp(text)
    found = extract_entities(doc)
    coref = ArticleCoref(doc, found)
    token = [t for t in doc if t.text == word][-1]
    cluster = coref.resolve_institution(token)
    return found.entities[cluster].name if cluster is not None else None


@pytest.mark.parametrize(
    "text, word, expected",
    [
        # the word is part of the name given before
        ("The Interior Ministry closed two crossings. The ministry gave no reason.", "ministry", "Interior Ministry"),
        # a generic word for the organisation named before
        ("Acme Corporation cut three hundred jobs. The company gave no reason.", "company", "Acme Corporation"),
        # the possessor of an office
        ("Emmanuel Macron's office declined to comment.", "office", "Emmanuel Macron"),
        # indefinite: a new organisation, not one named before
        ("Acme Corporation cut three hundred jobs. A company in Texas hired them.", "company", None),
        # nothing named before
        ("The ministry gave no reason for the delay.", "ministry", None),
    ],
)
def test_institutions(nlp, text, word, expected):
    assert _institution(nlp, text, word) == expected

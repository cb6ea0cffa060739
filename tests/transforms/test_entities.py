import pytest

from transforms.entities import extract_entities


def _names(doc):
    found = extract_entities(doc)
    return {m.text: found.entities[m.cluster].name for m in found.mentions}


def test_surname_and_title_join_the_full_name(nlp):
    doc = nlp(
        "President Volodymyr Zelensky spoke in Kyiv on Monday. "
        "Mr. Zelensky said the talks would continue. Zelensky left for Paris."
    )
    found = extract_entities(doc)
    zelensky = [found.entities[m.cluster].name for m in found.mentions if "Zelensky" in m.text]
    assert zelensky == ["Volodymyr Zelensky"] * 3


def test_offsets_point_at_the_surface_form(nlp):
    doc = nlp("Dmitry Peskov spoke to reporters in Moscow.")
    for mention in extract_entities(doc).mentions:
        assert doc.text[mention.start_char : mention.end_char] == mention.text


@pytest.mark.parametrize("text", ["John Smith met Anna Smith in London. Smith said nothing."])
def test_ambiguous_surname_does_not_join_either_person(nlp, text):
    names = _names(nlp(text))
    assert names["John Smith"] != names["Anna Smith"]
    assert names["Smith"] not in {"John Smith", "Anna Smith"}

import pytest

from flows.nlp import ModelNotInstalled, load_pipeline


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Drone strike hits Kharkiv\nA man walks past the ruins on Monday.",
         ["Drone strike hits Kharkiv", "A man walks past the ruins on Monday."]),
        ("Talks resume in Geneva\n\nNegotiators met for six hours.",
         ["Talks resume in Geneva", "Negotiators met for six hours."]),
        # Hard-wrapped prose: the break is inside one sentence.
        ("The delegation arrived in the city late\non Monday evening.",
         ["The delegation arrived in the city late\non Monday evening."]),
    ],
)
def test_line_breaks_start_sentences(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences


def test_missing_model_is_a_clear_error():
    with pytest.raises(ModelNotInstalled, match="never downloads"):
        load_pipeline("en_no_such_model_xx")


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("“The port stays shut,”Marta Vidal said.", ["shut", ",", "”", "Marta"]),
        ("“We lost the vote.”She left the hall.", ["vote", ".", "”", "She"]),
        ('He called the offer "an insult,"adding nothing else.', ["insult", ",", '"', "adding"]),
        ("The mayor said,“Water comes back tonight.”", ["said", ",", "“", "Water"]),
    ],
)
def test_quote_marks_glued_to_words_split(nlp, text, tokens):
    words = [token.text for token in nlp(text)]
    start = words.index(tokens[0])
    assert words[start:start + len(tokens)] == tokens


def test_a_glued_closing_mark_keeps_its_speaker(nlp):
    from transforms.entities import extract_entities
    from transforms.quotes import quotes_and_speakers

    doc = nlp("Harbour pilots walked out on Friday.\n\n“The port stays shut until we get paid,”Marta Vidal said.")
    quotes, found = quotes_and_speakers(doc, extract_entities(doc), indirect=False)
    assert [found.entities[q.speaker_cluster].name for q in quotes] == ["Marta Vidal"]


def test_a_country_abbreviation_before_a_hyphen_is_its_own_name(nlp):
    from transforms.entities import extract_entities

    doc = nlp("Talks resumed on Monday as U.S.-backed mediators pressed both sides for a truce.")
    assert [t.text for t in doc][5:8] == ["U.S.", "-", "backed"]
    assert ("United States", "GPE") in {(e.name, e.label) for e in extract_entities(doc).entities}


@pytest.mark.parametrize("title", ["Brig.", "Col.", "Maj.", "Capt.", "Lt."])
def test_an_abbreviated_title_is_one_word_and_ends_no_sentence(nlp, title):
    doc = nlp(f'"Our patrols pushed the raiders back over the hills and seized their trucks," air force spokesman '
              f"{title} Gen. Idris Wani said. The raiders gave no account.")
    assert title in [t.text for t in doc]
    assert [s.text.split()[0] for s in doc.sents] == ['"Our', "The"]

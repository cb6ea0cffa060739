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

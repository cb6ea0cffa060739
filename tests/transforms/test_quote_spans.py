"""Which quoted runs are quotes, and of which kind: titles, labels, names and transcript
excerpts in marks are not; mis-paired straight marks do not swallow the text between quotes."""

import pytest

from transforms.entities import extract_entities
from transforms.quotes import extract_quotes, find_quoted_runs
from transforms.quotes.kinds import is_transcript, looks_like_title


def _quotes(nlp, text):
    doc = nlp(text)
    return [(q.text, q.kind) for q in extract_quotes(doc, extract_entities(doc), indirect=False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gone With the Wind", True),
        ("Man of the Hour,", True),  # American style keeps the comma inside the marks
        ("It's Time For A Change", True),  # the apostrophe's "s" is no lower-case word
        ("Walk for 20", True),  # a number counts as capitalised
        ("The Late Evening Show.", True),
        ("we will not back down", False),
        ("The talks were productive and useful.", False),
        ("Sunday", False),
    ],
)
def test_looks_like_title(text, expected):
    assert looks_like_title(text) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("MODERATOR: Thank you all for coming tonight.", True),
        ("MS. RIVERA: We have a question from the floor.", True),
        ("Note: we will be closed on Friday.", False),
        ("We said no, and we meant it.", False),
    ],
)
def test_is_transcript(text, expected):
    assert is_transcript(text) is expected


@pytest.mark.parametrize(
    "text, dropped",
    [
        # title of a show or book woven into the sentence
        ('She made the remark on "Weekend with the Press," the network said.', "Weekend with the Press,"),
        ('The figures come from "Lord of the Harbour," a biography of the mayor.', "Lord of the Harbour,"),
        # a name or slogan modifying the noun after it
        ('The union backed the "Pay for All" campaign in the spring.', "Pay for All"),
        ("''Thursday Night Hockey'' ratings fell by a tenth this season.", "Thursday Night Hockey"),
        ('Her aide said the "would you trust this man" test no longer works.', "would you trust this man"),
        # a nickname given with a naming verb
        ('He ran what critics called "Miller Family Holdings," a web of firms.', "Miller Family Holdings,"),
        # a short noun phrase held at a distance after an article: a scare quote
        ('The memo mentions a "pay to play" arrangement.', "pay to play"),
        ('Auditors found evidence of a "quasi fiscal deficit" in the accounts.', "quasi fiscal deficit"),
        # a title set off by commas after the noun it names
        ('In her memoir, "Roads Out of Dunmore," the author recalls the mill.', "Roads Out of Dunmore,"),
        # a short verbless phrase in marks as a paragraph of its own: a subheading
        ('The plant closed in May.\n\n"A hard winter ahead."\n\nWorkers met on Friday.', "A hard winter ahead."),
        # a transcript excerpt in marks
        ('The speech read: "HOST: Welcome back to the second half of the show."',
         "HOST: Welcome back to the second half of the show."),
    ],
)
def test_not_quotes(nlp, text, dropped):
    assert dropped not in [q for q, _ in _quotes(nlp, text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # partial quotes stay: a fragment someone said, woven into the sentence
        ('The senator called the budget "a gift to the oil companies" on Tuesday.',
         [("a gift to the oil companies", "partial")]),
        ('Officials said the storm was "the worst in forty years."',
         [("the worst in forty years.", "partial")]),
        # inside the clause a speech verb reports, the same shape is the speaker's words
        ('The minister said a "broader national review" is needed.', [("broader national review", "partial")]),
        # a quote that is a paragraph of its own, with a verb, is a quote
        ('The plant closed in May.\n\n"We will fight this closure."\n\nWorkers met on Friday.',
         [("We will fight this closure.", "direct")]),
        # a direct quote in title case after a speech verb is still a quote
        ('"We Will Never Give Up," the coach told the crowd.', [("We Will Never Give Up,", "direct")]),
        ('"The plan is dead," Ana Ortiz said.', [("The plan is dead,", "direct")]),
    ],
)
def test_quotes_kept(nlp, text, expected):
    assert _quotes(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the quote opened in an earlier paragraph without a closing mark; this paragraph closes
        # it, then a new quote opens: the closing mark must not pair with the new opener
        ('"We lost the first half.\n\nWe came back late." Then the coach said, "We were tired today.',
         ["We lost the first half.", "We were tired today."]),
        # an opening curly mark typed where the closing one belongs
        ("“It was a long night,“ she said. “We held on.”", ["It was a long night,", "We held on."]),
        # ordinary pairs are unchanged
        ('"One two three," he said. "Four five six."', ["One two three,", "Four five six."]),
    ],
)
def test_straight_marks_pairing(text, expected):
    assert [text[r.start : r.end] for r in find_quoted_runs(text)] == expected

import pytest

from transforms.entities import extract_entities
from transforms.quotes import extract_quotes, find_quoted_runs


def _extract(nlp, text, *, indirect=False):
    doc = nlp(text)
    found = extract_entities(doc)
    quotes = extract_quotes(doc, found, indirect=indirect)
    for q in quotes:
        assert text[q.start_char : q.end_char] == q.text
    return found, quotes


def _speaker(found, q):
    return found.entities[q.speaker_cluster].name if q.speaker_cluster is not None else None


def _direct(nlp, text):
    found, quotes = _extract(nlp, text)
    return [(q.text, _speaker(found, q)) for q in quotes]


@pytest.mark.parametrize(
    "text, expected",
    [
        # curly double marks, "X said"
        ('“We will rebuild every school in the city,” Maria Lopez said on Monday.',
         [("We will rebuild every school in the city,", "Maria Lopez")]),
        # straight double marks, "said X"
        ('"The bridge will reopen next week," said Tom Becker, the mayor.',
         [("The bridge will reopen next week,", "Tom Becker")]),
        # single curly marks
        ("‘We have no plans to raise taxes,’ Angela Merkel told reporters.",
         [("We have no plans to raise taxes,", "Angela Merkel")]),
        # typewriter-era double apostrophes and backticks
        ("``The market will recover by spring,'' John Smith said.",
         [("The market will recover by spring,", "John Smith")]),
        # guillemets
        ("« Nous allons gagner cette bataille », Emmanuel Macron said.",
         [("Nous allons gagner cette bataille", "Emmanuel Macron")]),
        # a quote of several sentences
        ('"The talks went well. We agreed on a timetable. More work remains," Joe Biden said.',
         [("The talks went well. We agreed on a timetable. More work remains,", "Joe Biden")]),
        # nested quotes stay inside the outer quote
        ("“They keep saying ‘peace is near’ but nothing changes,” Boris Johnson said.",
         [("They keep saying ‘peace is near’ but nothing changes,", "Boris Johnson")]),
    ],
)
def test_quotation_styles(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "X told reporters"
        ('"Negotiations are very difficult," Dmitry Peskov told reporters in Moscow.',
         [("Negotiations are very difficult,", "Dmitry Peskov")]),
        # "X wrote on Telegram"
        ('"Air defence shot down most of the drones," Volodymyr Zelensky wrote on Telegram.',
         [("Air defence shot down most of the drones,", "Volodymyr Zelensky")]),
        # "according to X"
        ('"The strike hit an empty warehouse," according to John Kirby.',
         [("The strike hit an empty warehouse,", "John Kirby")]),
        # colon introduction without a verb
        ('Emmanuel Macron on the summit: "Europe must spend more on defence."',
         [("Europe must spend more on defence.", "Emmanuel Macron")]),
        # colon introduction with a verb
        ('Angela Merkel told the parliament: "We will not give in to pressure."',
         [("We will not give in to pressure.", "Angela Merkel")]),
        # an organisation speaks
        ('"The talks will continue next week," the Kremlin said.',
         [("The talks will continue next week,", "Kremlin")]),
    ],
)
def test_attribution_cues(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_split_quote_gives_two_quotes_with_one_speaker(nlp):
    text = '"We are not interested in a global conflict," Dmitry Medvedev said, "but it cannot be ruled out."'
    found, quotes = _extract(nlp, text)
    assert [(q.text, q.kind, _speaker(found, q)) for q in quotes] == [
        ("We are not interested in a global conflict,", "direct", "Dmitry Medvedev"),
        ("but it cannot be ruled out.", "direct", "Dmitry Medvedev"),
    ]


def test_quote_continued_into_next_paragraph(nlp):
    text = (
        '"The situation is very dangerous," Dmitry Medvedev said. "The threshold keeps falling.\n\n'
        '"Nobody wants a war between nuclear powers."'
    )
    assert _direct(nlp, text) == [
        ("The situation is very dangerous,", "Dmitry Medvedev"),
        ("The threshold keeps falling.", "Dmitry Medvedev"),
        ("Nobody wants a war between nuclear powers.", "Dmitry Medvedev"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'He said "this never closes and the paragraph simply ends',
        "It's the workers' union that's 'angry about it",
        '"" "" " « ‘ ’ \'\' `` "',
        "“”",
        "",
    ],
)
def test_unbalanced_marks_never_crash(nlp, text):
    _extract(nlp, text, indirect=True)


def test_unclosed_mark_ends_at_the_paragraph(nlp):
    runs = find_quoted_runs('He said: "we will fight on to the end\nThe next paragraph is narrative.')
    assert [(r.start, r.end, r.closed) for r in runs] == [(10, 37, False)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a fragment woven into the sentence, attribution after it
        ("Mr. Putin kept attacking — “tapping me along,” as Donald Trump said.",
         [("partial", "tapping me along,", "Donald Trump")]),
        # a fragment governed by a speech verb
        ('Steve Witkoff said on social media that the meetings were "productive and constructive."',
         [("partial", "productive and constructive.", "Steve Witkoff")]),
    ],
)
def test_partial_quotes_are_kept_and_marked(nlp, text, expected):
    found, quotes = _extract(nlp, text)
    assert [(q.kind, q.text, _speaker(found, q)) for q in quotes] == expected


def test_short_scare_quotes_are_not_quotes(nlp):
    assert _direct(nlp, 'The minister called the plan "reckless" on Friday.') == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # attribution in the sentence before, in the same paragraph
        ('Volodymyr Zelensky said the night was hard. "Russia launched more than two hundred drones."',
         [("Russia launched more than two hundred drones.", "Volodymyr Zelensky")]),
        ('Volodymyr Zelensky described the attack in his nightly address on Monday.\n\n'
         '"Russia launched more than two hundred drones at our cities," he said.',
         [("Russia launched more than two hundred drones at our cities,", "Volodymyr Zelensky")]),
        # a later quote paragraph without attribution keeps the last speaker
        ('"Russia launched more than two hundred drones," Volodymyr Zelensky said.\n\n'
         '"Our air defence destroyed most of them."',
         [("Russia launched more than two hundred drones,", "Volodymyr Zelensky"),
          ("Our air defence destroyed most of them.", "Volodymyr Zelensky")]),
        # an attribution paragraph ending in a speech verb introduces the quote after it
        ("Some workers were upset about the early layoffs, Dave Akers said.\n\n"
         '"They never cared about the people who built this plant."',
         [("They never cared about the people who built this plant.", "Dave Akers")]),
    ],
)
def test_attribution_in_neighbouring_sentences(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # gender: "she" skips the nearer man
        ("Maria Lopez met John Smith in Madrid on Monday. "
         '"We agreed on a plan for the harbour," she said.',
         [("We agreed on a plan for the harbour,", "Maria Lopez")]),
        # the main-clause subject, not the last name seen
        ("Donald Trump told reporters that Vladimir Putin had agreed to a pause.\n\n"
         '"He kept his word on that, it was a lot," he said.',
         [("He kept his word on that, it was a lot,", "Donald Trump")]),
        # titles fix gender where first names are unknown
        ("Mrs. Okonjo met Mr. Adeyemi in Lagos. "
         '"The reforms will take another year," she said.',
         [("The reforms will take another year,", "Okonjo")]),
    ],
)
def test_pronoun_speakers(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kremlin spokesman Dmitry Peskov spoke on Monday. "
         '"The talks are very complex," the spokesman told reporters.',
         [("The talks are very complex,", "Dmitry Peskov")]),
        ("Georgiy Tykhyi, a spokesman for the ministry, spoke in Kyiv on Friday. "
         '"We expect clarity from these meetings," the spokesman said.',
         [("We expect clarity from these meetings,", "Georgiy Tykhyi")]),
        ('"We will meet again in March," Ukraine\'s lead negotiator, Rustem Umerov, said.',
         [("We will meet again in March,", "Rustem Umerov")]),
    ],
)
def test_roles_resolve_to_the_named_person(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Dmitry Peskov said that the talks would continue next week.",
         ("the talks would continue next week", "say", "Dmitry Peskov")),
        ("Donald Trump claimed Russia had honoured the energy truce.",
         ("Russia had honoured the energy truce", "claim", "Donald Trump")),
        ("Mark Rutte warned that the attacks would grow worse in winter.",
         ("the attacks would grow worse in winter", "warn", "Mark Rutte")),
        ("According to Mark Rutte, the alliance will send more air defence systems.",
         ("the alliance will send more air defence systems", "according to", "Mark Rutte")),
    ],
)
def test_reported_speech_is_indirect(nlp, text, expected):
    found, quotes = _extract(nlp, text, indirect=True)
    assert [(q.text, q.cue, _speaker(found, q)) for q in quotes if q.kind == "indirect"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Dmitry Peskov did not say whether the talks would continue.",
        "Dmitry Peskov said nothing.",
    ],
)
def test_not_reported_speech(nlp, text):
    _, quotes = _extract(nlp, text, indirect=True)
    assert [q for q in quotes if q.kind == "indirect"] == []


def test_quote_fields(nlp):
    text = 'The talks ended late.\n\n"We are close to a deal," Dmitry Peskov told reporters.'
    found, [q] = _extract(nlp, text)
    assert (q.kind, q.cue, q.speaker_text) == ("direct", "tell", "Dmitry Peskov")
    assert q.sentence == '"We are close to a deal," Dmitry Peskov told reporters.'


@pytest.mark.parametrize(
    "text, expected",
    [
        # a colon introduction, then several quote paragraphs with no verb of their own
        ("Defence Minister Anna Kowalski wrote on social media on Sunday:\n\n"
         '"We will rebuild the bridge before the winter comes."\n\n'
         '"Every family that lost a home will be paid in full."',
         [("We will rebuild the bridge before the winter comes.", "Anna Kowalski"),
          ("Every family that lost a home will be paid in full.", "Anna Kowalski")]),
        # one attribution paragraph, then a run of quote paragraphs
        ("Mayor Tom Becker spoke to reporters after the vote on Tuesday.\n\n"
         '"This is a good day for the people of this city."\n\n'
         '"We waited ten long years for this bridge."',
         [("This is a good day for the people of this city.", "Tom Becker"),
          ("We waited ten long years for this bridge.", "Tom Becker")]),
        # "in a statement, the ministry said" with the quote after a colon
        ("The Interior Ministry ordered new checks at the border on Monday. "
         'In a statement, the ministry said: "The measures will stay in place until further notice."',
         [("The measures will stay in place until further notice.", "Interior Ministry")]),
    ],
)
def test_statements_without_a_verb_next_to_them(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Acme Corporation cut three hundred jobs at its plant in Ohio on Tuesday.\n\n"
         '"The decision was painful but necessary," the company said in a statement.',
         [("The decision was painful but necessary,", "Acme Corporation")]),
        ('"Our teams reached the village at dawn," the International Committee of the Red Cross said.',
         [("Our teams reached the village at dawn,", "International Committee of the Red Cross")]),
        ("The European Commission opened an inquiry into the merger. "
         '"We have serious doubts about the deal," the commission said.',
         [("We have serious doubts about the deal,", "European Commission")]),
    ],
)
def test_institutions_as_speakers(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the loser's concession, quoted after the winner is named
        ("After Maria Lopez was declared the winner, John Smith told his supporters: "
         '"We fought hard and we will be back in four years."',
         [("We fought hard and we will be back in four years.", "John Smith")]),
        ('"I congratulate my opponent on a fair race," said John Smith, who lost to Maria Lopez.',
         [("I congratulate my opponent on a fair race,", "John Smith")]),
        ('Maria Lopez thanked John Smith for the call. "He was gracious in defeat," she said.',
         [("He was gracious in defeat,", "Maria Lopez")]),
        # the nearer of two speech verbs above a fragment speaks it
        ('With John Smith confirming that "the contract was signed late last night" on Monday, '
         "Maria Lopez said the strike was over.",
         [("the contract was signed late last night", "John Smith")]),
    ],
)
def test_two_people_in_the_sentence(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tom Becker, the mayor of Springfield, opened the new bridge on Monday. "
         'Later the city\'s mayor said: "It will carry ten thousand cars a day."',
         [("It will carry ten thousand cars a day.", "Tom Becker")]),
        ("Health Minister Sara Okafor visited the hospital in Lagos. "
         '"We need more nurses in every ward," the minister told reporters.',
         [("We need more nurses in every ward,", "Sara Okafor")]),
    ],
)
def test_titles_and_roles(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a product name in marks
        'The company put its "Smart Home Hub Pro" speaker on sale in March.',
        # a label, no one says it
        'Lawmakers debated the so-called "peace through strength" doctrine for hours.',
        # a legal reference in a footer
        'All content is protected under "Articles 3 and 4 of the Copyright Act" of the republic.',
        # two words are a scare quote
        'The general called the retreat a "regrouping operation" on Friday.',
        # the name of a show set off by commas
        'He spoke on his weekly radio show, "The Morning Hour With Jane Doe," broadcast across the state.',
    ],
)
def test_not_quotes(nlp, text):
    assert _direct(nlp, text) == []

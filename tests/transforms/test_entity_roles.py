"""Types that the role of a name in its sentence decides, where the model typed it by its letters: a
person described by a role or known by a nickname, a place where things happen, a team in a results
line, a product in use."""

import re

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities
from transforms.entities.candidates import Candidate
from transforms.entities.place_roles import places_by_role


def _entity_of(nlp, text, mention):
    found = extract_entities(nlp(text))
    cluster = next(m.cluster for m in found.mentions if m.text == mention)
    entity = found.entities[cluster]
    return entity.name, entity.label


@pytest.mark.parametrize(
    "text, name, expected",
    [
        # A person described by a role after a comma, whatever the model typed the name.
        ("Bassem Naim, a member of the movement's political bureau, accused the army of lying.",
         "Bassem Naim", ("Bassem Naim", "PERSON")),
        ("Jean-Baptiste Kalinda, a local chief, said 11 bodies had been recovered.",
         "Jean-Baptiste Kalinda", ("Jean-Baptiste Kalinda", "PERSON")),
        ("Anne-Marie Dubois, the commander of the garrison, refused to surrender.",
         "Anne-Marie Dubois", ("Anne-Marie Dubois", "PERSON")),
        # A nickname joins the person it names.
        ("The militia, led by Mohamed Hamdan Dagalo, widely known as Hemedti, denied the charge.",
         "Hemedti", ("Mohamed Hamdan Dagalo", "PERSON")),
        ("The cartel was run by Joaquin Salgado, better known as El Flaco, for a decade.",
         "El Flaco", ("Joaquin Salgado", "PERSON")),
    ],
)
def test_a_person_by_role_or_nickname(nlp, text, name, expected):
    assert _entity_of(nlp, text, name) == expected


@pytest.mark.parametrize(
    "text, absent",
    [
        # A place described by a settlement noun stays a place; an organisation that is a member stays one.
        ("Hamas, a member of the alliance, rejected the offer.", ("Hamas", "PERSON")),
        ("Kharkiv, the second city, was shelled again.", ("Kharkiv", "PERSON")),
    ],
)
def test_a_role_after_a_place_or_body_does_not_make_a_person(nlp, text, absent):
    assert absent not in typed_entities(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # Where things happen, and what lies there: a place, whatever given name its first word is.
        ("Israeli strike on Khan Younis tents kills three\n\nA drone hit a tent camp west of Khan Younis overnight.",
         "Khan Younis"),
        ("Mortar fire struck the edge of Aita al-Shaab at dawn.", "Aita al-Shaab"),
        ("An airstrike hit a house on the outskirts of Abu Khalil, killing four.", "Abu Khalil"),
        ("The army shelled Salin township, residents said.", "Salin"),
        # A town of the country the story is about, written in full.
        ("The envoy said Asean would not deal with Nay Pyi Taw while the bombing continued, Myanmar's exiles said.",
         "Nay Pyi Taw"),
    ],
)
def test_a_place_the_model_typed_a_person(nlp, text, name):
    assert _entity_of(nlp, text, name) == (name, "GPE")


@pytest.mark.parametrize(
    "text, name",
    [
        # A person stays one: a subject, or a name before an event noun ("the Jackson visit").
        ("Talks on the outskirts of the capital ended. Leila Haddad said in Beirut that they had failed.",
         "Leila Haddad"),
        ("The Jackson visit to the camp was cancelled after Jackson fell ill.", "Jackson"),
        # A surname that is a country's name.
        ("Michael Jordan scored 33 points as Chicago beat Detroit.", "Michael Jordan"),
    ],
)
def test_a_person_stays_a_person(nlp, text, name):
    assert _entity_of(nlp, text, name)[1] == "PERSON"


_PRESS_RELEASE = """TORONTO & BOSTON--(BUSINESS WIRE)--Maplewood Robotics Inc. (TSX: MWR) today announced that it will buy \
Corvane Systems Corp. (NASDAQ: CRVN) for CAD 1.4 billion in cash.
"Corvane brings us the customers we wanted," said Elena Markovic, chief executive of Maplewood.
Maplewood will fund the deal from cash. Corvane shareholders will receive $22 a share.
Sullivan, Pratt, Hendry & Moss is acting as legal counsel to Maplewood Robotics.
"""


@pytest.mark.parametrize(
    "mention, expected",
    [
        ("TORONTO", ("TORONTO", "GPE")),
        ("BOSTON", ("BOSTON", "GPE")),
        ("BUSINESS WIRE", ("BUSINESS WIRE", "ORG")),
        # A company's short forms join its full name, a short form the model typed a person too.
        ("Maplewood", ("Maplewood Robotics Inc.", "ORG")),
        ("Corvane", ("Corvane Systems Corp.", "ORG")),
        ("Sullivan, Pratt, Hendry & Moss", ("Sullivan, Pratt, Hendry & Moss", "ORG")),
        ("Elena Markovic", ("Elena Markovic", "PERSON")),
    ],
)
def test_a_business_wire_release(nlp, mention, expected):
    assert _entity_of(nlp, _PRESS_RELEASE, mention) == expected


def test_tickers_and_currency_codes_are_no_entities(nlp):
    mentions = {m.text for m in extract_entities(nlp(_PRESS_RELEASE)).mentions}
    assert not mentions & {"MWR", "CRVN", "CAD"}, mentions


@pytest.mark.parametrize(
    "text, expected",
    [
        # A body named by its head noun, which the model left untagged.
        ("The General Staff of Moldova's army said the drill was over.", ("General Staff", "ORG")),
    ],
)
def test_a_body_the_model_missed(nlp, text, expected):
    assert expected in typed_entities(nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Six people were treated for burns at Nasser hospital overnight.", "Nasser"),
        ("The wounded were taken to Awda hospital in the north.", "Awda"),
    ],
)
def test_a_building_named_after_someone_is_a_facility(nlp, text, name):
    assert _entity_of(nlp, text, name)[1] == "FAC"


@pytest.mark.parametrize(
    "text, label",
    [
        # A name typed an organisation, only ever where people are, is a place.
        ("A shell hit a tent in Qarara on Friday. Residents of Qarara fled north.", "GPE"),
        # Once acting, it stays an organisation.
        ("A shell hit a tent in Qarara on Friday. Qarara denied the report.", "ORG"),
    ],
)
def test_an_organisation_only_ever_where_people_are_is_a_place(nlp, text, label):
    doc = nlp(text)
    cands = [Candidate(m.start(), m.end(), "Qarara", "ORG") for m in re.finditer("Qarara", text)]
    assert {c.label for c in places_by_role(doc, cands)} == {label}


@pytest.mark.parametrize(
    "text, name, label",
    [
        # the head of an office, named after it: the parse hangs the name on the office
        ("On Tuesday in Goma, the provincial governor, Brig. Gen. Paul Mwamba, met the head of the UN agency's "
         "Goma office, Mariam Coulibaly, to discuss aid routes.", "Mariam Coulibaly", "PERSON"),
        # where analysts work is a firm, whatever the model read
        ("Shares fell 5 per cent by noon.\n\nAnalysts at Jefferies wrote in a note to clients that the results "
         'were "solid but priced in".', "Jefferies", "ORG"),
    ],
)
def test_roles_say_who_is_a_person_and_where_a_role_is_held(nlp, text, name, label):
    assert (name, label) in typed_entities(nlp, text)


@pytest.mark.parametrize(
    "text, name, label",
    [
        # the chairman of a group, named after it: the parse hangs the name on the group
        ("He was also due to meet the chairman of Dangote Group, Aliko Dangote, on Friday.", "Aliko Dangote", "PERSON"),
        # a country's body before the noun of what it is
        ("A rocket struck an open area near the border, lightly injuring three people, Israel’s Magen David Adom "
         "emergency service said.", "Magen David Adom", "ORG"),
        # a title before two names the model left untagged
        ("On Thursday, Merz travelled to Lagos, where he met Governor Babajide Sanwo-Olu and toured the port.",
         "Babajide Sanwo-Olu", "PERSON"),
    ],
)
def test_roles_and_bodies_around_a_name_say_what_it_is(nlp, text, name, label):
    assert (name, label) in typed_entities(nlp, text)


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a company named in full, then by its first word before what only a company has
        ("Bergen-listed Tillvik Sjøfart has agreed to buy the Icelandic trawler operator Grimsvik Utgerd for $1.2 "
         "billion, the two firms said on Monday.\n\nTillvik CEO Maren Holt said the deal would double its catch.",
         "Tillvik Sjøfart", ("Tillvik Sjøfart", "ORG")),
        # and the first word alone is that company
        ("Oslo-listed Kvandal Havbruk will pay NOK 88 per share, a premium of 20 percent. Kvandal shares fell 2 "
         "percent in early trading.", "Kvandal", ("Kvandal Havbruk", "ORG")),
    ],
)
def test_a_company_by_its_first_word_and_what_only_a_company_has(nlp, text, mention, expected):
    assert _entity_of(nlp, text, mention) == expected


def test_a_place_is_not_the_short_form_of_a_coined_name_it_opens(nlp):
    # "Tarsby Tidings" is a company by its coined word; "Tarsby" alone, a place, stays the place
    text = "Tarsby Tidings said the ferry was cancelled.\n\nTarsby has governed itself since 1991."
    doc = nlp(text)
    doc.ents = [doc.char_span(0, 14, label="ORG"), doc.char_span(text.rindex("Tarsby"), text.rindex("Tarsby") + 6,
                                                                   label="GPE")]
    found = extract_entities(doc)
    assert {m.text: found.entities[m.cluster].name for m in found.mentions}["Tarsby"] == "Tarsby"


def test_a_company_given_with_its_legal_form_keeps_its_short_form_beside_a_headlines_longer_name(nlp):
    text = ("Kestrel Infotech Q4 profit rises 9%\n\nBengaluru: Kestrel Infotech Ltd on Thursday reported a 9% rise in "
            "quarterly profit. For next year, Kestrel expects revenue to grow 3-5%.")
    found = extract_entities(nlp(text))
    names = {m.text: found.entities[m.cluster].name for m in found.mentions}
    assert names["Kestrel"] == names["Kestrel Infotech Ltd"]

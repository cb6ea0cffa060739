"""People and bodies named only in the page's margins (bylines, mastheads, credits) are not the story's."""

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities

_STORY = (
    "The harbour board voted on Tuesday to close the northern pier for repairs after divers found cracks "
    "in three of its concrete piles.\n\n"
    "Board chair Miriam Okafor said the work would take about six weeks and cost less than the board had "
    "feared last winter.\n\n"
    "Fishing crews that use the pier will moor at the southern quay until the repairs are done."
)


def _names(nlp, text):
    found = extract_entities(nlp(text))
    return {e.name: e.label for e in found.entities}


@pytest.mark.parametrize(
    "header",
    [
        "Kofi Mensah-Ruiz | 12.03.2027 - Update : 12.03.2027",
        "Tobias Ellery-Nkem, Local Democracy Reporter",
        "Business 04/03/2027 • Tobias Ellery-Nkem",
        "Kofi Mensah-Ruiz (The Harbour Ledger)",
        "By Tobias Ellery-Nkem in Markets on 3 March 2027",
        "Ingrid Solvang in Bergen and Kofi Mensah-Ruiz in Accra",
    ],
)
def test_a_reporter_named_only_in_a_line_above_the_story_is_no_entity(nlp, header):
    names = _names(nlp, f"Harbour board shuts northern pier for repairs\n\n{header}\n\n{_STORY}")
    assert not {"Kofi Mensah-Ruiz", "Tobias Ellery-Nkem", "Ingrid Solvang"} & set(names)
    assert names.get("Miriam Okafor") == "PERSON"


def test_an_outlets_masthead_above_the_story_is_no_entity(nlp):
    names = _names(nlp, f"The Harbour Ledger\n\nHarbour board shuts northern pier\n\n{_STORY}\n\n© The Harbour Ledger 2027")
    assert "The Harbour Ledger" not in names and "Harbour Ledger" not in names


@pytest.mark.parametrize(
    "text, name, label",
    [
        # named in the story too: the byline's reporter is also a source
        (f"Kofi Mensah-Ruiz | 12.03.2027\n\n{_STORY}\n\nKofi Mensah-Ruiz, a diver, said the cracks were old.",
         "Kofi Mensah-Ruiz", "PERSON"),
        # a headline has a finite verb: what it names is the story's
        (f"Lakeside Ferries buys two new boats\n\n{_STORY}", "Lakeside Ferries", "ORG"),
        # records under a label: a match's referee, a press release's contact
        (f"{_STORY}\n\nReferee: Tomas Hallgren (Sweden)", "Tomas Hallgren", "PERSON"),
        (f"{_STORY}\n\nMedia contact:\nIngrid Solvang\npress@example.org", "Ingrid Solvang", "PERSON"),
        # a caption without a verb still ends as a sentence does
        (f"{_STORY}\n\nDiver Ingrid Solvang at the northern pier in March.", "Ingrid Solvang", "PERSON"),
    ],
)
def test_names_of_the_story_around_its_paragraphs_stay(nlp, text, name, label):
    assert _names(nlp, text).get(name) == label


def test_without_a_paragraph_nothing_is_a_margin(nlp):
    assert _names(nlp, "Kofi Mensah-Ruiz | Accra").get("Kofi Mensah-Ruiz") == "PERSON"


def test_an_outlet_named_only_where_the_page_speaks_of_itself_is_the_pages(nlp):
    text = (
        "The Harbour Courier\n"
        "Ferry strike ends after talks\n\n"
        "The ferry strike in Doverport ended on Monday after three days of talks between the operator and the "
        "union, officials said.\n\n"
        "Services will run to the normal timetable from Tuesday morning, the operator Brightsea Lines said in a "
        "statement.\n\n"
        "Become a member of the Harbour Courier to support independent journalism.\n\n"
        "Anna Weller is a senior reporter at the Harbour Courier covering transport.\n\n"
        "© 2027 Harbour Courier. All rights reserved.\n"
    )
    found = typed_entities(nlp, text)
    assert not any("Harbour Courier" in name for name, _ in found)
    assert not any(name == "Anna Weller" for name, _ in found)
    assert ("Brightsea Lines", "ORG") in found


@pytest.mark.parametrize(
    "caption, credited",
    [
        ("The finance minister arrives at a meeting in Osaka on Friday. | Kyodo", "Kyodo"),
        ("Workers on the assembly line at the Derby plant. © Bloomberg", "Bloomberg"),
    ],
)
def test_a_name_only_in_a_pictures_credit_is_no_entity(nlp, caption, credited):
    text = (f"Gearbox maker lifts its forecast\n\n{caption}\n\n"
            "The company raised its profit forecast for the year on Monday after orders for naval vessels "
            "doubled, its chief executive Tom Reed told shareholders.")
    names = {e.name for e in extract_entities(nlp(text)).entities}
    assert credited not in names, names
    assert "Tom Reed" in names, names


def test_a_related_storys_headline_in_title_case_names_no_bodies_by_its_capitals(nlp):
    from transforms.ingest import clean_text

    text = clean_text("Measles cases rose in the south, the health ministry said on Monday.\n\n"
                      "Doctors urged parents to vaccinate their children before the school year.\n\n"
                      "Read also:\nHarbour City Launches National Drive to Vaccinate Pupils\n"
                      "Coastal Clinic Opens New Pediatric Ward for Children\n")
    found = typed_entities(nlp, text)
    assert not any(label in {"ORG", "PERSON"} for _, label in found), found

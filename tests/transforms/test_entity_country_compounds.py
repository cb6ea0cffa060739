"""A country's name inside an organisation's name makes the organisation, not a mention of the country."""

import pytest

from tests.entities import typed_entities


@pytest.mark.parametrize(
    "text, organisation",
    [
        ("The team analysed samples from the UK Biobank and a Dutch cohort.", "UK Biobank"),
        ("Scientists at Arthritis Research UK said the trial worked.", "Arthritis Research UK"),
        ("In the UK, Reform UK leads the polls.", "Reform UK"),
        # the tagger reads the name's first word as a common noun when a role follows the country
        ("Reform UK chairman Zia Yusuf said the party would stand everywhere.", "Reform UK"),
        ("Reform UK leader Nigel Farage toured the seat on Friday.", "Reform UK"),
    ],
)
def test_a_country_inside_a_name_makes_an_organisation(nlp, text, organisation):
    found = typed_entities(nlp, text)
    assert (organisation, "ORG") in found, found


@pytest.mark.parametrize(
    "text, country",
    [
        # an office, a common noun or a person after the country leaves it a country
        ("UK Prime Minister Keir Starmer said the vote would pass.", "United Kingdom"),
        ("UK inflation fell to 3 percent in May.", "United Kingdom"),
        ("Germany coach Julian Nagelsmann named his squad.", "Germany"),
        ("Talks between Russia and Ukraine resumed in Istanbul.", "Ukraine"),
    ],
)
def test_a_country_before_an_office_or_a_common_noun_stays_a_country(nlp, text, country):
    found = typed_entities(nlp, text)
    assert (country, "GPE") in found, found
    assert not any(label == "ORG" for _, label in found), found

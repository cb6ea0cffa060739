"""A body's name runs on through its remit and the country it serves; a city after "in" is where it sits."""

import pytest

from tests.entities import typed_entities
from transforms.entities import extract_entities


@pytest.mark.parametrize(
    "text, name",
    [
        # a remit after "for" or "to", with a list closed by "and"
        ("The trial was paid for by the Harbour Trust and the Global Fund to End Cholera, Typhoid and Polio.",
         "Global Fund to End Cholera, Typhoid and Polio"),
        ("Ayu Lestari, a chemist at the Tanjung Research Center for Marine Toxins, said the samples were clean.",
         "Tanjung Research Center for Marine Toxins"),
        # the country or the region a body serves
        ("The UN Support Mission in Chad said on Friday that 30 aid workers had left the north.",
         "UN Support Mission in Chad"),
        ("The Portuguese Embassy in Ghana said it had issued 200 emergency visas.", "Portuguese Embassy in Ghana"),
        ("Ama Owusu, of the Accra-based Centre for Land Studies in the Sahel, said the drought had emptied wells.",
         "Centre for Land Studies in the Sahel"),
    ],
)
def test_a_bodys_name_runs_on_through_its_remit_and_the_country_it_serves(nlp, text, name):
    assert (name, "ORG") in typed_entities(nlp, text)


def test_a_city_after_in_is_where_the_body_sits(nlp):
    found = typed_entities(nlp, "Kwame Boateng, a fellow at the Centre for Trade Policy in Nairobi, said tariffs would rise.")
    assert ("Centre for Trade Policy", "ORG") in found and ("Nairobi", "GPE") in found


def test_a_list_without_its_closing_and_stays_outside_the_name(nlp):
    found = typed_entities(nlp, "The Centre for Trade Policy, Nairobi, published the figures on Monday.")
    assert ("Centre for Trade Policy", "ORG") in found


def test_a_mission_serving_a_country_is_not_the_body_whose_name_opens_it(nlp):
    text = ("The United Nations Support Mission in Chad said on Friday that 30 aid workers had left the north. "
            "The United Nations has asked donors for more money.")
    found = extract_entities(nlp(text))
    clusters = {m.text: m.cluster for m in found.mentions}
    assert clusters["United Nations Support Mission in Chad"] != clusters["United Nations"]


@pytest.mark.parametrize(
    "text, name",
    [
        # a state's mission abroad is named by its host city too
        ("The Brazilian Embassy in Lusaka said the two nurses were safe.", "Brazilian Embassy in Lusaka"),
        ("The Kenyan High Commission in Kampala issued a travel advisory.", "Kenyan High Commission in Kampala"),
        # named head first, by the state's formal name
        ("The Embassy of the Republic of Korea in Accra said the visit would go ahead.",
         "Embassy of the Republic of Korea in Accra"),
        ("The High Commission of Canada declined to comment on the case.", "High Commission of Canada"),
    ],
)
def test_a_states_mission_abroad_is_named_with_where_it_sits(nlp, text, name):
    assert (name, "ORG") in typed_entities(nlp, text)


def test_a_ministry_named_by_two_portfolios_is_one_body(nlp):
    text = ("Talks ended on Friday, the Ministry of Foreign Affairs and International Trade said in a statement, "
            "adding that a second round would follow.")
    assert ("Ministry of Foreign Affairs and International Trade", "ORG") in typed_entities(nlp, text)


def test_a_ministrys_second_portfolio_the_model_left_untagged_is_part_of_it(nlp):
    text = "Inspectors from the Ministry of Energy and Mines visited the site in March."
    assert ("Ministry of Energy and Mines", "ORG") in typed_entities(nlp, text)


def test_a_body_after_a_ministrys_and_stays_apart(nlp):
    text = "Officials from the Ministry of Health and Oxfam visited the camp."
    assert {("Ministry of Health", "ORG"), ("Oxfam", "ORG")} <= typed_entities(nlp, text)


def test_a_ministrys_portfolio_after_of_the_model_left_untagged_is_part_of_it(nlp):
    text = "The Kordofan State Ministry of Education closed 40 schools on Tuesday."
    assert ("Kordofan State Ministry of Education", "ORG") in typed_entities(nlp, text)


@pytest.mark.parametrize("text, name", [
    # the model tags a word of the remit alone (a person, a body) or nothing at all
    ("Albania's Agency for Roads and Bridges rejected the claim on Monday.", "Agency for Roads and Bridges"),
    ("Moldova's Office for Reintegration and Dialogue said the talks would resume.", "Office for Reintegration and Dialogue"),
])
def test_an_untagged_body_named_by_its_remit_is_whole(nlp, text, name):
    assert (name, "ORG") in typed_entities(nlp, text)

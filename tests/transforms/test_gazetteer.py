import pytest

from transforms.gazetteer import country, country_for_demonym, lookup_place


@pytest.mark.parametrize(
    "text, name, code",
    [
        ("Kyiv", "Kyiv", "UA"),
        ("Kiev", "Kyiv", "UA"),  # an older spelling of the same city
        ("el-Fasher", "El Fasher", "SD"),
        ("Abu Dhabi", "Abu Dhabi", "AE"),
        ("Russian Federation", "Russia", "RU"),
        ("Emirates", "United Arab Emirates", "AE"),
        ("Britain", "United Kingdom", "GB"),
        ("Florida", "Florida", "US"),
        ("New York", "New York City", "US"),
        ("LONDON", "London", "GB"),
    ],
)
def test_place_names_lead_to_one_canonical_place(text, name, code):
    place = lookup_place(text)
    assert place is not None and (place.name, place.country_code) == (name, code)


def test_cities_have_coordinates_and_countries_do_not():
    kyiv = lookup_place("Kyiv")
    assert 50 < kyiv.latitude < 51 and 30 < kyiv.longitude < 31
    assert lookup_place("Ukraine").latitude is None


@pytest.mark.parametrize("text, allow_codes, code", [("U.S.", True, "US"), ("US", True, "US"), ("RUS", True, "RU"),
                                                    ("UK", False, "GB"), ("IN", False, None), ("IN", True, "IN"), ("U.N.", True, None)])
def test_country_codes_count_only_when_asked(text, allow_codes, code):
    place = lookup_place(text, allow_codes=allow_codes)
    assert (place.country_code if place else None) == code


@pytest.mark.parametrize("text", ["White House", "Hamas", "Trump", "Kremlin", "Email"])
def test_ordinary_names_are_not_places(text):
    assert lookup_place(text) is None


@pytest.mark.parametrize(
    "word, expected",
    [("Russian", "Russia"), ("Ukrainian", "Ukraine"), ("Emirati", "United Arab Emirates"),
     ("American", "United States"), ("Russia", None), ("Peskov", None)],
)
def test_country_for_demonym(word, expected):
    assert country_for_demonym(word) == expected


def test_country_by_code():
    assert country("ua").name == "Ukraine"

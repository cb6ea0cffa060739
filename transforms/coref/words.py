"""The words coreference reads: pronouns by gender and number, honorifics, the nouns by which news
refers back to an organisation, a place or a state's body, and the verbs that give a person a role."""

from __future__ import annotations

SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
# Honorifics fix a person's gender whatever the first name; only these few are unambiguous.
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother"})
_FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "madam", "dame", "lady", "queen", "princess", "sister"})
# An antecedent further back than this many sentences is a guess, not a resolution.
_MAX_SENTENCE_DISTANCE = 6
# Bodies of a state, named by its nationality: "the Israeli military" speaks for Israel.
_STATE_NOUNS = frozenset({"government", "military", "army", "navy", "authority", "force", "ministry", "embassy",
                          "administration", "police", "president", "presidency", "cabinet", "parliament"})
# State bodies that speak for the whole state when nothing else names them.
_COUNTRY_BODIES = frozenset({"army", "military", "government", "authority"})
_PLACE_NOUNS = frozenset({"city", "town", "country", "state", "municipality", "region", "province", "village",
                          "county", "nation", "republic", "kingdom"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
# Verbs that give a person a role as complement: "is", "became", "was named", "serves as".
_ROLE_VERBS = frozenset({"be", "become", "remain", "serve", "name", "appoint", "elect", "nominate", "install",
                         "promote", "work", "act"})

"""Closed word classes the entity rules read: small, finite sets that no resource lists for us.

Each set is a closed class of English news vocabulary, not names seen in an article: the verbs
that report a sports result, the roles of a team's players, and the head nouns of the names of
events and prizes.
"""

from __future__ import annotations

# Verbs whose subject and object, in a sentence about a match, are teams ("Ghana beat Mali").
SPORTS_RESULT_VERBS = frozenset({
    "beat", "defeat", "draw", "tie", "lose", "win", "edge", "thrash", "rout", "trounce", "overcome", "eliminate",
    "outplay", "outscore", "play", "face", "host", "meet", "score", "concede", "qualify", "advance", "top", "lead",
    "hold", "equalise", "equalize", "knock",
})
# Nouns that make a sentence one about a game; a war report does not use them ("victory", "defeat",
# "group" and "score" it does).
SPORTS_NOUNS = frozenset({
    "match", "goal", "goals", "cup", "final", "semi-final", "semifinal", "quarter-final", "quarterfinal",
    "tournament", "league", "half-time", "halftime", "penalty", "kick-off", "kickoff", "scoreline", "fixture",
    "innings", "wicket", "touchdown", "stadium", "qualifier", "striker", "goalkeeper", "equaliser", "equalizer",
    "championship",
})
# A team's players and parts: the owner of "'s goalkeeper" is a team, not a state. ("Team", "fans" and
# "manager" are not here: a government has them too.)
TEAM_ROLES = frozenset({
    "goalkeeper", "keeper", "striker", "midfielder", "defender", "winger", "coach", "captain", "squad", "lineup",
    "line-up", "goalscorer", "batsman", "bowler", "pitcher", "quarterback", "fullback", "full-back", "centre-back",
    "center-back", "substitute",
})
# Head nouns of the names of events, contests and prizes: "Booker Prize", "World Cup", "Science
# Fair" name no person, organisation or place.
EVENT_HEADS = frozenset({
    "prize", "prizes", "award", "awards", "cup", "fair", "expo", "championship", "championships", "festival",
    "olympics", "olympiad", "tournament", "marathon", "derby", "regatta", "biennale", "triennale", "trophy",
})
# Head nouns of the names of buildings and structures: "Trump Tower", "Kursk Nuclear Power Plant",
# "Heathrow Airport" are facilities, not the organisations that run them. ("Centre", "Hall",
# "Palace" and "Hospital" are not here: "Pew Research Center" and "City Hall" act as organisations.)
FACILITY_HEADS = frozenset({
    "tower", "towers", "station", "airport", "airfield", "stadium", "arena", "bridge", "plant", "dam", "building",
    "mall", "prison", "street", "avenue", "boulevard", "highway", "motorway", "square", "terminal", "pipeline",
    "refinery", "tunnel",
})
# Nouns that head the names of institutions in English and the languages news quotes names in
# ("Instituto Cervantes", "Banco Santander", "Ministerio Publico", "Deutsche Bank"); first or last in
# a name they make it an organisation's, never a person's. (Surnames that are also such nouns, "Court",
# "Union", "Post", are left out, and so are "AG" and "SA", which are also titles: "AG Mukasey".)
INSTITUTION_HEADS = frozenset({
    "university", "institute", "ministry", "agency", "committee", "council", "party", "foundation",
    "association", "commission", "organization", "organisation", "federation", "authority", "corporation",
    "inc", "ltd", "llc", "plc", "gmbh", "instituto", "istituto", "institut", "universidad",
    "universita", "università", "universitat", "universität", "université", "universite", "banco", "banca",
    "banque", "ministerio", "ministero", "ministère", "ministerium", "partido", "partito", "parti", "partei",
    "fundación", "fundacion", "fondazione", "fondation", "stiftung", "comisión", "commissione", "consejo",
    "consiglio", "conseil", "asociación", "associazione", "tribunal", "tribunale", "escuela", "scuola", "école",
    "hospital", "ospedale", "hôpital", "colegio", "liceo", "lycée", "gruppo", "grupo", "groupe", "compañía",
})

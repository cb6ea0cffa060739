"""Closed word classes the entity rules read: small, finite sets that no resource lists for us.

Each set is a closed class of English news vocabulary, not names seen in an article: the verbs
that report a sports result, the roles of a team's players, and the head nouns of the names of
events and prizes. One set is names: the national news agencies that wire copy credits, a short
list that only breaks a tie the words around a name leave open.
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
# "Heathrow Airport" are facilities, not the organisations that run them. ("Centre", "Hall" and
# "Palace" are not here: "Pew Research Center" and "City Hall" act as organisations.)
FACILITY_HEADS = frozenset({
    "tower", "towers", "station", "airport", "airfield", "stadium", "arena", "bridge", "plant", "dam", "building",
    "mall", "prison", "street", "avenue", "boulevard", "highway", "motorway", "square", "terminal", "pipeline",
    "refinery", "tunnel", "buildings", "palace", "prospekt", "road",
    # a castle, and the Hindi word for a building that names India's government houses ("Raj Bhavan")
    "castle", "bhavan",
})
# Heads of buildings that are surnames too ("Barbara Castle", "Ann Tower").
SURNAMES_OF_BUILDINGS = frozenset({"castle", "tower", "bridge", "street", "square"})
# Ways named by their two ends: "the X-Y road", "the X-Y canal".
ROUTE_NOUNS = frozenset({"road", "highway", "motorway", "railway", "rail", "line", "canal", "pipeline", "corridor",
                         "route"})
# Capitalised words that close the name of a unit of government, never a person's ("Karen State").
UNIT_OF_GOVERNMENT_HEADS = frozenset({"State", "Province", "Region", "District", "County", "Oblast", "Township",
                                      "Governorate"})
# Local units written before their own name in the country's language: the Philippines' "Barangay San Roque",
# "Sitio X" and "Purok X", Malaysia's and Indonesia's "Kampung X", "Desa X", "Kelurahan X", Thailand's
# "Tambon X". The name after the word is the place.
LOCAL_UNITS_BEFORE_NAMES = frozenset({"barangay", "brgy", "sitio", "purok", "kampung", "kampong", "desa", "kelurahan",
                                      "kecamatan", "tambon"})
# Heads no body's name closes on, whatever words go before ("the Union Buildings", "the Government Palace").
BUILDING_ONLY_HEADS = frozenset({"buildings", "building", "palace", "castle", "bhavan"})
# Venues by their last two words ("the Kigali Convention Centre", "the Busan Exhibition Center"): buildings
# where meetings take place, not the bodies that meet in them.
VENUE_KINDS = frozenset({"convention", "conference", "exhibition", "congress"})
VENUE_HEADS = frozenset({"centre", "center", "hall"})
# Words before "House" that name a seat of government as a building ("Government House", "State House");
# "Chatham House" and "Freedom House" are bodies.
SEAT_HOUSE_WORDS = frozenset({"government", "state", "parliament"})
# Heads of the names of seas, rivers and other waters: "Red Sea" is also a state of Sudan, but the model's
# reading of it as a natural place (LOC) is the one news means.
WATER_HEADS = frozenset({"sea", "ocean", "river", "lake", "lakes", "gulf", "bay", "strait", "straits", "canal"})
# Last words of the names of natural places, which no state governs as such ("the Weddell Sea", "the Bab
# el-Mandeb Strait", "the Antarctic Peninsula"). A bay's name is often a town's ("Nelson Mandela Bay"), a
# valley's or islands' a region's ("the Bekaa Valley", "the Natuna Islands"): they are not here.
NATURAL_PLACE_HEADS = frozenset({"sea", "ocean", "river", "lake", "gulf", "strait", "straits", "peninsula",
                                 "desert", "mountains", "canyon", "crater", "glacier", "volcano"})
# Words that make a name a hospital's wherever they stand in it ("Nasser Hospital", "District Hospital
# Lakki Marwat"): news names hospitals as the places the wounded are taken to, a facility.
HOSPITAL_WORDS = frozenset({"hospital", "infirmary"})
# Nouns that head the names of institutions in English and the languages news quotes names in
# ("Instituto Cervantes", "Banco Santander", "Ministerio Publico", "Deutsche Bank"); first or last in
# a name they make it an organisation's, never a person's. (Surnames that are also such nouns, "Court",
# "Union", "Post", are left out, and so are "AG" and "SA", which are also titles: "AG Mukasey".)
INSTITUTION_HEADS = frozenset({
    "university", "institute", "ministry", "agency", "committee", "council", "party", "foundation",
    "association", "commission", "organization", "organisation", "federation", "authority", "corporation",
    "inc", "ltd", "llc", "plc", "gmbh", "observatory", "instituto", "istituto", "institut", "universidad",
    "universita", "università", "universitat", "universität", "université", "universite", "banco", "banca",
    "banque", "ministerio", "ministero", "ministère", "ministerium", "partido", "partito", "parti", "partei",
    "fundación", "fundacion", "fondazione", "fondation", "stiftung", "comisión", "commissione", "consejo",
    "consiglio", "conseil", "asociación", "associazione", "tribunal", "tribunale", "escuela", "scuola", "école",
    "hospital", "ospedale", "hôpital", "colegio", "liceo", "lycée", "gruppo", "grupo", "groupe", "compañía",
    "agence", "agencia", "agenzia", "agentur", "center", "centre", "society",
})
# National news agencies that wire copy credits by their bare name, which the small model reads as a town
# ("Xinhua" is one in Yunnan) or a person ("Yonhap"), often with nothing around them to type them: a name
# here is the agency's unless the sentence puts something in it ("in Xinhua").
WIRE_SERVICES = frozenset({
    "Anadolu", "Kyodo", "Jiji", "Xinhua", "Yonhap", "Interfax", "TASS", "RIA Novosti", "Ukrinform", "WAFA", "IRNA",
    "ISNA", "Bernama", "Antara", "PTI", "ANSA", "EFE", "KCNA", "Lusa", "Belga", "Agerpres", "Notimex", "Prensa Latina",
    "Tanjug",
})
# Head nouns of weapons: the name that modifies one is the weapon's ("Patriot systems", "Storm Shadow
# missiles", "Leopard tanks"); makers of weapons are seldom written this way in news.
WEAPON_HEADS = frozenset({
    "missile", "missiles", "rocket", "rockets", "drone", "drones", "system", "systems", "launcher", "launchers",
    "tank", "tanks", "howitzer", "howitzers", "interceptor", "interceptors", "munition", "munitions", "warhead",
    "warheads", "bomb", "bombs", "torpedo", "torpedoes", "rifle", "rifles", "jet", "jets", "warplane",
    "warplanes", "helicopter", "helicopters",
    "gunship", "gunships", "submarine", "submarines", "frigate", "frigates", "shell", "shells", "artillery",
    "battery", "batteries", "carrier", "carriers",
})
# Nouns between a weapon's name and its head that say what kind it is ("Kalibr cruise missiles").
WEAPON_MODIFIERS = frozenset({
    "cruise", "air", "defence", "defense", "air-defence", "air-defense", "attack", "kamikaze", "ballistic",
    "anti-aircraft", "anti-tank", "anti-ship", "surface-to-air", "battle", "fighter", "combat", "guided",
    "rocket", "missile", "multiple", "launch", "artillery", "tank", "assault", "strike", "hypersonic",
    "long", "medium", "short", "intermediate", "range", "long-range", "medium-range", "short-range",
    "precision", "precision-guided", "unmanned", "aerial", "naval", "main", "heavy", "light", "self-propelled",
})
# Head nouns of products: a modifier of one is often the maker ("Nvidia chips", "Samsung phones"), so
# only a model's shape ("H20 processors", "iPhone sales", "F-16 jets") makes it the product's name.
PRODUCT_HEADS = frozenset({
    "processor", "processors", "chip", "chips", "browser", "browsers", "phone", "phones", "smartphone",
    "smartphones", "handset", "handsets", "laptop", "laptops", "tablet", "tablets", "console", "consoles",
    "car", "cars", "truck", "trucks", "plane", "planes", "airliner", "airliners", "jetliner", "jetliners",
    "engine", "engines", "model", "models", "device", "devices", "software", "version", "update", "vaccine",
    "vaccines", "satellite", "satellites", "terminal", "terminals", "headset", "headsets", "sales", "users",
    "aircraft", "vehicle", "vehicles", "bomber", "bombers",
})
# Verbs whose object is a weapon when it is named like one ("launched Iskander-M", "shot down two
# Shaheds"); "fired" also takes people, hence only for names shaped like a model or counted.
FIRING_VERBS = frozenset({"fire", "launch", "intercept", "down", "shoot", "deploy", "supply", "deliver"})
# Head nouns of the names of laws, taxes, treaties and programmes of law: "the Inflation Reduction
# Act", "the Paris Agreement" name no organisation. ("Programme" is not here: the World Food
# Programme is an agency.)
LAW_HEADS = frozenset({
    "act", "bill", "law", "treaty", "accord", "accords", "agreement", "agreements", "doctrine", "tax",
    "tariff", "tariffs", "amendment", "charter", "directive", "regulation", "ordinance", "statute",
})
# Religions and the peoples and faiths news names like nationalities ("Latino voters", "Sunni
# militias"): groups, not organisations; NORP, as the demonyms are.
PEOPLES = frozenset({
    "islam", "christianity", "judaism", "hinduism", "buddhism", "sikhism", "catholicism", "protestantism",
    "muslim", "christian", "jew", "jewish", "hindu", "buddhist", "sikh", "catholic", "protestant", "evangelical",
    "sunni", "shia", "shiite", "alawite", "druze", "yazidi", "mormon", "orthodox", "latino", "latina", "latinx",
    "hispanic", "arab", "kurd", "pashtun", "baloch", "uyghur", "uighur", "rohingya", "hutu", "tutsi", "roma",
})
# People quoted in the plural from an organisation, which speaks through them: "analysts at X", "researchers
# from X".
STAFF_NOUNS = frozenset({"analyst", "economist", "researcher", "scientist", "strategist", "official", "expert",
                         "spokesman", "spokeswoman", "spokesperson", "lawyer", "doctor", "engineer", "staff"})
# Nouns of an ethnic people after its name: "the Hema and Lendu communities", "Dinka tribesmen".
PEOPLE_GROUP_NOUNS = frozenset({"community", "tribe", "tribesman", "clan", "clansman", "ethnic"})
# The nouns of a nationality's person that are not its adjective or the adjective and "-man", "-woman":
# "the Spaniard", "a Briton". News refers back to a named person by them ("the Dane said").
DEMONYM_NOUNS = frozenset({
    "briton", "brit", "spaniard", "dane", "swede", "pole", "finn", "turk", "scot", "scotsman", "scotswoman",
    "kiwi", "aussie", "filipina", "argentine", "icelander", "new zealander", "luxembourger", "monegasque",
})
# Common nouns by which news names an organisation or refers back to one it named: "X, a rights
# group", "the company said in a statement", "analysts at the bank", "the militia said".
ORG_NOUNS = frozenset({
    "company", "firm", "group", "organisation", "organization", "agency", "party", "campaign", "network",
    "newspaper", "paper", "broadcaster", "bank", "charity", "union", "ministry", "department", "council",
    "committee", "committees", "court", "administration", "office", "army", "military", "police", "university",
    "institute", "commission", "board", "authority", "team", "club", "embassy", "service", "airline", "operator",
    "regulator", "publisher", "studio", "foundation", "association", "federation", "alliance", "coalition",
    "movement", "ngo", "watchdog", "body", "outlet", "channel", "website", "militia", "faction", "force", "forces",
    "government", "lawyers", "doctors", "brigade", "brigades", "front", "monitor", "observatory", "gang",
    "cartel", "syndicate", "outfit", "corporation",
    # what a company makes or does, by which business news refers back to it ("the carmaker said")
    # (not those also said of a person: "a miner", "an investor", "a developer")
    "lender", "insurer", "carrier", "retailer", "manufacturer", "carmaker", "automaker", "drugmaker", "chipmaker",
    "supplier", "exporter", "utility", "conglomerate", "startup", "chain", "fund", "exchange", "maker", "brokerage",
    "consultancy", "bourse",
})

# Titles written before a name and the role noun news uses for the same office afterwards:
# "Justice Jane Doe" is "the judge", "Gov. John Roe" "the governor". A title that is its own
# role noun ("Mayor", "Minister") needs no entry.
TITLE_ROLES = {
    "justice": "judge", "judge": "justice", "gov": "governor", "sen": "senator", "rep": "congressman",
    "congresswoman": "congressman", "congressman": "congresswoman", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "cmdr": "commander", "adm": "admiral",
    "sgt": "sergeant", "dr": "doctor", "prof": "professor", "amb": "ambassador", "supt": "superintendent",
    "insp": "inspector", "det": "detective", "atty": "attorney", "chairwoman": "chairman",
    "chairman": "chairwoman", "chairperson": "chair", "spokeswoman": "spokesperson",
    "spokesman": "spokesperson", "spokesperson": "spokesman",
}
# Titles of offices a person holds that the model reads as bodies when a body's initials open them ("the UN
# Resident Coordinator", "the EU Special Envoy").
OFFICE_TITLES = frozenset({"coordinator", "envoy", "rapporteur", "representative", "secretary", "minister",
                           "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "resident"})
# Ranks of armed forces and police, full and abbreviated: whoever holds one is later "the officer".
OFFICER_RANKS = frozenset({
    "lieutenant", "lt", "captain", "capt", "major", "maj", "colonel", "col", "general", "gen", "brigadier",
    "brig", "commander", "cmdr", "admiral", "adm", "commodore", "inspector", "insp", "superintendent", "supt",
    "commissioner", "lieutenant-colonel", "lieutenant-general", "major-general", "lt-col",
})


# Head nouns of the bodies of a state. News names them without their country ("the Defense Ministry",
# "the Supreme Court") and every country has one, so two articles' "Foreign Ministry" are one body
# only when they are of one country.
STATE_BODIES = frozenset({
    "ministry", "department", "office", "army", "navy", "military", "police", "parliament", "cabinet",
    "government", "court", "forces", "force", "guard", "staff", "service", "council", "assembly", "senate",
    "treasury", "presidency", "embassy", "intelligence", "prosecutor", "committee", "commission",
})
# Portfolios, written between a country and a minister's or secretary's title: "U.S. Treasury
# Secretary X", "British Home Secretary X", "Indian Commerce Minister X".
PORTFOLIOS = frozenset({
    "treasury", "commerce", "trade", "transport", "transportation", "agriculture", "labor", "labour",
    "environment", "housing", "education", "health", "interior", "justice", "defence", "defense", "finance",
    "home", "foreign", "energy", "state", "economy", "culture", "tourism", "industry", "immigration",
    "homeland", "security", "development", "infrastructure", "communications", "information", "fisheries",
    "affairs", "external", "internal", "mines", "petroleum", "water", "planning", "science", "technology", "youth",
    "sport", "sports", "welfare", "revenue", "budget",
})
# What a leader's surname names before it: "the Meloni government", "the Biden administration", "the
# Merkel era". (A party does too, "the Labour government": see POLITICAL_FAMILIES.)
LEADER_NOUNS = frozenset({
    "government", "administration", "cabinet", "presidency", "premiership", "era", "regime", "years",
    "doctrine", "reforms",
})
# Who speaks for a body, a seat of power too: "a Downing Street spokesman", "Elysee officials".
VOICE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "statement", "aide",
                         "adviser", "advisor", "press"})
# Prepositions of being inside somewhere: what follows them is a place ("garrisons in Kordofan", "the blast
# near X"); "from", "to" and "at" also take outlets, firms and people ("from Bloomberg", "a letter to X").
INSIDE_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "across", "into", "towards", "toward"})
# Nouns of a stance toward someone, which take "in" before a person too: "confidence in X", "faith in X".
STANCE_NOUNS = frozenset({"confidence", "faith", "trust", "belief", "interest", "stake", "pride"})
# Seats of power news names for the office that sits there ("the Kremlin said", "talks at the White
# House"): the office, a body, wherever the sentence puts it.
SEATS_OF_POWER = frozenset({"white house", "kremlin", "pentagon", "downing street", "élysée", "elysee",
                            "élysée palace", "elysee palace", "zhongnanhai", "blue house", "kantei", "akorda",
                            "itamaraty", "planalto", "casa rosada", "miraflores",
                            "bankova", "moncloa", "aso rock", "quirinale", "palazzo chigi"})
# The proper names of legislatures and their chambers, as English news writes them untranslated: a
# closed class (one or two per state), which the small model reads as places ("passed by the Sejm").
LEGISLATURES = frozenset({
    "bundestag", "bundesrat", "landtag", "nationalrat", "sejm", "senat", "knesset", "state duma", "duma",
    "verkhovna rada", "rada", "storting", "stortinget", "riksdag", "riksdagen", "folketing", "folketinget",
    "eduskunta", "althing", "alþingi", "saeima", "seimas", "riigikogu", "sabor", "skupština", "skupstina",
    "národní rada", "országgyűlés", "sobranie", "sobranje", "vouli", "tweede kamer", "eerste kamer",
    "cortes", "cortes generales", "les corts", "corts valencianes", "congreso", "assembleia da república",
    "oireachtas", "dáil", "dáil éireann", "dail", "seanad", "seanad éireann", "senedd", "lok sabha",
    "rajya sabha", "vidhan sabha", "jatiya sangsad", "majlis", "majles", "shura council", "dewan rakyat",
    "dewan negara", "hluttaw", "pyidaungsu hluttaw", "wolesi jirga", "meshrano jirga", "loya jirga",
    "jogorku kenesh", "mazhilis", "oliy majlis", "great khural", "milli majlis", "mejlis", "legislative yuan",
    "national diet", "kuvendi", "lagting", "løgting", "inatsisartut", "stormont",
})
# Chambers and offices news names by one common word after "the", capitalised: "the Commons voted",
# "the Presidency said" (a head of state's office).
LEGISLATURE_NICKNAMES = frozenset({"commons", "lords", "diet", "presidency", "chancellery"})
# Seats of power news also names by a number or a nickname: one office under both names.
SEAT_NICKNAMES = {"No 10": "Downing Street", "No. 10": "Downing Street", "Number 10": "Downing Street"}
# Names of political families written like a surname before "government": no person's.
POLITICAL_FAMILIES = frozenset({
    "tory", "tories", "labour", "labor", "conservative", "liberal", "socialist", "communist", "green", "greens",
    "democratic", "republican", "nationalist", "unionist", "coalition", "junta", "military", "transitional",
})
# Words a state body's name can shed without naming another body ("Ministry of Foreign Affairs" is the
# "Foreign Ministry").
STATE_BODY_FILLERS = frozenset({"of", "the", "and", "for", "affairs"})

# Verbs whose object is a place, whatever the model typed it: "shelled Vasylivka", "captured Bilohirka".
# Verbs whose "in" takes a thing, a body or a medium rather than a place: "invested in X", "took part
# in X", "wrote in X", "starred in X".
IN_OBJECT_VERBS = frozenset({
    "invest", "participate", "engage", "involve", "believe", "result", "succeed", "specialise", "specialize",
    "trade", "deal", "join", "persist", "indulge", "share", "interest", "consist", "take", "write", "say",
    "publish", "post", "tell", "report", "appear", "quote", "cite", "argue", "note", "comment", "tweet",
    "state", "announce", "print", "feature", "air", "broadcast", "star", "compete", "play", "enrol", "enroll",
    "list", "rank", "buy", "sell", "hold", "own", "acquire", "stake",
})
# Verbs of going, whose "to" names where: "fled to X", "flights were diverted to X".
GOING_VERBS = frozenset({
    "divert", "travel", "fly", "return", "relocate", "evacuate", "deploy", "escape", "transfer", "go", "come",
    "sail", "airlift", "redeploy", "reroute",
})
# Local facilities news names after the place they serve: "the Dorsi police station", "the Kalma
# checkpoint", "the Zamzam camp" (a station is a place's with "police", "fire" or "bus" before it).
PLACE_FACILITY_HEADS = frozenset({"checkpoint", "outpost", "camp", "market", "crossing", "airport", "airfield"})
PLACE_STATION_KINDS = frozenset({"police", "fire", "bus", "railway", "train"})
PLACE_TAKING_VERBS = frozenset({
    "shell", "bomb", "storm", "capture", "seize", "liberate", "encircle", "besiege", "evacuate", "recapture",
    "overrun", "bombard",
})

# Kinds of weapon written before their head noun ("Lancet loitering munitions", "glide bombs").
WEAPON_MODIFIERS = WEAPON_MODIFIERS | {"loitering", "glide", "gliding", "suicide", "fpv", "first-person-view"}
# Trades that close a company's or a charity's name ("Orravel Therapeutics", "Measles Lab").
INSTITUTION_HEADS = INSTITUTION_HEADS | {"lab", "labs", "therapeutics", "biosciences", "biotherapeutics"}

# Last words of company names that say what the company does ("Norvane Energy", "Halden Therapeutics",
# "Brixby Aerospace"): news shortens such a name to its first word as it does one with a legal form.
# Words after a name that make it an area holding villages: "Marjayoun district", "Tabayin Township",
# "X, Swat district".
AREA_OF_VILLAGES_WORDS = frozenset({"district", "territory", "township", "county", "governorate", "province", "region",
                                    "raion", "hromada", "tehsil", "oblast", "krai", "prefecture", "state"})
# Trade words no surname is: "Dell Technologies", "Rhoda Holdings", "Halvard Shipping" (but "Samantha
# Power", "Danielle Steel").
NO_SURNAME_TRADE_WORDS = frozenset({
    "holdings", "systems", "networks", "communications", "pharmaceuticals", "therapeutics", "investments",
    "partners", "ventures", "airlines", "motors", "foods", "brands", "shipping", "mining", "minerals", "lines",
    "logistics", "telecom", "pharma", "biotech", "petroleum", "entertainment", "engineering", "aerospace",
    "automotive", "robotics", "semiconductor", "semiconductors", "chemicals", "diagnostics", "electronics",
    "materials", "textiles", "renewables", "freight", "payments", "analytics", "biosciences", "technologies",
})
BUSINESS_HEADS = frozenset({
    "aerospace", "airlines", "airways", "automotive", "biosciences", "biotech", "brands", "capital", "chemicals",
    "communications", "energy", "engineering", "entertainment", "financial", "foods", "holdings", "industries",
    "insurance", "investments", "logistics", "media", "medical", "minerals", "mining", "motors", "networks",
    "oil", "petroleum", "pharma", "pharmaceuticals", "power", "resources", "retail", "robotics", "semiconductor",
    "shipping", "steel", "systems", "technologies", "telecom", "therapeutics", "utilities", "ventures",
    "lines", "diagnostics", "biologics", "biopharma", "genomics", "vaccines", "electronics", "materials",
    "textiles", "renewables", "freight", "payments", "analytics", "semiconductors", "battery", "batteries",
})

# Portfolios and institutions named by a common noun; alone, capitalised, they are no name.
GENERIC_INSTITUTION_WORDS = frozenset({
    "state", "church", "education", "energy", "health", "interior", "justice", "defence", "defense", "finance",
    "home",
})

# Words of scope or standing that open many bodies' names ("National News Agency", "United Press"); left
# alone as a short form they would name every such body.
SCOPE_WORDS = frozenset({
    "national", "international", "united", "central", "federal", "general", "global", "royal", "public",
    "state", "popular", "democratic", "independent", "new", "world", "regional", "continental", "associated",
})

# Nouns of armed and political groups whose name news writes before them ("the Wagner group", "Jihad fighters").
GROUP_NOUNS = frozenset({"gang", "coalition", "group", "party", "militia", "faction", "movement", "brigade",
                         "brigades", "alliance", "network", "cartel", "insurgency", "rebels", "mercenaries", "fighters",
                         "militants", "insurgents", "jihadists", "commandos", "guerrillas", "paramilitaries"})
# Units of an army that news names by a number: "the 47th Mechanized Brigade", "the 444 Combat Brigade".
MILITARY_UNITS = frozenset({"brigade", "division", "battalion", "regiment", "corps", "squadron", "army", "fleet",
                            "flotilla", "detachment"})
# What a group calls the bodies it speaks or fights through: "its media arm, X", "the group's armed wing, X".
ARMS_OF_GROUPS = frozenset({"arm", "wing", "affiliate", "offshoot", "branch", "outlet", "mouthpiece", "faction"})

# Honorifics only a person is given, whatever the name after them: "Mr Xandri-Moyo".
PERSONAL_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
# Nouns that say a name is a person's: in apposition ("X, a resident of the town") or before it
# ("spokesperson He Lan").
PERSON_NOUNS = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "official", "minister", "resident", "analyst", "economist",
    "researcher", "scientist", "professor", "director", "chief", "head", "leader", "commander", "officer",
    "lawyer", "doctor", "witness", "activist", "member", "lawmaker", "senator", "adviser", "advisor",
    "ambassador", "envoy", "governor", "mayor", "president", "secretary", "chairman", "chairwoman", "executive",
    "founder", "student", "teacher", "farmer", "worker", "mother", "father", "son", "daughter", "survivor",
    "nurse", "journalist", "reporter", "editor", "author", "expert", "representative", "deputy", "aide",
    "coordinator", "manager", "negotiator", "prosecutor", "judge", "general", "colonel", "captain", "strategist",
    "villager", "vendor", "trader", "shopkeeper", "driver", "fisherman", "volunteer", "engineer", "soldier",
    "pilot", "priest", "imam", "pastor", "lecturer", "owner", "mother-of-two", "grandmother", "widow", "source",
})
# Words that close the names of news outlets and no person's name: "X Online", "X News", "X TV",
# "The X Times". ("Post" and "Press" are surnames too.)
OUTLET_NAME_HEADS = frozenset({
    "online", "news", "tv", "radio", "times", "daily", "herald", "tribune", "journal", "gazette", "media",
    "express", "observer", "chronicle", "telegraph", "insider", "weekly", "newswire", "broadcasting", "standard",
    "gazeta",
})
# Diseases that outbreaks make news of, which a headline capitalises and the model reads as bodies or
# people ("Cholera spreads in ..."): common nouns, no names.
DISEASES = frozenset({
    "cholera", "malaria", "measles", "dengue", "ebola", "mpox", "monkeypox", "polio", "diphtheria", "typhoid",
    "tuberculosis", "influenza", "flu", "covid", "covid-19", "nipah", "marburg", "zika", "chikungunya", "lassa",
    "anthrax", "rabies", "meningitis", "hepatitis", "yellow fever", "bird flu", "avian influenza", "leprosy",
    "plague", "smallpox", "pertussis", "mumps", "rubella", "scabies", "leishmaniasis", "oropouche",
})
# Posts on a border named after the place they stand in: "the Kfar Aziz crossing", "the Tel Nof checkpoint".
BORDER_POSTS = frozenset({"crossing", "checkpoint"})
# Nouns of an armed group's members, after the group's name: "X militants", "X fighters".
FIGHTERS = frozenset({"militant", "fighter", "rebel", "insurgent", "jihadist", "guerrilla", "gunman", "militiaman"})
# A state called by its form of government alone, which news capitalises for one it means ("the Kingdom").
STATES_BY_THEIR_FORM = frozenset({"Kingdom", "Republic", "Emirate", "Sultanate", "Federation", "Principality"})
# Roles news writes before a name that nameparser does not list as titles: "Hamas official X".
ROLE_NOUNS = frozenset({"official", "counterpart", "lawmaker", "legislator", "negotiator", "envoy", "activist", "analyst",
                        "economist", "researcher", "aide", "adviser", "advisor", "strategist", "campaigner",
                        # the people of an election: "presidential candidate X", "GOP hopeful X"
                        "candidate", "nominee", "hopeful", "contender", "challenger", "frontrunner",
                        "front-runner", "incumbent",
                        # police ranks nameparser lacks: "Superintendent of Police X"
                        "superintendent", "inspector"})

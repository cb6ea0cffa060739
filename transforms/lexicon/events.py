"""Trigger words of each PLOVER type and the word classes the other steps read."""

import re

# Verb and noun lemmas that state an event of each PLOVER type, written from the category
# definitions of the PLOVER manual (Open Event Data Alliance, 0.7) and the CAMEO cue categories it
# collapses: each list names the acts its definition names. REQUEST is not a PLOVER category;
# demands, orders and calls on a party are DEMAND. ACCUSE merges the older DISAPPROVE and
# INVESTIGATE. ASSAULT covers PLOVER's ASSAULT and FIGHT (all use of force): its modes abduct,
# beat, torture, execute, sexual violence, assassinate, destroy property, firearms, explosives,
# suicide attacks and heavy weapons, and the fights, invasions, occupations and blockades of FIGHT.
TRIGGERS: dict[str, dict[str, frozenset[str]]] = {
    # Agree to, offer, promise or commit to cooperate; promises to sign or ratify.
    "AGREE": {"VERB": frozenset({"agree", "sign", "pledge", "promise", "offer", "vow", "commit", "accept"}),
              "NOUN": frozenset({"agreement", "accord", "treaty", "deal", "pledge", "pact", "offer"})},
    # Meetings, visits, hosting, consultation by phone, talks, discussions, negotiations, mediation.
    "CONSULT": {
        "VERB": frozenset({"meet", "negotiate", "visit", "consult", "confer", "host", "discuss", "mediate",
                           "speak", "talk", "phone", "telephone", "call", "receive", "welcome", "travel"}),
        "NOUN": frozenset({"talk", "talks", "negotiation", "meeting", "summit", "visit", "consultation",
                           "discussion", "dialogue", "contact", "conversation", "call", "mediation", "trip",
                           "tour", "lunch", "luncheon", "dinner", "breakfast", "banquet"}),
    },
    # Express support, commend, approve, endorse, recognise, ratify, sign or finalize an agreement.
    "SUPPORT": {"VERB": frozenset({"support", "praise", "endorse", "commend", "approve", "ratify", "recognize",
                                   "establish", "open", "defend",
                                   "recognise", "back", "hail", "applaud", "laud", "congratulate"}),
                "NOUN": frozenset({"endorsement", "support", "praise", "recognition", "ratification", "approval"})},
    # Verbal concessions: ease or lift restrictions or curfews, pardon, amnesty, regret, declared
    # (not yet implemented) ceasefires and withdrawals.
    "CONCEDE": {"VERB": frozenset({"concede", "apologize", "apologise", "ease", "lift", "relax", "allow", "permit",
                                   "pardon", "regret", "yield", "compromise", "forgive"}),
                "NOUN": frozenset({"concession", "apology", "amnesty", "pardon", "compromise"})},
    # Mutual material cooperation: economic exchange, joint military games, judicial matters
    # (extraditions), shared intelligence.
    "COOPERATE": {"VERB": frozenset({"cooperate", "collaborate", "extradite", "share"}),
                  "NOUN": frozenset({"cooperation", "partnership", "alliance", "extradition", "collaboration",
                                     "exercise", "drill", "maneuver", "manoeuvre", "game"})},
    # Material aid to the recipient: money, loans, grants, arms, personnel, humanitarian aid, asylum.
    "AID": {"VERB": frozenset({"donate", "assist", "aid", "provide", "grant", "lend", "supply", "fund", "finance",
                             "give", "send"}),
            "NOUN": frozenset({"aid", "assistance", "donation", "grant", "loan", "asylum", "relief", "funding"})},
    # Material yielding: release of prisoners or hostages, repatriation, return of property,
    # access for observers, disarming, ceasefires observed, retreat from territory, resignations.
    "RETREAT": {"VERB": frozenset({"withdraw", "retreat", "evacuate", "release", "free", "repatriate", "disarm",
                                   "resign", "cede", "surrender", "open"}),
                "NOUN": frozenset({"withdrawal", "retreat", "evacuation", "swap", "release", "resignation",
                                   "repatriation", "disarmament", "surrender"})},
    # Demands and orders, stronger than a request or appeal.
    "DEMAND": {"VERB": frozenset({"demand", "urge", "order", "insist", "press", "request", "appeal", "ask", "seek",
                                 "say", "announce", "conclude", "declare", "state", "tell", "reiterate"}),
               "NOUN": frozenset({"demand", "request", "appeal", "plea", "order", "call"})},
    # Disapprove, object, complain, condemn, criticize, accuse, allege, charge, sue, investigate.
    "ACCUSE": {"VERB": frozenset({"accuse", "blame", "condemn", "denounce", "criticize", "criticise", "allege",
                                  "charge", "sue", "investigate", "probe", "decry", "complain", "deplore",
                                  "object", "disapprove"}),
               "NOUN": frozenset({"accusation", "condemnation", "criticism", "allegation", "charge", "lawsuit",
                                  "investigation", "probe", "complaint", "inquiry"})},
    # Rejections and refusals: refuse to meet, to change policy, to release, to stop fighting;
    # defy or resist laws; veto.
    "REJECT": {"VERB": frozenset({"reject", "refuse", "veto", "dismiss", "decline", "rebuff", "spurn", "oppose",
                                  "defy", "resist", "deny", "rule"}),
               "NOUN": frozenset({"rejection", "refusal", "veto", "denial"})},
    # Threats and coercive warnings, ultimatums.
    "THREATEN": {"VERB": frozenset({"threaten", "warn"}), "NOUN": frozenset({"threat", "ultimatum", "warning"})},
    # Civilian demonstrations and collective action: rallies, marches, riots, strikes, hunger strikes,
    # boycotts, obstruction.
    "PROTEST": {"VERB": frozenset({"protest", "demonstrate", "rally", "march", "riot", "picket", "block"}),
                "NOUN": frozenset({"protest", "demonstration", "rally", "march", "riot", "sit-in", "protester", "strike",
                                   "demonstrator"})},
    # Reduced relations: cut or break ties, recall or expel diplomats, cancel meetings, end talks,
    # cut aid, embargo, boycott, sanctions, rulings against a party.
    "SANCTION": {"VERB": frozenset({"sanction", "embargo", "expel", "boycott", "sever", "cancel", "suspend",
                                    "recall", "freeze", "cut", "convict", "halt", "end", "stop", "reduce", "terminate",
                                    "prohibit", "withhold"}),
                 "NOUN": frozenset({"sanction", "embargo", "boycott", "expulsion", "suspension", "cancellation"})},
    # Military or police moves short of force: troops, weapons readiness, security units.
    "MOBILIZE": {"VERB": frozenset({"mobilize", "mobilise", "deploy", "mass", "amass", "reinforce", "station",
                                    "strengthen", "boost", "bolster"}),
                 "NOUN": frozenset({"mobilization", "mobilisation", "deployment", "buildup", "build-up",
                                    "reinforcement", "alert", "exercise", "drill", "maneuver", "manoeuvre", "game"})},
    # Repression: arrest, detain, charge, imprison, deport, confiscate, ban, censor, curfews, martial law.
    "COERCE": {"VERB": frozenset({"arrest", "detain", "imprison", "deport", "jail", "confiscate", "ban", "censor",
                                  "crack", "sentence", "round", "impose"}),
               "NOUN": frozenset({"arrest", "detention", "deportation", "curfew", "crackdown", "ban", "censorship",
                                  "imprisonment"})},
    "ASSAULT": {
        "VERB": frozenset({"attack", "strike", "shell", "bomb", "bombard", "hit", "target", "launch", "fire",
                           "hammer", "pound", "assault", "raid", "storm", "ambush", "massacre", "shoot", "kill",
                           "stab", "abduct", "kidnap", "hijack", "torture", "execute", "assassinate", "beat",
                           "rape", "abuse", "murder", "behead", "invade", "occupy", "capture", "seize",
                           "besiege", "blockade", "clash", "fight", "detonate", "explode", "down", "intercept", "drop",
                           "destroy", "rain", "slam", "throw", "hurl", "lob", "set", "torch", "crash", "land", "push", "advance", "overrun",
                           "recapture", "retake", "exchange", "open", "oust", "blow", "go", "damage"}),
        "NOUN": frozenset({"attack", "strike", "airstrike", "shelling", "bombing", "bombardment", "barrage",
                           "assault", "raid", "killing", "explosion", "blast", "massacre", "ambush", "shooting",
                           "clash", "fighting", "battle", "firefight", "gunfight", "gunbattle", "shootout", "skirmish",
                           "invasion", "incursion", "offensive", "siege", "assassination", "torture",
                           "kidnapping", "abduction", "hijacking", "cleansing", "genocide", "downing",
                           "interception", "murder", "stabbing", "beating", "gunfire", "detonation",
                           "occupation", "blockade"}),
    },
}
# Verbs that state an attack only with a weapon or a party as subject or object ("prices hit a
# record" is no attack; "a drone hit the embassy" is).
WEAK_ASSAULT_VERBS = frozenset({"oust", "hit", "target", "launch", "fire", "hammer", "pound", "kill", "destroy", "down",
                                "intercept", "capture", "seize", "recapture", "retake", "occupy", "overrun",
                                "advance", "fight", "clash", "invade", "besiege", "blockade", "execute"})
# What is fired, dropped or launched: the subject of "rained on", "slammed into", "exploded".
MUNITIONS = frozenset({"drone", "missile", "rocket", "shell", "bomb", "mortar", "projectile", "munition", "shahed",
                       "grenade", "bullet", "explosive", "device", "uav", "warhead", "round", "shot", "gunshot"})
# Who fights: armed parties whose acts of force are attacks.
ARMED = frozenset({"troop", "force", "army", "military", "soldier", "militant", "fighter", "gunman", "rebel",
                   "bomber", "attacker", "assailant", "sniper", "shooter", "kidnapper", "raider",
                   "insurgent", "militia", "guerrilla", "jihadist", "terrorist", "paratrooper", "marine",
                   "commando", "unit", "brigade", "battalion", "navy", "jet", "warplane", "aircraft", "helicopter",
                   "tank", "artillery"})
WEAPONS = MUNITIONS | ARMED
# Words naming a state's rulers, whose attacks are the state's: "a regime airstrike", "the junta's jets".
STATE_FORCES = frozenset({"regime", "junta"})
# Verbs whose subject or object must be a munition: "shells rained on the town", "a rocket slammed into a
# block", "a bomb exploded", "threw a grenade"; "prices crashed", "the plane landed" state no attack.
MUNITION_VERBS = frozenset({"rain", "slam", "crash", "land", "explode", "detonate", "drop", "throw", "hurl", "lob"})
# Verbs of harm to things that state an attack only with a weapon or an armed party as their subject: "an
# explosive device damaged a patrol car"; "the storm damaged roofs" states none.
ARMED_SUBJECT_VERBS = frozenset({"damage"})
# Light verbs with the force noun they take: "exchanged fire", "opened fire", "set fire to a warehouse".
LIGHT_VERB_OBJECTS = {"open": frozenset({"fire"}), "exchange": frozenset({"fire", "gunfire", "shot", "blow"}),
                      "set": frozenset({"fire"})}
# "struck a deal", "striking a balance": objects that make "strike" no attack.
NOT_ATTACKED = frozenset({"deal", "agreement", "accord", "bargain", "balance", "tone", "note", "chord", "compromise",
                          "pact", "pose", "blow", "match", "gold", "oil", "nerve"})
# Disasters strike and hit too: "the earthquake struck the region" is no attack.
DISASTERS = frozenset({"earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "flood", "tornado",
                       "lightning", "disaster", "tragedy", "pandemic", "wave", "tsunami", "landslide", "fire",
                       "blaze", "drought", "crisis", "recession", "virus", "outbreak", "heatwave"})
# Modifiers that make a strike or a battle a labour action or a dispute, not force.
NOT_FORCE_MODIFIERS = frozenset({"hunger", "general", "labor", "labour", "worker", "workers", "national",
                                 "nationwide", "teacher", "rail", "student", "sit", "legal", "political", "court",
                                 "custody", "diplomatic", "verbal", "trade", "price", "warning", "day", "doctor",
                                 "transport", "public", "union"})
# Force stated over a span rather than on a day ("Russia's invasion of Ukraine", "the occupation"):
# an attack of the day only with a toll of its own.
DURATIVE_ASSAULT = frozenset({"invasion", "occupation", "siege", "blockade", "occupy", "besiege"})
# People: whom one executes, beats or abuses.
PEOPLE = frozenset({"people", "person", "civilian", "prisoner", "man", "woman", "child", "soldier", "villager",
                    "resident", "protester", "journalist", "activist", "member", "worker", "hostage", "officer",
                    "detainee", "immigrant", "migrant", "refugee", "student", "teenager", "boy", "girl", "family"})
# What is cut when relations are reduced: aid, supplies, mediation, talks, trade (SANCTION).
_REDUCED_TIES = frozenset({"aid", "supply", "mediation", "relation", "tie", "talk", "talks", "cooperation", "trade",
                           "export", "import", "flight", "funding", "assistance", "contact", "effort", "negotiation",
                           "dialogue", "shipment", "delivery"})
# Verbs of one type that state it only with one of these objects or particles.
REQUIRED_OBJECTS: dict[tuple[str, str], frozenset[str]] = {
    ("AID", "provide"): frozenset({"aid", "assistance", "weapon", "arm", "ammunition", "fund", "funding", "loan",
                                   "money", "food", "medicine", "equipment", "support", "shelter", "asylum", "help",
                                   "supply", "vaccine", "fuel", "credit", "grant", "relief", "missile", "system"}),
    ("AID", "grant"): frozenset({"asylum", "aid", "loan", "credit", "fund", "money", "assistance", "relief"}),
    ("AID", "supply"): frozenset({"weapon", "arm", "ammunition", "aid", "food", "fuel", "equipment", "missile",
                                  "medicine", "system"}),
    ("SANCTION", "cut"): frozenset({"tie", "relation", "aid", "funding", "contact", "link", "supply", "export",
                                    "import", "trade"}),
    ("SANCTION", "suspend"): frozenset({"relation", "tie", "aid", "talk", "talks", "cooperation", "membership",
                                        "export", "import", "trade", "flight", "funding", "agreement"}),
    ("SANCTION", "recall"): frozenset({"ambassador", "envoy", "diplomat", "emissary"}),
    ("SANCTION", "freeze"): frozenset({"asset", "aid", "relation", "fund", "account", "tie", "funding"}),
    ("SANCTION", "cancel"): frozenset({"visit", "meeting", "talk", "talks", "summit", "trip", "agreement", "deal",
                                       "contract", "treaty", "negotiation", "session"}),
    **{("SANCTION", verb): _REDUCED_TIES for verb in ("halt", "end", "stop", "reduce", "terminate", "prohibit",
                                                      "withhold")},
    ("COOPERATE", "share"): frozenset({"intelligence", "information", "evidence", "data", "technology"}),
    ("RETREAT", "free"): PEOPLE | frozenset({"hostage", "captive"}),
    ("RETREAT", "open"): frozenset({"border", "crossing", "bridge", "corridor", "airspace", "checkpoint", "port",
                                    "frontier", "road"}),
    ("SUPPORT", "establish"): frozenset({"tie", "relation", "relationship"}),
    ("SUPPORT", "open"): frozenset({"embassy", "consulate", "mission"}),
    ("SUPPORT", "defend"): frozenset({"right", "decision", "policy", "action", "move", "plan", "deal"}),
    ("AID", "give"): frozenset({"aid", "grant", "loan", "assistance", "money", "fund", "weapon", "arm", "asylum",
                                "credit", "help", "support", "shelter"}),
    ("AID", "send"): frozenset({"aid", "assistance", "supply", "food", "medicine", "weapon", "arm", "ammunition",
                                "relief", "help", "equipment", "fuel"}),
    ("DEMAND", "seek"): frozenset({"asylum", "refuge", "shelter", "protection", "compensation", "extradition"}),
    ("PROTEST", "block"): frozenset({"road", "street", "highway", "bridge", "entrance", "railway", "access",
                                     "traffic", "route", "port", "border", "crossing"}),
    ("MOBILIZE", "strengthen"): frozenset({"force", "troop", "presence", "defence", "defense", "military",
                                           "garrison", "army"}),
    ("MOBILIZE", "boost"): frozenset({"force", "troop", "presence", "defence", "defense", "military", "garrison"}),
    ("MOBILIZE", "bolster"): frozenset({"force", "troop", "presence", "defence", "defense", "military",
                                        "garrison"}),
    ("RETREAT", "release"): PEOPLE | frozenset({"hostage", "captive", "prisoner"}),
}
REQUIRED_PARTICLES: dict[tuple[str, str], frozenset[str]] = {
    ("COERCE", "crack"): frozenset({"down"}),
    ("COERCE", "round"): frozenset({"up"}),
    ("REJECT", "rule"): frozenset({"out"}),
    ("DEMAND", "call"): frozenset({"for", "on", "upon"}),
    ("DEMAND", "press"): frozenset({"for"}),
    ("ASSAULT", "push"): frozenset({"across", "into", "toward", "towards", "through", "deeper", "forward"}),
    ("ASSAULT", "blow"): frozenset({"up"}),
}
# Future-tense acts of each side coded as intentions (PLOVER: "all cooperative actions reported in
# future tense are taken to imply intentions" are AGREE; threats to impose, restrict, expel, strike,
# mobilize or use force are THREATEN).
INTENTIONS = {"SUPPORT": "AGREE", "AID": "AGREE", "RETREAT": "AGREE", "COOPERATE": "AGREE", "CONCEDE": "AGREE",
              "COERCE": "THREATEN", "SANCTION": "THREATEN", "PROTEST": "THREATEN", "MOBILIZE": "THREATEN",
              "ASSAULT": "THREATEN"}
# Reporting verbs that state a demand when what is reported is an obligation: "said Sudan must return".
DEMAND_REPORTING = frozenset({"say", "announce", "conclude", "declare", "state", "tell", "reiterate"})
OBLIGATION = frozenset({"must", "should"})
# Drills and war games: COOPERATE when joint, MOBILIZE when one side's show of force.
EXERCISES = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "game"})
MILITARY_MODIFIERS = frozenset({"military", "naval", "war", "air", "army", "joint", "live", "nuclear", "missile"})
# Parties that talk: who one calls, hosts, receives or speaks with.
PERSON_ROLES = frozenset({"president", "minister", "leader", "delegation", "counterpart", "envoy", "king", "prince",
                          "chancellor", "premier", "official", "secretary", "ambassador", "diplomat",
                          "representative", "negotiator", "emir", "sheikh", "monarch", "pope", "mediator",
                          "head", "chief", "governor", "mayor", "senator", "prime", "boss", "executive",
                          "commander", "lawmaker"})
# Remote contact: "spoke by phone", "in a video call".
REMOTE = frozenset({"phone", "telephone", "videoconference", "videolink"})
# Verbs over an infinitive or object event that state it was refused, threatened or called off:
# "refused to meet", "threatened to shell", "cancelled a visit" (REJECT, THREATEN, SANCTION events).
REFUSALS = frozenset({"refuse", "decline", "reject", "cancel", "scrap", "threaten", "warn", "vow", "deny",
                      "oppose", "rule", "call", "block", "prevent", "obstruct", "thwart", "veto",
                      "boycott"})
MODES: dict[str, str] = {
    "drone": "drone", "shahed": "drone", "uav": "drone", "missile": "missile", "rocket": "missile",
    "airstrike": "aerial", "warplane": "aerial", "jet": "aerial", "aircraft": "aerial", "helicopter": "aerial",
    "shell": "shelling", "shelling": "shelling", "artillery": "shelling", "mortar": "shelling",
    "gun": "firearms", "gunfire": "firearms", "gunman": "firearms", "shooting": "firearms", "shoot": "firearms",
    "rifle": "firearms", "sniper": "firearms", "bomb": "explosives", "bombing": "explosives",
    "explosive": "explosives", "explosion": "explosives", "blast": "explosives", "grenade": "explosives",
    "knife": "melee", "stab": "melee",
}
# An attack mentioned as paused, halted or prevented did not happen.
SUPPRESSORS = frozenset({"pause", "halt", "suspend", "stop", "end", "cease", "moratorium", "truce", "ceasefire",
                          "prevent", "avoid", "refrain", "ban", "request", "without"})
PLANNING = frozenset({"willing", "ready", "prepared", "plan", "expect", "schedule", "set", "due", "propose",
                      "prepare", "intend", "want", "hope", "seek", "aim", "suppose", "offer", "promise", "postpone",
                      "delay", "arrange", "agree", "would", "send"})
# Nouns of an intention whose infinitive is not done yet: "a plan to raid", "a plot to kill".
PLAN_NOUNS = frozenset({"plan", "plot", "proposal", "scheme", "bid", "threat", "intention", "decision", "order",
                        "call", "pledge", "promise", "vow", "readiness", "willingness"})
# Verbs of wish and offer: "offered to negotiate", "is ready to meet", "wants talks" state no meeting, however
# firm the wish; a meeting is planned only when it is set ("will be held on Thursday").
INTENT = frozenset({"offer", "propose", "want", "hope", "wish", "seek", "ready", "willing", "prepared", "intend",
                    "aim", "try", "attempt", "eager", "keen", "open", "push", "invite", "request", "ask"})
# What courts and lawmakers strike down: "struck down the ban" is a ruling, not force.
RULINGS = frozenset({"law", "ban", "ordinance", "rule", "measure", "ruling", "provision", "statute", "regulation",
                     "policy", "order", "decision", "mandate", "act", "bill", "tariff", "requirement", "restriction",
                     "amendment", "verdict", "conviction", "sentence", "legislation", "plan", "program", "programme"})
# Nouns whose topic an event noun is ("comment on the talks", "evidence about contacts between"): the
# event is what is talked about, not stated as happening.
TOPIC_HEADS = frozenset({"comment", "evidence", "information", "detail", "speculation", "question", "rumour",
                         "rumor", "remark", "briefing", "report", "news", "update", "document", "record", "file",
                         "data", "disclose", "reveal", "leak"})
# A meeting of one body ("the board meeting", "a cabinet meeting", "the policy meeting" of a central bank)
# is no meeting between parties.
ONE_BODY_MEETINGS = frozenset({"policy", "board", "cabinet", "committee", "shareholder", "shareholders", "general",
                               "annual", "council", "staff", "plenary", "caucus", "budget", "faculty", "rate-setting"})
# Bodies that meet alone: "the committee will review it at a meeting in February".
BODIES = frozenset({"committee", "panel", "commission", "board", "council", "cabinet", "parliament", "senate",
                    "congress", "assembly", "court", "jury", "caucus"})
# Meals that are meetings: "a closed-door lunch", "a working dinner", "a state banquet".
MEALS = frozenset({"lunch", "luncheon", "dinner", "breakfast", "banquet"})
MEAL_MEETINGS = frozenset({"closed-door", "private", "working", "state", "official", "bilateral", "secret"})
PLANNED_MODIFIERS = frozenset({"next", "upcoming", "planned", "proposed", "future", "possible", "potential"})
# Adverbs of a routine: force that recurs on a schedule ("shelled almost daily"). "Repeatedly attacked"
# still reports the attacks of the days the article covers.
FREQUENCY = frozenset({"daily", "nightly", "weekly", "regularly", "routinely", "habitually"})
# A rate ("kills 100,000 children each year", "fires 50 shells a day"): a statistic, not an event.
RATE_UNITS = frozenset({"year", "month", "week", "day", "night", "hour", "decade"})
RATE_DETERMINERS = frozenset({"each", "every", "a", "an", "per"})
RATE_ADVERBS = frozenset({"annually", "yearly", "monthly", "weekly", "nightly"})
HABITUAL_MODIFIERS = frozenset({"repeatedly", "daily", "nightly", "regularly", "constantly", "continually",
                                 "routinely", "frequently", "continued", "continuing", "sustained", "ongoing",
                                 "repeated", "regular", "constant", "relentless", "persistent"})
REPORTING = frozenset({"say", "tell", "report", "confirm", "announce", "write", "post", "claim", "add", "state",
                        "describe", "characterize", "characterise", "note", "accuse"})
LOC_PREPS = frozenset({"in", "at", "near", "on", "into", "across", "over", "outside", "inside", "around", "to",
                        "throughout", "toward", "towards", "within", "upon"})
MOTION = frozenset({"travel", "go", "come", "fly", "return", "trip", "visit", "journey", "head", "arrive", "send"})
# Nouns of settlements too small for a gazetteer: "the village of X".
SETTLEMENTS = frozenset({"village", "town", "settlement", "hamlet", "city", "district", "suburb", "neighbourhood",
                         "neighborhood", "community", "camp", "township", "port", "kibbutz", "municipality",
                         "hromada", "raion", "rayon", "area"})
PLACE_NOUNS = SETTLEMENTS | {"region", "province", "capital", "oblast", "state", "country", "county"}
# "west of X", "the outskirts of X": a spot by a named town.
NEAR_NOUNS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "outskirts", "edge", "centre", "center", "heart", "suburbs", "entrance", "outside"})
PLACE_VERBS = frozenset({"visit", "travel", "reach", "enter", "tour", "hit", "strike", "attack", "target", "shell",
                          "bomb", "hammer", "pound", "raid", "storm", "capture", "seize", "occupy", "overrun",
                          "retake", "recapture", "invade", "besiege", "shoot"})
PARTICIPANT_VERBS = frozenset({"involve", "include", "bring", "gather", "unite"})
# Talks whose parties the article named before: "the trilateral negotiations", "three-party talks".
MULTILATERAL = re.compile(r"\b(?:bi|tri|quadri|multi)lateral\b|\btripartite\b"
                           r"|\b(?:two|three|four|five)[- ]?(?:way|party|sided|nation)\b", re.IGNORECASE)
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
SERIES = frozenset({"string", "series", "wave", "spate", "campaign", "run"})
# Verbs that state that an event happens, starts, goes on or ends: "talks resumed on Monday",
# "a new round of negotiations got underway on Thursday". The date and the tense of such a verb are
# the event's, however deep in its subject the trigger noun sits. Some count only with a particle or
# object that makes them aspectual ("take place", "get underway", "kick off", "wrap up", "go ahead").
OCCURRENCE_VERBS = frozenset({"begin", "start", "open", "resume", "continue", "end", "conclude", "close", "finish",
                               "convene", "commence", "proceed", "reopen", "restart", "unfold", "last", "hold"})
OCCURRENCE_PHRASES = {"take": frozenset({"place"}), "get": frozenset({"underway", "under", "going", "started"}),
                       "kick": frozenset({"off"}), "wrap": frozenset({"up"}), "go": frozenset({"ahead", "on"}),
                       "break": frozenset({"off", "down"})}
DEFINITE = frozenset({"the", "these", "those", "this", "that", "such"})
KILL = frozenset({"kill", "die", "slay", "murder", "dead", "martyr", "perish"})
INJURE = frozenset({"injure", "wound", "hurt", "injured", "wounded"})
# The people an attack harmed, whom an official visits after it: "visited the wounded" is no meeting.
HARMED_PEOPLE = frozenset({"wounded", "injured", "victim", "survivor", "family", "displaced", "bereaved", "casualty"})
# Sites one visits to see, where no one receives the visitor: "pilgrims visit the grave", "toured the ruins".
VISITED_SITES = frozenset({"grave", "tomb", "shrine", "mausoleum", "cemetery", "memorial", "monument", "museum",
                           "ruin", "ruins", "wreckage", "exhibition", "zoo"})
# Verbs whose subject is the party of the event noun they take: "staged a hunger strike", "issued an
# ultimatum", "opened an investigation".
LAUNCH = frozenset({"launch", "carry", "conduct", "mount", "stage", "unleash", "hold", "have", "host", "start",
                    "begin", "organize", "organise", "open", "issue", "resume", "make", "impose", "lodge", "file",
                    "chair", "attend", "convene", "join"})
SCORED_TOLERANCE = {"CONSULT": 1}  # talks run over consecutive days; attacks are coded per day (ACLED)
MAX_DATE_DISTANCE = 6
MAX_LOCATION_DISTANCE = 9
CASUALTY_REACH = 2  # a toll stated up to two sentences after an attack belongs to it


# Every lemma or word that some type's trigger test accepts: a token outside it is no trigger.
# "be" for a stay that reports a visit ("the minister was in Ankara on Tuesday").
TRIGGER_WORDS = frozenset().union(*(words for lemmas in TRIGGERS.values() for words in lemmas.values())) | {"be"}

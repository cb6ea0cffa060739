"""Trigger words of each PLOVER type and the word classes the other steps read."""

import re

# Verb and noun lemmas that state an event of each PLOVER type.
TRIGGERS: dict[str, dict[str, frozenset[str]]] = {
    "AGREE": {"VERB": frozenset({"agree", "sign", "pledge"}), "NOUN": frozenset({"agreement", "accord", "treaty"})},
    "CONSULT": {
        "VERB": frozenset({"meet", "negotiate", "visit", "consult", "confer", "host"}),
        "NOUN": frozenset({"talk", "talks", "negotiation", "meeting", "summit", "visit", "consultation",
                           "discussion", "dialogue", "contact"}),
    },
    "SUPPORT": {"VERB": frozenset({"support", "praise", "endorse", "welcome"}), "NOUN": frozenset({"endorsement"})},
    "CONCEDE": {"VERB": frozenset({"concede", "apologize", "surrender"}), "NOUN": frozenset({"concession", "apology"})},
    "COOPERATE": {"VERB": frozenset({"cooperate", "collaborate"}),
                  "NOUN": frozenset({"cooperation", "partnership", "alliance"})},
    "AID": {"VERB": frozenset({"donate", "assist"}), "NOUN": frozenset({"aid", "assistance", "donation"})},
    "RETREAT": {"VERB": frozenset({"withdraw", "retreat", "evacuate"}),
                "NOUN": frozenset({"withdrawal", "retreat", "evacuation", "swap"})},
    "REQUEST": {"VERB": frozenset({"request", "urge", "appeal", "demand"}),
                "NOUN": frozenset({"request", "appeal", "demand", "plea"})},
    "ACCUSE": {"VERB": frozenset({"accuse", "blame", "condemn", "denounce", "criticize", "criticise"}),
               "NOUN": frozenset({"accusation", "condemnation"})},
    "REJECT": {"VERB": frozenset({"reject", "refuse", "veto", "dismiss"}), "NOUN": frozenset({"rejection", "refusal"})},
    "THREATEN": {"VERB": frozenset({"threaten", "warn"}), "NOUN": frozenset({"threat", "ultimatum"})},
    "PROTEST": {"VERB": frozenset({"protest", "demonstrate", "rally"}),
                "NOUN": frozenset({"protest", "demonstration", "rally"})},
    "SANCTION": {"VERB": frozenset({"sanction", "embargo", "expel", "boycott"}),
                 "NOUN": frozenset({"sanction", "embargo", "boycott"})},
    "MOBILIZE": {"VERB": frozenset({"mobilize", "mobilise", "deploy"}),
                 "NOUN": frozenset({"mobilization", "mobilisation", "deployment", "buildup"})},
    "COERCE": {"VERB": frozenset({"arrest", "detain", "abduct", "kidnap", "imprison", "deport"}),
               "NOUN": frozenset({"arrest", "detention", "abduction", "kidnapping"})},
    "ASSAULT": {
        "VERB": frozenset({"attack", "strike", "shell", "bomb", "bombard", "hit", "target", "launch", "fire",
                           "hammer", "pound", "assault", "raid", "storm", "ambush", "massacre", "shoot", "kill",
                           "stab"}),
        "NOUN": frozenset({"attack", "strike", "airstrike", "shelling", "bombing", "bombardment", "barrage",
                           "assault", "raid", "killing", "explosion", "blast", "massacre", "ambush", "shooting"}),
    },
}
# Verbs that state an attack only with a weapon or a party as subject or object ("prices hit a
# record" is no attack; "a drone hit the embassy" is).
WEAK_ASSAULT_VERBS = frozenset({"hit", "target", "launch", "fire", "hammer", "pound", "kill"})
WEAPONS = frozenset({"drone", "missile", "rocket", "shell", "bomb", "mortar", "projectile", "munition", "shahed",
                     "artillery", "grenade", "bullet", "jet", "warplane", "aircraft", "helicopter", "tank",
                     "uav", "troop", "force", "army", "military", "soldier", "militant", "fighter", "gunman"})
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
PLANNING = frozenset({"plan", "expect", "schedule", "set", "propose", "prepare", "intend", "want", "hope", "seek",
                       "aim", "suppose", "offer", "promise", "postpone", "delay", "arrange", "agree", "would",
                       "send"})
PLANNED_MODIFIERS = frozenset({"next", "upcoming", "planned", "proposed", "future", "possible", "potential"})
HABITUAL_MODIFIERS = frozenset({"repeatedly", "daily", "nightly", "regularly", "constantly", "continually",
                                 "routinely", "frequently", "continued", "continuing", "sustained", "ongoing",
                                 "repeated", "regular", "constant", "relentless", "persistent"})
REPORTING = frozenset({"say", "tell", "report", "confirm", "announce", "write", "post", "claim", "add", "state",
                        "describe", "characterize", "characterise", "note", "accuse"})
LOC_PREPS = frozenset({"in", "at", "near", "on", "into", "across", "over", "outside", "inside", "around", "to",
                        "throughout", "toward", "towards", "within", "upon"})
MOTION = frozenset({"travel", "go", "come", "fly", "return", "trip", "visit", "journey", "head", "arrive", "send"})
PLACE_NOUNS = frozenset({"city", "town", "village", "region", "province", "capital", "district", "area", "oblast",
                          "state", "country", "county", "port", "suburb"})
PLACE_VERBS = frozenset({"visit", "travel", "reach", "enter", "tour", "hit", "strike", "attack", "target", "shell",
                          "bomb", "hammer", "pound", "raid", "storm"})
PARTICIPANT_PREPS = frozenset({"between", "among", "with", "involving", "by", "from", "of"})
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
KILL = frozenset({"kill", "die", "slay", "murder", "dead"})
INJURE = frozenset({"injure", "wound", "hurt", "injured", "wounded"})
LAUNCH = frozenset({"launch", "carry", "conduct", "mount", "stage", "unleash", "hold", "have", "host"})
SCORED_TOLERANCE = {"CONSULT": 1}  # talks run over consecutive days; attacks are coded per day (ACLED)
MAX_DATE_DISTANCE = 6
MAX_LOCATION_DISTANCE = 9
CASUALTY_REACH = 2  # a toll stated up to two sentences after an attack belongs to it


# Every lemma or word that some type's trigger test accepts: a token outside it is no trigger.
TRIGGER_WORDS = frozenset().union(*(words for lemmas in TRIGGERS.values() for words in lemmas.values()))

"""Speech and reporting verbs: read by the quote rules and by entity typing (the subject of a
speech verb is a person or an organisation)."""

# Verbs that introduce a direct quote or its fragments.
SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "state", "announce", "write", "note", "insist", "warn", "claim", "argue", "explain", "describe", "ask", "reply", "respond", "answer", "retort", "counter", "quip", "exclaim", "muse", "confirm", "deny", "acknowledge", "admit", "declare", "stress", "emphasize", "emphasise", "suggest", "recall", "continue", "conclude", "quote", "tweet", "post", "call", "characterize", "characterise", "urge", "complain", "boast", "lament", "concede", "predict", "promise", "vow", "pledge", "threaten", "allege", "assert", "contend", "report", "remark", "comment", "observe", "point", "joke", "shout", "scream", "cry", "whisper", "recount", "testify", "agree", "caution", "reiterate", "repeat", "describe", "label", "dub", "brand", "term", "mention", "reveal", "tout", "question", "wonder", "read"]
)
# Verbs whose clausal complement is reported speech ("X said that ..."); beliefs are left out.
REPORTING_VERBS = frozenset(
    ["say", "tell", "add", "state", "announce", "write", "note", "insist", "warn", "claim", "argue", "explain", "confirm", "deny", "acknowledge", "admit", "declare", "stress", "emphasize", "emphasise", "suggest", "predict", "promise", "vow", "pledge", "allege", "assert", "contend", "report", "reveal", "reiterate", "concede", "caution", "testify"]
)
# Verbs that introduce a quote in news copy but do not make their subject a source in general
# ("police charged him", "pressed for talks"): read by the quote rules only, next to a quote.
QUOTE_VERBS = SPEECH_VERBS | frozenset(
    ["charge", "press", "interject", "interrupt", "gloat", "opine", "scoff", "snap", "chide", "plead", "demand",
     "rebut", "elaborate", "proclaim", "summarize", "summarise", "sneer", "marvel", "exult", "implore", "beg",
     "counsel", "concur", "recount", "tease", "taunt", "mock", "thunder", "fume", "rail", "lash"]
)
# Verbs of an undertaking reported inside another's speech ("X said the parties had agreed on '...'"):
# the quoted words are the reporter's, whose verb governs the clause.
UNDERTAKING_VERBS = frozenset(["agree", "promise", "pledge", "vow", "commit", "decide"])
# Verbs of a speech act whose object is the words ("raised '...'", "directed that '...'", "expressed '...'"):
# not cues on their own, but inside a report of the act ("the ministry said X raised '...'") the words are
# the actor's, not the reporter's.
SPEECH_ACT_VERBS = frozenset(["raise", "direct", "express", "voice", "reaffirm", "underline", "underscore", "highlight",
                              "propose", "order", "instruct", "request", "offer", "convey", "renew", "assure",
                              "reassure"])
# Verbs that are speech with the particle "back": "fired back", "hit back", "shot back", "wrote back".
BACK_VERBS = frozenset(["fire", "hit", "shoot", "write", "strike", "push", "text", "email", "call"])
# What a body's words come in ("said in a statement", "the readout said"): a statement that speaks is its issuer's.
STATEMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "release", "readout", "transcript", "post"})

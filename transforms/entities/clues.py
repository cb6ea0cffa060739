"""Clues in the words around a name to what it is: a platform or a medium where people post ("wrote on
Telegram"), a thing counted or measured ("40 Shaheds", "Turnout was 61 per cent"), a pollster, a price
that moves ("Acme fell 0.25"), a company's legal form, and the firm a person works for."""

from __future__ import annotations

import re

from transforms.entities.names import company_base, is_given_name
from transforms.entities.outlets import SOURCE_VERBS

# What is posted to a platform, and posting: the object of their "on" is a platform, not a person.
_POSTING_WORDS = frozenset({
    "post", "write", "publish", "share", "upload", "message", "video", "statement", "comment", "account",
    "channel", "page", "tweet", "broadcast", "appear", "stream", "announce", "follow", "go", "join",
})
_MEDIUM_NOUNS = frozenset({"feed", "account", "handle", "follower", "post", "page", "user", "channel", "video", "live"})
_UPLOAD_VERBS = frozenset({"post", "upload", "publish", "repost", "stream"})


def a_platform(token) -> bool:
    """Where something is posted or said: "wrote on Telegram", "messages on Twitter", "via X"."""
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() in _UPLOAD_VERBS:
        return True  # "posted to Instagram"; "wrote to" has a person as its object
    if token.dep_ != "pobj" or token.head.lower_ not in {"on", "via"}:
        return False
    return token.head.head.lemma_.lower() in _POSTING_WORDS or token.head.head.lemma_.lower() in SOURCE_VERBS


def on_a_medium(token) -> bool:
    """Where people talk, not who they are: "backlash on Twitter", "took to Instagram", "his TikTok
    account". Read only for names the article does not introduce as a person."""
    if token.dep_ == "pobj" and token.head.lower_ in {"on", "via"}:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_.lower() == "take":
        return True
    return token.dep_ == "compound" and token.head.lemma_.lower() in _MEDIUM_NOUNS


# Verbs that give a quantity its value: "Turnout was 61 per cent", "stood at", "reached".
_MEASURED_BY = frozenset({"be", "stand", "reach", "rise", "fall", "climb", "drop", "hit", "top"})


def a_quantity(tokens) -> bool:
    """A share or a count no age is: "61 per cent", "58%", "40,000"."""
    for i, t in enumerate(tokens):
        following = " ".join(x.lower_ for x in tokens[i + 1 : i + 3])
        if t.like_num and (following.startswith(("%", "per cent", "percent")) or t.text.replace(",", "").isdigit()
                           and int(t.text.replace(",", "")) >= 1000):
            return True
        if t.like_num and t.text.endswith("%"):
            return True
    return False


def a_thing(token) -> bool:
    """A one-word name the parse treats as a countable thing: counted ("40 Shaheds", "three HIMARS"),
    plural ("Shaheds" without a number; people are not named in the plural), or a common noun
    capitalised only because it opens the sentence ("Farmers protested")."""
    if any(child.dep_ == "nummod" and child.i < token.i for child in token.children) or (token.tag_ in {"NNS", "NNPS"} and not token.is_upper):
        return not is_given_name(token.text)
    if token.is_sent_start and token.dep_ == "nsubj" and token.head.lemma_.lower() in _MEASURED_BY and not token.is_upper \
            and a_quantity([t for t in token.head.subtree if t.i > token.head.i]) and not is_given_name(token.text):
        return True  # "Turnout was 61 per cent", "Attendance stood at 40,000": a measure, no one ("X was 78" is an age)
    return token.tag_ == "NN" and token.is_sent_start and not token.is_upper


# People named by the work they do for a firm or an institute: "an analyst at X", "a fellow of X".
_EMPLOYEE_NOUNS = frozenset({"analyst", "economist", "researcher", "strategist", "professor", "fellow", "director",
                             "scientist", "lecturer", "partner", "chairman", "chairwoman", "spokesman", "spokeswoman",
                             "spokesperson", "executive", "manager", "engineer", "consultant"})


def works_for(head) -> bool:
    """Whether what "of" or "at" hangs from is a person, by name or by the work they do."""
    return (head.ent_type_ == "PERSON" and head.pos_ == "PROPN") or head.lemma_.lower() in _EMPLOYEE_NOUNS


def a_legal_form_closes(name: str) -> bool:
    """A company's legal form ends the name: cleanco's, in capitals or of three letters or more ("Sdn Bhd",
    "ASA", "Ltda"); a two-letter one in title case is as likely a surname ("Da", "Sa", "As"), and so is any
    in title case after a lone given name ("Vos")."""
    base = company_base(name)
    if base is None:
        return False
    form = name[len(base):].strip(" ,").replace(".", "")
    if " " not in base.strip() and is_given_name(base.strip()) and not form.isupper():
        return False  # "Pieter Vos": a given name, then a surname spelt like a Czech legal form
    return len(form) >= 3 or (form.isupper() and len(form) >= 2)


_SURVEY_NOUNS = frozenset({"poll", "survey"})


def took_a_poll(root) -> bool:
    """"a poll by Ipsos", "the latest Gallup survey": who takes polls is a firm."""
    return (root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.head.lemma_.lower() in _SURVEY_NOUNS) \
        or (root.dep_ == "compound" and root.head.lemma_.lower() in _SURVEY_NOUNS)


# Verbs of a share price or an index that moves by an amount ("fell 0.25", "rose 2 percent").
_PRICE_VERBS = frozenset({"fall", "rise", "slip", "ease", "drop", "climb", "jump", "shed", "firm", "dip", "surge",
                          "slump", "tumble", "rally", "plunge", "soar", "decline", "gain", "weaken", "strengthen"})
_PRICE = re.compile(r"^\d+(?:[.,/]\d+|-\d+/\d+)$")


def a_price_that_moves(root) -> bool:
    """The subject of a verb of a price moving by a price or a percentage: "Acme fell 0.25 pesos",
    "Acme gained 1-1/4", "Acme rose 2 percent" (a player's "won 6-4" is a score, no price)."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in _PRICE_VERBS:
        return False
    return any(t.ent_type_ in {"MONEY", "PERCENT"} or (t.like_num and _PRICE.match(t.text))
               for t in verb.subtree if t.i > verb.i)

"""The records the steps pass on: an `Event` row, its parties and places, and the sentence-level
mentions merged into it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from transforms.dates import ResolvedDate
from transforms.entities.margins import SENTENCE_END, lead_start


@dataclass(frozen=True)
class Event:
    event_type: str
    sentence: str
    start_char: int
    end_char: int
    trigger: str
    status: str = "occurred"
    mode: str | None = None
    actor_text: str | None = None
    actor_cluster: int | None = None
    target_text: str | None = None
    target_cluster: int | None = None
    location_text: str | None = None
    location_cluster: int | None = None
    event_date: date | None = None
    date_text: str | None = None
    date_precision: str = "unknown"
    killed: int | None = None
    injured: int | None = None
    quantities: tuple[tuple[int, str], ...] = ()
    confidence: float = 0.5
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    n_sentences: int = 1


@dataclass(frozen=True)
class Party:
    """An event participant: a local entity cluster, or a name when only an adjective names it."""

    cluster: int | None
    text: str | None

    def same(self, other: Party | None) -> bool:
        return other is not None and (
            (self.cluster is not None and self.cluster == other.cluster)
            or (self.text is not None and (self.text or "").lower() == (other.text or "").lower())
        )


@dataclass(frozen=True)
class Place:
    party: Party
    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    is_country: bool
    weak: bool  # from an adjective ("Ukrainian infrastructure"): used when nothing better, never to split
    # -1 a town's quarter, 0 a town or village, 1 a district, 2 a region, 3 a country (see places.specificity)
    specificity: int = 0


@dataclass
class EventMention:
    """One sentence's statement of an event, before merging."""

    event_type: str
    sent: Span
    trigger: Token
    status: str
    habitual: bool
    definite: bool
    actor: Party | None
    target: Party | None
    place: Place | None
    when: ResolvedDate | None
    killed: int | None
    injured: int | None
    quantities: list[tuple[int, str]]
    mode: str | None

    def informative(self) -> bool:
        return any(x is not None for x in (self.actor, self.target, self.place, self.killed, self.injured))


@dataclass
class MergedEvent:
    mentions: list[EventMention] = field(default_factory=list)

    @property
    def first(self) -> EventMention:
        return self.mentions[0]

    def value(self, attr: str):
        return next((getattr(m, attr) for m in self.mentions if getattr(m, attr) is not None), None)

    def place(self) -> Place | None:
        """The first place a sentence states; a headline's ("Strike on X region kills 4") gives way to a
        narrower one in the story ("the town of Y"), as a headline gives the short version."""
        strong = [m for m in self.mentions if m.place and not m.place.weak]
        if not strong:
            return self.value("place")
        first = strong[0].place
        # The lead names a region, a later sentence the village ("the bombs hit a monastery in X village"):
        # the village of the region's country is where it happened. A country named first stays ("talks
        # in the UAE ... in Abu Dhabi"), as a region named by a headline gives way to any narrower place.
        headline = _is_headline(strong[0].sent)
        narrower = [m.place for m in strong[1:] if m.place.specificity < first.specificity and (
            headline or ((first.specificity in {1, 2} or m.place.specificity < 0) and (first.country_code is None
                                                            or m.place.country_code in {None, first.country_code})))]
        return min(narrower, key=lambda p: p.specificity) if narrower else first

    def when(self) -> ResolvedDate | None:
        """The day of the earliest sentence that reports the event as happening.

        News puts the event's day in the lead, after an undated headline; later sentences recall
        other days of it ("the talks opened on Wednesday"). Failing a day, a coarser date or a plan's.
        """
        dated = [m for m in self.mentions if m.when and m.when.date]
        dated.sort(key=lambda m: (m.when.precision != "day", m.status != "occurred"))  # stable: text order
        when = dated[0].when if dated else self.value("when")
        # "the deadliest attack this year" measures the attack against the year; it does not date it
        return None if when is not None and when.precision != "day" and "this" in when.text.lower() else when

    def status(self) -> str:
        statuses = {m.status for m in self.mentions}
        return next((s for s in ("occurred", "planned") if s in statuses), "denied")

    def representative(self) -> EventMention:
        """The first sentence that states the event as it is (a report of it, not a plan or denial)."""
        if self.status() == "denied":
            return self.first
        stated = [m for m in self.mentions if m.status != "denied"]
        # A bare mention ("as fresh clashes were reported") gives way to the first that says who, where,
        # when or how many, the sentence a reader would cite for the event; the headline's or standfirst's
        # short version to the story's own sentence.
        informative = [m for m in stated if m.informative()]
        lead = lead_start(self.first.sent.doc)
        # (a crosshead between the story's paragraphs, "Talks in Cairo", is a label over them, no sentence)
        return next((m for m in informative if m.sent.start_char >= lead and SENTENCE_END.search(m.sent.text)),
                    informative[0] if informative else stated[0])


def _is_headline(sent: Span) -> bool:
    """The article's first line, set apart by a line break and ending without a full stop."""
    if sent.start != 0:
        return False
    text = sent.doc.text
    end = text.find("\n")
    line = text[:end].strip() if end != -1 else ""
    return bool(line) and line[-1] not in ".!?\"”’'"

"""Given names: gender-guesser's list of about 40,000, which the gazetteer, the entity rules and
coreference all read."""

from __future__ import annotations

from functools import cache


@cache
def given_name_detector():
    """gender-guesser's name list, loaded once per process (about 2 s) and shared by every reader."""
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)

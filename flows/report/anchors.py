"""Ids of the report's evidence anchors, shared by the charts and the HTML."""

from __future__ import annotations

import re

_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def anchor(kind: str, key: object) -> str:
    """An HTML id for the evidence of `key`, e.g. anchor('day', '2024-05-01-ASSAULT')."""
    return f"{kind}-{_UNSAFE.sub('_', str(key))}"

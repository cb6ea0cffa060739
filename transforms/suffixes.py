"""Which reader a file name calls for, by its suffix; import-light (no parsing libraries), so
that input discovery can run before any heavy import."""

from __future__ import annotations

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSON_SUFFIXES = (".json",)
JSON_LINES_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
SIDECAR_SUFFIX = ".meta.json"


def format_of(name: str) -> str | None:
    """The reader for a file name by its suffix: text, html, json, jsonl or warc; None if unknown."""
    lower = name.lower()
    if lower.endswith(SIDECAR_SUFFIX):
        return "json"
    for kind, suffixes in (("warc", WARC_SUFFIXES), ("text", TEXT_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("jsonl", JSON_LINES_SUFFIXES), ("json", JSON_SUFFIXES)):
        if lower.endswith(suffixes):
            return kind
    return None

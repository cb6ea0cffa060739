"""The event cluster state on disk: read one cluster at a time, written byte for byte as before."""

import json
from datetime import date

import pytest

from flows import storage
from transforms.clusters import EventCluster

# As the writer of every earlier version left it (one `json.dumps` of the list of clusters): a
# cluster of one report, and one of twelve reports over nine days, more than a tuple holds.
OLD_STATE = (
    '[{"event_cluster_id": "C1c4b5aa29ca78eb", "event_type": "CONSULT", "dates": [], "places": ["kharkiv"],'
    ' "countries": ["UA"], "actors": [], "articles": ["190692aa6ac23699"]},'
    ' {"event_cluster_id": "C0799b4fe137a291", "event_type": "ASSAULT",'
    ' "dates": ["2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04", "2026-02-05", "2026-02-06",'
    ' "2026-02-07", "2026-02-08", "2026-02-09"], "places": ["kharkiv", "ukraine"], "countries": ["UA"],'
    ' "actors": ["E58c9acdd4350", "russia"], "articles": ["a00", "a01", "a02", "a03", "a04", "a05", "a06",'
    ' "a07", "a08", "a09", "a10", "a11"]}]'
)


def _write_state(out, text):
    path = out / storage.EVENT_CLUSTERS_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)


def _staged_state(out, clusters):
    staging = storage.Staging(out, "run")
    storage.stage_event_clusters(staging, clusters)
    return (staging.folder / storage.EVENT_CLUSTERS_NAME).read_text()


def test_state_of_earlier_versions_is_read_and_written_back_byte_for_byte(tmp_path):
    _write_state(tmp_path, OLD_STATE)
    clusters = storage.load_event_clusters(tmp_path)
    assert [c.to_json() for c in clusters] == json.loads(OLD_STATE)
    assert date(2026, 2, 9) in clusters[1].dates and "a11" in clusters[1].articles
    assert _staged_state(tmp_path, clusters) == OLD_STATE


@pytest.mark.parametrize("text", ["[]", " [ ]\n"])
def test_empty_state_reads_as_no_clusters(tmp_path, text):
    _write_state(tmp_path, text)
    assert storage.load_event_clusters(tmp_path) == []
    assert _staged_state(tmp_path, []) == "[]"


def test_a_new_dataset_has_no_clusters(tmp_path):
    assert storage.load_event_clusters(tmp_path) == []


def test_state_laid_out_by_another_json_writer_is_read(tmp_path):
    _write_state(tmp_path, json.dumps(json.loads(OLD_STATE), indent=2))
    assert [c.to_json() for c in storage.load_event_clusters(tmp_path)] == json.loads(OLD_STATE)


@pytest.mark.parametrize("text", [
    "", "{}", "5", OLD_STATE[:-1], OLD_STATE[:80], OLD_STATE.replace("}, {", "} {"), OLD_STATE[:-1] + ",]",
])
def test_a_damaged_state_is_an_error_not_fewer_clusters(tmp_path, text):
    _write_state(tmp_path, text)
    with pytest.raises(storage.DatasetDamaged, match="newsfacts repair"):
        storage.load_event_clusters(tmp_path)


def test_clusters_survive_a_round_trip_through_the_state(tmp_path):
    clusters = [
        EventCluster("C1", "ASSAULT"),
        EventCluster("C2", "ASSAULT", (date(2026, 2, 3),), ("kyiv",), ("UA",), ("russia",), ("a1", "a2")),
        EventCluster.from_json({"event_cluster_id": "C3", "event_type": "CONSULT", "dates": [],
                                "places": [f"town {n}" for n in range(20)], "countries": ["UA"],
                                "actors": [], "articles": [f"a{n}" for n in range(20)]}),
    ]
    text = _staged_state(tmp_path, clusters)
    assert text == json.dumps([c.to_json() for c in clusters])
    _write_state(tmp_path, text)
    loaded = storage.load_event_clusters(tmp_path)
    assert [c.to_json() for c in loaded] == [c.to_json() for c in clusters]
    assert _staged_state(tmp_path, loaded) == text

"""The same run on a Dask LocalCluster of two worker processes writes byte for byte what the
local run writes."""

import json

import pytest

from tests.cli.conftest import files_under

pytest.importorskip("distributed")


def test_a_local_dask_cluster_writes_what_the_local_run_writes(cli, corpus, tmp_path):
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert cli("clean", corpus, "-o", local, "-j", "1").exit_code == 0
    result = cli("clean", corpus, "-o", dask, "-j", "2", "--scheduler", "local")
    assert result.exit_code == 0, result.stderr
    outputs = [name for name in files_under(local) if name != "boilerstrip-report.json"]
    assert outputs == [name for name in files_under(dask) if name != "boilerstrip-report.json"]
    for name in outputs:
        assert (local / name).read_bytes() == (dask / name).read_bytes(), name
    report = json.loads((dask / "boilerstrip-report.json").read_text(encoding="utf-8"))
    assert report["counts"]["ok"] == 4 and report["options"]["scheduler"] == "local"

"""Two app processes share one Chroma server: one ingests the script library, the other finds the scripts."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from tests.chroma_server import ChromaServer
from tests.processes import app_env, cli


def test_one_process_ingests_another_searches(chroma_server: ChromaServer, library: Path, tmp_path: Path) -> None:
    shared = {"CHROMA_HOST": chroma_server.host, "CHROMA_PORT": str(chroma_server.port),
              "CHROMA_COLLECTION": f"scripts_{uuid.uuid4().hex[:10]}"}
    ingester = app_env(DATA_DIR=str(tmp_path / "a"), **shared)
    searcher = app_env(DATA_DIR=str(tmp_path / "b"), **shared)

    done = cli("kb", "ingest", str(library), env=ingester)
    assert done.returncode == 0, done.stderr
    assert "5 scripts" in done.stdout

    found = cli("kb", "search", "客户说价格太贵了怎么办", "--json", "-k", "3", env=searcher)
    assert found.returncode == 0, found.stderr
    ids = [hit["id"] for hit in json.loads(found.stdout)]
    assert ids and ids[0] in {"price-a", "price-b"}, ids
    for folder in ("a", "b"):  # neither process kept a local store: the scripts live on the server
        assert not (tmp_path / folder / "chroma").exists()

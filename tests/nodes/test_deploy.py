"""The deployment's gunicorn configuration, started as written, serves a ready node."""
from __future__ import annotations

import pytest

from .conftest import make_node, ready, wait_for

pytestmark = pytest.mark.slow


def test_gunicorn_with_the_deploy_config_answers_healthz(tmp_path):
    from tests.conftest import temporary_database
    with temporary_database(tmp_path) as url:
        node = make_node(tmp_path, url, "solo", migrate=True)
        node.start()
        try:
            # the follower starts in post_worker_init: no search is needed to build the index
            wait_for(ready(node), "GET /healthz to answer 200", node=node)
            status, body = node.health()
            assert status == 200 and body["status"] == "ok"
            assert body["index"]["usable"] and body["index"]["lag_changes"] == 0
            assert body["follower"]["running"]
            assert (node.index_dir / "follower.lock").exists()
        finally:
            node.stop()
        assert "Booting worker" in node.tail()

"""A trusted peer that answers, validly signed, with something that is not what it was asked for: the node's
CLI (`luytre audit verify --peers`, `luytre audit cosign`) reports the peer by name and goes on; nothing
escapes as a crash. Found while narrowing the mesh's broad exception handlers to what can really be raised."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from conftest import cli, make_node_home
from luytre.home import open_home
from luytre.mesh.protocol import sign_response

NOT_A_CHECKPOINT = json.dumps({"checkpoint": {"size": "nhiều", "root": 5}}).encode("utf-8")


class _LyingPeer(BaseHTTPRequestHandler):
    key = None  # the peer's own identity: its answers verify, their content is what is wrong

    def do_GET(self) -> None:  # http.server's name
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(NOT_A_CHECKPOINT)))
        self.send_header("x-luytre-signature", sign_response(self.key, self.headers["x-luytre-nonce"], 200,
                                                             NOT_A_CHECKPOINT))
        self.end_headers()
        self.wfile.write(NOT_A_CHECKPOINT)

    def log_message(self, *args) -> None:
        pass


def test_a_peer_holding_garbage_is_named_not_a_crash(tmp_path, publishers):
    here = make_node_home(tmp_path, "so-tu-phap", publishers)
    liar = make_node_home(tmp_path, "lying-peer", publishers)
    _LyingPeer.key = open_home(liar["home"]).identity()
    server = HTTPServer(("127.0.0.1", 0), _LyingPeer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        assert cli("peer", "add", "liar", url, "--pub", liar["pub"], home=here["home"]).returncode == 0
        verified = cli("audit", "verify", "--peers", "--json", home=here["home"])
        assert verified.returncode != 70 and b"Traceback" not in verified.stderr, verified.stderr
        peers = json.loads(verified.stdout)["peers"]
        assert "not a checkpoint" in peers["liar"], peers
        cosigned = cli("audit", "cosign", home=here["home"])
        assert cosigned.returncode != 70 and b"Traceback" not in cosigned.stderr, cosigned.stderr
        assert b"not a checkpoint" in cosigned.stdout + cosigned.stderr
    finally:
        server.shutdown()

"""What an operator sees: the first run finds the demo node, output pipes whole, help and errors read as written."""

import fcntl
import json
import os
import re
import struct
import subprocess
import sys
import termios

from conftest import DATA, cli
from luytre.home import init_home
from luytre.sovereignty.policy import Policy

NARROW = {"COLUMNS": "60"}
ANSI = re.compile(r"\x1b\[[0-9;?]*[a-zA-Z]")


def on_terminal(*args: str, columns: int = 60, timeout: float = 120) -> str:
    """Run ``luytre ARGS`` with stdout on a real pseudo-terminal ``columns`` wide; its text without colours."""
    leader, follower = os.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {**os.environ, "COLUMNS": str(columns), "TERM": "xterm-256color"}
    env.pop("LUYTRE_HOME", None)
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([sys.executable, "-m", "luytre", *args], stdout=follower, stderr=subprocess.PIPE,
                               env=env)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=timeout) == 0, process.stderr.read()
    return ANSI.sub("", b"".join(chunks).decode().replace("\r\n", "\n"))


def test_first_run_finds_the_demo_node_in_the_working_folder(tmp_path):
    user_home = tmp_path / "user"
    user_home.mkdir()
    repo = tmp_path / "repo"
    demo, _ = init_home(repo / ".luytre-demo", name="demo-node")
    found = cli("status", "--json", env={"HOME": str(user_home)}, cwd=repo)
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["node_id"] == demo.node_id
    # `luytre init` without --home creates ~/.luytre, never reuses the demo folder; that node then wins
    created = cli("init", "--json", env={"HOME": str(user_home)}, cwd=repo)
    assert created.returncode == 0, created.stderr
    own = json.loads(created.stdout)
    assert own["home"] == str(user_home / ".luytre")
    now = json.loads(cli("status", "--json", env={"HOME": str(user_home)}, cwd=repo).stdout)
    assert now["node_id"] == own["node_id"]
    # nowhere to be found: the hint names make demo, --home and LUYTRE_HOME
    missing = cli("status", env={"HOME": str(tmp_path / "nobody")}, cwd=tmp_path)
    assert missing.returncode == 5
    assert b"make demo" in missing.stderr and b"LUYTRE_HOME" in missing.stderr


def test_status_shows_identity_experts_health_and_policy(reference_home):
    result = cli("status", "--json", home=reference_home)
    assert result.returncode == 0, result.stderr
    status = json.loads(result.stdout)
    config = (reference_home / "policy.cedar").read_text()
    assert status["node_id"].startswith("lt-") and len(status["public_key"]) == 44
    assert {e["id"] for e in status["experts"]} == {"vn-health-triage", "vn-identity"}
    assert all(e["loaded"] and e["enabled"] for e in status["experts"])
    assert status["health"] == {"ok": True, "problems": []}
    assert status["policy"]["valid"] and "sensitive-stays-local" in status["policy"]["rules"]
    assert status["policy"]["rules"] and config
    text = cli("status", home=reference_home, env=NARROW)
    assert status["public_key"] in text.stdout.decode() and status["node_id"] in text.stdout.decode()


def test_policy_show_piped_is_the_policy_file_exactly(reference_home, tmp_path):
    result = cli("policy", "show", home=reference_home, env=NARROW)
    assert result.returncode == 0, result.stderr
    written = tmp_path / "p.cedar"
    written.write_bytes(result.stdout)
    assert written.read_text().rstrip("\n") == (reference_home / "policy.cedar").read_text().rstrip("\n")
    assert Policy.load(written).rule_ids  # valid Cedar with every rule


def test_expert_list_keeps_ids_whole_piped_and_on_a_narrow_terminal(reference_home):
    piped = cli("expert", "list", home=reference_home, env=NARROW)
    assert piped.returncode == 0, piped.stderr
    assert "─" not in piped.stdout.decode() and "\x1b" not in piped.stdout.decode()  # plain text
    ids = [line.split()[0] for line in piped.stdout.decode().splitlines()[1:] if line.strip()]
    assert sorted(ids) == ["vn-health-triage", "vn-identity"]
    on_tty = on_terminal("expert", "list", "--home", str(reference_home))
    assert "vn-health-triage" in on_tty and "vn-identity" in on_tty and "…" not in on_tty


def test_trust_list_keeps_fingerprints_whole(reference_home):
    fingerprints = [k["fingerprint"] for k in json.loads(cli("trust", "list", "--json", home=reference_home).stdout)]
    assert fingerprints and all(len(f) == 64 for f in fingerprints)
    piped = cli("trust", "list", home=reference_home, env=NARROW).stdout.decode()
    on_tty = on_terminal("trust", "list", "--home", str(reference_home))
    for fingerprint in fingerprints:
        assert fingerprint in piped and fingerprint in on_tty


def test_help_and_errors_show_brackets_as_written_and_flags_have_no_type(tmp_path):
    help_text = cli("expert", "build", "classifier", "--help", env=NARROW).stdout.decode()
    assert "[labels.<label>]" in help_text
    install_help = cli("expert", "install", "--help").stdout.decode()
    assert "<bool>" not in install_help and "--allow-downgrade" in install_help
    data = tmp_path / "data.jsonl"
    data.write_text('{"text": "đau răng", "label": "rang"}\n', encoding="utf-8")
    manifest = tmp_path / "manifest.toml"
    manifest.write_text('id = "x"\n', encoding="utf-8")
    failed = cli("expert", "build", "classifier", str(data), "--manifest", str(manifest), "--out",
                 str(tmp_path / "out"))
    assert failed.returncode == 4
    assert b"[labels.<label>]" in failed.stderr and b"Traceback" not in failed.stderr


def test_key_files_fold_vietnamese_letters(tmp_path):
    result = cli("keys", "create", "--org", "Bệnh viện A", "--out", str(tmp_path), "--json")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "benh-vien-a.key").exists() and (tmp_path / "benh-vien-a.pub").exists()
    assert cli("keys", "create", "--org", "Sở Y tế Đà Nẵng", "--out", str(tmp_path)).returncode == 0
    assert (tmp_path / "so-y-te-da-nang.key").exists()


def test_a_tampered_package_is_reported_in_words(helpdesk_package, publishers, tmp_path):
    import shutil

    package = tmp_path / "pkg"
    shutil.copytree(helpdesk_package, package)
    intact = cli("expert", "verify", str(package), "--pub", str(publishers["luytre-tests"].public_key), env=NARROW)
    assert intact.returncode == 0 and publishers["luytre-tests"].fingerprint in intact.stdout.decode()  # whole
    manifest = json.loads((package / "expert.json").read_text(encoding="utf-8"))
    manifest["version"] = "9.9.9"
    (package / "expert.json").write_text(json.dumps(manifest), encoding="utf-8")
    (package / "extra.txt").write_text("x", encoding="utf-8")
    result = cli("expert", "verify", str(package), "--pub", str(publishers["luytre-tests"].public_key))
    assert result.returncode == 4
    message = result.stderr.decode()
    assert "expert.json changed after signing" in message and "extra.txt was added after signing" in message
    assert "digest_value" not in message and "\\x" not in message


def test_expert_template_builds_as_printed(tmp_path):
    template = cli("expert", "template", "classifier")
    assert template.returncode == 0, template.stderr
    assert "[labels.<label>]" in template.stdout.decode() and "# " in template.stdout.decode()
    manifest = tmp_path / "manifest.toml"
    manifest.write_bytes(template.stdout)
    built = cli("expert", "build", "classifier", str(DATA / "school-helpdesk" / "train.jsonl"), "--manifest",
                str(manifest), "--out", str(tmp_path / "pkg"), "--json")
    assert built.returncode == 0, built.stderr
    assert json.loads(built.stdout)["id"] == "school-helpdesk"
    without = cli("expert", "template", "retrieval")
    assert without.returncode == 4 and b"luytre expert build retrieval --help" in without.stderr


def test_the_demo_prints_each_measured_figure_once_and_nothing_is_eaten_as_markup(triage_package):
    """`luytre demo`'s "Installed … measured:" line: Rich took a subset's "[without diacritics]" for markup and
    dropped it, so "accuracy 0.873 (test.jsonl), …, accuracy 0.933 (test.jsonl )" read as one set measured twice."""
    from rich.console import Console
    from rich.markup import escape

    from luytre.cli.demo import measured_summary
    from luytre.experts.package import ExpertPackage

    summary = measured_summary(ExpertPackage.open(triage_package).manifest.metrics)
    assert "accuracy " in summary and "recall_cap_cuu " in summary
    assert summary.count("(test.jsonl)") == 2  # accuracy and emergency recall, each once
    assert "[" not in summary and "held-out" not in summary  # whole test sets only
    console = Console(record=True, width=10_000, color_system=None)
    console.print(f"measured: {escape(summary)}")
    assert console.export_text().strip() == f"measured: {summary}"

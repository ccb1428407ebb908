#!/usr/bin/env bash
# Three organizations on one machine (127.0.0.1): a province office (A), a hospital (B) and a
# public-service centre (C), each with its own node, home and experts. A question asked at A about a
# procedure is answered by C's expert; a health question stays with B's triage expert only if policy
# allows it to leave A (by default sensitive data never leaves: A refuses to forward it).
#
#   bash examples/federation/run.sh        (from the repository root, after `make demo` or `make test`)
set -euo pipefail
cd "$(dirname "$0")/../.."
LUYTRE=".venv/bin/luytre"
WORK="$(mktemp -d /tmp/luytre-federation.XXXXXX)"
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

declare -A PORT=([a]=8471 [b]=8472 [c]=8473) NAME=([a]=province-office [b]=hospital [c]=service-centre)
declare -A EXPERT=([b]=vn-health-triage [c]=vn-procedures)
for n in a b c; do
  "$LUYTRE" init --home "$WORK/$n" --name "${NAME[$n]}" --json > "$WORK/$n.json"
done
pub() { .venv/bin/python -c "import json,sys; print(json.load(open(sys.argv[1]))['public_key'])" "$WORK/$1.json"; }

echo "== building and installing each organization's expert"
for n in b c; do
  .venv/bin/python - "$WORK/$n" "${EXPERT[$n]}" <<'PY'
import sys
from pathlib import Path
from luytre.node.service import Node
from luytre.reference import REFERENCE_EXPERTS, build_reference, default_sources, demo_publisher_key
from luytre.vetting.signing import sign
home, expert = Path(sys.argv[1]), sys.argv[2]
reference = next(r for r in REFERENCE_EXPERTS if r.id == expert)
package = build_reference(reference, default_sources(), home.parent / f"{home.name}-{expert}")
sign(package.root, demo_publisher_key(home))
node = Node.open(home); node.install(package.root); node.close()
print(f"{home.name}: installed {expert}")
PY
done

echo "== trust, both ways (each operator adds the other's public key)"
for pair in "a b" "a c" "b a" "c a"; do
  set -- $pair
  "$LUYTRE" peer add "$2" "http://127.0.0.1:${PORT[$2]}" --pub "$(pub "$2")" --home "$WORK/$1" > /dev/null
done

echo "== serving the three nodes on 127.0.0.1"
for n in a b c; do
  "$LUYTRE" serve --home "$WORK/$n" --port "${PORT[$n]}" > "$WORK/$n.log" 2>&1 &
  PIDS+=("$!")
done
for n in a b c; do
  until curl -sf "http://127.0.0.1:${PORT[$n]}/healthz" > /dev/null; do sleep 0.3; done
done
"$LUYTRE" peer list --home "$WORK/a"
sleep 3  # node A notices its peers' catalogs and retrains its router

ask() { curl -s -X POST "http://127.0.0.1:${PORT[a]}/v1/ask" -H 'content-type: application/json' -d "$1"; echo; }
echo "== asked at A, answered by C's expert (signed by C, audited at A and at C)"
ask '{"query": "làm lại thẻ căn cước bị mất cần giấy tờ gì?"}' | .venv/bin/python -c \
  "import json,sys; r=json.load(sys.stdin); print(r['expert'], '|', r['answer'][:160].replace(chr(10),' '), '|', r['result'].get('peer'))"
echo "== a health question: sensitive data never leaves A unless A's policy allows that peer"
ask '{"query": "tôi bị đau ngực, vã mồ hôi", "expert": "vn-health-triage@mesh"}'
echo "== audit logs co-signed by the peers"
"$LUYTRE" audit cosign --home "$WORK/a"
"$LUYTRE" audit verify --peers --home "$WORK/a"
echo "(homes and logs in $WORK)"

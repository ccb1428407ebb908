"""Thread CPU time of the privacy screen by stage, one process, one thread (as docs/ask-profile.md measured it).

``Gate.screen`` (``screen_text``) on the triage test questions and on the mixed workload (every fourth carrying
someone's personal data, as ``bench/scale.py``), each question with a unique number appended so no per-text cache
answers a repeat; and inside it the stages this round changed: ``scan_view``, ``disguised_runs``, ``categorize``
(each timed on its own over the same texts). ``--pythonpath`` runs an older commit's sources (``git archive``),
for before/after pairs run one after the other.

    python bench/screen_cpu.py --pythonpath /tmp/base/src; python bench/screen_cpu.py
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))


def per_call_ms(function: Callable[[str], Any], rounds: list[list[str]]) -> float:
    """The least mean thread CPU time of ``function`` over the texts of a round, in ms (each round's texts are
    new: no cache has read them)."""
    best = float("inf")
    for texts in rounds:
        begin = time.thread_time()
        for text in texts:
            function(text)
        best = min(best, (time.thread_time() - begin) / len(texts))
    return best * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pythonpath", help="run from these sources (an older commit's src)")
    parser.add_argument("--count", type=int, default=800)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.pythonpath:
        sys.path.insert(0, args.pythonpath)
    import luytre
    from _common import triage_questions
    from luytre.sovereignty.categories import categorize
    from luytre.sovereignty.entities import prepare_text
    from luytre.sovereignty.normalize import scan_view
    from luytre.sovereignty.residue import disguised_runs
    from scale import mixed
    from screen_exact import make_gate

    gate = make_gate()
    questions = triage_questions()
    workloads = {"triage": questions, "mixed": mixed(questions)}
    for text in mixed(questions)[:300]:  # warm-up
        gate.screen(text)
    figures: dict[str, Any] = {"sources": str(Path(luytre.__file__).parent), "load": os.getloadavg()[0]}
    for name, base in workloads.items():
        def fresh(clean: bool, stage: int) -> list[list[str]]:
            texts = [[f"{base[i % len(base)]} {1000000 * (1 + r) + 10000 * stage + i}" for i in range(args.count)]
                     for r in range(args.rounds)]
            return [[prepare_text(text) for text in round_texts] for round_texts in texts] if clean else texts

        figures[name] = {
            "screen": per_call_ms(gate.screen, fresh(False, 1)),
            "scanner.read": per_call_ms(gate.scanner.read, fresh(True, 2)),
            "scan_view": per_call_ms(scan_view, fresh(True, 3)),
            "disguised_runs": per_call_ms(disguised_runs, fresh(True, 4)),
            "categorize": per_call_ms(lambda text: categorize(text, (), hidden_digits=False), fresh(False, 5)),
        }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()

"""CPU time of an ask's worker part (``Node._answer``: the privacy screen, routing, policy, the expert), by stage,
with ``time.thread_time`` in one process and one thread, as docs/ask-profile.md measured it.

    .venv/bin/python bench/answer_cpu.py --home HOME [--pythonpath OLD/src] [--count 800]

A copy of ``HOME`` (a benchmark home, ``bench/ask_cpu.py`` builds one) is opened; 300 mixed questions warm it up,
then each workload (the triage test questions, and the same with every fourth carrying personal data) is asked
``--count`` times, each question with a unique number appended, so no per-text cache answers a repeat. Printed: ms
per ask of ``_answer``, of the screen (``gate.screen``), of routing (``_route_on_meaning``), of ``answer_lang`` and
of the rest. Run old and new sources alternately (``--pythonpath``) on the same home for a before/after pair.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--home", type=Path, required=True)
    parser.add_argument("--pythonpath", type=Path)
    parser.add_argument("--count", type=int, default=800)
    parser.add_argument("--start", type=int, default=0, help="the first unique number (vary it between runs)")
    args = parser.parse_args()
    if args.pythonpath:
        sys.path.insert(0, str(args.pythonpath.resolve()))
    sys.path.insert(0, str(Path(__file__).parent))
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    import luytre
    from _common import triage_questions
    from luytre.node import service
    from luytre.node.service import Node
    from scale import mixed

    home = Path(tempfile.mkdtemp(prefix="luytre-answer-cpu-")) / "home"
    shutil.copytree(args.home, home)
    node = Node.open(home)
    spent: dict[str, float] = {}

    def timed(name: str, function):  # type: ignore[no-untyped-def]
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            started = time.thread_time()
            try:
                return function(*a, **k)
            finally:
                spent[name] = spent.get(name, 0.0) + time.thread_time() - started
        return wrapper

    node.gate.screen = timed("screen", node.gate.screen)  # type: ignore[method-assign]
    node._route_on_meaning = timed("routing", node._route_on_meaning)  # type: ignore[method-assign]
    service.answer_lang = timed("answer_lang", service.answer_lang)
    questions = triage_questions()
    number = iter(range(args.start + 10_000_000, args.start + 20_000_000))

    def ask_all(texts: list[str]) -> float:
        cpu = 0.0
        for text in texts:
            started = time.thread_time()
            node._answer(f"{text} {next(number)}", None, "auto", "anonymous", "answer", None)
            cpu += time.thread_time() - started
        return cpu

    try:
        warm = mixed(questions)
        ask_all([warm[i % len(warm)] for i in range(300)])
        out = {"luytre": str(Path(luytre.__file__).parent), "load": os.getloadavg()[0]}
        for name, texts in (("triage", questions), ("mixed", mixed(questions))):
            batch = [texts[i % len(texts)] for i in range(args.count)]
            spent.clear()
            total = ask_all(batch)
            stages = {k: round(v * 1000 / args.count, 3) for k, v in spent.items()}
            stages["_answer"] = round(total * 1000 / args.count, 3)
            stages["rest"] = round(stages["_answer"] - sum(v for k, v in stages.items() if k != "_answer"), 3)
            out[name] = stages
        print(json.dumps(out))
    finally:
        node.close()
        shutil.rmtree(home.parent, ignore_errors=True)


if __name__ == "__main__":
    main()

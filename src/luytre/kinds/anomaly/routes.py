"""HTTP routes of the anomaly kind, mounted by the node under ``/v1/anomaly``.

    GET  /ui                                 the upload-and-chart page (static, no CDN)
    GET  /{expert}                           features, units, threshold: what the page needs
    POST /{expert}/score                     score up to 10,000 JSON records
    POST /{expert}/score-file                score an uploaded CSV; scores over time and the alerts
    POST /{expert}/streams/{stream}/events   (operator) push events (``?detector=`` one of the package's);
                                             the alerts of a request go to the audit log as one entry
    GET  /{expert}/streams/{stream}          (operator) a stream's recent scores and alerts

CPU work runs in the node's worker pool (``ctx.run_cpu``); audit entries name the
expert, the stream and the signals, never the readings.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Annotated, Any, BinaryIO

import numpy as np
from fastapi import APIRouter, Query, UploadFile
from fastapi.responses import FileResponse
from pydantic import BaseModel, ConfigDict, Field

from luytre.errors import BuildError, InvalidQuery, NotFound, QueryTooLarge
from luytre.kinds import KindContext
from luytre.kinds.anomaly.data import read_table
from luytre.kinds.anomaly.expert import MAX_RECORDS, AnomalyExpert
from luytre.kinds.anomaly.stream import MAX_STREAM_ID, StreamStore

WEB = Path(__file__).resolve().parent / "web"
MAX_FILE_ROWS = 200_000
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_AUDITED_ALERTS = 100  # alerts named in one audit entry (the count is always whole)
DETECTOR_CHOICE = "one of the package's detectors (GET /v1/anomaly/{expert}); default: its stream detector"
STREAM_ID = r"^[A-Za-z0-9][A-Za-z0-9._:-]{0," + str(MAX_STREAM_ID - 1) + r"}$"


class ExpertInfo(BaseModel):
    expert: str
    detector: str = Field(description="The detector that scores records (POST /score)")
    threshold: float = Field(description="Its alert threshold")
    stream_detector: str = Field(description="The detector that scores stream events by default")
    detectors: list[str] = Field(description="Every detector of the package (the ?detector= choices)")
    alert_rate: float = Field(description="Share of the training rows above the threshold")
    features: list[str]
    units: dict[str, str] = Field(description="Each feature's unit (empty when none is known)")
    time_column: str | None


class ScoreRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    records: list[dict[str, Any]] = Field(min_length=1, max_length=MAX_RECORDS,
                                          description="Readings: objects mapping each feature to a number.")
    lang: str = Field("vi", pattern="^(vi|en)$")


class Signal(BaseModel):
    feature: str
    name: str
    unit: str
    value: float
    surprise: float = Field(description="-log of the feature's tail probability in the training data")
    typical: list[float] = Field(description="1st, 50th and 99th percentile of the feature in the training data")


class RecordScore(BaseModel):
    score: float
    percentile: float = Field(description="Share of training rows scoring lower")
    verdict: str = Field(description="anomaly or normal")
    out_of_range: list[str] = Field(description="Features beyond the (widened) range of the training data")
    signals: list[Signal]


class ScoreResponse(BaseModel):
    expert: str
    detector: str
    threshold: float
    alerts: int
    results: list[RecordScore]


class Event(BaseModel):
    model_config = ConfigDict(extra="forbid")
    time: str = Field("", max_length=64)
    values: dict[str, Any]


class EventsRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    events: list[Event] = Field(min_length=1, max_length=MAX_RECORDS)
    lang: str = Field("vi", pattern="^(vi|en)$")


class Alert(RecordScore):
    index: int
    time: str


class EventsResponse(BaseModel):
    stream: str
    detector: str
    events: int
    stream_events: int
    stream_alerts: int
    in_alert: bool
    abnormal: int
    threshold: float
    scores: list[float]
    alerts: list[Alert]


class StreamView(BaseModel):
    stream: str
    events: int
    alerts: int
    in_alert: bool
    last_alert: Alert | None
    threshold: float
    times: list[str]
    scores: list[float]


class FileScores(BaseModel):
    expert: str
    rows: int
    threshold: float
    times: list[str]
    scores: list[float]
    alerts: list[Alert]


def router(ctx: KindContext) -> APIRouter:
    """The kind's routes, bound to the node's context ``ctx`` (see KINDS-CONTRACT: ``KindContext``)."""
    api = APIRouter(tags=["anomaly"])
    streams = StreamStore()
    operator = [ctx.require("operator")]

    def expert_of(expert_id: str) -> AnomalyExpert:
        expert = ctx.expert(expert_id)
        if not isinstance(expert, AnomalyExpert):
            raise NotFound(f"{expert_id} is not an anomaly expert")
        return expert

    @api.get("/ui", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(WEB / "anomaly.html", media_type="text/html; charset=utf-8")

    @api.get("/ui/anomaly.js", include_in_schema=False)
    def script() -> FileResponse:
        return FileResponse(WEB / "anomaly.js", media_type="text/javascript; charset=utf-8")

    @api.get("/{expert_id}", response_model=ExpertInfo, summary="An anomaly expert's signals and threshold")
    def info(expert_id: str) -> ExpertInfo:
        expert = expert_of(expert_id)
        return ExpertInfo(expert=expert_id, detector=expert.config.detector, threshold=expert.config.threshold,
                          stream_detector=expert.stream_model.name, detectors=list(expert.models),
                          alert_rate=expert.config.alert_rate, features=expert.features, units=expert.units,
                          time_column=expert.config.time_column)

    @api.post("/{expert_id}/score", response_model=ScoreResponse, summary="Score JSON records")
    async def score(expert_id: str, body: ScoreRequest) -> dict[str, Any]:
        expert = expert_of(expert_id)

        def work() -> dict[str, Any]:
            X = expert.matrix(body.records)
            scored = expert.score_matrix(X)
            results = [expert.describe_record(X, scored, i, body.lang) for i in range(X.shape[0])]
            return {"expert": expert_id, "detector": expert.config.detector, "threshold": expert.config.threshold,
                    "alerts": int(scored.alerts.sum()), "results": results}

        out = await ctx.run_cpu(work)
        ctx.audit("scored", expert=expert_id, records=len(out["results"]), alerts=out["alerts"])
        return out

    @api.post("/{expert_id}/score-file", response_model=FileScores, summary="Score an uploaded CSV file",
              dependencies=operator)
    async def score_file(expert_id: str, file: UploadFile) -> dict[str, Any]:
        expert = expert_of(expert_id)
        result = await ctx.run_cpu(_score_upload, expert, file.file)
        ctx.audit("file_scored", expert=expert_id, records=result["rows"], alerts=len(result["alerts"]))
        return {"expert": expert_id, **result}

    @api.post("/{expert_id}/streams/{stream_id}/events", response_model=EventsResponse, dependencies=operator,
              summary="Push a stream's events; alerts are audited")
    async def push(expert_id: str, stream_id: str, body: EventsRequest,
                   detector: Annotated[str | None, Query(description=DETECTOR_CHOICE)] = None) -> dict[str, Any]:
        expert = expert_of(expert_id)
        _check_stream(stream_id)
        model = expert.model_named(detector)

        def work() -> dict[str, Any]:
            X = expert.matrix([e.values for e in body.events])
            if X.shape[0] == 1:
                return streams.push_one(expert, stream_id, X[0].tolist(), body.events[0].time, body.lang, model)
            return streams.push(expert, stream_id, X, [e.time for e in body.events], body.lang, model)

        out = await ctx.run_cpu(work)
        if out["alerts"]:  # one audit entry per request, and only when it raised alerts
            ctx.audit("alerts", expert=expert_id, stream=stream_id, detector=out["detector"], count=len(out["alerts"]),
                      alerts=[{"event_time": a["time"], "score": a["score"],
                               "signals": [s["feature"] for s in a["signals"]]}
                              for a in out["alerts"][:MAX_AUDITED_ALERTS]])
        return out

    @api.get("/{expert_id}/streams/{stream_id}", response_model=StreamView, dependencies=operator,
             summary="A stream's recent scores and alerts")
    def stream_view(expert_id: str, stream_id: str) -> dict[str, Any]:
        expert = expert_of(expert_id)
        _check_stream(stream_id)
        view = streams.view(expert, stream_id)
        if view is None:
            raise NotFound(f"no events for stream {stream_id!r} of {expert_id} on this node (or it was dropped)")
        return view

    return api


def _check_stream(stream_id: str) -> None:
    if not re.fullmatch(STREAM_ID, stream_id):
        raise InvalidQuery(f"stream ids are 1-{MAX_STREAM_ID} letters, digits or . _ : -")


def _score_upload(expert: AnomalyExpert, upload: BinaryIO) -> dict[str, Any]:
    """Copy the (already spooled) upload to a private file, refusing more than ``MAX_FILE_BYTES``, and score it."""
    with tempfile.TemporaryDirectory(prefix="luytre-anomaly-") as tmp:
        target = Path(tmp) / "upload.csv"
        size = 0
        with open(target, "wb") as out:
            while block := upload.read(1 << 20):
                size += len(block)
                if size > MAX_FILE_BYTES:
                    raise QueryTooLarge(f"the file is larger than {MAX_FILE_BYTES} bytes")
                out.write(block)
        return _score_file(expert, target)


def _score_file(expert: AnomalyExpert, path: Path) -> dict[str, Any]:
    """Scores over time of an uploaded table, and its alerts with their signals."""
    try:
        table = read_table(path, expert.features, time_column=_present(path, expert.config.time_column))
    except BuildError as exc:
        raise InvalidQuery(exc.message.replace(path.name, "the uploaded file")) from exc
    if table.X.shape[0] > MAX_FILE_ROWS:
        raise QueryTooLarge(f"the file has {table.X.shape[0]} rows; at most {MAX_FILE_ROWS} per upload "
                            "(score larger files with `luytre anomaly score`)")
    scored = expert.score_matrix(table.X)
    times = table.times or [str(i + 1) for i in range(table.X.shape[0])]
    alerts = [{"index": int(i), "time": times[i], **expert.describe_record(table.X, scored, int(i), "vi")}
              for i in np.flatnonzero(scored.alerts)[:1000]]
    return {"rows": int(table.X.shape[0]), "threshold": expert.config.threshold, "times": times,
            "scores": [round(float(s), 5) for s in scored.scores], "alerts": alerts}


def _present(path: Path, column: str | None) -> str | None:
    """The time column if the uploaded file has it (an upload without times is charted by row number)."""
    if column is None:
        return None
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        header = [h.strip() for h in fh.readline().split(",")]
    return column if column in header else None

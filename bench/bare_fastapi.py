"""The peer of the ask benchmark: the same FastAPI + uvicorn stack answering a
constant JSON body with no routing or model, i.e. the framework's ceiling here."""

import sys

import uvicorn
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Ask(BaseModel):
    query: str


@app.post("/v1/ask")
def ask(body: Ask) -> dict:
    return {"answer": "ok", "expert": None, "confidence": 0.0, "query_len": len(body.query)}


@app.get("/healthz")
def health() -> dict:
    return {"status": "ok"}


if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)

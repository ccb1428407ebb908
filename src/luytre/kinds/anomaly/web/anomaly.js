// Upload a CSV to /v1/anomaly/{expert}/score-file and draw its scores over time as inline SVG,
// the threshold as a line and the alerts as dots. No libraries, nothing fetched from elsewhere.
"use strict";
const SVG = "http://www.w3.org/2000/svg";
const W = 960, H = 300, PAD = 40;

function el(name, attrs, parent) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  parent.appendChild(node);
  return node;
}

function draw(svg, data) {
  svg.replaceChildren();
  const n = data.scores.length;
  if (!n) return;
  const hi = Math.max(data.threshold, ...data.scores) * 1.05, lo = Math.min(0, ...data.scores);
  const x = (i) => PAD + (i / Math.max(1, n - 1)) * (W - 2 * PAD);
  const y = (v) => H - PAD - ((v - lo) / (hi - lo || 1)) * (H - 2 * PAD);
  el("line", {x1: PAD, y1: H - PAD, x2: W - PAD, y2: H - PAD, stroke: "#888"}, svg);
  el("line", {x1: PAD, y1: PAD, x2: PAD, y2: H - PAD, stroke: "#888"}, svg);
  // at most one point per pixel column: the column's highest score, so no alert is hidden
  const columns = new Map();
  data.scores.forEach((s, i) => {
    const c = Math.round(x(i));
    if (!columns.has(c) || columns.get(c) < s) columns.set(c, s);
  });
  const points = [...columns.entries()].sort((a, b) => a[0] - b[0]).map(([c, s]) => `${c},${y(s).toFixed(1)}`);
  el("polyline", {points: points.join(" "), fill: "none", stroke: "#2a6f97", "stroke-width": 1}, svg);
  el("line", {x1: PAD, y1: y(data.threshold), x2: W - PAD, y2: y(data.threshold), stroke: "#c0392b",
              "stroke-dasharray": "6 4"}, svg);
  for (const a of data.alerts) {
    const dot = el("circle", {cx: x(a.index), cy: y(a.score), r: 3, fill: "#c0392b"}, svg);
    el("title", {}, dot).textContent = `${a.time}: ${a.score.toFixed(3)} (${a.signals[0].name})`;
  }
  const label = (text, tx, ty, anchor) => {
    el("text", {x: tx, y: ty, "font-size": 11, "text-anchor": anchor}, svg).textContent = text;
  };
  label(data.times[0], PAD, H - PAD + 16, "start");
  label(data.times[n - 1], W - PAD, H - PAD + 16, "end");
  label(hi.toPrecision(3), PAD - 4, PAD + 4, "end");
  label(data.threshold.toPrecision(3), W - PAD + 2, y(data.threshold) - 4, "start");
}

function table(body, alerts) {
  body.replaceChildren();
  for (const a of alerts.slice(0, 200)) {
    const row = body.insertRow();
    row.insertCell().textContent = String(a.index + 1);
    row.insertCell().textContent = a.time;
    row.insertCell().textContent = a.score.toFixed(3);
    row.insertCell().textContent = a.signals.map((s) => `${s.name} = ${s.value}${s.unit ? " " + s.unit : ""}`)
      .join("; ");
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = document.getElementById("upload"), status = document.getElementById("status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const expert = document.getElementById("expert").value.trim();
    const file = document.getElementById("file").files[0];
    if (!file) return;
    const body = new FormData();
    body.append("file", file);
    status.textContent = "Đang chấm điểm… / Scoring…";
    try {
      // A file upload is an operator's job: the admin token saved on the node's Operator page (this session).
      const token = sessionStorage.getItem("luytre.token") || "";
      const headers = token ? {authorization: `Bearer ${token}`} : {};
      const r = await fetch(`/v1/anomaly/${encodeURIComponent(expert)}/score-file`, {method: "POST", body, headers});
      const data = await r.json();
      if (!r.ok) throw new Error(data.error ? data.error.message : r.statusText);
      draw(document.getElementById("chart"), data);
      table(document.getElementById("alerts"), data.alerts);
      status.textContent = `${data.rows} dòng, ${data.alerts.length} cảnh báo / ${data.rows} rows, ` +
        `${data.alerts.length} alerts`;
    } catch (err) {
      status.textContent = `Lỗi / Error: ${err.message}`;
    }
  });
});

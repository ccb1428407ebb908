"use strict";
// The operator's dashboard: charts drawn as inline SVG from the node's own history (/v1/metrics/history)
// and its peers (/v1/peers). No library, no CDN; presentation attributes only (the CSP allows no inline style).

const SVG = "http://www.w3.org/2000/svg";
const PALETTE = ["#1f6b45", "#0b57d0", "#a52a1d", "#8a5a00", "#6b3fa0", "#00838f", "#5d4037", "#c2185b"];
const W = 560, H = 180, PAD = { left: 48, right: 12, top: 12, bottom: 24 };

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children) el.append(c);
  return el;
}

function fmt(v) { return Number.isInteger(v) ? String(v) : v >= 100 ? Math.round(v).toString() : v >= 1 ? v.toFixed(1) : v.toPrecision(2); }

function clock(t) { return new Date(t * 1000).toTimeString().slice(0, 5); }

// A line chart of series [{name, points: [[t, v]...]}]; points with a null value are gaps.
function lineChart(id, title, series, unit) {
  const values = series.flatMap((s) => s.points.map((p) => p[1]).filter((v) => v !== null));
  const times = series.flatMap((s) => s.points.map((p) => p[0]));
  const figure = h("figure", { class: "chart", id }, h("figcaption", {}, title));
  if (!values.length) { figure.append(h("p", { class: "muted empty" }, t("dash.nodata"))); return figure; }
  const top = Math.max(...values) || 1, t0 = Math.min(...times), t1 = Math.max(...times, t0 + 1);
  const x = (tv) => PAD.left + (tv - t0) / (t1 - t0) * (W - PAD.left - PAD.right);
  const y = (v) => H - PAD.bottom - v / top * (H - PAD.top - PAD.bottom);
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": title, class: "plot" },
    svg("line", { x1: PAD.left, y1: y(0), x2: W - PAD.right, y2: y(0), stroke: "#8a948f" }),
    svg("text", { x: PAD.left - 6, y: y(top) + 4, "text-anchor": "end", "font-size": 11 }, `${fmt(top)} ${unit}`),
    svg("text", { x: PAD.left - 6, y: y(0) + 4, "text-anchor": "end", "font-size": 11 }, "0"),
    svg("text", { x: PAD.left, y: H - 6, "font-size": 11 }, clock(t0)),
    svg("text", { x: W - PAD.right, y: H - 6, "text-anchor": "end", "font-size": 11 }, clock(t1)));
  series.forEach((s, i) => {
    let run = [];
    const flush = () => {
      if (run.length === 1) chart.append(svg("circle", { cx: run[0][0], cy: run[0][1], r: 2.5, fill: PALETTE[i % PALETTE.length], class: "series" }));
      else if (run.length) chart.append(svg("polyline", { points: run.map((p) => p.join(",")).join(" "), fill: "none",
        stroke: PALETTE[i % PALETTE.length], "stroke-width": 2, class: "series" }, svg("title", {}, s.name)));
      run = [];
    };
    for (const [tv, v] of s.points) { if (v === null) flush(); else run.push([x(tv).toFixed(1), y(v).toFixed(1)]); }
    flush();
  });
  figure.append(chart, h("ul", { class: "legend" }, series.map((s, i) =>
    h("li", {}, svg("svg", { width: 10, height: 10, "aria-hidden": "true" }, svg("rect", { width: 10, height: 10, fill: PALETTE[i % PALETTE.length] })), ` ${s.name}`))));
  return figure;
}

// Horizontal bars for [{label, value, tone}] (tone: "good", "bad" or "" for the accent colour).
function barChart(id, title, rows, unit) {
  const figure = h("figure", { class: "chart", id }, h("figcaption", {}, title));
  if (!rows.length) { figure.append(h("p", { class: "muted empty" }, t("dash.none"))); return figure; }
  const top = Math.max(...rows.map((r) => r.value)) || 1, row = 24, label = 220;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${rows.length * row + 4}`, role: "img", "aria-label": title, class: "plot" });
  rows.forEach((r, i) => {
    const width = Math.max(2, r.value / top * (W - label - 80));
    const colour = r.tone === "bad" ? "#a52a1d" : r.tone === "good" ? "#1f6b45" : "#0b57d0";
    chart.append(svg("text", { x: label - 6, y: i * row + 16, "text-anchor": "end", "font-size": 12 }, r.label),
      svg("rect", { x: label, y: i * row + 4, width: width.toFixed(1), height: row - 8, fill: colour, class: "bar" }, svg("title", {}, `${r.label}: ${r.value}`)),
      svg("text", { x: label + width + 6, y: i * row + 16, "font-size": 12 }, `${fmt(r.value)}${unit ? " " + unit : ""}`));
  });
  figure.append(chart);
  return figure;
}

function historyCharts(history) {
  const s = history.series;
  const asks = history.experts.map((e) => ({ name: e, points: s.map((b) => [b.t, b.asks[e] || 0]) }));
  const refusals = Object.entries(history.refusals).map(([k, v]) => ({ label: k, value: v, tone: "bad" }));
  const redactions = Object.entries(history.redactions).map(([k, v]) => ({ label: k, value: v, tone: "" }));
  return [
    lineChart("chart-asks", t("dash.asks").replace("{s}", history.bucket_s), asks, ""),
    lineChart("chart-latency", t("dash.latency"), [
      { name: "p50", points: s.map((b) => [b.t, b.p50_ms]) }, { name: "p99", points: s.map((b) => [b.t, b.p99_ms]) }], "ms"),
    barChart("chart-refusals", t("dash.refusals"), refusals, ""),
    barChart("chart-redactions", t("dash.redactions"), redactions, ""),
    lineChart("chart-energy", t("dash.energy"), [{ name: "J", points: s.map((b) => [b.t, b.energy_j_per_answer]) }], "J"),
  ];
}

function peerChart(peers) {
  return barChart("chart-peers", t("dash.peers"), peers.map((p) => ({
    label: p.name, value: p.health.latency_ms || 0,
    tone: p.revoked || p.health.ok === false ? "bad" : "good" })), "ms");
}

let dashboardTimer = null;

// Draw the dashboard into `area` now and every 5 s while the operator page is shown.
function dashboard(area) {
  const draw = async () => {
    if (!document.body.contains(area)) { clearInterval(dashboardTimer); dashboardTimer = null; return; }
    try {
      const history = await api("GET", "/v1/metrics/history");
      const charts = historyCharts(history);
      if (token()) charts.push(peerChart(await api("GET", "/v1/peers", undefined, { admin: true })));
      area.replaceChildren(h("p", { class: "muted", id: "dash-totals" },
        `${history.totals.answered} ${t("dash.answered")} · ${history.totals.refused} ${t("dash.refused")}`),
        h("div", { class: "charts" }, charts));
    } catch (err) { area.replaceChildren(errorBox(err)); }
  };
  clearInterval(dashboardTimer);
  dashboardTimer = setInterval(draw, 5000);
  return draw();
}

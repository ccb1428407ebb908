// luytre web interface: plain JavaScript, no dependencies, everything from this node.
"use strict";

const T = {
  vi: {
    skip: "Bỏ qua, tới nội dung", loading: "Đang tải…",
    footer: "Mọi câu hỏi được xử lý trên nút này; dữ liệu cá nhân không rời khỏi nút.",
    "nav.ask": "Hỏi đáp", "nav.experts": "Chuyên gia", "nav.tutor": "Luyện tập", "nav.address": "Địa chỉ",
    "nav.operator": "Vận hành",
    "ask.title": "Hỏi chuyên gia", "ask.label": "Câu hỏi (có dấu hoặc không dấu)", "ask.send": "Hỏi",
    "ask.placeholder": "Ví dụ: làm lại thẻ căn cước bị mất cần giấy tờ gì?",
    "ask.expert": "Chuyên gia", "ask.none": "không có chuyên gia phù hợp", "ask.confidence": "Độ tin cậy",
    "ask.also": "Cũng đã xét", "ask.sources": "Nguồn", "ask.cost": "Chi phí", "ask.time": "thời gian",
    "ask.cpu": "CPU", "ask.energy": "năng lượng ước tính",
    "ask.llm": "Một LLM nhỏ ({model}, 1 luồng) cần khoảng {j} J cho loại câu hỏi này, đúng {acc} (chuyên gia: {ours}); số đo lần chạy bench gần nhất, {date}",
    "ask.redacted": "Dữ liệu cá nhân đã được che trước khi xử lý",
    "ask.pii": "Dữ liệu cá nhân phát hiện",
    "experts.title": "Chuyên gia trên nút này", "experts.id": "Mã", "experts.kind": "Loại",
    "experts.version": "Phiên bản", "experts.state": "Trạng thái", "experts.risk": "Mức rủi ro",
    "experts.enabled": "đang bật", "experts.disabled": "đã tắt", "experts.notloaded": "chưa nạp",
    "experts.install": "Cài gói chuyên gia (quản trị)", "experts.file": "Tệp gói .luytre",
    "experts.upload": "Tải lên và kiểm định", "experts.installed": "Đã cài", "experts.vetting": "Kiểm định",
    "experts.versions": "Lịch sử phiên bản", "experts.metrics": "Số đo", "experts.enable": "Bật",
    "experts.disable": "Tắt", "experts.remove": "Gỡ bỏ", "experts.confirm": "Gỡ chuyên gia này?",
    "experts.rejected": "Gói bị từ chối", "experts.check": "Bước kiểm định không đạt",
    "experts.needtoken": "Nhập khóa vận hành (operator) ở trang Vận hành để cài, bật, tắt hoặc gỡ.",
    "tutor.title": "Luyện tập", "tutor.learner": "Mã học sinh", "tutor.bank": "Bộ bài", "tutor.skill": "Kỹ năng (tùy chọn)",
    "tutor.any": "— để gia sư chọn —", "tutor.start": "Bắt đầu", "tutor.answer": "Câu trả lời", "tutor.submit": "Trả lời",
    "tutor.hint": "Gợi ý", "tutor.why": "Vì sao câu này",
    "tutor.count": "Đã làm", "tutor.done": "Hết câu cho hôm nay.", "tutor.teacher": "Báo cáo lớp (giáo viên)",
    "tutor.class": "Lớp", "tutor.report": "Xem báo cáo", "tutor.mastered": "đã vững",
    "address.title": "Chuyển đổi địa chỉ sang bản đồ 2025", "address.paste": "Dán địa chỉ (mỗi dòng một địa chỉ)",
    "address.csv": "Hoặc chọn tệp CSV", "address.column": "Cột chứa địa chỉ", "address.convert": "Chuyển đổi",
    "address.download": "Tải CSV kết quả", "address.input": "Địa chỉ gốc", "address.ward": "Phường/xã mới",
    "address.province": "Tỉnh/thành mới", "address.old": "Đơn vị cũ", "address.conf": "Tin cậy",
    "address.changed": "Tô vàng: đơn vị đã đổi so với địa chỉ gốc.",
    "op.title": "Vận hành nút", "op.token": "Khóa truy cập (luytre client)", "op.save": "Lưu cho phiên này", "op.saved": "Đã lưu khóa.",
    "dash.title": "Nút đang làm gì", "dash.asks": "Câu hỏi mỗi chuyên gia (mỗi {s} giây)",
    "dash.latency": "Thời gian trả lời p50 / p99", "dash.refusals": "Từ chối theo quy tắc (từ khi khởi động)",
    "dash.redactions": "Che dữ liệu cá nhân theo quy tắc (từ khi khởi động)", "dash.energy": "Năng lượng mỗi câu trả lời (ước tính)",
    "dash.peers": "Sức khỏe các nút ngang hàng (độ trễ)", "dash.nodata": "Chưa có câu hỏi nào trong giờ qua.",
    "dash.none": "Chưa có.", "dash.answered": "câu đã trả lời", "dash.refused": "bị từ chối",
    "op.audit": "Nhật ký xử lý", "op.verify": "Kiểm tra toàn vẹn", "op.intact": "Nhật ký toàn vẹn",
    "op.broken": "Nhật ký KHÔNG toàn vẹn", "op.policy": "Chính sách dữ liệu", "op.consents": "Đồng ý của chủ thể dữ liệu",
    "op.peers": "Nút liên kết", "op.nopeers": "Nút này chưa liên kết với nút nào (luytre peer add).", "op.none": "Chưa có.",
    "op.seq": "#", "op.time": "Thời điểm", "op.decision": "Quyết định", "op.rule": "Quy tắc", "op.categories": "Loại dữ liệu",
    "op.load": "Tải", "op.more": "Cũ hơn", "op.peer": "Nút", "op.health": "Tình trạng", "op.latency": "Độ trễ",
    "op.offers": "Chuyên gia cung cấp", "op.catalog": "Danh mục", "op.up": "hoạt động", "op.down": "không trả lời",
    "op.revoked": "đã thu hồi", "op.circuit": "tạm ngắt",
    "error.network": "Không kết nối được với nút.", "error.token": "Cần khóa truy cập có vai trò phù hợp (trang Vận hành).",
  },
  en: {
    skip: "Skip to content", loading: "Loading…",
    footer: "Every question is processed on this node; personal data does not leave it.",
    "nav.ask": "Ask", "nav.experts": "Experts", "nav.tutor": "Practice", "nav.address": "Addresses",
    "nav.operator": "Operator",
    "ask.title": "Ask the experts", "ask.label": "Question (with or without diacritics)", "ask.send": "Ask",
    "ask.placeholder": "e.g. which documents do I need to replace a lost ID card?",
    "ask.expert": "Expert", "ask.none": "no suitable expert", "ask.confidence": "Confidence",
    "ask.also": "Also considered", "ask.sources": "Sources", "ask.cost": "Cost", "ask.time": "time",
    "ask.cpu": "CPU", "ask.energy": "estimated energy",
    "ask.llm": "A small LLM ({model}, 1 thread) needs about {j} J for this kind of question, {acc} right (this expert: {ours}); last bench run, {date}",
    "ask.redacted": "Personal data was redacted before processing",
    "ask.pii": "Personal data found",
    "experts.title": "Experts on this node", "experts.id": "Id", "experts.kind": "Kind", "experts.version": "Version",
    "experts.state": "State", "experts.risk": "Risk tier", "experts.enabled": "enabled", "experts.disabled": "disabled",
    "experts.notloaded": "not loaded", "experts.install": "Install an expert package (operator)",
    "experts.file": ".luytre package file", "experts.upload": "Upload and vet", "experts.installed": "Installed",
    "experts.vetting": "Vetting", "experts.versions": "Version history", "experts.metrics": "Metrics",
    "experts.enable": "Enable", "experts.disable": "Disable", "experts.remove": "Remove",
    "experts.confirm": "Remove this expert?", "experts.rejected": "Package rejected",
    "experts.check": "Failed vetting check", "experts.needtoken": "Enter an operator key on the Operator page to install, enable, disable or remove.",
    "tutor.title": "Practice", "tutor.learner": "Learner id", "tutor.bank": "Item bank", "tutor.skill": "Skill (optional)",
    "tutor.any": "— let the tutor choose —", "tutor.start": "Start", "tutor.answer": "Answer", "tutor.submit": "Submit",
    "tutor.hint": "Hint", "tutor.why": "Why this item",
    "tutor.count": "Answered", "tutor.done": "No more items today.", "tutor.teacher": "Class report (teachers)",
    "tutor.class": "Class", "tutor.report": "Show report", "tutor.mastered": "mastered",
    "address.title": "Convert addresses to the 2025 map", "address.paste": "Paste addresses (one per line)",
    "address.csv": "Or choose a CSV file", "address.column": "Address column", "address.convert": "Convert",
    "address.download": "Download CSV", "address.input": "Input", "address.ward": "New ward",
    "address.province": "New province", "address.old": "Old units", "address.conf": "Confidence",
    "address.changed": "Highlighted: units that changed from the input.",
    "op.title": "Node operations", "op.token": "Client key (luytre client)", "op.save": "Keep for this session", "op.saved": "Key saved.",
    "dash.title": "What the node is doing", "dash.asks": "Questions per expert (per {s} s)",
    "dash.latency": "Answer time p50 / p99", "dash.refusals": "Refusals by rule (since start)",
    "dash.redactions": "Redactions by rule (since start)", "dash.energy": "Energy per answer (estimated)",
    "dash.peers": "Peers' health (latency)", "dash.nodata": "No questions in the last hour.",
    "dash.none": "None yet.", "dash.answered": "answered", "dash.refused": "refused",
    "op.audit": "Processing log", "op.verify": "Verify integrity", "op.intact": "Log intact", "op.broken": "Log NOT intact",
    "op.policy": "Data policy", "op.consents": "Data-subject consents", "op.peers": "Peer nodes",
    "op.nopeers": "This node has no peers yet (luytre peer add).", "op.none": "None yet.", "op.seq": "#", "op.time": "Time",
    "op.decision": "Decision", "op.rule": "Rule", "op.categories": "Data categories", "op.load": "Load", "op.more": "Older",
    "op.peer": "Node", "op.health": "Health", "op.latency": "Latency", "op.offers": "Experts offered",
    "op.catalog": "Catalog", "op.up": "up", "op.down": "not answering", "op.revoked": "revoked", "op.circuit": "circuit open",
    "error.network": "Cannot reach the node.", "error.token": "A client key with the right role is needed (Operator page).",
  },
};

let lang = localStorage.getItem("luytre.lang") || "vi";
const t = (key) => (T[lang] && T[lang][key]) || T.vi[key] || key;
const $ = (selector, root = document) => root.querySelector(selector);

// Build DOM without innerHTML: text is always text.
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function token() { return sessionStorage.getItem("luytre.token") || ""; }

async function api(method, path, body, { admin = false, raw = false } = {}) {
  const headers = {};
  if (admin && token()) headers.authorization = `Bearer ${token()}`;
  let payload = body;
  if (body !== undefined && !(body instanceof FormData)) {
    headers["content-type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload });
  } catch (err) {
    throw new ApiError(t("error.network"), "network");
  }
  if (raw && response.ok) return response.text();
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = data.error || { code: "http_error", message: response.statusText };
    const message = error.code === "unauthorized" ? t("error.token") : error.message;
    throw new ApiError(message, error.code, error.detail, response.status);
  }
  return data;
}

class ApiError extends Error {
  constructor(message, code, detail, status) { super(message); this.code = code; this.detail = detail; this.status = status; }
}

function errorBox(err) { return h("div", { class: "error", role: "alert" }, err.message || String(err)); }

function toast(message) {
  const box = $("#toast");
  box.textContent = message;
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 6000);
}

function show(...nodes) {
  const main = $("#main");
  main.replaceChildren(...nodes);
}

function pct(x) { return x === null || x === undefined ? "—" : `${Math.round(x * 100)}%`; }

// -- Ask --------------------------------------------------------------------------------------------

function askPage() {
  const out = h("div", { "aria-live": "polite" });
  const input = h("textarea", { id: "question", placeholder: t("ask.placeholder"), required: true });
  const form = h("form", { class: "card", onsubmit: async (ev) => {
    ev.preventDefault();
    const query = input.value.trim();
    if (!query) return input.focus();
    out.replaceChildren(h("p", { class: "muted" }, t("loading")));
    try {
      out.replaceChildren(renderAnswer(await api("POST", "/v1/ask", { query, lang })));
    } catch (err) { out.replaceChildren(errorBox(err)); }
  } },
  h("label", { for: "question" }, t("ask.label")), input,
  h("div", { class: "row" }, h("button", { type: "submit", id: "ask-send" }, t("ask.send"))));
  show(h("h1", {}, t("ask.title")), form, out);
  input.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); form.requestSubmit(); } });
  input.focus();
}

function renderAnswer(r) {
  const result = r.result || {};
  const card = h("section", { class: "card", id: "answer" },
    h("p", { class: "answer" }, r.answer),
    h("div", { class: "meta" },
      h("span", {}, `${t("ask.expert")}: `, h("strong", { id: "answer-expert" }, r.expert || t("ask.none"))),
      h("span", {}, `${t("ask.confidence")}: ${pct(r.confidence)}`)));
  if (r.privacy && r.privacy.redacted) card.append(h("p", { class: "warn" }, t("ask.redacted")));
  const types = r.privacy && r.privacy.pii_types ? Object.keys(r.privacy.pii_types) : [];
  if (types.length) card.append(h("p", { class: "muted" }, `${t("ask.pii")}: ${types.join(", ")}`));
  if (Array.isArray(result.citations) && result.found) {
    card.append(h("h2", {}, t("ask.sources")),
      h("ul", {}, result.citations.map((c) => h("li", {}, h("strong", {}, c.title), ` › ${c.section} `, h("code", {}, c.doc)))));
  }
  const others = (r.candidates || []).filter((c) => c.expert !== r.expert).slice(0, 3);
  if (others.length) {
    card.append(h("p", { class: "muted" }, `${t("ask.also")}: `,
      others.map((c) => `${c.expert} (${pct(c.score)})`).join(", ")));
  }
  card.append(h("p", { class: "meta" }, `${t("ask.cost")}: ${t("ask.time")} ${r.timings_ms.total.toFixed(1)} ms · ` +
    `${t("ask.cpu")} ${r.cpu_ms.toFixed(1)} ms · ${t("ask.energy")} ${(r.energy_j_est * 1000).toFixed(1)} mJ`));
  const llm = r.small_llm;
  if (llm) card.append(h("p", { class: "muted", id: "answer-llm" }, t("ask.llm").replace("{model}", llm.model)
    .replace("{j}", llm.energy_j.toPrecision(2)).replace("{acc}", pct(llm.llm_accuracy))
    .replace("{ours}", pct(llm.expert_accuracy)).replace("{date}", llm.measured_at.slice(0, 10))));
  return card;
}

// -- Experts ----------------------------------------------------------------------------------------

async function expertsPage() {
  show(h("h1", {}, t("experts.title")), h("p", { class: "muted" }, t("loading")));
  let experts;
  try { experts = await api("GET", "/v1/experts"); } catch (err) { return show(h("h1", {}, t("experts.title")), errorBox(err)); }
  const rows = experts.map((e) => h("tr", {},
    h("td", {}, h("a", { href: `#/experts/${encodeURIComponent(e.id)}` }, e.id)),
    h("td", {}, e.title[lang] || e.title.vi), h("td", {}, e.kind), h("td", {}, e.version),
    h("td", {}, e.enabled ? t("experts.enabled") : t("experts.disabled"), e.loaded ? "" : ` · ${t("experts.notloaded")}`),
    h("td", {}, e.risk_tier)));
  const status = h("div", { "aria-live": "polite", id: "install-status" });
  const file = h("input", { type: "file", id: "package-file", accept: ".luytre,.tar.gz,.zip" });
  const form = h("form", { class: "card", onsubmit: async (ev) => {
    ev.preventDefault();
    if (!file.files.length) return file.focus();
    const data = new FormData();
    data.append("file", file.files[0]);
    status.replaceChildren(h("p", { class: "muted" }, t("loading")));
    try {
      const installed = await api("POST", "/v1/experts", data, { admin: true });
      status.replaceChildren(h("p", { class: "ok" }, `${t("experts.installed")}: ${installed.id} ${installed.version}`));
      setTimeout(expertsPage, 600);
    } catch (err) {
      const check = err.detail && err.detail.check;
      status.replaceChildren(h("div", { class: "error", role: "alert", id: "install-error" },
        h("strong", {}, `${t("experts.rejected")}: `), err.message,
        check ? h("p", {}, `${t("experts.check")}: `, h("strong", { id: "failed-check" }, check)) : null));
    }
  } },
  h("h2", {}, t("experts.install")), token() ? null : h("p", { class: "muted" }, t("experts.needtoken")),
  h("label", { for: "package-file" }, t("experts.file")), file,
  h("div", { class: "row" }, h("button", { type: "submit", id: "upload" }, t("experts.upload"))), status);
  show(h("h1", {}, t("experts.title")),
    h("div", { class: "table-wrap" }, h("table", { id: "experts" },
      h("thead", {}, h("tr", {}, ["experts.id", "experts.title", "experts.kind", "experts.version", "experts.state", "experts.risk"]
        .map((k) => h("th", { scope: "col" }, k === "experts.title" ? "" : t(k))))),
      h("tbody", {}, rows))), form);
}

async function expertPage(id) {
  show(h("h1", {}, id), h("p", { class: "muted" }, t("loading")));
  let e;
  try { e = await api("GET", `/v1/experts/${encodeURIComponent(id)}`); } catch (err) { return show(h("h1", {}, id), errorBox(err)); }
  const status = h("div", { "aria-live": "polite" });
  const act = (label, method, path, cls) => h("button", { type: "button", class: cls || "secondary", onclick: async () => {
    if (method === "DELETE" && !confirm(t("experts.confirm"))) return;
    try {
      await api(method, path, undefined, { admin: true });
      if (method === "DELETE") location.hash = "#/experts"; else expertPage(id);
    } catch (err) { status.replaceChildren(errorBox(err)); }
  } }, label);
  const checks = (e.vetting && e.vetting.checks) || [];
  const metrics = (e.manifest.metrics || []).map((m) => h("li", {}, `${m.name}: ${m.value} (${m.dataset}, n=${m.n})`));
  show(h("h1", {}, `${e.title[lang] || e.title.vi} `, h("span", { class: "pill" }, e.id)),
    h("section", { class: "card" },
      h("p", {}, e.manifest.description[lang] || e.manifest.description.vi),
      h("p", { class: "meta" }, `${t("experts.kind")}: ${e.kind} · ${t("experts.version")}: ${e.version} · ` +
        `${t("experts.risk")}: ${e.risk_tier} · ${e.data_categories.join(", ")} · ${e.publisher}`),
      h("div", { class: "row" },
        e.enabled ? act(t("experts.disable"), "POST", `/v1/experts/${id}/disable`) : act(t("experts.enable"), "POST", `/v1/experts/${id}/enable`),
        act(t("experts.remove"), "DELETE", `/v1/experts/${id}`, "danger")), status),
    metrics.length ? h("section", { class: "card" }, h("h2", {}, t("experts.metrics")), h("ul", {}, metrics)) : null,
    h("section", { class: "card", id: "vetting" }, h("h2", {}, t("experts.vetting")),
      checks.length ? h("ul", {}, checks.map((c) => h("li", {}, h("span", { class: c.passed ? "pass" : "fail" }, c.passed ? "✓ " : "✗ "),
        h("strong", {}, c.name), c.detail ? ` — ${typeof c.detail === "string" ? c.detail : JSON.stringify(c.detail)}` : "")))
        : h("p", { class: "muted" }, t("op.none"))),
    h("section", { class: "card" }, h("h2", {}, t("experts.versions")),
      h("ul", {}, e.versions.map((v) => h("li", {}, `${v.version} — ${v.installed_at} — ${v.digest.slice(0, 16)}…`)))));
}

// -- Practice ---------------------------------------------------------------------------------------

async function tutorPage() {
  show(h("h1", {}, t("tutor.title")), h("p", { class: "muted" }, t("loading")));
  let banks;
  try { banks = await api("GET", "/v1/tutor/banks"); } catch (err) { return show(h("h1", {}, t("tutor.title")), errorBox(err)); }
  const learner = h("input", { type: "text", id: "learner", required: true, autocomplete: "off", value: localStorage.getItem("luytre.learner") || "" });
  const bank = h("select", { id: "bank" }, banks.map((b) => h("option", { value: b.bank }, b.title[lang] || b.title.vi)));
  const skill = h("select", { id: "skill" });
  const fillSkills = () => {
    const chosen = banks.find((b) => b.bank === bank.value);
    skill.replaceChildren(h("option", { value: "" }, t("tutor.any")),
      ...(chosen ? chosen.skills.map((s) => h("option", { value: s.id }, s.name[lang] || s.name.vi)) : []));
  };
  bank.addEventListener("change", fillSkills);
  fillSkills();
  const area = h("div", { id: "practice", "aria-live": "polite" });
  const start = h("form", { class: "card", onsubmit: async (ev) => {
    ev.preventDefault();
    if (!learner.value.trim()) return learner.focus();
    localStorage.setItem("luytre.learner", learner.value.trim());
    try {
      const session = await api("POST", "/v1/tutor/sessions", { learner: learner.value.trim(), bank: bank.value, skill: skill.value || null });
      practise(area, session.session, session, 0);
    } catch (err) { area.replaceChildren(errorBox(err)); }
  } },
  h("label", { for: "learner" }, t("tutor.learner")), learner,
  h("label", { for: "bank" }, t("tutor.bank")), bank,
  h("label", { for: "skill" }, t("tutor.skill")), skill,
  h("div", { class: "row" }, h("button", { type: "submit", id: "start" }, t("tutor.start"))));
  show(h("h1", {}, t("tutor.title")), start, area, teacherReport(banks));
}

function practise(area, session, view, count, feedback) {
  const nodes = [];
  if (feedback) nodes.push(feedback);
  if (!view.item) {
    nodes.push(h("p", { class: "ok", id: "practice-done" }, `${t("tutor.done")} ${view.reason ? view.reason[lang] || view.reason.vi : ""}`));
    return area.replaceChildren(...nodes);
  }
  const item = view.item;
  const answerInput = h("input", { type: "text", id: "answer", autocomplete: "off" });
  const hints = [...item.hints];
  const hintBox = h("ul", { class: "muted" });
  const submit = async (value) => {
    try {
      const result = await api("POST", `/v1/tutor/sessions/${session}/answer`, { item: item.id, answer: value });
      const note = h("p", { class: result.correct ? "ok" : "error", id: "feedback" }, result.feedback[lang]);
      practise(area, session, result.next, count + 1, note);
    } catch (err) { area.prepend(errorBox(err)); }
  };
  const body = item.choices.length
    ? h("div", { class: "choices", role: "group", "aria-label": t("tutor.answer") },
        item.choices.map((c, i) => h("button", { type: "button", class: "choice", onclick: () => submit(String(i + 1)) }, `${i + 1}. ${c}`)))
    : h("form", { onsubmit: (ev) => { ev.preventDefault(); submit(answerInput.value); } },
        h("label", { for: "answer" }, t("tutor.answer")), answerInput,
        h("div", { class: "row" }, h("button", { type: "submit", id: "submit-answer" }, t("tutor.submit")),
          hints.length ? h("button", { type: "button", class: "secondary", onclick: () => {
            if (hints.length) hintBox.append(h("li", {}, hints.shift()));
          } }, t("tutor.hint")) : null));
  nodes.push(h("section", { class: "card", id: "item", "data-item": item.id },
    h("p", { class: "meta" }, `${t("tutor.count")}: `, h("span", { id: "answered-count" }, String(count))),
    h("p", { class: "answer" }, item.question), body, hintBox,
    h("details", {}, h("summary", {}, t("tutor.why")), h("p", {}, view.reason[lang] || view.reason.vi))));
  area.replaceChildren(...nodes);
  (item.choices.length ? $(".choice", area) : answerInput).focus();
}

function teacherReport(banks) {
  const klass = h("input", { type: "text", id: "class-id" });
  const bank = h("select", { id: "report-bank" }, banks.map((b) => h("option", { value: b.bank }, b.title[lang] || b.title.vi)));
  const out = h("div", { "aria-live": "polite" });
  return h("form", { class: "card", onsubmit: async (ev) => {
    ev.preventDefault();
    try {
      const report = await api("GET", `/v1/tutor/classes/${encodeURIComponent(klass.value.trim())}/report?bank=${bank.value}`, undefined, { admin: true });
      out.replaceChildren(h("div", { class: "table-wrap" }, h("table", {},
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, t("tutor.learner")),
          report.skills.map((s) => h("th", { scope: "col" }, s.name[lang] || s.name.vi)))),
        h("tbody", {}, report.learners.map((r) => h("tr", {}, h("td", {}, r.learner),
          report.skills.map((s) => h("td", { class: r.known[s.id] >= 0.95 ? "pass" : "" }, pct(r.known[s.id])))))))));
    } catch (err) { out.replaceChildren(errorBox(err)); }
  } },
  h("h2", {}, t("tutor.teacher")), h("label", { for: "class-id" }, t("tutor.class")), klass,
  h("label", { for: "report-bank" }, t("tutor.bank")), bank,
  h("div", { class: "row" }, h("button", { type: "submit" }, t("tutor.report"))), out);
}

// -- Addresses --------------------------------------------------------------------------------------

function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows.filter((r) => r.some((f) => f.trim()));
}

function toCsv(rows) {
  return rows.map((r) => r.map((f) => {
    const s = f === null || f === undefined ? "" : String(f);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(",")).join("\r\n") + "\r\n";
}

function addressPage() {
  const paste = h("textarea", { id: "addresses", placeholder: "P. Bến Nghé, Q.1, TP HCM" });
  const file = h("input", { type: "file", id: "address-csv", accept: ".csv,text/csv" });
  const column = h("select", { id: "address-column", disabled: true });
  const out = h("div", { id: "address-results", "aria-live": "polite" });
  let csvRows = null;
  file.addEventListener("change", async () => {
    if (!file.files.length) return;
    csvRows = parseCsv((await file.files[0].text()).replace(/^\ufeff/, ""));
    column.replaceChildren(...(csvRows[0] || []).map((name, i) => h("option", { value: String(i) }, name)));
    column.disabled = false;
    const guess = (csvRows[0] || []).findIndex((n) => /address|địa chỉ|dia chi/i.test(n));
    if (guess >= 0) column.value = String(guess);
  });
  const form = h("form", { class: "card", onsubmit: async (ev) => {
    ev.preventDefault();
    let header = ["address"], rows;
    let index = 0;
    if (csvRows && csvRows.length > 1) {
      header = csvRows[0]; rows = csvRows.slice(1); index = Number(column.value);
    } else {
      rows = paste.value.split("\n").map((l) => l.trim()).filter(Boolean).map((l) => [l]);
    }
    if (!rows.length) return paste.focus();
    out.replaceChildren(h("p", { class: "muted" }, t("loading")));
    try {
      const { results } = await api("POST", "/v1/experts/vn-address/batch", { queries: rows.map((r) => r[index] || " "), lang });
      out.replaceChildren(...renderAddresses(header, rows, index, results));
    } catch (err) { out.replaceChildren(errorBox(err)); }
  } },
  h("label", { for: "addresses" }, t("address.paste")), paste,
  h("label", { for: "address-csv" }, t("address.csv")), file,
  h("label", { for: "address-column" }, t("address.column")), column,
  h("div", { class: "row" }, h("button", { type: "submit", id: "convert" }, t("address.convert"))));
  show(h("h1", {}, t("address.title")), form, out);
}

function renderAddresses(header, rows, index, results) {
  const names = ["new_province_code", "new_province", "new_ward_code", "new_ward", "new_format", "new_confidence"];
  const table = [[...header, ...names]];
  const body = rows.map((row, i) => {
    const r = (results[i] && results[i].result) || {};
    const err = results[i] && results[i].error;
    table.push([...row, r.province_code, r.province, r.ward_code, r.ward, r.format, r.confidence]);
    const old = r.old ? [r.old.ward, r.old.district, r.old.province].filter(Boolean).join(", ") : "";
    const wardChanged = r.ward && !(row[index] || "").toLowerCase().includes((r.ward || "").replace(/^(Phường|Xã|Thị trấn|Đặc khu) /, "").toLowerCase());
    const provinceChanged = r.province && r.old && r.old.province && r.old.province !== r.province;
    return h("tr", {}, h("td", {}, row[index]),
      h("td", { class: wardChanged ? "changed" : "" }, err ? h("span", { class: "fail" }, err.message) : r.ward || "—"),
      h("td", { class: provinceChanged ? "changed" : "" }, r.province || "—"), h("td", {}, old), h("td", {}, pct(r.confidence)));
  });
  const href = "data:text/csv;charset=utf-8," + encodeURIComponent("\ufeff" + toCsv(table));
  return [h("p", { class: "muted" }, t("address.changed")),
    h("div", { class: "table-wrap" }, h("table", { id: "address-table" },
      h("thead", {}, h("tr", {}, ["address.input", "address.ward", "address.province", "address.old", "address.conf"].map((k) => h("th", { scope: "col" }, t(k))))),
      h("tbody", {}, body))),
    h("div", { class: "row" }, h("a", { class: "button", id: "download", href, download: "addresses-2025.csv" }, t("address.download")))];
}

// -- Operator ---------------------------------------------------------------------------------------

function operatorPage() {
  const input = h("input", { type: "password", id: "token", autocomplete: "off", value: token() });
  const sections = h("div", {});
  const charts = h("div", {}, h("p", { class: "muted" }, t("loading")));
  const load = async () => {
    sections.replaceChildren(h("p", { class: "muted" }, t("loading")));
    const parts = [];
    try {
      const [entries, verification] = await Promise.all([api("GET", "/v1/audit/entries?limit=50", undefined, { admin: true }),
        api("GET", "/v1/audit/verify", undefined, { admin: true })]);
      parts.push(h("section", { class: "card", id: "audit" }, h("h2", {}, t("op.audit")),
        h("p", { class: verification.ok ? "ok" : "error", id: "audit-status" }, verification.ok ? t("op.intact") : t("op.broken"),
          ` — ${verification.size} entries`, verification.problem ? ` — ${verification.problem}` : ""),
        h("div", { class: "table-wrap" }, h("table", {},
          h("thead", {}, h("tr", {}, ["op.seq", "op.time", "ask.expert", "op.decision", "op.rule", "op.categories"].map((k) => h("th", { scope: "col" }, t(k))))),
          h("tbody", {}, entries.map((e) => h("tr", {}, h("td", {}, e.seq), h("td", {}, e.time || ""), h("td", {}, e.expert || "—"),
            h("td", { class: e.decision === "denied" ? "fail" : "" }, e.decision || ""), h("td", {}, e.rule || ""),
            h("td", {}, (e.categories || []).join(", ")))))))));
      const [policy, consents] = await Promise.all([api("GET", "/v1/policy", undefined, { admin: true }),
        api("GET", "/v1/consents", undefined, { admin: true })]);
      parts.push(h("section", { class: "card", id: "policy" }, h("h2", {}, t("op.policy")),
        h("ul", {}, policy.rules.map((r) => h("li", {}, h("code", {}, r)))), h("details", {}, h("summary", {}, "Cedar"), h("pre", {}, policy.text))));
      parts.push(h("section", { class: "card", id: "consents" }, h("h2", {}, t("op.consents")),
        consents.length ? h("ul", {}, consents.map((c) => h("li", {}, `${c.at} — ${c.subject} — ${c.purpose}: ${c.status}`))) : h("p", { class: "muted" }, t("op.none"))));
      const peers = await api("GET", "/v1/peers", undefined, { admin: true });
      parts.push(h("section", { class: "card", id: "peers" }, h("h2", {}, t("op.peers")),
        peers.length ? h("div", { class: "table-wrap" }, h("table", {},
          h("thead", {}, h("tr", {}, ["op.peer", "op.health", "op.latency", "op.offers", "op.catalog"].map((k) => h("th", { scope: "col" }, t(k))))),
          h("tbody", {}, peers.map((p) => h("tr", {},
            h("td", {}, h("strong", {}, p.name), h("br", {}), h("code", {}, p.node_id), " ", p.url, ` (${p.jurisdiction})`),
            h("td", { class: p.revoked || p.health.ok === false ? "fail" : p.health.ok ? "pass" : "" },
              p.revoked ? t("op.revoked") : p.health.ok === null ? "—" : p.health.ok ? t("op.up") : `${t("op.down")}: ${p.health.last_error || ""}`,
              p.health.circuit === "open" ? ` · ${t("op.circuit")}` : ""),
            h("td", {}, p.health.latency_ms === null ? "—" : `${p.health.latency_ms} ms`),
            h("td", {}, p.experts.join(", ") || "—"),
            h("td", {}, p.catalog_version === null ? "—" : `v${p.catalog_version}`))))))
          : h("p", { class: "muted" }, t("op.nopeers"))));
      sections.replaceChildren(...parts);
    } catch (err) { sections.replaceChildren(errorBox(err)); }
  };
  show(h("h1", {}, t("op.title")),
    h("form", { class: "card", onsubmit: (ev) => {
      ev.preventDefault();
      sessionStorage.setItem("luytre.token", input.value.trim());
      toast(t("op.saved"));
      load();
    } }, h("label", { for: "token" }, t("op.token")), input,
      h("div", { class: "row" }, h("button", { type: "submit", id: "save-token" }, t("op.save")))),
    h("section", { class: "card", id: "dashboard" }, h("h2", {}, t("dash.title")), charts),
    sections);
  dashboard(charts);
  if (token()) load();
}

// -- Shell ------------------------------------------------------------------------------------------

function translateStatic() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
  const button = $("#lang");
  button.textContent = lang === "vi" ? "EN" : "VI";
  button.setAttribute("aria-label", lang === "vi" ? "English" : "Tiếng Việt");
}

function route() {
  const [page, arg] = location.hash.replace(/^#\/?/, "").split("/");
  for (const a of document.querySelectorAll("header nav a")) {
    if (a.getAttribute("href") === `#/${page || "ask"}`) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  const pages = { ask: askPage, experts: arg ? () => expertPage(decodeURIComponent(arg)) : expertsPage,
    tutor: tutorPage, address: addressPage, operator: operatorPage };
  (pages[page] || askPage)();
}

window.addEventListener("hashchange", route);
window.addEventListener("unhandledrejection", (ev) => { toast(ev.reason && ev.reason.message ? ev.reason.message : String(ev.reason)); });
document.addEventListener("DOMContentLoaded", async () => {
  $("#lang").addEventListener("click", () => {
    lang = lang === "vi" ? "en" : "vi";
    localStorage.setItem("luytre.lang", lang);
    translateStatic();
    route();
  });
  translateStatic();
  route();
  try {
    const health = await api("GET", "/healthz");
    $("#node-name").textContent = health.node.name || "";
  } catch (err) { toast(err.message); }
});

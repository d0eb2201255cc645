// Runs report.js (given as argv[2]) against a tiny fake DOM: enough to check that it loads, filters rows and
// builds overrides.csv. Not a browser; it checks our logic, not layout.
"use strict";
const fs = require("fs");
const script = fs.readFileSync(process.argv[2], "utf8");

function classList() {
  const set = new Set();
  return {
    set,
    contains: (c) => set.has(c),
    toggle: (c, on) => { if (on === undefined) { on = !set.has(c); } if (on) { set.add(c); } else { set.delete(c); } return on; },
    add: (c) => set.add(c), remove: (c) => set.delete(c)
  };
}
function el(tag, props) {
  return Object.assign({tag, classList: classList(), dataset: {}, value: "", textContent: "", listeners: {},
    addEventListener(t, f) { (this.listeners[t] = this.listeners[t] || []).push(f); },
    setAttribute(k, v) { this["attr:" + k] = v; }, appendChild(c) { (this.children = this.children || []).push(c); },
    closest() { return null; }, querySelector() { return null; }, remove() {}, click() { this.clicked = true; }}, props);
}
const users = [el("section", {dataset: {user: "alice"}}), el("section", {dataset: {user: "bob"}})];
const groups = [el("div"), el("div"), el("div")];
function row(id, decision, category, user, text, g, u) {
  const sel = el("select", {value: ""}), note = el("input", {value: ""});
  sel.classList.add("ov"); note.classList.add("note");
  const act = el("td"); act.classList.add("act");
  const r = el("tr", {dataset: {id, decision, category, user},
    cells: [el("td", {textContent: id}), el("td", {textContent: text}), act],
    closest: (s) => s === ".grp" ? groups[g] : s === "section.user" ? users[u] : null,
    querySelector: (s) => s === "select.ov" ? sel : s === "input.note" ? note : null});
  sel.closest = () => r;
  r.sel = sel; r.note = note;
  return r;
}
const rows = [
  row("e1", "needs_review", "health", "alice", "Runs before standup", 0, 0),
  row("e2", "kept", "work", "alice", "Prefers Java", 1, 0),
  row("e3", "kept", "work", "bob", "Uses Vim", 2, 1)
];
const byId = {
  "f-decision": el("select"), "f-category": el("select"), "f-user": el("select"), "f-text": el("input"),
  "shown-count": el("span"), "marked-count": el("span"), "download-overrides": el("button")
};
const docListeners = {};
const document = {
  documentElement: el("html"), body: el("body", {dataset: {overridesFile: "overrides.csv"}}),
  querySelectorAll: (s) => s === "tr[data-id]" ? rows : s === ".grp" ? groups : s === "section.user" ? users : [],
  getElementById: (id) => byId[id] || null,
  createElement: (t) => el(t),
  addEventListener: (t, f) => { docListeners[t] = f; }
};
let blob = null;
const window = {addEventListener() {}};
const ctx = {document, window, setTimeout: (f) => f(), clearTimeout() {},
  Blob: function (parts) { blob = parts.join(""); }, URL: {createObjectURL: () => "blob:x", revokeObjectURL() {}},
  Int32Array, Array, String};
new Function(...Object.keys(ctx), script)(...Object.values(ctx));

const out = {};
out.ready = document.documentElement["attr:data-report-ready"];
out.userOptions = (byId["f-user"].children || []).map((o) => o.value);
out.shownAll = byId["shown-count"].textContent;
byId["f-decision"].value = "kept"; byId["f-decision"].listeners.change[0]();
out.hiddenAfterKept = rows.filter((r) => r.classList.contains("h")).map((r) => r.dataset.id);
out.hiddenGroupsAfterKept = groups.map((g) => g.classList.contains("h"));
byId["f-decision"].value = ""; byId["f-text"].value = "VIM"; byId["f-text"].listeners.input[0]();
out.hiddenAfterSearch = rows.filter((r) => r.classList.contains("h")).map((r) => r.dataset.id);
out.hiddenUsersAfterSearch = users.map((u) => u.classList.contains("h"));
rows[0].sel.value = "keep"; rows[0].note.value = "fine, \"work\"\nhabit"; docListeners.change({target: rows[0].sel});
rows[2].sel.value = "drop"; docListeners.change({target: rows[2].sel});
out.marked = byId["marked-count"].textContent;
byId["download-overrides"].listeners.click[0]();
out.csv = blob;
process.stdout.write(JSON.stringify(out));

// Runs report.js (given as argv[2]) against a tiny fake DOM: enough to check that it loads, filters rows, gives every
// row its keep/drop control and builds overrides.csv. Not a browser; it checks our logic, not layout.
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
  const e = Object.assign({tag, classList: classList(), dataset: {}, value: "", textContent: "", listeners: {},
    attrs: {}, children: [],
    addEventListener(t, f) { (this.listeners[t] = this.listeners[t] || []).push(f); },
    setAttribute(k, v) { this.attrs[k] = v; }, appendChild(c) { this.children.push(c); return c; },
    cloneNode(deep) {
      const c = el(this.tag, {value: this.value, textContent: this.textContent, attrs: Object.assign({}, this.attrs)});
      c.className = this.className;
      if (deep) { c.children = this.children.map((x) => x.cloneNode(true)); }
      return c;
    },
    closest() { return null; }, querySelector() { return null; }, remove() {}, click() { this.clicked = true; }}, props);
  // className and classList are one attribute in a browser
  Object.defineProperty(e, "className", {
    get() { return [...e.classList.set].join(" "); },
    set(v) { e.classList.set.clear(); String(v || "").split(" ").filter(Boolean).forEach((c) => e.classList.add(c)); }
  });
  return e;
}
const users = [el("section", {dataset: {user: "alice"}}), el("section", {dataset: {user: "bob"}})];
const groups = [el("div"), el("div"), el("div")];
function row(id, decision, category, text, g, u) {
  const cells = [id, decision, category, text, "why", "src:1"].map((t) => el("td", {textContent: t}));
  return el("tr", {id: "e-" + id, cells,
    closest: (s) => s === ".grp" ? groups[g] : s === "section.user" ? users[u] : null});
}
const rows = [
  row("e1", "needs_review", "health", "Runs before standup", 0, 0),
  row("e2", "kept", "work", "Prefers Java", 1, 0),
  row("e3", "kept", "", "Uses Vim", 2, 1)
];
const byId = {
  "f-decision": el("select"), "f-category": el("select"), "f-user": el("select"), "f-text": el("input"),
  "shown-count": el("span"), "marked-count": el("span"), "download-overrides": el("button")
};
const docListeners = {};
const document = {
  documentElement: el("html"), body: el("body", {dataset: {overridesFile: "overrides.csv"}}),
  querySelectorAll: (s) => s === "table.rows tr[id]" ? rows : s === ".grp" ? groups : s === "section.user" ? users : [],
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

const hidden = () => rows.filter((r) => r.classList.contains("h")).map((r) => r.id);
function set(id, event, value) { byId[id].value = value; byId[id].listeners[event][0](); }
const controls = (r) => ({act: r.children[0], sel: r.children[0].children[0], note: r.children[0].children[1]});
const out = {};
out.ready = document.documentElement.attrs["data-report-ready"];
out.controls = rows.map((r) => {
  const c = controls(r);
  return [r.children.length, c.act.className, c.sel.className, c.sel.attrs["aria-label"],
    c.sel.children.map((o) => o.value + "=" + o.textContent).join("|"), c.note.className, c.note.attrs.placeholder].join(" ");
});
out.oneControlEach = new Set(rows.map((r) => controls(r).sel)).size;
out.userOptions = byId["f-user"].children.map((o) => o.value);
out.shownAll = byId["shown-count"].textContent;
set("f-decision", "change", "kept");
out.hiddenAfterKept = hidden();
out.hiddenGroupsAfterKept = groups.map((g) => g.classList.contains("h"));
set("f-decision", "change", "");
set("f-category", "change", "(none)");
out.hiddenAfterNoCategory = hidden();
set("f-category", "change", "work");
out.hiddenAfterCategory = hidden();
set("f-category", "change", "");
set("f-user", "change", "bob");
out.hiddenAfterUser = hidden();
set("f-user", "change", "");
set("f-text", "input", "VIM");
out.hiddenAfterSearch = hidden();
out.hiddenUsersAfterSearch = users.map((u) => u.classList.contains("h"));
set("f-text", "input", "keep");
out.searchSkipsControls = hidden();
set("f-text", "input", "");
const c0 = controls(rows[0]), c2 = controls(rows[2]);
c0.sel.value = "keep"; c0.note.value = "fine, \"work\"\nhabit"; docListeners.change({target: c0.sel});
c2.sel.value = "drop"; docListeners.change({target: c2.sel});
docListeners.change({target: byId["f-decision"]});
out.rowMarks = rows.map((r) => (r.classList.contains("ov-keep") ? "keep" : "") + (r.classList.contains("ov-drop") ? "drop" : ""));
out.marked = byId["marked-count"].textContent;
byId["download-overrides"].listeners.click[0]();
out.csv = blob;
process.stdout.write(JSON.stringify(out));

(function () {
  "use strict";
  var doc = document;
  var rows = Array.prototype.slice.call(doc.querySelectorAll("tr[data-id]"));
  var groups = Array.prototype.slice.call(doc.querySelectorAll(".grp"));
  var users = Array.prototype.slice.call(doc.querySelectorAll("section.user"));
  var n = rows.length;
  var dec = new Array(n), cat = new Array(n), usr = new Array(n), txt = new Array(n);
  var gOf = new Int32Array(n), uOf = new Int32Array(n), shown = new Array(n);
  var gShown = new Array(groups.length), uShown = new Array(users.length);
  var i, j;
  for (j = 0; j < groups.length; j++) { groups[j].__g = j; gShown[j] = true; }
  for (j = 0; j < users.length; j++) { users[j].__u = j; uShown[j] = true; }
  for (i = 0; i < n; i++) {
    var r = rows[i], ds = r.dataset, g = r.closest(".grp"), u = r.closest("section.user"), t = "";
    dec[i] = ds.decision || ""; cat[i] = ds.category || ""; usr[i] = ds.user || "";
    for (j = 0; j < r.cells.length; j++) {
      if (!r.cells[j].classList.contains("act")) { t += r.cells[j].textContent + " "; }
    }
    txt[i] = t.toLowerCase();
    gOf[i] = g ? g.__g : -1; uOf[i] = u ? u.__u : -1; shown[i] = true;
  }
  var fDec = doc.getElementById("f-decision"), fCat = doc.getElementById("f-category");
  var fUser = doc.getElementById("f-user"), fText = doc.getElementById("f-text");
  var shownCount = doc.getElementById("shown-count");
  if (fUser) {
    for (j = 0; j < users.length; j++) {
      var o = doc.createElement("option");
      o.value = o.textContent = users[j].dataset.user || "";
      fUser.appendChild(o);
    }
  }
  function apply() {
    var d = fDec ? fDec.value : "", c = fCat ? fCat.value : "", us = fUser ? fUser.value : "";
    var q = fText ? fText.value.trim().toLowerCase() : "";
    var none = c === "(none)";
    var gc = new Int32Array(groups.length), uc = new Int32Array(users.length), visible = 0, k;
    for (k = 0; k < n; k++) {
      var ok = (!d || dec[k] === d) && (!c || (none ? cat[k] === "" : cat[k] === c)) && (!us || usr[k] === us)
          && (!q || txt[k].indexOf(q) >= 0);
      if (ok !== shown[k]) { rows[k].classList.toggle("h", !ok); shown[k] = ok; }
      if (ok) { visible++; if (gOf[k] >= 0) { gc[gOf[k]]++; } if (uOf[k] >= 0) { uc[uOf[k]]++; } }
    }
    for (k = 0; k < groups.length; k++) {
      var gv = gc[k] > 0;
      if (gv !== gShown[k]) { groups[k].classList.toggle("h", !gv); gShown[k] = gv; }
    }
    for (k = 0; k < users.length; k++) {
      var uv = uc[k] > 0;
      if (uv !== uShown[k]) { users[k].classList.toggle("h", !uv); uShown[k] = uv; }
    }
    if (shownCount) { shownCount.textContent = visible + " of " + n + " entries shown"; }
  }
  var timer = 0;
  function later() { clearTimeout(timer); timer = setTimeout(apply, 150); }
  if (fDec) { fDec.addEventListener("change", apply); }
  if (fCat) { fCat.addEventListener("change", apply); }
  if (fUser) { fUser.addEventListener("change", apply); }
  if (fText) { fText.addEventListener("input", later); }

  var marked = 0, unsaved = false, markedCount = doc.getElementById("marked-count");
  function countMarks() {
    marked = 0;
    for (var k = 0; k < n; k++) {
      if (rows[k].classList.contains("ov-keep") || rows[k].classList.contains("ov-drop")) { marked++; }
    }
    if (markedCount) { markedCount.textContent = marked + " marked"; }
  }
  doc.addEventListener("change", function (e) {
    var el = e.target;
    if (!el.classList || !el.classList.contains("ov")) { return; }
    var row = el.closest("tr[data-id]");
    if (!row) { return; }
    row.classList.toggle("ov-keep", el.value === "keep");
    row.classList.toggle("ov-drop", el.value === "drop");
    unsaved = true;
    countMarks();
  });
  doc.addEventListener("input", function (e) {
    if (e.target.classList && e.target.classList.contains("note")) { unsaved = true; }
  });
  function q(s) { return "\"" + String(s).replace(/"/g, "\"\"") + "\""; }
  function overridesCsv() {
    var lines = ["entry_id,decision,note"];
    for (var k = 0; k < n; k++) {
      var sel = rows[k].querySelector("select.ov");
      if (!sel || !sel.value) { continue; }
      var note = rows[k].querySelector("input.note");
      lines.push(q(rows[k].dataset.id) + "," + q(sel.value) + "," + q(note ? note.value : ""));
    }
    return lines.join("\r\n") + "\r\n";
  }
  var dl = doc.getElementById("download-overrides");
  if (dl) {
    dl.addEventListener("click", function () {
      var blob = new Blob([overridesCsv()], {type: "text/csv;charset=utf-8"});
      var a = doc.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = doc.body.dataset.overridesFile || "overrides.csv";
      doc.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      unsaved = false;
    });
  }
  window.addEventListener("beforeunload", function (e) {
    if (unsaved && marked > 0) { e.preventDefault(); e.returnValue = ""; }
  });
  window.__overridesCsv = overridesCsv;
  apply();
  doc.documentElement.setAttribute("data-report-ready", String(n));
})();

(function () {
  "use strict";
  var doc = document;
  // rows carry only their id and decision class; decision and category are their cells, the user is their section's
  var rows = Array.prototype.slice.call(doc.querySelectorAll("table.rows tr[id]"));
  var groups = Array.prototype.slice.call(doc.querySelectorAll(".grp"));
  var users = Array.prototype.slice.call(doc.querySelectorAll("section.user"));
  var n = rows.length;
  var ids = new Array(n), dec = new Array(n), cat = new Array(n), usr = new Array(n), txt = new Array(n);
  var gOf = new Int32Array(n), uOf = new Int32Array(n), shown = new Array(n);
  var sels = new Array(n), notes = new Array(n);
  var gShown = new Array(groups.length), uShown = new Array(users.length);
  var i, j;
  for (j = 0; j < groups.length; j++) { groups[j].__g = j; gShown[j] = true; }
  for (j = 0; j < users.length; j++) { users[j].__u = j; uShown[j] = true; }
  // one keep/drop control and note, cloned into every row here rather than repeated in the page's HTML
  var act = doc.createElement("td"), sel = doc.createElement("select"), note = doc.createElement("input");
  act.className = "act";
  sel.className = "ov"; sel.setAttribute("aria-label", "override");
  ["", "keep", "drop"].forEach(function (v) {
    var o = doc.createElement("option");
    o.value = v; o.textContent = v || "\u2013";
    sel.appendChild(o);
  });
  note.className = "note"; note.setAttribute("aria-label", "note"); note.setAttribute("placeholder", "note");
  act.appendChild(sel); act.appendChild(note);
  for (i = 0; i < n; i++) {
    var r = rows[i], cells = r.cells, g = r.closest(".grp"), u = r.closest("section.user"), t = "";
    ids[i] = r.id.slice(2); dec[i] = cells[1].textContent; cat[i] = cells[2].textContent;
    usr[i] = u ? u.dataset.user || "" : "";
    for (j = 0; j < cells.length; j++) { t += cells[j].textContent + " "; }
    txt[i] = t.toLowerCase();
    gOf[i] = g ? g.__g : -1; uOf[i] = u ? u.__u : -1; shown[i] = true;
    var a = act.cloneNode(true);
    sels[i] = a.children[0]; notes[i] = a.children[1];
    sels[i].__k = i;
    r.appendChild(a);
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
      if (sels[k].value) { marked++; }
    }
    if (markedCount) { markedCount.textContent = marked + " marked"; }
  }
  // one listener for all rows' controls
  doc.addEventListener("change", function (e) {
    var k = e.target.__k;
    if (k === undefined) { return; }
    rows[k].classList.toggle("ov-keep", e.target.value === "keep");
    rows[k].classList.toggle("ov-drop", e.target.value === "drop");
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
      if (sels[k].value) { lines.push(q(ids[k]) + "," + q(sels[k].value) + "," + q(notes[k].value)); }
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


(function () {
  "use strict";
  // Session text only ever reaches the page through textContent, never as markup.
  var data = JSON.parse(document.getElementById("snapshot-data").textContent);
  var slider = document.getElementById("phase-slider");
  var output = document.getElementById("phase-name");
  var body = document.getElementById("details-body");
  var panels = document.querySelectorAll("[data-phase-panel]");
  var gotos = document.querySelectorAll("[data-goto]");
  var current = 0;
  var dims = [["trust", "Trust"], ["commitment", "Commitment"], ["interdependence", "Interdependence"]];

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }

  function hint(text) {
    body.replaceChildren(el("p", text, "hint"));
  }

  function rows(pairs) {
    var dl = el("dl");
    pairs.forEach(function (pair) {
      dl.appendChild(el("dt", pair[0]));
      dl.appendChild(el("dd", pair[1]));
    });
    return dl;
  }

  function showActor(info) {
    var roles = info.roles.length ? info.roles.join(", ") : "no role recorded";
    body.replaceChildren(el("p", info.name, "name"),
      rows([["Type", info.type], ["Scale", info.scale], ["Roles here", roles]]));
  }

  function score(s) {
    if (s.median === null) { return "not scored"; }
    var text = String(s.median) + " (" + s.votes + (s.votes === 1 ? " vote" : " votes");
    if (s.votes > 1) { text += ", spread " + s.spread; }
    return text + ")";
  }

  function showRelation(info) {
    var arrow = info.directed ? " → " : " – ";
    var pairs = [["Kind", info.kind]];
    dims.forEach(function (d) { pairs.push([d[1], score(info.scores[d[0]])]); });
    pairs.push(["3C class", info.threec || "unclassified (not all three scored)"]);
    info.tensions.forEach(function (t) { pairs.push(["Tension", t]); });
    body.replaceChildren(el("p", info.source + arrow + info.target, "name"), rows(pairs));
  }

  function clearActive() {
    document.querySelectorAll("svg.map .active").forEach(function (n) { n.classList.remove("active"); });
  }

  function inspect(target) {
    var node = target && target.closest ? target.closest("[data-actor],[data-relation]") : null;
    if (!node) { return; }
    var phase = data.phases[Number(node.closest("svg").getAttribute("data-phase"))];
    clearActive();
    node.classList.add("active");
    if (node.hasAttribute("data-actor")) {
      showActor(phase.actors[node.getAttribute("data-actor")]);
    } else {
      showRelation(phase.relations[node.getAttribute("data-relation")]);
    }
  }

  function show(index) {
    index = Math.max(0, Math.min(data.phases.length - 1, index));
    current = index;
    panels.forEach(function (p) { p.hidden = Number(p.getAttribute("data-phase-panel")) !== index; });
    gotos.forEach(function (b) { b.setAttribute("aria-current", String(Number(b.getAttribute("data-goto")) === index)); });
    if (slider) {
      slider.value = String(index);
      slider.setAttribute("aria-valuetext", data.phases[index].title);
    }
    if (output) { output.textContent = data.phases[index].title; }
    if (data.phases.length > 1 && window.history && history.replaceState) {
      try { history.replaceState(null, "", "#phase-" + (index + 1)); } catch (e) { /* a sandboxed viewer */ }
    }
    clearActive();
    hint("Point at an actor or a relation (or move to it with the Tab key) to see its roles or scores in this phase.");
  }

  document.querySelectorAll("svg.map").forEach(function (svg) {
    svg.addEventListener("mouseover", function (ev) { inspect(ev.target); });
    svg.addEventListener("focusin", function (ev) { inspect(ev.target); });
    svg.addEventListener("click", function (ev) { inspect(ev.target); });
  });
  if (slider) { slider.addEventListener("input", function () { show(Number(slider.value)); }); }
  gotos.forEach(function (b) {
    b.addEventListener("click", function () { show(Number(b.getAttribute("data-goto"))); });
  });
  var prev = document.getElementById("prev-phase");
  var next = document.getElementById("next-phase");
  if (prev) { prev.addEventListener("click", function () { show(current - 1); }); }
  if (next) { next.addEventListener("click", function () { show(current + 1); }); }
  document.addEventListener("keydown", function (ev) {
    if (ev.target === slider || ev.altKey || ev.ctrlKey || ev.metaKey) { return; }
    if (ev.key === "PageDown") { show(current + 1); ev.preventDefault(); }
    if (ev.key === "PageUp") { show(current - 1); ev.preventDefault(); }
  });
  // "snapshot.html#phase-2" opens on the second phase, so a link can point at one phase.
  var wanted = /^#phase-(\d+)$/.exec(window.location.hash);
  show(wanted ? Number(wanted[1]) - 1 : 0);
}());


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
  // The page's words come with its data, in the page's language: the script has none of its own.
  var words = data.words;
  var dims = words.dims;

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
    var roles = info.roles.length ? info.roles.join(", ") : words.no_role;
    var pairs = [[words.type, info.type], [words.scale, info.scale], [words.roles_here, roles]];
    if (info.state === "not_described") { pairs = [[words.type, info.type], [words.scale, info.scale], [words.here, words.silent_actor]]; }
    body.replaceChildren(el("p", info.name, "name"), rows(pairs));
  }

  function showRelation(info) {
    var arrow = info.directed ? " → " : " – ";
    var pairs = [[words.kind, info.kind]];
    dims.forEach(function (d) { pairs.push([d[1], info.scores[d[0]].text]); });
    if (info.state === "not_described") { pairs.push([words.here, words.silent_relation]); }
    pairs.push([words.threec, info.threec || words.unclassified]);
    (info.stated || []).forEach(function (c) { pairs.push([words.stated, c]); });
    info.tensions.forEach(function (t) { pairs.push([words.tension, t]); });
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
    if (typeof apply === "function" && full) { apply(); }
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
    hint(words.hint);
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
  // -- fitting, zooming and moving the map ---------------------------------------------------
  // Every phase's map is drawn in the same coordinates, so a zoomed view survives a phase
  // change; unzoomed, each phase is fitted to its own actors. The map's box takes what is
  // left of the window on a wide screen, where the whole map shows; on a narrow one (a
  // phone) the map opens zoomed in far enough for the names to be read, and is moved by
  // dragging.
  var maps = Array.prototype.slice.call(document.querySelectorAll("svg.map"));
  var NAME_UNITS = 14;  // the name font's size in map units (snapshot.css: text.name)
  var LEGIBLE_PX = 11;  // the smallest name size the map opens with on a phone
  var MAX_SCALE = 4;
  var full = null;  // the box around every phase's map: panning stops at its edges
  var view = null;  // null: the shown phase fitted; else {s: pixels per unit, cx, cy: centre}

  function box(text) {
    var v = String(text || "").split(/[\s,]+/).map(Number);
    return v.length === 4 && v.every(isFinite) ? {x: v[0], y: v[1], w: v[2], h: v[3]} : null;
  }

  if (maps.length) { full = box(maps[0].getAttribute("viewBox")); }

  function shownMap() {
    for (var i = 0; i < maps.length; i++) {
      if (maps[i].getBoundingClientRect().width > 0) { return maps[i]; }
    }
    return null;
  }

  function fitOf(svg) { return box(svg.getAttribute("data-fit")) || full; }

  function scaleFor(b, rect) { return Math.min(rect.width / b.w, rect.height / b.h); }

  function fitScale(rect) { return scaleFor(fitOf(shownMap()), rect); }

  function minScale(rect) { return Math.min(fitScale(rect), scaleFor(full, rect)); }

  function apply() {
    var svg = shownMap();
    if (!svg || !full) { return; }
    var rect = svg.getBoundingClientRect();
    var b = fitOf(svg);
    var shown = [b.x, b.y, b.w, b.h];
    if (view) {
      view.s = Math.max(minScale(rect), Math.min(MAX_SCALE, view.s));
      var w = rect.width / view.s, h = rect.height / view.s;
      var clamp = function (c, lo, size, span) {
        return span >= size ? lo + size / 2 : Math.max(lo + span / 2, Math.min(lo + size - span / 2, c));
      };
      view.cx = clamp(view.cx, full.x, full.w, w);
      view.cy = clamp(view.cy, full.y, full.h, h);
      shown = [view.cx - w / 2, view.cy - h / 2, w, h];
    }
    var text = shown.map(function (v) { return v.toFixed(1); }).join(" ");
    maps.forEach(function (m) {
      m.setAttribute("viewBox", text);
      m.classList.toggle("zoomed", view !== null);
    });
  }

  function currentView(rect) {
    if (view) { return view; }
    var b = fitOf(shownMap());
    return {s: scaleFor(b, rect), cx: b.x + b.w / 2, cy: b.y + b.h / 2};
  }

  // Zoom by ``factor`` keeping the map point under (px, py) (client pixels) where it is.
  function zoomAt(factor, px, py) {
    var svg = shownMap();
    if (!svg) { return; }
    var rect = svg.getBoundingClientRect();
    var v = currentView(rect);
    var mx = rect.left + rect.width / 2, my = rect.top + rect.height / 2;
    if (px === undefined) { px = mx; py = my; }
    var ux = v.cx + (px - mx) / v.s, uy = v.cy + (py - my) / v.s;
    var s = Math.max(minScale(rect), Math.min(MAX_SCALE, v.s * factor));
    view = {s: s, cx: ux - (px - mx) / s, cy: uy - (py - my) / s};
    apply();
  }

  function sizeBoxes() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll(".mapbox"));
    var shown = boxes.filter(function (box) { return box.getBoundingClientRect().width > 0; })[0];
    var height = null;
    if (shown && window.innerWidth > 900) {
      var top = shown.getBoundingClientRect().top + window.scrollY;
      var room = window.innerHeight - top - 40;  // the help line under the map stays in view
      // What is left of the window, but never less than half of it on a short window.
      height = Math.max(window.innerHeight * 0.5, room) + "px";
    }
    boxes.forEach(function (box) {
      if (height) { box.style.height = height; } else { box.style.removeProperty("height"); }
    });
  }

  var pointers = {};
  var gesture = null;

  function startGesture() {
    var svg = shownMap();
    var ids = Object.keys(pointers);
    if (!svg || !ids.length) { gesture = null; return; }
    var rect = svg.getBoundingClientRect();
    var v = currentView(rect);
    var a = pointers[ids[0]], b = pointers[ids[1]] || a;
    gesture = {s: v.s, cx: v.cx, cy: v.cy, mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2,
               d: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)), two: ids.length > 1};
  }

  function moveGesture() {
    var ids = Object.keys(pointers);
    if (!gesture || !ids.length) { return; }
    var a = pointers[ids[0]], b = pointers[ids[1]] || a;
    var mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
    var s = gesture.s;
    if (gesture.two && ids.length > 1) {
      s = gesture.s * Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)) / gesture.d;
    }
    var rect = shownMap().getBoundingClientRect();
    s = Math.max(minScale(rect), Math.min(MAX_SCALE, s));
    var cx0 = rect.left + rect.width / 2, cy0 = rect.top + rect.height / 2;
    var ux = gesture.cx + (gesture.mx - cx0) / gesture.s, uy = gesture.cy + (gesture.my - cy0) / gesture.s;
    view = {s: s, cx: ux - (mx - cx0) / s, cy: uy - (my - cy0) / s};
    apply();
  }

  maps.forEach(function (svg) {
    svg.addEventListener("pointerdown", function (ev) {
      if (ev.pointerType === "mouse" && (ev.button !== 0 || view === null)) { return; }
      if (ev.pointerType !== "mouse" && view === null && !Object.keys(pointers).length && ev.isPrimary) {
        pointers[ev.pointerId] = {x: ev.clientX, y: ev.clientY};  // a pinch may follow
        return;
      }
      pointers[ev.pointerId] = {x: ev.clientX, y: ev.clientY};
      try { svg.setPointerCapture(ev.pointerId); } catch (e) { /* pointer already gone */ }
      svg.classList.add("dragging");
      startGesture();
    });
    svg.addEventListener("pointermove", function (ev) {
      if (!pointers[ev.pointerId]) { return; }
      pointers[ev.pointerId] = {x: ev.clientX, y: ev.clientY};
      if (gesture) { moveGesture(); ev.preventDefault(); }
    });
    var end = function (ev) {
      if (!pointers[ev.pointerId]) { return; }
      delete pointers[ev.pointerId];
      svg.classList.remove("dragging");
      startGesture();  // the finger left on the glass carries on moving the map
      if (!Object.keys(pointers).length) { gesture = null; }
    };
    svg.addEventListener("pointerup", end);
    svg.addEventListener("pointercancel", end);
    svg.addEventListener("wheel", function (ev) {
      if (!ev.ctrlKey) { return; }  // a plain wheel scrolls the page; Ctrl or a trackpad pinch zooms
      ev.preventDefault();
      zoomAt(Math.exp(-ev.deltaY / 300), ev.clientX, ev.clientY);
    }, {passive: false});
  });
  document.querySelectorAll("[data-zoom]").forEach(function (button) {
    button.addEventListener("click", function () {
      var how = button.getAttribute("data-zoom");
      if (how === "fit") { view = null; apply(); } else { zoomAt(how === "in" ? 1.5 : 1 / 1.5); }
    });
  });

  function openView() {
    sizeBoxes();
    var svg = shownMap();
    if (!svg || !full) { return; }
    var rect = svg.getBoundingClientRect();
    if (window.innerWidth <= 900 && fitScale(rect) * NAME_UNITS < LEGIBLE_PX) {
      var b = fitOf(svg);
      view = {s: LEGIBLE_PX / NAME_UNITS, cx: b.x + b.w / 2, cy: b.y + b.h / 2};
    }
    apply();
  }
  window.addEventListener("resize", function () { sizeBoxes(); apply(); });

  // "snapshot.html#phase-2" opens on the second phase, so a link can point at one phase.
  var wanted = /^#phase-(\d+)$/.exec(window.location.hash);
  show(wanted ? Number(wanted[1]) - 1 : 0);
  openView();
}());

// An accessibility check of the page as it stands, run inside a real browser by
// tests/live/test_phone_accessibility.py. It returns a list of problems (empty: none found).
// What it checks, and the rule behind each (WCAG 2.2):
//  - the document names its language (3.1.1);
//  - every visible button, input, select and text area has a name a screen reader reads:
//    aria-labelledby, aria-label, a <label>, its own text or a title (4.1.2);
//  - every visible text reaches 4.5:1 against its background, large text 3:1 (1.4.3); the
//    colours are the computed ones, the background the first opaque one behind the text,
//    disabled controls left out as the rule allows;
//  - no positive tabindex, and every visible control can take the focus (2.4.3, 2.1.1);
//  - every visible control is at least 44 x 44 CSS pixels (2.5.5);
//  - messages that change (status, errors, waiting) sit in a live region or alert (4.1.3).
// Focus order and the visible focus ring are checked by the test itself with real Tab key
// presses (focus-visible only follows the keyboard).
(function () {
  "use strict";
  var problems = [];
  function shown(el) {
    if (!el.isConnected) { return false; }
    var s = getComputedStyle(el);
    if (s.display === "none" || s.visibility === "hidden") { return false; }
    var r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }
  function describe(el) {
    var id = el.id ? "#" + el.id : "";
    var text = (el.textContent || "").trim().slice(0, 30);
    return el.tagName.toLowerCase() + id + (text ? " '" + text + "'" : "");
  }
  function parse(c) {
    var m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) { return [0, 0, 0, 0]; }
    var p = m[1].split(",").map(function (x) { return parseFloat(x); });
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  }
  function lum(c) {
    var ch = c.slice(0, 3).map(function (v) {
      v = v / 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * ch[0] + 0.7152 * ch[1] + 0.0722 * ch[2];
  }
  function over(top, under) {  // a colour with alpha over an opaque one
    var a = top[3];
    return [0, 1, 2].map(function (i) { return top[i] * a + under[i] * (1 - a); }).concat([1]);
  }
  function background(el) {
    var layers = [];
    for (var e = el; e; e = e.parentElement) {
      var c = parse(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) { layers.push(c); }
      if (c[3] >= 1) { break; }
    }
    var base = [255, 255, 255, 1];
    for (var i = layers.length - 1; i >= 0; i--) { base = over(layers[i], base); }
    return base;
  }
  function ratio(a, b) {
    var la = lum(a), lb = lum(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function name(el) {
    var by = el.getAttribute("aria-labelledby");
    if (by) {
      var t = by.split(/\s+/).map(function (id) {
        var x = document.getElementById(id);
        return x ? x.textContent : "";
      }).join(" ").trim();
      if (t) { return t; }
    }
    if ((el.getAttribute("aria-label") || "").trim()) { return el.getAttribute("aria-label").trim(); }
    if (el.labels && el.labels.length) {
      var l = Array.prototype.map.call(el.labels, function (x) { return x.textContent; }).join(" ").trim();
      if (l) { return l; }
    }
    if (el.tagName === "BUTTON" && el.textContent.trim()) { return el.textContent.trim(); }
    return (el.getAttribute("title") || "").trim();
  }

  if (!(document.documentElement.getAttribute("lang") || "").trim()) {
    problems.push("the page does not name its language (html lang)");
  }
  var controls = Array.prototype.filter.call(
    document.querySelectorAll("button, input, select, textarea, a[href], [tabindex]"), shown);
  controls.forEach(function (el) {
    if (el.matches("button, input, select, textarea") && !name(el)) {
      problems.push("no name: " + describe(el));
    }
    if (el.tabIndex > 0) { problems.push("positive tabindex: " + describe(el)); }
    if (el.tabIndex < 0 && !el.disabled) { problems.push("cannot take the focus: " + describe(el)); }
    var r = el.getBoundingClientRect();
    if (r.width < 44 || r.height < 44) {
      problems.push("touch target " + Math.round(r.width) + "x" + Math.round(r.height) + ": " + describe(el));
    }
  });
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var checked = new Set();
  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
    var el = node.parentElement;
    if (!node.textContent.trim() || !el || checked.has(el) || !shown(el)) { continue; }
    checked.add(el);
    if (el.closest("button:disabled, [aria-disabled='true']")) { continue; }
    var s = getComputedStyle(el);
    var fg = over(parse(s.color), background(el));
    var size = parseFloat(s.fontSize), bold = parseInt(s.fontWeight, 10) >= 700;
    var large = size >= 24 || (bold && size >= 18.66);
    var need = large ? 3 : 4.5;
    var got = ratio(fg, background(el));
    if (got < need) {
      problems.push("contrast " + got.toFixed(2) + " < " + need + ": " + describe(el));
    }
  }
  ["status", "offline", "view-wait"].forEach(function (id) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var live = el.closest("[aria-live], [role=status], [role=alert]");
    if (!live) { problems.push("changing message not in a live region: #" + id); }
  });
  return problems;
})()

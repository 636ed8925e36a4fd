// A tiny line chart on <canvas data-series='{"series":[{"name":..,"points":[[ms,value],..]}],"format":"pct"|"int"}'>.
// Written for probe (no third-party code); sets data-drawn to the number of points drawn.
(function () {
  'use strict';
  var COLORS = ['#e0457b', '#3a7bd5', '#1f9d55', '#e8a412'];
  function fmt(v, f) { return f === 'pct' ? (v / 10000).toFixed(4) + '%' : String(Math.round(v)); }
  function draw(c) {
    var spec; try { spec = JSON.parse(c.dataset.series); } catch (e) { return; }
    var dpr = window.devicePixelRatio || 1, w = c.clientWidth || 600, h = c.clientHeight || 220;
    c.width = w * dpr; c.height = h * dpr;
    var g = c.getContext('2d'); g.scale(dpr, dpr);
    var style = getComputedStyle(document.body), fg = style.color, muted = 'rgba(127,127,140,.35)';
    var all = []; spec.series.forEach(function (s) { all = all.concat(s.points); });
    if (!all.length) { c.dataset.drawn = '0'; return; }
    var x0 = Math.min.apply(null, all.map(function (p) { return p[0]; }));
    var x1 = Math.max.apply(null, all.map(function (p) { return p[0]; }));
    var y0 = Math.min.apply(null, all.map(function (p) { return p[1]; }));
    var y1 = Math.max.apply(null, all.map(function (p) { return p[1]; }));
    if (x1 === x0) { x0 -= 864e5; x1 += 864e5; }
    if (y1 === y0) { y0 -= 1; y1 += 1; }
    var pad = { l: 64, r: 10, t: 10, b: 24 };
    var X = function (x) { return pad.l + (x - x0) / (x1 - x0) * (w - pad.l - pad.r); };
    var Y = function (y) { return h - pad.b - (y - y0) / (y1 - y0) * (h - pad.t - pad.b); };
    g.font = '11px system-ui, sans-serif'; g.fillStyle = fg; g.strokeStyle = muted; g.lineWidth = 1;
    for (var i = 0; i <= 4; i++) {
      var yv = y0 + (y1 - y0) * i / 4, yy = Y(yv);
      g.beginPath(); g.moveTo(pad.l, yy); g.lineTo(w - pad.r, yy); g.stroke();
      g.fillText(fmt(yv, spec.format), 2, yy + 4);
    }
    g.fillText(new Date(x0).toISOString().slice(0, 10), pad.l, h - 6);
    var last = new Date(x1).toISOString().slice(0, 10);
    g.fillText(last, w - pad.r - g.measureText(last).width, h - 6);
    var drawn = 0;
    spec.series.forEach(function (s, k) {
      g.strokeStyle = g.fillStyle = COLORS[k % COLORS.length]; g.lineWidth = 2; g.beginPath();
      s.points.forEach(function (p, j) { var px = X(p[0]), py = Y(p[1]); if (j) { g.lineTo(px, py); } else { g.moveTo(px, py); } });
      g.stroke();
      s.points.forEach(function (p) { g.beginPath(); g.arc(X(p[0]), Y(p[1]), 2.5, 0, 7); g.fill(); drawn++; });
      if (s.name) { g.fillText(s.name, pad.l + 6 + k * 110, pad.t + 10); }
    });
    c.dataset.drawn = String(drawn);
  }
  function drawAll() { document.querySelectorAll('canvas[data-series]').forEach(draw); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', drawAll); } else { drawAll(); }
  var t; window.addEventListener('resize', function () { clearTimeout(t); t = setTimeout(drawAll, 150); });
})();

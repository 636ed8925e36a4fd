// The whole catalogue on one page: compact rows from data-catalog, filtered as you type.
(function () {
  'use strict';
  var root = document.getElementById('catalog');
  if (!root) { return; }
  var data = JSON.parse(root.dataset.catalog);
  var TYPES = data.types, DIFFS = data.diffs, base = (window.probe && window.probe.base) || '';
  var rows = [];
  data.songs.forEach(function (s) {
    s[4].forEach(function (c) {
      var id = TYPES[c[0]] + '|' + DIFFS[c[1]] + '|' + s[1] + '|' + s[0];
      var cst = c[3] < 0 ? '' : (c[3] / 10).toFixed(1) + (c[4] ? '?' : '');
      var best = c[6] < 0 ? '' : (c[6] / 10000).toFixed(4) + '%' + (c[7] ? ' ' + c[7] : '');
      var text = [s[0], s[2], data.genres[s[3]], data.versions[c[5]], TYPES[c[0]], DIFFS[c[1]], c[2], cst].join(' ').toLowerCase();
      rows.push({ s: s, c: c, id: id, cst: cst, best: best, text: text });
    });
  });
  var input = document.getElementById('catalog-search'), body = root.querySelector('tbody');
  var count = document.getElementById('catalog-count'), LIMIT = 300;
  function cell(tr, text, cls) { var td = document.createElement('td'); td.textContent = text; if (cls) { td.className = cls; } tr.appendChild(td); return td; }
  function render() {
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0, matched = 0;
    var frag = document.createDocumentFragment();
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i], ok = true;
      for (var k = 0; k < terms.length; k++) { if (r.text.indexOf(terms[k]) < 0) { ok = false; break; } }
      if (!ok) { continue; }
      matched++;
      if (shown >= LIMIT) { continue; }
      shown++;
      var tr = document.createElement('tr'), td = document.createElement('td'), a = document.createElement('a');
      a.href = base + '/charts/' + encodeURIComponent(r.id); a.textContent = r.s[0]; td.appendChild(a);
      var sub = document.createElement('div'); sub.className = 'small muted'; sub.textContent = r.s[2]; td.appendChild(sub);
      tr.appendChild(td);
      var d = cell(tr, ''), span = document.createElement('span');
      span.className = 'diff d-' + DIFFS[r.c[1]]; span.textContent = DIFFS[r.c[1]]; d.appendChild(span);
      d.appendChild(document.createTextNode(' ' + TYPES[r.c[0]]));
      cell(tr, r.c[2], 'num'); cell(tr, r.cst, 'num'); cell(tr, r.best, 'num');
      cell(tr, data.versions[r.c[5]], 'small');
      frag.appendChild(tr);
    }
    body.textContent = ''; body.appendChild(frag);
    count.textContent = matched + ' / ' + rows.length;
    root.dataset.matched = String(matched);
  }
  var t; input.addEventListener('input', function () { clearTimeout(t); t = setTimeout(render, 80); });
  render();
})();

// probe: small progressive enhancements. Every page works without them.
(function () {
  'use strict';
  var meta = function (n) { var m = document.querySelector('meta[name="' + n + '"]'); return m ? m.content : ''; };
  window.probe = { csrf: meta('csrf-token'), base: meta('base-path') };

  document.addEventListener('change', function (e) {
    if (e.target.matches('select[data-autosubmit]')) { e.target.form.submit(); }
  });

  // Upload and sync forms: send with fetch so the live progress stays on screen.
  document.querySelectorAll('form[data-fetch]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var out = document.getElementById(form.dataset.fetch);
      out.textContent = '…';
      fetch(form.action, {
        method: 'POST', body: new FormData(form), credentials: 'same-origin',
        headers: { 'X-CSRF-Token': window.probe.csrf, 'Accept': 'application/json' }
      }).then(function (r) { return r.text().then(function (t) { out.textContent = r.status + ' ' + t; }); })
        .catch(function (err) { out.textContent = String(err); });
    });
  });

  // Live sync progress (server-sent events) where the server offers them.
  var live = document.querySelector('[data-events]');
  if (live && window.EventSource) {
    var es = new EventSource(live.dataset.events);
    es.onmessage = function (m) { live.textContent += m.data + '\n'; live.scrollTop = live.scrollHeight; };
    es.onerror = function () { es.close(); };
  }
})();

/* probe: the WeChat sign-in page reloads itself when the sign-in's state changes. */
(function () {
  'use strict';
  var box = document.getElementById('wechat-status');
  if (!box || !window.fetch) { return; }
  function poll() {
    fetch(box.dataset.poll, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (s && (s.state !== box.dataset.state || String(s.changedAt) !== box.dataset.changed)) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();

/* "Eerder gevraagd" while typing: progressive enhancement of the draft form. Without this
   script the "Zoek eerder gestelde vragen" button shows the same list after a submit. */
(function () {
  'use strict';
  var form = document.querySelector('form[data-similar]');
  var target = document.getElementById('eerder-gevraagd');
  if (!form || !target || !window.fetch) return;
  var municipality = form.getAttribute('data-similar');
  var timer = null;
  var last = '';
  function text() {
    var parts = [];
    form.querySelectorAll('#veld-subject, [data-similar-source]').forEach(function (el) {
      if (el.value.trim()) parts.push(el.value.trim());
    });
    return parts.join('\n');
  }
  function update() {
    var value = text();
    if (value.length < 3 || value === last) return;
    last = value;
    var url =
      '/eerder-gevraagd?gemeente=' +
      encodeURIComponent(municipality) +
      '&tekst=' +
      encodeURIComponent(value.slice(0, 2000));
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        return response.ok ? response.text() : '';
      })
      .then(function (html) {
        if (html) target.innerHTML = html;
      })
      .catch(function () {
        /* the submit button still works without the script */
      });
  }
  form.addEventListener('input', function (event) {
    if (event.target.id !== 'veld-subject' && !event.target.hasAttribute('data-similar-source')) return;
    clearTimeout(timer);
    timer = setTimeout(update, 400);
  });
})();

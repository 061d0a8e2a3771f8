/* The search page's filters: collapsed under the result count on a phone (as rendered), open
   beside the results on a wide screen. Without this script they stay collapsed and open on a tap. */
(function () {
  'use strict';
  var panel = document.querySelector('details[data-open-when-wide]');
  if (!panel || !window.matchMedia) return;
  var wide = window.matchMedia('(min-width: 48rem)');
  function apply() {
    panel.open = wide.matches;
  }
  apply();
  if (wide.addEventListener) wide.addEventListener('change', apply);
})();

// The header's menu button on narrow screens: without this script the menu simply stays open.
(function () {
  var header = document.querySelector('.site-header');
  var button = header && header.querySelector('.menu-button');
  if (!button) return;
  header.classList.add('menu-ready');
  button.hidden = false;
  button.addEventListener('click', function () {
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    header.classList.toggle('menu-open', open);
  });
})();

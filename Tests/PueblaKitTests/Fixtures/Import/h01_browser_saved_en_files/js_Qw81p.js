// Saved with the page: the site's script. Opens and closes the menus and the cookie notice.
(function (document, window) {
  'use strict';
  var menus = document.querySelectorAll('.main-navigation .menu > li');
  function toggle(item) {
    var open = item.classList.contains('is-open');
    menus.forEach(function (other) { other.classList.remove('is-open'); });
    if (!open) { item.classList.add('is-open'); }
  }
  menus.forEach(function (item) {
    item.addEventListener('click', function (event) { event.preventDefault(); toggle(item); });
  });
  window.addEventListener('load', function () {
    var banner = document.getElementById('cookie-consent');
    if (banner && document.cookie.indexOf('agreed=1') !== -1) { banner.style.display = 'none'; }
  });
})(document, window);

// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  // htmx requests carry the CSRF token like forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
  // Forms that change data ask once before leaving with unsaved edits.
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-warn-unsaved]').forEach(function (form) {
      var dirty = false;
      form.addEventListener('input', function () { dirty = true; });
      form.addEventListener('submit', function () { dirty = false; });
      window.addEventListener('beforeunload', function (event) {
        if (dirty) { event.preventDefault(); event.returnValue = ''; }
      });
    });
    // Buttons that need a confirmation carry data-confirm with the question in the user's language. Listened to
    // on the document, so that a button htmx has put in the page since asks too.
    document.addEventListener('click', function (event) {
      var element = event.target.closest ? event.target.closest('[data-confirm]') : null;
      if (!element) { return; }
      if (!window.confirm(element.getAttribute('data-confirm'))) { event.preventDefault(); return; }
      // a form that asks again on a page of its own when JavaScript is off is told the dialog has asked already
      var confirmed = element.form ? element.form.querySelector('input[data-confirmed]') : null;
      if (confirmed) { confirmed.value = 'true'; }
    });
    // A file above the upload limit is refused before it is sent, which on a weak connection saves minutes.
    document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
      var message = document.createElement('p');
      message.className = 'field-error';
      message.hidden = true;
      input.insertAdjacentElement('afterend', message);
      input.addEventListener('change', function () {
        var max = Number(input.getAttribute('data-max-bytes'));
        var tooLarge = Array.prototype.some.call(input.files || [], function (file) { return file.size > max; });
        input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
        message.textContent = tooLarge ? input.getAttribute('data-too-large') : '';
        message.hidden = !tooLarge;
      });
    });
    // Filter forms marked data-autosubmit refresh as soon as a choice changes.
    document.querySelectorAll('form[data-autosubmit]').forEach(function (form) {
      form.addEventListener('change', function () { form.requestSubmit ? form.requestSubmit() : form.submit(); });
    });
  });
})();
// A table wider than the screen scrolls inside its frame (.table-wrap): the frame then takes the keyboard focus, so
// that it can be scrolled with the arrow keys, and is announced as a region named by the table's caption or heading.
(function () {
  'use strict';
  function nameOf(wrap) {
    var caption = wrap.querySelector('caption');
    if (caption && caption.textContent.trim()) { return caption.textContent.trim(); }
    for (var node = wrap; node && node !== document.body; node = node.parentElement) {
      for (var before = node.previousElementSibling; before; before = before.previousElementSibling) {
        if (/^H[1-6]$/.test(before.tagName) && before.textContent.trim()) { return before.textContent.trim(); }
      }
    }
    return document.title;
  }
  // Regions of one page need names of their own: two activities of the review both have "Indicators in 2026".
  function unique(wrap, name, used) {
    var named = name;
    for (var node = wrap.parentElement; used[named] && node && node !== document.body; node = node.parentElement) {
      var heading = node.querySelector('h1, h2, h3, h4, .code');
      if (heading && !wrap.contains(heading) && heading.textContent.trim() && heading.textContent.trim() !== name) {
        named = heading.textContent.trim().replace(/\s+/g, ' ') + ' — ' + name;
      }
    }
    for (var n = 2; used[named]; n++) { named = name + ' (' + n + ')'; }
    used[named] = true;
    return named;
  }
  function mark() {
    var used = {};
    document.querySelectorAll('[role=region][aria-label]').forEach(function (region) {
      used[region.getAttribute('aria-label')] = true;
    });
    document.querySelectorAll('.table-wrap').forEach(function (wrap) {
      var scrolls = wrap.scrollWidth > wrap.clientWidth + 1;
      if (scrolls && !wrap.hasAttribute('tabindex')) {
        wrap.setAttribute('tabindex', '0');
        wrap.setAttribute('role', 'region');
        var named = wrap.hasAttribute('aria-label') || wrap.hasAttribute('aria-labelledby');
        if (!named) { wrap.setAttribute('aria-label', unique(wrap, nameOf(wrap), used)); }
        wrap.setAttribute('data-scroll-region', named ? 'named' : 'label');
      } else if (!scrolls && wrap.hasAttribute('data-scroll-region')) {
        if (wrap.getAttribute('data-scroll-region') === 'label') { wrap.removeAttribute('aria-label'); }
        ['tabindex', 'role', 'data-scroll-region'].forEach(function (name) { wrap.removeAttribute(name); });
      }
    });
  }
  document.addEventListener('DOMContentLoaded', mark);
  window.addEventListener('resize', mark);
  document.addEventListener('htmx:afterSettle', mark);
})();
// The main menu's groups behave like a menu bar's drop-downs: one open at a time, Escape or a click elsewhere
// closes it (without this file each group is an ordinary <details> and works the same, only stays open).
(function () {
  'use strict';
  function groups() { return document.querySelectorAll('.mainnav details[data-menu-group]'); }
  document.addEventListener('toggle', function (event) {
    var opened = event.target;
    if (!opened.matches || !opened.matches('.mainnav details[data-menu-group]') || !opened.open) { return; }
    groups().forEach(function (other) { if (other !== opened) { other.open = false; } });
  }, true);
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') { return; }
    var open = document.querySelector('.mainnav details[data-menu-group][open]');
    if (!open) { return; }
    open.open = false;
    open.querySelector('summary').focus();
  });
  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('.mainnav details[data-menu-group]')) { return; }
    groups().forEach(function (group) { group.open = false; });
  });
})();

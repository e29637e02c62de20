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
    // Buttons that need a confirmation carry data-confirm with the question in the user's language.
    document.querySelectorAll('[data-confirm]').forEach(function (element) {
      element.addEventListener('click', function (event) {
        if (!window.confirm(element.getAttribute('data-confirm'))) { event.preventDefault(); }
      });
    });
    // Filter forms marked data-autosubmit refresh as soon as a choice changes.
    document.querySelectorAll('form[data-autosubmit]').forEach(function (form) {
      form.addEventListener('change', function () { form.requestSubmit ? form.requestSubmit() : form.submit(); });
    });
  });
})();

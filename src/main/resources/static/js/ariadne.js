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
      if (element && !window.confirm(element.getAttribute('data-confirm'))) { event.preventDefault(); }
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

// The report page, enhanced: each part (an activity, an indicator value) saves itself as the user types, and
// nothing typed is lost to a weak connection or a closed tab. Without this file every part still has its own
// form and Save button. Texts come from the page (data-text-*), in the user's language.
(function () {
  'use strict';

  var DELAY = 1500;          // pause in typing before a part is saved
  var RETRY_FIRST = 5000;    // first retry after a failed save; doubles up to RETRY_MAX
  var RETRY_MAX = 60000;
  var STORE = 'ariadne.report.';

  function start() {
    var root = document.querySelector('[data-report]');
    if (!root || !window.htmx) { return; }
    var prefix = STORE + root.getAttribute('data-report') + '.';
    var parts = {};

    function text(name, values) {
      var value = root.getAttribute('data-text-' + name) || '';
      Object.keys(values || {}).forEach(function (key) { value = value.split('{' + key + '}').join(values[key]); });
      return value;
    }

    // ---- local copy: every unsaved part is kept in localStorage until the server confirms it ----

    function fields(form) {
      var values = [];
      Array.prototype.forEach.call(form.elements, function (element) {
        if (!element.name || element.name === '_csrf' || element.name === 'revision' || element.disabled) { return; }
        if ((element.type === 'radio' || element.type === 'checkbox') && !element.checked) { return; }
        if (element.type === 'submit' || element.type === 'button' || element.type === 'file') { return; }
        values.push([element.name, element.value]);
      });
      return values;
    }

    // Compares what matters: empty boxes and the kind of an otherwise empty spending line do not count.
    function normal(values) {
      var filledLines = {};
      values.forEach(function (pair) {
        var line = /^spending\[(\d+)\]\.(amount|sourceInstitutionId)$/.exec(pair[0]);
        if (line && pair[1].trim() !== '') { filledLines[line[1]] = true; }
      });
      return values.filter(function (pair) {
        if (pair[1].trim() === '') { return false; }
        var kind = /^spending\[(\d+)\]\.kind$/.exec(pair[0]);
        return !kind || filledLines[kind[1]];
      }).map(function (pair) { return pair[0] + '=' + pair[1].trim(); }).sort().join('\n');
    }

    function readStored(part) {
      try {
        var raw = window.localStorage.getItem(prefix + part.id);
        return raw ? JSON.parse(raw) : null;
      } catch (e) { return null; }
    }

    function keep(part) {
      try {
        window.localStorage.setItem(prefix + part.id, JSON.stringify({
          revision: Number(part.revision.value), at: Date.now(), values: fields(part.form)
        }));
      } catch (e) { /* storage full or switched off: the save itself still goes on */ }
    }

    function forget(part) {
      try { window.localStorage.removeItem(prefix + part.id); } catch (e) { /* nothing to forget */ }
    }

    // ---- saving ----

    function status(part, name, extra) {
      part.state.classList.remove('saved', 'pending', 'problem');
      if (name) { part.state.classList.add(name === 'saving' || name === 'pending' ? 'pending' : 'problem'); }
      part.state.textContent = extra || text(name);
    }

    function changed(part) {
      part.edits++;
      keep(part);
      if (!part.halted) { status(part, 'pending'); }
      window.clearTimeout(part.timer);
      part.timer = window.setTimeout(function () { if (whole(part)) { save(part); } }, DELAY);
    }

    // A value with parts is saved whole: while she is still in its boxes, a total without parts yet, or parts that
    // do not add up to it, wait for the rest (a total saved alone would stay stored when the parts are refused).
    // Leaving the value, the Save button and submitting save it as it is; the server checks it again.
    function whole(part) {
      var groups = part.form.querySelectorAll('[data-part-group]');
      if (groups.length === 0 || !part.form.contains(document.activeElement)) { return true; }
      var total = part.form.querySelector('[data-total]');
      var typedTotal = total ? number(total.value) : null;
      var filledAny = false, agree = true;
      groups.forEach(function (group) {
        var sum = 0, filled = 0;
        group.querySelectorAll('[data-part]').forEach(function (input) {
          var value = number(input.value);
          if (value !== null && !isNaN(value)) { sum += value; filled++; }
        });
        if (filled) {
          filledAny = true;
          if (typedTotal !== null && !isNaN(typedTotal) && Math.abs(typedTotal - sum) > 1e-9) { agree = false; }
        }
      });
      return filledAny && agree;
    }

    function schedule(part, delay) {
      window.clearTimeout(part.timer);
      part.timer = window.setTimeout(function () { save(part); }, delay);
    }

    function unsaved(part) {
      return part.edits !== part.savedEdits;
    }

    function save(part) {
      window.clearTimeout(part.timer);
      if (part.halted || !unsaved(part)) { return; }
      if (part.inFlight) { part.again = true; return; }
      if (navigator.onLine === false) { status(part, 'offline'); return; }
      part.inFlight = true;
      part.sentEdits = part.edits;
      status(part, 'saving');
      window.htmx.trigger(part.form, 'autosave');
    }

    function retryLater(part, name) {
      status(part, name);
      part.retry = Math.min(part.retry ? part.retry * 2 : RETRY_FIRST, RETRY_MAX);
      schedule(part, part.retry);
    }

    function answered(part, xhr) {
      part.inFlight = false;
      var outcome = xhr.status ? xhr.getResponseHeader('Ariadne-Save') : null;
      part.problem = outcome !== 'saved';
      if (outcome === 'saved') {
        part.retry = 0;
        part.revision.value = xhr.getResponseHeader('Ariadne-Revision');
        part.savedEdits = part.sentEdits;
        if (unsaved(part)) {
          keep(part);               // typed on while it was saving: keep that, on top of the new revision
          status(part, 'pending');
          schedule(part, DELAY);
        } else {
          forget(part);
        }
        addSpendingLine(part.form);
      } else if (outcome === 'conflict') {
        part.halted = true;         // someone else saved it: the user decides (buttons in the answer)
        part.currentRevision = xhr.getResponseHeader('Ariadne-Revision');
      } else if (outcome === 'refused') {
        part.retry = 0;
        part.savedEdits = part.sentEdits; // the same input would be refused again; the next edit tries again
      } else if (xhr.status === 0 || xhr.status >= 500) {
        retryLater(part, navigator.onLine === false ? 'offline' : 'retrying');
      } else {
        // the sign-in page (an expired session) or a refusal of access: keep everything, do not insist
        status(part, 'signed-out');
      }
      if (part.again && !part.halted) { part.again = false; schedule(part, 0); }
      if (waitingToSubmit) { submitWhenSaved(); }
    }

    // ---- the parts of the page ----

    document.querySelectorAll('form[data-autosave]').forEach(function (form) {
      var part = {
        id: form.getAttribute('data-block'), form: form, revision: form.querySelector('input[name=revision]'),
        state: form.querySelector('.save-state'), edits: 0, savedEdits: 0, sentEdits: 0, retry: 0
      };
      if (!part.id || !part.revision || !part.state) { return; }
      parts[part.id] = part;
      form.addEventListener('input', function () { changed(part); });
      form.addEventListener('change', function (event) {
        if (event.target.tagName === 'SELECT' || event.target.type === 'radio') { changed(part); }
      });
      // leaving a box saves at once
      form.addEventListener('focusout', function (event) {
        var staying = event.relatedTarget && form.contains(event.relatedTarget);
        if (unsaved(part) && !(staying && form.querySelector('[data-part-group]'))) { schedule(part, 0); }
      });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (part.halted) { return; }
        if (!unsaved(part)) { part.edits++; }
        save(part);
      });
      form.addEventListener('htmx:afterRequest', function (event) {
        if (event.detail.elt === form) { answered(part, event.detail.xhr); }
      });
      form.addEventListener('htmx:validation:halted', function () { part.inFlight = false; });
      form.addEventListener('click', function (event) {
        var choice = event.target.closest('[data-conflict]');
        if (!choice) { return; }
        if (choice.getAttribute('data-conflict') === 'keep') {
          part.revision.value = choice.getAttribute('data-revision') || part.currentRevision;
          part.halted = false;
          part.edits++;
          keep(part);
          save(part);
        } else {
          forget(part);
          part.savedEdits = part.edits;   // theirs stays: nothing of this part is waiting any more
          window.location.hash = part.id;
          window.location.reload();
        }
      });
      totals(form);
      // what was typed or ticked while the page was still loading, before this file ran, is saved like any edit
      if (typedBeforeStart(form)) { changed(part); }
    });

    function typedBeforeStart(form) {
      return Array.prototype.some.call(form.elements, function (element) {
        if (!element.name || element.type === 'hidden' || element.type === 'file' || element.disabled) { return false; }
        if (element.type === 'radio' || element.type === 'checkbox') { return element.checked !== element.defaultChecked; }
        if (element.tagName === 'SELECT') {
          // with no option marked selected in the page, the first one is what the page showed
          var shownFirst = Math.max(0, Array.prototype.findIndex.call(element.options, function (o) { return o.defaultSelected; }));
          return element.options.length > 0 && element.selectedIndex !== shownFirst;
        }
        return (element.tagName === 'INPUT' || element.tagName === 'TEXTAREA') && element.value !== element.defaultValue;
      });
    }

    // Refusals and conflicts come with 422 and 409: their explanation is shown like any answer. An answer that
    // is not about the save (the sign-in page after a session ran out) is never put into the page.
    document.body.addEventListener('htmx:beforeSwap', function (event) {
      var source = event.detail.requestConfig && event.detail.requestConfig.elt;
      if (!source || !source.hasAttribute || !source.hasAttribute('data-autosave')) { return; }
      var xhr = event.detail.xhr;
      var outcome = xhr.getResponseHeader('Ariadne-Save');
      if (!outcome) {
        event.detail.shouldSwap = false;
      } else if (xhr.status === 409 || xhr.status === 422) {
        event.detail.shouldSwap = true;
        event.detail.isError = false;
      }
    });

    window.addEventListener('online', function () {
      Object.keys(parts).forEach(function (id) { if (unsaved(parts[id]) && !parts[id].inFlight) { parts[id].retry = 0; save(parts[id]); } });
    });
    window.addEventListener('offline', function () {
      Object.keys(parts).forEach(function (id) { if (unsaved(parts[id])) { status(parts[id], 'offline'); } });
    });
    // Leaving while a save is still on its way asks once; what is kept in the browser is offered back anyway.
    window.addEventListener('beforeunload', function (event) {
      var pending = Object.keys(parts).some(function (id) {
        var part = parts[id];
        return part.inFlight || (unsaved(part) && !part.halted && !part.problem);
      });
      if (pending) { event.preventDefault(); event.returnValue = ''; }
    });

    // ---- submitting: the last changes go first ----

    var waitingToSubmit = false;
    function list() {
      return Object.keys(parts).map(function (id) { return parts[id]; });
    }
    // once every part is saved the report goes; a part that could not be saved stops it, to be seen first
    function submitWhenSaved() {
      if (list().some(function (part) { return part.inFlight; })) { return; }
      waitingToSubmit = false;
      var stuck = list().filter(function (part) { return unsaved(part) || part.problem; });
      if (stuck.length) {
        stuck[0].form.scrollIntoView({ block: 'start' });
        return;
      }
      var form = document.getElementById('submit-form');
      if (form) {
        // a save may have replaced the form meanwhile: she confirmed the submission before the saves began
        var confirmed = form.querySelector('input[data-confirmed]');
        if (confirmed) { confirmed.value = 'true'; }
        form.submit();
      }
    }
    document.addEventListener('submit', function (event) {
      if (event.target.id !== 'submit-form') { return; }
      var pending = list().filter(function (part) { return unsaved(part) && !part.halted; });
      if (pending.length === 0) { return; }
      event.preventDefault();
      waitingToSubmit = true;
      var help = event.target.querySelector('.hint');
      if (help) { help.textContent = text('saving-first'); }
      pending.forEach(function (part) { save(part); });
    });

    // ---- restoring what was not saved last time ----

    var restorable = [];
    Object.keys(parts).forEach(function (id) {
      var part = parts[id];
      var stored = readStored(part);
      if (!stored || !stored.values) { return; }
      if (normal(stored.values) === normal(fields(part.form))) { forget(part); return; }
      restorable.push({ part: part, stored: stored });
    });
    var banner = document.getElementById('restore-banner');
    if (banner && restorable.length > 0) {
      var latest = Math.max.apply(null, restorable.map(function (r) { return r.stored.at; }));
      var when = new Date(latest).toLocaleString(document.documentElement.lang || undefined,
        { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
      var line = banner.querySelector('[data-restore-text]');
      line.textContent = line.textContent.split('{time}').join(when);
      var list = banner.querySelector('[data-restore-blocks]');
      list.textContent = restorable.map(function (r) { return label(r.part); }).join(' · ');
      banner.hidden = false;
      banner.addEventListener('click', function (event) {
        var button = event.target.closest('[data-restore]');
        if (!button) { return; }
        restorable.forEach(function (r) {
          if (button.getAttribute('data-restore') === 'restore') {
            fill(r.part.form, r.stored.values);
            // saved on the revision they were typed on: if someone saved since, the conflict is shown
            r.part.revision.value = r.stored.revision;
            r.part.edits++;
            keep(r.part);
            totals(r.part.form);
            save(r.part);
          } else {
            forget(r.part);
          }
        });
        banner.hidden = true;
        if (button.getAttribute('data-restore') === 'restore' && restorable[0]) {
          restorable[0].part.form.scrollIntoView({ block: 'start' });
        }
      });
    }

    function label(part) {
      var block = part.form.closest('.report-block');
      var code = block ? block.querySelector('.block-head .code') : null;
      var legend = part.form.querySelector('legend');
      var indicator = part.form.closest('.indicator');
      var name = indicator ? indicator.querySelector('.indicator-name') : null;
      var words = [];
      if (code && !indicator) { words.push(code.textContent.trim()); }
      if (name) { words.push(name.textContent.replace(/\s+/g, ' ').trim()); }
      if (legend && indicator) { words.push(legend.textContent.trim()); }
      return words.join(' ') || part.id;
    }

    function fill(form, values) {
      var lines = values.map(function (pair) { return /^spending\[(\d+)\]/.exec(pair[0]); })
        .filter(Boolean).map(function (m) { return Number(m[1]); });
      if (lines.length) { ensureSpendingLines(form, Math.max.apply(null, lines)); }
      Array.prototype.forEach.call(form.elements, function (element) {
        if (!element.name || element.name === '_csrf' || element.name === 'revision' || element.type === 'file') { return; }
        var stored = values.filter(function (pair) { return pair[0] === element.name; }).map(function (p) { return p[1]; });
        if (element.type === 'radio' || element.type === 'checkbox') {
          element.checked = stored.indexOf(element.value) >= 0;
        } else if (element.tagName !== 'BUTTON') {
          element.value = stored.length ? stored[0] : '';
        }
      });
    }

    // ---- spending lines: a new empty line once the last one is used ----

    function ensureSpendingLines(form, lastIndex) {
      var body = form.querySelector('.spending-lines tbody');
      if (!body) { return; }
      while (body.querySelectorAll('[data-spending-row]').length <= lastIndex) { appendLine(body); }
    }

    function appendLine(body) {
      var rows = body.querySelectorAll('[data-spending-row]');
      var last = rows[rows.length - 1];
      var index = rows.length;
      var copy = last.cloneNode(true);
      copy.setAttribute('data-index', String(index));
      copy.querySelectorAll('[name]').forEach(function (element) {
        element.name = element.name.replace(/^spending\[\d+\]/, 'spending[' + index + ']');
        if (element.tagName === 'SELECT') { element.selectedIndex = 0; } else { element.value = ''; }
        var label = element.getAttribute('aria-label');
        if (label) { element.setAttribute('aria-label', label.replace(/\d+/, String(index + 1))); }
      });
      copy.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
      copy.querySelectorAll('.invalid').forEach(function (cell) { cell.classList.remove('invalid'); });
      body.appendChild(copy);
    }

    function addSpendingLine(form) {
      var body = form.querySelector('.spending-lines tbody');
      if (!body) { return; }
      var rows = body.querySelectorAll('[data-spending-row]');
      var last = rows[rows.length - 1];
      var used = Array.prototype.some.call(last.querySelectorAll('input, select[name$=sourceInstitutionId]'),
        function (element) { return element.value.trim() !== ''; });
      if (used) { appendLine(body); }
    }

    // ---- totals computed as the parts are typed (the server checks them again) ----

    function number(value) {
      var t = String(value || '').replace(/[\s\u00a0\u202f']/g, '');
      if (t === '') { return null; }
      var comma = t.lastIndexOf(','), dot = t.lastIndexOf('.');
      if (comma >= 0 && dot >= 0) {
        var decimal = comma > dot ? ',' : '.';
        t = t.split(decimal === ',' ? '.' : ',').join('').replace(decimal, '.');
      } else if (comma >= 0 || dot >= 0) {
        var pieces = t.split(comma >= 0 ? ',' : '.');
        var thousands = pieces.length > 2 || (pieces[1].length === 3 && /^[1-9]\d{0,2}$/.test(pieces[0]));
        t = pieces.join(thousands ? '' : '.');
      }
      return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
    }

    function shown(value) {
      return String(Math.round(value * 10000) / 10000);
    }

    function totals(form) {
      var total = form.querySelector('[data-total]');
      var groups = form.querySelectorAll('[data-part-group]');
      var percent = form.querySelector('[data-percent]');
      function update() {
        var typedTotal = total ? number(total.value) : null;
        groups.forEach(function (group) {
          var sum = 0, filled = 0;
          group.querySelectorAll('[data-part-row]').forEach(function (row) {
            var rowSum = 0, rowFilled = 0;
            row.querySelectorAll('[data-part]').forEach(function (input, column) {
              var value = number(input.value);
              if (value !== null && !isNaN(value)) { rowSum += value; rowFilled++; }
              var columnSum = group.querySelector('[data-column-sum="' + column + '"]');
              if (columnSum) { columnSum.dataset.sum = '0'; }
            });
            var out = row.querySelector('[data-row-sum]');
            if (out) { out.textContent = rowFilled ? shown(rowSum) : ''; }
          });
          group.querySelectorAll('[data-column-sum]').forEach(function (out) {
            var column = Number(out.getAttribute('data-column-sum')), columnSum = 0, columnFilled = 0;
            group.querySelectorAll('[data-part-row]').forEach(function (row) {
              var input = row.querySelectorAll('[data-part]')[column];
              var value = input ? number(input.value) : null;
              if (value !== null && !isNaN(value)) { columnSum += value; columnFilled++; }
            });
            out.textContent = columnFilled ? shown(columnSum) : '';
          });
          group.querySelectorAll('[data-part]').forEach(function (input) {
            var value = number(input.value);
            if (value !== null && !isNaN(value)) { sum += value; filled++; }
          });
          var groupSum = group.querySelector('[data-group-sum]');
          if (groupSum) { groupSum.textContent = filled ? shown(sum) : ''; }
          var check = group.querySelector('[data-parts-check]');
          var mismatch = filled && typedTotal !== null && !isNaN(typedTotal) && Math.abs(typedTotal - sum) > 1e-9;
          group.classList.toggle('mismatch', !!mismatch);
          if (check) {
            check.textContent = !filled ? '' : mismatch
              ? text('mismatch', { sum: shown(sum), total: shown(typedTotal) })
              : text('sum', { sum: shown(sum) });
          }
          if (total && filled && (total.value.trim() === '')) { total.placeholder = shown(sum); }
          if (total && !filled) { total.placeholder = ''; }
        });
        if (percent) {
          var numerator = number(form.querySelector('[data-numerator]').value);
          var denominator = number(form.querySelector('[data-denominator]').value);
          percent.textContent = numerator !== null && denominator && !isNaN(numerator) && !isNaN(denominator)
            ? text('percent', { percent: shown(numerator * 100 / denominator) }) : '';
        }
      }
      form.addEventListener('input', update);
      update();
    }
  }

  // after htmx has taken in the page's forms (it does so when the document is ready)
  if (document.readyState === 'complete') {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();

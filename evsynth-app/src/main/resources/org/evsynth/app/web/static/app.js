/*
 * Small behaviours shared by evsynth's pages; the pages work without them.
 *   - A form with data-confirm="QUESTION" asks before it is sent (removing a person, revoking a token).
 *   - An error shown at the top of a page takes the focus, so a screen reader reads it first.
 *   - A token shown once is selected, ready to copy.
 *   - A field with data-leave-keys="KEYS" (default "Escape Enter") gives the focus back to the page on those keys,
 *     so the next key is a shortcut again (the screening note; a label, which Enter still adds).
 *   - A button with data-tick-all="FORM" ticks (or, when all are ticked, unticks) the checkboxes of that form.
 */
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (!field.hasAttribute || !field.hasAttribute('data-leave-keys')) {
      return;
    }
    var keys = (field.getAttribute('data-leave-keys') || 'Escape Enter').split(/\s+/);
    if (keys.indexOf(event.key) >= 0 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      field.blur();
    }
  });

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-tick-all]');
    if (!button) {
      return;
    }
    var form = button.getAttribute('data-tick-all');
    var boxes = Array.prototype.filter.call(document.querySelectorAll('input[type=checkbox]'), function (box) {
      return box.getAttribute('form') === form || (box.form && box.form.id === form);
    });
    var all = boxes.every(function (box) { return box.checked; });
    boxes.forEach(function (box) { box.checked = !all; });
  });

  function ready() {
    var error = document.getElementById('page-error');
    if (error) {
      error.setAttribute('tabindex', '-1');
      error.focus();
    }
    var secret = document.getElementById('issued-secret');
    if (secret) {
      secret.focus();
      secret.select();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
}());

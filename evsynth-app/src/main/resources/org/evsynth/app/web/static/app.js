/*
 * Small behaviours shared by evsynth's pages; the pages work without them.
 *   - A form with data-confirm="QUESTION" asks before it is sent (removing a person, revoking a token).
 *   - An error shown at the top of a page takes the focus, so a screen reader reads it first.
 *   - A token shown once is selected, ready to copy.
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

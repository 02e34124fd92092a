/*
 * Checks as you type on the extraction forms, for convenience only: the review checks every value again with the
 * meta-analysis engine's own rules when it is saved, and its message is the one that counts.
 *   - An input with data-rule="number", "count" (a whole number) and/or "positive" is checked as it changes; its
 *     message goes to the element named by its aria-describedby (id ending in -msg), read out politely.
 *   - Across fields: events no more than the total; the estimate within its interval; a ratio (HR, OR, RR, IRR)
 *     and its limits above 0.
 *   - A form with data-validate shows only the fields of the kind of data chosen (radio name="shape"), and is not
 *     sent while a field is wrong: the first wrong one takes the focus.
 *   - An upload form with data-max-bytes refuses a file larger than that before sending it.
 */
(function () {
  'use strict';

  var NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d{1,3})?$/;
  var RATIOS = ['HR', 'OR', 'RR', 'IRR'];

  function messageOf(input) {
    var ids = (input.getAttribute('aria-describedby') || '').split(/\s+/);
    for (var i = 0; i < ids.length; i++) {
      if (/-msg$/.test(ids[i])) {
        return document.getElementById(ids[i]);
      }
    }
    return null;
  }

  function show(input, text) {
    var box = messageOf(input);
    if (box && box.textContent !== text) {
      box.textContent = text;
    }
    if (text) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  function value(form, name) {
    var input = form.querySelector('[name="' + name + '"]');
    if (!input || input.disabled || !NUMBER.test(input.value.trim())) {
      return null;
    }
    return parseFloat(input.value.trim());
  }

  function own(input) {
    var text = input.value.trim();
    var rules = (input.getAttribute('data-rule') || '').split(/\s+/);
    var name = input.getAttribute('name');
    if (text === '') {
      return input.disabled ? '' : name + ' is needed';
    }
    if (!NUMBER.test(text) || !isFinite(parseFloat(text))) {
      return name + " '" + text + "' is not a number";
    }
    var n = parseFloat(text);
    if (rules.indexOf('count') >= 0 && (n !== Math.round(n) || n < 0)) {
      return name + ' (' + text + ') must be a whole number of participants, 0 or more';
    }
    if (rules.indexOf('positive') >= 0 && n <= 0) {
      return name + ' (' + text + ') must be positive';
    }
    return '';
  }

  function across(form, input) {
    var name = input.getAttribute('name');
    var events = value(form, 'events');
    var total = value(form, 'total');
    if ((name === 'events' || name === 'total') && events !== null && total !== null && events > total) {
      return 'events (' + events + ') exceeds total (' + total + ')';
    }
    var estimate = value(form, 'estimate');
    var lower = value(form, 'lower');
    var upper = value(form, 'upper');
    var measure = form.querySelector('[name="measure"]');
    var arm = form.querySelector('[name="arm"]');
    var ratio = (measure && !measure.disabled && RATIOS.indexOf(measure.value) >= 0)
      || (arm && arm.type === 'hidden' && RATIOS.indexOf(String(arm.value).toUpperCase()) >= 0);
    if (['estimate', 'lower', 'upper'].indexOf(name) >= 0) {
      var mine = value(form, name);
      if (ratio && mine !== null && mine <= 0) {
        return name + ' (' + mine + ') must be above 0 for a ratio';
      }
      if (lower !== null && upper !== null && lower > upper) {
        return 'the lower limit (' + lower + ') is above the upper (' + upper + ')';
      }
      if (estimate !== null && lower !== null && upper !== null && (estimate < lower || estimate > upper)) {
        return 'the estimate (' + estimate + ') is outside its interval [' + lower + ', ' + upper + ']';
      }
    }
    return '';
  }

  function check(form, input) {
    if (input.disabled) {
      show(input, '');
      return true;
    }
    var problem = own(input) || across(form, input);
    show(input, problem);
    return problem === '';
  }

  function checkAll(form) {
    var first = null;
    form.querySelectorAll('[data-rule]').forEach(function (input) {
      if (!check(form, input) && !first) {
        first = input;
      }
    });
    return first;
  }

  function chosenShape(form) {
    var chosen = form.querySelector('input[name="shape"]:checked');
    return chosen ? chosen.value : null;
  }

  function showShape(form) {
    var shape = chosenShape(form);
    if (!shape) {
      return;
    }
    form.querySelectorAll('[data-shape]').forEach(function (part) {
      var on = part.getAttribute('data-shape').split(/\s+/).indexOf(shape) >= 0;
      part.hidden = !on;
      part.querySelectorAll('input, select').forEach(function (field) {
        field.disabled = !on;
      });
    });
  }

  function setUp(form) {
    showShape(form);
    form.addEventListener('change', function (event) {
      if (event.target.name === 'shape') {
        showShape(form);
        form.querySelectorAll('[data-rule]').forEach(function (input) { show(input, ''); });
      } else if (event.target.name === 'measure') {
        form.querySelectorAll('[data-rule]').forEach(function (input) {
          if (input.value.trim() !== '') { check(form, input); }
        });
      }
    });
    form.addEventListener('input', function (event) {
      if (event.target.hasAttribute('data-rule')) {
        check(form, event.target);
        var partner = { events: 'total', total: 'events', lower: 'upper', upper: 'lower' }[event.target.name];
        var other = partner && form.querySelector('[name="' + partner + '"]');
        if (other && other.value.trim() !== '') {
          check(form, other);
        }
      }
    });
    form.addEventListener('submit', function (event) {
      var wrong = checkAll(form);
      if (wrong) {
        event.preventDefault();
        wrong.focus();
      }
    });
  }

  function setUpUpload(form) {
    var max = parseInt(form.getAttribute('data-max-bytes'), 10);
    var input = form.querySelector('input[type="file"]');
    var hint = input && document.getElementById(input.getAttribute('aria-describedby'));
    function tooLarge() {
      return input.files && input.files.length === 1 && input.files[0].size > max;
    }
    input.addEventListener('change', function () {
      input.setCustomValidity(tooLarge() ? 'The file is larger than the review takes (' + Math.round(max / 1048576)
        + ' MB).' : '');
      if (tooLarge()) {
        input.reportValidity();
      }
    });
    form.addEventListener('submit', function (event) {
      if (tooLarge()) {
        event.preventDefault();
        if (hint) { hint.setAttribute('role', 'alert'); }
        input.focus();
      }
    });
  }

  function ready() {
    document.querySelectorAll('form[data-validate]').forEach(setUp);
    document.querySelectorAll('form[data-max-bytes]').forEach(setUpUpload);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
}());

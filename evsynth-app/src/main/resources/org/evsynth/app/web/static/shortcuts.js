/*
 * Keyboard shortcuts for evsynth's pages, without a build step.
 *
 * A shortcut is one key ("i") or a sequence of keys ("g d"), bound to an action. Pages bind them in two ways:
 *   - in HTML: any element with data-shortcut="KEYS" is clicked when KEYS are pressed (a link, a button), and
 *     its data-shortcut-label (or its text) describes it in the help;
 *   - in script: EvsynthShortcuts.bind("u", "Undo the last decision", function () { ... }).
 * Keys are ignored while a person types in a field, or holds Ctrl, Alt or Meta, so browser and screen-reader
 * commands keep working. "?" shows every shortcut of the page in a dialog; Escape closes it.
 */
(function () {
  'use strict';

  var SEQUENCE_TIMEOUT_MS = 1200;
  var bindings = [];
  var pressed = [];
  var timer = null;
  var dialog = null;

  function bind(keys, description, action) {
    var sequence = String(keys).trim().split(/\s+/);
    bindings.push({ keys: sequence, text: sequence.join(' then '), description: description, action: action });
  }

  function typingIn(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    if (target.isContentEditable || tag === 'textarea' || tag === 'select') {
      return true;
    }
    if (tag !== 'input') {
      return false;
    }
    var type = (target.getAttribute('type') || 'text').toLowerCase();
    return ['button', 'submit', 'reset', 'checkbox', 'radio', 'range', 'color', 'file'].indexOf(type) < 0;
  }

  function startsWith(sequence, prefix) {
    if (prefix.length > sequence.length) {
      return false;
    }
    for (var i = 0; i < prefix.length; i++) {
      if (sequence[i] !== prefix[i]) {
        return false;
      }
    }
    return true;
  }

  function reset() {
    pressed = [];
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
  }

  function onKeyDown(event) {
    if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || typingIn(event.target)) {
      return;
    }
    if (dialog && dialog.open) {
      return;
    }
    if (event.key === 'Escape') {
      reset();
      return;
    }
    if (event.key.length !== 1 && event.key !== 'Enter') {
      return;
    }
    pressed.push(event.key);
    var candidates = bindings.filter(function (b) { return startsWith(b.keys, pressed); });
    if (candidates.length === 0 && pressed.length > 1) {
      pressed = [event.key];
      candidates = bindings.filter(function (b) { return startsWith(b.keys, pressed); });
    }
    if (candidates.length === 0) {
      reset();
      return;
    }
    var exact = candidates.filter(function (b) { return b.keys.length === pressed.length; });
    if (exact.length === 1 && candidates.length === 1) {
      event.preventDefault();
      reset();
      exact[0].action(event);
      return;
    }
    event.preventDefault();
    if (timer) {
      clearTimeout(timer);
    }
    timer = setTimeout(reset, SEQUENCE_TIMEOUT_MS);
  }

  function element(tag, attributes, text) {
    var e = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { e.setAttribute(name, attributes[name]); });
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function showHelp() {
    if (!dialog) {
      dialog = element('dialog', { id: 'shortcut-help', 'aria-labelledby': 'shortcut-help-title' });
      dialog.appendChild(element('h2', { id: 'shortcut-help-title' }, 'Keyboard shortcuts'));
      var list = element('dl', { 'class': 'shortcut-list' });
      dialog.appendChild(list);
      var close = element('button', { type: 'button', 'class': 'primary' }, 'Close');
      close.addEventListener('click', function () { dialog.close(); });
      dialog.appendChild(element('p')).appendChild(close);
      document.body.appendChild(dialog);
    }
    var dl = dialog.querySelector('dl');
    dl.textContent = '';
    bindings.forEach(function (b) {
      var keys = element('dt');
      b.keys.forEach(function (k, i) {
        if (i > 0) {
          keys.appendChild(document.createTextNode(' then '));
        }
        keys.appendChild(element('kbd', {}, k));
      });
      dl.appendChild(keys);
      dl.appendChild(element('dd', {}, b.description));
    });
    dialog.showModal();
    dialog.querySelector('button').focus();
  }

  function bindDeclared(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('[data-shortcut]'), function (el) {
      var label = el.getAttribute('data-shortcut-label') || el.textContent.trim();
      bind(el.getAttribute('data-shortcut'), label, function () {
        el.focus();
        el.click();
      });
    });
  }

  bind('?', 'Show the keyboard shortcuts', showHelp);
  document.addEventListener('keydown', onKeyDown);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { bindDeclared(document); });
  } else {
    bindDeclared(document);
  }

  window.EvsynthShortcuts = {
    bind: bind,
    bindDeclared: bindDeclared,
    list: function () { return bindings.map(function (b) { return { keys: b.text, description: b.description }; }); },
    showHelp: showHelp
  };
}());

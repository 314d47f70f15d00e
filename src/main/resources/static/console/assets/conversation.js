// Console conversation page: polls for messages after the last one shown and for the current state.
(function () {
  'use strict';
  var EVERY_MS = 2000;
  var page = document.getElementById('conversation');
  var transcript = document.getElementById('transcript');
  var last = Number(page.dataset.last || 0);

  function line(m) {
    var li = document.createElement('li');
    li.className = 'line ' + m.direction;
    li.dataset.id = m.id;
    var who = document.createElement('div');
    who.className = 'who';
    var strong = document.createElement('strong');
    strong.textContent = m.author_label;
    var time = document.createElement('time');
    time.textContent = m.time;
    who.append(strong, ' ', time);
    var text = document.createElement('div');
    text.className = 'text';
    text.textContent = m.text;
    li.append(who, text);
    return li;
  }

  function state(c) {
    var handoff = document.getElementById('handoff');
    handoff.className = 'handoff ' + c.handoff_state;
    handoff.textContent = c.handoff_label;
    document.getElementById('handoff-reason').textContent = c.handoff_reason || '';
    document.getElementById('status').textContent = c.status === 'open' ? 'aberta' : 'encerrada';
    document.getElementById('journey').textContent = c.journey || '—';
    var dl = document.getElementById('attributes');
    var keys = Object.keys(c.attributes || {});
    dl.replaceChildren();
    keys.forEach(function (k) {
      var dt = document.createElement('dt'); dt.textContent = k;
      var dd = document.createElement('dd'); dd.textContent = c.attributes[k];
      dl.append(dt, dd);
    });
    document.getElementById('no-attributes').hidden = keys.length > 0;
  }

  function refresh() {
    fetch(page.dataset.source + '?after=' + last, { cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (res.redirected || res.status === 401 || res.status === 403) { location.reload(); throw new Error('session'); }
        if (!res.ok) throw new Error('status ' + res.status);
        return res.json();
      })
      .then(function (c) {
        c.messages.forEach(function (m) {
          if (m.id <= last) return;
          transcript.appendChild(line(m));
          last = m.id;
        });
        var empty = page.querySelector('.transcript-panel .empty');
        if (empty && last > 0) empty.remove();
        state(c);
      })
      .catch(function () { /* try again on the next tick */ })
      .then(function () { setTimeout(refresh, EVERY_MS); });
  }

  setTimeout(refresh, EVERY_MS);
})();

// Console conversation list: re-reads the handoff queue and the conversation list every few seconds and
// redraws the rows as text.
(function () {
  'use strict';
  var EVERY_MS = 3000;
  var tbody = document.getElementById('rows');
  var empty = document.getElementById('empty');
  var live = document.getElementById('live');
  var queue = document.getElementById('queue');
  var queueEmpty = document.getElementById('queue-empty');
  var queueCount = document.getElementById('queue-count');

  function cell(tr, text, className) {
    var td = document.createElement('td');
    if (className) td.className = className;
    if (text != null) td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function span(className, text) {
    var s = document.createElement('span');
    s.className = className;
    s.textContent = text;
    return s;
  }

  // a conversation's row starts alike in both tables: the contact, linked to the conversation, and the channel
  function conversationRow(r, base) {
    var tr = document.createElement('tr');
    tr.dataset.id = r.id;
    var a = document.createElement('a');
    a.href = base + encodeURIComponent(r.id);
    a.textContent = r.contact;
    cell(tr, null, 'contact').appendChild(a);
    cell(tr).appendChild(span('chip ' + r.channel, r.channel_label));
    return tr;
  }

  function row(r) {
    var tr = conversationRow(r, tbody.dataset.base);
    cell(tr, r.preview, 'preview');
    cell(tr, r.time, 'time');
    cell(tr, String(r.message_count), 'num');
    cell(tr).appendChild(span('handoff ' + r.handoff_state, r.handoff_label));
    return tr;
  }

  function queued(r) {
    var tr = conversationRow(r, queue.dataset.base);
    cell(tr, r.handoff_reason, 'preview');
    cell(tr, r.handoff_since_time, 'time');
    cell(tr).appendChild(span('handoff ' + r.handoff_state,
      r.operator ? r.handoff_label + ' (' + r.operator + ')' : r.handoff_label));
    return tr;
  }

  function load(url) {
    return fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (res.redirected || res.status === 401 || res.status === 403) { location.reload(); throw new Error('session'); }
        if (!res.ok) throw new Error('status ' + res.status);
        return res.json();
      });
  }

  function refresh() {
    Promise.all([load(queue.dataset.source), load(tbody.dataset.source)])
      .then(function (both) {
        var waiting = both[0];
        var rows = both[1];
        var q = document.createDocumentFragment();
        waiting.forEach(function (r) { q.appendChild(queued(r)); });
        queue.replaceChildren(q);
        queueEmpty.hidden = waiting.length > 0;
        queueCount.textContent = String(waiting.length);
        // the tab shows how many customers wait for a person, also when the operator is in another tab
        var requested = waiting.filter(function (r) { return r.handoff_state === 'requested'; }).length;
        document.title = (requested > 0 ? '(' + requested + ') ' : '') + 'Conversas — Atende';
        var fragment = document.createDocumentFragment();
        rows.forEach(function (r) { fragment.appendChild(row(r)); });
        tbody.replaceChildren(fragment);
        empty.hidden = rows.length > 0;
        live.dataset.state = 'online';
        live.textContent = 'atualizando ao vivo';
      })
      .catch(function () { live.dataset.state = 'offline'; live.textContent = 'sem conexão'; })
      .then(function () { setTimeout(refresh, EVERY_MS); });
  }

  setTimeout(refresh, EVERY_MS);
})();

// Console conversation page: polls for messages after the last one shown and for the current state; the
// operator's forms (reply, take over, hand back) post in the background so the page keeps its place.
(function () {
  'use strict';
  var EVERY_MS = 2000;
  var page = document.getElementById('conversation');
  var transcript = document.getElementById('transcript');
  var last = Number(page.dataset.last || 0);

  function line(m) {
    var li = document.createElement('li');
    li.className = 'line ' + m.direction + ' ' + m.author;
    li.dataset.id = m.id;
    var who = document.createElement('div');
    who.className = 'who';
    var strong = document.createElement('strong');
    strong.textContent = m.author_label;
    var time = document.createElement('time');
    time.textContent = m.time;
    who.append(strong, ' ', time);
    if (m.delivery) {
      var delivery = document.createElement('span');
      who.append(' ', delivery);
      showDelivery(delivery, m.delivery, m.delivery_label);
    }
    li.append(who);
    if (m.image) li.append(picture(m.image));
    var text = document.createElement('div');
    text.className = 'text';
    text.textContent = m.text;
    li.append(text);
    if (m.choices && m.choices.length) li.append(offered(m.choices));
    return li;
  }

  // the reply's picture, as a link the operator can open (never loaded into the console itself)
  function picture(href) {
    var a = document.createElement('a');
    a.className = 'picture';
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    if (/^https?:\/\//i.test(href)) a.href = href;
    a.textContent = 'imagem: ' + href;
    return a;
  }

  // the answers the reply offered the customer to tap, as they were shown
  function offered(choices) {
    var ul = document.createElement('ul');
    ul.className = 'offered';
    ul.setAttribute('aria-label', 'Opções oferecidas ao cliente');
    choices.forEach(function (c) {
      var li = document.createElement('li');
      li.textContent = c;
      ul.append(li);
    });
    return ul;
  }

  function showDelivery(span, delivery, label) {
    span.className = 'delivery ' + delivery;
    span.textContent = label;
  }

  // statuses of replies already shown arrive later (sent, delivered, read, failed): each poll brings the last ones
  function deliveries(list) {
    (list || []).forEach(function (d) {
      var li = transcript.querySelector('li[data-id="' + d.id + '"]');
      if (!li) return;
      var span = li.querySelector('.delivery');
      if (!span) {
        span = document.createElement('span');
        li.querySelector('.who').append(' ', span);
      }
      showDelivery(span, d.delivery, d.delivery_label);
    });
  }

  function state(c) {
    var handoff = document.getElementById('handoff');
    handoff.className = 'handoff ' + c.handoff_state;
    handoff.textContent = c.handoff_label;
    document.getElementById('handoff-reason').textContent = c.handoff_reason || '';
    document.getElementById('status').textContent = c.status === 'open' ? 'aberta' : 'encerrada';
    document.getElementById('journey').textContent = c.journey || '—';
    document.getElementById('proactive').textContent = c.proactive;
    var dl = document.getElementById('attributes');
    var keys = Object.keys(c.attributes || {});
    dl.replaceChildren();
    keys.forEach(function (k) {
      var dt = document.createElement('dt'); dt.textContent = k;
      var dd = document.createElement('dd'); dd.textContent = c.attributes[k];
      dl.append(dt, dd);
    });
    document.getElementById('no-attributes').hidden = keys.length > 0;
    var since = document.getElementById('handoff-since');
    since.textContent = c.handoff_state === 'none' ? ''
      : (c.operator ? 'Com ' + c.operator + ' · pedido às ' + c.handoff_since_time : 'Na fila desde ' + c.handoff_since_time);
    var take = document.getElementById('take-form');
    if (take) take.hidden = c.handoff_state === 'human';
    var back = document.getElementById('hand-back-form');
    if (back) back.hidden = c.handoff_state === 'none';
    var hint = document.getElementById('reply-hint');
    if (hint) {
      hint.textContent = c.handoff_state === 'human'
        ? 'Você está atendendo: o agente virtual não responde até você devolver a conversa.'
        : 'Ao enviar, você assume a conversa e o agente virtual para de responder.';
    }
    timeline(c.timeline || []);
  }

  function timeline(entries) {
    var ol = document.getElementById('timeline');
    ol.replaceChildren();
    entries.forEach(function (t) {
      var li = document.createElement('li');
      li.dataset.id = t.id;
      var time = document.createElement('time');
      time.textContent = t.time;
      var text = document.createElement('span');
      text.textContent = t.text;
      li.append(time, ' ', text);
      ol.appendChild(li);
    });
    document.getElementById('no-timeline').hidden = entries.length > 0;
  }

  var problem = document.getElementById('problem');
  function showProblem(text) {
    if (!problem) return;
    problem.textContent = text || '';
    problem.hidden = !text;
  }

  // posts a form as the browser would (its CSRF field included) but asks for JSON instead of a redirect
  function post(form, onDone) {
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    fetch(form.action, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(new FormData(form)).toString()
    })
      .then(function (res) {
        if (res.redirected || res.status === 401 || res.status === 403) { location.reload(); throw new Error('session'); }
        return res.json().then(function (body) {
          if (!res.ok) throw new Error(body.message || 'Não foi possível fazer isso agora.');
          showProblem('');
          if (onDone) onDone();
          refreshNow();
        });
      })
      .catch(function (e) { if (e.message !== 'session') showProblem(e.message); })
      .then(function () { buttons.forEach(function (b) { b.disabled = false; }); });
  }

  ['take-form', 'hand-back-form', 'reply-form'].forEach(function (id) {
    var form = document.getElementById(id);
    if (!form) return;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = form.querySelector('textarea');
      if (text && !text.value.trim()) { showProblem('Escreva uma mensagem antes de enviar.'); return; }
      post(form, text ? function () { text.value = ''; text.focus(); } : null);
    });
  });
  var textarea = document.getElementById('reply-text');
  if (textarea) {
    // Enter sends, Shift+Enter breaks the line, as in the chat apps operators already use
    textarea.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        document.getElementById('send').click();
      }
    });
  }

  var timer = null;
  function refreshNow() {
    clearTimeout(timer);
    refresh();
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
        deliveries(c.deliveries);
        state(c);
      })
      .catch(function () { /* try again on the next tick */ })
      .then(function () { clearTimeout(timer); timer = setTimeout(refresh, EVERY_MS); });
  }

  timer = setTimeout(refresh, EVERY_MS);
})();

// Atende web chat. Text is only ever inserted as text nodes (never innerHTML); links are built as elements.
(function () {
  'use strict';

  var KEY = 'atende.chat.';
  var MAX_BACKOFF = 15000;
  var TYPING_HIDE_MS = 20000;

  var transcript = document.getElementById('transcript');
  var typing = document.getElementById('typing');
  var form = document.getElementById('composer');
  var input = document.getElementById('input');
  var statusEl = document.getElementById('status');
  var statusText = document.getElementById('status-text');

  var session = load('session') || save('session', uuid());
  var conversation = load('conversation');
  var outbox = JSON.parse(load('outbox') || '[]');
  var lastId = 0;
  var source = null;
  var streamBackoff = 500;
  var streamTimer = null;
  var sendBackoff = 1000;
  var sendTimer = null;
  var flushing = false;
  var typingTimer = null;
  var draftTimer = null;

  function load(name) { try { return localStorage.getItem(KEY + name); } catch (e) { return null; } }
  function save(name, value) {
    try { if (value == null) localStorage.removeItem(KEY + name); else localStorage.setItem(KEY + name, value); } catch (e) { /* private mode: keep in memory */ }
    return value;
  }
  function saveOutbox() { save('outbox', JSON.stringify(outbox)); }

  // crypto.randomUUID exists only on https or localhost; getRandomValues works everywhere.
  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function setStatus(state) {
    statusEl.dataset.state = state;
    statusText.textContent = state === 'online' ? 'online' : state === 'offline' ? 'sem conexão — tentando reconectar' : 'conectando...';
  }

  // ---- rendering -------------------------------------------------------------------------

  var URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;

  function appendLinkified(parent, text) {
    var at = 0, m;
    URL_RE.lastIndex = 0;
    while ((m = URL_RE.exec(text)) !== null) {
      var raw = m[0].replace(/[.,!?;:)\]]+$/, '');
      var href = safeHref(raw);
      if (!href) continue;
      parent.appendChild(document.createTextNode(text.slice(at, m.index)));
      var a = document.createElement('a');
      a.href = href; a.textContent = raw; a.target = '_blank'; a.rel = 'noopener noreferrer nofollow';
      parent.appendChild(a);
      at = m.index + raw.length;
      URL_RE.lastIndex = at;
    }
    parent.appendChild(document.createTextNode(text.slice(at)));
  }

  function safeHref(raw) {
    try {
      var u = new URL(/^www\./i.test(raw) ? 'https://' + raw : raw);
      return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
    } catch (e) { return null; }
  }

  function time(iso) {
    var d = iso ? new Date(iso) : new Date();
    return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }

  function bubble(direction, text, when) {
    var li = document.createElement('li');
    li.className = 'msg ' + direction;
    appendLinkified(li, text);
    var meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = time(when);
    li.appendChild(meta);
    return li;
  }

  function firstUnconfirmed() { return transcript.querySelector('.msg[data-client-id]:not([data-id])'); }

  function scrollDown() { transcript.scrollTop = transcript.scrollHeight; }

  /** Shows a stored message once, in id order, ahead of the messages still waiting to be sent. */
  function showStored(m) {
    if (m.id > lastId) lastId = m.id;
    if (transcript.querySelector('[data-id="' + m.id + '"]')) return;
    if (m.direction === 'outbound') { hideTyping(); dropDraft(); }
    if (m.direction === 'inbound') {
      // our own message, echoed before its POST answered: adopt the waiting bubble instead of repeating it
      var waiting = transcript.querySelectorAll('.msg[data-client-id]:not([data-id])');
      for (var i = 0; i < waiting.length; i++) {
        if (waiting[i].dataset.text === m.text) { confirm(waiting[i], m.id); return; }
      }
    }
    clearChips(); // only the latest message keeps its answers to tap
    var li = bubble(m.direction, m.text, m.created_at);
    li.dataset.id = m.id;
    // a person from the store's team wrote this one, not the virtual agent
    if (m.author === 'operator') li.classList.add('operator');
    if (m.direction === 'outbound' && m.image) picture(li, m.image, m.text);
    transcript.insertBefore(li, firstUnconfirmed());
    // a customer who already wrote something after it has answered
    if (m.direction === 'outbound' && m.choices && m.choices.length && !firstUnconfirmed()) chips(li, m.choices);
    scrollDown();
  }

  // a product's picture above the text; a picture that fails to load is hidden, never a broken box
  function picture(li, src, text) {
    var href = safeHref(src);
    if (!href) return;
    var img = document.createElement('img');
    img.className = 'picture';
    img.alt = text.split('\n')[0];
    img.loading = 'lazy';
    img.decoding = 'async';
    img.addEventListener('error', function () { img.hidden = true; });
    img.src = href;
    li.insertBefore(img, li.firstChild);
  }

  // answers to tap under a message: a tap sends the title exactly as if the customer had typed it
  function chips(after, choices) {
    var li = document.createElement('li');
    li.className = 'chips';
    li.dataset.for = after.dataset.id;
    choices.forEach(function (c) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'chip';
      b.setAttribute('aria-label', c.detail ? c.title + ', ' + c.detail : c.title);
      var t = document.createElement('span');
      t.className = 'chip-title';
      t.textContent = c.title;
      b.appendChild(t);
      if (c.detail) {
        var d = document.createElement('span');
        d.className = 'chip-detail';
        d.textContent = c.detail;
        b.appendChild(d);
      }
      b.addEventListener('click', function () { enqueue(c.title); });
      li.appendChild(b);
    });
    transcript.insertBefore(li, after.nextSibling);
  }
  function clearChips() {
    var all = transcript.querySelectorAll('.chips');
    for (var i = 0; i < all.length; i++) all[i].parentNode.removeChild(all[i]);
  }

  function confirm(li, id) {
    li.dataset.id = id;
    li.classList.remove('pending', 'sending', 'failed');
    var clientId = li.dataset.clientId;
    outbox = outbox.filter(function (o) { return o.id !== clientId; });
    saveOutbox();
  }

  function showQueued(item) {
    clearChips(); // answered, by typing or by a tap
    var li = bubble('inbound', item.text, item.at);
    li.dataset.clientId = item.id;
    li.dataset.text = item.text;
    li.classList.add('pending');
    transcript.appendChild(li);
    scrollDown();
  }

  function showTyping() {
    typing.hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(hideTyping, TYPING_HIDE_MS); // the reply may come from a stream we missed
    scrollDown();
  }
  function hideTyping() { typing.hidden = true; clearTimeout(typingTimer); }

  // the reply while a model writes it: one bubble, replaced by the stored message
  function showDraft(d) {
    var li = transcript.querySelector('.msg.draft');
    if (!li) {
      li = document.createElement('li');
      li.className = 'msg outbound draft';
      li.setAttribute('aria-busy', 'true');
      transcript.insertBefore(li, firstUnconfirmed());
    }
    li.textContent = d.text;
    typing.hidden = true;
    clearTimeout(draftTimer);
    draftTimer = setTimeout(dropDraft, TYPING_HIDE_MS); // a superseded turn's draft never gets its message
    scrollDown();
  }
  function dropDraft() {
    clearTimeout(draftTimer);
    var li = transcript.querySelector('.msg.draft');
    if (li) li.parentNode.removeChild(li);
  }

  // ---- sending: an outbox in localStorage, flushed in order, same ids on every retry ---------

  function enqueue(text) {
    var item = { id: uuid(), text: text, at: new Date().toISOString() };
    outbox.push(item);
    saveOutbox();
    showQueued(item);
    flush();
  }

  function bubbleOf(item) { return transcript.querySelector('[data-client-id="' + item.id + '"]'); }

  function retrySend(ms) {
    clearTimeout(sendTimer);
    sendTimer = setTimeout(flush, ms);
  }

  function flush() {
    if (flushing || outbox.length === 0) return;
    if (navigator.onLine === false) { markPending(); return; }
    flushing = true;
    var item = outbox[0];
    var li = bubbleOf(item);
    if (li) { li.classList.remove('pending'); li.classList.add('sending'); }
    fetch('/chat/api/messages', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ session: session, id: item.id, text: item.text })
    }).then(function (res) {
      return res.json().catch(function () { return {}; }).then(function (body) { return { res: res, body: body }; });
    }).then(function (r) {
      flushing = false;
      if (r.res.ok) {
        sendBackoff = 1000;
        delivered(item, r.body);
        flush();
      } else if (r.res.status === 400 || r.res.status === 413) {
        rejected(item, r.body);
        flush();
      } else {
        var after = parseInt(r.res.headers.get('Retry-After') || '0', 10) * 1000;
        markPending();
        retrySend(Math.max(after, nextSendBackoff()));
      }
    }).catch(function () {
      flushing = false;
      markPending();
      retrySend(nextSendBackoff());
    });
  }

  function nextSendBackoff() { var b = sendBackoff; sendBackoff = Math.min(sendBackoff * 2, MAX_BACKOFF); return b; }

  function markPending() {
    outbox.forEach(function (item) {
      var li = bubbleOf(item);
      if (li && !li.dataset.id) { li.classList.remove('sending'); li.classList.add('pending'); }
    });
  }

  function delivered(item, receipt) {
    var li = bubbleOf(item);
    var existing = transcript.querySelector('[data-id="' + receipt.message_id + '"]');
    if (existing && existing !== li) {
      if (li) li.remove(); // the stream showed it already
      outbox = outbox.filter(function (o) { return o.id !== item.id; });
      saveOutbox();
    } else if (li) {
      confirm(li, receipt.message_id);
    }
    if (receipt.conversation_id && receipt.conversation_id !== conversation) {
      conversation = save('conversation', receipt.conversation_id);
      connect(true);
    }
  }

  function rejected(item, body) {
    outbox = outbox.filter(function (o) { return o.id !== item.id; });
    saveOutbox();
    var li = bubbleOf(item);
    if (!li) return;
    li.classList.remove('pending', 'sending');
    li.classList.add('failed');
    li.querySelector('.meta').textContent = 'não enviada: ' + ((body && body.message) || 'mensagem inválida');
  }

  // ---- receiving: history, then a live stream that resumes after the last id seen ------------

  function history() {
    if (!conversation) return Promise.resolve();
    var url = '/chat/api/history?session=' + encodeURIComponent(session) + '&conversation=' + encodeURIComponent(conversation);
    return fetch(url, { cache: 'no-store' }).then(function (res) {
      if (res.status === 404) { conversation = save('conversation', null); return; } // e.g. the store reset its data
      if (!res.ok) throw new Error('history ' + res.status);
      return res.json().then(function (h) { h.messages.forEach(showStored); });
    });
  }

  function connect(now) {
    clearTimeout(streamTimer);
    if (source) { source.close(); source = null; }
    if (!conversation) { setStatus(navigator.onLine === false ? 'offline' : 'online'); return; }
    if (navigator.onLine === false) { setStatus('offline'); return; }
    streamTimer = setTimeout(function () {
      var url = '/chat/api/stream?session=' + encodeURIComponent(session) +
          '&conversation=' + encodeURIComponent(conversation) + '&after=' + lastId;
      var es = new EventSource(url);
      source = es;
      es.onopen = function () { streamBackoff = 500; setStatus('online'); flush(); };
      es.addEventListener('message', function (e) { showStored(JSON.parse(e.data)); });
      es.addEventListener('typing', showTyping);
      es.addEventListener('draft', function (e) { showDraft(JSON.parse(e.data)); });
      es.onerror = function () {
        // take over from EventSource's own retry: our backoff, and a history catch-up first
        es.close();
        if (source !== es) return;
        source = null;
        setStatus(navigator.onLine === false ? 'offline' : 'connecting');
        reconnectLater();
      };
    }, now ? 0 : streamBackoff);
  }

  function reconnectLater() {
    clearTimeout(streamTimer);
    streamTimer = setTimeout(function () {
      history().then(function () { connect(true); }, function () {
        setStatus('offline');
        streamBackoff = Math.min(streamBackoff * 2, MAX_BACKOFF);
        reconnectLater();
      });
    }, streamBackoff);
    streamBackoff = Math.min(streamBackoff * 2, MAX_BACKOFF);
  }

  window.addEventListener('offline', function () {
    if (source) { source.close(); source = null; }
    clearTimeout(streamTimer);
    setStatus('offline');
    markPending();
  });
  window.addEventListener('online', function () {
    streamBackoff = 500;
    sendBackoff = 1000;
    setStatus('connecting');
    history().then(function () { connect(true); flush(); }, reconnectLater);
  });

  // ---- composer ------------------------------------------------------------------------------

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value;
    if (!text.trim()) return;
    input.value = '';
    grow();
    enqueue(text);
  });
  input.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit', { cancelable: true }));
    }
  });
  function grow() {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight + 2, 140) + 'px';
    input.style.overflowY = input.scrollHeight + 2 > 140 ? 'auto' : 'hidden';
  }
  input.addEventListener('input', grow);

  setStatus('connecting');
  history().then(null, function () { setStatus('offline'); }).then(function () {
    outbox.forEach(showQueued);
    connect(true);
    flush();
  });
})();

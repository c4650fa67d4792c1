// Web chat: send, stream the answer (SSE), confirm writes, upload with progress. No libraries.
(function () {
  "use strict";
  var csrf = document.querySelector('meta[name="csrf-token"]').content;
  var layout = document.querySelector(".chat-layout");
  if (!layout) return;
  var conversation = layout.dataset.conversation;
  var messages = document.getElementById("messages");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text; // text only: never HTML from the user or the model
    return e;
  }
  function clientId() { return "m" + Date.now().toString(36) + Math.random().toString(36).slice(2, 10); }
  function post(url, body) {
    return fetch(url, {method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": csrf}, body: JSON.stringify(body)})
      .then(function (r) { if (!r.ok) throw new Error(r.status + ""); return r.json(); });
  }
  function scroll() { messages.scrollTop = messages.scrollHeight; }

  function stream(url) {
    var bubble = el("div", "msg bot streaming", layout.dataset.working);
    messages.appendChild(bubble); scroll();
    var started = false;
    var es = new EventSource(url);
    es.addEventListener("chunk", function (ev) {
      if (!started) { bubble.textContent = ""; started = true; }
      bubble.textContent += JSON.parse(ev.data).text; scroll();
    });
    es.addEventListener("part", function (ev) {
      var d = JSON.parse(ev.data);
      bubble.innerHTML = d.html; // rendered server-side from escaped text
      bubble.classList.remove("streaming");
      if (d.buttons && d.buttons.length) {
        var row = el("div", "buttons");
        d.buttons.forEach(function (b) {
          var btn = el("button", "confirm", b.label);
          btn.addEventListener("click", function () {
            row.querySelectorAll("button").forEach(function (x) { x.disabled = true; });
            messages.appendChild(el("div", "msg user", b.label));
            post("/api/confirm", {conversation: conversation, approve: b.value === "是", client_id: clientId()})
              .then(function (r) { stream(r.stream_url); });
          });
          row.appendChild(btn);
        });
        bubble.appendChild(row);
      }
      bubble = el("div", "msg bot"); started = true; scroll();
    });
    es.addEventListener("done", function () { es.close(); document.body.dataset.idle = "1"; });
    es.addEventListener("error", function (ev) {
      es.close();
      if (ev.data) bubble.textContent = JSON.parse(ev.data).text;
      document.body.dataset.idle = "1";
    });
  }

  document.getElementById("ask").addEventListener("submit", function (e) {
    e.preventDefault();
    var box = document.getElementById("text");
    var text = box.value.trim();
    if (!text) return;
    box.value = "";
    document.body.dataset.idle = "0";
    messages.appendChild(el("div", "msg user", text)); scroll();
    post("/api/ask", {text: text, conversation: conversation, client_id: clientId()})
      .then(function (r) { stream(r.stream_url); })
      .catch(function (err) { messages.appendChild(el("div", "msg bot error", "⚠ " + err.message)); });
  });
  document.getElementById("text").addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); document.getElementById("send").click(); }
  });

  var bind = document.getElementById("bind-code");
  bind.addEventListener("click", function () {
    post("/api/bind-code", {}).then(function (r) { document.getElementById("bind-out").textContent = r.code; });
  });

  var status = document.getElementById("upload-status"), bar = document.getElementById("progress");
  var phase = document.getElementById("phase"), result = document.getElementById("upload-result");
  var job = null;
  document.getElementById("file").addEventListener("change", function (e) {
    var file = e.target.files[0];
    if (!file) return;
    var form = new FormData();
    form.append("file", file); form.append("conversation", conversation);
    form.append("customer", document.getElementById("upload-customer").value);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/upload");
    xhr.setRequestHeader("X-CSRF-Token", csrf);
    status.hidden = false; result.hidden = true; phase.textContent = "⬆"; bar.value = 0;
    xhr.upload.onprogress = function (ev) { if (ev.lengthComputable) bar.value = 50 * ev.loaded / ev.total; };
    xhr.onload = function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText); } catch (err) { /* not JSON */ }
      if (xhr.status !== 202) { phase.textContent = "⚠ " + (body.detail || xhr.status); return; }
      job = body.inbound_id; phase.textContent = "⚙"; poll();
    };
    xhr.send(form);
  });
  function poll() {
    fetch("/api/jobs/" + job, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (j) {
      bar.value = 50 + 50 * j.progress;
      if (j.error) { phase.textContent = "⚠ " + j.error; return; }
      if (j.summary_html) {
        status.hidden = true; result.hidden = false;
        document.getElementById("summary").innerHTML = j.summary_html;
        document.getElementById("transcript").innerHTML = j.transcript_html || "";
        if (j.customer) document.getElementById("customer").value = j.customer;
        return;
      }
      setTimeout(poll, 700);
    });
  }
  document.getElementById("save").addEventListener("submit", function (e) {
    e.preventDefault();
    var out = document.getElementById("saved");
    post("/api/jobs/" + job + "/save", {customer: document.getElementById("customer").value})
      .then(function (r) { out.textContent = "✓ " + r.saved; })
      .catch(function (err) { out.textContent = "⚠ " + err.message; });
  });
})();

/* idlibsite serve --edit: the editing panel of a source page (never part of a published site).
 * The contract with the source template (source.html): each block of the article is shown in one
 * element data-block="<index>", whose text is the block's display text, but for what the site adds
 * inside it, marked data-not-archived (the S1 links). tests/test_editing.py checks the rendered pages.
 * This script tells the server where a selection starts and ends as [block index, offset in the
 * block's text]; the server cuts the quote from the archived file. */
(function () {
  "use strict";
  var panel = document.getElementById("idlibsite-edit");
  if (!panel) return;
  var base = panel.dataset.base, token = panel.dataset.token, sourceId = panel.dataset.source;
  var SKIP = "[data-not-archived], script, style";
  var state = null, blocks = new Map(), picked = null, mode = null, editing = null, opened = null;
  function $(id) { return document.getElementById(id); }
  var form = $("ie-form");

  window.idlibsiteHold = function () { return !form.hidden; };  // no reload under unsaved work

  function say(message) {  // aria-live: cleared first, so the same words are announced again
    $("ie-live").textContent = "";
    setTimeout(function () { $("ie-live").textContent = message; }, 50);
  }
  function fail(data) {
    $("ie-error").textContent = data.error || String(data);
    var list = $("ie-problems");
    list.textContent = "";
    (data.problems || []).forEach(function (p) {
      var li = document.createElement("li"); li.textContent = p; list.appendChild(li);
    });
  }
  function clearError() { $("ie-error").textContent = ""; $("ie-problems").textContent = ""; }

  function post(name, body) {
    return fetch(base + name, {
      method: "POST", body: JSON.stringify(body),
      headers: { "Content-Type": "application/json", "X-Idlibsite-Token": token }
    }).then(function (r) {
      return r.json().then(function (data) { if (!r.ok) throw data; return data; });
    });
  }
  function load() {
    return fetch(base + "state?source=" + encodeURIComponent(sourceId)).then(function (r) {
      return r.json().then(function (data) { if (!r.ok) throw data; state = data; mapBlocks(); render(); });
    });
  }

  /* the article's blocks: the elements the template marks data-block="<index>" */
  function textNodes(el) {
    var out = [], walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement.closest(SKIP)) out.push(n);
    }
    return out;
  }
  function shown(el) { return textNodes(el).map(function (n) { return n.data; }).join(""); }
  function mapBlocks() {
    var wrong = 0;
    blocks = new Map();
    document.querySelectorAll("[data-block]").forEach(function (el) {
      var index = Number(el.dataset.block);
      if (shown(el) !== state.blocks[index]) { wrong++; return; }  // not the block's words: never guess
      blocks.set(el, index);
      if (!el.hasAttribute("tabindex")) el.tabIndex = 0;  // keyboard: Tab to it, Shift+arrows select
      el.classList.add("ie-block");
    });
    if (blocks.size < state.blocks.length) {
      fail({ error: (state.blocks.length - blocks.size) + " of the article's " + state.blocks.length +
        " blocks cannot be selected: the page does not show them in elements marked data-block" +
        (wrong ? " (" + wrong + " marked elements hold other words)" : "") +
        ". A template override (templates/source.html) must keep the data-block and data-not-archived attributes." });
    }
  }
  function blockOf(node) {
    for (var e = node.nodeType === 1 ? node : node.parentElement; e; e = e.parentElement) {
      if (blocks.has(e)) return e;
    }
    return null;
  }
  function point(node, offset) {  // a DOM boundary point as [block index, offset in the block's text]
    var el = blockOf(node);
    if (!el) return null;
    var range = document.createRange(), count = 0;
    range.setStart(el, 0); range.setEnd(node, offset);
    var nodes = textNodes(el);
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i] === node) { count += offset; break; }
      if (range.comparePoint(nodes[i], nodes[i].length) !== 0) break;
      count += nodes[i].length;
    }
    var index = blocks.get(el);
    return [index, Math.max(0, Math.min(count, state.blocks[index].length))];
  }
  function selected() {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    var r = sel.getRangeAt(0), a = point(r.startContainer, r.startOffset), b = point(r.endContainer, r.endOffset);
    return a && b ? { start: a, end: b, text: sel.toString().replace(/\s+/g, " ").trim(), range: r } : null;
  }

  document.addEventListener("selectionchange", function () {
    if (!state) return;
    var s = selected();
    $("ie-pick").disabled = !s;
    $("ie-selected").textContent = s ? "Selected: “" + s.text + "”" : "";
  });
  var announce = null;
  document.addEventListener("keydown", function (event) {
    var el = event.target;
    if (!blocks.has(el)) return;
    var sel = window.getSelection();
    if (event.key === "Enter" && !sel.isCollapsed) { event.preventDefault(); pick(); return; }
    if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
    var forward = event.key === "ArrowRight";
    if (!sel.rangeCount || !el.contains(sel.anchorNode)) {  // start at the paragraph's edge
      var nodes = textNodes(el), edge = forward ? nodes[0] : nodes[nodes.length - 1];
      if (!edge) return;
      sel.collapse(edge, forward ? 0 : edge.length);
    }
    sel.modify(event.shiftKey ? "extend" : "move", forward ? "forward" : "backward",
               event.ctrlKey || event.altKey ? "word" : "character");
    event.preventDefault();
    clearTimeout(announce);
    announce = setTimeout(function () {
      var s = selected();
      say(s ? "Selected: " + s.text + ". Press Enter to annotate." : "Nothing selected.");
    }, 300);
  });

  function option(select, value, label) {
    var o = document.createElement("option"); o.value = value; o.textContent = label; select.appendChild(o);
  }
  function fillSelects(speaker, claim) {
    var sp = $("ie-speaker"), cl = $("ie-claim");
    sp.textContent = ""; cl.textContent = "";
    option(sp, "", "(choose the speaker)");
    state.actors.forEach(function (a) { option(sp, a.id, a.name + " (" + a.id + ")"); });
    sp.value = speaker || "";
    state.claims.forEach(function (c) { option(cl, c.id, c.title); });
    option(cl, "", "A new claim…");
    cl.value = claim === undefined ? (state.claims[0] ? state.claims[0].id : "") : claim;
    $("ie-new-claim").hidden = cl.value !== "";
  }
  function open(kind, heading) {
    mode = kind; clearError();
    opened = { actors: state.actors_hash, claims: {} };  // the files as they are now: a later change elsewhere is a conflict
    state.claims.forEach(function (c) { opened.claims[c.id] = c.hash; });
    $("ie-form-h").textContent = heading;
    $("ie-claim").disabled = kind === "edit"; $("ie-id").disabled = kind === "edit";
    form.hidden = false; $("ie-start").hidden = true;
    $("ie-speaker").focus();
    say(heading + ": the form is open.");
  }
  function close() {
    form.hidden = true; $("ie-start").hidden = false; $("ie-new-actor").hidden = true;
    if (window.idlibsiteStale) location.reload();  // the site was rebuilt while the form was open
  }
  function keepInView(range) {  // on a phone the panel is a sheet at the bottom: keep the words above it
    var top = panel.getBoundingClientRect().top, r = range.getBoundingClientRect();
    if (top > 0 && r.bottom > top - 8) window.scrollBy(0, Math.min(r.bottom - top + 16, r.top - 8));
  }
  function pick() {
    var s = selected();
    if (!s) { say("Select some words of the article first."); return; }
    load().then(function () { return post("describe", { source: sourceId, start: s.start, end: s.end }); })
      .then(function (d) { describeInto(d, "New statement"); keepInView(s.range); }).catch(fail);
  }
  function describeInto(d, heading, claim) {
    picked = d; editing = null;
    $("ie-quote").textContent = d.quote;
    fillSelects(d.speaker && state.actors.some(function (a) { return a.id === d.speaker; }) ? d.speaker : "", claim);
    $("ie-kind").value = d.kind; $("ie-said").value = d.said; $("ie-said-note").value = d.said_note || "";
    $("ie-id").value = d.id; $("ie-side").value = d.side || "context";
    var note = d.speaker_name ? "Suggested speaker: " + d.speaker_name +
      (d.confidence ? " (confidence " + Math.round(d.confidence * 100) + "%)" : "") : "No speaker named: choose one.";
    $("ie-speaker-note").textContent = note;
    var na = d.new_actor;
    $("ie-new-actor").hidden = !na;
    if (na) {
      $("ie-actor-name").value = na.name; $("ie-actor-id").value = na.id;
      $("ie-actor-kind").value = na.person ? "person" : "organisation";
      $("ie-actor-affiliation").value = na.affiliation; $("ie-actor-role").value = na.role;
      $("ie-speaker-note").textContent = na.name + " is not in actors.yaml yet: add the stub below, then save.";
    }
    open("add", heading);
  }
  $("ie-pick").addEventListener("click", pick);
  $("ie-claim").addEventListener("change", function () { $("ie-new-claim").hidden = $("ie-claim").value !== ""; });
  $("ie-claim-title").addEventListener("input", function () {
    $("ie-claim-id").value = $("ie-claim-title").value.toLowerCase().normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  });
  $("ie-cancel").addEventListener("click", function () {
    close(); say("Cancelled: nothing was saved.");
    ($("ie-pick").disabled ? $("ie-h") : $("ie-pick")).focus();  // not lost with the hidden form
  });
  $("ie-toggle").addEventListener("click", function () {
    var body = $("ie-body"), hide = !body.hidden;
    body.hidden = hide; this.textContent = hide ? "Show" : "Hide"; this.setAttribute("aria-expanded", String(!hide));
  });
  $("ie-actor-save").addEventListener("click", function () {
    var body = { id: $("ie-actor-id").value, name: $("ie-actor-name").value, kind: $("ie-actor-kind").value,
                 affiliation: $("ie-actor-affiliation").value, role: $("ie-actor-role").value, hash: opened.actors };
    clearError();
    post("actor", body).then(function (r) {
      opened.actors = r.hash;
      state.actors.push({ id: body.id, name: body.name });
      var keep = { claim: $("ie-claim").value };
      fillSelects(body.id, keep.claim);
      $("ie-new-actor").hidden = true;
      $("ie-speaker-note").textContent = "";
      $("ie-speaker").focus();  // the button pressed is hidden now
      showHistory(r.history);
      say(r.message + " The speaker is chosen; save the statement when ready.");
    }).catch(fail);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault(); clearError();
    var fields = { speaker: $("ie-speaker").value, kind: $("ie-kind").value, side: $("ie-side").value,
                   said: $("ie-said").value, said_note: $("ie-said-note").value };
    var request, claim = mode === "edit" ? editing.claim : $("ie-claim").value;
    if (mode === "edit") {
      fields.claim = claim; fields.statement = editing.id; fields.hash = opened.claims[claim];
      request = post("edit", fields);
    } else {
      var isNew = claim === "";
      if (isNew) claim = $("ie-claim-id").value;
      fields.source = sourceId; fields.range = picked.range; fields.id = $("ie-id").value;
      fields.claim = claim; fields.hash = isNew ? "absent" : opened.claims[claim];
      if (picked.from) { fields.from_claim = picked.from.claim; fields.from_statement = picked.from.id; }
      if (isNew) {
        fields.title = $("ie-claim-title").value; fields.assertion = $("ie-claim-assertion").value;
        fields.topics = $("ie-claim-topics").value;
      }
      request = post("add", fields);
    }
    request.then(function (r) { done(r); }).catch(fail);
  });
  function done(r) {
    showHistory(r.history);
    var warnings = r.warnings || [];
    var message = r.message + (warnings.length ? " With " + warnings.length + " warning(s)." : "") +
      " The page reloads when the site is rebuilt.";
    sessionStorage.setItem("idlibsite-edit-said", message);  // said again once the page has reloaded
    close();
    say(message);
    $("ie-undo-button").focus();  // the next thing to do, if anything: undo (the form is hidden)
    if (warnings.length) fail({ error: "Saved, with warnings from the checks:", problems: warnings });
  }
  function showHistory(history) {
    $("ie-undo").hidden = !history.length;
    $("ie-last").textContent = history.length ? history[history.length - 1] : "";
  }
  $("ie-undo-button").addEventListener("click", function () {
    clearError();
    post("undo", {}).then(function (r) {
      var message = r.message + " The page reloads when the site is rebuilt.";
      sessionStorage.setItem("idlibsite-edit-said", message);
      showHistory(r.history); say(message);
      if ($("ie-undo").hidden) $("ie-h").focus();  // nothing more to undo: the button is gone
    }).catch(fail);
  });

  function render() {
    showHistory(state.history);
    var list = $("ie-list");
    list.textContent = "";
    state.statements.forEach(function (s) {
      var li = document.createElement("li");
      var words = document.createElement("span");
      words.textContent = s.speaker_name + ", " + s.side + ", on “" + s.claim_title + "”: “" + s.quote + "” ";
      li.appendChild(words);
      var actions = document.createElement("span");
      actions.className = "ie-actions";
      li.appendChild(actions);
      [["Edit", edit], ["Delete", remove], ["Add to another claim", again]].forEach(function (b) {
        var button = document.createElement("button");
        button.type = "button"; button.textContent = b[0];
        button.setAttribute("aria-label", b[0] + ": " + s.id + " of claim " + s.claim);
        button.addEventListener("click", function () { b[1](s); });
        actions.appendChild(button); actions.appendChild(document.createTextNode(" "));
      });
      list.appendChild(li);
    });
  }
  function edit(s) {
    load().then(function () {
      editing = s; picked = null;
      $("ie-quote").textContent = s.quote;
      fillSelects(s.speaker, s.claim);
      $("ie-kind").value = s.kind; $("ie-side").value = s.side; $("ie-said").value = s.said;
      $("ie-said-note").value = s.said_note; $("ie-id").value = s.id;
      $("ie-speaker-note").textContent = ""; $("ie-new-actor").hidden = true; $("ie-new-claim").hidden = true;
      open("edit", "Edit statement " + s.id);
    }).catch(fail);
  }
  function remove(s) {
    clearError();
    load().then(function () {
      var claim = state.claims.filter(function (c) { return c.id === s.claim; })[0];
      return post("delete", { claim: s.claim, statement: s.id, hash: claim ? claim.hash : "" });
    }).then(done).catch(fail);
  }
  function again(s) {
    load().then(function () {
      var other = state.claims.filter(function (c) { return c.id !== s.claim; })[0];
      describeInto({ range: s.range, quote: s.quote, speaker: s.speaker, speaker_name: s.speaker_name,
                     kind: s.kind, said: s.said, said_note: s.said_note, side: s.side, id: s.id,
                     from: { claim: s.claim, id: s.id } }, "The same words in another claim", other ? other.id : "");
    }).catch(fail);
  }

  var said = sessionStorage.getItem("idlibsite-edit-said");  // the page reloaded after a save or an undo
  if (said) { sessionStorage.removeItem("idlibsite-edit-said"); say(said); }
  load().then(function () {
    if (said) ($("ie-undo").hidden ? $("ie-h") : $("ie-undo-button")).focus();  // where the keyboard left off
  }).catch(fail);
})();

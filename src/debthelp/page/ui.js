// The page's screens: the opening screen, the questions, the review, the plan.
//
// Mirrors the terminal wizard (src/debthelp/wizard/flow.py) on a touch screen:
// ask what the route still needs, show help needed now at once, review every
// answer with a way to change it, then the plan (src/debthelp/render/plan.py).
// What a plan contains is decided only by DebtEngine (engine.js).
//
// Plain ES2017, no modules, no network: every text node is made with
// createTextNode, never as markup, so nothing in the data can become a tag.

(function () {
  "use strict";

  // The opening screen needs only the questions and the words (DEBTHELP_FIRST, a
  // small part of the script); the rest of the guidance (the steps, rules,
  // deadlines, sources: most of the file) waits in a data block that is read
  // after the opening screen is on it, or at once when something needs it.
  var G = DEBTHELP_FIRST;
  var E = DebtEngine;
  var STORE = "debthelp-page-answers";
  var loaded = false;

  function load() {
    if (loaded) return;
    loaded = true;
    var rest = JSON.parse(document.getElementById("debthelp-data").textContent);
    Object.keys(rest).forEach(function (key) { G[key] = rest[key]; });
  }

  var state = {
    lang: DEBTHELP_LANG === "en" ? "en" : "zh",
    screen: "question",
    answers: {},
    remembered: {}, // answers undone by Back, offered again (wizard._ask_missing)
    changing: null, // the question being changed from the review screen
    shown: [], // tips whose help-now line has been shown (wizard._show_help_now)
    fresh: false, // a help-now line was just added: show them all in full once
    keep: false,
    kept: null, // what was found kept on this phone when the page opened
    notice: null,
    draft: null, // a multiple choice being ticked, before Next
  };

  // ---------------------------------------------------------------- small helpers

  function tr(text) {
    if (text === null || text === undefined) return "";
    return state.lang === "zh" ? text.zh : text.en;
  }

  function msg(key, params) {
    var entry = G.messages[key];
    var text = entry ? entry[state.lang] : key;
    if (params) {
      text = text.replace(/\{([a-z_]+)\}/g, function (all, name) {
        return Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : all;
      });
    }
    return text;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (name === "text") node.appendChild(document.createTextNode(value));
        else if (name === "onclick") node.addEventListener("click", value);
        else node.setAttribute(name, value === true ? "" : value);
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function button(text, cls, onclick, attrs) {
    var a = { type: "button", class: cls, onclick: onclick, text: text };
    if (attrs) Object.keys(attrs).forEach(function (k) { a[k] = attrs[k]; });
    return el("button", a);
  }

  // Phone numbers become tel: links; web addresses stay text to type, marked as such.
  // No look-behind (Safari before 16.4 rejects the whole script for one).
  var PHONE = /(^|[^0-9A-Za-z.\-\/第])((?:0\d{2,3}-)?(?:12\d{3}|96110|110|119|120|122))(?![0-9]|\.[A-Za-z0-9]|条|号|元|天|年|%|日|个|万)/g;
  var ADDRESS = /((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:cn|com|org|net|gov)(?:\/[^\s，。；）)]*)?)/gi;

  // A command of the terminal program ("debthelp check"): shown as a command, with a
  // note that it runs on a computer (the person who sent the file can run it).
  var COMMAND = /debthelp(?: [a-z][a-z-]*){1,2}/g;

  function rich(text) {
    var frag = document.createDocumentFragment();
    var pieces = [];
    var m;
    COMMAND.lastIndex = 0;
    while ((m = COMMAND.exec(text))) {
      pieces.push({ start: m.index, end: m.index + m[0].length, kind: "cmd", text: m[0] });
    }
    ADDRESS.lastIndex = 0;
    while ((m = ADDRESS.exec(text))) {
      var from = m.index, to = m.index + m[1].length;
      var taken = pieces.some(function (p) { return p.start < to && from < p.end; });
      if (!taken) pieces.push({ start: from, end: to, kind: "addr", text: m[1] });
    }
    PHONE.lastIndex = 0;
    while ((m = PHONE.exec(text))) {
      var start = m.index + m[1].length;
      var end = start + m[2].length;
      var inside = pieces.some(function (p) { return p.start < end && start < p.end; });
      if (!inside) pieces.push({ start: start, end: end, kind: "tel", text: m[2] });
    }
    pieces.sort(function (a, b) { return a.start - b.start; });
    var at = 0;
    pieces.forEach(function (p) {
      if (p.start > at) frag.appendChild(document.createTextNode(text.slice(at, p.start)));
      if (p.kind === "tel") {
        frag.appendChild(el("a", { class: "tel", href: "tel:" + p.text, text: p.text }));
      } else {
        frag.appendChild(el(p.kind === "cmd" ? "code" : "span", { class: p.kind, text: p.text }));
      }
      at = p.end;
    });
    if (at < text.length) frag.appendChild(document.createTextNode(text.slice(at)));
    return frag;
  }

  function hasAddress(text) {
    ADDRESS.lastIndex = 0;
    return ADDRESS.test(text);
  }

  // A step's body: its "- " lines as a real list, the rest as lines of text
  // (render/report_html.body_html).
  function body(text) {
    var out = document.createDocumentFragment();
    var para = [];
    var items = [];
    function flush() {
      var joined = para.join("\n").replace(/^\n+|\n+$/g, "");
      if (joined) out.appendChild(el("div", { class: "body" }, [rich(joined)]));
      para = [];
      if (items.length) {
        out.appendChild(el("ul", { class: "items" }, items.map(function (x) {
          return el("li", null, [rich(x)]);
        })));
        items = [];
      }
    }
    text.split("\n").forEach(function (line) {
      if (line.indexOf("- ") === 0) {
        if (para.length) flush();
        items.push(line.slice(2).trim());
      } else {
        if (items.length) flush();
        para.push(line);
      }
    });
    flush();
    return out;
  }

  function day(iso) {
    var p = iso.split("-").map(Number);
    if (state.lang === "zh") return p[0] + "年" + p[1] + "月" + p[2] + "日";
    var months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    return p[2] + " " + months[p[1] - 1] + " " + p[0];
  }

  // ---------------------------------------------------------------- keeping answers

  function readKept() {
    try {
      var raw = window.localStorage.getItem(STORE);
      if (!raw) return null;
      var data = JSON.parse(raw);
      if (!data || typeof data.answers !== "object" || data.answers === null) return null;
      var answers = {};
      Object.keys(data.answers).forEach(function (qid) {
        var q = Object.prototype.hasOwnProperty.call(G.questions, qid) ? G.questions[qid] : null;
        if (q && valid(q, data.answers[qid])) answers[qid] = data.answers[qid];
      });
      if (!Object.keys(answers).length) return null;
      return { answers: answers, lang: data.lang === "en" ? "en" : "zh" };
    } catch (e) {
      return null;
    }
  }

  // Kept answers come from an earlier page, perhaps built from older guidance:
  // an answer its question no longer takes is asked again (kinds.*.coerce).
  function valid(q, value) {
    if (q.kind === "yesno") return value === "yes" || value === "no";
    if (q.kind === "single") return typeof value === "string" && E.option(q, value) !== null;
    if (q.kind === "multi") {
      return Array.isArray(value) && value.length > 0 && value.every(function (v) {
        return typeof v === "string" && E.option(q, v) !== null;
      });
    }
    if (value === "") return q.optional;
    return typeof value === "number" && !E.coerceNumber(q, String(value)).error;
  }

  function save() {
    if (!state.keep) return true;
    try {
      window.localStorage.setItem(STORE, JSON.stringify({ v: 1, answers: state.answers, lang: state.lang }));
      return true;
    } catch (e) {
      return false;
    }
  }

  function forget() {
    try {
      window.localStorage.removeItem(STORE);
    } catch (e) {
      // nothing was kept, then
    }
    state.keep = false;
    state.kept = null;
  }

  // ---------------------------------------------------------------- the walk (wizard/flow.py)

  function onRoute() {
    var route = E.walk(G, state.answers);
    var out = {};
    route.asked.forEach(function (qid) { out[qid] = state.answers[qid]; });
    return out;
  }

  // wizard._skips_review
  function skipsReview() {
    return E.walk(G, state.answers).asked.some(function (qid) {
      var o = E.option(G.questions[qid], state.answers[qid]);
      return o !== null && o.skip_review;
    });
  }

  // wizard._show_help_now: the help the answers so far call for, once each.
  function helpNow() {
    E.neededNow(G, state.answers).forEach(function (step) {
      if (state.shown.indexOf(step.id) < 0) {
        state.shown.push(step.id);
        state.fresh = true;
      }
    });
  }

  // What comes after an answer: the next question, the review, or the plan.
  function forward() {
    state.changing = null;
    state.draft = null;
    var route = E.walk(G, state.answers);
    if (route.missing !== null) state.screen = "question";
    else if (skipsReview()) state.screen = "plan";
    else state.screen = "review";
    state.answers = route.missing === null ? onRoute() : state.answers;
    save();
    render();
  }

  function answer(qid, value) {
    load();
    var changing = state.changing === qid;
    var old = state.answers[qid];
    if (changing && same(old, value)) {
      state.changing = null;
      state.screen = "review";
      render();
      return;
    }
    state.answers[qid] = value;
    state.kept = null; // answering afresh: the new answers are the ones kept from now on
    delete state.remembered[qid];
    if (changing) {
      // wizard._change: what hung on the old answer is asked again
      G.questions[qid].depends.forEach(function (dep) { delete state.answers[dep]; });
    }
    helpNow();
    forward();
  }

  function same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
  }

  function back() {
    if (state.changing !== null) {
      state.changing = null;
      state.screen = "review";
      render();
      return;
    }
    var asked = E.walk(G, state.answers).asked;
    if (!asked.length) return; // the first question has no Back
    var previous = asked[asked.length - 1];
    state.remembered[previous] = state.answers[previous];
    delete state.answers[previous];
    state.draft = null;
    render();
  }

  // ---------------------------------------------------------------- screens

  var app = document.getElementById("app");
  var foot = document.getElementById("foot");

  function crisisBox() {
    var calls = [["110", "page.call-110"], ["120", "page.call-120"], ["12356", "page.call-12356"]];
    return el("section", { class: "crisis", "aria-labelledby": "crisis-title" }, [
      el("p", { class: "lead", id: "crisis-title", text: msg("page.crisis-title") }),
      el("ul", null, calls.map(function (c) {
        var label = msg(c[1]);
        var rest = label.indexOf(c[0]) === 0 ? label.slice(c[0].length) : label;
        return el("li", null, [
          el("a", { class: "call-big", href: "tel:" + c[0] }, [
            el("span", { class: "num", text: "\u260E\uFE0E " + c[0] }),
            el("span", { class: "what", text: rest.trim() }),
          ]),
        ]);
      })),
    ]);
  }

  // In full on the screen right after it is called for; after that, one line
  // with the numbers, so it stays in reach without pushing the questions away.
  function helpNowBox() {
    if (!state.shown.length) return null;
    if (!state.fresh) {
      var numbers = [];
      state.shown.forEach(function (tid) {
        var text = tr(G.tips[tid].first);
        var m;
        PHONE.lastIndex = 0;
        while ((m = PHONE.exec(text))) if (numbers.indexOf(m[2]) < 0) numbers.push(m[2]);
      });
      return el("p", { class: "crisis compact", id: "help-now" }, [
        el("b", { text: msg("page.help-now-short") + " " }),
      ].concat(numbers.map(function (n) {
        return el("a", { class: "tel", href: "tel:" + n, text: n });
      })));
    }
    state.fresh = false;
    return el("section", { class: "crisis", role: "alert", id: "help-now" }, [
      el("p", { class: "lead", text: msg("page.help-now") }),
      el("ul", null, state.shown.map(function (tid) {
        return el("li", null, [rich(tr(G.tips[tid].first))]);
      })),
    ]);
  }

  // Above the first question: the numbers to call, then what this is. The
  // safety question itself is on the first screen, as in the terminal wizard.
  function opening() {
    var out = [crisisBox()];
    if (state.kept) {
      out.push(el("section", { class: "keep", id: "resume" }, [
        el("p", { text: msg("page.resume") }),
        button(msg("page.resume-plan"), "primary", function () {
          state.answers = state.kept.answers;
          state.keep = true;
          state.kept = null;
          forwardOrPlan();
        }, { id: "resume-plan" }),
        button(msg("page.forget"), "secondary", function () {
          forget();
          state.answers = {};
          state.remembered = {};
          state.notice = msg("page.forgotten");
          render();
        }, { id: "resume-forget" }),
      ]));
    }
    out.push(el("p", { class: "intro", text: msg("page.intro") }));
    return out;
  }

  function forwardOrPlan() {
    var route = E.walk(G, state.answers);
    if (route.missing === null) {
      state.answers = onRoute();
      state.screen = "plan";
      render();
    } else {
      forward();
    }
  }

  // "Start again" loses nothing by a slip of the finger: each earlier answer is
  // marked on its question again, and what is kept on the phone stays until
  // the first new answer replaces it.
  function start() {
    state.remembered = state.answers;
    state.answers = {};
    state.shown = [];
    state.changing = null;
    state.draft = null;
    state.screen = "question";
    render();
  }

  // The first screen: the numbers to call and the first question, nothing answered.
  function opens() {
    return state.screen === "question" && state.changing === null &&
      E.walk(G, state.answers).asked.length === 0;
  }

  function current() {
    return state.changing !== null ? state.changing : E.walk(G, state.answers).missing;
  }

  function question() {
    var qid = current();
    var q = G.questions[qid];
    var route = E.walk(G, state.answers);
    var given = state.changing !== null ? state.answers[qid] : state.remembered[qid];
    var first = state.changing === null && route.asked.length === 0;
    var out = first ? opening() : [helpNowBox()];
    if (state.changing === null) {
      var n = route.asked.length + 1;
      var total = E.routeLength(G, state.answers);
      var left = total - n;  // as the wizard: "about N more", never a total that jumps
      var mark = left > 0 ? msg("wizard-progress", { n: n, left: left })
        : msg("wizard-progress-last", { n: n });
      out.push(el("p", { class: "progress", text: mark.replace(/^[（(]|[)）]\s*$/g, "") }));
      out.push(el("div", { class: "meter", "aria-hidden": "true" }, [
        el("span", { class: "fill", "data-fill": String(Math.round((100 * (n - 1)) / total)) }),
      ]));
    }
    out.push(el("h1", { tabindex: "-1", id: "qtext", text: tr(q.text) }));
    if (q.why) out.push(el("p", { class: "why" }, [el("b", { text: msg("page.why") }), tr(q.why)]));
    if (q.help) out.push(el("p", { class: "hint" }, [rich(tr(q.help))]));
    if (q.kind === "single" || q.kind === "yesno") out.push(choices(q, given));
    else if (q.kind === "multi") out = out.concat(multi(q, given));
    else out = out.concat(number(q, given));
    if (!first) out.push(button(msg("page.back"), "back", back, { id: "back" }));
    return out;
  }

  // A tap that comes this soon after a new screen was meant for the one before
  // (a double tap, a shaky hand): an answer button must not take it.
  var TAP_GUARD_MS = 250;
  var drawnAt = 0;

  function settled() {
    return Date.now() - drawnAt >= TAP_GUARD_MS;
  }

  function choices(q, given) {
    var opts = q.kind === "yesno"
      ? [{ value: "yes", label: null }, { value: "no", label: null }]
      : q.options;
    return el("div", { class: "opts", role: "group", "aria-labelledby": "qtext" }, opts.map(function (o) {
      var label = o.label ? tr(o.label) : msg(o.value);
      return button(label, "opt", function () { if (settled()) answer(q.id, o.value); },
        { "aria-pressed": given === o.value ? "true" : "false", "data-value": o.value });
    }));
  }

  function multi(q, given) {
    if (state.draft === null || state.draft.qid !== q.id) {
      state.draft = { qid: q.id, picked: Array.isArray(given) ? given.slice() : [] };
    }
    var draft = state.draft;
    var error = el("p", { class: "error", role: "alert", hidden: true });
    var group = el("div", { class: "opts", role: "group", "aria-labelledby": "qtext" });
    function paint() {
      Array.prototype.forEach.call(group.children, function (b) {
        b.setAttribute("aria-checked", draft.picked.indexOf(b.getAttribute("data-value")) >= 0 ? "true" : "false");
      });
    }
    q.options.forEach(function (o) {
      group.appendChild(el("button", {
        type: "button", class: "opt", role: "checkbox", "data-value": o.value, text: tr(o.label),
        onclick: function () {
          var at = draft.picked.indexOf(o.value);
          if (at >= 0) draft.picked.splice(at, 1);
          else if (o.exclusive) draft.picked = [o.value];
          else {
            draft.picked = draft.picked.filter(function (v) {
              var other = E.option(q, v);
              return !(other && other.exclusive);
            });
            draft.picked.push(o.value);
          }
          error.hidden = true;
          paint();
        },
      }));
    });
    paint();
    return [
      el("p", { class: "hint", text: msg("page.multi-hint") }),
      group,
      error,
      button(msg("page.next"), "primary", function () {
        if (!draft.picked.length) {
          error.textContent = msg("page.multi-empty");
          error.hidden = false;
          return;
        }
        // kinds.Multi.coerce: option order, not tapping order
        var values = q.options.map(function (o) { return o.value; })
          .filter(function (v) { return draft.picked.indexOf(v) >= 0; });
        answer(q.id, values);
      }, { id: "next" }),
    ];
  }

  function number(q, given) {
    // An amount of money may be typed as "6万": that needs the full keyboard.
    var amounts = q.max === null || q.max > 10000;
    var input = el("input", {
      class: "num", id: "num", type: "text", autocomplete: "off", enterkeyhint: "next",
      inputmode: amounts ? null : "decimal", "aria-labelledby": "qtext",
      value: given === undefined || given === "" ? "" : String(given),
      "aria-describedby": "num-error",
    });
    var error = el("p", { class: "error", id: "num-error", role: "alert", hidden: true });
    function submit(event) {
      if (event) event.preventDefault();
      var result = E.coerceNumber(q, input.value);
      if (result.error) {
        error.textContent = msg(result.error, { low: result.low, high: result.high });
        error.hidden = false;
        input.focus();
        return;
      }
      answer(q.id, result.value);
    }
    var form = el("form", { novalidate: true }, [
      el("div", { class: "num-row" }, [input, q.unit ? el("span", { text: tr(q.unit) }) : null]),
      amounts ? el("p", { class: "hint", text: msg("page.number-hint") }) : null,
      error,
      el("button", { type: "submit", class: "primary", id: "next", text: msg("page.next") }),
      q.optional ? button(msg("page.skip"), "secondary", function () { answer(q.id, ""); }, { id: "skip" }) : null,
    ]);
    form.addEventListener("submit", submit);
    return [form];
  }

  function describe(q, value) {
    if (q.kind === "yesno") return [msg(value === "yes" ? "yes" : "no")];
    if (q.kind === "number") {
      if (value === "") return [msg("answer-blank")];
      return [String(value) + (q.unit ? " " + tr(q.unit) : "")];
    }
    var values = Array.isArray(value) ? value : [value];
    return values.map(function (v) {
      var o = E.option(q, v);
      return o ? tr(o.label) : String(v);
    });
  }

  function review() {
    var asked = E.walk(G, state.answers).asked;
    return [
      helpNowBox(),
      el("h1", { tabindex: "-1", text: msg("page.review-title") }),
      el("p", { class: "hint", text: msg("page.review-hint") }),
      el("ol", { class: "review" }, asked.map(function (qid) {
        var q = G.questions[qid];
        return el("li", null, [
          el("div", { class: "qa" }, [el("div", { class: "q", text: tr(q.text) })].concat(
            describe(q, state.answers[qid]).map(function (line) {
              return el("div", { class: "a", text: "→ " + line });
            }))),
          button(msg("page.change"), "change", function () {
            state.changing = qid;
            state.draft = null;
            state.screen = "question";
            render();
          }, { "data-question": qid, "aria-label": msg("page.change") + ": " + tr(q.text) }),
        ]);
      })),
      button(msg("page.show-plan"), "primary", function () {
        state.screen = "plan";
        render();
      }, { id: "show-plan" }),
    ];
  }

  function copyText(text, status) {
    function done(ok) {
      status.textContent = msg(ok ? "page.copied" : "page.copy-failed");
    }
    function fallback() {
      // Older WebViews and in-app browsers: select the words in a hidden box and
      // copy the selection (iOS selects only an editable box, at 16 px so it does not zoom).
      var area = el("textarea", { "aria-hidden": "true" });
      area.value = text;
      area.style.position = "fixed";
      area.style.top = "-1000px";
      area.style.fontSize = "16px";
      document.body.appendChild(area);
      area.focus();
      area.select();
      area.setSelectionRange(0, text.length);
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }

  // A tip's body as the plan shows it to this person (model.for_answers): without
  // the lines whose only_if condition does not hold for their answers (the card
  // rule in the third-party step is for card holders). Later's bodies too.
  function tipBody(tip, answers) {
    var text = tr(tip.body);
    var drop = tip.only_if.filter(function (o) {
      return E.evaluate(o.when, answers) !== true;
    }).map(function (o) { return tr(o.line); });
    if (!drop.length) return text;
    return text.split("\n").filter(function (row) { return drop.indexOf(row.trim()) < 0; }).join("\n");
  }

  function stepNode(step, n, answers) {
    var tip = step.tip;
    var out = el("article", { class: "step", id: "step-" + tip.id });
    out.appendChild(el("h3", null, [
      String(n) + ". ",
      step.urgent ? el("span", { class: "urgent", text: msg("urgent") + " " }) : null,
      rich(tr(tip.title)),
    ]));
    out.appendChild(body(tipBody(tip, answers)));
    if (tip.say.length) {
      out.appendChild(el("p", { text: msg("say-lead") }));
      tip.say.forEach(function (line) {
        var words = tr(line.text);
        var status = el("p", { class: "status", role: "status", "aria-live": "polite" });
        out.appendChild(el("blockquote", { "data-say": line.id, text: "\u201c" + words + "\u201d" }));
        out.appendChild(button(msg("page.copy"), "copy", function () { copyText(words, status); },
          { "data-say": line.id }));
        out.appendChild(status);
      });
    }
    if (tip.why) out.appendChild(el("p", { class: "small" }, [rich(tr(tip.why))]));
    if (tip.sources.length) out.appendChild(el("p", { class: "src", text: "[" + tip.sources.join("; ") + "]" }));
    return out;
  }

  // render/plan._BAND_TITLES: one explicit key per urgency level
  var BAND_TITLES = { now: "band-now", deadline: "band-deadline", today: "band-today",
    soon: "band-soon", later: "band-later" };

  function plan() {
    var p = E.advise(G, state.answers);
    state.used = p.answers; // the answers on the route, for Later's bodies (fillLater)
    var out = [el("h1", { tabindex: "-1", text: msg("plan-title") }),
      el("p", { class: "meta", text: msg("plan-intro") })];
    // render/plan.do_first_lines: court deadlines, then the one-line actions
    var lead = p.due.map(function (d) {
      var what = tr(d.deadline.what);
      return d.days_left < 0
        ? msg("plan-deadline-passed", { what: what, due: day(d.due) })
        : msg("plan-deadline", { what: what, due: day(d.due), days: d.days_left });
    }).concat(p.do_first.map(function (s) { return tr(s.tip.first); }));
    if (lead.length) {
      out.push(el("section", { class: "first", id: "do-first" }, [
        el("h2", { text: msg("plan-do-first") }),
        el("ol", null, lead.map(function (line) { return el("li", null, [rich(line)]); })),
      ]));
    }
    // after "Do these first", which must come first: how to read what follows
    var texts = [];
    p.steps.forEach(function (s) { texts.push(tipBody(s.tip, p.answers)); });
    p.later.forEach(function (s) { texts.push(tipBody(s.tip, p.answers)); });
    if (texts.some(hasAddress)) out.push(el("p", { class: "meta", text: msg("page.type-address") }));
    if (texts.some(function (t) { COMMAND.lastIndex = 0; return COMMAND.test(t); })) {
      out.push(el("p", { class: "meta", text: msg("page.command-note") }));
    }
    var n = 0;
    E.bands(G, p).forEach(function (band) {
      var section = el("section", { class: "band", "data-band": band[0] }, [el("h2", { text: msg(BAND_TITLES[band[0]]) })]);
      band[1].forEach(function (s) { section.appendChild(stepNode(s, ++n, p.answers)); });
      out.push(section);
    });
    if (p.later.length) {
      out.push(el("section", { id: "later" }, [
        el("h2", { text: msg("plan-later") }),
        el("p", { class: "hint no-print", text: msg("page.later-hint") }),
      ].concat(p.later.map(function (s) {
        // the text is made when first opened: the plan comes up sooner
        var item = el("details", { "data-tip": s.id }, [el("summary", { text: tr(s.tip.title) })]);
        item.addEventListener("toggle", function () { fillLater(item); });
        return item;
      }))));
    }
    // render/plan.plan_doc: the sources of the body's steps, each once
    var cited = [];
    p.steps.forEach(function (s) {
      s.tip.sources.forEach(function (sid) { if (cited.indexOf(sid) < 0) cited.push(sid); });
    });
    if (cited.length) {
      out.push(el("section", { id: "sources" }, [
        el("h2", { text: msg("plan-sources") }),
        el("ul", { class: "items small" }, cited.map(function (sid) {
          return el("li", { text: "[" + sid + "] " + tr(G.sources[sid]) });
        })),
      ]));
    }
    out.push(el("p", { class: "small" }, [rich(tr(G.disclaimer))]));
    out.push(el("p", { class: "small" }, [rich(msg("page.plan-end"))]));
    out.push(keepBox());
    out.push(el("div", { class: "no-print" }, [
      button(msg("page.print"), "primary", function () { openAll(); window.print(); }, { id: "print" }),
      button(msg("page.edit"), "secondary", function () {
        state.screen = "review";
        render();
      }, { id: "edit" }),
      button(msg("page.restart"), "secondary", start, { id: "restart" }),
    ]));
    return out;
  }

  function keepBox() {
    var note = el("p", { class: "small", role: "status", "aria-live": "polite",
      text: state.notice || (state.keep ? msg("page.kept") : msg("page.keep-note")) });
    var box = el("input", { type: "checkbox", id: "keep" });
    box.checked = state.keep;
    box.addEventListener("change", function () {
      if (box.checked) {
        state.keep = true;
        if (save()) note.textContent = msg("page.kept");
        else {
          state.keep = false;
          box.checked = false;
          note.textContent = msg("page.keep-failed");
        }
      } else {
        forget();
        note.textContent = msg("page.forgotten");
      }
    });
    state.notice = null;
    return el("section", { class: "keep" }, [
      el("label", { for: "keep" }, [box, el("span", { text: msg("page.keep") })]),
      note,
    ]);
  }

  function fillLater(item) {
    if (item.childNodes.length > 1) return;
    var tip = G.tips[item.getAttribute("data-tip")];
    item.appendChild(body(tipBody(tip, state.used || {})));
    if (tip.sources.length) item.appendChild(el("p", { class: "src", text: "[" + tip.sources.join("; ") + "]" }));
  }

  // Printing shows everything, Later included (filled now: "toggle" comes too late).
  function openAll() {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) {
      fillLater(d);
      d.open = true;
    });
  }

  // ---------------------------------------------------------------- drawing

  // The opening screen written into the file (page/first.py) is the screen render()
  // would draw first (tests/page/test_page_static.py): it is taken over as it is,
  // its answer buttons given their taps, so the browser lays it out only once.
  function adopt() {
    var q = G.questions[G.start];
    var buttons = app.querySelectorAll(".opts > button[data-value]");
    if (rendered || !buttons.length || state.kept || state.notice || !opens() ||
      state.lang !== DEBTHELP_LANG || (q.kind !== "single" && q.kind !== "yesno")) {
      return false;
    }
    Array.prototype.forEach.call(buttons, function (b) {
      var value = b.getAttribute("data-value");
      b.addEventListener("click", function () { if (settled()) answer(q.id, value); });
    });
    return true;
  }

  function render() {
    drawnAt = Date.now();
    if (adopt()) {
      rendered = true;
      if (window.performance && performance.mark) performance.mark("debthelp-drawn");
      return;
    }
    if (!opens()) load();
    var screens = { question: question, review: review, plan: plan };
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.title = msg("page.title");
    document.getElementById("brand").textContent = msg("page.title");
    ["zh", "en"].forEach(function (l) {
      document.getElementById("lang-" + l).setAttribute("aria-pressed", state.lang === l ? "true" : "false");
    });
    var nodes = screens[state.screen]();
    while (app.firstChild) app.removeChild(app.firstChild);
    if (state.notice && state.screen !== "plan") {
      app.appendChild(el("p", { class: "status", role: "status", text: state.notice }));
      state.notice = null;
    }
    nodes.forEach(function (node) { if (node) app.appendChild(node); });
    Array.prototype.forEach.call(app.querySelectorAll("[data-fill]"), function (bar) {
      bar.style.width = bar.getAttribute("data-fill") + "%";
    });
    while (foot.firstChild) foot.removeChild(foot.firstChild);
    foot.appendChild(el("p", { text: msg("page.private") }));
    foot.appendChild(el("p", { text: msg("page.footer", { date: G.reviewed, version: G.version }) }));
    window.scrollTo(0, 0);
    // for benchmarks/page.py: when each screen was drawn
    if (window.performance && performance.mark) performance.mark("debthelp-drawn");
    var heading = app.querySelector("h1");
    if (heading && rendered) heading.focus({ preventScroll: true });
    rendered = true;
  }
  var rendered = false;

  function switchLang(lang) {
    state.lang = lang;
    save();
    var input = document.getElementById("num");
    var typed = input ? input.value : null;
    render();
    var again = document.getElementById("num");
    if (again && typed !== null) again.value = typed;
  }

  document.getElementById("lang-zh").addEventListener("click", function () { switchLang("zh"); });
  document.getElementById("lang-en").addEventListener("click", function () { switchLang("en"); });
  window.addEventListener("beforeprint", openAll);

  // a reload starts at the top, where the numbers to call are
  if ("scrollRestoration" in history) history.scrollRestoration = "manual";
  state.kept = readKept();
  if (state.kept) {
    // they chose to keep their answers on this phone: go on keeping them until they forget
    state.keep = true;
    state.lang = state.kept.lang;
  }
  window.DebtPage = {
    state: state,
    render: render,
    data: function () { load(); return G; },
  };
  render();
  // the rest of the guidance, once the opening screen is drawn (a frame, then a task)
  if (window.requestAnimationFrame) {
    window.requestAnimationFrame(function () { window.setTimeout(load, 0); });
  } else {
    window.setTimeout(load, 0);
  }
})();

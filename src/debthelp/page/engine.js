// The plan engine of debthelp, in plain ES2017 for the offline page.
//
// A port of src/debthelp/engine.py (and of the parts of guidance/model.py and
// guidance/kinds.py it uses), kept to the same function boundaries and names so
// that a change there is easy to carry over: each function below names the
// Python function it mirrors. tests/page/test_page_parity.py runs this file in Node
// against the Python engine on every route through the questions; a change to
// engine.py that is not ported here fails that test.
//
// The guidance comes as the JSON of debthelp.page.page_data: the model the
// Python reader built (defaults applied, conditions typed as
// {q, op, v} | {all: [...]} | {any: [...]} | {not: ...}).
//
// No modules, no fetch, nothing newer than ES2017: it must run from file:// in
// WeChat's browser and in the iOS Safari and Android WebView of five years ago.

var DebtEngine = (function () {
  "use strict";

  var END = "end"; // guidance/kinds.py END
  var UNKNOWN = { unknown: true }; // guidance/model.py UNKNOWN
  var MAX_NUMBER = 1e12; // guidance/kinds.py MAX_NUMBER

  function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
  }

  // ------------------------------------------------------------------ model.py

  // model.evaluate: true, false, or null (unknown), by three-valued logic.
  function evaluate(condition, answers) {
    if (has(condition, "q")) {
      if (!has(answers, condition.q)) return false;
      var answer = answers[condition.q];
      if (answer === UNKNOWN) return null;
      if (answer === null || answer === undefined || answer === "") return false;
      return leaf(condition, answer);
    }
    if (has(condition, "not")) {
      var inner = evaluate(condition.not, answers);
      return inner === null ? null : !inner;
    }
    var parts = condition.all || condition.any;
    var results = parts.map(function (part) {
      return evaluate(part, answers);
    });
    if (condition.all) {
      if (results.indexOf(false) >= 0) return false;
      return results.every(function (r) { return r === true; }) ? true : null;
    }
    if (results.indexOf(true) >= 0) return true;
    return results.every(function (r) { return r === false; }) ? false : null;
  }

  // model._leaf
  function leaf(cond, answer) {
    if (cond.op === "equals") return answer === cond.v;
    if (cond.op === "includes") return Array.isArray(answer) && answer.indexOf(cond.v) >= 0;
    if (Array.isArray(answer) || typeof answer === "string") return false;
    var limit = Number(cond.v);
    return cond.op === "less_than" ? answer < limit : answer > limit;
  }

  // model.mentions: the questions a condition names positively (not under a "not").
  function mentions(condition, positive) {
    if (positive === undefined) positive = true;
    if (has(condition, "q")) return positive ? [condition.q] : [];
    if (has(condition, "not")) return mentions(condition.not, !positive);
    var out = [];
    (condition.all || condition.any).forEach(function (part) {
      mentions(part, positive).forEach(function (q) {
        if (out.indexOf(q) < 0) out.push(q);
      });
    });
    return out;
  }

  // ------------------------------------------------------------------ kinds.py

  // kinds.<Kind>.edges: [answer that takes the edge, or null for any; target].
  function edges(q) {
    if (q.kind === "single") {
      return q.options.map(function (o) {
        return [o.value, o.next || q.next || END];
      });
    }
    if (q.kind === "yesno") {
      return [
        ["yes", q.yes_next || q.next || END],
        ["no", q.no_next || q.next || END],
      ];
    }
    return [[null, q.next || END]]; // multi, number
  }

  // model.Question.next_after
  function nextAfter(q, answer) {
    var all = edges(q);
    for (var i = 0; i < all.length; i++) {
      if (all[i][0] === null || all[i][0] === answer) return all[i][1];
    }
    return END;
  }

  // model.Question.option
  function option(q, value) {
    for (var i = 0; i < q.options.length; i++) {
      if (q.options[i].value === value) return q.options[i];
    }
    return null;
  }

  // kinds.Number.coerce, for what a person types; also reads "6万" and "1.5千",
  // full-width digits and Chinese commas. Returns {value} or {error, low, high}.
  function coerceNumber(q, raw) {
    var text = String(raw === null || raw === undefined ? "" : raw)
      .replace(/[\uff10-\uff19]/g, function (c) {
        return String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48);
      })
      .replace(/\uff0e/g, ".")
      .replace(/[\s,\uff0c]/g, "");
    if (q.optional && text === "") return { value: "" };
    var scale = 1;
    var unit = /(万|千|元|块)+$/.exec(text);
    if (unit) {
      if (unit[0].indexOf("万") >= 0) scale = 10000;
      else if (unit[0].indexOf("千") >= 0) scale = 1000;
      text = text.slice(0, unit.index);
    }
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(text)) return { error: "page.number-bad" };
    var number = Number(text) * scale;
    if (!isFinite(number) || Math.abs(number) > MAX_NUMBER) return { error: "page.number-bad" };
    var low = q.min, high = q.max;
    if ((low !== null && number < low) || (high !== null && number > high)) {
      return { error: "page.number-range", low: fmt(low), high: fmt(high) };
    }
    return { value: Math.round(number * 1e6) / 1e6 };
  }

  // kinds.fmt
  function fmt(value) {
    return value === null || value === undefined ? "…" : String(value);
  }

  // ------------------------------------------------------------------ engine.py

  // engine.walk: the questions the answers lead through, and the first unanswered.
  function walk(g, answers) {
    var asked = [];
    var current = g.start;
    while (current && current !== END) {
      if (!has(answers, current)) return { asked: asked, missing: current };
      asked.push(current);
      current = nextAfter(g.questions[current], answers[current]);
    }
    return { asked: asked, missing: null };
  }

  // engine._likely_route: the route, taking each unanswered question's first way on.
  function likelyRoute(g, answers) {
    var out = [];
    var current = g.start;
    while (current && current !== END) {
      var q = g.questions[current];
      out.push(q);
      current = has(answers, current) ? nextAfter(q, answers[current]) : edges(q)[0][1];
    }
    return out;
  }

  // engine.missing_answers
  function missingAnswers(g, answers) {
    return likelyRoute(g, answers)
      .filter(function (q) { return !has(answers, q.id) && !q.optional; })
      .map(function (q) { return q.id; });
  }

  // engine.route_length
  function routeLength(g, answers) {
    return likelyRoute(g, answers).length;
  }

  // engine.Step (kept: engine.Step.kept, a "now" step or the person's main remedy)
  function step(g, tipId, reported, main) {
    var tip = g.tips[tipId];
    main = !!main;
    return { id: tipId, tip: tip, urgency: tip.urgency, reported: reported, main: main,
      kept: main || tip.urgency === "now",
      urgent: tip.urgency === "now" || tip.urgency === "deadline" };
  }

  // engine.keep: count of steps (in rank order), the kept ones chosen first, then the
  // rest by rank; returned in rank order.
  function keep(steps, count) {
    var kept = steps.filter(function (s) { return s.kept; });
    var rest = steps.filter(function (s) { return !s.kept; });
    var chosen = {};
    kept.concat(rest).slice(0, Math.max(count, 0)).forEach(function (s) { chosen[s.id] = true; });
    return steps.filter(function (s) { return chosen[s.id] === true; });
  }

  // engine.advise: choose and rank the steps for the answers on the route.
  function advise(g, answers, options) {
    options = options || {};
    var full = !!options.full;
    var limit = options.limit === undefined ? g.body_limit : options.limit;
    var route = walk(g, answers);
    if (route.missing !== null) throw new Error("answer-missing: " + route.missing);
    var used = {};
    route.asked.forEach(function (qid) { used[qid] = answers[qid]; });
    var order = {};
    var count = 0;
    var reported = {};
    var main = {};
    var inBody = {};
    g.advice.forEach(function (rule) {
      if (rule.when !== null && !evaluate(rule.when, used)) return;
      var aboutAnswers = rule.when !== null && mentions(rule.when).length > 0;
      rule.tips.forEach(function (tipId) {
        if (!has(order, tipId)) order[tipId] = count++;
        reported[tipId] = (reported[tipId] || false) || aboutAnswers;
        main[tipId] = (main[tipId] || false) || !!rule.main;
        inBody[tipId] = (inBody[tipId] || false) || !rule.later;
      });
    });
    var ranked = Object.keys(order).sort(function (a, b) {
      var ua = g.urgencies.indexOf(g.tips[a].urgency);
      var ub = g.urgencies.indexOf(g.tips[b].urgency);
      if (ua !== ub) return ua - ub;
      if (reported[a] !== reported[b]) return reported[a] ? -1 : 1;
      return order[a] - order[b];
    });
    var steps = ranked.map(function (tid) { return step(g, tid, reported[tid], main[tid]); });
    var body = keep(steps.filter(function (s) { return inBody[s.id]; }), limit);
    var inPlan = {};
    body.forEach(function (s) { inPlan[s.id] = true; });
    var later = steps.filter(function (s) { return inPlan[s.id] !== true; });
    var due = dueDates(g, used, options.today || today());
    var room = Math.max(g.do_first_limit - due.length, 0);
    // From the default body even with full: full changes nothing above the fold.
    var doFirst = keep(body.filter(function (s) { return s.tip.first !== null; }), room);
    if (full) {
      body = steps;
      later = [];
    }
    return { answers: used, steps: body, later: later, do_first: doFirst, due: due };
  }

  // engine.Plan.bands: the body grouped by urgency, in order, empty levels left out.
  function bands(g, plan) {
    var out = [];
    g.urgencies.forEach(function (level) {
      var steps = plan.steps.filter(function (s) { return s.urgency === level; });
      if (steps.length) out.push([level, steps]);
    });
    return out;
  }

  // engine.needed_now: the "now" steps the answers so far already call for.
  function neededNow(g, answers) {
    var known = {};
    Object.keys(g.questions).forEach(function (qid) { known[qid] = UNKNOWN; });
    Object.keys(answers).forEach(function (qid) { known[qid] = answers[qid]; });
    var out = [];
    g.advice.forEach(function (rule) {
      if (rule.when === null || evaluate(rule.when, known) !== true) return;
      rule.tips.forEach(function (tipId) {
        var tip = g.tips[tipId];
        var seen = out.some(function (s) { return s.id === tipId; });
        if (tip.urgency === "now" && tip.first && !seen) out.push(step(g, tipId, true));
      });
    });
    return out;
  }

  // engine._due_dates: court deadlines counted from the day the papers came.
  function dueDates(g, used, todayIso) {
    var out = [];
    var day = parseDay(todayIso);
    g.deadlines.forEach(function (deadline) {
      if (!evaluate(deadline.when, used)) return;
      var daysAgo = used[deadline.received];
      if (typeof daysAgo !== "number") return;
      var received = day - Math.trunc(daysAgo) * DAY;
      var due = received + deadline.days * DAY;
      out.push({ id: deadline.id, deadline: deadline, received: isoDay(received),
        due: isoDay(due), days_left: Math.round((due - day) / DAY) });
    });
    return out;
  }

  // Days as UTC midnights: no daylight-saving hour can move a date.
  var DAY = 86400000;

  function parseDay(iso) {
    var p = iso.split("-");
    return Date.UTC(Number(p[0]), Number(p[1]) - 1, Number(p[2]));
  }

  function isoDay(ms) {
    var d = new Date(ms);
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getUTCFullYear() + "-" + two(d.getUTCMonth() + 1) + "-" + two(d.getUTCDate());
  }

  // The phone's own date (its time zone), as commands._today gives the computer's.
  function today() {
    var now = new Date();
    return isoDay(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  }

  return {
    END: END,
    UNKNOWN: UNKNOWN,
    evaluate: evaluate,
    mentions: mentions,
    edges: edges,
    nextAfter: nextAfter,
    option: option,
    coerceNumber: coerceNumber,
    walk: walk,
    missingAnswers: missingAnswers,
    routeLength: routeLength,
    advise: advise,
    bands: bands,
    neededNow: neededNow,
    dueDates: dueDates,
    today: today,
  };
})();

if (typeof module === "object" && module.exports) module.exports = DebtEngine;

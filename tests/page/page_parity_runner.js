// Runs the page's engine (src/debthelp/page/engine.js) on many answer sets at once,
// for tests/page/test_page_parity.py: one Node process reads
// {"engine": path, "data": page_data, "today": "YYYY-MM-DD", "cases": [answers, ...]}
// on standard input and writes one plan summary per case as a JSON list.
"use strict";
const fs = require("fs");
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const engine = require(input.engine);
const g = input.data;
const ids = (steps) => steps.map((s) => s.id);
const out = input.cases.map((answers) => {
  try {
    const plan = engine.advise(g, answers, { today: input.today });
    const result = {
      steps: ids(plan.steps),
      later: ids(plan.later),
      do_first: ids(plan.do_first),
      due: plan.due.map((d) => [d.id, d.received, d.due, d.days_left]),
      asked: engine.walk(g, answers).asked,
      length: engine.routeLength(g, answers),
    };
    if (input.now) {
      // needed_now after each answer of the route, as the wizard asks it
      const so_far = {};
      result.now = result.asked.map((qid) => {
        so_far[qid] = answers[qid];
        return ids(engine.neededNow(g, so_far));
      });
    }
    return result;
  } catch (error) {
    return { error: String(error && error.stack || error) };
  }
});
process.stdout.write(JSON.stringify(out));

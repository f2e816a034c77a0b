import { planSensitivity } from '/work/main/src/analysis/sensitivity/run.js';
import { createBuffers, evaluate, rankInto, weightsInto } from '/work/main/src/analysis/sensitivity/replicate.js';
import { choiceOf } from '/work/main/src/analysis/sensitivity/factors.js';
import { SensitivitySettings } from '/work/main/src/schema/methodology.js';
// reuse the generator by importing bench? copy minimal
import * as mod from './gen.tmp.js';
const dataset = mod.generate(200);
for (const agg of ['arithmetic', 'geometric']) {
  const settings = SensitivitySettings.parse({ runs: 1000, weightNoise: 0.25, aggregators: [{ method: agg }], normalisers: [{ method: 'minmax', low: 1, high: 100 }], dropIndicator: false });
  const plan = planSensitivity(dataset, settings);
  const b = createBuffers(plan.compiled);
  const ranks = new Uint16Array(plan.compiled.nC);
  const choice = choiceOf(plan.rows[0]!, plan.factors);
  let t = performance.now();
  for (let i = 0; i < 5000; i++) evaluate(plan.compiled, choice, b);
  console.log(agg, 'evaluate µs', ((performance.now() - t) / 5000 * 1000).toFixed(1));
  t = performance.now();
  for (let i = 0; i < 5000; i++) weightsInto(plan.compiled, choice, 0.25, 1, b.w);
  console.log('weights µs', ((performance.now() - t) / 5000 * 1000).toFixed(1));
  const s = evaluate(plan.compiled, choice, b);
  t = performance.now();
  for (let i = 0; i < 5000; i++) rankInto(s, b.sorted, ranks, 0);
  console.log('rank µs', ((performance.now() - t) / 5000 * 1000).toFixed(1));
}

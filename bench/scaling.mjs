// The `scaling` section of `npm run bench`: each shape of bench/scalingShapes.ts timed at n and 8n
// (parse + all rules + one hover, in a fresh process with the service bundle) and its growth exponent,
// log(t(8n) / t(n)) / log 8 of the median CPU times: 1 is linear, 2 quadratic. The target is an
// exponent of at most 1.2. Wall times are shown too; on a shared machine they wander far more.
import { createRequire } from 'node:module';
import { serviceBundle } from './service.mjs';
import { runChildTask } from './stats.mjs';

/** The largest growth exponent that counts as linear (timer noise and GC make exactly 1 rare). */
export const MAX_EXPONENT = 1.2;

/** Measures every shape, each in a fresh process; the service bundle must be built. `log` reports progress. */
export async function measureScaling(runs, log = () => undefined) {
  const { scalingShapes } = createRequire(import.meta.url)(serviceBundle);
  const shapes = [];
  for (const { id } of scalingShapes) {
    const report = await runChildTask('scaling', [id, String(runs)]);
    log(`scaling ${id}: ${report.msN.toFixed(1)} ms CPU at n, ${report.ms8n.toFixed(1)} ms CPU at 8n, exponent ${report.exponent.toFixed(2)}`);
    shapes.push({ ...report, met: report.exponent <= MAX_EXPONENT });
  }
  return { maxExponent: MAX_EXPONENT, shapes };
}

/** The section as text. */
export function renderScaling(scaling) {
  const rows = scaling.shapes.map((shape) => `| ${shape.id} | ${shape.title} | ${shape.n.toLocaleString('en')} ${shape.unit} | ${shape.msN.toFixed(1)} ms | ${shape.ms8n.toFixed(1)} ms | ${shape.exponent.toFixed(2)} | ${shape.met ? 'yes' : '**no**'} | ${shape.wallMsN.toFixed(1)} / ${shape.wallMs8n.toFixed(1)} ms |`);
  return [
    `Scaling: parse + all rules + one hover, each shape at n and 8n (median CPU time of the runs); exponent = log(t(8n)/t(n)) / log 8, target ≤ ${scaling.maxExponent}.`,
    '',
    '| shape | input | n | CPU at n | CPU at 8n | exponent | ≤ 1.2 | wall at n / 8n |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

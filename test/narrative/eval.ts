import { defaultContext, evaluate, sumTallies } from './evaluate';
import type { Scores } from './evaluate';

/**
 * `npm run eval:narrative`: precision, recall and assertion accuracy of the reader on both corpus sets, and the share of
 * matched mentions whose section the reader names as the gold does. The section figure is the last column, so that tools
 * reading the earlier columns of these lines read them as before; `--section-errors` lists the dev pairs that differ.
 */

function line(label: string, scores: Scores): string {
  const percent = (value: number): string => value.toFixed(3);
  return `${label.padEnd(9)} notes ${String(scores.notes).padStart(3)}  gold ${String(scores.gold).padStart(4)}  predicted ${String(scores.predicted).padStart(4)}  matched ${String(scores.matched).padStart(4)}  precision ${percent(scores.precision)}  recall ${percent(scores.recall)}  assertion ${percent(scores.assertionAccuracy)}  section ${percent(scores.sectionAgreement)}`;
}

// `--from=d87` scores only the dev notes from that number on (a new batch, measured before tuning); `--to=d114` ends the batch.
// With `--set=held-out` it scores a range of held-out notes, totals only: their errors are never printed.
const fromArgument = process.argv.find((argument) => argument.startsWith('--from='));
const toArgument = process.argv.find((argument) => argument.startsWith('--to='));
const heldOutBatch = process.argv.includes('--set=held-out');
const sectionErrors = process.argv.includes('--section-errors');
if (fromArgument !== undefined) {
  const batch = evaluate(heldOutBatch ? 'held-out' : 'dev', defaultContext(), fromArgument.slice('--from='.length), toArgument?.slice('--to='.length) ?? '');
  console.log(line('batch', batch));
  if (!heldOutBatch) for (const error of batch.errors) console.log(`  ${error}`);
  if (!heldOutBatch && sectionErrors) for (const error of batch.sectionErrors) console.log(`  ${error}`);
  process.exit(0);
}

const dev = evaluate('dev');
const heldOut = evaluate('held-out');
// The totals are the two sets' counts summed (not their ratios averaged); their error lists are not kept.
const all: Scores = { ...sumTallies(dev.notes + heldOut.notes, [dev, heldOut]), errors: [], sectionErrors: [] };
console.log('Matching: span overlap + same code (null gold: null code and same column); assertion accuracy over matched pairs.');
console.log(line('dev', dev));
console.log(line('held-out', heldOut));
console.log(line('overall', all));
// Only the dev errors are listed: the held-out notes are scored, never read for tuning.
if (process.argv.includes('--errors')) for (const error of dev.errors) console.log(`  ${error}`);
if (sectionErrors) for (const error of dev.sectionErrors) console.log(`  ${error}`);

// Scenario 5: an 837 of 20,000 claims (generated at test time) opens, its diagnostics appear, and
// typing stays responsive. It measures, for several single keystrokes, the time until the character
// shows in the editor and the time until the status bar's Problems count changes.
/* global document */
import { check } from '../lib/scenario.mjs';

export const title = 'an 837 of 20,000 claims opens, its diagnostics appear, typing stays responsive';

const file = 'claims/batch-20000.837';
const keystrokeLimitMs = 30_000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Presses `key` and returns how long the editor took to show `expectedLine` and the Problems count to leave `before`. */
async function timeKeystroke(wb, key, expectedLine, before) {
  const echo = wb.page.waitForFunction(
    (expected) => [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line')]
      .some((line) => line.textContent.replace(/\u00a0/g, ' ') === expected),
    expectedLine, { polling: 'raf', timeout: keystrokeLimitMs },
  );
  const started = Date.now();
  const counts = wb.waitForProblemCounts(`(c) => c.label !== ${JSON.stringify(before.label)}`, keystrokeLimitMs);
  await wb.page.keyboard.press(key);
  await echo;
  const echoMs = Date.now() - started;
  const after = await counts;
  return { echoMs, problemsMs: Date.now() - started, after };
}

export async function run({ wb, batch, metrics, shot }) {
  const baseline = await wb.problemCounts();
  const unresponsiveBefore = wb.unresponsiveAt.length;
  const opened = Date.now();
  await wb.openFile(file);
  const loaded = await wb.waitForProblemCounts(`(c) => c.warnings >= ${baseline.warnings + batch.lonelySecondaries}`, 120_000);
  metrics.largeFileDiagnosticsMs = Date.now() - opened;
  await shot('5-large-837-open');

  await wb.goTo(batch.editLine, batch.editColumn);
  const samples = [];
  let counts = loaded;
  for (let round = 0; round < 3; round += 1) {
    // Backspace turns C801 into the header code C80 (and leaves C7801 without a primary)...
    const broken = await timeKeystroke(wb, 'Backspace', 'HI*ABK:C7801*ABF:C80~', counts);
    check(broken.after.errors > counts.errors, `deleting a character of C801 should add an error: ${counts.label} -> ${broken.after.label}`);
    samples.push(broken);
    // ...and typing 1 again restores the original counts.
    const fixed = await timeKeystroke(wb, '1', 'HI*ABK:C7801*ABF:C801~', broken.after);
    samples.push(fixed);
    counts = fixed.after;
  }
  check(counts.label === loaded.label, `after undoing the edits by typing, the count should return to ${loaded.label}, it is ${counts.label}`);
  // The Problems panel follows the status bar: the header-code error is gone from its rows too.
  await wb.page.keyboard.press('Escape');
  await wb.waitForProblemRow('code-not-billable', { absent: true });
  await shot('5-large-837-after-typing');

  const problems = samples.map((sample) => sample.problemsMs);
  const echoes = samples.map((sample) => sample.echoMs);
  Object.assign(metrics, {
    largeFileKeystrokeToProblemsMs: { median: median(problems), max: Math.max(...problems), samples: problems },
    largeFileKeystrokeEchoMs: { median: median(echoes), max: Math.max(...echoes), samples: echoes },
    largeFileCounts: loaded.label,
    largeFileExtensionHostUnresponsive: wb.unresponsiveAt.length - unresponsiveBefore,
  });
  return `diagnostics after open ${metrics.largeFileDiagnosticsMs} ms (${loaded.label}); keystroke -> Problems count median ${median(problems)} ms, max ${Math.max(...problems)} ms; keystroke -> text on screen median ${median(echoes)} ms; "extension host unresponsive" reported ${metrics.largeFileExtensionHostUnresponsive} time(s)`;
}

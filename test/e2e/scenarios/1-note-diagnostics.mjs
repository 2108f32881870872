// Scenario 1: a clinical note with a secondary malignancy (C78.01) and nothing else. The Problems
// panel shows the `secondary-without-primary` warning with its message, and the status bar shows
// that the extension is active with its code set.
import { check, problemsByFile, waitForFileProblems, waitForStatusItem } from '../lib/scenario.mjs';

export const title = 'note with C78.01 alone: secondary-without-primary warning in Problems, status bar active';

export async function run({ wb, metrics, shot }) {
  const opened = Date.now();
  await wb.openFile('notes/lonely-secondary.note');
  const status = await waitForStatusItem(wb);
  metrics.activationMs = Date.now() - opened;

  const rows = await waitForFileProblems(wb, 'lonely-secondary.note', (list) => list.some((row) => row.text.includes('secondary-without-primary')));
  const warning = rows.find((row) => row.text.includes('secondary-without-primary'));
  metrics.firstDiagnosticsMs = Date.now() - opened;
  check(warning.severity === 'Warning', `expected a warning, the panel shows: ${warning.aria}`);
  check(/C78\.01/.test(warning.text), `the message should name C78.01: ${warning.text}`);
  check(/primary/i.test(warning.text), `the message should ask for the primary site: ${warning.text}`);
  check((await problemsByFile(wb))['lonely-secondary.note'].length === 1, 'the note should have exactly one problem');

  // Wait for the status bar to show the loaded year (not the loading spinner) before the picture.
  await wb.page.locator('.statusbar-item', { hasText: /ICD-10-CM FY\d{4}/ }).first().waitFor();
  await shot('1-problems-panel');
  // The README picture: a shorter window, so the note, its squiggle, the Problems row and the status
  // bar item fit in one small image.
  const viewport = wb.page.viewportSize();
  await wb.focusEditor();
  await wb.page.setViewportSize({ width: 1100, height: 600 });
  await wb.page.locator('.editor-group-container.active .view-line', { hasText: 'C78.01' }).first().waitFor();
  await shot('docs-problems');
  await wb.page.setViewportSize(viewport);
  return `status bar "${status}"; Problems: ${warning.aria}`;
}

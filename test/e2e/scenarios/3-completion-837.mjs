// Scenario 3: typing `ABF:C78` in an HI segment opens completion with C7800, C7801 and C7802 and
// their titles; accepting C7801 inserts the dotless code.
import { check, locate } from '../lib/scenario.mjs';
import { timeouts } from '../lib/workbench.mjs';

export const title = 'typing ABF:C78 in an HI segment: completion lists C7800-C7802 with titles, accepting inserts the dotless code';

const expected = {
  C7800: 'Secondary malignant neoplasm of unspecified lung',
  C7801: 'Secondary malignant neoplasm of right lung',
  C7802: 'Secondary malignant neoplasm of left lung',
};

export async function run({ wb, workspace, shot }) {
  await wb.openFile('claims/completion.837');
  const at = locate(workspace, 'claims/completion.837', 'HI*ABK:C3490~');
  await wb.goTo(at.line, at.column + 'HI*ABK:C3490'.length);
  await wb.page.keyboard.type('*ABF:C78');

  // Completion opens as you type; if this VS Code waits for an explicit request, ask once (Ctrl+Space).
  const widget = wb.page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'C7801' });
  try {
    await widget.first().waitFor({ timeout: 5_000 });
  } catch {
    await wb.page.keyboard.press('Control+Space');
    await widget.first().waitFor({ timeout: timeouts.widget });
  }
  // Titles may come with the list or on resolve; the focused row always shows its detail.
  const rows = await wb.suggestRows();
  for (const code of Object.keys(expected)) {
    check(rows.some((row) => row.label.includes(code)), `completion should offer ${code}; it shows ${rows.map((row) => row.label).join(', ')}`);
  }
  const titled = Object.entries(expected).filter(([code, text]) => rows.some((row) => row.label.includes(code) && row.text.includes(text)));
  check(titled.length === 3, `each of C7800-C7802 should show its title; rows: ${JSON.stringify(rows.map((row) => row.text))}`);
  await shot('3-completion-837');
  await shot('docs-completion', { clip: await wb.clipAround([
    wb.page.locator('.suggest-widget.visible'),
    wb.page.locator('.editor-group-container.active .view-line', { hasText: 'ABF:C78' }).first(),
  ]) });

  // Select C7801 with the arrow keys, as a person would, then accept it.
  for (let step = 0; step < 20; step += 1) {
    const focused = (await wb.suggestRows()).find((row) => row.focused);
    if (focused?.label.includes('C7801')) break;
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.locator('.suggest-widget.visible .monaco-list-row.focused').waitFor();
  }
  await wb.page.keyboard.press('Enter');
  await wb.page.locator('.suggest-widget.visible').waitFor({ state: 'hidden', timeout: timeouts.ui });
  const line = await wb.waitForCursorLine('HI*ABK:C3490*ABF:C7801~');
  check(line === 'HI*ABK:C3490*ABF:C7801~', `accepting C7801 should give "HI*ABK:C3490*ABF:C7801~", the line reads "${line}"`);
  return `offered ${rows.map((row) => row.label).filter(Boolean).slice(0, 6).join(', ')}; line after accept: ${line}`;
}

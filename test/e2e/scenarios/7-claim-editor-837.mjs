// Scenario 7: the 837 editor comforts in the real workbench: implementation-guide loops in the
// Outline, inlay hints and the claim code lens in the editor, the claim view webview, and the
// one-line layout command (undone afterwards).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check, locate } from '../lib/scenario.mjs';

export const title = 'an 837: loops in the outline, inlay hints, the claim view and the one-line layout';

export async function run(context) {
  // The suite's user settings turn inlay hints off (other scenarios read lines back); this one needs them.
  const settingsFile = path.join(context.workspace, '.vscode', 'settings.json');
  const before = existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : null;
  mkdirSync(path.dirname(settingsFile), { recursive: true });
  writeFileSync(settingsFile, `${JSON.stringify({ 'editor.inlayHints.enabled': 'on' }, null, 2)}\n`);
  try {
    return await showEditorComforts(context);
  } finally {
    if (before === null) rmSync(settingsFile); else writeFileSync(settingsFile, before);
  }
}

async function showEditorComforts({ wb, workspace, shot }) {
  const page = wb.page;
  await wb.openFile('claims/hover.837');
  await wb.hidePanel();
  const at = locate(workspace, 'claims/hover.837', 'ABF:C7801');
  await wb.goTo(at.line, at.column);

  // Inlay hints and the code lens are decorations of the editor; wait for what a person would read.
  const editor = page.locator('.editor-group-container.active .monaco-editor');
  const lens = editor.locator('.codelens-decoration', { hasText: 'Show claim' }).first();
  await lens.waitFor({ timeout: 60_000 });
  const lensText = await lens.textContent();
  check(/Claim 2300 · 2 dx · 1 line/.test(lensText ?? ''), `the code lens should count the claim: ${lensText}`);
  const hint = editor.locator('[class*="inlay"], .view-line span', { hasText: 'principal' }).first();
  await hint.waitFor({ timeout: 30_000 });
  // After C3490 its official short title (FY2021 order file): "Malignant neoplasm of unsp part of unsp
  // bronchus or lung"; "unsp" as a word is in neither code's long title nor in the line's own text.
  const shortTitle = editor.locator('[class*="inlay"], .view-line span', { hasText: /\bunsp\b/ }).first();
  await shortTitle.waitFor({ timeout: 30_000 });
  await shot('7-inlay-hints-and-lens');
  // The hint after the qualifier sits between "ABF" and ":C7801" on screen, so find the line by its code.
  await shot('docs-inlay-hints', { clip: await wb.clipAround([lens, page.locator('.editor-group-container.active .view-line', { hasText: 'C7801' }).first()]) });

  // The Outline view names the loops.
  await wb.runCommand('Explorer: Focus on Outline View');
  const outlineRow = page.locator('.monaco-list-row', { hasText: '2000A Billing Provider Hierarchical Level' }).first();
  await outlineRow.waitFor({ timeout: 30_000 });
  await shot('7-outline-loops');
  await shot('docs-outline', { clip: await wb.clipAround([outlineRow], 200) });

  // The claim view opens beside the editor for the claim under the cursor. Quick Open focuses the
  // editor again (a click into it after the Outline had the focus was intercepted in the first run).
  await wb.openFile('claims/hover.837');
  await wb.goTo(at.line, at.column);
  await wb.runCommand('Show Claim (CMS-1500 / UB-04 View)');
  const tab = page.locator('.tabs-container .tab', { hasText: 'Claim' }).last();
  await tab.waitFor({ timeout: 30_000 });
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  await frame.locator('h2', { hasText: 'Diagnoses' }).waitFor({ timeout: 30_000 });
  const body = (await frame.locator('body').textContent()) ?? '';
  check(body.includes('C78.01') && body.includes('Secondary malignant neoplasm of right lung'), `the claim view should list C78.01 with its title: ${body.slice(0, 300)}`);
  check(!body.includes('TESTPATIENT'), 'the claim view should mask the patient name by default');
  await shot('7-claim-view');
  await shot('docs-claim-view');

  // One line, then undo: the editor shows the file on a single line.
  // Close the claim view with its tab's close button: a key press there goes to the webview's frame,
  // and after the frame is gone the workbench may have no focus to take Quick Open's key. Clicking the
  // 837's tab gives the focus back to the workbench, as a person would.
  await tab.locator('.tab-actions .action-label').first().click();
  await tab.waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('.tabs-container .tab[data-resource-name="hover.837"]').click();
  await wb.openFile('claims/hover.837');
  await wb.runCommand('Format 837: One Line (Minify)');
  // A string, evaluated in the page, where `document` is the workbench's.
  await page.waitForFunction("document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line').length === 1", undefined, { timeout: 30_000 });
  await shot('7-one-line');
  await page.keyboard.press('Control+Z');
  return `code lens "${lensText}", outline shows 2000A, claim view lists C78.01 masked, minify puts the file on one line`;
}

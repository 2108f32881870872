// Scenario 4: the "add C80.1" quick fix removes the secondary-without-primary warning; after undoing
// it, turning the rule off in the settings (icdClaimCoder.rules.secondary-without-primary: off)
// removes the warning too. The settings file is restored at the end.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { check, locate, waitForFileProblems, waitForVisibleText } from '../lib/scenario.mjs';
import { timeouts } from '../lib/workbench.mjs';

export const title = 'quick fix "add C80.1" removes the warning; the rule set to off in settings removes it too';

const rule = 'secondary-without-primary';
const file = 'quick-fix.note';
const hasWarning = (rows) => rows.some((row) => row.text.includes(rule));

export async function run({ wb, workspace, shot }) {
  await wb.openFile(`notes/${file}`);
  await waitForFileProblems(wb, file, hasWarning);
  await wb.focusEditor();

  // Cursor on the code, then Ctrl+. opens the quick fixes.
  const at = locate(workspace, `notes/${file}`, 'C78.01');
  await wb.goTo(at.line, at.column + 2);
  // The light bulb shows once VS Code has the code actions for the cursor position.
  await wb.page.locator('.editor-group-container.active .monaco-editor .lightBulbWidget').first().waitFor({ timeout: timeouts.widget });
  const action = wb.page.locator('.action-widget .monaco-list-row.action', { hasText: 'C80.1' }).first();
  await wb.page.keyboard.press('Control+.');
  await action.waitFor({ timeout: timeouts.widget });
  const actionLabel = (await action.innerText()).trim();
  await shot('4-quick-fix-menu');
  await action.click();
  await action.waitFor({ state: 'detached', timeout: timeouts.ui });

  const visible = await waitForVisibleText(wb, /C80\.1/);
  check(/C80\.1/.test(visible), `the note should now contain C80.1:\n${visible}`);
  await waitForFileProblems(wb, file, (rows) => !hasWarning(rows));
  await shot('4-after-quick-fix');

  // Undo the fix; the warning comes back.
  await wb.focusEditor();
  await wb.page.keyboard.press('Control+Z');
  await waitForFileProblems(wb, file, hasWarning);

  // Turn the rule off in the workspace settings; the warning goes away in both notes.
  const settingsFile = path.join(workspace, '.vscode', 'settings.json');
  const before = existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : null;
  mkdirSync(path.dirname(settingsFile), { recursive: true });
  writeFileSync(settingsFile, `${JSON.stringify({ [`icdClaimCoder.rules.${rule}`]: 'off' }, null, 2)}\n`);
  try {
    await waitForFileProblems(wb, file, (rows) => !hasWarning(rows));
    await waitForFileProblems(wb, 'lonely-secondary.note', (rows) => !hasWarning(rows));
    await shot('4-rule-off');
  } finally {
    if (before === null) rmSync(settingsFile); else writeFileSync(settingsFile, before);
  }
  // With the setting removed the rule is back at its default severity.
  await waitForFileProblems(wb, file, hasWarning);
  return `applied "${actionLabel}"; warning gone after the fix and with the rule off; back after undo and after restoring the setting`;
}

// Scenario 6: a note whose narrative documents liver metastases ("new hepatic metastases") that no
// listed code reports. The Problems panel shows the documented-not-coded information naming C78.7,
// and hovering the phrase shows what the narrative reader read: the code, its Table of Neoplasms row,
// the assertion and that no listed code covers it.
import { check, locate, waitForFileProblems } from '../lib/scenario.mjs';

export const title = 'narrative note: documented-not-coded for undocumented liver metastases, hover on the phrase shows C78.7 and its table row';

const file = 'narrative-metastasis.note';
const rule = 'documented-not-coded';

export async function run({ wb, workspace, shot }) {
  await wb.openFile(`notes/${file}`);
  const rows = await waitForFileProblems(wb, file, (list) => list.some((row) => row.text.includes(rule)));
  const finding = rows.find((row) => row.text.includes(rule));
  check(finding.severity === 'Info', `expected an information finding, the panel shows: ${finding.aria}`);
  check(/C78\.7/.test(finding.text) && /hepatic metastases/.test(finding.text), `the message should name C78.7 and the words read: ${finding.text}`);

  await wb.hidePanel();
  const at = locate(workspace, `notes/${file}`, 'hepatic metastases');
  const hover = await wb.hoverAt(at.line, at.column + 3, 'Documented');
  const text = (await wb.visibleText(hover)).replace(/\s+/g, ' ');
  check(text.includes('C78.7'), `the hover should show the code: ${text}`);
  check(/Table of Neoplasms: liver/.test(text), `the hover should show the table row: ${text}`);
  check(/Assertion: present/.test(text), `the hover should show the assertion: ${text}`);
  check(/No listed code covers it/.test(text), `the hover should say no listed code covers it: ${text}`);
  await shot('6-narrative-hover');
  await shot('docs-narrative', { clip: await wb.clipAround([hover, wb.page.locator('.editor-group-container.active .view-line', { hasText: 'hepatic metastases' }).first()]) });
  await wb.dismissWidgets();
  return `Problems: ${finding.aria}; hover: ${text.slice(0, 160)}…`;
}

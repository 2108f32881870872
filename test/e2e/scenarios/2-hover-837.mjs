// Scenario 2: hovering C7801 in the HI segment of an 837 shows its official title, the code-set
// year and where it sits in the claim (the HI segment, qualifier ABF = other diagnosis).
import { check, locate } from '../lib/scenario.mjs';

export const title = 'hover over C7801 in an HI segment: title, code-set year and HI/ABF context';

export async function run({ wb, workspace, shot }) {
  await wb.openFile('claims/hover.837');
  // VS Code sizes a hover to the space above the hovered line; without the Problems panel the
  // editor is tall enough for the whole hover, as on a typical screen.
  await wb.hidePanel();
  const at = locate(workspace, 'claims/hover.837', 'ABF:C7801');
  // Hover the middle of the code, not the qualifier.
  const hover = await wb.hoverAt(at.line, at.column + 'ABF:C78'.length, 'Secondary malignant neoplasm of right lung');
  // Only what is on screen counts: a line the hover clips (it scrolls) is not seen by a person.
  const text = (await wb.visibleText(hover)).replace(/\s+/g, ' ');
  check(text.includes('Secondary malignant neoplasm of right lung'), `the title should be visible in the hover: ${text}`);
  check(/FY ?20\d\d/.test(text), `the hover should show the code-set year without scrolling: ${text}`);
  check(/\bHI\b/.test(text), `the hover should show the HI segment without scrolling: ${text}`);
  check(/\bABF\b/.test(text), `the hover should show the ABF qualifier without scrolling: ${text}`);
  await shot('2-hover-837');
  await shot('docs-hover', { clip: await wb.clipAround([hover, wb.page.locator('.editor-group-container.active .view-line', { hasText: 'ABF:C7801' }).first()]) });
  await wb.dismissWidgets();
  return `hover: ${text.slice(0, 160)}…`;
}

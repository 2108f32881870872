// Small helpers shared by the scenarios: finding text in a fixture, reading the Problems panel
// grouped by file, and waiting for the extension's status bar item.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { timeouts } from './workbench.mjs';

/** Fails a scenario with a message that says what a person would have seen instead. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** The 1-based line and column of the `occurrence`-th `needle` in a workspace file. */
export function locate(workspace, relativePath, needle, occurrence = 1) {
  const lines = readFileSync(path.join(workspace, relativePath), 'utf8').split('\n');
  let seen = 0;
  for (let index = 0; index < lines.length; index += 1) {
    let column = lines[index].indexOf(needle);
    while (column >= 0) {
      seen += 1;
      if (seen === occurrence) return { line: index + 1, column: column + 1 };
      column = lines[index].indexOf(needle, column + 1);
    }
  }
  throw new Error(`${needle} not found in ${relativePath}`);
}

/**
 * The Problems panel as { fileName: [{ severity, aria, text }] }. The panel is a tree: a file row
 * ("2 problems in file x.note of folder notes") followed by that file's marker rows.
 */
export async function problemsByFile(wb) {
  await wb.showProblems();
  const rows = await wb.page.locator('.markers-panel .monaco-list-row').evaluateAll((elements) => elements
    .map((row) => ({ aria: row.getAttribute('aria-label') ?? '', text: row.textContent ?? '', top: parseFloat(row.style.top) || 0 }))
    .sort((a, b) => a.top - b.top));
  const groups = {};
  let current = null;
  for (const row of rows) {
    const file = / problems? in file (.+?) of folder /.exec(row.aria);
    if (file) {
      current = file[1];
      groups[current] = [];
    } else if (current) {
      groups[current].push({ severity: /^(Error|Warning|Info)/.exec(row.aria)?.[1] ?? '', aria: row.aria, text: row.text });
    }
  }
  return groups;
}

/**
 * Waits until the Problems panel's rows for `fileName` satisfy `predicate` and returns them. The
 * panel re-renders on every marker change, so this waits on the DOM with a bounded timeout.
 */
export async function waitForFileProblems(wb, fileName, predicate, timeout = timeouts.diagnostics) {
  await wb.showProblems();
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = (await problemsByFile(wb))[fileName] ?? [];
    if (predicate(last)) return last;
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    // Wait for the next change of the markers panel (or the deadline), not for a fixed time.
    await wb.page.waitForFunction(
      `(() => { const panel = document.querySelector('.markers-panel'); const now = panel ? panel.innerText : ''; `
      + `if (window.__e2eMarkers === undefined) { window.__e2eMarkers = now; return false; } `
      + `if (window.__e2eMarkers !== now) { window.__e2eMarkers = now; return true; } return false; })()`,
      undefined, { timeout: Math.min(remaining, 2_000), polling: 'raf' },
    ).catch(() => {});
  }
  throw new Error(`Problems for ${fileName} did not reach the expected state within ${timeout} ms; last seen: ${JSON.stringify((last ?? []).map((row) => row.aria))}`);
}

/**
 * Waits until the active editor's visible lines match `pattern` and returns them joined. An edit applied through a quick fix
 * reaches the editor after the action menu closes (in the web worker a message later), so the text is read until it changes
 * or the bounded timeout passes; the caller still checks the returned text.
 */
export async function waitForVisibleText(wb, pattern, timeout = timeouts.ui) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const visible = (await wb.visibleLines()).join('\n');
    if (pattern.test(visible) || Date.now() >= deadline) return visible;
    await wb.page.waitForTimeout(50);
  }
}

/** Waits for the extension's status bar item ("ICD-10-CM FY2027") and returns its text. */
export async function waitForStatusItem(wb) {
  const item = wb.page.locator('.statusbar-item', { hasText: /ICD-10-CM FY\d{4}/ }).first();
  await item.waitFor({ timeout: timeouts.activation });
  return (await item.textContent()).trim();
}

// Drives the VS Code workbench served by code-server in headless Chromium, the way a person would:
// Quick Open to open files, Go to Line to move the cursor, the mouse to hover, the keyboard to type,
// Ctrl+. for quick fixes and the Problems panel to read diagnostics. Every wait is on something
// visible in the page and bounded by a timeout; nothing sleeps for a fixed time.
/* global document, URLSearchParams */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** Chromium flags for this machine: no sandbox as root, no GPU, and no background network traffic. */
export const chromiumArgs = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-default-apps', '--disable-extensions',
];

/** Timeouts (ms) for the things the suite waits on. */
export const timeouts = {
  workbench: 90_000,
  activation: 60_000,
  widget: 20_000,
  diagnostics: 30_000,
  ui: 10_000,
};

/** Parses the status bar's Problems item aria-label ("No Problems", "Errors: 1, Warnings: 2, Infos: 3"). */
export function parseProblemCounts(label) {
  const count = (name) => Number(new RegExp(`${name}: (\\d+)`).exec(label ?? '')?.[1] ?? 0);
  return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos'), label: label ?? '' };
}

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(browser, page, { url, artifactsDir, log }) {
    this.browser = browser;
    this.page = page;
    this.url = url;
    this.artifactsDir = artifactsDir;
    this.log = log;
    this.consoleErrors = [];
    /** Times (ms since epoch) at which the workbench reported the extension host unresponsive. */
    this.unresponsiveAt = [];
  }

  /** Launches Chromium and returns a workbench driver for the code-server at `url`. */
  static async launch({ chromiumPath, url, artifactsDir, log = () => {}, viewport = { width: 1280, height: 800 } }) {
    mkdirSync(artifactsDir, { recursive: true });
    const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const workbench = new Workbench(browser, page, { url, artifactsDir, log });
    page.on('console', (message) => {
      if (message.type() === 'error') workbench.consoleErrors.push(message.text());
      // VS Code pings the extension host; when it does not answer for a few seconds it logs this.
      if (/Extension host \(\w+\) is unresponsive/.test(message.text())) workbench.unresponsiveAt.push(Date.now());
    });
    return workbench;
  }

  /** Opens the workbench on `folder` (with an optional `payload`) and waits until it is interactive. */
  async open(folder, payload) {
    const query = new URLSearchParams({ folder });
    if (payload) query.set('payload', JSON.stringify(payload));
    const started = Date.now();
    await this.page.goto(`${this.url}/?${query}`, { timeout: timeouts.workbench });
    await this.page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: timeouts.workbench });
    // The explorer lists the folder once the remote file system answers; that is the sign the
    // workbench is connected to code-server, not just rendered.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: timeouts.workbench });
    const readyMs = Date.now() - started;
    this.log(`workbench ready in ${readyMs} ms`);
    // Close the side bar so editors, hovers and Problems rows get the full width (and the screenshots too).
    await this.page.keyboard.press('Control+B');
    await this.page.locator('.part.sidebar').waitFor({ state: 'hidden', timeout: timeouts.ui });
    return readyMs;
  }

  /** Opens a workspace file with Quick Open and waits for its editor tab to be active and focused. */
  async openFile(relativePath) {
    const name = path.basename(relativePath);
    const input = await this.openQuickInput('Control+P');
    await input.fill(relativePath);
    // Enter acts on the focused row. While Quick Open replaces its "recently opened" rows with the
    // file search results the focus can sit on a row that is about to go, and Enter then does nothing;
    // so wait until the focused row is the file, as a person would look before pressing Enter.
    await this.page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first().waitFor({ timeout: timeouts.ui });
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).waitFor({ timeout: timeouts.ui });
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: timeouts.ui });
  }

  /** Moves the cursor with Go to Line/Column (1-based) and waits for the status bar to confirm it. */
  async goTo(line, column) {
    const input = await this.openQuickInput('Control+G');
    // Go to Line opens Quick Open prefilled with ':'; the whole query keeps that prefix.
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('#status\\.editor\\.selection', { hasText: `Ln ${line}, Col ${column}` }).waitFor({ timeout: timeouts.ui });
  }

  /**
   * Opens Quick Open or the Command Palette with `keys` and returns its input. A key press only reaches
   * the workbench when something in it has the focus; after a webview or a widget goes away the focus
   * can be nowhere, so when the input does not appear the active editor tab is clicked (as a person
   * clicks into a window that ignores the keyboard) and the keys are pressed once more.
   */
  async openQuickInput(keys) {
    const input = this.page.locator('.quick-input-widget input');
    await this.page.keyboard.press(keys);
    try {
      await input.waitFor({ timeout: 3_000 });
    } catch {
      this.log(`${keys} opened nothing; clicking the active editor tab to give the workbench the focus`);
      await this.page.locator('.editor-group-container.active .tabs-container .tab.active').first().click({ timeout: timeouts.ui });
      await this.page.keyboard.press(keys);
      await input.waitFor({ timeout: timeouts.ui });
    }
    return input;
  }

  /** Runs a command from the Command Palette by its label. */
  async runCommand(label) {
    const input = await this.openQuickInput('Control+Shift+P');
    await input.fill(`>${label}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: timeouts.ui });
    await this.page.keyboard.press('Enter');
  }

  /** The text of the line holding the cursor in the active editor, as rendered. */
  async cursorLineText() {
    return this.page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor.focused')
        ?? document.querySelector('.editor-group-container.active .monaco-editor');
      const current = editor?.querySelector('.view-overlays .current-line');
      if (!current) return null;
      const top = current.parentElement.style.top || current.style.top;
      const line = [...editor.querySelectorAll('.view-lines .view-line')].find((element) => element.style.top === top);
      return line ? line.textContent.replace(/\u00a0/g, ' ') : null;
    });
  }

  /**
   * Waits until the cursor's line reads `expected` and returns the last text seen. Accepting a completion can
   * wait for the server to resolve the item (in the browser, a round trip to the web worker), so the edit may
   * land after the suggest widget has already closed.
   */
  async waitForCursorLine(expected, timeout = timeouts.ui) {
    const deadline = Date.now() + timeout;
    let line = await this.cursorLineText();
    while (line !== expected && Date.now() < deadline) {
      await this.page.waitForTimeout(100);
      line = await this.cursorLineText();
    }
    return line;
  }

  /** All rendered lines of the active editor, top to bottom, as displayed. */
  async visibleLines() {
    return this.page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor');
      return [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])]
        .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
        .map((element) => element.textContent.replace(/\u00a0/g, ' '));
    });
  }

  /**
   * Puts the cursor at `line:column` and hovers the mouse over the character there, then waits for
   * the editor's hover widget showing `expectText`. Returns the widget's locator.
   */
  async hoverAt(line, column, expectText) {
    await this.goTo(line, column);
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden)', { hasText: expectText });
    // Code lenses and inlay hints arrive after the text and move the lines under a mouse that was
    // aimed before they came; like a person who sees no hover, aim at the cursor again and move again.
    const attempts = 3;
    for (let attempt = 1; ; attempt++) {
      const cursor = await this.page.locator('.editor-group-container.active .monaco-editor.focused .cursor').first().boundingBox();
      if (!cursor) throw new Error('The editor cursor is not visible.');
      const y = cursor.y + cursor.height / 2;
      // Approach from the left so the editor sees a real mouse move onto the word.
      await this.page.mouse.move(cursor.x - 40, y);
      await this.page.mouse.move(cursor.x + 3, y, { steps: 4 });
      try {
        await hover.first().waitFor({ timeout: timeouts.widget / attempts });
        return hover.first();
      } catch (error) {
        if (attempt === attempts) throw error;
        this.log(`no hover showing "${expectText}" yet; aiming at the cursor again (attempt ${attempt + 1})`);
        await this.page.mouse.move(2, 2);
      }
    }
  }

  /**
   * The text of a widget that is actually on screen: the paragraphs inside the widget's visible
   * rectangle, so content a person would have to scroll to is left out.
   */
  async visibleText(widget) {
    return widget.evaluate((root) => {
      const frame = root.getBoundingClientRect();
      const blocks = [...root.querySelectorAll('p, li, h1, h2, h3, h4, pre, td, .hover-row-contents > span, .hover-contents > div')];
      const leaves = blocks.filter((block) => !blocks.some((other) => other !== block && block.contains(other)));
      return leaves
        .filter((block) => {
          const box = block.getBoundingClientRect();
          return box.height > 0 && box.top >= frame.top - 1 && box.bottom <= frame.bottom + 1;
        })
        .map((block) => block.innerText)
        .join('\n');
    });
  }

  /** Closes the bottom panel so the editor gets the window's height (hovers are sized to fit above the line). */
  async hidePanel() {
    if (await this.page.locator('.part.panel').isVisible()) {
      await this.page.keyboard.press('Control+J');
      await this.page.locator('.part.panel').waitFor({ state: 'hidden', timeout: timeouts.ui });
    }
  }

  /** Moves the mouse away and closes widgets, so the next step starts from a clean editor. */
  async dismissWidgets() {
    await this.page.mouse.move(2, 2);
    await this.page.keyboard.press('Escape');
  }

  /** The visible rows of the suggest widget as { label, aria, text }. */
  async suggestRows() {
    return this.page.locator('.suggest-widget.visible .monaco-list-row').evaluateAll((rows) => rows.map((row) => ({
      label: row.querySelector('.label-name')?.textContent ?? '',
      aria: row.getAttribute('aria-label') ?? '',
      text: row.textContent ?? '',
      focused: row.classList.contains('focused'),
    })));
  }

  /** The Problems count shown in the status bar. */
  async problemCounts() {
    return parseProblemCounts(await this.page.locator('#status\\.problems').getAttribute('aria-label', { timeout: timeouts.ui }));
  }

  /**
   * Waits until the status bar's Problems count satisfies `predicate` and returns it. The check runs
   * in the page on every animation frame, so the time it returns is close to when the count changed.
   */
  async waitForProblemCounts(predicateSource, timeout = timeouts.diagnostics) {
    const handle = await this.page.waitForFunction(`(() => {
      const label = document.querySelector('#status\\\\.problems')?.getAttribute('aria-label') ?? '';
      const count = (name) => Number(new RegExp(name + ': (\\\\d+)').exec(label)?.[1] ?? 0);
      const counts = { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos'), label };
      return (${predicateSource})(counts) ? counts : false;
    })()`, undefined, { timeout, polling: 'raf' });
    return handle.jsonValue();
  }

  /** Opens the Problems panel and returns its marker rows as { aria, text }. */
  async problemRows() {
    await this.showProblems();
    return this.page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) => rows
      .map((row) => ({ aria: row.getAttribute('aria-label') ?? '', text: row.textContent ?? '' }))
      .filter((row) => !/ problems? in file /.test(row.aria)));
  }

  /** Makes sure the Problems panel is open and focused on its list. */
  async showProblems() {
    if (!(await this.page.locator('.markers-panel').isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
      await this.page.locator('.markers-panel').waitFor({ timeout: timeouts.ui });
    }
  }

  /** Waits for a Problems panel row whose aria-label or text contains `text` (or, with `absent`, for none). */
  async waitForProblemRow(text, { absent = false, timeout = timeouts.diagnostics } = {}) {
    await this.showProblems();
    const row = this.page.locator('.markers-panel .monaco-list-row', { hasText: text });
    await row.first().waitFor({ state: absent ? 'detached' : 'visible', timeout });
    return absent ? null : row.first();
  }

  /** Gives the keyboard back to the active editor (after the Problems panel took focus). */
  async focusEditor() {
    await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click({ position: { x: 2, y: 2 } });
    await this.page.keyboard.press('Escape');
  }

  /** Saves a full-page screenshot as `e2e-artifacts/<name>.png` and returns its path. */
  async screenshot(name, options = {}) {
    const file = path.join(this.artifactsDir, `${name}.png`);
    await this.page.screenshot({ path: file, ...options });
    return file;
  }

  /**
   * A clip rectangle around the given locators (plus `margin` pixels), widened to start at the left
   * edge of the editor so line numbers show; used for the small README screenshots.
   */
  async clipAround(locators, margin = 24) {
    const boxes = (await Promise.all(locators.map((locator) => locator.boundingBox()))).filter(Boolean);
    const editor = await this.page.locator('.editor-group-container.active').boundingBox();
    const viewport = this.page.viewportSize();
    const left = Math.max(0, Math.min(editor?.x ?? Infinity, ...boxes.map((box) => box.x)) - 4);
    const top = Math.max(0, Math.min(...boxes.map((box) => box.y)) - margin);
    const right = Math.min(viewport.width, Math.max(...boxes.map((box) => box.x + box.width)) + margin);
    const bottom = Math.min(viewport.height, Math.max(...boxes.map((box) => box.y + box.height)) + margin);
    return { x: left, y: top, width: right - left, height: bottom - top };
  }

  async close() {
    await this.browser.close();
  }
}

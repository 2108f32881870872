// The five end-to-end scenarios of test/e2e, expressed with the VS Code API inside the extension host:
// providers are called through `vscode.execute*Provider`, diagnostics are read with
// `languages.getDiagnostics` and awaited on `onDidChangeDiagnostics` with bounded timeouts (no sleeps).
// The workspace is a copy of test/e2e/workspace made by test/vscode/run.mjs, which also writes the
// 20,000-claim batch and passes its edit position in ICD_E2E_BATCH.
/* global describe, it, before, after, setInterval, clearInterval */
const assert = require('node:assert/strict');
const vscode = require('vscode');

const extensionId = 'icd-claim-coder.icd-claim-coder';
const rule = 'secondary-without-primary';

function workspaceUri(relativePath) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

async function open(relativePath) {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  const editor = await vscode.window.showTextDocument(document);
  return { document, editor };
}

/** The rule id of a diagnostic, whether `code` is a string or `{ value, target }`. */
function ruleOf(diagnostic) {
  return typeof diagnostic.code === 'object' && diagnostic.code !== null ? String(diagnostic.code.value) : String(diagnostic.code);
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds, checking now and on every
 * `onDidChangeDiagnostics` for that document; rejects after `timeout` ms with what was last seen.
 */
function waitForDiagnostics(uri, predicate, timeout = 30000) {
  return new Promise((resolve, reject) => {
    const current = () => vscode.languages.getDiagnostics(uri);
    if (predicate(current())) { resolve(current()); return; }
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`diagnostics of ${uri.path} did not reach the expected state in ${timeout} ms; last: ${JSON.stringify(current().map((d) => `${ruleOf(d)}: ${d.message}`))}`));
    }, timeout);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === uri.toString())) return;
      if (predicate(current())) {
        clearTimeout(timer);
        subscription.dispose();
        resolve(current());
      }
    });
  });
}

/** Resolves with the next diagnostics of `uri` that differ from `before` (by count per severity). */
function waitForChangedDiagnostics(uri, before, timeout) {
  const key = (list) => [0, 1, 2, 3].map((severity) => list.filter((d) => d.severity === severity).length).join('/');
  const start = key(before);
  return waitForDiagnostics(uri, (list) => key(list) !== start, timeout);
}

/**
 * Measures how long the extension host's event loop is blocked: a 50 ms interval timer that fires
 * late means the host was busy. A blocked extension host delays every extension, not only ours.
 */
function startLagMonitor() {
  let last = Date.now();
  let maxLagMs = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    maxLagMs = Math.max(maxLagMs, now - last - 50);
    last = now;
  }, 50);
  return { stop: () => { clearInterval(timer); return maxLagMs; } };
}

const hasRule = (list) => list.some((diagnostic) => ruleOf(diagnostic) === rule);

function positionOf(document, needle, offsetInNeedle = 0) {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `${needle} not found in ${document.uri.path}`);
  return document.positionAt(index + offsetInNeedle);
}

function hoverText(hovers) {
  return hovers.flatMap((hover) => hover.contents).map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
}

function labelOf(item) {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

function describeItem(item) {
  const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation?.value ?? '';
  const description = typeof item.label === 'object' ? `${item.label.description ?? ''} ${item.label.detail ?? ''}` : '';
  return `${labelOf(item)} ${item.detail ?? ''} ${description} ${documentation}`;
}

async function revert(document) {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('ICD-10 Claim Coder in the extension host', function () {
  before(async function () {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is not loaded`);
    // Opening a note activates the extension (onLanguage:clinical-note).
    await open('notes/lonely-secondary.note');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  after(async function () {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('1. a note with C78.01 alone gets the secondary-without-primary warning', async function () {
    const { document } = await open('notes/lonely-secondary.note');
    assert.equal(document.languageId, 'clinical-note');
    const diagnostics = await waitForDiagnostics(document.uri, hasRule);
    const warning = diagnostics.find((diagnostic) => ruleOf(diagnostic) === rule);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(warning.message, /C78\.01/);
    assert.equal(diagnostics.length, 1, `exactly one problem expected: ${diagnostics.map((d) => d.message).join(' | ')}`);
  });

  it('2. hover over C7801 in an HI segment shows the title, the code-set year and the HI/ABF context', async function () {
    const { document } = await open('claims/hover.837');
    assert.equal(document.languageId, 'x12-837');
    const position = positionOf(document, 'ABF:C7801', 'ABF:C78'.length);
    const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.match(text, /Secondary malignant neoplasm of right lung/);
    assert.match(text, /FY ?20\d\d/);
    assert.match(text, /\bHI\b/);
    assert.match(text, /\bABF\b/);
  });

  it('3. completion after ABF:C78 in an HI segment offers C7800-C7802 with titles and inserts the dotless code', async function () {
    const { document, editor } = await open('claims/completion.837');
    const end = positionOf(document, 'HI*ABK:C3490~', 'HI*ABK:C3490'.length);
    await editor.edit((edit) => edit.insert(end, '*ABF:C78'));
    const cursor = end.translate(0, '*ABF:C78'.length);
    try {
      const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', document.uri, cursor, undefined, 50);
      const titles = {
        C7800: 'Secondary malignant neoplasm of unspecified lung',
        C7801: 'Secondary malignant neoplasm of right lung',
        C7802: 'Secondary malignant neoplasm of left lung',
      };
      for (const [code, title] of Object.entries(titles)) {
        const item = list.items.find((candidate) => labelOf(candidate).includes(code));
        assert.ok(item, `completion should offer ${code}; got ${list.items.slice(0, 10).map(labelOf).join(', ')}`);
        assert.ok(describeItem(item).includes(title), `${code} should carry its title: ${describeItem(item)}`);
      }
      // Accept C7801: apply the item's own edit, as the suggest widget does.
      const item = list.items.find((candidate) => labelOf(candidate).includes('C7801'));
      const range = item.range ? ('replacing' in item.range ? item.range.replacing : item.range) : document.getWordRangeAtPosition(cursor) ?? new vscode.Range(cursor, cursor);
      const insertText = typeof item.insertText === 'string' ? item.insertText : item.insertText?.value ?? labelOf(item);
      await editor.edit((edit) => edit.replace(range, insertText));
      assert.equal(document.lineAt(end.line).text, 'HI*ABK:C3490*ABF:C7801~');
    } finally {
      await revert(document);
    }
  });

  it('4. the "add C80.1" quick fix removes the warning, and so does turning the rule off', async function () {
    const { document } = await open('notes/quick-fix.note');
    const diagnostics = await waitForDiagnostics(document.uri, hasRule);
    const warning = diagnostics.find((diagnostic) => ruleOf(diagnostic) === rule);
    const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, warning.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((action) => /C80\.1/.test(action.title));
    assert.ok(fix, `a quick fix adding C80.1 should be offered; got ${actions.map((action) => action.title).join(' | ')}`);
    if (fix.edit) await vscode.workspace.applyEdit(fix.edit);
    if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    assert.match(document.getText(), /C80\.1/);
    await waitForDiagnostics(document.uri, (list) => !hasRule(list));
    await revert(document);
    await waitForDiagnostics(document.uri, hasRule);

    const configuration = vscode.workspace.getConfiguration('icdClaimCoder');
    await configuration.update(`rules.${rule}`, 'off', vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(document.uri, (list) => !hasRule(list));
    } finally {
      await configuration.update(`rules.${rule}`, undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitForDiagnostics(document.uri, hasRule);
  });

  it('5. an 837 of 20,000 claims gets its diagnostics, and an edit updates them', async function () {
    const batch = JSON.parse(process.env.ICD_E2E_BATCH ?? 'null');
    if (!batch) this.skip();
    const opened = Date.now();
    const lag = startLagMonitor();
    const { document, editor } = await open(batch.file);
    const loaded = await waitForDiagnostics(document.uri, (list) => list.filter(hasRuleOnly).length >= batch.lonelySecondaries, 120000);
    console.log(`      diagnostics of the 20,000-claim file after ${Date.now() - opened} ms (${loaded.length} problems); longest extension-host stall while opening: ${lag.stop()} ms`);
    const symbolsStarted = Date.now();
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', document.uri);
    const countSymbols = (list) => (list ?? []).reduce((total, symbol) => total + 1 + countSymbols(symbol.children), 0);
    console.log(`      document symbols (outline, breadcrumbs): ${countSymbols(symbols)} in ${Date.now() - symbolsStarted} ms`);
    const editLag = startLagMonitor();
    const at = new vscode.Position(batch.editLine - 1, batch.editColumn - 1);
    const samples = [];
    try {
      for (let round = 0; round < 3; round += 1) {
        const before = vscode.languages.getDiagnostics(document.uri);
        let started = Date.now();
        const broken = waitForChangedDiagnostics(document.uri, before, 30000);
        await editor.edit((edit) => edit.delete(new vscode.Range(at.translate(0, -1), at)));
        const afterDelete = await broken;
        samples.push(Date.now() - started);
        assert.ok(afterDelete.some((d) => d.severity === vscode.DiagnosticSeverity.Error), 'C80 is a header code: an error is expected');
        started = Date.now();
        const restored = waitForChangedDiagnostics(document.uri, afterDelete, 30000);
        await editor.edit((edit) => edit.insert(at.translate(0, -1), '1'));
        await restored;
        samples.push(Date.now() - started);
      }
    } finally {
      await revert(document);
    }
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(`      edit -> diagnostics: median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted[sorted.length - 1]} ms (${samples.join(', ')}); longest extension-host stall while editing: ${editLag.stop()} ms`);
  });
});

function hasRuleOnly(diagnostic) {
  return ruleOf(diagnostic) === rule;
}

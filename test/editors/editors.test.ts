import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { officialBillableWithPrefix, officialTitle } from '../helpers/officialCodes';

/**
 * The language server in real editors, configured exactly as docs/other-editors.md says: Neovim
 * (headless, with docs/editors/neovim-0.7.lua) and Emacs with eglot (batch, with
 * docs/editors/eglot.el). Each editor opens examples/code-not-billable.837 and
 * examples/unknown-code.note; a script inside the editor records what the user sees (the
 * diagnostics list, the hover text, the completion menu, the quick-fix menu and the line after the
 * fix) and this test checks the record against the examples' README and the official codes files.
 *
 * Run with `npm run test:editors` (needs `apt-get install neovim emacs-nox elpa-eglot`); CI runs it.
 */

const repoRoot = path.resolve(__dirname, '..', '..');
const editorTimeoutMs = 90_000;

/** What the scripts record; the same shape for both editors. */
interface EditorRecord {
  readonly errors: readonly string[];
  readonly version: string;
  readonly claimDiagnostics: readonly SeenDiagnostic[];
  readonly claimHover: string;
  readonly quickFixTitles: readonly string[];
  readonly lineAfterFix: string;
  readonly claimDiagnosticsAfterFix: readonly SeenDiagnostic[];
  readonly noteDiagnostics: readonly SeenDiagnostic[];
  readonly completionMenu: ReadonlyArray<{ readonly word: string; readonly menu: string }>;
}

interface SeenDiagnostic {
  readonly line: number;
  readonly severity: string;
  readonly message: string;
}

/** How an editor writes a diagnostic: its severity names and what it puts before the message. */
interface EditorStyle {
  readonly error: string;
  prefix(rule: string): string;
}

const dotted = (code: string): string => `${code.slice(0, 3)}.${code.slice(3)}`;

describe('real editors: Neovim and Emacs eglot with the configurations of docs/other-editors.md', function () {
  this.timeout(editorTimeoutMs + 10_000);
  let workDir: string;
  let pathWithServer: string;

  before(function () {
    workDir = mkdtempSync(path.join(tmpdir(), 'icd-editors-'));
    // The server command on PATH, as `npm install -g` or `npm link` would put it.
    const binDir = path.join(workDir, 'bin');
    mkdirSync(binDir);
    symlinkSync(path.join(repoRoot, 'bin', 'icd-claim-coder-server.js'), path.join(binDir, 'icd-claim-coder-server'));
    pathWithServer = `${binDir}${path.delimiter}${process.env.PATH ?? ''}`;
  });

  after(function () {
    rmSync(workDir, { recursive: true, force: true });
  });

  /** Copies the two examples into a fresh folder (the quick fix edits the buffer) and runs the editor. */
  function runEditor(name: string, command: string, args: readonly string[], config: string): EditorRecord {
    const dir = path.join(workDir, name);
    mkdirSync(dir);
    for (const file of ['code-not-billable.837', 'unknown-code.note']) copyFileSync(path.join(repoRoot, 'examples', file), path.join(dir, file));
    const out = path.join(dir, 'record.json');
    const run = spawnSync(command, [...args], {
      cwd: dir,
      encoding: 'utf8',
      timeout: editorTimeoutMs,
      env: {
        ...process.env,
        PATH: pathWithServer,
        HOME: dir,
        ICD_CONFIG: path.join(repoRoot, 'docs', 'editors', config),
        ICD_CLAIM: path.join(dir, 'code-not-billable.837'),
        ICD_NOTE: path.join(dir, 'unknown-code.note'),
        ICD_OUT: out,
      },
    });
    if (run.error !== undefined) throw new Error(`${command} could not run (${run.error.message}); install it with: apt-get install -y neovim emacs-nox elpa-eglot`);
    let record: EditorRecord;
    try {
      record = JSON.parse(readFileSync(out, 'utf8')) as EditorRecord;
    } catch {
      throw new Error(`${command} wrote no record (exit ${String(run.status)}):\n${run.stdout}\n${run.stderr}`);
    }
    assert.deepEqual(record.errors, [], `${name} ${record.version}: ${record.errors.join('; ')}`);
    return record;
  }

  /** The checks shared by every editor: each value is what examples/README.md and the codes files say. */
  function checkWhatTheUserSees(record: EditorRecord, style: EditorStyle): void {
    // examples/README.md: code-not-billable (error) on line 21 at C780; unknown-code (error) on line 13 at C78.09.
    assert.equal(record.claimDiagnostics.length, 1, JSON.stringify(record.claimDiagnostics));
    const [notBillable] = record.claimDiagnostics as [SeenDiagnostic];
    assert.equal(notBillable.line, 21);
    assert.equal(notBillable.severity, style.error);
    assert.ok(notBillable.message.startsWith(`${style.prefix('code-not-billable')}C78.0 is a subcategory heading`), notBillable.message);
    assert.equal(record.noteDiagnostics.length, 1, JSON.stringify(record.noteDiagnostics));
    const [unknown] = record.noteDiagnostics as [SeenDiagnostic];
    assert.equal(unknown.line, 13);
    assert.equal(unknown.severity, style.error);
    assert.ok(unknown.message.startsWith(`${style.prefix('unknown-code')}C78.09 is not a code in any loaded ICD-10-CM release`), unknown.message);

    // The hover on the principal diagnosis C50911 starts with the code and its official title.
    assert.ok(record.claimHover.startsWith(`**C50.911** · ${officialTitle('C50911')}`), record.claimHover);
    assert.match(record.claimHover, /ABK = principal diagnosis/);

    // The quick-fix menu offers the billable codes under C78.0, each with its title; the first is applied.
    const children = officialBillableWithPrefix('C780');
    assert.deepEqual([...record.quickFixTitles].sort(), children.map((code) => `Replace with ${dotted(code)} ${officialTitle(code)}`).sort());
    const chosen = /^Replace with (\S+) /.exec(record.quickFixTitles[0] ?? '')?.[1]?.replace('.', '') ?? '';
    assert.equal(record.lineAfterFix, `HI*ABK:C50911*ABF:${chosen}~`);
    // C50.911 with a secondary lung code breaks no rule, so the diagnostics go away.
    assert.deepEqual(record.claimDiagnosticsAfterFix, []);

    // Completing "Dx: C78.0" in the note: every billable C78.0x code, each shown with its title.
    assert.deepEqual(record.completionMenu.map((item) => item.word).sort(), children.map(dotted).sort());
    for (const item of record.completionMenu) assert.equal(item.menu, officialTitle(item.word.replace('.', '')), item.word);
  }

  it('Neovim (vim.lsp.start_client): diagnostics, hover, titled completion and a quick fix', function () {
    const record = runEditor('neovim', 'nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(__dirname, 'neovim-check.lua')}`], 'neovim-0.7.lua');
    checkWhatTheUserSees(record, { error: 'error', prefix: () => '' });
  });

  it('Emacs with eglot: Flymake diagnostics, eldoc hover, annotated completion and a quick fix', function () {
    // -q skips the user's init file but keeps the site start-up that activates Debian's elpa-eglot.
    const record = runEditor('emacs', 'emacs', ['--batch', '-q', '-l', path.join(__dirname, 'eglot-check.el')], 'eglot.el');
    // eglot writes each message as "source [code]: message" and names severities eglot-error, eglot-warning, eglot-note.
    checkWhatTheUserSees(record, { error: 'eglot-error', prefix: (rule) => `icd-claim-coder [${rule}]: ` });
  });
});

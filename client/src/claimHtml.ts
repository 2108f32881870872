import type { ClaimViewModel } from '../../server/src/protocol';

/**
 * The page of the claim view. It runs no script and loads nothing (CSP `default-src 'none'`, its one
 * style element allowed by nonce), takes its colours from the theme's CSS variables, and escapes every
 * value of the model. Kept free of the `vscode` module so it can be tested in plain Node.
 */

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function nonce(): string {
  const characters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => characters.charAt(byte % characters.length)).join('');
}

const STYLE = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 1em; }
h1 { font-size: 1.3em; } h2 { font-size: 1.05em; margin-top: 1.4em; border-bottom: 1px solid var(--vscode-panel-border); }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 2px 8px; vertical-align: top; border-bottom: 1px solid var(--vscode-panel-border); }
th { color: var(--vscode-descriptionForeground); font-weight: normal; }
code { font-family: var(--vscode-editor-font-family); color: var(--vscode-textPreformat-foreground); }
.error { color: var(--vscode-errorForeground); } .warning { color: var(--vscode-editorWarning-foreground); } .information, .hint { color: var(--vscode-editorInfo-foreground); }
.muted { color: var(--vscode-descriptionForeground); }`;

/** The page for a claim view model; every value is escaped. */
export function renderClaim(model: ClaimViewModel | null): string {
  const styleNonce = nonce();
  const head = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${styleNonce}';"><style nonce="${styleNonce}">${STYLE}</style>`;
  if (model === null) return `<!DOCTYPE html><html><head>${head}</head><body><p class="muted">No claim here: put the cursor in a claim (CLM to its last service line).</p></body></html>`;
  const e = escapeHtml;
  const rows = (cells: readonly string[][]): string => cells.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('');
  const diagnoses = rows(model.diagnoses.map((d) => [`<b>${e(d.letter)}</b>`, `<code>${e(d.code)}</code>`, e(d.title), e(d.role), `<span class="muted">${e(d.qualifier)}</span>`]));
  const lines = rows(model.lines.map((l) => [String(l.number), `<code>${e(l.procedure)}</code>`, e(l.description), e(l.pointers)]));
  const findings = model.findings.length === 0 ? '<p class="muted">No findings.</p>' : `<ul>${model.findings.map((f) => `<li><span class="${e(f.severity)}">${e(f.severity)}</span> <code>${e(f.rule)}</code>: ${e(f.message)}${f.fixes.length > 0 ? `<br><span class="muted">Fixes: ${f.fixes.map(e).join(' · ')}</span>` : ''}</li>`).join('')}</ul>`;
  return `<!DOCTYPE html><html><head>${head}</head><body>
<h1>${e(model.label)} <span class="muted">· 2300 Claim Information · ${e(model.form)}</span></h1>
<p class="muted">${model.masked ? 'Patient identifiers are masked (synthetic values). Run “Show Claim with Patient Identifiers” to see them.' : 'Patient identifiers are shown.'}${model.serviceDate === undefined ? '' : ` Date of service ${e(model.serviceDate)}.`}</p>
<h2>Patient and payer</h2>
<table><tr><th>Patient</th><td>${e(model.patient.name)}</td><th>Member id</th><td>${e(model.patient.memberId)}</td><th>Birth date</th><td>${e(model.patient.birthDate)}</td></tr>
<tr><th>Payer</th><td>${e(model.payer.name)}</td><th>Payer id</th><td>${e(model.payer.id)}</td><td></td><td></td></tr></table>
<h2>21. Diagnoses (A–L)</h2><table><tr><th></th><th>Code</th><th>Title</th><th>Role</th><th>Qualifier</th></tr>${diagnoses}</table>
<h2>24. Service lines</h2><table><tr><th>#</th><th>Procedure</th><th>Description</th><th>Diagnosis pointer</th></tr>${lines}</table>
<h2>Findings</h2>${findings}
</body></html>`;
}


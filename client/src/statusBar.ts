import * as vscode from 'vscode';
import type { CodeSetInfo } from '../../server/src/protocol';
import { supportedLanguages } from './clientOptions';

/**
 * The status bar item that names the loaded code set (e.g. "ICD-10-CM FY2027"). It shows while a
 * claim file or clinical note is the active editor, and proves to the user (and the end-to-end
 * tests) that the server is up.
 */
export class CodeSetStatus implements vscode.Disposable {
  readonly #item: vscode.StatusBarItem;
  readonly #subscription: vscode.Disposable;

  constructor(command: string) {
    this.#item = vscode.window.createStatusBarItem('icdClaimCoder.codeSet', vscode.StatusBarAlignment.Right, 100);
    this.#item.name = 'ICD-10 Claim Coder';
    this.#item.command = command;
    this.#item.text = '$(sync~spin) ICD-10-CM';
    this.#item.tooltip = 'ICD-10 Claim Coder is loading the code sets.';
    this.#subscription = vscode.window.onDidChangeActiveTextEditor(() => this.#updateVisibility());
    this.#updateVisibility();
  }

  /** Shows the loaded years; the newest one is the label. */
  show(info: CodeSetInfo): void {
    const newest = info.years[0];
    this.#item.text = newest === undefined ? '$(warning) ICD-10-CM' : `$(book) ${newest.label}`;
    this.#item.tooltip = newest === undefined
      ? 'No ICD-10-CM code set is loaded.'
      : `Loaded: ${info.years.map((year) => `${year.label} (${year.source})`).join(', ')}. Click for details.`;
    this.#updateVisibility();
  }

  /** Says the server is not answering (stopped or failed to start). */
  showUnavailable(): void {
    this.#item.text = '$(error) ICD-10-CM';
    this.#item.tooltip = 'The ICD-10 Claim Coder language server is not running; see its output.';
    this.#updateVisibility();
  }

  #updateVisibility(): void {
    const language = vscode.window.activeTextEditor?.document.languageId;
    if (language !== undefined && (supportedLanguages as readonly string[]).includes(language)) this.#item.show();
    else this.#item.hide();
  }

  dispose(): void {
    this.#subscription.dispose();
    this.#item.dispose();
  }
}

/** The text of the "Show Loaded Code Sets" message. */
export function describeCodeSets(info: CodeSetInfo): string {
  if (info.years.length === 0) return 'ICD-10 Claim Coder has no code set loaded.';
  const years = info.years.map((year) =>
    `${year.label}: ${year.billableCount.toLocaleString('en-US')} billable, ${year.headerCount.toLocaleString('en-US')} header codes (${year.source})`);
  return `ICD-10 Claim Coder code sets — ${years.join('; ')}.`;
}

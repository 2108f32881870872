import { CodeActionKind } from 'vscode-languageserver-types';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { toRange } from '../spans';
import type { TextSource } from '../spans';
import { DIAGNOSTIC_SOURCE } from './validation';
import type { FixData, FixEditData } from './validation';

/**
 * Turns the quick fixes that validation stored in `Diagnostic.data` into quickfix code actions. The
 * data round-trips through the client as JSON, so it is checked field by field: anything foreign,
 * malformed or out of the document's bounds is skipped, never thrown.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readEdit(value: unknown, textLength: number): FixEditData | undefined {
  if (!isRecord(value)) return undefined;
  const { offset, length, newText } = value;
  if (!Number.isInteger(offset) || !Number.isInteger(length) || typeof newText !== 'string') return undefined;
  const start = offset as number;
  const size = length as number;
  if (start < 0 || size < 0 || start + size > textLength) return undefined;
  return { offset: start, length: size, newText };
}

function readFix(value: unknown, textLength: number): FixData | undefined {
  if (!isRecord(value) || typeof value.title !== 'string' || !Array.isArray(value.edits) || value.edits.length === 0) return undefined;
  const edits: FixEditData[] = [];
  for (const raw of value.edits) {
    const edit = readEdit(raw, textLength);
    if (edit === undefined) return undefined;
    edits.push(edit);
  }
  return { title: value.title, edits, ...(value.isPreferred === true ? { isPreferred: true } : {}) };
}

/** The fixes stored on a diagnostic by this service; empty for other sources or damaged data. */
export function fixesOf(diagnostic: Diagnostic, textLength: number): FixData[] {
  const data: unknown = diagnostic.data;
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || !isRecord(data) || data.source !== DIAGNOSTIC_SOURCE || !Array.isArray(data.fixes)) return [];
  const fixes: FixData[] = [];
  for (const raw of data.fixes) {
    const fix = readFix(raw, textLength);
    if (fix !== undefined) fixes.push(fix);
  }
  return fixes;
}

/**
 * One quickfix code action per stored fix of each diagnostic, in diagnostic order. Ranges are made
 * with {@link toRange} against `document`, which must be the version the diagnostics were made for.
 */
export function codeActions(document: TextSource, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const textLength = document.text.length;
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    for (const fix of fixesOf(diagnostic, textLength)) {
      const edits: TextEdit[] = fix.edits.map((edit) => ({
        range: toRange(document, { offset: edit.offset, length: edit.length }),
        newText: edit.newText,
      }));
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: { changes: { [document.uri]: edits } },
        ...(fix.isPreferred === true ? { isPreferred: true } : {}),
      });
    }
  }
  return actions;
}

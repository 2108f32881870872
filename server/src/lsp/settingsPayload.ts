import { settingsSection } from '../protocol';

/**
 * The shapes in which clients send settings. VS Code answers `workspace/configuration` with the
 * nested section; Neovim, Emacs and Helix users write settings as nested tables or with the dotted
 * keys of VS Code's settings.json (`"icdClaimCoder.rules.unknown-code": "off"`), in
 * `initializationOptions` or in `workspace/didChangeConfiguration`. All of them are read as the
 * nested `icdClaimCoder` section here, so the narrowing in settings.ts sees one shape.
 */

/** Keys that would reach an object's prototype; never copied from a payload. */
const unsafeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** How deep a payload is followed; the settings are three levels deep, so anything deeper is noise. */
const maxDepth = 6;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Sets `value` at the dotted `path` inside `target`, creating the objects on the way. */
function setAtPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (isPlainObject(next)) node = next;
    else {
      const created: Record<string, unknown> = {};
      node[key] = created;
      node = created;
    }
  }
  const last = path[path.length - 1] as string;
  const existing = node[last];
  // A nested object and dotted keys for the same section are merged, not one replacing the other.
  node[last] = isPlainObject(existing) && isPlainObject(value) ? { ...existing, ...value } : value;
}

/** A copy of `value` with every dotted key split into nested objects. */
export function expandDottedKeys(value: unknown, depth = 0): unknown {
  if (!isPlainObject(value) || depth >= maxDepth) return value;
  const expanded: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const path = key.split('.').map((part) => part.trim());
    if (path.some((part) => part === '' || unsafeKeys.has(part))) continue;
    setAtPath(expanded, path, expandDottedKeys(raw, depth + 1));
  }
  return expanded;
}

/**
 * The `icdClaimCoder` section of a pushed payload (`initializationOptions` or the `settings` of
 * `workspace/didChangeConfiguration`); undefined when the payload holds no setting of ours.
 */
export function sectionOfPayload(payload: unknown): unknown {
  const expanded = expandDottedKeys(payload);
  return isPlainObject(expanded) ? expanded[settingsSection] : undefined;
}

/** Whether an answer to `workspace/configuration` holds no settings at all (null, or an empty list a Lua table became). */
export function isEmptyAnswer(answer: unknown): boolean {
  return answer === null || answer === undefined || (Array.isArray(answer) && answer.length === 0);
}

/**
 * Whether the client said the workspace is trusted: `initializationOptions.workspaceTrusted` is
 * `true`. Only the client's own start-up options count, never a setting, because settings can come
 * from the workspace itself.
 */
export function workspaceTrustedFrom(initializationOptions: unknown): boolean {
  return isPlainObject(initializationOptions) && initializationOptions.workspaceTrusted === true;
}

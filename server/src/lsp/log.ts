import type { Connection } from 'vscode-languageserver/node';

/**
 * The server's log. Claim files and notes carry patient data, so log lines name files, positions
 * and rule ids only: never document text, never an exception message that might quote it.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger that writes to the client's output channel through `window/logMessage`. */
export function createConnectionLogger(connection: Connection): Logger {
  return {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message) => connection.console.error(message),
  };
}

/** The file name of a document URI, the only part of a location that goes into the log. */
export function fileNameOf(uri: string): string {
  const withoutQuery = uri.replace(/[?#].*$/, '');
  const slash = withoutQuery.lastIndexOf('/');
  const name = slash === -1 ? withoutQuery : withoutQuery.slice(slash + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}

/**
 * Describes a failure without its message: the error's class and the code locations it passed
 * through. The message is left out because a parser error may quote the text it choked on.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return `a thrown ${typeof error}`;
  const frames = (error.stack ?? '')
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, 6);
  return frames.length === 0 ? error.name : `${error.name} ${frames.join(' ')}`;
}

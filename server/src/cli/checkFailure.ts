import { describeIoError } from './files';
import { PieceTooLargeError } from './x12Pieces';

/**
 * Why a file could not be checked, in the words `icd-claim-check` prints after the path: an I/O
 * error, a piece too large, or an internal failure (named by its class only, never its text, which
 * could quote the file). Shared by the single-threaded checker and the parallel workers.
 */
export function describeCheckFailure(error: unknown): string {
  if (error instanceof PieceTooLargeError) return error.message;
  if (typeof (error as NodeJS.ErrnoException).code === 'string') return describeIoError(error);
  return `could not be checked (internal ${error instanceof Error ? error.name : 'error'})`;
}

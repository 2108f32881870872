import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { CptCsvReader } from '../service/codes/cpt';
import type { CptCsvResult } from '../service/codes/cpt';

/**
 * Reading the user's CPT descriptions CSV (`icdClaimCoder.cptDescriptionsPath`) without ever stopping
 * the server: only a regular file is opened (a FIFO would wait forever for a writer), its size is
 * capped, every file-system call has a deadline (a hung network mount), and the CSV is parsed in
 * slices with the event loop free in between, so requests keep being answered meanwhile.
 */

/** A CPT descriptions file larger than this is not read. A full CPT code list with long descriptors is a few MB. */
export const MAX_CPT_FILE_BYTES = 16 * 1024 * 1024;

/** How long reading the file may take before the server gives up on it. */
export const CPT_READ_TIMEOUT_MS = 10_000;

/** Characters parsed between two turns of the event loop. */
const PARSE_SLICE_CHARACTERS = 256 * 1024;

/** Bytes read per call. */
const READ_CHUNK_BYTES = 1024 * 1024;

/** Why a CPT file was not read, in words for the user (after "could not read … ("). */
export class CptFileError extends Error {}

/** How the file is read; the limits are injectable for tests. */
export interface CptReadLimits {
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** `work` or a {@link CptFileError} once `deadline` (a `Date.now()` time) has passed. */
async function beforeDeadline<T>(work: Promise<T>, deadline: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CptFileError(`${what} did not finish within ${CPT_READ_TIMEOUT_MS / 1000} s`)), Math.max(0, deadline - Date.now()));
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The text of the CPT file, or a {@link CptFileError} saying why it was not read. */
export async function readCptFile(file: string, limits: CptReadLimits = {}): Promise<string> {
  const maxBytes = limits.maxBytes ?? MAX_CPT_FILE_BYTES;
  const deadline = Date.now() + (limits.timeoutMs ?? CPT_READ_TIMEOUT_MS);
  const info = await beforeDeadline(stat(file), deadline, 'reading its file information');
  checkIsSmallRegularFile(info.isFile(), info.size, maxBytes);
  // Non-blocking, so that a file swapped for a FIFO after the check still cannot make the open wait.
  const handle = await beforeDeadline(open(file, constants.O_RDONLY | constants.O_NONBLOCK), deadline, 'opening it');
  try {
    const opened = await beforeDeadline(handle.stat(), deadline, 'reading its file information');
    checkIsSmallRegularFile(opened.isFile(), opened.size, maxBytes);
    return await beforeDeadline(readBounded(handle, maxBytes), deadline, 'reading it');
  } finally {
    void handle.close().catch(() => undefined);
  }
}

function checkIsSmallRegularFile(isFile: boolean, size: number, maxBytes: number): void {
  if (!isFile) throw new CptFileError('it is not a regular file (a folder, pipe or device)');
  if (size > maxBytes) throw new CptFileError(`it is ${megabytes(size)}, more than the ${megabytes(maxBytes)} a CPT descriptions file may have`);
}

/** Reads at most `maxBytes` (a file that grew past the limit since its size was checked is refused). */
async function readBounded(handle: FileHandle, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.alloc(Math.min(READ_CHUNK_BYTES, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw new CptFileError(`it grew past the ${megabytes(maxBytes)} a CPT descriptions file may have`);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/** Parses the CSV in slices, letting queued requests run between them. */
export async function parseCptInSlices(text: string, sourceName: string): Promise<CptCsvResult> {
  const reader = new CptCsvReader(text, sourceName);
  while (!reader.step(PARSE_SLICE_CHARACTERS)) await new Promise((resolve) => setImmediate(resolve));
  return reader.result();
}

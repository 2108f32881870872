import type { ChunkedTitles, CodeIndexData, CodeIndexProvenance, LoadableCodeIndex } from './indexData';

/**
 * Reading the bundled index file, on any platform: the caller passes the bytes and the gunzip it
 * has (Node's zlib in the server and the command line, a small JavaScript inflater in the web
 * worker). The format is written by `encodeIndexFile` in codeSetLoader.ts: one line of JSON (the
 * provenance plus the byte length of each section), a newline, then gzip sections: the core, the
 * titles and the short titles, each in chunks of consecutive codes, the notes, and the Table of
 * Neoplasms when a release gave one. Only the core is unpacked here; a title chunk, the notes or the
 * table are unpacked the first time a hover, completion, inlay hint or rule asks for them.
 */

/** Byte lengths of the gzip sections, recorded in the header line. */
export interface SectionLengths {
  readonly core: number;
  readonly titleChunkSize: number;
  readonly titles: readonly number[];
  /** The short-title chunks, as many as the title chunks and of the same codes. */
  readonly shortTitles: readonly number[];
  readonly notes: number;
  /** The Table of Neoplasms section: its release (`FY2025`) and byte length; absent when the index has none. */
  readonly neoplasms?: { readonly release: string; readonly bytes: number };
}

/** Unpacks one gzip section into its UTF-8 text. */
export type Gunzip = (section: Uint8Array) => string;

/** Reads an index file's bytes; titles and notes are unpacked on first use. */
export function decodeIndexBytes(bytes: Uint8Array, gunzip: Gunzip): { provenance: CodeIndexProvenance; data: LoadableCodeIndex } {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) throw new Error('the code index has no header line');
  const header = new TextDecoder().decode(bytes.subarray(0, newline));
  const { sections, ...provenance } = JSON.parse(header) as CodeIndexProvenance & { sections?: SectionLengths };
  if (!sections || !Array.isArray(sections.titles) || !Array.isArray(sections.shortTitles)) throw new Error('the code index header does not list its sections');
  let offset = newline + 1;
  const take = (length: number): Uint8Array => {
    const slice = bytes.subarray(offset, offset + length);
    offset += length;
    return slice;
  };
  const coreSection = take(sections.core);
  const chunked = (lengths: readonly number[]): ChunkedTitles => {
    const chunks = lengths.map(take);
    return { chunkSize: sections.titleChunkSize, chunkCount: chunks.length, chunk: (index: number) => gunzip(chunks[index] as Uint8Array) };
  };
  const titles = chunked(sections.titles);
  const shortTitles = chunked(sections.shortTitles);
  const notesSection = take(sections.notes);
  const neoplasmSection = sections.neoplasms ? take(sections.neoplasms.bytes) : undefined;
  if (offset !== bytes.length) throw new Error('the code index is truncated or has trailing bytes');
  const core = JSON.parse(gunzip(coreSection)) as Omit<CodeIndexData, 'titles' | 'shortTitles' | 'notes'>;
  return {
    provenance,
    data: {
      ...core,
      titles,
      shortTitles,
      notes: () => gunzip(notesSection),
      ...(sections.neoplasms && neoplasmSection ? { neoplasms: { release: sections.neoplasms.release, rows: () => gunzip(neoplasmSection) } } : {}),
    },
  };
}

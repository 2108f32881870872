import type { TabularNoteKind } from '../codeSet';
import type { ImportProblem } from './problems';
import { dotlessCodePattern } from './problems';
import { childElements, firstChild, readXml, textOf } from './xmlReader';
import type { XmlElement } from './xmlReader';

/**
 * Importer for the official Tabular List XML (`icd10cm_tabular_YYYY.xml`) and for excerpts of it
 * whose fragments hold bare `<diag>` trees (a `parentSection` attribute on the fragment names their
 * section). It keeps the structure (chapters, sections, the `<diag>` tree) and the instructional
 * notes; `sevenChrDef` and the visual-impairment table are not kept.
 */

/** A chapter: its number as printed (`2`), title and code range. */
export interface TabularChapter {
  readonly id: string;
  readonly title: string;
  readonly first: string;
  readonly last: string;
}

/** A section (block) such as `C76-C80`, with its title, range and chapter. */
export interface TabularBlock {
  readonly id: string;
  readonly title: string;
  readonly first: string;
  readonly last: string;
  readonly chapter?: string;
}

/** One `<diag>` entry: dotless code, title, and the section and chapter it sits in. */
export interface TabularDiag {
  readonly code: string;
  readonly title: string;
  readonly block?: string;
  readonly chapter?: string;
}

/**
 * Who a note belongs to: a dotless code (`C78`), a block (`block C76-C80`) or a chapter
 * (`chapter 2`). Block keys are prefixed because a block id can equal a category (`C50`).
 */
export type NoteOwnerKey = string;

/** One instructional note line as published. */
export interface TabularNoteRow {
  readonly owner: NoteOwnerKey;
  readonly kind: TabularNoteKind;
  readonly text: string;
}

export interface TabularData {
  /** The `<version>` (or the excerpt's `version` attribute), when present. */
  readonly version?: number;
  readonly chapters: readonly TabularChapter[];
  readonly blocks: readonly TabularBlock[];
  readonly diags: readonly TabularDiag[];
  readonly notes: readonly TabularNoteRow[];
  /** Every owner this file describes (codes, blocks and chapters), whether or not it has notes. */
  readonly owners: ReadonlySet<NoteOwnerKey>;
  readonly problems: readonly ImportProblem[];
}

const noteKinds: readonly TabularNoteKind[] = ['includes', 'inclusionTerm', 'excludes1', 'excludes2', 'codeFirst', 'useAdditionalCode', 'codeAlso'];
const noteKindSet = new Set<string>(noteKinds);

/** The owner key of a block. */
export function blockKey(id: string): NoteOwnerKey {
  return `block ${id}`;
}

/** The owner key of a chapter. */
export function chapterKey(id: string): NoteOwnerKey {
  return `chapter ${id}`;
}

/** A trailing printed range such as "(C00-D49)" in a chapter title. */
const trailingRange = /\(([A-Z][0-9][0-9A-Z])-([A-Z][0-9][0-9A-Z])\)\s*$/;

/** Parses the tabular XML text. */
export function parseTabularXml(text: string): TabularData {
  const { root, problems: xmlProblems } = readXml(text);
  const problems: ImportProblem[] = [...xmlProblems];
  const chapters: TabularChapter[] = [];
  const blocks: TabularBlock[] = [];
  const diags: TabularDiag[] = [];
  const notes: TabularNoteRow[] = [];
  const owners = new Set<NoteOwnerKey>();
  if (!root) {
    problems.push({ message: 'the file holds no XML element' });
    return { chapters, blocks, diags, notes, owners, problems };
  }
  if (root.name !== 'ICD10CM.tabular' && root.name !== 'excerpt') problems.push({ line: root.line, message: `expected <ICD10CM.tabular> as the document element, found <${root.name}>` });
  const versionText = textOf(firstChild(root, 'version')) || root.attributes.version || '';
  const version = /^[0-9]{4}$/.test(versionText) ? Number(versionText) : undefined;

  const addNotes = (owner: NoteOwnerKey, element: XmlElement): void => {
    for (const child of childElements(element)) {
      if (!noteKindSet.has(child.name)) continue;
      for (const note of childElements(child, 'note')) {
        const noteText = textOf(note);
        // Empty notes occur in official files (`<codeAlso><note/>`); they carry nothing.
        if (noteText !== '') notes.push({ owner, kind: child.name as TabularNoteKind, text: noteText });
      }
    }
  };

  const visitDiag = (element: XmlElement, block: string | undefined, chapter: string | undefined): void => {
    const name = textOf(firstChild(element, 'name'));
    const code = name.replace('.', '').toUpperCase();
    if (!dotlessCodePattern.test(code)) {
      problems.push({ line: element.line, message: `<diag> has no valid <name> ("${name}")` });
    } else {
      diags.push({ code, title: textOf(firstChild(element, 'desc')), block, chapter });
      owners.add(code);
      addNotes(code, element);
    }
    for (const child of childElements(element, 'diag')) visitDiag(child, block, chapter);
  };

  const visitSection = (element: XmlElement, chapter: string | undefined, refs: ReadonlyMap<string, { first: string; last: string }>): void => {
    const id = element.attributes.id ?? '';
    if (id === '') {
      problems.push({ line: element.line, message: '<section> has no id attribute' });
      return;
    }
    const range = refs.get(id) ?? rangeOfId(id);
    blocks.push({ id, title: textOf(firstChild(element, 'desc')), first: range.first, last: range.last, chapter });
    owners.add(blockKey(id));
    addNotes(blockKey(id), element);
    for (const child of childElements(element, 'diag')) visitDiag(child, id, chapter);
  };

  const visitChapter = (element: XmlElement): void => {
    const id = textOf(firstChild(element, 'name'));
    const title = textOf(firstChild(element, 'desc'));
    const refs = new Map<string, { first: string; last: string }>();
    for (const index of childElements(element, 'sectionIndex')) {
      for (const ref of childElements(index, 'sectionRef')) {
        const refId = ref.attributes.id;
        if (refId && ref.attributes.first && ref.attributes.last) refs.set(refId, { first: ref.attributes.first, last: ref.attributes.last });
      }
    }
    const printed = trailingRange.exec(title);
    const firsts = [...refs.values()].map((ref) => ref.first).sort();
    const lasts = [...refs.values()].map((ref) => ref.last).sort();
    chapters.push({ id, title, first: printed?.[1] ?? firsts[0] ?? '', last: printed?.[2] ?? lasts[lasts.length - 1] ?? '' });
    owners.add(chapterKey(id));
    addNotes(chapterKey(id), element);
    for (const child of childElements(element, 'section')) visitSection(child, id, refs);
  };

  // Walk the document: chapters anywhere, and in excerpts bare diags or sections inside fragments.
  const visit = (element: XmlElement): void => {
    for (const child of childElements(element)) {
      if (child.name === 'chapter') visitChapter(child);
      else if (child.name === 'section') visitSection(child, undefined, new Map());
      else if (child.name === 'diag') visitDiag(child, element.attributes.parentSection, undefined);
      else if (child.name === 'fragment') visit(child);
    }
  };
  visit(root);
  if (diags.length === 0) problems.push({ message: 'the file holds no <diag> entries' });
  return { version, chapters, blocks, diags, notes, owners, problems };
}

/** The range of a section id: `C76-C80` → C76..C80, `C50` → C50..C50. */
function rangeOfId(id: string): { first: string; last: string } {
  const dash = id.indexOf('-');
  return dash < 0 ? { first: id, last: id } : { first: id.slice(0, dash), last: id.slice(dash + 1) };
}

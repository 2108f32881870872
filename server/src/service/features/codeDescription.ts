import type { CodeSets, CodeSetYear, TabularNote } from '../codes/codeSet';
import { toDotted, toDottedClipped } from '../codes/codeText';
import { isSecondaryNeedingPrimary, roleDescriptions, roleOf } from '../codes/roles';
import type { CodeDescriber } from '../contracts';
import { lateralityList } from './laterality';
import { escapeMarkdown } from './markdown';
import { neoplasmTableLines } from './neoplasmHover';

/**
 * The paragraphs that explain one ICD-10-CM code in a year (hover, completion details): title,
 * release, status, Table of Neoplasms rows, path, role, rule and notes. Everything but the release
 * line depends only on the code, the year and the unit the rules look at, and working it out means
 * ranking table rows and filtering notes; so it is worked out once per service and kept, and a hover
 * over codes seen before allocates little more than its answer.
 */

/** How many nearest codes an unknown-code hover suggests. */
const NEAREST_LIMIT = 5;

/** How many descriptions a service keeps before it starts over (typed junk codes must not grow it without end). */
const KEPT_DESCRIPTIONS = 20_000;

/**
 * One code's paragraphs with a hole for the release line, which names the date of service:
 * `[...head, datedPrefix + release + datedSuffix, ...tail]`.
 */
interface DescriptionTemplate {
  readonly head: readonly string[];
  readonly datedPrefix: string;
  readonly datedSuffix: string;
  readonly tail: readonly string[];
}

/** The service's code descriptions, with what it has worked out so far. */
export class CodeDescriptions implements CodeDescriber {
  readonly #codeSets: CodeSets;
  readonly #templates = new Map<string, DescriptionTemplate>();

  constructor(codeSets: CodeSets) {
    this.#codeSets = codeSets;
  }

  /**
   * The paragraphs for `code` (dotless) in `year`, the title first so callers can insert context right
   * after it. `where` names the unit the rules look at (`claim` or `encounter`).
   */
  describe(code: string, year: CodeSetYear, where: string, serviceDate?: string, dateKind = 'date of service'): string[] {
    const key = `${year.year} ${where} ${code}`;
    let template = this.#templates.get(key);
    if (template === undefined) {
      if (this.#templates.size >= KEPT_DESCRIPTIONS) this.#templates.clear();
      template = describeTemplate(code, year, this.#codeSets, where);
      this.#templates.set(key, template);
    }
    const release = serviceDate === undefined ? `${year.label}` : `${year.label} (${dateKind} ${serviceDate})`;
    return [...template.head, `${template.datedPrefix}${release}${template.datedSuffix}`, ...template.tail];
  }
}

function describeTemplate(code: string, year: CodeSetYear, codeSets: CodeSets, where: string): DescriptionTemplate {
  const dotted = toDotted(code);
  const status = codeSets.status(code, year.year);
  const title = codeSets.title(code);
  if (status === undefined) {
    const otherYears = codeSets.yearsWith(code);
    if (otherYears.length === 0) return unknownCodeTemplate(code, year, codeSets);
    const labels = otherYears.map((other) => codeSets.years.find((entry) => entry.year === other)?.label ?? `FY${other}`);
    return {
      head: [`**${dotted}** · ${escapeMarkdown(title ?? 'ICD-10-CM code')}`, `Code set: ${year.label}`],
      datedPrefix: 'Not valid in ',
      datedSuffix: `; it is a code of ${labels.join(', ')}.`,
      tail: pathAndRole(code, codeSets, where),
    };
  }
  const statusLine = status === 'billable' ? 'Billable code' : headerLine(code, year, codeSets);
  return {
    head: [`**${dotted}** · ${escapeMarkdown(title ?? '(no title published for this header)')}`],
    datedPrefix: 'Code set: ',
    datedSuffix: '',
    tail: [
      statusLine,
      ...neoplasmTableLines(code, year, codeSets, escapeMarkdown),
      ...pathAndRole(code, codeSets, where, status === 'header'),
      ...tabularNotes(code, codeSets),
    ],
  };
}

function unknownCodeTemplate(code: string, year: CodeSetYear, codeSets: CodeSets): DescriptionTemplate {
  const nearest = codeSets.nearest(code, year.year, NEAREST_LIMIT);
  const shown = escapeMarkdown(toDottedClipped(code));
  const tail = nearest.length === 0 ? [] : [`Nearest valid codes:\n${nearest.map((near) => `- ${toDotted(near)} ${escapeMarkdown(codeSets.title(near) ?? '')}`.trimEnd()).join('\n')}`];
  return {
    head: [`**${shown}** · not an ICD-10-CM code`],
    datedPrefix: `No code ${shown} exists in `,
    datedSuffix: ' or any other loaded year.',
    tail: [...tail, `Code set: ${year.label}`],
  };
}

/** The instructional notes a hover shows, in the order a coder applies them, with their printed names. */
const NOTE_KINDS = [
  ['codeFirst', 'Code first'], ['useAdditionalCode', 'Use additional code'], ['codeAlso', 'Code also'],
  ['excludes1', 'Excludes1'], ['excludes2', 'Excludes2'],
] as const;

/** How many notes of one kind the hover lists before saying how many more there are. */
const NOTES_PER_KIND = 4;

/**
 * The code's own instructional notes and those of its parents up to the category. Block and chapter
 * notes are left out: they are long, apply to hundreds of codes and would bury the specific ones.
 */
function tabularNotes(code: string, codeSets: CodeSets): string[] {
  const notes = codeSets.notes(code).filter((note) => {
    const owner = note.owner.replace('.', '');
    return /^[A-Z][0-9][0-9A-Z]/.test(owner) && !owner.includes('-') && code.startsWith(owner);
  });
  const lines: string[] = [];
  for (const [kind, label] of NOTE_KINDS) {
    const ofKind = notes.filter((note) => note.kind === kind);
    if (ofKind.length === 0) continue;
    // A lead-in such as "code to identify:" runs on into the items it introduces.
    const shown = ofKind.slice(0, NOTES_PER_KIND).map((note) => escapeMarkdown(note.text))
      .reduce((joined, text) => (joined === '' ? text : `${joined}${joined.endsWith(':') ? ' ' : '; '}${text}`), '');
    const more = ofKind.length > NOTES_PER_KIND ? `; and ${ofKind.length - NOTES_PER_KIND} more` : '';
    lines.push(`${label} (${noteOrigins(ofKind)}): ${shown}${more}`);
  }
  return lines;
}

/**
 * Where notes are printed and which release printed them, e.g. `at C78, from the FY2027 Tabular List`,
 * or `at Z86 from the FY2027 Tabular List, at Z86.01 from the FY2021 Tabular List` when the code's
 * own notes and its category's come from different releases. A coder needs the release because
 * notes outside the newest tabular file are older text.
 */
function noteOrigins(notes: readonly TabularNote[]): string {
  const ownersByYear = new Map<number, string[]>();
  for (const note of notes) {
    const owners = ownersByYear.get(note.sourceYear) ?? [];
    if (!owners.includes(note.owner)) owners.push(note.owner);
    ownersByYear.set(note.sourceYear, owners);
  }
  const origins = [...ownersByYear].map(([year, owners]) => ({ owners: owners.join(', '), release: `from the FY${year} Tabular List` }));
  const [only, ...others] = origins;
  if (only && others.length === 0) return `at ${only.owners}, ${only.release}`;
  return origins.map((origin) => `at ${origin.owners} ${origin.release}`).join(', ');
}

function headerLine(code: string, year: CodeSetYear, codeSets: CodeSets): string {
  const billable = codeSets.billableWithPrefix(code, year.year, 100_000);
  const examples = billable.slice(0, 3).map(toDotted).join(', ');
  const more = billable.length > 3 ? ', …' : '';
  const noun = billable.length === 1 ? 'billable code' : 'billable codes';
  const sides = lateralityList(code, year, codeSets, escapeMarkdown);
  if (sides !== undefined) return `Header, not billable: ${billable.length} ${noun} below it:\n${sides}`;
  return `Header, not billable: ${billable.length} ${noun} below it (${examples}${more}).`;
}

function pathAndRole(code: string, codeSets: CodeSets, where: string, header = false): string[] {
  const lines: string[] = [];
  const path = codeSets.path(code);
  const parts = [
    path.chapter && `Chapter ${path.chapter.id} ${escapeMarkdown(path.chapter.title)}`,
    path.block && `${path.block.id} ${escapeMarkdown(path.block.title)}`,
    path.category && `${path.category.id} ${escapeMarkdown(path.category.title)}`,
  ].filter((part): part is string => typeof part === 'string');
  if (parts.length > 0) lines.push(parts.join(' › '));
  const role = roleOf(code);
  if (role !== 'other') lines.push(`Role: ${roleDescriptions[role]}`);
  const rule = ruleFor(code, where, header);
  if (rule !== undefined) lines.push(`Rule: ${rule}`);
  return lines;
}

/** The coding rule a coder should keep in mind for this code, with its guideline section. */
function ruleFor(code: string, where: string, header: boolean): string | undefined {
  if (header) return 'a header cannot be reported; choose one of its billable codes — ICD-10-CM Guidelines I.B.2 (code to the highest level of detail).';
  if (isSecondaryNeedingPrimary(code)) return `a secondary code needs its primary, C80.1 or Z85 on the same ${where} — ICD-10-CM Guidelines I.C.2, I.C.2.d, I.C.2.k.`;
  switch (roleOf(code)) {
    case 'secondary': return code.startsWith('C7B1')
      ? 'Merkel cell carcinoma in nodes: the primary is often unknown, so no primary code is required — ICD-10-CM Guidelines I.C.2.'
      : `report the primary neuroendocrine tumour too when it is known — ICD-10-CM Guidelines I.C.2.`;
    case 'primary': return 'report each metastatic site with a secondary code (C77–C79, C7B.0-); list the primary first unless the encounter treats only the metastasis — ICD-10-CM Guidelines I.C.2.a, I.C.2.b.';
    case 'unknown-primary': return 'only when the primary site is not documented; not together with a primary site code (C00–C76) — ICD-10-CM Guidelines I.C.2.k.';
    case 'disseminated': return 'only for advanced metastatic disease with no known primary or secondary sites; not with any site code — ICD-10-CM Guidelines I.C.2.j.';
    case 'history': return 'only when the primary was excised or eradicated and is no longer treated; not with an active malignancy of the same site, and not first-listed (Z08 first for follow-up) — ICD-10-CM Guidelines I.C.2.d, I.C.2.m, I.C.2.p.';
    case 'palliative': return 'usually listed after the condition that needs care; first only when palliative care is the documented reason for the encounter — ICD-10-CM Guidelines I.C.21.c.';
    case 'antineoplastic-treatment': return 'first-listed when the encounter is solely for this treatment, with the malignancy as an additional code — ICD-10-CM Guidelines I.C.2.e.';
    default: return undefined;
  }
}

import type { CodeSets } from '../codes/codeSet';
import { toDotted } from '../codes/codeText';
import { describeCpt } from '../codes/cpt';
import { roleDescriptions, roleOf } from '../codes/roles';
import type { CptDescriptions, ValidationSettings } from '../contracts';
import type { Encounter, ParsedDocument } from '../model';
import type { CodeLens } from 'vscode-languageserver-types';
import type { TextSource } from '../spans';
import { toRange } from '../spans';
import { SegmentReader } from '../x12/loopWalk';
import { diagnosesAsWritten, diagnosisOfPointer } from '../x12/diagnosisPointers';
import type { X12Document } from '../x12/x12Model';
import { fixesOf } from './codeActions';
import { validateEncounter } from './validation';
import type { RuleTables } from '../rules/ruleTables';
import { Masker } from './maskValues';
import { HI_QUALIFIERS } from './x12Dictionary';

/**
 * The claim as a coder reads a CMS-1500 or UB-04: the patient and payer, the diagnoses lettered A–L
 * (box 21) with titles and roles, the service lines with their procedure and pointers as letters, and
 * the findings with their fixes. A plain model: the client renders it. Patient data is masked unless
 * asked for, with the same synthetic values as "Mask Patient Identifiers".
 */

export interface ClaimViewModel {
  readonly claimIndex: number;
  readonly label: string;
  readonly form: 'CMS-1500 (837P)' | 'UB-04 (837I)';
  readonly serviceDate: string | undefined;
  readonly masked: boolean;
  readonly patient: { readonly name: string; readonly memberId: string; readonly birthDate: string };
  readonly payer: { readonly name: string; readonly id: string };
  readonly diagnoses: ReadonlyArray<{ readonly letter: string; readonly code: string; readonly title: string; readonly role: string; readonly qualifier: string }>;
  readonly lines: ReadonlyArray<{ readonly number: number; readonly procedure: string; readonly description: string; readonly pointers: string }>;
  readonly findings: ReadonlyArray<{ readonly severity: string; readonly rule: string; readonly message: string; readonly fixes: readonly string[] }>;
}

/** What the view needs besides the document. */
export interface ClaimViewEnvironment {
  readonly codeSets: CodeSets;
  readonly cpt: CptDescriptions | undefined;
  readonly docsBaseUrl: string;
  /** What the rules remember about `codeSets`, so that a thousand claim lenses share it. */
  readonly ruleTables?: RuleTables;
}

const SEVERITIES = ['', 'error', 'warning', 'information', 'hint'];

/** The letter of box 21 for a diagnosis position (0 → A); past L the number. */
function letterOf(index: number): string {
  return index < 12 ? String.fromCharCode(65 + index) : String(index + 1);
}

/** The view of claim `claimIndex`, or undefined when the document has no such claim. */
export function claimView(
  document: TextSource, parsed: ParsedDocument, claimIndex: number, settings: ValidationSettings, masked: boolean, environment: ClaimViewEnvironment,
): ClaimViewModel | undefined {
  if (parsed.languageId !== 'x12-837') return undefined;
  const x12 = parsed;
  if (!Number.isInteger(claimIndex) || claimIndex < 0 || claimIndex >= x12.claimCount) return undefined;
  const encounter = x12.buildEncounter(claimIndex).encounter;
  const masker = new Masker();
  const hide = (value: string, kind: 'name' | 'id' | 'birthDate'): string => (masked && value !== '' ? masker.mask(value, kind) : value);
  const parties = partiesOf(new SegmentReader(x12, document.text), x12, claimIndex);
  const written = diagnosesAsWritten(encounter);
  const diagnostics = validateEncounter(document, parsed, encounter, environment.codeSets, settings, environment.docsBaseUrl, environment.ruleTables);
  const textLength = document.text.length;
  return {
    claimIndex,
    label: masked ? `Claim ${hide(encounter.label.replace(/^Claim /, ''), 'id')}` : encounter.label,
    form: encounter.source === 'x12-837i' ? 'UB-04 (837I)' : 'CMS-1500 (837P)',
    serviceDate: encounter.serviceDate,
    masked,
    patient: { name: hide(parties.patientName, 'name'), memberId: hide(parties.memberId, 'id'), birthDate: hide(parties.birthDate, 'birthDate') },
    payer: parties.payer,
    diagnoses: written.map((mention, index) => ({
      letter: letterOf(index),
      code: mention.system === 'icd10cm' ? toDotted(mention.code) : `${mention.code} (ICD-9-CM)`,
      title: mention.system === 'icd10cm' ? environment.codeSets.title(mention.code) ?? 'not an ICD-10-CM code' : '',
      role: mention.system === 'icd10cm' ? roleDescriptions[roleOf(mention.code)] : '',
      qualifier: HI_QUALIFIERS[mention.qualifier ?? '']?.meaning ?? mention.qualifier ?? '',
    })),
    lines: encounter.procedures.filter((procedure) => procedure.system === 'cpt-hcpcs').map((procedure, index) => ({
      number: index + 1,
      procedure: procedure.code,
      description: describeCpt(procedure.code, environment.cpt)?.description ?? '',
      pointers: (procedure.pointers ?? []).map((pointer) => {
        const diagnosis = diagnosisOfPointer(written, pointer.value);
        return diagnosis === undefined ? `${pointer.value}?` : letterOf(written.indexOf(diagnosis));
      }).join(', '),
    })),
    findings: diagnostics.map((diagnostic) => ({
      severity: SEVERITIES[diagnostic.severity ?? 0] ?? '',
      rule: String(diagnostic.code ?? ''),
      message: diagnostic.message,
      fixes: fixesOf(diagnostic, textLength).map((fix) => fix.title),
    })),
  };
}

interface Parties {
  patientName: string;
  memberId: string;
  birthDate: string;
  payer: { name: string; id: string };
}

/**
 * The patient (2010CA, else the subscriber of 2010BA), the member id and birth date, and the payer
 * (2010BB): read from the NM1 and DMG segments between the claim and the subscriber's HL before it.
 */
function partiesOf(reader: SegmentReader, x12: X12Document, claimIndex: number): Parties {
  const parties: Parties = { patientName: '', memberId: '', birthDate: '', payer: { name: '', id: '' } };
  const first = reader.claimStart(claimIndex);
  let person = '';
  let subscriberSeen = false;
  for (let index = first - 1; index >= 0 && !subscriberSeen; index--) {
    // Earlier claims under the same subscriber are skipped whole: their 2330A/B name other payers' people.
    const earlierClaim = x12.claimOfSegment(index);
    if (earlierClaim >= 0) {
      index = reader.claimStart(earlierClaim);
      continue;
    }
    const id = reader.idOf(index);
    if (id === 'ST' || id === 'SE') break;
    if (id === 'HL' && reader.element(index, 3) === '22') subscriberSeen = true;
    if (id !== 'NM1' && id !== 'DMG') continue;
    if (id === 'DMG') {
      person = reader.element(index, 2);
      continue;
    }
    const entity = reader.element(index, 1);
    const name = [reader.element(index, 3), reader.element(index, 4)].filter((part) => part !== '').join(', ');
    if (entity === 'PR') parties.payer = { name, id: reader.element(index, 9) };
    // Walking backwards, the patient (QC) comes before the subscriber (IL); the first person found wins.
    if ((entity === 'QC' || entity === 'IL') && parties.patientName === '') {
      parties.patientName = name;
      parties.birthDate = person;
    }
    if (entity === 'IL') parties.memberId = reader.element(index, 9);
  }
  return parties;
}

/** The line of a code lens over a claim: "Claim 2300 · 4 dx · 2 lines · 1 warning — Show claim". */
export function claimLensTitle(encounter: Encounter, diagnostics: ReadonlyArray<{ readonly severity?: number }>): string {
  const count = (severity: number, noun: string): string | undefined => {
    const n = diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
    return n === 0 ? undefined : `${n} ${noun}${n === 1 ? '' : 's'}`;
  };
  const lines = encounter.procedures.filter((procedure) => procedure.system === 'cpt-hcpcs').length;
  const parts = [
    `${encounter.diagnoses.length} dx`,
    `${lines} ${lines === 1 ? 'line' : 'lines'}`,
    count(1, 'error'), count(2, 'warning'), count(3, 'note'),
  ].filter((part): part is string => part !== undefined);
  return `Claim 2300 · ${parts.join(' · ')} — Show claim`;
}

/** The most claims that get a code lens: like the outline, a batch's first thousand. */
export const MAX_CLAIM_LENSES = 1000;

/** One lens per claim (on its CLM) with the counts and the command that opens the claim view. */
export function claimLenses(document: TextSource, parsed: ParsedDocument, settings: ValidationSettings, environment: ClaimViewEnvironment): CodeLens[] {
  if (parsed.languageId !== 'x12-837') return [];
  const x12 = parsed;
  const lenses: CodeLens[] = [];
  for (let claimIndex = 0; claimIndex < Math.min(x12.claimCount, MAX_CLAIM_LENSES); claimIndex++) {
    const encounter = x12.buildEncounter(claimIndex).encounter;
    const diagnostics = validateEncounter(document, parsed, encounter, environment.codeSets, settings, environment.docsBaseUrl, environment.ruleTables);
    const range = toRange(document, { offset: encounter.span.offset, length: 3 });
    lenses.push({ range, command: { title: claimLensTitle(encounter, diagnostics), command: SHOW_CLAIM_COMMAND, arguments: [document.uri, claimIndex] } });
  }
  return lenses;
}

/** The client command a lens runs: `(uri, claimIndex)`. */
export const SHOW_CLAIM_COMMAND = 'icdClaimCoder.showClaim';

/** The claim under an offset, or -1. */
export function claimIndexAt(parsed: ParsedDocument, offset: number): number {
  if (parsed.languageId !== 'x12-837') return -1;
  const x12 = parsed;
  const segment = x12.segmentAt(offset);
  return segment === undefined ? -1 : x12.claimOfSegment(segment.index);
}

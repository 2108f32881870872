/**
 * The loop structure of the 837 implementation guides (ASC X12 005010X222A1 professional and
 * 005010X223A2 institutional). A loop is recognised the way the guides define it: by the segment that
 * opens it (HL with its level code, NM1 with its entity code, CLM, SBR, LX, LIN, SVD, LQ) and by the loop
 * it follows. Loop ids are those of the guides (2010BA, 2300, 2420A); names are the guides' loop names.
 */

/** Which implementation guide names the loops: the NM1 loops below 2300 differ between them. */
export type GuideKind = '837P' | '837I';

/** One loop of the guides: its id, its name and the loops it nests in (nearest first). */
export interface LoopDefinition {
  readonly id: string;
  readonly name: string;
  /** Loops that may enclose this one, in the outline; empty for a loop at the top of a transaction. */
  readonly parents: readonly string[];
}

const COMMON: readonly LoopDefinition[] = [
  { id: '1000A', name: 'Submitter Name', parents: [] },
  { id: '1000B', name: 'Receiver Name', parents: [] },
  { id: '2000A', name: 'Billing Provider Hierarchical Level', parents: [] },
  { id: '2010AA', name: 'Billing Provider Name', parents: ['2000A'] },
  { id: '2010AB', name: 'Pay-to Address Name', parents: ['2000A'] },
  { id: '2010AC', name: 'Pay-To Plan Name', parents: ['2000A'] },
  { id: '2000B', name: 'Subscriber Hierarchical Level', parents: ['2000A'] },
  { id: '2010BA', name: 'Subscriber Name', parents: ['2000B'] },
  { id: '2010BB', name: 'Payer Name', parents: ['2000B'] },
  { id: '2000C', name: 'Patient Hierarchical Level', parents: ['2000B'] },
  { id: '2010CA', name: 'Patient Name', parents: ['2000C'] },
  { id: '2300', name: 'Claim Information', parents: ['2000C', '2000B'] },
  { id: '2320', name: 'Other Subscriber Information', parents: ['2300'] },
  { id: '2330A', name: 'Other Subscriber Name', parents: ['2320'] },
  { id: '2330B', name: 'Other Payer Name', parents: ['2320'] },
  { id: '2400', name: 'Service Line Number', parents: ['2300'] },
  { id: '2410', name: 'Drug Identification', parents: ['2400'] },
  { id: '2430', name: 'Line Adjudication Information', parents: ['2400'] },
];

/** NM101 entity codes that open a 2310, 2330 or 2420 loop, per guide: `[entity codes, loop id, loop name]`. */
type NameLoops = ReadonlyArray<readonly [readonly string[], string, string]>;

const PROFESSIONAL_2310: NameLoops = [
  [['DN', 'P3'], '2310A', 'Referring Provider Name'], [['82'], '2310B', 'Rendering Provider Name'],
  [['77'], '2310C', 'Service Facility Location Name'], [['DQ'], '2310D', 'Supervising Provider Name'],
  [['PW'], '2310E', 'Ambulance Pick-up Location'], [['45'], '2310F', 'Ambulance Drop-off Location'],
];
const INSTITUTIONAL_2310: NameLoops = [
  [['71'], '2310A', 'Attending Provider Name'], [['72'], '2310B', 'Operating Physician Name'],
  [['ZZ'], '2310C', 'Other Operating Physician Name'], [['82'], '2310D', 'Rendering Provider Name'],
  [['77'], '2310E', 'Service Facility Location Name'], [['DN'], '2310F', 'Referring Provider Name'],
];
const PROFESSIONAL_2330: NameLoops = [
  [['IL'], '2330A', 'Other Subscriber Name'], [['PR'], '2330B', 'Other Payer Name'],
  [['DN', 'P3'], '2330C', 'Other Payer Referring Provider'], [['82'], '2330D', 'Other Payer Rendering Provider'],
  [['77'], '2330E', 'Other Payer Service Facility Location'], [['DQ'], '2330F', 'Other Payer Supervising Provider'],
  [['85'], '2330G', 'Other Payer Billing Provider'],
];
const INSTITUTIONAL_2330: NameLoops = [
  [['IL'], '2330A', 'Other Subscriber Name'], [['PR'], '2330B', 'Other Payer Name'],
  [['71'], '2330C', 'Other Payer Attending Provider'], [['72'], '2330D', 'Other Payer Operating Physician'],
  [['ZZ'], '2330E', 'Other Payer Other Operating Physician'], [['77'], '2330F', 'Other Payer Service Facility Location'],
  [['82'], '2330G', 'Other Payer Rendering Provider Name'], [['DN'], '2330H', 'Other Payer Referring Provider'],
  [['85'], '2330I', 'Other Payer Billing Provider'],
];
const PROFESSIONAL_2420: NameLoops = [
  [['82'], '2420A', 'Rendering Provider Name'], [['QB'], '2420B', 'Purchased Service Provider Name'],
  [['77'], '2420C', 'Service Facility Location Name'], [['DQ'], '2420D', 'Supervising Provider Name'],
  [['DK'], '2420E', 'Ordering Provider Name'], [['DN', 'P3'], '2420F', 'Referring Provider Name'],
  [['PW'], '2420G', 'Ambulance Pick-up Location'], [['45'], '2420H', 'Ambulance Drop-off Location'],
];
const INSTITUTIONAL_2420: NameLoops = [
  [['72'], '2420A', 'Operating Physician Name'], [['ZZ'], '2420B', 'Other Operating Physician Name'],
  [['82'], '2420C', 'Rendering Provider Name'], [['DN'], '2420D', 'Referring Provider Name'],
];

/** The loops of one guide by id, and the NM1 loops below the claim by entity code. */
export interface Guide {
  readonly kind: GuideKind;
  readonly loops: ReadonlyMap<string, LoopDefinition>;
  readonly claimNames: ReadonlyMap<string, string>;
  readonly otherPayerNames: ReadonlyMap<string, string>;
  readonly lineNames: ReadonlyMap<string, string>;
}

function makeGuide(kind: GuideKind): Guide {
  const loops = new Map<string, LoopDefinition>(COMMON.map((loop) => [loop.id, loop]));
  const byEntity = (table: NameLoops, parent: string): Map<string, string> => {
    const entities = new Map<string, string>();
    for (const [codes, id, name] of table) {
      if (!loops.has(id)) loops.set(id, { id, name, parents: [parent] });
      for (const code of codes) entities.set(code, id);
    }
    return entities;
  };
  const professional = kind === '837P';
  const claimNames = byEntity(professional ? PROFESSIONAL_2310 : INSTITUTIONAL_2310, '2300');
  const otherPayerNames = byEntity(professional ? PROFESSIONAL_2330 : INSTITUTIONAL_2330, '2320');
  const lineNames = byEntity(professional ? PROFESSIONAL_2420 : INSTITUTIONAL_2420, '2400');
  if (professional) loops.set('2440', { id: '2440', name: 'Form Identification Code', parents: ['2400'] });
  return { kind, loops, claimNames, otherPayerNames, lineNames };
}

/** The two guides, made once: they are constant tables. */
export const GUIDES: Readonly<Record<GuideKind, Guide>> = { '837P': makeGuide('837P'), '837I': makeGuide('837I') };

/** The guide a version string names (GS08 or ST03), or undefined for a version whose loops differ (4010). */
export function guideOfVersion(version: string | undefined): Guide | undefined {
  if (version !== undefined && version.startsWith('004')) return undefined;
  return GUIDES[version !== undefined && version.includes('X223') ? '837I' : '837P'];
}

/** Where a segment stands: the loop it belongs to and whether it opens that loop. */
export interface LoopStep {
  readonly loop: string | undefined;
  readonly opens: boolean;
}

/** The area of the transaction a loop belongs to, which decides what an NM1 opens. */
function areaOf(loop: string | undefined): string {
  if (loop === undefined) return 'header';
  if (loop.startsWith('1000')) return 'header';
  if (loop === '2300' || loop.startsWith('2310')) return '2300';
  if (loop === '2320' || loop.startsWith('2330')) return '2320';
  if (loop.startsWith('24')) return '2400';
  // 2000A and 2010AA, 2010AB, 2010AC share the billing provider's area; likewise B and C.
  return `2000${loop.charAt(4)}`;
}

const HEADER_ENTITIES: Readonly<Record<string, string>> = { 41: '1000A', 40: '1000B' };
const PROVIDER_ENTITIES: Readonly<Record<string, string>> = { 85: '2010AA', 87: '2010AB', PE: '2010AC' };
const SUBSCRIBER_ENTITIES: Readonly<Record<string, string>> = { IL: '2010BA', PR: '2010BB' };
const PATIENT_ENTITIES: Readonly<Record<string, string>> = { QC: '2010CA' };
const HL_LEVELS: Readonly<Record<string, string>> = { 20: '2000A', 22: '2000B', 23: '2000C' };
const ENVELOPE = new Set(['ISA', 'GS', 'ST', 'SE', 'GE', 'IEA']);

/**
 * Follows the loops of one transaction segment by segment. `key` reads the element that decides the
 * loop (HL03 for HL, NM101 for NM1) and is called only for those two segments.
 */
export class LoopTracker {
  #guide: Guide;
  #current: string | undefined;

  constructor(guide: Guide, current?: string) {
    this.#guide = guide;
    this.#current = current;
  }

  get current(): string | undefined {
    return this.#current;
  }

  get guide(): Guide {
    return this.#guide;
  }

  /** Switches guide from here on (an 837I claim in a file whose GS08 says 837P). */
  useGuide(guide: Guide): void {
    this.#guide = guide;
  }

  next(segmentId: string, key: () => string): LoopStep {
    if (ENVELOPE.has(segmentId)) {
      this.#current = undefined;
      return { loop: undefined, opens: false };
    }
    const opened = this.#opens(segmentId, key);
    if (opened === undefined) return { loop: this.#current, opens: false };
    this.#current = opened;
    return { loop: opened, opens: true };
  }

  #opens(segmentId: string, key: () => string): string | undefined {
    const area = areaOf(this.#current);
    const inClaim = area === '2300' || area === '2320' || area === '2400';
    switch (segmentId) {
      case 'HL': return HL_LEVELS[key()];
      case 'CLM': return '2300';
      case 'SBR': return inClaim ? '2320' : undefined;
      case 'LX': return inClaim ? '2400' : undefined;
      case 'LIN': return area === '2400' ? '2410' : undefined;
      case 'SVD': return area === '2400' ? '2430' : undefined;
      case 'LQ': return area === '2400' && this.#guide.loops.has('2440') ? '2440' : undefined;
      case 'NM1': return this.#nameLoop(area, key());
      default: return undefined;
    }
  }

  #nameLoop(area: string, entity: string): string | undefined {
    switch (area) {
      case 'header': return HEADER_ENTITIES[entity];
      case '2000A': return PROVIDER_ENTITIES[entity];
      case '2000B': return SUBSCRIBER_ENTITIES[entity];
      case '2000C': return PATIENT_ENTITIES[entity];
      case '2300': return this.#guide.claimNames.get(entity);
      case '2320': return this.#guide.otherPayerNames.get(entity);
      case '2400': return this.#guide.lineNames.get(entity);
      default: return undefined;
    }
  }
}

/** "2300 Claim Information" for a loop id of the guide. */
export function loopTitle(guide: Guide, loop: string): string {
  const definition = guide.loops.get(loop);
  return definition === undefined ? loop : `${loop} ${definition.name}`;
}

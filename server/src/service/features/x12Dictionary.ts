/**
 * What the segments, elements and qualifiers of an 837 (005010X222A1 professional, 005010X223A2
 * institutional) mean, in the words a coder or claim engineer would use. Hovers on X12 structure and
 * qualifier completion read from here. Element positions are one-based, as in `CLM05`.
 */

/** One segment: its name, a sentence on its job in the 837, and its elements by position. */
export interface SegmentInfo {
  readonly name: string;
  readonly purpose: string;
  readonly elements: Readonly<Record<number, string>>;
}

/** Segment dictionary keyed by segment id. */
export const SEGMENTS: Readonly<Record<string, SegmentInfo>> = {
  ISA: {
    name: 'Interchange Control Header',
    purpose: 'Opens the interchange; its fixed width defines the element separator (after `ISA`), the component separator (ISA16) and the segment terminator.',
    elements: {
      1: 'Authorization information qualifier', 2: 'Authorization information', 3: 'Security information qualifier',
      4: 'Security information', 5: 'Interchange sender ID qualifier', 6: 'Interchange sender ID',
      7: 'Interchange receiver ID qualifier', 8: 'Interchange receiver ID', 9: 'Interchange date (YYMMDD)',
      10: 'Interchange time (HHMM)', 11: 'Repetition separator (5010)', 12: 'Interchange control version number',
      13: 'Interchange control number (must match IEA02)', 14: 'Acknowledgment requested (0 no, 1 yes)',
      15: 'Usage indicator (P production, T test)', 16: 'Component element separator',
    },
  },
  IEA: { name: 'Interchange Control Trailer', purpose: 'Closes the interchange.', elements: { 1: 'Number of functional groups included', 2: 'Interchange control number (must match ISA13)' } },
  GS: {
    name: 'Functional Group Header',
    purpose: 'Opens a group of transaction sets of one kind.',
    elements: {
      1: 'Functional identifier code (HC = health care claim)', 2: 'Application sender’s code', 3: 'Application receiver’s code',
      4: 'Date (CCYYMMDD)', 5: 'Time', 6: 'Group control number (must match GE02)', 7: 'Responsible agency code (X = X12)',
      8: 'Version / implementation guide (005010X222A1 = 837P, 005010X223A2 = 837I)',
    },
  },
  GE: { name: 'Functional Group Trailer', purpose: 'Closes the functional group.', elements: { 1: 'Number of transaction sets included', 2: 'Group control number (must match GS06)' } },
  ST: { name: 'Transaction Set Header', purpose: 'Opens one 837 transaction.', elements: { 1: 'Transaction set identifier code (837)', 2: 'Transaction set control number (must match SE02)', 3: 'Implementation convention reference' } },
  SE: { name: 'Transaction Set Trailer', purpose: 'Closes the 837 transaction.', elements: { 1: 'Number of included segments (ST to SE)', 2: 'Transaction set control number (must match ST02)' } },
  BHT: {
    name: 'Beginning of Hierarchical Transaction',
    purpose: 'Identifies the batch of claims.',
    elements: { 1: 'Hierarchical structure code (0019)', 2: 'Transaction set purpose (00 original, 18 reissue)', 3: 'Originator application transaction ID', 4: 'Creation date', 5: 'Creation time', 6: 'Transaction type (CH chargeable, RP reporting)' },
  },
  HL: {
    name: 'Hierarchical Level',
    purpose: 'Starts a billing provider (2000A), subscriber (2000B) or patient (2000C) loop.',
    elements: { 1: 'Hierarchical ID number', 2: 'Parent hierarchical ID number', 3: 'Level code (20 billing provider, 22 subscriber, 23 patient)', 4: 'Child code (1 has subordinate levels, 0 none)' },
  },
  PRV: { name: 'Provider Information', purpose: 'Gives a provider’s taxonomy.', elements: { 1: 'Provider code (BI billing, PE performing, AT attending)', 2: 'Reference ID qualifier (PXC = taxonomy code)', 3: 'Provider taxonomy code' } },
  SBR: {
    name: 'Subscriber Information',
    purpose: 'Describes the insurance coverage that pays this claim.',
    elements: { 1: 'Payer responsibility (P primary, S secondary, T tertiary)', 2: 'Individual relationship code (18 = self)', 3: 'Group or policy number', 4: 'Group name', 5: 'Insurance type code', 9: 'Claim filing indicator (MB Medicare Part B, MA Part A, MC Medicaid, CI commercial, ...)' },
  },
  PAT: { name: 'Patient Information', purpose: 'Relates the patient to the subscriber.', elements: { 1: 'Individual relationship code' } },
  DMG: { name: 'Demographic Information', purpose: 'Date of birth and sex of the subscriber or patient.', elements: { 1: 'Date format qualifier (D8)', 2: 'Date of birth', 3: 'Gender code (F, M, U)' } },
  NM1: {
    name: 'Individual or Organizational Name',
    purpose: 'Names a party of the claim; NM101 says which.',
    elements: { 1: 'Entity identifier code', 2: 'Entity type (1 person, 2 organization)', 3: 'Last or organization name', 4: 'First name', 5: 'Middle name', 6: 'Name prefix', 7: 'Name suffix', 8: 'Identification code qualifier (XX NPI, MI member ID, PI payer ID, 46 ETIN)', 9: 'Identification code' },
  },
  N3: { name: 'Address Information', purpose: 'Street address.', elements: { 1: 'Address line', 2: 'Address line 2' } },
  N4: { name: 'Geographic Location', purpose: 'City, state and postal code.', elements: { 1: 'City', 2: 'State code', 3: 'Postal code', 4: 'Country code' } },
  PER: { name: 'Contact Information', purpose: 'A contact person and number.', elements: { 1: 'Contact function (IC information contact)', 2: 'Name', 3: 'Communication qualifier (TE phone, EM email, FX fax)', 4: 'Communication number', 5: 'Communication qualifier', 6: 'Communication number' } },
  REF: { name: 'Reference Information', purpose: 'An identifier; REF01 says which.', elements: { 1: 'Reference ID qualifier', 2: 'Reference identification', 3: 'Description' } },
  CLM: {
    name: 'Claim Information',
    purpose: 'Starts a claim (loop 2300); the HI segments after it hold its diagnoses.',
    elements: {
      1: 'Patient control number (the submitter’s claim ID)', 2: 'Total claim charge amount', 5: 'Place of service or bill type : facility code qualifier (B place of service, A bill type) : claim frequency (1 original, 7 replacement, 8 void)',
      6: 'Provider signature on file (Y/N)', 7: 'Assignment or plan participation (A, B, C)', 8: 'Benefits assignment certification (Y, N, W)',
      9: 'Release of information (Y, I)', 10: 'Patient signature source code', 11: 'Related causes (AA auto accident, EM employment, OA other accident)', 12: 'Special program code', 20: 'Delay reason code',
    },
  },
  HI: {
    name: 'Health Care Information Codes',
    purpose: 'Diagnoses of the claim (loop 2300), one composite per code: qualifier, then the code without its dot; also procedure, occurrence, value and condition codes on 837I.',
    elements: {},
  },
  DTP: { name: 'Date or Time Period', purpose: 'A date; DTP01 says which.', elements: { 1: 'Date/time qualifier', 2: 'Date format (D8 one date, RD8 range)', 3: 'Date or date range' } },
  CL1: { name: 'Institutional Claim Code', purpose: 'Admission details of an institutional claim.', elements: { 1: 'Admission type code', 2: 'Admission source code', 3: 'Patient status code' } },
  AMT: { name: 'Monetary Amount', purpose: 'An amount; AMT01 says which.', elements: { 1: 'Amount qualifier (F5 patient paid, D payer paid, EAF remaining)', 2: 'Amount' } },
  NTE: { name: 'Note', purpose: 'Free-text claim or line note.', elements: { 1: 'Note reference code (ADD additional information)', 2: 'Note text' } },
  PWK: { name: 'Claim Supplemental Information', purpose: 'Attachments sent separately.', elements: { 1: 'Report type code', 2: 'Transmission code' } },
  CR1: { name: 'Ambulance Transport Information', purpose: 'Ambulance details.', elements: {} },
  CRC: { name: 'Conditions Indicator', purpose: 'Condition codes (ambulance, vision, EPSDT).', elements: {} },
  HCP: { name: 'Claim or Line Pricing / Repricing', purpose: 'Repricing information.', elements: {} },
  LX: { name: 'Service Line Number', purpose: 'Starts a service line (loop 2400).', elements: { 1: 'Assigned number (line counter)' } },
  SV1: {
    name: 'Professional Service',
    purpose: 'One professional service line (837P): the procedure, its charge and diagnosis pointers.',
    elements: {
      1: 'Procedure: qualifier (HC = HCPCS/CPT) : code : modifiers 1–4 : description', 2: 'Line item charge amount', 3: 'Unit of measure (UN units, MJ minutes)',
      4: 'Service unit count', 5: 'Place of service code', 7: 'Diagnosis code pointers (1–12, positions in the claim’s HI list)', 9: 'Emergency indicator (Y)', 11: 'EPSDT indicator', 12: 'Family planning indicator',
    },
  },
  SV2: {
    name: 'Institutional Service Line',
    purpose: 'One institutional service line (837I): revenue code, procedure and charge.',
    elements: { 1: 'Revenue code', 2: 'Procedure: qualifier (HC, HP HIPPS) : code : modifiers 1–4', 3: 'Line item charge amount', 4: 'Unit of measure (UN units, DA days)', 5: 'Service unit count', 6: 'Unit rate', 7: 'Non-covered charge amount' },
  },
  SV5: { name: 'Durable Medical Equipment Service', purpose: 'DME rental or purchase details.', elements: {} },
  CN1: { name: 'Contract Information', purpose: 'Contract pricing details.', elements: {} },
  LIN: { name: 'Drug Identification', purpose: 'The National Drug Code of a line.', elements: { 2: 'Product ID qualifier (N4 = NDC)', 3: 'National Drug Code' } },
  CTP: { name: 'Drug Quantity', purpose: 'Quantity of the drug on the line.', elements: { 4: 'Quantity', 5: 'Unit of measure' } },
  SVD: { name: 'Line Adjudication Information', purpose: 'How a prior payer paid this line.', elements: { 1: 'Payer ID', 2: 'Amount paid', 3: 'Procedure', 5: 'Paid units' } },
  CAS: { name: 'Claim or Line Adjustment', purpose: 'Adjustments by a prior payer.', elements: { 1: 'Claim adjustment group (CO, PR, OA, PI, CR)', 2: 'Adjustment reason code', 3: 'Adjustment amount' } },
  OI: { name: 'Other Insurance Coverage Information', purpose: 'Other payer details.', elements: {} },
  MOA: { name: 'Outpatient Adjudication Information', purpose: 'Medicare outpatient remarks.', elements: {} },
  MIA: { name: 'Inpatient Adjudication Information', purpose: 'Medicare inpatient remarks.', elements: {} },
  K3: { name: 'File Information', purpose: 'Fixed-format supplemental data.', elements: {} },
  QTY: { name: 'Quantity Information', purpose: 'A quantity.', elements: {} },
  FRM: { name: 'Supporting Documentation', purpose: 'Answers on a supporting form.', elements: {} },
};

/** DTP01 qualifiers that matter on an 837. `472` and `434` pick the ICD-10-CM year. */
export const DATE_QUALIFIERS: Readonly<Record<string, string>> = {
  '472': 'date of service (selects the ICD-10-CM code-set year)',
  '434': 'statement dates, from–through (selects the ICD-10-CM code-set year)',
  '435': 'admission date and hour',
  '096': 'discharge hour',
  '431': 'onset of current illness or symptom',
  '454': 'initial treatment date',
  '304': 'latest visit or consultation',
  '453': 'acute manifestation',
  '439': 'accident',
  '484': 'last menstrual period',
  '455': 'last X-ray date',
  '471': 'prescription date',
  '360': 'initial disability period start',
  '361': 'initial disability period end',
  '297': 'initial disability period, last day worked',
  '296': 'initial disability period, return to work',
  '050': 'repricer received date',
  '573': 'date claim paid (prior payer adjudication)',
  '738': 'most recent hemoglobin or hematocrit test',
  '739': 'most recent serum creatine test',
  '011': 'shipped date',
  '607': 'certification revision date',
  '463': 'begin therapy date',
  '461': 'last certification date',
};

/** NM101 entity identifier codes. */
export const ENTITY_CODES: Readonly<Record<string, string>> = {
  '41': 'submitter', '40': 'receiver', '85': 'billing provider', '87': 'pay-to provider', 'PE': 'pay-to plan',
  'IL': 'subscriber (insured)', 'QC': 'patient', 'PR': 'payer', '82': 'rendering provider', '77': 'service facility location',
  'DN': 'referring provider', 'P3': 'primary care provider', 'DQ': 'supervising provider', '71': 'attending provider',
  '72': 'operating physician', 'ZZ': 'other operating physician', 'DK': 'ordering provider', 'PW': 'pickup location',
  '45': 'drop-off location', 'TL': 'testing laboratory', '36': 'employer',
};

/** REF01 reference qualifiers seen on 837 claims. */
export const REFERENCE_QUALIFIERS: Readonly<Record<string, string>> = {
  'EI': 'employer identification number (tax ID)', 'SY': 'social security number', 'G1': 'prior authorization number',
  '9F': 'referral number', 'F8': 'payer claim control number (original claim)', 'D9': 'claim number (clearinghouse trace)',
  'EA': 'medical record number', '6R': 'line item control number', 'G2': 'provider commercial number', '1G': 'provider UPIN',
  '0B': 'state license number', 'LU': 'location number', '2U': 'payer identification number', 'SU': 'special payment reference',
  '4N': 'special payment reference number', 'P4': 'project code', 'LX': 'qualified products list', 'X4': 'CLIA number',
  'F5': 'Medicare version code', 'Y4': 'agency claim number', 'Y8': 'mammography certification number',
};

/** Meaning of a qualifier in an HI composite, and which code system (if any) the code after it is written in. */
export interface HiQualifierInfo {
  readonly meaning: string;
  readonly system: 'icd10cm' | 'icd9cm' | 'icd10pcs' | 'icd9pcs' | 'other';
}

/** HI composite qualifiers (HIxx-1). */
export const HI_QUALIFIERS: Readonly<Record<string, HiQualifierInfo>> = {
  ABK: { meaning: 'principal diagnosis (ICD-10-CM)', system: 'icd10cm' },
  ABF: { meaning: 'other diagnosis (ICD-10-CM)', system: 'icd10cm' },
  ABJ: { meaning: 'admitting diagnosis (ICD-10-CM)', system: 'icd10cm' },
  APR: { meaning: 'patient’s reason for visit (ICD-10-CM)', system: 'icd10cm' },
  ABN: { meaning: 'external cause of injury (ICD-10-CM)', system: 'icd10cm' },
  BK: { meaning: 'principal diagnosis (ICD-9-CM)', system: 'icd9cm' },
  BF: { meaning: 'other diagnosis (ICD-9-CM)', system: 'icd9cm' },
  BJ: { meaning: 'admitting diagnosis (ICD-9-CM)', system: 'icd9cm' },
  PR: { meaning: 'patient’s reason for visit (ICD-9-CM)', system: 'icd9cm' },
  BN: { meaning: 'external cause of injury (ICD-9-CM)', system: 'icd9cm' },
  BBR: { meaning: 'principal procedure (ICD-10-PCS)', system: 'icd10pcs' },
  BBQ: { meaning: 'other procedure (ICD-10-PCS)', system: 'icd10pcs' },
  BR: { meaning: 'principal procedure (ICD-9-CM volume 3)', system: 'icd9pcs' },
  BQ: { meaning: 'other procedure (ICD-9-CM volume 3)', system: 'icd9pcs' },
  BH: { meaning: 'occurrence code (NUBC)', system: 'other' },
  BE: { meaning: 'value code (NUBC)', system: 'other' },
  BG: { meaning: 'condition code (NUBC)', system: 'other' },
  BI: { meaning: 'occurrence span code (NUBC)', system: 'other' },
  DR: { meaning: 'diagnosis related group (DRG)', system: 'other' },
  TC: { meaning: 'treatment code', system: 'other' },
};

/** Qualifiers of the SV101 / SV202 procedure composite. */
export const PROCEDURE_QUALIFIERS: Readonly<Record<string, string>> = {
  HC: 'HCPCS, which includes CPT® (Level I) and HCPCS Level II codes',
  HP: 'HIPPS skilled nursing or home health rate code',
  ER: 'jurisdiction-specific procedure code',
  IV: 'home infusion EDI coalition code',
  WK: 'advanced billing concepts code',
};

/** The conventional name of an element position, e.g. `CLM05` or `HI01`. */
export function elementName(segmentId: string, position: number): string {
  return `${segmentId}${String(position).padStart(2, '0')}`;
}

/** The meaning of a coded value in a segment's first element, when the dictionary knows it. */
export function qualifierMeaning(segmentId: string, position: number, value: string): string | undefined {
  if (segmentId === 'DTP' && position === 1) return DATE_QUALIFIERS[value];
  if ((segmentId === 'NM1' && position === 1)) return ENTITY_CODES[value];
  if (segmentId === 'REF' && position === 1) return REFERENCE_QUALIFIERS[value];
  if (segmentId === 'HL' && position === 3) return { '20': 'billing provider (2000A)', '22': 'subscriber (2000B)', '23': 'patient (2000C)' }[value];
  if (segmentId === 'SBR' && position === 1) return { P: 'primary payer', S: 'secondary payer', T: 'tertiary payer' }[value];
  if (segmentId === 'GS' && position === 8) return { '005010X222A1': '837 professional (837P)', '005010X223A2': '837 institutional (837I)', '005010X224A2': '837 dental (837D)' }[value];
  if (segmentId === 'ISA' && position === 15) return { P: 'production data', T: 'test data' }[value];
  return undefined;
}

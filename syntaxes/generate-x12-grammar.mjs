// Generates syntaxes/x12-837.tmLanguage.json. Run `node syntaxes/generate-x12-grammar.mjs` after
// editing this file; the grammar test fails when the committed JSON differs from this output.
//
// Why a generator: X12 files declare their own delimiters in the fixed-width ISA header, but a
// TextMate grammar cannot carry a captured character from one rule into the patterns of another.
// The grammar therefore recognises a few delimiter "profiles" by the character that follows `ISA`
// and tokenises the rest of that interchange with rules written for that profile:
//
//   profile  element  component  repetition  terminator   seen in
//   star     *        : or >     ^           ~            almost every 837 (TR3 examples, UHIN)
//   pipe     |        > or :     ^           ~            hand-written and research examples
//   tilde    ~        ^ > or :   (none)      _            imsweb x12_valid_different_separators.txt
//
// Any other combination (for example an ISA16 of `!` or a newline-only terminator with an
// unusual element separator) is tokenised only partly. The language server does not depend on
// this grammar: it reads the real delimiters from ISA and is always right.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const profiles = [
  { name: 'star', element: '*', component: ':>', repetition: '^', terminator: '~' },
  { name: 'pipe', element: '|', component: ':>', repetition: '^', terminator: '~' },
  { name: 'tilde', element: '~', component: '^>:', repetition: '', terminator: '_' },
];

/** Escapes every character of a delimiter string for use inside a regular-expression class. */
function classOf(chars) {
  return `[${[...chars].map((c) => `\\${c}`).join('')}]`;
}

/** Escapes one delimiter character for use outside a class. */
function literal(char) {
  return `\\${char}`;
}

/** ICD-10-CM diagnosis qualifiers of 5010 claims: principal, other, admitting, reason for visit, external cause. */
const icd10DiagnosisQualifiers = 'ABK|ABF|ABJ|APR|ABN';
/** ICD-9-CM diagnosis qualifiers of 4010-era and TR3 example claims. */
const icd9DiagnosisQualifiers = 'BK|BF|BJ|PR|BN';
/** ICD-10-PCS procedure qualifiers (principal, other) of 837I claims. */
const icd10ProcedureQualifiers = 'BBR|BBQ';
/** Dotless ICD-10-CM code shape: letter, digit, digit or letter, then up to four characters. */
const icd10Code = '[A-Z][0-9][0-9A-Z][0-9A-Z]{0,4}';
/** ICD-9-CM code shape, dotless: three to five digits, or an E or V code. */
const icd9Code = '(?:[0-9]{3,5}|V[0-9]{2,4}|E[0-9]{3,4})';
/** ICD-10-PCS code shape: seven characters from the PCS alphabet (no I or O). */
const pcsCode = '[0-9A-HJ-NP-Z]{7}';

/** Renumbers a captures object so that capture 1 becomes capture 1 + offset. */
function shiftCaptures(captures, offset) {
  return Object.fromEntries(Object.entries(captures).map(([key, value]) => [String(Number(key) + offset), value]));
}

function buildProfile(profile) {
  const E = literal(profile.element);
  const C = classOf(profile.component);
  const T = literal(profile.terminator);
  // A value ends at any delimiter or at the end of the line.
  const valueEnd = `(?=${C}|${E}|${T}|$)`;
  // One character of element content: anything but the element separator and the terminator.
  const notDelimiter = `[^${literal(profile.element)}${literal(profile.terminator)}]`;
  const segmentStart = `(?:^|(?<=${T}))\\s*`;
  const p = profile.name;
  const repository = {};

  const segment = (id, scopeName, patterns) => ({
    name: `meta.segment.${scopeName}.x12-837`,
    begin: `${segmentStart}(${id})(?=${E}|${T}|$)`,
    beginCaptures: { 1: { name: 'entity.name.tag.segment.x12-837' } },
    end: `(${T})|$`,
    endCaptures: { 1: { name: 'punctuation.terminator.segment.x12-837' } },
    patterns: [...patterns, { include: `#${p}-delimiters` }],
  });

  repository[`${p}-delimiters`] = {
    patterns: [
      { match: E, name: 'punctuation.separator.element.x12-837' },
      { match: C, name: 'punctuation.separator.component.x12-837' },
      ...(profile.repetition
        ? [{ match: literal(profile.repetition), name: 'punctuation.separator.repetition.x12-837' }]
        : []),
    ],
  };

  repository[`${p}-isa`] = {
    // The interchange header: its element separator picks this profile; ISA11 and ISA16 are
    // tokenised as the repetition and component separators they declare.
    name: 'meta.segment.isa.x12-837',
    match: `^(?:\\x{FEFF})?\\s*(ISA)((?:${E}${notDelimiter}*)*)(${T})?`,
    captures: {
      1: { name: 'entity.name.tag.segment.x12-837' },
      2: { patterns: [{ include: `#${p}-delimiters` }] },
      3: { name: 'punctuation.terminator.segment.x12-837' },
    },
  };

  repository[`${p}-hi`] = segment('HI', 'hi', [
    {
      // ICD-10-CM diagnoses are sent without the decimal point (C7801 for C78.01).
      match: `(?<=${E})(${icd10DiagnosisQualifiers})(${C})(${icd10Code})${valueEnd}`,
      captures: {
        1: { name: 'support.constant.qualifier.x12-837' },
        2: { name: 'punctuation.separator.component.x12-837' },
        3: { name: 'constant.other.code.icd10cm.x12-837' },
      },
    },
    {
      match: `(?<=${E})(${icd9DiagnosisQualifiers})(${C})(${icd9Code})${valueEnd}`,
      captures: {
        1: { name: 'support.constant.qualifier.x12-837' },
        2: { name: 'punctuation.separator.component.x12-837' },
        3: { name: 'constant.other.code.icd9cm.x12-837' },
      },
    },
    {
      match: `(?<=${E})(${icd10ProcedureQualifiers})(${C})(${pcsCode})${valueEnd}`,
      captures: {
        1: { name: 'support.constant.qualifier.x12-837' },
        2: { name: 'punctuation.separator.component.x12-837' },
        3: { name: 'constant.other.code.icd10pcs.x12-837' },
      },
    },
    {
      // Occurrence, value and condition codes (BH, BE, BG, BI and others) share the HI segment.
      match: `(?<=${E})([A-Z]{2,3})(${C})`,
      captures: {
        1: { name: 'support.constant.qualifier.x12-837' },
        2: { name: 'punctuation.separator.component.x12-837' },
      },
    },
  ]);

  const procedureCode = {
    match: `(HC)(${C})(?:([0-9]{4}[0-9FT])|([A-V][0-9]{4}))${valueEnd}((?:${C}[A-Z0-9]{2})*)`,
    captures: {
      1: { name: 'support.constant.qualifier.x12-837' },
      2: { name: 'punctuation.separator.component.x12-837' },
      3: { name: 'constant.other.code.cpt.x12-837' },
      4: { name: 'constant.other.code.hcpcs.x12-837' },
      5: {
        patterns: [
          { match: C, name: 'punctuation.separator.component.x12-837' },
          { match: '[A-Z0-9]{2}', name: 'constant.other.modifier.x12-837' },
        ],
      },
    },
  };

  // Rules that start with \G match right after the segment id, so they see the first element.
  repository[`${p}-sv1`] = segment('SV1', 'sv1', [
    {
      match: `\\G(${E})${procedureCode.match}`,
      captures: {
        1: { name: 'punctuation.separator.element.x12-837' },
        ...shiftCaptures(procedureCode.captures, 1),
      },
    },
  ]);

  repository[`${p}-sv2`] = segment('SV2', 'sv2', [
    {
      // SV201 is the revenue code; SV202 the procedure composite, empty on many lines.
      match: `\\G(${E})([0-9]{4})(?:(${E})${procedureCode.match})?(?=${E}|${T}|$)`,
      captures: {
        1: { name: 'punctuation.separator.element.x12-837' },
        2: { name: 'constant.other.revenue-code.x12-837' },
        3: { name: 'punctuation.separator.element.x12-837' },
        ...shiftCaptures(procedureCode.captures, 3),
      },
    },
  ]);

  repository[`${p}-dtp`] = segment('DTP', 'dtp', [
    {
      // DTP01 says which date (472 service, 434 statement, 435 admission), DTP02 its format.
      match: `\\G(${E})([0-9]{3})(${E})(D8|RD8|DT|TM)(${E})([0-9]{8}(?:-[0-9]{8})?|[0-9]{12})(?=${T}|${E}|$)`,
      captures: {
        1: { name: 'punctuation.separator.element.x12-837' },
        2: { name: 'support.constant.qualifier.x12-837' },
        3: { name: 'punctuation.separator.element.x12-837' },
        4: { name: 'support.constant.date-format.x12-837' },
        5: { name: 'punctuation.separator.element.x12-837' },
        6: { name: 'constant.numeric.date.x12-837' },
      },
    },
  ]);

  repository[`${p}-clm`] = segment('CLM', 'clm', [
    {
      // CLM05: place of service or bill type, its qualifier (B or A) and the claim frequency.
      match: `\\G((?:${E}${notDelimiter}*){4})(${E})([0-9]{1,3})(${C})([A-Z])(${C})([0-9A-Z])${valueEnd}`,
      captures: {
        1: { patterns: [{ include: `#${p}-delimiters` }] },
        2: { name: 'punctuation.separator.element.x12-837' },
        3: { name: 'constant.other.facility-code.x12-837' },
        4: { name: 'punctuation.separator.component.x12-837' },
        5: { name: 'support.constant.qualifier.x12-837' },
        6: { name: 'punctuation.separator.component.x12-837' },
        7: { name: 'constant.other.claim-frequency.x12-837' },
      },
    },
  ]);

  repository[`${p}-segment`] = segment('[A-Z][A-Z0-9]{1,2}', 'other', []);

  repository[`${p}-body`] = {
    patterns: ['hi', 'sv1', 'sv2', 'dtp', 'clm', 'segment', 'delimiters'].map((rule) => ({ include: `#${p}-${rule}` })),
  };

  repository[`${p}-interchange`] = {
    // One interchange, from its ISA header up to the next ISA at the start of a line.
    name: `meta.interchange.${p}.x12-837`,
    begin: `(?=^(?:\\x{FEFF})?\\s*ISA${E})`,
    end: `(?=^(?:\\x{FEFF})?\\s*ISA[^${literal(profile.element)}])`,
    patterns: [{ include: `#${p}-isa` }, { include: `#${p}-body` }],
  };
  return repository;
}

const repository = Object.assign({}, ...profiles.map(buildProfile));

const grammar = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'X12 837',
  scopeName: 'source.x12-837',
  comment:
    'Generated by syntaxes/generate-x12-grammar.mjs; do not edit by hand. Delimiters are recognised by profile ' +
    '(* : ^ ~, | > ^ ~, ~ ^ _); see the generator for why TextMate cannot read them from ISA.',
  patterns: [
    ...profiles.map((profile) => ({ include: `#${profile.name}-interchange` })),
    // Snippets without an ISA header use the common delimiters.
    { include: '#star-body' },
  ],
  repository,
};

export const grammarJson = JSON.stringify(grammar, null, 2) + '\n';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const target = fileURLToPath(new URL('./x12-837.tmLanguage.json', import.meta.url));
  if (process.argv.includes('--check')) {
    // Used by the grammar test: fail when someone edited the JSON by hand or forgot to regenerate.
    if (readFileSync(target, 'utf8') !== grammarJson) {
      console.error(`${target} is out of date; run node syntaxes/generate-x12-grammar.mjs`);
      process.exit(1);
    }
    console.log(`${target} is up to date.`);
  } else {
    writeFileSync(target, grammarJson);
    console.log(`Wrote ${target}`);
  }
}

// Deterministic generator of synthetic X12 837 claim batches (837P 005010X222A1 and 837I 005010X223A2).
// Each claim has 2–12 real ICD-10-CM diagnoses (principal first) and 1–6 service lines; about one
// claim in ten breaks a neoplasm coding rule on purpose. The output is produced in ~1 MB string
// chunks so that a 1 GB batch can be written or streamed without holding it in memory.
//
// Command line: node bench/generate837.mjs --claims N [--kind P|I|mixed] [--layout lines|single]
//               [--seed S] [--interchanges K] [--violation-share F] [--out FILE]
//               (writes to stdout without --out; --violation-share 0.45 gives a rule-dense batch, in
//               which most flagged claims break two or three rules)
import { closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import * as codes from './codes.mjs';

/** A small, fast, deterministic pseudo-random generator (mulberry32). */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

const lastNames = ['SMITH', 'JOHNSON', 'WILLIAMS', 'BROWN', 'GARCIA', 'MILLER', 'DAVIS', 'LOPEZ', 'WILSON', 'MOORE', 'TAYLOR', 'NGUYEN'];
const firstNames = ['MARY', 'JAMES', 'LINDA', 'ROBERT', 'MARIA', 'DAVID', 'SUSAN', 'JOSE', 'KAREN', 'MICHAEL', 'ANNA', 'WEI'];
const payers = [['MEDICARE PART B', '00430'], ['ACME HEALTH PLAN', '87726'], ['BLUE SHIELD', '94036'], ['STATE MEDICAID', '77027']];

/**
 * Chooses the diagnoses of one claim: a scenario gives the leading codes (in order), then
 * comorbidities fill the list up to 2–12 codes without duplicates. Returns the codes and the scenario name.
 */
function chooseDiagnoses(random, violationShare) {
  const { sites, secondaries, hematologic, cancerRelated, comorbidities } = codes;
  const site = random.pick(sites);
  const primary = random.pick(site.primaries);
  const secondary = random.pick(secondaries);
  const roll = scenarioRoll(random.next(), violationShare);
  let scenario;
  let lead;
  let filler = comorbidities;
  // Valid coding (about 90 % of claims).
  if (roll < 0.38) {
    scenario = 'routine';
    lead = [random.pick(comorbidities)];
  } else if (roll < 0.52) {
    scenario = 'active-primary';
    lead = random.next() < 0.5 ? [primary] : [primary, secondary];
    filler = cancerRelated;
  } else if (roll < 0.66) {
    scenario = 'treatment';
    lead = [random.pick(codes.treatmentEncounters), primary];
    if (random.next() < 0.4) lead.push(secondary);
    filler = cancerRelated;
  } else if (roll < 0.74) {
    scenario = 'surveillance';
    lead = [codes.followUp, site.history, ...site.related.slice(0, 1)];
  } else if (roll < 0.79) {
    scenario = 'metastasis-after-excision';
    lead = [secondary, site.history];
    filler = cancerRelated;
  } else if (roll < 0.83) {
    scenario = 'palliative';
    lead = [primary, secondary, codes.palliative];
    filler = cancerRelated;
  } else if (roll < 0.88) {
    scenario = 'hematologic';
    lead = [random.pick(hematologic).code];
    filler = cancerRelated;
  } else if (roll < 0.90) {
    scenario = 'unknown-primary';
    lead = [secondary, codes.unknownPrimary];
    filler = cancerRelated;
  // Deliberate rule violations (about 10 % of claims).
  } else if (roll < 0.92) {
    scenario = 'violation:secondary-without-primary';
    lead = [secondary];
  } else if (roll < 0.935) {
    scenario = 'violation:history-with-active-cancer';
    lead = [primary, site.history];
  } else if (roll < 0.95) {
    scenario = 'violation:history-first-listed';
    lead = [site.history];
  } else if (roll < 0.96) {
    scenario = 'violation:palliative-first-listed';
    lead = [codes.palliative, primary];
  } else if (roll < 0.97) {
    scenario = 'violation:treatment-encounter-order';
    lead = [primary, random.pick(codes.treatmentEncounters)];
  } else if (roll < 0.985) {
    scenario = 'violation:code-not-billable';
    lead = [random.pick(codes.headerCodes), primary];
  } else if (roll < 0.995) {
    scenario = 'violation:unknown-code';
    lead = [primary, random.pick(codes.unknownCodes)];
  } else if (roll < 0.9975) {
    scenario = 'violation:unknown-primary-with-known-primary';
    lead = [codes.unknownPrimary, primary];
  } else {
    scenario = 'violation:disseminated-with-known-sites';
    lead = [codes.disseminated, secondary];
  }
  if (violationShare !== undefined && scenario.startsWith('violation:')) lead = compoundViolation(random, lead, site);
  // The number of diagnoses is skewed towards small claims, as in real batches.
  const wanted = Math.max(lead.length, 2 + Math.floor(random.next() ** 1.8 * 11));
  const diagnoses = [...new Set(lead)];
  for (let guard = 0; diagnoses.length < wanted && guard < 40; guard++) {
    const code = random.next() < 0.7 ? random.pick(filler) : random.pick(comorbidities);
    const conflicts = codes.fillerConflicts.some(([a, b]) => (code === a && diagnoses.includes(b)) || (code === b && diagnoses.includes(a)));
    if (!conflicts && !diagnoses.includes(code)) diagnoses.push(code);
  }
  return { scenario, diagnoses };
}

/**
 * In a rule-dense batch (a violation share given) a flagged claim usually breaks more than one rule, as
 * an oncology clinic's rejected claims do: a header code or a code the release does not have is added
 * behind the scenario's codes, and a claim that reports an active primary may also report its site's
 * history code (Z85 with active cancer). Never used for the default batch, whose bytes stay the same.
 */
function compoundViolation(random, lead, site) {
  const extra = random.next();
  const compound = [...lead];
  if (extra < 0.35) return compound;
  compound.push(extra < 0.7 ? random.pick(codes.headerCodes) : random.pick(codes.unknownCodes));
  const hasPrimary = compound.some((code) => site.primaries.includes(code));
  if (hasPrimary && !compound.includes(site.history) && random.next() < 0.6) compound.push(site.history);
  return compound;
}

/**
 * Maps a uniform draw onto the scenario scale below, where [0.90, 1) are the deliberate violations.
 * Without a share the draw is used as it is (about one claim in ten flagged, the claim-sparse batch);
 * with a share (for example 0.45 for a rule-dense batch) that fraction of claims lands on violations.
 */
function scenarioRoll(draw, violationShare) {
  if (violationShare === undefined) return draw;
  if (draw < violationShare) return 0.90 + (draw / violationShare) * 0.0999;
  return ((draw - violationShare) / (1 - violationShare)) * 0.8999;
}

function proceduresFor(scenario) {
  if (scenario === 'treatment') return codes.procedures.chemotherapy;
  if (scenario === 'routine') return codes.procedures.routine;
  return codes.procedures.oncology;
}

/** Formats a date offset (in days from 2026-10-01, the start of FY2027) as CCYYMMDD. */
function serviceDate(dayOffset) {
  const date = new Date(Date.UTC(2026, 9, 1 + dayOffset));
  return date.toISOString().slice(0, 10).replaceAll('-', '');
}

/**
 * Yields the batch as string chunks of about `chunkSize` characters.
 * Options: claims, kind ('P' | 'I' | 'mixed': 80 % 837P, 20 % 837I in a second functional group),
 * layout ('lines': a newline after each terminator, or 'single': one line), seed, claimsPerTransaction,
 * delimiters ({ element, component, segment, repetition }), interchanges (default 1), distinctTransactions (see below), violationShare (the
 * fraction of claims that break a rule on purpose; about 0.1 when absent). `stats` (optional) receives the counts.
 */
export function* generate837(options = {}, stats = {}) {
  const claims = options.claims ?? 1000;
  const kind = options.kind ?? 'mixed';
  const seed = options.seed ?? 837;
  const perTransaction = options.claimsPerTransaction ?? 5000;
  const chunkSize = options.chunkSize ?? 1 << 20;
  const d = { element: '*', component: ':', segment: '~', repetition: '^', ...options.delimiters };
  const end = d.segment + (options.layout === 'single' ? '' : '\n');
  const e = d.element;
  const c = d.component;
  const random = createRandom(seed);
  // With `distinctTransactions` = K, only the first K full transactions of each group are generated
  // and later ones replay them (with their own control numbers): fast enough to write 1 GB at disk speed.
  const distinct = options.distinctTransactions ?? Infinity;
  const caches = { P: [], I: [] };
  Object.assign(stats, { claims: 0, diagnoses: 0, serviceLines: 0, segments: 0, transactions: 0, characters: 0, violations: 0 });

  let parts = [];
  let pending = 0;
  const emit = (segment) => {
    parts.push(segment);
    pending += segment.length;
    stats.segments++;
  };
  const take = () => {
    const chunk = parts.join('');
    parts = [];
    pending = 0;
    stats.characters += chunk.length;
    return chunk;
  };

  // A batch file may hold several interchanges (ISA…IEA), as clearinghouse batches do.
  const interchanges = Math.max(1, options.interchanges ?? 1);
  const perInterchange = Math.ceil(claims / interchanges);
  let claimNumber = 0;
  for (let interchange = 0; interchange < interchanges; interchange++) {
    const share = Math.min(perInterchange, claims - interchange * perInterchange);
    if (share <= 0) break;
    const interchangeControl = String(837 + interchange).padStart(9, '0');
    const institutionalClaims = kind === 'I' ? share : kind === 'mixed' ? Math.round(share * 0.2) : 0;
    const groups = [
      { type: 'P', claims: share - institutionalClaims, version: '005010X222A1' },
      { type: 'I', claims: institutionalClaims, version: '005010X223A2' },
    ].filter((group) => group.claims > 0);

    emit(`ISA${e}00${e}          ${e}00${e}          ${e}ZZ${e}SUBMITTER01    ${e}ZZ${e}CLEARHOUSE01   ${e}261125${e}0930${e}${d.repetition}${e}00501${e}${interchangeControl}${e}0${e}P${e}${c}${end}`);
    for (const [groupIndex, group] of groups.entries()) {
      const groupControl = groupIndex + 1;
      let transactionsInGroup = 0;
      emit(`GS${e}HC${e}SUBMITTER01${e}CLEARHOUSE01${e}20261125${e}0930${e}${groupControl}${e}X${e}${group.version}${end}`);
      for (let first = 0; first < group.claims; first += perTransaction) {
        transactionsInGroup++;
        stats.transactions++;
        const control = String(stats.transactions).padStart(4, '0');
        const segmentsBefore = stats.segments;
        emit(`ST${e}837${e}${control}${e}${group.version}${end}`);
        const last = Math.min(group.claims, first + perTransaction);
        const cache = caches[group.type];
        const full = last - first === perTransaction;
        if (full && cache.length >= distinct) {
          // Replays a transaction body generated earlier (only when `distinctTransactions` is set).
          const body = cache[transactionsInGroup % distinct];
          parts.push(body.text);
          pending += body.text.length;
          for (const key of ['segments', 'claims', 'diagnoses', 'serviceLines', 'violations']) stats[key] += body.counts[key];
        } else {
          const caching = full && Number.isFinite(distinct);
          if (caching) yield take();
          const before = caching ? { ...stats } : undefined;
          emit(`BHT${e}0019${e}00${e}B${control}${e}20261125${e}0930${e}CH${end}`);
          emit(`NM1${e}41${e}2${e}RIVERSIDE BILLING SERVICE${e}${e}${e}${e}${e}46${e}SUB8370001${end}`);
          emit(`PER${e}IC${e}BILLING OFFICE${e}TE${e}5555550100${end}`);
          emit(`NM1${e}40${e}2${e}CLEARHOUSE INC${e}${e}${e}${e}${e}46${e}CLEARHOUSE01${end}`);
          emit(`HL${e}1${e}${e}20${e}1${end}`);
          const provider = group.type === 'P' ? 'RIVERSIDE ONCOLOGY GROUP' : 'RIVERSIDE GENERAL HOSPITAL';
          emit(`NM1${e}85${e}2${e}${provider}${e}${e}${e}${e}${e}XX${e}1234567893${end}`);
          emit(`N3${e}100 MAIN ST${end}`);
          emit(`N4${e}SPRINGFIELD${e}IL${e}627010001${end}`);
          emit(`REF${e}EI${e}371234567${end}`);
          for (let index = first; index < last; index++) {
            claimNumber++;
            writeClaim(group.type, index - first + 2, claimNumber);
            if (!caching && pending >= chunkSize) yield take();
          }
          if (caching) {
            const text = parts.join('');
            const counts = {};
            for (const key of ['segments', 'claims', 'diagnoses', 'serviceLines', 'violations']) counts[key] = stats[key] - before[key];
            cache.push({ text, counts });
          }
        }
        emit(`SE${e}${stats.segments - segmentsBefore + 1}${e}${control}${end}`);
        if (pending >= chunkSize) yield take();
      }
      emit(`GE${e}${transactionsInGroup}${e}${groupControl}${end}`);
    }
    emit(`IEA${e}${groups.length}${e}${interchangeControl}${end}`);
  }
  yield take();

  /** Writes one subscriber loop (2000B) with its claim (2300) and service lines (2400). */
  function writeClaim(type, hl, number) {
    const { scenario, diagnoses } = chooseDiagnoses(random, options.violationShare);
    stats.claims++;
    stats.diagnoses += diagnoses.length;
    if (scenario.startsWith('violation:')) stats.violations++;
    const female = random.next() < 0.55;
    const payer = random.pick(payers);
    const day = random.int(0, 54);
    const date = serviceDate(day);
    const lineCount = 1 + Math.floor(random.next() ** 2 * 6);
    stats.serviceLines += lineCount;
    const account = `PT${String(number).padStart(8, '0')}`;

    emit(`HL${e}${hl}${e}1${e}22${e}0${end}`);
    emit(`SBR${e}P${e}18${e}GRP${payer[1]}${e}${e}${e}${e}${e}${e}${payer[0] === 'MEDICARE PART B' ? 'MB' : 'CI'}${end}`);
    emit(`NM1${e}IL${e}1${e}${random.pick(lastNames)}${e}${random.pick(firstNames)}${e}${e}${e}${e}MI${e}W${String(random.int(10000000, 99999999))}${end}`);
    emit(`DMG${e}D8${e}19${random.int(30, 85)}0${random.int(1, 9)}1${random.int(0, 9)}${e}${female ? 'F' : 'M'}${end}`);
    emit(`NM1${e}PR${e}2${e}${payer[0]}${e}${e}${e}${e}${e}PI${e}${payer[1]}${end}`);

    const procedures = proceduresFor(scenario);
    const charges = [];
    let total = 0;
    for (let line = 0; line < lineCount; line++) {
      const charge = random.int(2, 180) * 5;
      charges.push(charge);
      total += charge;
    }
    if (type === 'P') {
      emit(`CLM${e}${account}${e}${total}${e}${e}${e}11${c}B${c}1${e}Y${e}A${e}Y${e}Y${end}`);
      emit(`HI${e}${diagnoses.map((code, i) => `${i === 0 ? 'ABK' : 'ABF'}${c}${code}`).join(e)}${end}`);
    } else {
      const inpatient = random.next() < 0.2;
      const poa = inpatient ? `${c}${c}${c}${c}${c}${c}${c}Y` : '';
      emit(`CLM${e}${account}${e}${total}${e}${e}${e}${inpatient ? '11' : '13'}${c}A${c}1${e}${e}A${e}Y${e}Y${end}`);
      emit(`DTP${e}434${e}RD8${e}${date}-${serviceDate(day + (inpatient ? 2 : 0))}${end}`);
      if (inpatient) emit(`CL1${e}1${e}7${e}01${end}`);
      emit(`HI${e}ABK${c}${diagnoses[0]}${poa}${end}`);
      emit(`HI${e}${diagnoses.slice(1).map((code) => `ABF${c}${code}${poa}`).join(e)}${end}`);
    }
    const pointers = Math.min(4, diagnoses.length);
    for (let line = 0; line < lineCount; line++) {
      emit(`LX${e}${line + 1}${end}`);
      const procedure = random.pick(procedures);
      if (type === 'P') {
        const pointerList = Array.from({ length: random.int(1, pointers) }, (_, i) => i + 1).join(c);
        emit(`SV1${e}HC${c}${procedure}${e}${charges[line]}${e}UN${e}1${e}${e}${e}${pointerList}${end}`);
      } else {
        emit(`SV2${e}${random.pick(codes.revenueCodes)}${e}HC${c}${procedure}${e}${charges[line]}${e}UN${e}1${end}`);
      }
      emit(`DTP${e}472${e}D8${e}${date}${end}`);
    }
  }
}

/** Writes a batch to a file synchronously and returns the generator's counts. */
export function writeBatch(path, options) {
  const stats = {};
  const fd = openSync(path, 'w');
  try {
    for (const chunk of generate837(options, stats)) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  return stats;
}

/** Streams a batch into a writable stream (a file or a child's stdin), honouring back-pressure. */
export async function streamBatch(writable, options) {
  const stats = {};
  for (const chunk of generate837(options, stats)) {
    if (!writable.write(chunk)) await once(writable, 'drain');
  }
  writable.end();
  return stats;
}

function parseArguments(argv) {
  const options = { claims: 1000, kind: 'mixed', layout: 'lines', seed: 837 };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    const value = argv[++i];
    if (['claims', 'seed', 'interchanges'].includes(name)) options[name] = Number(value);
    else if (name === 'violation-share') options.violationShare = Number(value);
    else if (['kind', 'layout', 'out'].includes(name)) options[name] = value;
    else throw new Error(`unknown option --${name}`);
  }
  return options;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const options = parseArguments(process.argv.slice(2));
  const stats = options.out ? writeBatch(options.out, options) : await streamBatch(process.stdout, options);
  process.stderr.write(`${JSON.stringify(stats)}\n`);
}

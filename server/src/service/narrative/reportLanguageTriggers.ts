import { type AssertionTrigger, bothTriggers as both, postTriggers as post, preTriggers as pre } from './assertionTrigger';
import { TIMING_TRIGGERS } from './timingTriggers';
import { WEIGHED_EVIDENCE_TRIGGERS } from './weighedEvidenceTriggers';
import { WORKING_DIAGNOSIS_TRIGGERS } from './workingDiagnosisTriggers';

/**
 * Cues of issue 12's thirteenth round of notes (second-language writers, dictation, pathology reports, sign-outs, interpreter
 * visits), as data: each entry is tested in `test/service/narrative/assertionRound13.test.ts`.
 */


/** The words a pathology report counts nodes with ("0/7 lymph nodes", "0 of 12 LNs"). */
const NODE_WORDS: readonly string[] = ['lymph', 'node', 'nodes', 'ln', 'lns'];
/** The largest node count a report's "0/N" is read for: a dissection rarely yields more. */
const MOST_NODES_COUNTED = 60;

/** The result words a report writes after a count that follows its node label ("Lymph nodes: 0/17 positive for …"). */
const COUNT_RESULTS: readonly string[] = ['positive', 'involved', '+'];

/**
 * "0/7 lymph nodes", "0 of 12 nodes", and after the label "Lymph nodes: 0/17 positive for metastatic carcinoma": a node count
 * none of whose nodes holds the disease.
 */
function zeroNodeCounts(): string[] {
  const counts: string[] = [];
  for (let total = 1; total <= MOST_NODES_COUNTED; total++) {
    for (const word of [...NODE_WORDS, ...COUNT_RESULTS]) counts.push(`0/${total} ${word}`, `0 of ${total} ${word}`);
  }
  return counts;
}

/**
 * The count of none a synoptic node-count field writes after its words ("Micrometastases: 0"): the field counts the specimen's
 * own nodes, so the mention it denies keeps the node region the report documents, as the field's positive count does.
 */
export const ZERO_COUNT_CUES: readonly string[] = ['0'];

/** The participles a report denies a finding's earlier sight with ("not seen", "not described"). */
const COMPARED_UNSEEN: readonly string[] = ['seen', 'identified', 'present', 'visualized', 'visualised', 'described', 'evident', 'appreciated', 'demonstrated', 'detected'];
/** The earlier study or time a comparison names after it ("on the prior CT", "pre-operatively", "at baseline"). */
const EARLIER_STUDIES: readonly string[] = ['previously', 'pre-operatively', 'preoperatively', 'pre-op', 'preop', 'before', 'at baseline', 'in retrospect',
  ...['prior', 'previous', 'preceding', 'pre-op', 'preop', 'preoperative', 'pre-operative', 'baseline', 'outside', 'earlier'].flatMap((study) => [`on ${study}`, `on the ${study}`])];

export const REPORT_LANGUAGE_TRIGGERS: readonly AssertionTrigger[] = [
  // A report's weighing of the evidence for a diagnosis (round 18; `weighedEvidenceTriggers.ts`).
  ...WEIGHED_EVIDENCE_TRIGGERS,
  ...WORKING_DIAGNOSIS_TRIGGERS,
  // Words of a plan's timing and need that hold a trigger but assert nothing (round 21; `timingTriggers.ts`).
  ...TIMING_TRIGGERS,
  // French and Spanish radiology's hedge as second-language writers translate it ("necrotic nodes, evocative for metastasis"):
  // what a finding evokes is suggested, not proven (Guidelines II.H "suggestive of").
  ...pre('uncertain', 'evocative of', 'evocative for', 'suggestive for'),
  // An imaging category's grade of an observation it sees ("LR-3 (intermediate probability of malignancy)", liradsCategory.ts) doubts
  // what the observation is, where a bare "probability of" weighs a disease to come.
  ...pre('uncertain', 'intermediate probability of', 'high probability of'),
  // The informant's own doubt after what is reported ("Sister - breast ca? (pt not sure)"): the report is uncertain, not
  // NegEx's "not"; a relative's disease stays the relative's (family outranks uncertain).
  ...post('uncertain', 'not sure', 'unsure'),
  // "none" that grades the lesions just named denies a grade, not the lesions ("several benign appearing nevi trunk, none
  // atypical on dermoscopy", "scattered lipomas, none suspicious"), as "none changed" does (courseStatusTriggers.ts).
  ...both('pseudo', ...['atypical', 'suspicious', 'concerning', 'dysplastic', 'worrisome'].map((grade) => `none ${grade}`)),
  // A pathology report's node count with none involved ("0/7 LYMPH NODES INVOLVED BY CARCINOMA", "0 of 12 nodes positive for
  // metastatic carcinoma") denies the nodes' metastasis, as "negative for" does.
  ...pre('negated', ...zeroNodeCounts()),
  // A synoptic count field answered 0 right after what it counts ("macrometastases 0; micrometastases 0", "Micrometastases: 0")
  // denies that spread (ANNOTATION.md round 18, "A synoptic node-count field that names metastases is a mention by its count"):
  // the count must close its clause, so "0 of 3 nodes" or a measurement is no answer. The field's colon may stand between (a
  // reach of one token): a trigger starting at the colon would hide the "0 of 12 nodes" one that starts at its count.
  ...post('negated', ...ZERO_COUNT_CUES).map((trigger) => ({ ...trigger, postScope: 1, postOnlyAtClauseEnd: true })),
  // Adjuvant treatment going on, as clinicians abbreviate it ("completed Stupp RT/TMZ 8/2026, now adj TMZ C4"): Guideline
  // I.C.2.d, treatment still directed at the cancer keeps it current, as "on adjuvant" does.
  ...both('active', 'now adj', 'now adjuvant', 'on adj', 'of adj').map((trigger) => ({ ...trigger, treatment: true })),
  // A study that "does not exclude" a diagnosis leaves it open, as "cannot exclude" does ("CT head: does not exclude brain mets"),
  // not the negation "not" would read; and a differential opened by its label ("Also on ddx: lymphoma") weighs what follows it.
  ...pre('uncertain', 'does not exclude', 'do not exclude', "doesn't exclude", 'did not exclude', 'does not rule out',
    'on ddx :', 'also on ddx :', 'in ddx :', 'on differential :', 'also on differential :'),
  // A restaging's list says "resolved" of its own finding ("LLL primary 1.6 cm (from 4.2), R lung nodules resolved, no new mets"):
  // the nodules resolved, not the primary before them, which is still there.
  // A plan timed by another course's end ("US +/- FNA to r/o thyroid cancer after RT completed") says when, not that the
  // diagnosis before it was treated: no history cue.
  ...both('pseudo', ...['after', 'once', 'when'].flatMap((lead) => ['rt', 'xrt', 'radiation', 'chemo', 'chemoradiation', 'crt', 'treatment', 'therapy']
    .map((course) => `${lead} ${course} completed`))),
  // A course written with its start date is going on, not completed on that date ("on weekly cisplatin + RT (started 10/26)").
  ...both('pseudo', ...['+', 'and'].flatMap((lead) => ['rt', 'xrt', 'radiation', 'chemo', 'chemort', 'crt', 'chemoradiation']
    .flatMap((course) => [`${lead} ${course} ( started`, `${lead} ${course} started`, `${lead} ${course} ( start`, `${lead} ${course} ( since`]))),
  // A relapse judged likely is a relapse suspected ("Myeloma, likely relapsed - heme to see"): the diagnosis with its relapse is
  // uncertain (Guidelines II.H), so no relapse code is carried to the plain mentions of the disease.
  ...both('uncertain', ...['likely', 'probably', 'possibly', 'presumably'].flatMap((hedge) => [`${hedge} relapsed`, `${hedge} recurrent`, `${hedge} relapsing`]))
    .map((trigger) => ({ ...trigger, postScope: 1 })),
  // A reading named as what the reader fears or favours most ("Papillary thyroid carcinoma is the primary concern", "RCC is the leading
  // consideration") is a diagnosis weighed, not made (Guidelines II.H, "concerning for").
  ...post('uncertain', ...['is', 'remains'].flatMap((verb) => ['primary concern', 'main concern', 'leading concern', 'principal concern', 'chief concern',
    'major concern', 'leading consideration', 'leading diagnosis', 'favored diagnosis', 'favoured diagnosis', 'most likely diagnosis', 'leading differential']
    .map((reading) => `${verb} the ${reading}`))),
  // A report's comparison with an earlier study says when a finding appeared, not that it is absent or past ("6 mm node (not
  // described on the pre-op US), compatible with an iodine-avid nodal metastasis"; "compatible with nodal metastasis, not identified
  // pre-operatively"; "new lung nodule, not present on the prior CT, suspicious for metastasis"): neither NegEx's "not" nor "prior".
  ...both('pseudo', ...COMPARED_UNSEEN.flatMap((seen) => [`not previously ${seen}`, ...EARLIER_STUDIES.map((earlier) => `not ${seen} ${earlier}`)])),
  // A requisition's request to the pathologist ("Please eval for acute leukemia", "Query plasma cell myeloma") asks whether the
  // diagnosis is there: a rule-out, uncertain (Guidelines II.H), not the watch for a disease to come that a plan's "eval for" is.
  ...pre('uncertain', 'please eval for', 'please evaluate for', 'pls eval for', 'please assess for', 'please r/o', 'please rule out', 'please exclude'),
  ...pre('uncertain', 'query').map((trigger) => ({ ...trigger, preAdjacent: true })),
  // A drug's warning of the cancers it may cause ("counseled on FDA warning of T-cell malignancies after CAR-T", "FDA boxed warning
  // re T-cell lymphomas"): a risk, hypothetical, as "risks including" is.
  ...pre('hypothetical', 'warning of', 'warnings of', 'warning re', 'warning regarding', 'warning about', 'boxed warning', 'black box warning', 'warned of', 'warned about'),
  // A diagnosis the clinician sets aside ("CMML not a concern - absolute monocytes <1.0"): denied, as "not suspected" is.
  ...post('negated', 'not a concern', 'is not a concern', 'no longer a concern', 'not a consideration', 'is not a consideration'),
  ...both('pseudo', ...['nodule', 'nodules', 'lesion', 'lesions', 'mass', 'masses', 'adenopathy', 'lymphadenopathy', 'effusion'].map((finding) => `${finding} resolved`)),
];

import type { AssertionTrigger } from './assertionTrigger';

/**
 * Cues of issue 12's thirteenth round of notes (second-language writers, dictation, pathology reports, sign-outs, interpreter
 * visits), as data: each entry is tested in `test/service/narrative/assertionRound13.test.ts`.
 */

const pre = (assertion: AssertionTrigger['assertion'], ...words: string[]): AssertionTrigger[] =>
  words.map((entry) => ({ words: entry, assertion, direction: 'pre' }));
const post = (assertion: AssertionTrigger['assertion'], ...words: string[]): AssertionTrigger[] =>
  words.map((entry) => ({ words: entry, assertion, direction: 'post' }));
const both = (assertion: AssertionTrigger['assertion'], ...words: string[]): AssertionTrigger[] =>
  words.map((entry) => ({ words: entry, assertion, direction: 'both' }));

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

export const REPORT_LANGUAGE_TRIGGERS: readonly AssertionTrigger[] = [
  // French and Spanish radiology's hedge as second-language writers translate it ("necrotic nodes, evocative for metastasis"):
  // what a finding evokes is suggested, not proven (Guidelines II.H "suggestive of").
  ...pre('uncertain', 'evocative of', 'evocative for', 'suggestive for'),
  // The informant's own doubt after what is reported ("Sister - breast ca? (pt not sure)"): the report is uncertain, not
  // NegEx's "not"; a relative's disease stays the relative's (family outranks uncertain).
  ...post('uncertain', 'not sure', 'unsure'),
  // "none" that grades the lesions just named denies a grade, not the lesions ("several benign appearing nevi trunk, none
  // atypical on dermoscopy", "scattered lipomas, none suspicious"), as "none changed" does (courseStatusTriggers.ts).
  ...both('pseudo', ...['atypical', 'suspicious', 'concerning', 'dysplastic', 'worrisome'].map((grade) => `none ${grade}`)),
  // A pathology report's node count with none involved ("0/7 LYMPH NODES INVOLVED BY CARCINOMA", "0 of 12 nodes positive for
  // metastatic carcinoma") denies the nodes' metastasis, as "negative for" does.
  ...pre('negated', ...zeroNodeCounts()),
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
  ...both('pseudo', ...['nodule', 'nodules', 'lesion', 'lesions', 'mass', 'masses', 'adenopathy', 'lymphadenopathy', 'effusion'].map((finding) => `${finding} resolved`)),
];

// The narrative of a 100 kB note: a fresh read of every encounter (parse + validation, and the
// `--extract` path), and the work after an edit inside one encounter, which must read only that
// encounter again (the others keep their readings, shifted). Standalone: `node bench/noteEdit.mjs`
// (it builds bench/out/service.cjs from the sources first). Prints medians of five runs.
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildServiceBundle } from './service.mjs';
import { rootDir } from './stats.mjs';

const require = createRequire(import.meta.url);
const { TextDocument } = require('vscode-languageserver-textdocument');
const service = require(await buildServiceBundle());
const codeSets = service.loadBundledCodeSets(path.join(rootDir, 'server', 'data'));
const languageService = service.createLanguageService({ codeSets });

/** One synthetic encounter (no real patient data) with documented, negated, historical and family mentions. */
const encounter = (index) => `Date of service: 2026-11-04
HPI: Visit ${index}. 64-year-old man with right upper lobe adenocarcinoma of the lung. Restaging CT shows new hepatic metastases.
History of breast cancer, s/p mastectomy 2015, NED. No evidence of osseous metastases. Mother with ovarian cancer.
Assessment: right upper lobe adenocarcinoma (C34.11), hepatic metastases (C78.7)
Plan: discuss second-line systemic therapy.
`;
const parts = [];
for (let size = 0; size < 100_000; size += parts.at(-1).length + 4) parts.push(encounter(parts.length));
const text = parts.join('---\n');
const settings = { rules: {}, maxNumberOfProblems: 100_000 };

function median(label, work, runs = 5) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  console.log(`${label}: median ${samples[Math.floor(runs / 2)].toFixed(1)} ms, min ${samples[0].toFixed(1)} ms`);
}

console.log(`note: ${text.length.toLocaleString('en-US')} characters, ${parts.length} encounters`);
const first = TextDocument.create('file:///bench.note', 'clinical-note', 1, text);
median('fresh parse + validation (every encounter read)', () => languageService.doValidation(first, languageService.parse(first, 'clinical-note'), settings));
median('fresh parse + extract (every encounter read)', () => languageService.findDocumentedMentions(first, languageService.parse(first, 'clinical-note')));

const parsed = languageService.parse(first, 'clinical-note');
languageService.doValidation(first, parsed, settings);
const at = text.indexOf('Visit 50.');
const edit = { offset: at, length: 'Visit 50.'.length, text: 'Visit 50, edited.' };
const edited = TextDocument.create('file:///bench.note', 'clinical-note', 2, text.slice(0, at) + edit.text + text.slice(at + edit.length));
median('after an edit in encounter 51: reparse + validation', () => languageService.doValidation(edited, languageService.reparse(edited, 'clinical-note', parsed, [edit]), settings));
const reparsed = languageService.reparse(edited, 'clinical-note', parsed, [edit]);
languageService.doValidation(edited, reparsed, settings);
console.log(`encounters read again after the edit: ${reparsed.narrative.reads} of ${reparsed.encounters.length}`);

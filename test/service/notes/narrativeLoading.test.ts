import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createLanguageServiceWith } from '../../../server/src/service/createService';
import { narrativeModule } from '../../../server/src/service/notes/narrativeEntry';
import type { NarrativeModuleLoader } from '../../../server/src/service/notes/narrativeModule';
import { testCodeSets } from '../../helpers/codeSets';

/**
 * The Node server loads the narrative reader's bundle through the loader the service is given: only
 * when an encounter of a note is first read, once per service, and never for claim files or in the
 * idle-time preparation, so a server that only sees claim files never parses the reader's code.
 */

const examples = path.resolve(__dirname, '..', '..', '..', 'examples');
const example = (name: string): string => readFileSync(path.join(examples, name), 'utf8');

/** The linked-in reader behind a loader that counts its calls. */
function countingLoader(): { load: NarrativeModuleLoader; loads: () => number } {
  let calls = 0;
  return { load: () => { calls++; return narrativeModule; }, loads: () => calls };
}

describe('loading the narrative reader', () => {
  it('is not done for claim files or while the service prepares in idle time', () => {
    const { load, loads } = countingLoader();
    const service = createLanguageServiceWith({ codeSets: testCodeSets() }, load);
    while (!service.prepare(50));
    const claim = service.open('file:///claim.837', 'x12-837', example('secondary-without-primary.837')).snapshot();
    assert.ok(claim.parsed.encounters.length > 0);
    service.findDocumentSymbols(claim);
    assert.equal(loads(), 0);
  });

  it('is done once, when the first encounter of a note is read, and gives the same reading as the linked-in reader', () => {
    const { load, loads } = countingLoader();
    const service = createLanguageServiceWith({ codeSets: testCodeSets() }, load);
    const note = service.open('file:///a.note', 'clinical-note', example('documented-not-coded.note')).snapshot();
    const mentions = service.findDocumentedMentions(note);
    assert.ok(mentions.length > 0, 'the example note documents a diagnosis');
    assert.equal(loads(), 1);
    service.findDocumentedMentions(service.open('file:///b.note', 'clinical-note', example('coded-not-documented.note')).snapshot());
    assert.equal(loads(), 1, 'a second note reuses the loaded reader');
    const linked = createLanguageServiceWith({ codeSets: testCodeSets() }, () => narrativeModule);
    assert.deepEqual(linked.findDocumentedMentions(linked.open('file:///a.note', 'clinical-note', example('documented-not-coded.note')).snapshot()), mentions);
  });

  it('reports a reader that cannot be loaded as a failure of the reading, not of the parse', () => {
    const service = createLanguageServiceWith({ codeSets: testCodeSets() }, () => { throw new Error('narrative.js is missing'); });
    const note = service.open('file:///a.note', 'clinical-note', example('documented-not-coded.note')).snapshot();
    assert.ok(note.parsed.encounters.length > 0, 'the note is still parsed for its codes');
    const failures = service.doValidation(note, { rules: {}, maxNumberOfProblems: 1000 }).filter((diagnostic) => diagnostic.code === 'rule-failed');
    assert.equal(failures.length, 1);
    assert.match(failures[0]?.message ?? '', /narrative reader failed .*narrative\.js is missing/);
  });

  it('is tried once per service after a failure, not again for every encounter, hover and outline', () => {
    let calls = 0;
    const failing: NarrativeModuleLoader = () => { calls++; throw new Error('narrative.js is missing'); };
    const service = createLanguageServiceWith({ codeSets: testCodeSets() }, failing);
    const first = service.open('file:///a.note', 'clinical-note', example('documented-not-coded.note')).snapshot();
    const second = service.open('file:///b.note', 'clinical-note', example('coded-not-documented.note')).snapshot();
    for (const note of [first, second]) {
      const failures = service.doValidation(note, { rules: {}, maxNumberOfProblems: 1000 }).filter((diagnostic) => diagnostic.code === 'rule-failed');
      assert.equal(failures.length, 1, 'each note still reports the failure');
      assert.match(failures[0]?.message ?? '', /narrative\.js is missing/);
      assert.throws(() => service.findDocumentedMentions(note), /narrative\.js is missing/, 'the extract fails with the first failure');
      service.findDocumentSymbols(note);
    }
    assert.equal(calls, 1);
    const fresh = createLanguageServiceWith({ codeSets: testCodeSets() }, failing);
    fresh.doValidation(fresh.open('file:///a.note', 'clinical-note', example('documented-not-coded.note')).snapshot(), { rules: {}, maxNumberOfProblems: 1000 });
    assert.equal(calls, 2, 'a new service tries again');
  });
});

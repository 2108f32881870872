import * as assert from 'node:assert/strict';
import { findSetting } from '../../../server/src/service/notes/noteSetting';
import { parseDocument } from '../../../server/src/service/parse';

/** The setting a note states, which decides how uncertain diagnoses count (Guidelines IV.H; II.H, III.C). */

describe('note setting', () => {
  for (const [text, setting] of [
    ['DISCHARGE SUMMARY\nHospital course: uneventful.', 'inpatient'],
    ['Admission date: 2026-11-01', 'inpatient'],
    ['Patient class: Inpatient', 'inpatient'],
    ['Admitted to oncology for neutropenic fever.', 'inpatient'],
    ['Clinic visit, medical oncology.', 'outpatient'],
    ['Outpatient follow-up.', 'outpatient'],
    ['Emergency department visit for back pain.', 'outpatient'],
    ['Office visit.', 'outpatient'],
  ] as const) {
    it(`reads "${text.split('\n')[0] ?? ''}" as ${setting}`, () => {
      assert.equal(findSetting(text), setting);
    });
  }

  it('states nothing when the note does not say, and inpatient words win over outpatient ones', () => {
    assert.equal(findSetting('Progress note. Doing well.'), undefined);
    assert.equal(findSetting('Discharge summary; follow up in the outpatient clinic.'), 'inpatient');
  });

  it('is read per encounter', () => {
    const parsed = parseDocument('Clinic visit. C18.9\n---\nDischarge Summary. C18.9\n---\nC18.9', 'clinical-note');
    assert.deepEqual(parsed.encounters.map((encounter) => encounter.setting), ['outpatient', 'inpatient', undefined]);
  });
});

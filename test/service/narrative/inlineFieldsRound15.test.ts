import * as assert from 'node:assert/strict';
import { type InlineField, inlineFieldsOfLine } from '../../../server/src/service/narrative/inlineFields';
import { headerLookup } from '../../../server/src/service/narrative/sectionHeaders';
import { type ReadingCase, checkReadings } from './readingCases';

/**
 * A header written inline after a comma, a semicolon or a sentence end ("…, FH: neg", "…, Dx: prostate ca") opens a
 * field of its own, and an assertion cue does not reach across it in either direction: a cue after the header is the
 * field's, a cue before it is the earlier field's. Codes checked against the FY2027 code list (icd10cm-codes-2027):
 * C61 Malignant neoplasm of prostate; C18.9 … of colon, unspecified; C85.90 Non-Hodgkin lymphoma, unspecified,
 * unspecified site; Z85.3 Personal history of malignant neoplasm of breast (a cancer listed under Past Medical History,
 * Guideline I.C.2.d); Z85.46 … of prostate; Z80.0 Family history of malignant neoplasm of digestive organs; Z80.9 …
 * unspecified. A cancer with no cue of its own is present (Guideline IV.A: code the condition documented).
 */
const ACROSS_FIELDS: readonly ReadingCase[] = [
  // Cues after the header do not reach back to the diagnosis before it.
  ['family: "FHx: negative" is not the patient\'s breast cancer\'s family', 'PMH: breast ca s/p lumpectomy, FHx: negative',
    [['breast ca', 'Z853', 'history']]],
  ['family: relatives listed after "FHx:" are not the patient\'s prostate cancer\'s', 'Prostate ca, FHx: mother, sister',
    [['Prostate ca', 'C61', 'present']]],
  ['negated: "ROS: negative" does not deny the cancer before it', 'Pt with prostate cancer, ROS: negative',
    [['prostate cancer', 'C61', 'present']]],
  ['negated: "Meds: none" does not deny the cancer before it', 'Prostate cancer, Meds: none',
    [['Prostate cancer', 'C61', 'present']]],
  ['negated: "Allergies: none" does not deny the cancer before it', 'Colon ca, Allergies: none.',
    [['Colon ca', 'C189', 'present']]],
  ['negated: two inline fields, "Meds: none, FH: neg", deny nothing before them', 'Lymphoma, Meds: none, FH: neg',
    [['Lymphoma', 'C8590', 'present']]],
  ['uncertain: "A/P: suspected" is the plan field\'s, not the colon cancer\'s', 'Colon ca, A/P: suspected',
    [['Colon ca', 'C189', 'present']]],
  ['uncertain: "Plan: r/o" is the plan field\'s', 'Colon ca, Plan: r/o',
    [['Colon ca', 'C189', 'present']]],
  ['history: "PMH: HTN, NED" speaks for the past history field', 'Colon ca, PMH: HTN, NED',
    [['Colon ca', 'C189', 'present']]],
  ['history: a dated operation after "PSH:" does not make the cancer before it past', 'Colon ca, PSH: appendectomy 2010, resolved',
    [['Colon ca', 'C189', 'present']]],
  // Cues before the header do not reach forward into the field.
  ['history: "Hx of" before an inline "Dx:" does not reach its diagnosis', 'Hx of HTN, Dx: prostate ca',
    [['prostate ca', 'C61', 'present']]],
  ['history: a history lead keeps its own item and stops at "Dx:"', 'History of breast ca, Dx: colon ca',
    [['breast ca', 'Z853', 'history'], ['colon ca', 'C189', 'present']]],
  ['uncertain: "R/o PE" does not hedge the diagnosis field after it', 'R/o PE, Dx: colon cancer',
    [['colon cancer', 'C189', 'present']]],
  ['uncertain: a hedged diagnosis keeps its hedge, the next field does not take it', 'Possible lymphoma, Dx: prostate ca',
    [['lymphoma', 'C8590', 'uncertain'], ['prostate ca', 'C61', 'present']]],
  ['hypothetical: "Risk of falls" does not reach the diagnosis field', 'Risk of falls, Dx: prostate ca',
    [['prostate ca', 'C61', 'present']]],
  ['hypothetical: "Screening for HTN" does not reach the diagnosis field', 'Screening for HTN, Dx: prostate ca',
    [['prostate ca', 'C61', 'present']]],
  ['family: a relative before an inline "Dx:" is not the diagnosis\'s experiencer', 'Mother with HTN, Dx: colon ca',
    [['colon ca', 'C189', 'present']]],
  // C83.30 Diffuse large B-cell lymphoma, unspecified site: the pathology field states it, the hedge before is the clinic's.
  ['uncertain: a hedge before an inline "Path:" does not doubt the pathology it reports', 'Possible lymphoma, Path: DLBCL',
    [['lymphoma', 'C8330', 'uncertain'], ['DLBCL', 'C8330', 'present']]],
];

/**
 * An inline field's text takes its own header's default (Past Medical History → history, Family History → family, I.C.2.d
 * and Z80), not the default of the section its line opened, up to the line's end. Z80.3 Family history of malignant neoplasm
 * of breast; Z85.038 Personal history of other malignant neoplasm of large intestine.
 */
const FIELD_DEFAULTS: readonly ReadingCase[] = [
  ['an inline "PMH:" after a social history makes its cancer past', 'SH: nonsmoker. PMH: prostate ca',
    [['prostate ca', 'Z8546', 'history']]],
  ['an inline "PMH:" after a family history line is the patient\'s, not the family\'s', 'FH: colon ca (father). PMH: prostate ca',
    [['colon ca', 'Z800', 'family'], ['prostate ca', 'Z8546', 'history']]],
  ['an inline "PMH:" after a comma in a family history line', 'FH: mother with breast ca, PMH: colon ca',
    [['breast ca', 'Z803', 'family'], ['colon ca', 'Z85038', 'history']]],
  ['an inline "PMH:" after allergies', 'Allergies: NKDA, PMH: breast ca s/p mastectomy',
    [['breast ca', 'Z853', 'history']]],
  // C25.9 Malignant neoplasm of pancreas, unspecified: "Family:" names who is present (PLAIN_WORD_TITLES), no family history.
  ['guard: a bare "Family:" field gives its text no family default', 'Code status: full. Family: at bedside, updated on metastatic pancreatic ca',
    [['pancreatic ca', 'C259', 'present']]],
];

/** Colons that open no field, and fields that stay one. */
const WITHIN_ONE_FIELD: readonly ReadingCase[] = [
  ['guard: "Dx: possible lung ca" is one field (a header opening the line)', 'Dx: possible prostate ca',
    [['prostate ca', 'C61', 'uncertain']]],
  ['guard: a cue after an inline header reaches the diagnosis of its own field', 'Hx of HTN. Dx: possible prostate ca',
    [['prostate ca', 'C61', 'uncertain']]],
  ['guard: "ER:" is no header, the history lead reaches over it', 'Hx of ER: positive breast cancer',
    [['breast cancer', 'Z853', 'history']]],
  ['guard: a clock position "10:30" is no header', 'Possible recurrence at 10:30: breast carcinoma',
    [['breast carcinoma', 'null', 'uncertain']]],
  ['guard: "Ratio 2:1" is no header', 'Ratio 2:1, no evidence of prostate ca',
    [['prostate ca', 'C61', 'negated']]],
  ['guard: a detail field ("Path:") lets the item\'s course after it reach back to the item',
    'HPI: 60F with breast ca 2010, Path: IDC ER+, s/p lumpectomy + RT, NED since.', [['breast ca', 'Z853', 'history']]],
  ['guard: a "Path:" field after a colon cancer, its course after it', 'HPI: Colon ca 2015, Path: pT3N0, s/p colectomy, NED on surveillance.',
    [['Colon ca', 'Z85038', 'history']]],
  ['guard: a line of inline history fields keeps each field\'s reading',
    '67M. PMH: HTN, DM, prostate ca s/p RALP 2015, PSH: R TKA, FH: father - colon ca, SH: quit smoking 2010',
    [['prostate ca', 'Z8546', 'history'], ['colon ca', 'Z800', 'family']]],
];

/** Lines and the titles of the inline fields found in them (one pass over the line's colons). */
const FIELD_LINES: readonly (readonly [string, readonly string[]])[] = [
  ['PMH: HTN, breast ca, FH: mother - malignancy', ['FH']],
  ['68F. PMH: HTN; PSH: lumpectomy, FHx: neg, SH: never smoker, Meds: none, Allergies: NKDA', ['PMH', 'PSH', 'FHx', 'SH', 'Meds', 'Allergies']],
  ['Dx: colon ca. A/P: CT, ROS: negative, Family hx: none', ['A/P', 'ROS', 'Family hx']],
  ['Dx: lung ca', []],
  ['Ratio 2:1, seen at 10:30', []],
  ['Prostate adenocarcinoma, Gleason 3+4, ER: positive, Margins: negative', []],
  ['Lobectomy: adenocarcinoma, Margins: negative, PR: negative', []],
  ['Plan: call pt, family: aware', []],
];

describe('narrative reader: inline header fields bound assertion cues (round 15)', () => {
  checkReadings(ACROSS_FIELDS);
  checkReadings(FIELD_DEFAULTS);
  checkReadings(WITHIN_ONE_FIELD);
  const headers = headerLookup();
  for (const [line, titles] of FIELD_LINES) {
    it(`inline fields of "${line}"`, () => {
      const fields: InlineField[] = [];
      inlineFieldsOfLine(line, 0, line.length, line.indexOf(':'), headers, fields);
      assert.deepEqual(fields.map((field) => line.slice(field.offset, line.indexOf(':', field.offset))), titles);
    });
  }
});

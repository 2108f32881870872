import { REMOVAL_TRIGGERS } from '../../../server/src/service/narrative/removalTriggers';
import { checkReadings } from './readingCases';

/**
 * The assertion causes of round 8 (the weakest dev batches and the round-7 reports' "still missing" lists), each in
 * wordings of its own, not the notes' sentences. Expected codes cite the Table of Neoplasms row or Index entry of the
 * words as written (checked in the FY2026 code list); the assertions follow NARRATIVE.md's model and the guidelines.
 */

describe('narrative assertion round 8: "c/w X primary" of a cancer the note has established', () => {
  checkReadings([
    // table: stomach / Malignant Primary C16.9 and liver / Malignant Secondary C78.7: the gastric adenocarcinoma is stated
    // plainly first, so the deposit's "c/w gastric primary" names that established primary, present (ANNOTATION.md,
    // "c/w" in a report the same note's tissue settles; Guidelines II.H).
    [
      'a deposit "c/w" the primary stated before',
      'Gastrectomy: gastric adenocarcinoma, poorly differentiated. Liver nodule excision: metastatic adenocarcinoma, consistent with gastric primary.',
      [['gastric adenocarcinoma', 'C169', 'present'], ['Liver nodule excision: metastatic adenocarcinoma', 'C787', 'present'], ['gastric primary', 'C169', 'present']],
    ],
    // table: stomach / Malignant Primary C16.9: with no stomach cancer stated before, the source a metastasis typed by its cells
    // is "consistent with" is still the pathologist's diagnosis on tissue, present (ANNOTATION.md round 15 second pass: "c/w <organ> primary" on tissue or cytology of a current primary is present (d81 mended from uncertain; assertion round 22, pathologyConclusion.ts)).
    [
      'a deposit "c/w" a primary the note has not established',
      'Liver nodule excision: metastatic adenocarcinoma, consistent with gastric primary.',
      [['Liver nodule excision: metastatic adenocarcinoma', 'C787', 'present'], ['gastric primary', 'C169', 'present']],
    ],
    // table: liver / Malignant Secondary C78.7: a new lesion "c/w metastasis" beside known liver metastases may be a new,
    // unproven deposit; only a "primary" phrase is settled by the established cancer.
    [
      'a new lesion "c/w metastasis" stays uncertain',
      'Colon adenocarcinoma with liver metastases on FOLFOX. MRI: new segment 2 lesion c/w metastasis.',
      [['Colon adenocarcinoma', 'C189', 'present'], ['liver metastases', 'C787', 'present'], ['segment 2 lesion c/w metastasis', 'C787', 'uncertain']],
    ],
  ]);
});

describe('narrative assertion round 8: a benign tumour removed by a named operation on a date', () => {
  checkReadings([
    // Index: Adenoma, pleomorphic — see Neoplasm, benign, by site; table: parotid gland / Benign D11.0; removed 1998, so
    // Z86.018 Personal history of other benign neoplasm (ANNOTATION.md, "Codes by assertion": history of a benign one).
    [
      'a parotidectomy on a date after the tumour',
      'PMH: HTN. Pleomorphic adenoma of R parotid s/p superficial parotidectomy 1998.',
      [['Pleomorphic adenoma of R parotid', 'Z86018', 'history']],
    ],
    // Index: Adenoma, thyroid D34; the lobectomy "for" it, dated in parentheses: Z86.018.
    ['an operation "for" the tumour, dated after it', 'PMH: HTN, remote R thyroid lobectomy for thyroid adenoma (1994).', [['thyroid adenoma', 'Z86018', 'history']]],
    // Index: Adenoma, tubular — see Neoplasm, benign, by site; table: colon, sigmoid / Benign D12.5: a polypectomy in
    // today's procedure note has no date, so the adenoma is today's finding, present.
    ['an undated removal before the tumour is today\'s', 'Colonoscopy: polypectomy for tubular adenoma of the sigmoid colon.', [['tubular adenoma of the sigmoid colon', 'D125', 'present']]],
    // table: kidney / Malignant Primary C64.1: surgery alone does not show a cancer eradicated (Guideline I.C.2.d).
    ['a dated removal leaves a malignancy present', 'Right renal cell carcinoma, nephrectomy 2019, now on pembrolizumab.', [['Right renal cell carcinoma', 'C641', 'present']]],
  ]);
});

describe('narrative assertion round 8: each removal cue', () => {
  // Index: Hemangioma, liver D18.03, removed on a date: Z86.018; each cue of removalTriggers.ts in a sentence of its own.
  checkReadings(
    REMOVAL_TRIGGERS.map((trigger): [string, string, [string, string, string][]] => trigger.direction === 'pre'
      ? [`"${trigger.words}" dated, before the tumour`, `2019 ${trigger.words} hepatic hemangioma.`, [['hepatic hemangioma', 'Z86018', 'history']]]
      : [`"${trigger.words}" dated, after the tumour`, `Hepatic hemangioma ${trigger.words} 2019.`, [['Hepatic hemangioma', 'Z86018', 'history']]]),
  );
});

describe('narrative assertion round 8: a query answered "yes"', () => {
  checkReadings([
    // Index: Lymphoma, diffuse large B-cell C83.3-; "h/o" with the query confirmed and a dated completed course: Z85.72
    // Personal history of non-Hodgkin lymphomas (Guideline I.C.2.d), not a hedge.
    ['a history query confirmed', 'PMH reconciled: H/o DLBCL? - yes, R-CHOP x6 2019.', [['DLBCL', 'Z8572', 'history']]],
    // table: brain / Malignant Secondary C79.31: "? Yes" affirms; "? - no" denies; an unanswered "?" stays a hedge (II.H).
    ['a query affirmed "? Yes"', 'Brain mets? Yes, on MRI 11/2026.', [['Brain mets', 'C7931', 'present']]],
    ['a query denied "? - no"', 'Brain mets? - no', [['Brain mets', 'C7931', 'negated']]],
    ['an unanswered query stays uncertain', 'Brain mets? Will obtain MRI.', [['Brain mets', 'C7931', 'uncertain']]],
  ]);
});

describe('narrative assertion round 8: adenomas found on a past colonoscopy', () => {
  checkReadings([
    // Index: Adenoma, tubular — see Neoplasm, benign, by site; colon polyps a dated colonoscopy found were removed at it:
    // Z86.0101 Personal history of adenomatous and serrated colon polyps (ANNOTATION.md, history of a benign neoplasm).
    ['a dated colonoscopy opening the line', 'Health maintenance:\n- Colonoscopy 2021: 3 tubular adenomas, repeat 2028', [['tubular adenomas', 'Z860101', 'history']]],
    ['"on colonoscopy" with its date after the adenoma', 'PMH: tubular adenoma x1 on colonoscopy 2020, surveillance due 2027.', [['tubular adenoma', 'Z860101', 'history']]],
    // table: colon, sigmoid / Benign D12.5: today's colonoscopy has no date, so its finding is present.
    ['today\'s colonoscopy finding stays present', 'Colonoscopy today: tubular adenoma of the sigmoid colon.', [['tubular adenoma of the sigmoid colon', 'D125', 'present']]],
  ]);
});

describe('narrative assertion round 8: "the tumor is favored to be X" hedges X', () => {
  checkReadings([
    // Index: Tumor — see Neoplasm, unspecified behavior; table: ovary / Unspecified D49.59: the tumour exists; what it is
    // ("favored to be an independent primary") is the hedge (Guidelines II.H), so the subject stays present.
    ['the subject of "is favored to be"', 'On review, the left ovarian tumor is favored to be an independent primary.', [['left ovarian tumor', 'D4959', 'present']]],
    // Index: Hemangioma, liver D18.03: the predicate is the hedged diagnosis.
    ['the predicate of "is favored to be"', 'The liver lesion is favored to be a hemangioma.', [['hemangioma', 'D1803', 'uncertain']]],
    // Index: Lymphoma (of) (malignant) C85.90: "favored" closing its clause still hedges what it follows.
    ['"favored" after its diagnosis', 'Lymphoma favored.', [['Lymphoma', 'C8590', 'uncertain']]],
  ]);
});

describe('narrative assertion round 8: a differential led by a colon', () => {
  checkReadings([
    // Index: Leukemia C95.9- (untyped, not in remission: C95.90), "leukemia cutis" its skin infiltrate: the last item of a
    // long "ddx:" list is as hedged as the first (Guidelines II.H, a differential is uncertain).
    [
      'the last item of a long "ddx:" list',
      'Shin nodule - ddx: disseminated mold (Fusarium/Aspergillus), ecthyma gangrenosum (Pseudomonas), leukemia cutis, Sweet syndrome.',
      [['leukemia cutis', 'C9590', 'uncertain']],
    ],
    // Index: Sarcoma, myeloid C92.3-: "Less likely:" leads its list of the less likely diagnoses.
    [
      'a "Less likely:" list',
      'Less likely: Mucorales (no sinus dz), Fusarium (consider w/ skin lesion), myeloid sarcoma.',
      [['myeloid sarcoma', 'C9230', 'uncertain']],
    ],
    // Index: Leukemia, myeloid, acute C92.0- (C92.00): the list ends with its sentence, so the next one is affirmed.
    ['the next sentence after the list', 'Ddx: mold, ecthyma. AML in aplasia after induction.', [['AML', 'C9200', 'present']]],
  ]);
});

describe('narrative assertion round 8: a marrow "c/w" the haematologic malignancy the note has stated', () => {
  checkReadings([
    // Index: Leukemia, myeloid, acute C92.0- (not in remission C92.00): the marrow finding restates the AML stated before.
    ['a marrow "c/w" the stated AML', '58M with AML, on azacitidine/venetoclax. BMBx 11/2026: 18% blasts, c/w AML.', [['AML', 'C9200', 'present'], ['AML', 'C9200', 'present']]],
    // With no AML stated before, the marrow's "c/w AML" stays a hedge (Guidelines II.H).
    // Since 2026-12-04 a tissue result read "c/w" is the pathologist's diagnosis whether or not the note stated it before (ANNOTATION.md).
    ['a marrow "c/w" AML with nothing stated before', 'BMBx 11/2026: 18% blasts, c/w AML.', [['AML', 'C9200', 'present']]],
  ]);
});

describe('narrative assertion round 8: "suspicion for"', () => {
  checkReadings([
    // table: skin, eyelid (right upper) / Malignant Primary, sebaceous carcinoma of the skin of the eyelid C44.1321: a
    // suspicion is no diagnosis (Guidelines II.H).
    ['"high suspicion for"', 'R upper lid lesion, high suspicion for sebaceous carcinoma (masquerade syndrome).', [['sebaceous carcinoma', 'C441321', 'uncertain']]],
    // table: liver / Malignant Secondary C78.7.
    ['"low suspicion for"', 'Liver lesion, low suspicion for metastasis.', [['Liver lesion, low suspicion for metastasis', 'C787', 'uncertain']]],
  ]);
});

import * as assert from 'node:assert/strict';
import { IHC_MARKERS } from '../../../server/src/service/notes/notACode';
import { parseDocument } from '../../../server/src/service/parse';
import { checkDiagnostics } from '../../helpers/checkDiagnostics';

/** Code-shaped identifiers and stain names in pathology text are not diagnoses. */

function codesIn(text: string): string[] {
  return (parseDocument(text, 'clinical-note').encounters[0]?.diagnoses ?? []).map((mention) => mention.code);
}

/** How a pathology report writes each marker (lower-case p for the p-proteins, as reports do). */
const writtenForms: Readonly<Record<string, string>> = {
  S100: 'S100', S100P: 'S100P', P16: 'p16', P21: 'p21', P27: 'p27', P40: 'p40', P53: 'p53', P57: 'p57', P62: 'p62',
  P63: 'p63', P120: 'p120', P501S: 'P501S', P504S: 'P504S', A103: 'A103', 'B72.3': 'B72.3', D240: 'D240',
};

describe('clinical notes: code-shaped text that is not a code', () => {
  it('does not read an accession number glued to -digits as a code (S26-01442: S26 is a header)', () => {
    checkDiagnostics(`
      SURGICAL PATHOLOGY REPORT S26-01442
      Final diagnosis: metastatic adenocarcinoma in liver, C78.7; primary under work-up, C80.1.
    `);
  });

  it('keeps a lone secondary site reported when an accession number looks like a primary (C18-20931)', () => {
    checkDiagnostics(`
      Outside slides, case C18-20931, reviewed.
      Impression: malignant pleural effusion (C78.2).
                                              ^^^^^ warning secondary-without-primary
    `);
  });

  it('skips tokens after an accession, specimen or case label', () => {
    assert.deepEqual(codesIn('Accession no. C50 4471 received; Specimen: S25 / Case #: C34 88'), []);
    assert.deepEqual(codesIn('Requisition: D63 12; ICD-10: C50.912'), ['C50912']);
  });

  it('still reads a code after ordinary prose with the word "case"', () => {
    assert.deepEqual(codesIn('In this case C78.01 was confirmed by biopsy.'), ['C7801']);
  });

  it('still reads code ranges written with a hyphen (C81-C86)', () => {
    assert.deepEqual(codesIn('Dx: C83.30-C83.39 reviewed'), ['C8330', 'C8339']);
  });

  it('does not read S100 as S10.0, but keeps S10.0 written with its dot', () => {
    checkDiagnostics(`
      Immunohistochemistry: tumour cells positive for S100 and SOX10, negative for CK7.
      Diagnosis: melanoma of the trunk, C43.59.
    `);
    assert.deepEqual(codesIn('Contusion of throat, S10.0'), ['S100']);
  });

  it('keeps a marker-shaped code that an explicit code word introduces (Dx: P53)', () => {
    assert.deepEqual(codesIn('Dx: P53'), ['P53']);
    assert.deepEqual(codesIn('ICD-10 code P12.0'), ['P120']);
  });

  for (const [marker, description] of IHC_MARKERS) {
    const written = writtenForms[marker];
    it(`is not a diagnosis: ${description}`, () => {
      assert.ok(written !== undefined, `a written form for ${marker} in this test`);
      assert.equal(written.toUpperCase(), marker);
      // The entry must have a code's shape, or it would be dead weight in the list.
      assert.deepEqual(codesIn(`Code ${written}`), [marker.replace('.', '')], 'shaped like a code after a code word');
      assert.deepEqual(codesIn(`IHC panel: ${written} positive in tumour cells, Ki-67 about 40%.`), []);
      assert.deepEqual(codesIn(`Stains (${written}, CK7): ${written} diffusely positive.`), []);
    });
  }
});
